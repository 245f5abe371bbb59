// Bank holidays per UK jurisdiction, computed from the statutory rules, the
// customary proclamations and a table of one-off changes. Sources and the
// reasoning behind each rule: docs/domain/calendars.md.
#pragma once

#include <chrono>
#include <string_view>
#include <vector>

#include "core/time/civil_date.h"
#include "core/time/jurisdiction.h"

namespace casereview {

// The years the calendars cover. Outside them nothing is known about bank
// holidays (one-offs before 1990 are not in the table; rules may change after 2100).
inline constexpr int kFirstCalendarYear = 1990;
inline constexpr int kLastCalendarYear = 2100;

// One bank holiday as observed: substitute days carry the holiday's name with
// " (substitute day)". `name` refers to static storage.
struct BankHoliday {
  CivilDate date;
  std::string_view name;

  friend bool operator==(const BankHoliday&, const BankHoliday&) = default;
};

// The bank holidays of `year` in `jurisdiction`, in date order, no date twice;
// empty for a year outside kFirstCalendarYear..kLastCalendarYear. Pure; allocates
// the returned vector only.
std::vector<BankHoliday> BankHolidays(Jurisdiction jurisdiction, std::chrono::year year);

}  // namespace casereview
