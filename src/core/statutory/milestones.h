// A review's statutory milestones and their due dates, from the referral's
// assessment, the decision and the planned publication date, on the working-day
// calendar of the review's nation. Pure: `today` comes in as a parameter.
// Sources: DOMAIN.md 1.2 (WT2023: notification within 5 working days, rapid
// review within 15, LCSPR completed and published within 6 months of the
// decision, the report to the Panel and Secretary of State at least 7 working
// days before publication), 4 (SAR and DHR timescales, [R]) and 3 (Scotland [R]).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/enum_names.h"
#include "core/records/case_records.h"
#include "core/statutory/incident.h"
#include "core/time/civil_date.h"

namespace casereview {

enum class MilestoneId {
  kNotification,  // the Panel (or national body) told of the incident
  kRapidReview,   // the rapid review completed and sent to the Panel
  kDecision,      // the decision whether (and how) to review
  kSubmission,    // the report sent to the Panel and Secretary of State before publication
  kPublication,   // the review completed and published
};

inline constexpr EnumNames<MilestoneId, 5> kMilestoneIds{{{
    {MilestoneId::kNotification, "notification"},
    {MilestoneId::kRapidReview, "rapid_review"},
    {MilestoneId::kDecision, "decision"},
    {MilestoneId::kSubmission, "submission"},
    {MilestoneId::kPublication, "publication"},
}}};

// What the milestones are computed from: the review's record.
struct MilestoneFacts {
  Nation nation = Nation::kEngland;
  Subject subject = Subject::kChild;
  std::optional<DecisionOutcome> review_type;
  bool domestic_homicide = false;  // the referral's assessment names a domestic homicide review
  CivilDate aware_on;
  std::optional<CivilDate> notify_due;  // from the referral's assessment
  std::optional<CivilDate> notified_on;
  std::optional<CivilDate> rapid_review_due;  // from the referral's assessment
  std::optional<CivilDate> rapid_review_completed_on;
  std::optional<CivilDate> decided_on;  // the latest decision's date
  std::optional<CivilDate> planned_publication_on;
  std::optional<CivilDate> submitted_on;
  std::optional<CivilDate> published_on;
  int paused_days = 0;                    // completed pauses, whole days
  std::optional<CivilDate> paused_since;  // set while paused
};

enum class MilestoneState {
  kDone,      // done_on is set
  kOverdue,   // due before today and not done
  kDueSoon,   // due today or within the next 14 days
  kUpcoming,  // due later
  kNotDue,    // no due date can be set yet (e.g. no decision, no planned publication)
};

inline constexpr EnumNames<MilestoneState, 5> kMilestoneStates{{{
    {MilestoneState::kDone, "done"},
    {MilestoneState::kOverdue, "overdue"},
    {MilestoneState::kDueSoon, "due_soon"},
    {MilestoneState::kUpcoming, "upcoming"},
    {MilestoneState::kNotDue, "not_due"},
}}};

struct Milestone {
  MilestoneId id;
  std::string_view title;  // in plain words, e.g. "Tell the Panel (serious incident notification)"
  std::string_view basis;  // the statute or guidance, with [R] where not verified
  std::optional<CivilDate> due;
  std::optional<CivilDate> done_on;
  MilestoneState state = MilestoneState::kNotDue;
};

// The milestones that apply to the review, in the order they fall due, each
// with its state as of `today`. Pauses never move a due date: the time paused
// is reported beside it (PausedDays), not absorbed.
std::vector<Milestone> Milestones(const MilestoneFacts& facts, CivilDate today);

// The state of a milestone due on `due` (if known) and done on `done_on` (if done).
MilestoneState StateOn(std::optional<CivilDate> due, std::optional<CivilDate> done_on,
                       CivilDate today);

// Whole days the review has spent paused up to `today` (completed pauses plus
// the current one).
int PausedDays(const MilestoneFacts& facts, CivilDate today);

}  // namespace casereview
