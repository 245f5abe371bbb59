#include "cli/clock_command.h"

#include <fmt/format.h>

#include "cli/calendar_flags.h"
#include "cli/exit_code.h"
#include "core/time/calendar.h"

namespace casereview::cli {

CLI::App* AddClockCommand(CLI::App& root, ClockSettings& settings) {
  CLI::App* command = root.add_subcommand(
      "clock", "The date N working days or N months after a date (negative N: before)");
  AddJurisdictionOption(*command, settings.jurisdiction);
  command->add_option("--from", settings.from, "Start date, YYYY-MM-DD (1990 to 2100)")->required();
  command->add_option_function<int>(
      "--working-days", [&settings](const int& n) { settings.working_days = n; },
      "The N-th working day strictly after --from (before it when negative)");
  command->add_option_function<int>(
      "--months", [&settings](const int& n) { settings.months = n; },
      "N calendar months after --from, clamped to the month's last day");
  return command;
}

int RunClock(const ClockSettings& settings) {
  const auto jurisdiction = ParseJurisdictionFlag(settings.jurisdiction);
  if (!jurisdiction) return ReportError(jurisdiction.error());
  const auto from = ParseCalendarDateFlag("--from", settings.from);
  if (!from) return ReportError(from.error());
  if (settings.working_days.has_value() == settings.months.has_value()) {
    return ReportError(Error{ErrorCode::kInvalid,
                             settings.months ? "--working-days and --months: give only one of them"
                                             : "--working-days or --months: give one of them",
                             {}});
  }
  if (settings.months) {
    fmt::print("{}\n", FormatCivilDate(AddMonths(*from, *settings.months)));
    return kExitOk;
  }
  const auto due = CalendarFor(*jurisdiction).AddWorkingDays(*from, *settings.working_days);
  if (!due) {
    return ReportError(Error{ErrorCode::kInvalid, "--working-days: " + due.error().message, {}});
  }
  fmt::print("{}\n", FormatCivilDate(*due));
  return kExitOk;
}

}  // namespace casereview::cli
