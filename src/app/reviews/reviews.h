// Reading reviews: the filtered, paginated list; one review in full (or, for
// an agency lead, its summary); and the deadlines that fall due across the
// reviews a user may see. Record-level access is app/reviews/case_access.h's; a read
// of a restricted review is audited. Blocking: call from the worker pool.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/documents/documents.h"
#include "app/identity/principal.h"
#include "app/platform/change_generation.h"
#include "app/platform/clock.h"
#include "app/reviews/case_access.h"
#include "core/error.h"
#include "core/records/case_records.h"
#include "core/statutory/incident.h"
#include "core/statutory/milestones.h"
#include "core/statutory/review_stage.h"
#include "core/time/civil_date.h"
#include "db/connection_pool.h"

namespace casereview::app {

struct ReviewSummary {
  std::int64_t id = 0;
  std::int64_t referral_id = 0;
  std::string pseudonym;
  std::optional<DecisionOutcome> review_type;
  std::optional<std::string> framework;
  Stage stage = Stage::kReferral;
  std::optional<Stage> paused_from;
  bool restricted = false;
  Nation nation = Nation::kEngland;
  Subject subject = Subject::kChild;
  std::string updated_at;
  std::int64_t version = 1;
  std::vector<Milestone> milestones;  // as of today
  int paused_days = 0;
};

struct TermsOfReference {
  std::optional<CivilDate> scope_start;
  std::optional<CivilDate> scope_end;
  std::vector<std::string> lines_of_enquiry;
  std::string methodology;           // e.g. "SCIE systems model", "SILP"
  std::string parallel_proceedings;  // criminal trial, inquest, ...
  std::optional<CivilDate> agreed_on;

  // Agreed enough to gather information: a scope period and a line of enquiry.
  bool Complete() const { return scope_start && scope_end && !lines_of_enquiry.empty(); }
};

struct InvolvedAgency {
  std::int64_t id = 0;
  std::string name;
  AgencyKind kind = AgencyKind::kOther;
};

struct ReviewMember {
  std::int64_t user_id = 0;
  std::string display_name;
  std::optional<std::int64_t> agency_id;
  MemberRole role = MemberRole::kMember;
  std::optional<std::string> independence_override;
  std::string assigned_at;
};

struct Decision {
  std::int64_t id = 0;
  DecisionOutcome outcome = DecisionOutcome::kNoReview;
  std::string rationale;
  std::string decided_by;
  CivilDate decided_on;
  std::optional<CivilDate> panel_told_on;
  std::string recorded_at;
};

struct StageEntry {
  std::optional<Stage> from;
  Stage to = Stage::kReferral;
  std::string reason;
  std::optional<std::int64_t> by_user_id;
  std::string at;
};

// A safeguarding partner's sign-off of one version of the final report.
struct SignOff {
  std::int64_t id = 0;
  std::int64_t signed_by = 0;
  std::string display_name;
  std::string signed_at;
  std::string note;
  std::int64_t document_version_id = 0;
  bool of_final_report = false;  // of the version that is now the final report
};

struct FamilyEntry {
  std::int64_t id = 0;
  std::string family_member;  // a role label ("Mother"), never a name
  FamilyEvent event = FamilyEvent::kInvited;
  CivilDate on;
  std::string note;
};

struct PractitionerEntry {
  std::int64_t id = 0;
  PractitionerEventKind kind = PractitionerEventKind::kLearningEvent;
  CivilDate held_on;
  int attendees = 0;
  std::string note;
};

struct ReviewDates {
  CivilDate aware_on;
  std::optional<CivilDate> notified_on;
  std::optional<CivilDate> rapid_review_completed_on;
  std::optional<CivilDate> planned_publication_on;
  std::optional<CivilDate> submitted_on;
  std::optional<CivilDate> published_on;
};

struct ReviewDetail {
  ReviewSummary summary;
  bool summary_only = false;  // an agency lead's view: the fields below are empty
  bool may_edit = false;
  bool may_read_people = false;
  ReviewDates dates;
  std::optional<std::string> pause_reason;
  std::optional<CivilDate> paused_since;
  TermsOfReference terms;
  std::vector<InvolvedAgency> agencies;
  std::vector<ReviewMember> members;
  std::vector<Decision> decisions;  // newest first
  std::vector<StageEntry> history;  // oldest first
  std::optional<FinalReport> final_report;
  std::vector<SignOff> sign_offs;  // oldest first
  std::vector<FamilyEntry> family;
  std::vector<PractitionerEntry> practitioners;
};

struct ReviewFilter {
  std::optional<Stage> stage;
  std::optional<DecisionOutcome> review_type;
  std::optional<bool> overdue;  // has (or has not) an overdue milestone
  std::optional<std::int64_t> agency_id;
  std::optional<std::string> text;  // part of the pseudonym, any case
};

struct ReviewPage {
  std::vector<ReviewSummary> items;  // newest first
  std::optional<std::int64_t> next_cursor;
  // Names exactly this page's content for caches of its rendering: the same
  // key and generation (app/platform/change_generation.h), the same items.
  std::string key;
  std::int64_t generation = 0;
};

// A milestone not yet done, of one review.
struct Deadline {
  std::int64_t review_id = 0;
  std::string pseudonym;
  Stage stage = Stage::kReferral;
  MilestoneId milestone = MilestoneId::kDecision;
  std::string title;
  std::string basis;
  CivilDate due;
  MilestoneState state = MilestoneState::kUpcoming;
  bool restricted = false;  // of a restricted review
};

// Where the next page of deadlines starts: after this due date, review and milestone.
struct DeadlineCursor {
  CivilDate due;
  std::int64_t review_id = 0;
  std::string milestone;
};

struct DeadlinePage {
  std::vector<Deadline> items;
  std::optional<DeadlineCursor> next_cursor;
};

inline constexpr int kMaxDeadlinePage = 500;

// How many of the reviews a caller may see are at one stage.
struct StageCount {
  Stage stage = Stage::kReferral;
  std::int64_t count = 0;
};

inline constexpr int kMaxReviewPage = 200;

// Rewrites review `review_id`'s stored milestones from the review as it now
// stands; every use case that changes a review calls it in its transaction.
Result<void> RefreshMilestones(db::Connection& transaction, std::int64_t review_id);

// The review as `principal` may see it, as of `today`, read in the caller's
// transaction or connection; kNotFound when they may not see it.
Result<ReviewDetail> LoadReviewDetail(db::Connection& connection, const Principal& principal,
                                      std::int64_t review_id, CivilDate today);

class Reviews {
 public:
  Reviews(db::ConnectionPool& database, const Clock& clock) : database_(database), clock_(clock) {}

