#include "core/records/action_progress.h"

#include <gtest/gtest.h>

namespace casereview {
namespace {

TEST(ActionProgressTest, AReportSaysSomethingNewANoteOrAStatus) {
  EXPECT_TRUE(CheckProgress("met with the ward manager", std::nullopt));
  EXPECT_TRUE(CheckProgress("", ActionStatus::kCompleted));
  EXPECT_TRUE(CheckProgress("", ActionStatus::kCompleted, ActionStatus::kInProgress));
  EXPECT_TRUE(CheckProgress("still waiting", ActionStatus::kInProgress, ActionStatus::kInProgress));

  auto empty = CheckProgress("", std::nullopt);
  ASSERT_FALSE(empty);
  ASSERT_EQ(empty.error().fields.size(), 1u);
  EXPECT_EQ(empty.error().fields[0].field, "note");

  auto same = CheckProgress("", ActionStatus::kInProgress, ActionStatus::kInProgress);
  ASSERT_FALSE(same);
  ASSERT_EQ(same.error().fields.size(), 1u);
  EXPECT_EQ(same.error().fields[0].field, "status");
}

}  // namespace
}  // namespace casereview
