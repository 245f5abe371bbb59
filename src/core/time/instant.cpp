#include "core/time/instant.h"

#include <fmt/format.h>

#include "core/time/civil_date.h"

namespace casereview {

std::string FormatInstant(Instant instant) {
  const auto day = std::chrono::floor<std::chrono::days>(instant);
  const std::chrono::year_month_day date{day};
  const std::chrono::hh_mm_ss time{instant - day};
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                     time.hours().count(), time.minutes().count(), time.seconds().count(),
                     time.subseconds().count());
}

std::optional<Instant> ParseInstant(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS.mmmZ
  if (text.size() != 24 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
      text[19] != '.' || text[23] != 'Z') {
    return std::nullopt;
  }
  const auto date = ParseCivilDate(text.substr(0, 10));
  unsigned fields[4] = {};
  const std::size_t starts[4] = {11, 14, 17, 20};
  const std::size_t lengths[4] = {2, 2, 2, 3};
  for (int i = 0; i < 4; ++i) {
    for (std::size_t j = 0; j < lengths[i]; ++j) {
      const char c = text[starts[i] + j];
      if (c < '0' || c > '9') return std::nullopt;
      fields[i] = fields[i] * 10 + static_cast<unsigned>(c - '0');
    }
  }
  if (!date || fields[0] > 23 || fields[1] > 59 || fields[2] > 59) return std::nullopt;
  return Instant{std::chrono::sys_days{*date}} + std::chrono::hours{fields[0]} +
         std::chrono::minutes{fields[1]} + std::chrono::seconds{fields[2]} +
         std::chrono::milliseconds{fields[3]};
}

}  // namespace casereview
