#include "core/time/bank_holidays.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>

#include "core/time/easter.h"

namespace casereview {
namespace {

using std::chrono::day;
using std::chrono::days;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::weekday;
using std::chrono::year;

// Holiday names as gov.uk lists them (with a plain apostrophe).
constexpr std::string_view kNewYear = "New Year's Day";
constexpr std::string_view kNewYearSubstitute = "New Year's Day (substitute day)";
constexpr std::string_view kSecondJanuary = "2nd January";
constexpr std::string_view kSecondJanuarySubstitute = "2nd January (substitute day)";
constexpr std::string_view kStPatrick = "St Patrick's Day";
constexpr std::string_view kStPatrickSubstitute = "St Patrick's Day (substitute day)";
constexpr std::string_view kGoodFriday = "Good Friday";
constexpr std::string_view kEasterMonday = "Easter Monday";
constexpr std::string_view kEarlyMayName = "Early May bank holiday";
constexpr std::string_view kSpringName = "Spring bank holiday";
constexpr std::string_view kBoyne = "Battle of the Boyne (Orangemen's Day)";
constexpr std::string_view kBoyneSubstitute =
    "Battle of the Boyne (Orangemen's Day) (substitute day)";
constexpr std::string_view kSummer = "Summer bank holiday";
constexpr std::string_view kStAndrew = "St Andrew's Day";
constexpr std::string_view kStAndrewSubstitute = "St Andrew's Day (substitute day)";
constexpr std::string_view kChristmas = "Christmas Day";
constexpr std::string_view kChristmasSubstitute = "Christmas Day (substitute day)";
constexpr std::string_view kBoxingDay = "Boxing Day";
constexpr std::string_view kBoxingDaySubstitute = "Boxing Day (substitute day)";

// The St Andrew's Day Bank Holiday (Scotland) Act 2007 (asp 2) received Royal
// Assent on 16 January 2007; 30 November 2007 was the first.
constexpr int kFirstStAndrewsDayYear = 2007;

// Which jurisdictions a one-off applies to.
enum JurisdictionMask : unsigned {
  kEnglandWalesOnly = 1u << 0,
  kScotlandOnly = 1u << 1,
  kNorthernIrelandOnly = 1u << 2,
  kAll = kEnglandWalesOnly | kScotlandOnly | kNorthernIrelandOnly,
  kOutsideScotland = kEnglandWalesOnly | kNorthernIrelandOnly,
};

unsigned MaskOf(Jurisdiction jurisdiction) {
  switch (jurisdiction) {
    case Jurisdiction::kEnglandWales:
      return kEnglandWalesOnly;
    case Jurisdiction::kScotland:
      return kScotlandOnly;
    case Jurisdiction::kNorthernIreland:
      return kNorthernIrelandOnly;
  }
  return 0;
}

// A regular holiday that a proclamation may move to another day for one year.
enum class Movable { kNone, kEarlyMay, kSpring };

// One change by royal proclamation to a single year: either an extra bank
// holiday (`moves` is kNone) or a regular holiday held on another day.
struct OneOff {
  CivilDate date;
  unsigned jurisdictions;
  Movable moves;
  std::string_view name;
  std::string_view source;  // where it is confirmed; docs/domain/calendars.md has the detail
};

using std::chrono::April;
using std::chrono::December;
using std::chrono::June;
using std::chrono::May;
using std::chrono::September;

// In date order. Every entry is checked in docs/domain/calendars.md.
constexpr std::array kOneOffs = {
    OneOff{year{1995} / May / 8, kOutsideScotland, Movable::kEarlyMay,
           "Early May bank holiday (VE day)", "HC Deb 2 March 1995 vol 255 c709W"},
    OneOff{year{1995} / May / 8, kScotlandOnly, Movable::kNone, "VE day 50th anniversary",
           "HC Deb 2 March 1995 vol 255 c709W: in Scotland in addition to 1 May"},
    OneOff{year{1999} / December / 31, kAll, Movable::kNone, "Millennium celebrations",
           "Government plan, Sunday Times 17 April 1998; proclamation not seen"},
    OneOff{year{2002} / June / 3, kAll, Movable::kNone, "Queen's Golden Jubilee",
           "Prime Minister's written answer, BBC News 24 November 2000"},
    OneOff{year{2002} / June / 4, kAll, Movable::kSpring, "Spring bank holiday",
           "Prime Minister's written answer, BBC News 24 November 2000"},
    OneOff{year{2011} / April / 29, kAll, Movable::kNone, "Royal wedding",
           "UK Government 23 November 2010; Scottish Government November 2010"},
    OneOff{year{2012} / June / 4, kAll, Movable::kSpring, "Spring bank holiday",
           "UK Government 5 January 2010; Scottish Government news release"},
    OneOff{year{2012} / June / 5, kAll, Movable::kNone, "Queen's Diamond Jubilee",
           "UK Government 5 January 2010; Scottish Government news release"},
    OneOff{year{2020} / May / 8, kAll, Movable::kEarlyMay, "Early May bank holiday (VE day)",
           "London Gazette notice 3326938; Scotland: gov.uk via The Scotsman 15 January 2020"},
    OneOff{year{2022} / June / 2, kAll, Movable::kSpring, "Spring bank holiday",
           "UK Government (all four nations); Scotland: The Herald 23 August 2021"},
    OneOff{year{2022} / June / 3, kAll, Movable::kNone, "Platinum Jubilee bank holiday",
           "UK Government (all four nations); Scotland: The Herald 23 August 2021"},
    OneOff{year{2022} / September / 19, kAll, Movable::kNone,
           "Bank Holiday for the State Funeral of Queen Elizabeth II",
           "London Gazette notice 4158896; Scottish Government 15 September 2022"},
    OneOff{year{2023} / May / 8, kAll, Movable::kNone,
           "Bank holiday for the coronation of King Charles III",
           "Prime Minister 6 November 2022 (whole UK); Scottish Government 7 November 2022"},
    OneOff{year{2026} / June / 15, kScotlandOnly, Movable::kNone,
           "Bank holiday for Scotland's men's World Cup",
           "Scottish Government 5 January 2026; proclaimed, reported 5 February 2026"},
};

constexpr bool OneOffsInOrder() {
  for (std::size_t i = 1; i < kOneOffs.size(); ++i) {
    if (sys_days{kOneOffs[i].date} < sys_days{kOneOffs[i - 1].date}) return false;
  }
  return true;
}
static_assert(OneOffsInOrder(), "keep kOneOffs in date order");

bool IsWeekend(CivilDate date) {
  const weekday wd{sys_days{date}};
  return wd == std::chrono::Saturday || wd == std::chrono::Sunday;
}

CivilDate FirstMonday(year y, month m) { return CivilDate{y / m / std::chrono::Monday[1]}; }

CivilDate LastMonday(year y, month m) {
  return CivilDate{y / m / std::chrono::Monday[std::chrono::last]};
}

// Collects one year's holidays and places substitute days.
class YearBuilder {
 public:
  YearBuilder(Jurisdiction jurisdiction, year y) : mask_(MaskOf(jurisdiction)), year_(y) {}

