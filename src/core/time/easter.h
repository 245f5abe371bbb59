// The date of Easter Sunday in the Gregorian calendar, as the Western churches
// (and so UK bank holidays) keep it.
#pragma once

#include <chrono>

#include "core/time/civil_date.h"

namespace casereview {

// Easter Sunday of `year` (Gregorian computus). Defined for years 1583 onwards;
// pure and allocation-free.
CivilDate EasterSunday(std::chrono::year year);

}  // namespace casereview
