#include "app/today.h"

#include <date/tz.h>

#include <exception>

namespace casereview::app {

CivilDate TodayInLondon(const Clock& clock) {
  const Instant now = clock.Now();
  try {
    static const date::time_zone* const london = date::locate_zone("Europe/London");
    const auto local = london->to_local(now);
    return CivilDate{std::chrono::sys_days{
        std::chrono::days{date::floor<date::days>(local).time_since_epoch().count()}}};
  } catch (const std::exception&) {
    return CivilDate{std::chrono::floor<std::chrono::days>(now)};
  }
}

}  // namespace casereview::app
