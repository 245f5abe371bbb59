// Changing a review: its details, stage, decision, terms of reference, the
// agencies involved, its members and reviewer, and the family and practitioner
// involvement logs. Each use case is one transaction with its audit event;
// record-level access is app/reviews/case_access.h's. Edits of the review record
// itself take the version the caller read (its ETag) and fail with
// kPreconditionFailed, writing nothing, when it changed meanwhile.
// Blocking (database): call from the worker pool.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/identity/principal.h"
#include "app/platform/clock.h"
#include "app/reviews/reviews.h"
#include "core/error.h"
#include "core/records/case_records.h"
#include "core/statutory/review_stage.h"
#include "core/time/civil_date.h"
#include "db/connection_pool.h"

namespace casereview::app {

// Fields of a review that can be changed directly; unset ones stay as they
// are, and a set optional holding nullopt clears a date.
struct ReviewEdit {
  std::optional<std::string> pseudonym;
  std::optional<bool> restricted;  // coordinators and admins only
  std::optional<std::optional<CivilDate>> notified_on;
  std::optional<std::optional<CivilDate>> rapid_review_completed_on;
  std::optional<std::optional<CivilDate>> planned_publication_on;
  std::optional<std::optional<CivilDate>> submitted_on;
  std::optional<std::optional<CivilDate>> published_on;
};

struct NewDecision {
  DecisionOutcome outcome = DecisionOutcome::kNoReview;
  std::string rationale;   // required: why, including for a decision not to review
  std::string decided_by;  // who decided: "Safeguarding partners", "Independent chair"
  CivilDate decided_on;
  std::optional<CivilDate> panel_told_on;  // the Panel (or national body) was told
};

// A partner's sign-off of the final report's version `document_version_id`,
// with an optional note (at most 2,000 characters).
struct NewSignOff {
  std::int64_t document_version_id = 0;
  std::string note;
};

struct NewMember {
  std::int64_t user_id = 0;
  MemberRole role = MemberRole::kMember;
  // A written reason to appoint a reviewer from an agency involved in the case.
  std::optional<std::string> independence_override;
};

struct NewFamilyEntry {
  std::string family_member;
  FamilyEvent event = FamilyEvent::kInvited;
  CivilDate on;
  std::string note;
};

struct NewPractitionerEntry {
  PractitionerEventKind kind = PractitionerEventKind::kLearningEvent;
  CivilDate held_on;
  int attendees = 0;
  std::string note;
};

// Someone a coordinator may assign to a review: an active user of the partnership.
struct MemberCandidate {
  std::int64_t user_id = 0;
  std::string display_name;
  std::vector<Role> roles;
  std::optional<std::int64_t> agency_id;
  // Works for an agency involved in the review: appointing them as its
  // reviewer needs a written override (reviewer independence).
  bool agency_involved = false;
};

class ReviewChanges {
 public:
  ReviewChanges(db::ConnectionPool& database, const Clock& clock)
      : database_(database), clock_(clock) {}

  // The active users of the caller's partnership, by name, who may be
  // assigned to the review. kForbidden unless the caller assigns members
  // (coordinators, admins); kNotFound as Reviews::Get.
  Result<std::vector<MemberCandidate>> Candidates(const Principal& principal,
                                                  std::int64_t review_id);

  Result<ReviewDetail> Edit(const Principal& principal, std::int64_t review_id,
                            const ReviewEdit& edit, std::int64_t expected_version,
                            const Actor& actor);

  // Moves the review to another stage (core/statutory/review_stage.h's guard rails:
  // kConflict says what is missing). Pausing records the stage left and the
  // day; resuming adds the days paused to the review's total.
  Result<ReviewDetail> ChangeStage(const Principal& principal, std::int64_t review_id,
                                   const StageChange& change, std::int64_t expected_version,
                                   const Actor& actor);

  // Records a decision (the latest one counts); any outcome but no_review
  // sets the review's type. kInvalid when decided_on is before the
  // partnership became aware or after today, or panel_told_on is before it.
  Result<ReviewDetail> Decide(const Principal& principal, std::int64_t review_id,
                              const NewDecision& decision, const Actor& actor);

  // Records the caller's sign-off of the final report (who and when; the
  // route requires the sign_off capability). kConflict unless the review is at
  // the sign-off stage, or when the caller has signed this version already;
  // kInvalid when `document_version_id` is not the latest final report version.
  Result<ReviewDetail> SignOff(const Principal& principal, std::int64_t review_id,
                               const NewSignOff& sign_off, const Actor& actor);

  Result<ReviewDetail> SetTerms(const Principal& principal, std::int64_t review_id,
                                const TermsOfReference& terms, std::int64_t expected_version,
                                const Actor& actor);

  // Replaces the agencies involved. kConflict when an appointed reviewer works
  // for one of them without a recorded override.
  Result<ReviewDetail> SetAgencies(const Principal& principal, std::int64_t review_id,
                                   const std::vector<std::int64_t>& agency_ids,
                                   std::int64_t expected_version, const Actor& actor);

  // Assigns a user of the partnership. A reviewer whose agency is involved in
  // the case is refused (kConflict) unless an override reason is given; the
  // override is audited.
  Result<ReviewDetail> Assign(const Principal& principal, std::int64_t review_id,
                              const NewMember& member, const Actor& actor);
  Result<ReviewDetail> Unassign(const Principal& principal, std::int64_t review_id,
                                std::int64_t user_id, const Actor& actor);

  Result<ReviewDetail> AddFamilyEntry(const Principal& principal, std::int64_t review_id,
                                      const NewFamilyEntry& entry, const Actor& actor);
  Result<ReviewDetail> AddPractitionerEntry(const Principal& principal, std::int64_t review_id,
                                            const NewPractitionerEntry& entry, const Actor& actor);

 private:
  db::ConnectionPool& database_;
  const Clock& clock_;
};

}  // namespace casereview::app
