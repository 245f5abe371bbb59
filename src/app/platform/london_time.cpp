#include "app/platform/london_time.h"

#include <date/tz.h>

namespace casereview::app {
namespace {

const date::time_zone* London() {
  static const date::time_zone* const london = date::locate_zone("Europe/London");
  return london;
}

}  // namespace

CivilDate LondonDate(Instant instant) {
  try {
    const auto local = London()->to_local(instant);
    const auto days = std::chrono::floor<date::days>(local).time_since_epoch().count();
    return CivilDate{std::chrono::sys_days{std::chrono::days{days}}};
  } catch (const std::exception&) {
    return CivilDate{std::chrono::floor<std::chrono::days>(instant)};
  }
}

Result<Instant> StartOfLondonDay(CivilDate date) {
  try {
    const auto days = std::chrono::sys_days{date}.time_since_epoch().count();
    const auto start = London()->to_sys(date::local_days{date::days{days}}, date::choose::earliest);
    return std::chrono::time_point_cast<std::chrono::milliseconds>(start);
  } catch (const std::exception&) {
    return Fail(ErrorCode::kUnavailable,
                "the time-zone database (tzdata) has no Europe/London; install tzdata");
  }
}

}  // namespace casereview::app
