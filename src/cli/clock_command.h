// casereview clock: a statutory clock's due date, N working days or N months
// after (or before) a date, in one UK jurisdiction.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

namespace casereview::cli {

struct ClockSettings {
  std::string jurisdiction;         // england_wales | scotland | northern_ireland
  std::string from;                 // YYYY-MM-DD, 1990 to 2100
  std::optional<int> working_days;  // exactly one of these two
  std::optional<int> months;
};

CLI::App* AddClockCommand(CLI::App& root, ClockSettings& settings);

// Prints the one date "YYYY-MM-DD". Bad input (unknown jurisdiction, impossible
// date, a date outside 1990-2100, both or neither of --working-days and
// --months) prints the flag at fault on stderr and exits 2.
int RunClock(const ClockSettings& settings);

}  // namespace casereview::cli
