#include "cli/holidays_command.h"

#include <fmt/format.h>

#include "cli/calendar_flags.h"
#include "cli/exit_code.h"
#include "core/time/bank_holidays.h"

namespace casereview::cli {

CLI::App* AddHolidaysCommand(CLI::App& root, HolidaysSettings& settings) {
  CLI::App* command =
      root.add_subcommand("holidays", "List the bank holidays of a year in a UK jurisdiction");
  AddJurisdictionOption(*command, settings.jurisdiction);
  command->add_option("--year", settings.year, "Year, 1990 to 2100")->required();
  return command;
}

int RunHolidays(const HolidaysSettings& settings) {
  const auto jurisdiction = ParseJurisdictionFlag(settings.jurisdiction);
  if (!jurisdiction) return ReportError(jurisdiction.error());
  if (settings.year < kFirstCalendarYear || settings.year > kLastCalendarYear) {
    return ReportError(Error{ErrorCode::kInvalid,
                             fmt::format("--year: {} is outside the calendar's years, {} to {}",
                                         settings.year, kFirstCalendarYear, kLastCalendarYear),
                             {}});
  }
  std::string out;
  for (const BankHoliday& holiday : BankHolidays(*jurisdiction, std::chrono::year{settings.year})) {
    out += fmt::format("{}\t{}\n", FormatCivilDate(holiday.date), holiday.name);
  }
  fmt::print("{}", out);
  return kExitOk;
}

}  // namespace casereview::cli
