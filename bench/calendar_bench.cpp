// Working-day arithmetic runs inside every assessment and every deadline on a
// case page: goal, one 15-working-day AddWorkingDays under 1 µs.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/time/calendar.h"

namespace casereview {
namespace {

using namespace std::chrono;

// Every day of 2026, so each iteration asks a different question.
std::vector<CivilDate> DaysOf2026() {
  std::vector<CivilDate> dates;
  for (sys_days day{2026y / January / 1}; day <= sys_days{2026y / December / 31}; day += days{1}) {
    dates.emplace_back(day);
  }
  return dates;
}

void BM_AddFifteenWorkingDays(benchmark::State& state) {
  const auto jurisdiction = static_cast<Jurisdiction>(state.range(0));
  const WorkingDayCalendar& calendar = CalendarFor(jurisdiction);
  const std::vector<CivilDate> dates = DaysOf2026();
  std::size_t i = 0;
  for (auto _ : state) {
    auto due = calendar.AddWorkingDays(dates[i], 15);
    benchmark::DoNotOptimize(due);
    i = i + 1 == dates.size() ? 0 : i + 1;
  }
  state.SetLabel(std::string(JurisdictionName(jurisdiction)));
}
BENCHMARK(BM_AddFifteenWorkingDays)->DenseRange(0, 2);

void BM_SevenWorkingDaysBefore(benchmark::State& state) {
  const WorkingDayCalendar& calendar = CalendarFor(Jurisdiction::kEnglandWales);
  const std::vector<CivilDate> dates = DaysOf2026();
  std::size_t i = 0;
  for (auto _ : state) {
    auto due = calendar.AddWorkingDays(dates[i], -7);
    benchmark::DoNotOptimize(due);
    i = i + 1 == dates.size() ? 0 : i + 1;
  }
}
BENCHMARK(BM_SevenWorkingDaysBefore);

void BM_BankHolidaysForYear(benchmark::State& state) {
  const auto jurisdiction = static_cast<Jurisdiction>(state.range(0));
  int y = kFirstCalendarYear;
  for (auto _ : state) {
    auto holidays = BankHolidays(jurisdiction, year{y});
    benchmark::DoNotOptimize(holidays);
    y = y == kLastCalendarYear ? kFirstCalendarYear : y + 1;
  }
  state.SetLabel(std::string(JurisdictionName(jurisdiction)));
}
BENCHMARK(BM_BankHolidaysForYear)->DenseRange(0, 2);

// The one-off cost of the tables behind CalendarFor (paid once per process).
void BM_BuildCalendar(benchmark::State& state) {
  for (auto _ : state) {
    WorkingDayCalendar calendar(Jurisdiction::kScotland);
    benchmark::DoNotOptimize(calendar);
  }
}
BENCHMARK(BM_BuildCalendar)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace casereview
