// Working days per UK jurisdiction: the calendar arithmetic behind statutory
// clocks ("within 5 working days", "7 working days before publication").
// Conventions and sources: docs/domain/calendars.md.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/error.h"
#include "core/time/bank_holidays.h"
#include "core/time/civil_date.h"
#include "core/time/jurisdiction.h"

namespace casereview {

// The working days of one jurisdiction over kFirstCalendarYear..kLastCalendarYear:
// Monday to Friday, less that jurisdiction's bank holidays. Immutable after
// construction, so one instance may be shared by any number of threads. Every
// query is a few array look-ups: no allocation, no search.
class WorkingDayCalendar {
 public:
  explicit WorkingDayCalendar(Jurisdiction jurisdiction);

  Jurisdiction jurisdiction() const { return jurisdiction_; }

  // Monday to Friday and not a bank holiday. False for a date outside the
  // calendar's years (nothing is known there) and for an invalid date.
  bool IsWorkingDay(CivilDate date) const;

  // "N working days after D": the N-th working day strictly after D, whatever
  // D is. A negative N counts backwards the same way (the |N|-th working day
  // strictly before D); N == 0 gives D. kInvalid, with a message naming the
  // date, when D is invalid or D or the answer lies outside the calendar's years.
  Result<CivilDate> AddWorkingDays(CivilDate from, int n) const;

 private:
  // Days since 1 January of kFirstCalendarYear; nullopt outside the calendar.
  static std::optional<int> Index(CivilDate date);

  Jurisdiction jurisdiction_;
  // working_before_[i]: working days among day indices [0, i); one entry more than days.
  std::vector<std::uint16_t> working_before_;
  // working_days_[k]: the day index of the k-th working day (from 0).
  std::vector<std::uint16_t> working_days_;
};

// The calendar of `jurisdiction`, built on first use and kept for the life of
// the process. Thread-safe.
const WorkingDayCalendar& CalendarFor(Jurisdiction jurisdiction);

// "N months after D": the same day of the month N calendar months later,
// clamped to that month's last day (2026-01-31 + 1 month = 2026-02-28). A
// negative N counts back. An invalid `from` is returned unchanged.
CivilDate AddMonths(CivilDate from, int months);

}  // namespace casereview
