#include "cli/calendar_flags.h"

#include <fmt/format.h>

#include "core/time/bank_holidays.h"

namespace casereview::cli {

void AddJurisdictionOption(CLI::App& command, std::string& jurisdiction) {
  command.add_option("--jurisdiction", jurisdiction, "england_wales, scotland or northern_ireland")
      ->required();
}

Result<Jurisdiction> ParseJurisdictionFlag(std::string_view text) {
  if (const auto jurisdiction = ParseJurisdiction(text)) return *jurisdiction;
  return Fail(ErrorCode::kInvalid,
              fmt::format("--jurisdiction: unknown jurisdiction \"{}\"; use england_wales, "
                          "scotland or northern_ireland",
                          text));
}

Result<CivilDate> ParseCalendarDateFlag(std::string_view flag, std::string_view text) {
  const auto date = ParseCivilDate(text);
  if (!date) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("{}: \"{}\" is not a real date in the form YYYY-MM-DD", flag, text));
  }
  const int year = static_cast<int>(date->year());
  if (year < kFirstCalendarYear || year > kLastCalendarYear) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("{}: {} is outside the calendar's years, {} to {}", flag, text,
                            kFirstCalendarYear, kLastCalendarYear));
  }
  return *date;
}

}  // namespace casereview::cli
