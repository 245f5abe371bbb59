#include "core/time/instant.h"

#include <gtest/gtest.h>

namespace casereview {
namespace {

using namespace std::chrono;

TEST(Instant, FormatsAsIsoUtcWithMilliseconds) {
  const Instant instant = sys_days{2026y / November / 22} + 23h + 42min + 53s + 120ms;
  EXPECT_EQ(FormatInstant(instant), "2026-11-22T23:42:53.120Z");
  EXPECT_EQ(FormatInstant(Instant{sys_days{1999y / December / 31}}), "1999-12-31T00:00:00.000Z");
}

TEST(Instant, ParsesItsOwnFormOnly) {
  const Instant instant = sys_days{2026y / November / 22} + 23h + 42min + 53s + 120ms;
  EXPECT_EQ(ParseInstant(FormatInstant(instant)), instant);
  for (const char* text : {"2026-11-22T23:42:53Z", "2026-11-22 23:42:53.120Z",
                           "2026-11-22T24:00:00.000Z", "2026-02-30T00:00:00.000Z", ""}) {
    EXPECT_FALSE(ParseInstant(text).has_value()) << text;
  }
}

TEST(Instant, TextSortsInTimeOrder) {
  const Instant earlier = sys_days{2026y / January / 9} + 9h;
  const Instant later = sys_days{2026y / January / 10} + 1h;
  EXPECT_LT(FormatInstant(earlier), FormatInstant(later));
}

}  // namespace
}  // namespace casereview
