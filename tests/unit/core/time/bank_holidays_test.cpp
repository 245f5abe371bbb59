// Bank holidays per jurisdiction: gov.uk's published lists, every one-off, and
// the substitution rules over every year the calendars cover.
#include "core/time/bank_holidays.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/time/easter.h"

namespace casereview {
namespace {

using namespace std::chrono;

constexpr Jurisdiction kEW = Jurisdiction::kEnglandWales;
constexpr Jurisdiction kSc = Jurisdiction::kScotland;
constexpr Jurisdiction kNI = Jurisdiction::kNorthernIreland;

using Listing = std::vector<std::pair<std::string, std::string>>;

Listing List(Jurisdiction jurisdiction, int y) {
  Listing listing;
  for (const BankHoliday& holiday : BankHolidays(jurisdiction, year{y})) {
    listing.emplace_back(FormatCivilDate(holiday.date), std::string(holiday.name));
  }
  return listing;
}

std::set<std::string> Dates(Jurisdiction jurisdiction, int y) {
  std::set<std::string> dates;
  for (const BankHoliday& holiday : BankHolidays(jurisdiction, year{y})) {
    dates.insert(FormatCivilDate(holiday.date));
  }
  return dates;
}

bool IsHoliday(Jurisdiction jurisdiction, CivilDate date) {
  const auto holidays = BankHolidays(jurisdiction, date.year());
  return std::ranges::any_of(holidays, [&](const BankHoliday& h) { return h.date == date; });
}

bool IsWeekend(CivilDate date) {
  const weekday wd{sys_days{date}};
  return wd == Saturday || wd == Sunday;
}

// ---- gov.uk's published lists ---------------------------------------------

TEST(BankHolidays, EnglandAndWales2026And2027AsPublished) {
  EXPECT_EQ(List(kEW, 2026), (Listing{{"2026-01-01", "New Year's Day"},
                                      {"2026-04-03", "Good Friday"},
                                      {"2026-04-06", "Easter Monday"},
                                      {"2026-05-04", "Early May bank holiday"},
                                      {"2026-05-25", "Spring bank holiday"},
                                      {"2026-08-31", "Summer bank holiday"},
                                      {"2026-12-25", "Christmas Day"},
                                      {"2026-12-28", "Boxing Day (substitute day)"}}));
  EXPECT_EQ(List(kEW, 2027), (Listing{{"2027-01-01", "New Year's Day"},
                                      {"2027-03-26", "Good Friday"},
                                      {"2027-03-29", "Easter Monday"},
                                      {"2027-05-03", "Early May bank holiday"},
                                      {"2027-05-31", "Spring bank holiday"},
                                      {"2027-08-30", "Summer bank holiday"},
                                      {"2027-12-27", "Christmas Day (substitute day)"},
                                      {"2027-12-28", "Boxing Day (substitute day)"}}));
}

TEST(BankHolidays, Scotland2026And2027AsPublished) {
  EXPECT_EQ(List(kSc, 2026), (Listing{{"2026-01-01", "New Year's Day"},
                                      {"2026-01-02", "2nd January"},
                                      {"2026-04-03", "Good Friday"},
                                      {"2026-05-04", "Early May bank holiday"},
                                      {"2026-05-25", "Spring bank holiday"},
                                      {"2026-06-15", "Bank holiday for Scotland's men's World Cup"},
                                      {"2026-08-03", "Summer bank holiday"},
                                      {"2026-11-30", "St Andrew's Day"},
                                      {"2026-12-25", "Christmas Day"},
                                      {"2026-12-28", "Boxing Day (substitute day)"}}));
  EXPECT_EQ(List(kSc, 2027), (Listing{{"2027-01-01", "New Year's Day"},
                                      {"2027-01-04", "2nd January (substitute day)"},
                                      {"2027-03-26", "Good Friday"},
                                      {"2027-05-03", "Early May bank holiday"},
                                      {"2027-05-31", "Spring bank holiday"},
                                      {"2027-08-02", "Summer bank holiday"},
                                      {"2027-11-30", "St Andrew's Day"},
                                      {"2027-12-27", "Christmas Day (substitute day)"},
                                      {"2027-12-28", "Boxing Day (substitute day)"}}));
}

TEST(BankHolidays, NorthernIreland2026And2027AsPublished) {
  EXPECT_EQ(List(kNI, 2026),
            (Listing{{"2026-01-01", "New Year's Day"},
                     {"2026-03-17", "St Patrick's Day"},
                     {"2026-04-03", "Good Friday"},
                     {"2026-04-06", "Easter Monday"},
                     {"2026-05-04", "Early May bank holiday"},
                     {"2026-05-25", "Spring bank holiday"},
                     {"2026-07-13", "Battle of the Boyne (Orangemen's Day) (substitute day)"},
                     {"2026-08-31", "Summer bank holiday"},
                     {"2026-12-25", "Christmas Day"},
                     {"2026-12-28", "Boxing Day (substitute day)"}}));
  EXPECT_EQ(List(kNI, 2027), (Listing{{"2027-01-01", "New Year's Day"},
                                      {"2027-03-17", "St Patrick's Day"},
                                      {"2027-03-26", "Good Friday"},
                                      {"2027-03-29", "Easter Monday"},
                                      {"2027-05-03", "Early May bank holiday"},
                                      {"2027-05-31", "Spring bank holiday"},
                                      {"2027-07-12", "Battle of the Boyne (Orangemen's Day)"},
                                      {"2027-08-30", "Summer bank holiday"},
                                      {"2027-12-27", "Christmas Day (substitute day)"},
                                      {"2027-12-28", "Boxing Day (substitute day)"}}));
}

TEST(BankHolidays, The2020ListsWithVeDayOnFriday8May) {
  using DateSet = std::set<std::string>;
  EXPECT_EQ(Dates(kEW, 2020), (DateSet{"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08",
                                       "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"}));
  EXPECT_EQ(Dates(kSc, 2020),
            (DateSet{"2020-01-01", "2020-01-02", "2020-04-10", "2020-05-08", "2020-05-25",
                     "2020-08-03", "2020-11-30", "2020-12-25", "2020-12-28"}));
  EXPECT_EQ(Dates(kNI, 2020),
            (DateSet{"2020-01-01", "2020-03-17", "2020-04-10", "2020-04-13", "2020-05-08",
                     "2020-05-25", "2020-07-13", "2020-08-31", "2020-12-25", "2020-12-28"}));
}

TEST(BankHolidays, The2022ListsWithTheJubileeAndTheStateFuneral) {
  EXPECT_EQ(List(kEW, 2022),
            (Listing{{"2022-01-03", "New Year's Day (substitute day)"},
                     {"2022-04-15", "Good Friday"},
                     {"2022-04-18", "Easter Monday"},
                     {"2022-05-02", "Early May bank holiday"},
                     {"2022-06-02", "Spring bank holiday"},
                     {"2022-06-03", "Platinum Jubilee bank holiday"},
                     {"2022-08-29", "Summer bank holiday"},
                     {"2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II"},
                     {"2022-12-26", "Boxing Day"},
                     {"2022-12-27", "Christmas Day (substitute day)"}}));
  using DateSet = std::set<std::string>;
  EXPECT_EQ(Dates(kSc, 2022), (DateSet{"2022-01-03", "2022-01-04", "2022-04-15", "2022-05-02",
                                       "2022-06-02", "2022-06-03", "2022-08-01", "2022-09-19",
                                       "2022-11-30", "2022-12-26", "2022-12-27"}));
  EXPECT_EQ(Dates(kNI, 2022), (DateSet{"2022-01-03", "2022-03-17", "2022-04-15", "2022-04-18",
                                       "2022-05-02", "2022-06-02", "2022-06-03", "2022-07-12",
                                       "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"}));
}

// ---- every one-off ----------------------------------------------------------

struct OneOffCase {
  CivilDate date;
  bool england_wales;
  bool scotland;
  bool northern_ireland;
  std::optional<CivilDate> replaced;  // the usual day, absent where the holiday moved
  bool replaced_in_scotland;          // whether Scotland's usual day moved too
};

TEST(BankHolidays, EveryOneOffIsInTheRightJurisdictions) {
  const std::vector<OneOffCase> cases = {
      // 1995: early May moved to 8 May, except in Scotland where 8 May was added.
      {1995y / May / 8, true, true, true, 1995y / May / 1, false},
      {1999y / December / 31, true, true, true, std::nullopt, false},
      // 2002: spring holiday moved from 27 May to 4 June; Golden Jubilee on 3 June.
      {2002y / June / 3, true, true, true, std::nullopt, false},
      {2002y / June / 4, true, true, true, 2002y / May / 27, true},
      {2011y / April / 29, true, true, true, std::nullopt, false},
      // 2012: spring holiday moved from 28 May to 4 June; Diamond Jubilee on 5 June.
      {2012y / June / 4, true, true, true, 2012y / May / 28, true},
      {2012y / June / 5, true, true, true, std::nullopt, false},
      {2020y / May / 8, true, true, true, 2020y / May / 4, true},
      // 2022: spring holiday moved from 30 May to 2 June; Platinum Jubilee on 3 June.
      {2022y / June / 2, true, true, true, 2022y / May / 30, true},
      {2022y / June / 3, true, true, true, std::nullopt, false},
      {2022y / September / 19, true, true, true, std::nullopt, false},
      {2023y / May / 8, true, true, true, std::nullopt, false},
      {2026y / June / 15, false, true, false, std::nullopt, false},
  };
  for (const OneOffCase& c : cases) {
    const std::string date = FormatCivilDate(c.date);
    EXPECT_EQ(IsHoliday(kEW, c.date), c.england_wales) << date;
    EXPECT_EQ(IsHoliday(kSc, c.date), c.scotland) << date;
    EXPECT_EQ(IsHoliday(kNI, c.date), c.northern_ireland) << date;
    if (c.replaced) {
      const std::string usual = FormatCivilDate(*c.replaced);
      EXPECT_FALSE(IsHoliday(kEW, *c.replaced)) << usual << " should have moved to " << date;
      EXPECT_FALSE(IsHoliday(kNI, *c.replaced)) << usual << " should have moved to " << date;
      EXPECT_EQ(IsHoliday(kSc, *c.replaced), !c.replaced_in_scotland) << usual;
    }
  }
}

TEST(BankHolidays, OneOffsHaveTheirNames) {
  const auto name_on = [](Jurisdiction j, CivilDate date) {
    for (const BankHoliday& h : BankHolidays(j, date.year())) {
      if (h.date == date) return std::string(h.name);
    }
    return std::string();
  };
  EXPECT_EQ(name_on(kEW, 1995y / May / 8), "Early May bank holiday (VE day)");
  EXPECT_EQ(name_on(kSc, 1995y / May / 8), "VE day 50th anniversary");
  EXPECT_EQ(name_on(kSc, 1995y / May / 1), "Early May bank holiday");
  EXPECT_EQ(name_on(kNI, 1999y / December / 31), "Millennium celebrations");
  EXPECT_EQ(name_on(kEW, 2002y / June / 3), "Queen's Golden Jubilee");
  EXPECT_EQ(name_on(kEW, 2002y / June / 4), "Spring bank holiday");
  EXPECT_EQ(name_on(kSc, 2011y / April / 29), "Royal wedding");
  EXPECT_EQ(name_on(kNI, 2012y / June / 5), "Queen's Diamond Jubilee");
  EXPECT_EQ(name_on(kSc, 2020y / May / 8), "Early May bank holiday (VE day)");
  EXPECT_EQ(name_on(kSc, 2023y / May / 8), "Bank holiday for the coronation of King Charles III");
}

TEST(BankHolidays, NoOneOffsOutsideTheTable) {
  // In a year without one-offs each jurisdiction has exactly its regular holidays.
  const std::set<int> one_off_years = {1995, 1999, 2002, 2011, 2012, 2020, 2022, 2023, 2026};
  for (int y = kFirstCalendarYear; y <= kLastCalendarYear; ++y) {
    if (one_off_years.contains(y)) continue;
    EXPECT_EQ(BankHolidays(kEW, year{y}).size(), 8u) << y;
    EXPECT_EQ(BankHolidays(kSc, year{y}).size(), y >= 2007 ? 9u : 8u) << y;
    EXPECT_EQ(BankHolidays(kNI, year{y}).size(), 10u) << y;
  }
}

// ---- substitution rules, over every year --------------------------------------

TEST(BankHolidays, ChristmasAndBoxingDayOnEveryWeekdayCombination) {
  std::set<unsigned> weekdays_seen;
  for (int y = kFirstCalendarYear; y <= kLastCalendarYear; ++y) {
    const CivilDate christmas = year{y} / December / 25;
    const unsigned wd = weekday{sys_days{christmas}}.c_encoding();
    weekdays_seen.insert(wd);
    std::set<std::string> expected;
    switch (wd) {
      case 5:  // Friday: Boxing Day (Saturday) moves to Monday 28
        expected = {"25", "28"};
        break;
      case 6:  // Saturday: Christmas to Monday 27, Boxing Day to Tuesday 28
        expected = {"27", "28"};
        break;
      case 0:  // Sunday: Boxing Day stays Monday 26, Christmas moves to Tuesday 27
        expected = {"26", "27"};
        break;
      default:
        expected = {"25", "26"};
    }
    for (const Jurisdiction j : kAllJurisdictions) {
      std::set<std::string> actual;
      for (const BankHoliday& h : BankHolidays(j, year{y})) {
        if (h.date.month() == December && h.date.day() >= day{24} &&
            h.date != 1999y / December / 31) {
          actual.insert(FormatCivilDate(h.date).substr(8));
        }
      }
      EXPECT_EQ(actual, expected) << y << " " << JurisdictionName(j);
    }
  }
  EXPECT_EQ(weekdays_seen.size(), 7u);
}

TEST(BankHolidays, ChristmasSubstituteNames) {
  EXPECT_EQ(List(kEW, 2021).back(),
            (std::pair<std::string, std::string>{"2021-12-28", "Boxing Day (substitute day)"}));
  EXPECT_EQ(List(kSc, 2022).back(),
            (std::pair<std::string, std::string>{"2022-12-27", "Christmas Day (substitute day)"}));
  EXPECT_EQ(List(kNI, 2020).back(),
            (std::pair<std::string, std::string>{"2020-12-28", "Boxing Day (substitute day)"}));
}

TEST(BankHolidays, NewYearOutsideScotlandMovesToMonday) {
  for (int y = kFirstCalendarYear; y <= kLastCalendarYear; ++y) {
    const unsigned wd = weekday{sys_days{year{y} / January / 1}}.c_encoding();
    const std::string expected = wd == 6 ? "03" : wd == 0 ? "02" : "01";
    for (const Jurisdiction j : {kEW, kNI}) {
      const auto holidays = BankHolidays(j, year{y});
      ASSERT_FALSE(holidays.empty());
      EXPECT_EQ(FormatCivilDate(holidays.front().date).substr(5), "01-" + expected) << y;
      EXPECT_EQ(holidays.front().name,
                expected == "01" ? "New Year's Day" : "New Year's Day (substitute day)")
          << y;
    }
  }
}

TEST(BankHolidays, ScotlandKeepsTheFirstTwoWeekdaysOfJanuary) {
  for (int y = kFirstCalendarYear; y <= kLastCalendarYear; ++y) {
    const unsigned wd = weekday{sys_days{year{y} / January / 1}}.c_encoding();
    std::set<std::string> expected;
    switch (wd) {
      case 5:  // Friday: 2 January (Saturday) moves to Monday 4
        expected = {"01", "04"};
        break;
      case 6:  // Saturday: Monday 3 and Tuesday 4
        expected = {"03", "04"};
        break;
      case 0:  // Sunday: 2 January is Monday 2; New Year's Day moves to Tuesday 3
        expected = {"02", "03"};
        break;
      default:
        expected = {"01", "02"};
    }
    std::set<std::string> actual;
    for (const BankHoliday& h : BankHolidays(kSc, year{y})) {
      if (h.date.month() == January) actual.insert(FormatCivilDate(h.date).substr(8));
    }
    EXPECT_EQ(actual, expected) << y;
  }
  EXPECT_EQ(List(kSc, 2023).front(),
            (std::pair<std::string, std::string>{"2023-01-02", "2nd January"}));
  EXPECT_EQ(List(kSc, 2023)[1],
            (std::pair<std::string, std::string>{"2023-01-03", "New Year's Day (substitute day)"}));
  EXPECT_EQ(List(kSc, 2022)[1],
            (std::pair<std::string, std::string>{"2022-01-04", "2nd January (substitute day)"}));
}

TEST(BankHolidays, StAndrewsDayFrom2007WithAMondaySubstitute) {
  for (int y = kFirstCalendarYear; y <= kLastCalendarYear; ++y) {
    const CivilDate andrew = year{y} / November / 30;
    const unsigned wd = weekday{sys_days{andrew}}.c_encoding();
    const CivilDate observed = wd == 6   ? CivilDate{year{y} / December / 2}
                               : wd == 0 ? CivilDate{year{y} / December / 1}
                                         : andrew;
    EXPECT_EQ(IsHoliday(kSc, observed), y >= 2007) << y;
    EXPECT_FALSE(IsHoliday(kEW, observed)) << y;
    EXPECT_FALSE(IsHoliday(kNI, observed)) << y;
  }
  EXPECT_FALSE(IsHoliday(kSc, 2006y / November / 30));
  EXPECT_TRUE(IsHoliday(kSc, 2007y / November / 30));
  EXPECT_TRUE(IsHoliday(kSc, 2024y / December / 2));  // 30 November 2024 was a Saturday
  EXPECT_TRUE(IsHoliday(kSc, 2025y / December / 1));  // 30 November 2025 was a Sunday
}

TEST(BankHolidays, NorthernIrelandsStPatricksAndBoyneDaysMoveToMonday) {
  for (int y = kFirstCalendarYear; y <= kLastCalendarYear; ++y) {
    for (const month m : {March, July}) {
      const CivilDate usual{year{y}, m, m == March ? day{17} : day{12}};
      const unsigned wd = weekday{sys_days{usual}}.c_encoding();
      const CivilDate observed{sys_days{usual} + days{wd == 6 ? 2 : wd == 0 ? 1 : 0}};
      EXPECT_TRUE(IsHoliday(kNI, observed)) << FormatCivilDate(observed);
      EXPECT_FALSE(IsHoliday(kEW, observed)) << FormatCivilDate(observed);
      EXPECT_FALSE(IsHoliday(kSc, observed)) << FormatCivilDate(observed);
    }
  }
  EXPECT_TRUE(IsHoliday(kNI, 2013y / March / 18));  // 17 March 2013 was a Sunday
  EXPECT_TRUE(IsHoliday(kNI, 2018y / March / 19));  // a Saturday
  EXPECT_TRUE(IsHoliday(kNI, 2025y / July / 14));   // 12 July 2025 was a Saturday
  EXPECT_TRUE(IsHoliday(kNI, 1990y / July / 12));
}

TEST(BankHolidays, EasterSummerAndMayHolidaysEveryYear) {
  for (int y = kFirstCalendarYear; y <= kLastCalendarYear; ++y) {
    const sys_days easter{EasterSunday(year{y})};
    for (const Jurisdiction j : kAllJurisdictions) {
      EXPECT_TRUE(IsHoliday(j, CivilDate{easter - days{2}})) << y;
      EXPECT_EQ(IsHoliday(j, CivilDate{easter + days{1}}), j != kSc) << y;
      EXPECT_EQ(IsHoliday(j, CivilDate{year{y} / August / Monday[1]}), j == kSc) << y;
      EXPECT_EQ(IsHoliday(j, CivilDate{year{y} / August / Monday[last]}), j != kSc) << y;
      // Early May moved in 1995 (not in Scotland) and 2020; spring in 2002, 2012, 2022.
      const bool early_may_moved = y == 2020 || (y == 1995 && j != kSc);
      EXPECT_EQ(IsHoliday(j, CivilDate{year{y} / May / Monday[1]}), !early_may_moved) << y;
      const bool spring_moved = y == 2002 || y == 2012 || y == 2022;
      EXPECT_EQ(IsHoliday(j, CivilDate{year{y} / May / Monday[last]}), !spring_moved) << y;
    }
  }
}

TEST(BankHolidays, AreOrderedDistinctWeekdaysOfTheirYear) {
  for (const Jurisdiction j : kAllJurisdictions) {
    for (int y = kFirstCalendarYear; y <= kLastCalendarYear; ++y) {
      const auto holidays = BankHolidays(j, year{y});
      for (std::size_t i = 0; i < holidays.size(); ++i) {
        EXPECT_EQ(holidays[i].date.year(), year{y});
        EXPECT_FALSE(IsWeekend(holidays[i].date)) << FormatCivilDate(holidays[i].date);
        EXPECT_FALSE(holidays[i].name.empty());
        if (i > 0) {
          EXPECT_LT(sys_days{holidays[i - 1].date}, sys_days{holidays[i].date});
        }
      }
    }
  }
}

TEST(BankHolidays, NoneOutsideTheCalendarYears) {
  for (const Jurisdiction j : kAllJurisdictions) {
    EXPECT_TRUE(BankHolidays(j, 1989y).empty());
    EXPECT_TRUE(BankHolidays(j, 2101y).empty());
    EXPECT_FALSE(BankHolidays(j, 1990y).empty());
    EXPECT_FALSE(BankHolidays(j, 2100y).empty());
  }
}

TEST(Jurisdiction, ParsesAndNamesEachOne) {
  for (const Jurisdiction j : kAllJurisdictions) {
    EXPECT_EQ(ParseJurisdiction(JurisdictionName(j)), j);
  }
  EXPECT_EQ(ParseJurisdiction("england_wales"), kEW);
  EXPECT_EQ(ParseJurisdiction("scotland"), kSc);
  EXPECT_EQ(ParseJurisdiction("northern_ireland"), kNI);
  for (const char* bad :
       {"", "england", "wales", "Scotland", "northern-ireland", "uk", " scotland"}) {
    EXPECT_FALSE(ParseJurisdiction(bad).has_value()) << bad;
  }
}

}  // namespace
}  // namespace casereview