  bool Taken(CivilDate date) const {
    return std::ranges::any_of(days_, [&](const BankHoliday& h) { return h.date == date; });
  }

  void Add(CivilDate date, std::string_view name) {
    if (!Taken(date)) days_.push_back({date, name});
  }

  // A regular holiday a one-off may have moved this year.
  void AddMovable(Movable which, CivilDate usual, std::string_view name) {
    for (const OneOff& one_off : kOneOffs) {
      if (one_off.moves == which && Applies(one_off)) {
        Add(one_off.date, one_off.name);
        return;
      }
    }
    Add(usual, name);
  }

  // Holidays fixed to a date that, when it falls on a weekend, are kept on the
  // next weekday that is not already a holiday. A group (the Scottish New Year
  // pair, Christmas and Boxing Day) places every member that falls on a weekday
  // first, then gives the others their substitutes in order: so with Christmas
  // on a Sunday, Boxing Day keeps Monday 26 and Christmas moves to Tuesday 27.
  struct Fixed {
    CivilDate date;
    std::string_view name;
    std::string_view substitute_name;
  };
  void AddWithSubstitutes(std::initializer_list<Fixed> group) {
    for (const Fixed& holiday : group) {
      if (!IsWeekend(holiday.date)) Add(holiday.date, holiday.name);
    }
    for (const Fixed& holiday : group) {
      if (!IsWeekend(holiday.date)) continue;
      sys_days day = sys_days{holiday.date} + days{1};
      while (IsWeekend(CivilDate{day}) || Taken(CivilDate{day})) day += days{1};
      Add(CivilDate{day}, holiday.substitute_name);
    }
  }