  // Reviews the caller may see that match `filter`, newest first, after the
  // review `cursor` (the previous page's next_cursor), at most `limit` (1..200).
  // A page holding restricted reviews is one audited read (`actor`'s).
  Result<ReviewPage> List(const Principal& principal, const ReviewFilter& filter,
                          std::optional<std::int64_t> cursor, int limit, const Actor& actor);

  // One review; kNotFound when the caller may not see it.
  Result<ReviewDetail> Get(const Principal& principal, std::int64_t review_id, const Actor& actor);

  // The caller's access to a review, with its version (one query): enough to
  // know whether a copy of the review rendered earlier is still what Get
  // would answer. kNotFound as Get.
  Result<ReviewAccess> Access(const Principal& principal, std::int64_t review_id);
  // Audits a read of a restricted review answered from such a copy.
  Result<void> RecordRead(const ReviewAccess& access, const Actor& actor);

  // How many reviews the caller may see are at each stage: every stage, in
  // kStages order, zero included (for "Your work").
  Result<std::vector<StageCount>> CountByStage(const Principal& principal);

  // Milestones not yet done, due within `within_days` of today (overdue ones
  // included), across the open reviews the caller may see, by due date (so
  // overdue first), a page of at most `limit` (1..500) after `cursor`.
  // within_days 0..366.
  // A page holding restricted reviews' deadlines is one audited read.
  Result<DeadlinePage> Deadlines(const Principal& principal, int within_days,
                                 const std::optional<DeadlineCursor>& cursor, int limit,
                                 const Actor& actor);

 private:
  Result<ReviewPage> ReadPage(db::Connection& connection, const Principal& principal,
                              const ReviewFilter& filter, std::optional<std::int64_t> cursor,
                              int limit, CivilDate today);

  db::ConnectionPool& database_;
  const Clock& clock_;
  GenerationCache<ReviewPage> pages_;
  GenerationCache<std::vector<StageCount>> stage_counts_;
};

}  // namespace casereview::app
