// "Today" as the domain counts days: the UK civil date (Europe/London).
#pragma once

#include "app/clock.h"
#include "core/civil_date.h"

namespace casereview::app {

// The civil date in Europe/London at the clock's current instant. Falls back
// to the UTC date if the system has no tzdata for Europe/London (an operations
// fault: tzdata is a dependency).
CivilDate TodayInLondon(const Clock& clock);

}  // namespace casereview::app
