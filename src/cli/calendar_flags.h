// Flags shared by the calendar commands (holidays, clock).
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/time/civil_date.h"
#include "core/time/jurisdiction.h"

namespace casereview::cli {

// Adds the required --jurisdiction option.
void AddJurisdictionOption(CLI::App& command, std::string& jurisdiction);

// kInvalid naming --jurisdiction and the accepted names when `text` is not one.
Result<Jurisdiction> ParseJurisdictionFlag(std::string_view text);

// A real date "YYYY-MM-DD" within the calendar's years; kInvalid naming `flag` otherwise.
Result<CivilDate> ParseCalendarDateFlag(std::string_view flag, std::string_view text);

}  // namespace casereview::cli
