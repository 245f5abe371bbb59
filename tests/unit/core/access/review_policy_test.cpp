#include "core/access/review_policy.h"

#include <gtest/gtest.h>

#include <vector>

namespace casereview {
namespace {

using Roles = std::vector<Role>;

TEST(ReviewPolicyTest, OnlyAdminsSeeRestrictedReviewsTheyAreNotAssignedTo) {
  EXPECT_TRUE(SeesEveryReview(Roles{Role::kAdmin}));
  for (Role role : {Role::kCoordinator, Role::kPanelMember, Role::kPartner, Role::kReviewer,
                    Role::kAgencyLead}) {
    EXPECT_FALSE(SeesEveryReview(Roles{role})) << RoleName(role);
  }
}

TEST(ReviewPolicyTest, ReviewersAndAgencyLeadsDoNotSeeEveryUnrestrictedReview) {
  for (Role role : {Role::kAdmin, Role::kCoordinator, Role::kPanelMember, Role::kPartner}) {
    EXPECT_TRUE(SeesAllUnrestricted(Roles{role})) << RoleName(role);
  }
  EXPECT_FALSE(SeesAllUnrestricted(Roles{Role::kReviewer}));
  EXPECT_FALSE(SeesAllUnrestricted(Roles{Role::kAgencyLead}));
}

TEST(ReviewPolicyTest, AnAgencyLeadIsConfinedToTheirAgencyUnlessABroaderRoleFreesThem) {
  EXPECT_EQ(ConfinedAgency(Roles{Role::kAgencyLead}, 7), std::optional<std::int64_t>(7));
  // No agency recorded: confined to none, never to everything.
  EXPECT_EQ(ConfinedAgency(Roles{Role::kAgencyLead}, std::nullopt), std::optional<std::int64_t>(0));
  EXPECT_EQ(ConfinedAgency(Roles{Role::kAgencyLead, Role::kCoordinator}, 7), std::nullopt);
  EXPECT_EQ(ConfinedAgency(Roles{Role::kReviewer}, 7), std::nullopt);
}

TEST(ReviewPolicyTest, AnAgencyLeadSeesASummaryAndAnAssignedReviewerTheWhole) {
  EXPECT_TRUE(RightsOnReview(Roles{Role::kAgencyLead}, /*assigned=*/true).summary_only);
  EXPECT_TRUE(RightsOnReview(Roles{Role::kReviewer}, /*assigned=*/false).summary_only);
  const ReviewRights reviewer = RightsOnReview(Roles{Role::kReviewer}, /*assigned=*/true);
  EXPECT_FALSE(reviewer.summary_only);
  EXPECT_TRUE(reviewer.may_edit);
  EXPECT_TRUE(reviewer.may_read_people);
  const ReviewRights panel = RightsOnReview(Roles{Role::kPanelMember}, /*assigned=*/false);
  EXPECT_FALSE(panel.summary_only);
  EXPECT_FALSE(panel.may_read_people);
  const ReviewRights coordinator = RightsOnReview(Roles{Role::kCoordinator}, /*assigned=*/false);
  EXPECT_TRUE(coordinator.may_edit);
  EXPECT_TRUE(coordinator.may_read_people);
}

TEST(ReviewPolicyTest, OnlyCoordinatorsAndAdminsDecideWhoJoinsAReview) {
  EXPECT_TRUE(ManagesReviewMembers(Roles{Role::kAdmin}));
  EXPECT_TRUE(ManagesReviewMembers(Roles{Role::kCoordinator}));
  for (Role role : {Role::kPanelMember, Role::kPartner, Role::kReviewer, Role::kAgencyLead}) {
    EXPECT_FALSE(ManagesReviewMembers(Roles{role})) << RoleName(role);
  }
  EXPECT_FALSE(KeepsSightOfRestrictedReviews(Roles{Role::kAdmin}));
  EXPECT_TRUE(KeepsSightOfRestrictedReviews(Roles{Role::kCoordinator}));
}

TEST(ReviewPolicyTest, AnAgencyLeadReportsProgressOnTheirOwnAgencysActionsOnly) {
  EXPECT_TRUE(MayReportProgress(Roles{Role::kAgencyLead}, 3, 3));
  EXPECT_FALSE(MayReportProgress(Roles{Role::kAgencyLead}, 3, 4));
  EXPECT_FALSE(MayReportProgress(Roles{Role::kAgencyLead}, std::nullopt, 4));
  EXPECT_TRUE(MayReportProgress(Roles{Role::kCoordinator}, std::nullopt, 4));
  EXPECT_FALSE(MayReportProgress(Roles{Role::kPanelMember}, std::nullopt, 4));
}

}  // namespace
}  // namespace casereview
