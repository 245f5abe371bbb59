#include "core/time/civil_date.h"

#include <gtest/gtest.h>

namespace casereview {
namespace {

using namespace std::chrono;

TEST(CivilDate, ParsesRealDays) {
  EXPECT_EQ(ParseCivilDate("2026-03-02"), CivilDate(2026y / March / 2));
  EXPECT_EQ(ParseCivilDate("2024-02-29"), CivilDate(2024y / February / 29));
  EXPECT_EQ(ParseCivilDate("1990-01-01"), CivilDate(1990y / January / 1));
}

TEST(CivilDate, RejectsImpossibleAndMalformedText) {
  for (const char* text : {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-01-00",
                           "2026-1-01", "2026/01/01", "26-01-01", "2026-01-01T00:00", "",
                           "2026-01-0a", " 2026-01-01", "+202-01-01"}) {
    EXPECT_FALSE(ParseCivilDate(text).has_value()) << text;
  }
}

TEST(CivilDate, FormatsAsIso) {
  EXPECT_EQ(FormatCivilDate(2026y / March / 2), "2026-03-02");
  EXPECT_EQ(FormatCivilDate(1999y / December / 31), "1999-12-31");
}

}  // namespace
}  // namespace casereview
