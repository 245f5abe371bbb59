#include "core/time/calendar.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

namespace casereview {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year;

constexpr sys_days kFirstDay{year{kFirstCalendarYear} / std::chrono::January / 1};
constexpr sys_days kLastDay{year{kLastCalendarYear} / std::chrono::December / 31};
constexpr int kDayCount = (kLastDay - kFirstDay).count() + 1;
static_assert(kDayCount < std::numeric_limits<std::uint16_t>::max(),
              "day indices and counts must fit the compact tables");

constexpr std::string_view kRange = "the calendar covers 1990-01-01 to 2100-12-31";

}  // namespace

WorkingDayCalendar::WorkingDayCalendar(Jurisdiction jurisdiction) : jurisdiction_(jurisdiction) {
  std::vector<bool> holiday(kDayCount, false);
  for (int y = kFirstCalendarYear; y <= kLastCalendarYear; ++y) {
    for (const BankHoliday& bank_holiday : BankHolidays(jurisdiction, year{y})) {
      holiday[static_cast<std::size_t>((sys_days{bank_holiday.date} - kFirstDay).count())] = true;
    }
  }
  working_before_.reserve(kDayCount + 1);
  working_days_.reserve(kDayCount);
  working_before_.push_back(0);
  for (int i = 0; i < kDayCount; ++i) {
    const std::chrono::weekday weekday{kFirstDay + days{i}};
    const bool weekend = weekday == std::chrono::Saturday || weekday == std::chrono::Sunday;
    if (!weekend && !holiday[static_cast<std::size_t>(i)]) {
      working_days_.push_back(static_cast<std::uint16_t>(i));
    }
    working_before_.push_back(static_cast<std::uint16_t>(working_days_.size()));
  }
}

std::optional<int> WorkingDayCalendar::Index(CivilDate date) {
  if (!date.ok()) return std::nullopt;
  const sys_days day{date};
  if (day < kFirstDay || day > kLastDay) return std::nullopt;
  return (day - kFirstDay).count();
}

bool WorkingDayCalendar::IsWorkingDay(CivilDate date) const {
  const auto index = Index(date);
  if (!index) return false;
  const auto i = static_cast<std::size_t>(*index);
  return working_before_[i + 1] != working_before_[i];
}

Result<CivilDate> WorkingDayCalendar::AddWorkingDays(CivilDate from, int n) const {
  const auto index = Index(from);
  if (!index) {
    if (!from.ok()) return Fail(ErrorCode::kInvalid, "the start date is not a real date");
    return Fail(ErrorCode::kInvalid,
                fmt::format("{} is outside the calendar: {}", FormatCivilDate(from), kRange));
  }
  if (n == 0) return from;
  const auto i = static_cast<std::size_t>(*index);
  // Working days on or before `from` (counting forwards) or strictly before it
  // (counting back); the answer is then a fixed step along working_days_.
  const long long position = n > 0 ? static_cast<long long>(working_before_[i + 1]) + n - 1
                                   : static_cast<long long>(working_before_[i]) + n;
  if (position < 0 || position >= static_cast<long long>(working_days_.size())) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("{} working days {} {} falls outside the calendar: {}",
                            n > 0 ? static_cast<long long>(n) : -static_cast<long long>(n),
                            n > 0 ? "after" : "before", FormatCivilDate(from), kRange));
  }
  return CivilDate{kFirstDay + days{working_days_[static_cast<std::size_t>(position)]}};
}

const WorkingDayCalendar& CalendarFor(Jurisdiction jurisdiction) {
  static_assert(static_cast<int>(Jurisdiction::kEnglandWales) == 0 &&
                static_cast<int>(Jurisdiction::kScotland) == 1 &&
                static_cast<int>(Jurisdiction::kNorthernIreland) == 2);
  static const std::array<WorkingDayCalendar, 3> calendars = {
      WorkingDayCalendar(Jurisdiction::kEnglandWales), WorkingDayCalendar(Jurisdiction::kScotland),
      WorkingDayCalendar(Jurisdiction::kNorthernIreland)};
  return calendars[static_cast<std::size_t>(jurisdiction)];
}

CivilDate AddMonths(CivilDate from, int months) {
  if (!from.ok()) return from;
  const std::chrono::year_month target =
      std::chrono::year_month{from.year(), from.month()} + std::chrono::months{months};
  const std::chrono::day last = std::chrono::year_month_day_last{
      target.year(),
      std::chrono::month_day_last{
          target.month()}}.day();
  return CivilDate{target.year(), target.month(), std::min(from.day(), last)};
}

}  // namespace casereview
