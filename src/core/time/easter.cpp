#include "core/time/easter.h"

namespace casereview {

// The "Anonymous Gregorian" computus as set out by Meeus (Astronomical
// Algorithms, ch. 8): golden number, century corrections (solar and lunar),
// epact, then the Sunday after the paschal full moon. Integer arithmetic only;
// no exceptions to patch, unlike Gauss's formula.
CivilDate EasterSunday(std::chrono::year year) {
  const int y = static_cast<int>(year);
  const int golden = y % 19;                       // a: position in the 19-year Metonic cycle
  const int century = y / 100;                     // b
  const int year_in_century = y % 100;             // c
  const int leap_centuries = century / 4;          // d
  const int other_centuries = century % 4;         // e
  const int moon_correction = (century + 8) / 25;  // f
  const int lunar_shift = (century - moon_correction + 1) / 3;                             // g
  const int full_moon = (19 * golden + century - leap_centuries - lunar_shift + 15) % 30;  // h
  const int leap_years = year_in_century / 4;                                              // i
  const int other_years = year_in_century % 4;                                             // k
  const int to_sunday =
      (32 + 2 * other_centuries + 2 * leap_years - full_moon - other_years) % 7;  // l
  const int late_correction = (golden + 11 * full_moon + 22 * to_sunday) / 451;   // m
  const int days = full_moon + to_sunday - 7 * late_correction + 114;
  const unsigned month = static_cast<unsigned>(days / 31);
  const unsigned day = static_cast<unsigned>(days % 31 + 1);
  return CivilDate{year, std::chrono::month{month}, std::chrono::day{day}};
}

}  // namespace casereview