  void AddExtraOneOffs() {
    for (const OneOff& one_off : kOneOffs) {
      if (one_off.moves == Movable::kNone && Applies(one_off)) Add(one_off.date, one_off.name);
    }
  }

  std::vector<BankHoliday> Finish() && {
    std::ranges::sort(days_, {}, [](const BankHoliday& h) { return sys_days{h.date}; });
    return std::move(days_);
  }

 private:
  bool Applies(const OneOff& one_off) const {
    return one_off.date.year() == year_ && (one_off.jurisdictions & mask_) != 0;
  }

  unsigned mask_;
  year year_;
  std::vector<BankHoliday> days_;
};

}  // namespace

std::vector<BankHoliday> BankHolidays(Jurisdiction jurisdiction, year y) {
  if (!y.ok() || static_cast<int>(y) < kFirstCalendarYear ||
      static_cast<int>(y) > kLastCalendarYear) {
    return {};
  }
  using namespace std::chrono;
  const bool scotland = jurisdiction == Jurisdiction::kScotland;
  const bool northern_ireland = jurisdiction == Jurisdiction::kNorthernIreland;
  YearBuilder builder(jurisdiction, y);

  // Extras first, so that a substitute day never lands on one.
  builder.AddExtraOneOffs();

  // New Year: Scotland keeps 1 and 2 January (sch. 1 para. 2); elsewhere 1 January
  // is proclaimed each year, with the next Monday when it falls on a weekend.
  if (scotland) {
    builder.AddWithSubstitutes({{y / January / 1, kNewYear, kNewYearSubstitute},
                                {y / January / 2, kSecondJanuary, kSecondJanuarySubstitute}});
  } else {
    builder.AddWithSubstitutes({{y / January / 1, kNewYear, kNewYearSubstitute}});
  }
  if (northern_ireland) {
    builder.AddWithSubstitutes({{y / March / 17, kStPatrick, kStPatrickSubstitute}});
  }

  const sys_days easter{EasterSunday(y)};
  builder.Add(CivilDate{easter - days{2}}, kGoodFriday);
  if (!scotland) builder.Add(CivilDate{easter + days{1}}, kEasterMonday);

  builder.AddMovable(Movable::kEarlyMay, FirstMonday(y, May), kEarlyMayName);
  builder.AddMovable(Movable::kSpring, LastMonday(y, May), kSpringName);
  if (northern_ireland) {
    builder.AddWithSubstitutes({{y / July / 12, kBoyne, kBoyneSubstitute}});
  }
  builder.Add(scotland ? FirstMonday(y, August) : LastMonday(y, August), kSummer);
  if (scotland && static_cast<int>(y) >= kFirstStAndrewsDayYear) {
    builder.AddWithSubstitutes({{y / November / 30, kStAndrew, kStAndrewSubstitute}});
  }
  builder.AddWithSubstitutes({{y / December / 25, kChristmas, kChristmasSubstitute},
                              {y / December / 26, kBoxingDay, kBoxingDaySubstitute}});
  return std::move(builder).Finish();
}

}  // namespace casereview
