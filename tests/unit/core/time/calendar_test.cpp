// Working-day arithmetic: conventions, errors, the worked examples
// (tests/data/examples), and properties checked against a naive day-by-day
// count over 2000-2030.
#include "core/time/calendar.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/time/easter.h"

namespace casereview {
namespace {

using namespace std::chrono;

constexpr Jurisdiction kEW = Jurisdiction::kEnglandWales;
constexpr Jurisdiction kSc = Jurisdiction::kScotland;
constexpr Jurisdiction kNI = Jurisdiction::kNorthernIreland;

CivilDate D(const char* text) {
  const auto date = ParseCivilDate(text);
  EXPECT_TRUE(date.has_value()) << text;
  return date.value_or(CivilDate{});
}

std::string Add(Jurisdiction j, const char* from, int n) {
  const auto result = CalendarFor(j).AddWorkingDays(D(from), n);
  return result ? FormatCivilDate(*result) : "error: " + result.error().message;
}

TEST(WorkingDayCalendar, WeekendsAndBankHolidaysAreNotWorkingDays) {
  const auto& ew = CalendarFor(kEW);
  EXPECT_TRUE(ew.IsWorkingDay(D("2026-03-02")));   // Monday
  EXPECT_FALSE(ew.IsWorkingDay(D("2026-03-07")));  // Saturday
  EXPECT_FALSE(ew.IsWorkingDay(D("2026-03-08")));  // Sunday
  EXPECT_FALSE(ew.IsWorkingDay(D("2026-04-06")));  // Easter Monday
  EXPECT_TRUE(CalendarFor(kSc).IsWorkingDay(D("2026-04-06")));
  EXPECT_FALSE(CalendarFor(kSc).IsWorkingDay(D("2026-06-15")));  // World Cup holiday
  EXPECT_TRUE(ew.IsWorkingDay(D("2026-06-15")));
  EXPECT_FALSE(CalendarFor(kNI).IsWorkingDay(D("2026-03-17")));
  EXPECT_TRUE(ew.IsWorkingDay(D("2026-03-17")));
}

TEST(WorkingDayCalendar, NothingOutsideTheCalendarIsAWorkingDay) {
  for (const Jurisdiction j : kAllJurisdictions) {
    EXPECT_FALSE(CalendarFor(j).IsWorkingDay(D("1989-12-29")));
    EXPECT_TRUE(CalendarFor(j).IsWorkingDay(D("1990-01-03")));
    EXPECT_TRUE(CalendarFor(j).IsWorkingDay(D("2100-12-31")));  // a Friday
    EXPECT_FALSE(CalendarFor(j).IsWorkingDay(D("2101-01-03")));
    EXPECT_FALSE(CalendarFor(j).IsWorkingDay(CivilDate{2026y / February / 30}));
  }
}

TEST(WorkingDayCalendar, IsWorkingDayMatchesWeekdaysLessBankHolidaysEveryDay) {
  for (const Jurisdiction j : kAllJurisdictions) {
    std::set<sys_days> holidays;
    for (int y = kFirstCalendarYear; y <= kLastCalendarYear; ++y) {
      for (const BankHoliday& h : BankHolidays(j, year{y})) holidays.insert(sys_days{h.date});
    }
    const auto& calendar = CalendarFor(j);
    for (sys_days day{1990y / January / 1}; day <= sys_days{2100y / December / 31};
         day += days{1}) {
      const weekday wd{day};
      const bool expected = wd != Saturday && wd != Sunday && !holidays.contains(day);
      ASSERT_EQ(calendar.IsWorkingDay(CivilDate{day}), expected) << FormatCivilDate(CivilDate{day});
    }
  }
}

TEST(WorkingDayCalendar, CountsStrictlyAfterTheStartDate) {
  EXPECT_EQ(Add(kEW, "2026-03-03", 1), "2026-03-04");
  EXPECT_EQ(Add(kEW, "2026-03-06", 1), "2026-03-09");  // Friday -> Monday
  EXPECT_EQ(Add(kEW, "2026-03-07", 1), "2026-03-09");  // from a Saturday
  EXPECT_EQ(Add(kEW, "2026-03-08", 5), "2026-03-13");  // from a Sunday
  EXPECT_EQ(Add(kEW, "2026-04-03", 1), "2026-04-07");  // from Good Friday, over Easter Monday
  EXPECT_EQ(Add(kSc, "2026-04-03", 1), "2026-04-06");  // Easter Monday is worked in Scotland
  EXPECT_EQ(Add(kEW, "2026-03-03", 15), "2026-03-24");
}

TEST(WorkingDayCalendar, CountsBackStrictlyBeforeTheStartDate) {
  EXPECT_EQ(Add(kEW, "2026-03-04", -1), "2026-03-03");
  EXPECT_EQ(Add(kEW, "2026-03-09", -1), "2026-03-06");
  EXPECT_EQ(Add(kEW, "2026-03-08", -1), "2026-03-06");  // from a Sunday
  EXPECT_EQ(Add(kEW, "2026-04-07", -1), "2026-04-02");  // over Easter
  EXPECT_EQ(Add(kNI, "2026-07-14", -1), "2026-07-10");  // over the Twelfth (substitute Monday)
  EXPECT_EQ(Add(kEW, "2026-07-14", -1), "2026-07-13");
}

TEST(WorkingDayCalendar, ZeroWorkingDaysIsTheStartDateItself) {
  EXPECT_EQ(Add(kEW, "2026-03-07", 0), "2026-03-07");  // even a Saturday
  EXPECT_EQ(Add(kEW, "2026-12-25", 0), "2026-12-25");
}

TEST(WorkingDayCalendar, RefusesDatesAndAnswersOutsideTheCalendar) {
  const auto& ew = CalendarFor(kEW);
  const auto before = ew.AddWorkingDays(D("1989-12-31"), 1);
  ASSERT_FALSE(before.has_value());
  EXPECT_EQ(before.error().code, ErrorCode::kInvalid);
  EXPECT_NE(before.error().message.find("1989-12-31"), std::string::npos) << before.error().message;

  const auto after = ew.AddWorkingDays(D("2101-01-01"), 0);
  ASSERT_FALSE(after.has_value());
  EXPECT_NE(after.error().message.find("2101-01-01"), std::string::npos);

  const auto off_the_end = ew.AddWorkingDays(D("2100-12-24"), 10);
  ASSERT_FALSE(off_the_end.has_value());
  EXPECT_EQ(off_the_end.error().code, ErrorCode::kInvalid);
  EXPECT_NE(off_the_end.error().message.find("2100-12-24"), std::string::npos)
      << off_the_end.error().message;

  const auto off_the_start = ew.AddWorkingDays(D("1990-01-05"), -10);
  ASSERT_FALSE(off_the_start.has_value());
  EXPECT_NE(off_the_start.error().message.find("1990-01-05"), std::string::npos);

  EXPECT_FALSE(ew.AddWorkingDays(CivilDate{2026y / February / 30}, 1).has_value());
  EXPECT_FALSE(ew.AddWorkingDays(D("2026-03-03"), std::numeric_limits<int>::max()).has_value());
  EXPECT_FALSE(ew.AddWorkingDays(D("2026-03-03"), std::numeric_limits<int>::min()).has_value());

  EXPECT_EQ(Add(kEW, "2100-12-30", 1), "2100-12-31");   // the last day is still reachable
  EXPECT_EQ(Add(kEW, "1990-01-03", -1), "1990-01-02");  // and the first working day
}

// The N-th working day strictly after (n > 0) or before (n < 0) `from`, found
// by walking one day at a time: the definition, with no tables.
std::vector<sys_days> NaiveWorkingDays(const WorkingDayCalendar& calendar, sys_days from, int count,
                                       int step) {
  std::vector<sys_days> found;
  for (sys_days day = from + days{step}; static_cast<int>(found.size()) < count;
       day += days{step}) {
    if (calendar.IsWorkingDay(CivilDate{day})) found.push_back(day);
  }
  return found;
}

TEST(WorkingDayCalendar, AgreesWithADayByDayCountFrom2000To2030) {
  for (const Jurisdiction j : kAllJurisdictions) {
    const auto& calendar = CalendarFor(j);
    for (sys_days from{2000y / January / 1}; from <= sys_days{2030y / December / 31};
         from += days{1}) {
      const CivilDate start{from};
      const auto forward = NaiveWorkingDays(calendar, from, 30, 1);
      const auto backward = NaiveWorkingDays(calendar, from, 30, -1);
      for (int n = 1; n <= 30; ++n) {
        const auto later = calendar.AddWorkingDays(start, n);
        ASSERT_TRUE(later.has_value()) << later.error().message;
        ASSERT_EQ(sys_days{*later}, forward[static_cast<std::size_t>(n - 1)])
            << JurisdictionName(j) << " " << FormatCivilDate(start) << " + " << n;
        ASSERT_TRUE(calendar.IsWorkingDay(*later));
        ASSERT_GT(sys_days{*later}, from);
        // Counting back N from the answer lands on D when D is a working day,
        // and before D otherwise.
        const auto back = calendar.AddWorkingDays(*later, -n);
        ASSERT_TRUE(back.has_value());
        if (calendar.IsWorkingDay(start)) {
          ASSERT_EQ(*back, start) << FormatCivilDate(start) << " " << n;
        } else {
          ASSERT_LT(sys_days{*back}, from) << FormatCivilDate(start) << " " << n;
        }

        const auto earlier = calendar.AddWorkingDays(start, -n);
        ASSERT_TRUE(earlier.has_value());
        ASSERT_EQ(sys_days{*earlier}, backward[static_cast<std::size_t>(n - 1)])
            << JurisdictionName(j) << " " << FormatCivilDate(start) << " - " << n;
        ASSERT_TRUE(calendar.IsWorkingDay(*earlier));
        ASSERT_LT(sys_days{*earlier}, from);
      }
      // Steps compose: N then M working days is N + M working days.
      const auto ten = calendar.AddWorkingDays(start, 10);
      ASSERT_EQ(sys_days{calendar.AddWorkingDays(*ten, 5).value()}, forward[14]);
    }
  }
}

TEST(WorkingDayCalendar, CalendarsAgreeOnSharedDays) {
  for (int y = kFirstCalendarYear; y <= kLastCalendarYear; ++y) {
    const CivilDate good_friday{sys_days{EasterSunday(year{y})} - days{2}};
    const CivilDate christmas = year{y} / December / 25;
    const CivilDate twelfth = year{y} / July / 12;
    const CivilDate ordinary{year{y} / October / Wednesday[2]};
    const weekday twelfth_day{sys_days{twelfth}};
    const bool twelfth_weekend = twelfth_day == Saturday || twelfth_day == Sunday;
    for (const Jurisdiction j : kAllJurisdictions) {
      const auto& calendar = CalendarFor(j);
      EXPECT_FALSE(calendar.IsWorkingDay(good_friday)) << y;
      EXPECT_FALSE(calendar.IsWorkingDay(christmas)) << y;
      EXPECT_TRUE(calendar.IsWorkingDay(ordinary)) << y;
      EXPECT_EQ(calendar.IsWorkingDay(twelfth), j != kNI && !twelfth_weekend)
          << y << " " << JurisdictionName(j);
    }
  }
}

TEST(WorkingDayCalendar, CalendarForGivesOneSharedInstancePerJurisdiction) {
  for (const Jurisdiction j : kAllJurisdictions) {
    EXPECT_EQ(&CalendarFor(j), &CalendarFor(j));
    EXPECT_EQ(CalendarFor(j).jurisdiction(), j);
  }
}

// tests/data/examples/clock.tsv: jurisdiction, from, working_days, expected.
TEST(WorkingDayCalendar, WorkedExamples) {
  const std::filesystem::path path =
      std::filesystem::path(CASEREVIEW_TEST_DATA_DIR) / "examples" / "clock.tsv";
  std::ifstream in(path);
  ASSERT_TRUE(in.good()) << "the worked clock examples are missing: cannot read " << path;
  std::string line;
  int checked = 0;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line.starts_with("jurisdiction")) continue;
    std::istringstream fields(line);
    std::string jurisdiction, from, working_days, expected;
    ASSERT_TRUE(std::getline(fields, jurisdiction, '\t') && std::getline(fields, from, '\t') &&
                std::getline(fields, working_days, '\t') && std::getline(fields, expected, '\t'))
        << path << ":" << line_number << ": expected 4 tab-separated fields";
    const auto j = ParseJurisdiction(jurisdiction);
    ASSERT_TRUE(j.has_value()) << path << ":" << line_number << ": " << jurisdiction;
    EXPECT_EQ(Add(*j, from.c_str(), std::stoi(working_days)), expected)
        << path << ":" << line_number << ": " << line;
    ++checked;
  }
  EXPECT_GT(checked, 0) << "no examples in " << path;
}

