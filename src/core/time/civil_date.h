// Civil dates: the domain's days (incident, awareness, deadlines, publication),
// in UK local time, with no time of day. Text form is ISO 8601 "YYYY-MM-DD".
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace casereview {

using CivilDate = std::chrono::year_month_day;

// Parses exactly "YYYY-MM-DD" naming a real day (2026-02-30 is rejected);
// nullopt otherwise.
std::optional<CivilDate> ParseCivilDate(std::string_view text);

// "YYYY-MM-DD".
std::string FormatCivilDate(CivilDate date);

}  // namespace casereview
