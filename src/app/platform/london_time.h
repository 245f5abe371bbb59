// UK local time (Europe/London, from the system's tzdata): the civil day of an
// instant, and the first instant of a civil day. Deadlines are civil dates; the
// clock gives instants; this is the one place that converts between them.
#pragma once

#include "app/platform/clock.h"
#include "core/error.h"
#include "core/time/civil_date.h"
#include "core/time/instant.h"

namespace casereview::app {

// The UK civil date at `instant`. Falls back to the UTC date when the
// time-zone database cannot be read (the two differ by an hour at most).
CivilDate LondonDate(Instant instant);

// Today in the UK, by `clock`.
inline CivilDate TodayInLondon(const Clock& clock) { return LondonDate(clock.Now()); }

// The first instant of `date` in UK local time; kUnavailable without tzdata.
Result<Instant> StartOfLondonDay(CivilDate date);

}  // namespace casereview::app
