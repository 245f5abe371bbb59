// casereview holidays: the bank holidays of one year in one UK jurisdiction.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace casereview::cli {

struct HolidaysSettings {
  std::string jurisdiction;  // england_wales | scotland | northern_ireland
  int year = 0;
};

CLI::App* AddHolidaysCommand(CLI::App& root, HolidaysSettings& settings);

// Prints one "YYYY-MM-DD<TAB>name" line per bank holiday, in date order. An
// unknown jurisdiction or a year outside 1990-2100 prints the flag at fault on
// stderr and exits 2.
int RunHolidays(const HolidaysSettings& settings);

}  // namespace casereview::cli
