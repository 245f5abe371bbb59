// ComputeRag: every branch, the default thresholds' boundaries, custom
// thresholds, and closed actions.
#include <gtest/gtest.h>

#include <chrono>

#include "core/records/rag.h"

namespace casereview {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr CivilDate kToday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{23}};

CivilDate InDays(int count) { return CivilDate{sys_days{kToday} + days{count}}; }

Rag RagIn(ActionStatus status, int days_left, RagThresholds thresholds = {}) {
  return ComputeRag(status, InDays(days_left), kToday, thresholds);
}

TEST(RagTest, DaysBetweenCountsWholeDaysEitherWay) {
  EXPECT_EQ(DaysBetween(kToday, InDays(31)), 31);
  EXPECT_EQ(DaysBetween(kToday, InDays(-3)), -3);
  EXPECT_EQ(DaysBetween(kToday, kToday), 0);
}

TEST(RagTest, NotStartedIsRedWithinRedDaysAndGreenBeyond) {
  EXPECT_EQ(RagIn(ActionStatus::kNotStarted, 0), Rag::kRed);
  EXPECT_EQ(RagIn(ActionStatus::kNotStarted, 14), Rag::kRed);
  EXPECT_EQ(RagIn(ActionStatus::kNotStarted, 15), Rag::kGreen);
  EXPECT_EQ(RagIn(ActionStatus::kNotStarted, 30), Rag::kGreen);
  EXPECT_EQ(RagIn(ActionStatus::kNotStarted, 31), Rag::kGreen);
}

TEST(RagTest, InProgressIsAmberWithinAmberDaysAndGreenBeyond) {
  EXPECT_EQ(RagIn(ActionStatus::kInProgress, 0), Rag::kAmber);
  EXPECT_EQ(RagIn(ActionStatus::kInProgress, 14), Rag::kAmber);
  EXPECT_EQ(RagIn(ActionStatus::kInProgress, 15), Rag::kAmber);
  EXPECT_EQ(RagIn(ActionStatus::kInProgress, 30), Rag::kAmber);
  EXPECT_EQ(RagIn(ActionStatus::kInProgress, 31), Rag::kGreen);
}

TEST(RagTest, OverdueOpenActionsAreRed) {
  EXPECT_EQ(RagIn(ActionStatus::kNotStarted, -1), Rag::kRed);
  EXPECT_EQ(RagIn(ActionStatus::kInProgress, -1), Rag::kRed);
  EXPECT_EQ(RagIn(ActionStatus::kInProgress, -400), Rag::kRed);
}

TEST(RagTest, CompletedAndCancelledActionsAreGreenWhateverTheDate) {
  for (const ActionStatus status : {ActionStatus::kCompleted, ActionStatus::kCancelled}) {
    for (const int days_left : {-30, -1, 0, 14, 15, 30, 31}) {
      EXPECT_EQ(RagIn(status, days_left), Rag::kGreen) << days_left;
    }
  }
}

TEST(RagTest, CustomThresholdsMoveTheBoundaries) {
  const RagThresholds thresholds{7, 10};
  EXPECT_EQ(RagIn(ActionStatus::kNotStarted, 7, thresholds), Rag::kRed);
  EXPECT_EQ(RagIn(ActionStatus::kNotStarted, 8, thresholds), Rag::kGreen);
  EXPECT_EQ(RagIn(ActionStatus::kInProgress, 10, thresholds), Rag::kAmber);
  EXPECT_EQ(RagIn(ActionStatus::kInProgress, 11, thresholds), Rag::kGreen);
  const RagThresholds none{0, 0};
  EXPECT_EQ(RagIn(ActionStatus::kNotStarted, 0, none), Rag::kRed);
  EXPECT_EQ(RagIn(ActionStatus::kNotStarted, 1, none), Rag::kGreen);
  EXPECT_EQ(RagIn(ActionStatus::kInProgress, 0, none), Rag::kAmber);
  EXPECT_EQ(RagIn(ActionStatus::kInProgress, 1, none), Rag::kGreen);
}

TEST(RagTest, WireNamesAreStable) {
  EXPECT_EQ(kRags.Name(Rag::kRed), "red");
  EXPECT_EQ(kRags.Name(Rag::kAmber), "amber");
  EXPECT_EQ(kRags.Name(Rag::kGreen), "green");
}

}  // namespace
}  // namespace casereview
