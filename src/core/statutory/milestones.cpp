#include "core/statutory/milestones.h"

#include <chrono>

#include "core/records/rag.h"
#include "core/time/calendar.h"

namespace casereview {
namespace {

constexpr int kDueSoonDays = 14;

bool NeedsSixMonthPublication(DecisionOutcome type) {
  switch (type) {
    case DecisionOutcome::kLcspr:
    case DecisionOutcome::kScr:
    case DecisionOutcome::kSar:
    case DecisionOutcome::kDhr:
    case DecisionOutcome::kCpr:
    case DecisionOutcome::kSusr:
    case DecisionOutcome::kLearningReview:
      return true;
    default:
      return false;
  }
}

std::string_view PublicationBasis(DecisionOutcome type) {
  switch (type) {
    case DecisionOutcome::kLcspr:
      return "Working Together 2023, ch. 5: completed and published within 6 months of the "
             "decision to review";
    case DecisionOutcome::kScr:
      return "Working Together 2015, ch. 4: completed within 6 months of starting";
    case DecisionOutcome::kSar:
      return "Care and support statutory guidance, ch. 14: within 6 months unless there is good "
             "reason [R]";
    case DecisionOutcome::kDhr:
      return "Home Office DHR statutory guidance (2016): within 6 months of the decision [R]";
    case DecisionOutcome::kLearningReview:
      return "National Guidance for Child Protection Committees Undertaking Learning Reviews: "
             "about 6 months [R]";
    default:
      return "Working Together to Safeguard People (Wales): about 6 months [R]";
  }
}

std::optional<CivilDate> DecisionDue(const MilestoneFacts& facts, std::string_view& basis) {
  if (facts.rapid_review_due) {
    basis = "Working Together 2023, ch. 5: the rapid review decides whether to hold an LCSPR";
    return facts.rapid_review_due;
  }
  if (facts.domestic_homicide || facts.review_type == DecisionOutcome::kDhr) {
    basis = "Home Office DHR statutory guidance (2016): decide within one month [R]";
    return AddMonths(facts.aware_on, 1);
  }
  if (facts.nation == Nation::kScotland && facts.subject == Subject::kChild) {
    basis = "Scottish learning review guidance: decision within about 28 days [R]";
    return CivilDate(std::chrono::sys_days(facts.aware_on) + std::chrono::days(28));
  }
  basis = "No statutory timescale: the partnership decides promptly";
  return std::nullopt;
}

}  // namespace

MilestoneState StateOn(std::optional<CivilDate> due, std::optional<CivilDate> done_on,
                       CivilDate today) {
  if (done_on) return MilestoneState::kDone;
  if (!due) return MilestoneState::kNotDue;
  const int days_left = DaysBetween(today, *due);
  if (days_left < 0) return MilestoneState::kOverdue;
  if (days_left <= kDueSoonDays) return MilestoneState::kDueSoon;
  return MilestoneState::kUpcoming;
}

int PausedDays(const MilestoneFacts& facts, CivilDate today) {
  int days = facts.paused_days;
  if (facts.paused_since) days += std::max(0, DaysBetween(*facts.paused_since, today));
  return days;
}

std::vector<Milestone> Milestones(const MilestoneFacts& facts, CivilDate today) {
  std::vector<Milestone> milestones;
  if (facts.notify_due || facts.notified_on) {
    milestones.push_back({MilestoneId::kNotification,
                          "Tell the Panel (or national body) of the incident",
                          "Children Act 2004 s16C(1); Working Together 2023: within 5 working "
                          "days of becoming aware",
                          facts.notify_due, facts.notified_on});
  }
  if (facts.rapid_review_due || facts.rapid_review_completed_on) {
    milestones.push_back({MilestoneId::kRapidReview,
                          "Complete the rapid review and send it to the Panel",
                          "Working Together 2023, ch. 5: within 15 working days of the "
                          "notification",
                          facts.rapid_review_due, facts.rapid_review_completed_on});
  }
  std::string_view decision_basis;
  const auto decision_due = DecisionDue(facts, decision_basis);
  milestones.push_back({MilestoneId::kDecision, "Decide whether to review", decision_basis,
                        decision_due, facts.decided_on});

  const bool to_publish = facts.review_type && NeedsSixMonthPublication(*facts.review_type);
  const bool to_panel =
      facts.nation == Nation::kEngland &&
      (facts.review_type == DecisionOutcome::kLcspr || facts.review_type == DecisionOutcome::kScr);
  if (to_panel) {
    std::optional<CivilDate> due;
    if (facts.planned_publication_on) {
      const auto& calendar = CalendarFor(JurisdictionOf(facts.nation));
      if (auto before = calendar.AddWorkingDays(*facts.planned_publication_on, -7)) due = *before;
    }
    milestones.push_back({MilestoneId::kSubmission,
                          "Send the report to the Panel and the Secretary of State",
                          "Working Together 2023, ch. 5: at least 7 working days before "
                          "publication",
                          due, facts.submitted_on});
  }
  if (to_publish) {
    std::optional<CivilDate> due;
    if (facts.decided_on) due = AddMonths(*facts.decided_on, 6);
    milestones.push_back({MilestoneId::kPublication, "Complete and publish the review",
                          PublicationBasis(*facts.review_type), due, facts.published_on});
  }
  for (auto& milestone : milestones) {
    milestone.state = StateOn(milestone.due, milestone.done_on, today);
  }
  return milestones;
}

}  // namespace casereview
