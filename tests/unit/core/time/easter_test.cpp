// Easter Sunday against an independent table.
//
// tests/data/easter_1990_2100.tsv was produced once by tests/data/make_easter_table.py,
// which uses Gauss's Easter formula with its two exceptions (April 19 when d = 29
// and e = 6, as in 2076; April 18 when d = 28, e = 6 and (11M + 11) mod 30 < 19,
// as in 2049). The implementation uses the Meeus ("Anonymous Gregorian")
// computus instead, so the two methods check each other. When the table was
// made it was also compared with python-dateutil's easter() for every year
// (no difference) and with published dates: 2003-04-20, 2007-04-08,
// 2008-03-23, 2011-04-24, 2012-04-08, 2014-04-20, 2019-04-21, 2020-04-12,
// 2025-04-20, 2030-04-21, 2038-04-25 (the latest possible date), 2041-04-21
// and 2052-04-21.
#include "core/time/easter.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <string>

namespace casereview {
namespace {

using namespace std::chrono;

std::map<int, std::string> ReadTable() {
  const std::string path = std::string(CASEREVIEW_TEST_DATA_DIR) + "/easter_1990_2100.tsv";
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::map<int, std::string> table;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.starts_with("year")) continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos) {
      ADD_FAILURE() << "malformed line in " << path << ": " << line;
      continue;
    }
    table[std::stoi(line.substr(0, tab))] = line.substr(tab + 1);
  }
  return table;
}

TEST(Easter, MatchesTheIndependentTableForEveryYearFrom1990To2100) {
  const auto table = ReadTable();
  ASSERT_EQ(table.size(), 111u);
  for (int y = 1990; y <= 2100; ++y) {
    ASSERT_TRUE(table.contains(y)) << y;
    EXPECT_EQ(FormatCivilDate(EasterSunday(year{y})), table.at(y)) << y;
  }
}

TEST(Easter, IsAlwaysASundayFrom22MarchTo25April) {
  for (int y = 1583; y <= 4099; ++y) {
    const CivilDate easter = EasterSunday(year{y});
    ASSERT_TRUE(easter.ok()) << y;
    EXPECT_EQ(weekday{sys_days{easter}}, Sunday) << y;
    EXPECT_GE(sys_days{easter}, sys_days{year{y} / March / 22}) << y;
    EXPECT_LE(sys_days{easter}, sys_days{year{y} / April / 25}) << y;
  }
}

TEST(Easter, KnowsTheExtremeDates) {
  EXPECT_EQ(EasterSunday(2038y), 2038y / April / 25);
  EXPECT_EQ(EasterSunday(2285y), 2285y / March / 22);
  EXPECT_EQ(EasterSunday(1818y), 1818y / March / 22);
  EXPECT_EQ(EasterSunday(1943y), 1943y / April / 25);
}

}  // namespace
}  // namespace casereview