TEST(AddMonths, ClampsToTheLastDayOfTheMonth) {
  EXPECT_EQ(AddMonths(2026y / January / 31, 1), 2026y / February / 28);
  EXPECT_EQ(AddMonths(2024y / January / 31, 1), 2024y / February / 29);
  EXPECT_EQ(AddMonths(2026y / March / 31, -1), 2026y / February / 28);
  EXPECT_EQ(AddMonths(2026y / August / 31, 1), 2026y / September / 30);
  EXPECT_EQ(AddMonths(2026y / January / 30, 1), 2026y / February / 28);
}

TEST(AddMonths, KeepsTheDayAndCrossesYears) {
  EXPECT_EQ(AddMonths(2026y / March / 15, 6), 2026y / September / 15);
  EXPECT_EQ(AddMonths(2026y / September / 15, 6), 2027y / March / 15);
  EXPECT_EQ(AddMonths(2026y / March / 15, -3), 2025y / December / 15);
  EXPECT_EQ(AddMonths(2026y / March / 15, -15), 2024y / December / 15);
  EXPECT_EQ(AddMonths(2026y / March / 15, 0), 2026y / March / 15);
  EXPECT_EQ(AddMonths(2024y / February / 29, 12), 2025y / February / 28);
  EXPECT_EQ(AddMonths(2024y / February / 29, 48), 2028y / February / 29);
}

TEST(AddMonths, ForwardThenBackNeverPassesTheStart) {
  for (sys_days day{2020y / January / 1}; day <= sys_days{2030y / December / 31}; day += days{1}) {
    const CivilDate from{day};
    for (int m = 1; m <= 24; ++m) {
      const CivilDate there = AddMonths(from, m);
      ASSERT_TRUE(there.ok());
      ASSERT_GT(sys_days{there}, day);
      ASSERT_LE(sys_days{AddMonths(there, -m)}, day);
    }
  }
}

}  // namespace
}  // namespace casereview
