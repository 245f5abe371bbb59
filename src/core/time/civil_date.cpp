#include "core/time/civil_date.h"

#include <fmt/format.h>

namespace casereview {
namespace {

std::optional<unsigned> Digits(std::string_view text) {
  unsigned value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  return value;
}

}  // namespace

std::optional<CivilDate> ParseCivilDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = Digits(text.substr(0, 4));
  const auto month = Digits(text.substr(5, 2));
  const auto day = Digits(text.substr(8, 2));
  if (!year || !month || !day) return std::nullopt;
  const CivilDate date{std::chrono::year{static_cast<int>(*year)}, std::chrono::month{*month},
                       std::chrono::day{*day}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string FormatCivilDate(CivilDate date) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

}  // namespace casereview
