// A review's statutory milestones (core/statutory/milestones.h) with a fixed "today".
#include "core/statutory/milestones.h"

#include <gtest/gtest.h>

namespace casereview {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

CivilDate D(int y, unsigned m, unsigned d) { return CivilDate{year{y}, month{m}, day{d}}; }

const Milestone* Find(const std::vector<Milestone>& milestones, MilestoneId id) {
  for (const auto& milestone : milestones) {
    if (milestone.id == id) return &milestone;
  }
  return nullptr;
}

MilestoneFacts EnglandLcspr() {
  MilestoneFacts facts;
  facts.aware_on = D(2026, 3, 3);
  facts.notify_due = D(2026, 3, 10);
  facts.rapid_review_due = D(2026, 3, 24);
  facts.review_type = DecisionOutcome::kLcspr;
  return facts;
}

TEST(Milestones, AnEnglishLcsprHasFiveWithTheirClocks) {
  MilestoneFacts facts = EnglandLcspr();
  facts.notified_on = D(2026, 3, 9);
  facts.decided_on = D(2026, 3, 20);
  facts.planned_publication_on = D(2026, 9, 14);  // a Monday
  const auto milestones = Milestones(facts, D(2026, 4, 1));
  ASSERT_EQ(milestones.size(), 5u);
  EXPECT_EQ(Find(milestones, MilestoneId::kNotification)->state, MilestoneState::kDone);
  EXPECT_EQ(Find(milestones, MilestoneId::kRapidReview)->state, MilestoneState::kOverdue);
  EXPECT_EQ(Find(milestones, MilestoneId::kDecision)->done_on, D(2026, 3, 20));
  // Six months from the decision, clamped like any calendar month.
  EXPECT_EQ(Find(milestones, MilestoneId::kPublication)->due, D(2026, 9, 20));
  // Seven working days before a Monday publication is the Thursday of the week before.
  EXPECT_EQ(Find(milestones, MilestoneId::kSubmission)->due, D(2026, 9, 3));
  EXPECT_EQ(Find(milestones, MilestoneId::kSubmission)->state, MilestoneState::kUpcoming);
}

TEST(Milestones, DueDatesWaitForWhatFixesThem) {
  MilestoneFacts facts = EnglandLcspr();
  const auto milestones = Milestones(facts, D(2026, 3, 5));
  EXPECT_EQ(Find(milestones, MilestoneId::kPublication)->state, MilestoneState::kNotDue);
  EXPECT_EQ(Find(milestones, MilestoneId::kSubmission)->state, MilestoneState::kNotDue);
  EXPECT_EQ(Find(milestones, MilestoneId::kNotification)->state, MilestoneState::kDueSoon);
}

TEST(Milestones, PausesAreShownNotAbsorbed) {
  MilestoneFacts facts = EnglandLcspr();
  facts.decided_on = D(2026, 3, 20);
  facts.paused_days = 10;
  facts.paused_since = D(2026, 6, 1);
  const CivilDate today = D(2026, 6, 11);
  EXPECT_EQ(PausedDays(facts, today), 20);
  const auto milestones = Milestones(facts, today);
  EXPECT_EQ(Find(milestones, MilestoneId::kPublication)->due, D(2026, 9, 20));
}

TEST(Milestones, ReviewsWithoutAPanelSubmissionHaveNone) {
  MilestoneFacts facts;
  facts.nation = Nation::kEngland;
  facts.subject = Subject::kAdult;
  facts.aware_on = D(2026, 3, 3);
  facts.review_type = DecisionOutcome::kSar;
  facts.decided_on = D(2026, 4, 30);
  const auto milestones = Milestones(facts, D(2026, 5, 1));
  EXPECT_EQ(Find(milestones, MilestoneId::kSubmission), nullptr);
  EXPECT_EQ(Find(milestones, MilestoneId::kNotification), nullptr);
  EXPECT_EQ(Find(milestones, MilestoneId::kPublication)->due, D(2026, 10, 30));
}

TEST(Milestones, ADomesticHomicideDecisionIsDueWithinAMonth) {
  MilestoneFacts facts;
  facts.subject = Subject::kAdult;
  facts.aware_on = D(2026, 1, 31);
  facts.domestic_homicide = true;
  const auto milestones = Milestones(facts, D(2026, 2, 1));
  EXPECT_EQ(Find(milestones, MilestoneId::kDecision)->due, D(2026, 2, 28));
}

}  // namespace
}  // namespace casereview
