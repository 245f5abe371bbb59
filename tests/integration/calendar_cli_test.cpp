// casereview holidays and casereview clock, run as a user would.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "integration/server_process.h"

namespace casereview::testing {
namespace {

void ExpectBadInput(const std::vector<std::string>& args, const std::string& named) {
  const auto result = RunCasereview(args);
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_TRUE(result.out.empty()) << result.out;
  EXPECT_NE(result.err.find(named), std::string::npos) << "stderr should name " << named << ":\n"
                                                       << result.err;
}

TEST(HolidaysCommand, PrintsTheYearsBankHolidaysTabSeparatedInDateOrder) {
  const auto result = RunCasereview({"holidays", "--jurisdiction", "scotland", "--year", "2027"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "2027-01-01\tNew Year's Day\n"
            "2027-01-04\t2nd January (substitute day)\n"
            "2027-03-26\tGood Friday\n"
            "2027-05-03\tEarly May bank holiday\n"
            "2027-05-31\tSpring bank holiday\n"
            "2027-08-02\tSummer bank holiday\n"
            "2027-11-30\tSt Andrew's Day\n"
            "2027-12-27\tChristmas Day (substitute day)\n"
            "2027-12-28\tBoxing Day (substitute day)\n");
  EXPECT_TRUE(result.err.empty()) << result.err;
}

TEST(HolidaysCommand, EachJurisdictionHasItsOwnList) {
  const auto ni =
      RunCasereview({"holidays", "--jurisdiction", "northern_ireland", "--year", "2026"});
  ASSERT_EQ(ni.exit_code, 0) << ni.err;
  EXPECT_NE(ni.out.find("2026-03-17\tSt Patrick's Day\n"), std::string::npos) << ni.out;
  EXPECT_NE(ni.out.find("2026-07-13\t"), std::string::npos) << ni.out;
  const auto ew = RunCasereview({"holidays", "--jurisdiction", "england_wales", "--year", "1990"});
  ASSERT_EQ(ew.exit_code, 0) << ew.err;
  EXPECT_EQ(ew.out.substr(0, 26), "1990-01-01\tNew Year's Day\n");
  EXPECT_EQ(ew.out.find("St Patrick"), std::string::npos);
}

TEST(HolidaysCommand, BadInputNamesTheFlagAndExitsTwo) {
  ExpectBadInput({"holidays", "--jurisdiction", "wales", "--year", "2026"}, "--jurisdiction");
  ExpectBadInput({"holidays", "--jurisdiction", "scotland", "--year", "1989"}, "--year");
  ExpectBadInput({"holidays", "--jurisdiction", "scotland", "--year", "2101"}, "--year");
  ExpectBadInput({"holidays", "--jurisdiction", "scotland", "--year", "twenty"}, "--year");
  ExpectBadInput({"holidays", "--jurisdiction", "scotland"}, "--year");
  ExpectBadInput({"holidays", "--year", "2026"}, "--jurisdiction");
}

TEST(ClockCommand, CountsWorkingDays) {
  const auto forward = RunCasereview(
      {"clock", "--jurisdiction", "england_wales", "--from", "2026-12-22", "--working-days", "5"});
  ASSERT_EQ(forward.exit_code, 0) << forward.err;
  EXPECT_EQ(forward.out, "2026-12-31\n");

  const auto backward = RunCasereview(
      {"clock", "--jurisdiction", "england_wales", "--from", "2026-06-01", "--working-days", "-7"});
  ASSERT_EQ(backward.exit_code, 0) << backward.err;
  EXPECT_EQ(backward.out, "2026-05-20\n");

  const auto scotland = RunCasereview(
      {"clock", "--jurisdiction", "scotland", "--from", "2027-03-24", "--working-days=5"});
  ASSERT_EQ(scotland.exit_code, 0) << scotland.err;
  EXPECT_EQ(scotland.out, "2027-04-01\n");
}

TEST(ClockCommand, AddsCalendarMonthsClampedToTheMonthEnd) {
  const auto result = RunCasereview(
      {"clock", "--jurisdiction", "scotland", "--from", "2026-01-31", "--months", "1"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "2026-02-28\n");
  const auto back = RunCasereview(
      {"clock", "--jurisdiction", "scotland", "--from", "2026-03-31", "--months", "-6"});
  ASSERT_EQ(back.exit_code, 0) << back.err;
  EXPECT_EQ(back.out, "2025-09-30\n");
}

TEST(ClockCommand, BadInputNamesTheFlagAndExitsTwo) {
  ExpectBadInput(
      {"clock", "--jurisdiction", "england", "--from", "2026-03-03", "--working-days", "5"},
      "--jurisdiction");
  ExpectBadInput(
      {"clock", "--jurisdiction", "scotland", "--from", "2026-02-30", "--working-days", "5"},
      "--from");
  ExpectBadInput({"clock", "--jurisdiction", "scotland", "--from", "3 March", "--months", "1"},
                 "--from");
  ExpectBadInput(
      {"clock", "--jurisdiction", "scotland", "--from", "1989-12-29", "--working-days", "5"},
      "--from");
  ExpectBadInput({"clock", "--jurisdiction", "scotland", "--from", "2026-03-03"},
                 "--working-days or --months");
  ExpectBadInput({"clock", "--jurisdiction", "scotland", "--from", "2026-03-03", "--working-days",
                  "5", "--months", "1"},
                 "--working-days and --months");
  ExpectBadInput(
      {"clock", "--jurisdiction", "scotland", "--from", "2100-12-24", "--working-days", "10"},
      "--working-days");
  ExpectBadInput(
      {"clock", "--jurisdiction", "scotland", "--from", "2026-03-03", "--working-days", "five"},
      "--working-days");
  ExpectBadInput({"clock", "--jurisdiction", "scotland", "--working-days", "5"}, "--from");
}

}  // namespace
}  // namespace casereview::testing
