// What a review learned and what the partnership does about it: findings,
// recommendations, their action plans, progress on each action, and the
// partnership's RAG thresholds (DOMAIN.md 8, monitoring). RAG is computed on
// read from the action's status and due date, "today" being the UK civil date.
//
// Record-level rules (docs/security.md): reading needs the review to be
// visible (AccessReview; kNotFound otherwise); findings, recommendations and
// actions are written by callers who may edit the review (kForbidden
// otherwise). An agency lead without a broader role sees only their own
// agency's actions. Progress is added by holders of update_agency_actions:
// admins and coordinators on any visible action, agency leads on their own
// agency's (kForbidden on another's action they can see).
//
// Every write is one transaction with its audit event; audit details hold ids,
// field names and status names only. Blocking: call from a worker pool.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/identity/principal.h"
#include "app/platform/change_generation.h"
#include "app/platform/clock.h"
#include "core/error.h"
#include "core/records/case_records.h"
#include "core/records/rag.h"
#include "core/time/civil_date.h"
#include "db/connection_pool.h"

namespace casereview::app {

struct Finding {
  std::int64_t id = 0;
  std::int64_t review_id = 0;
  std::string text;
  std::vector<std::string> themes;
  std::string created_at;
};

// Lengths are checked by the caller (text 1..20000, up to 20 themes of 1..100).
struct NewFinding {
  std::string text;
  std::vector<std::string> themes;
};

struct Recommendation {
  std::int64_t id = 0;
  std::int64_t review_id = 0;
  std::int64_t number = 0;
  std::string text;
  RecommendationTarget target = RecommendationTarget::kPartnership;
  std::optional<std::int64_t> target_agency_id;
  std::vector<std::string> themes;
  std::string created_at;
};

struct NewRecommendation {
  std::optional<std::int64_t> number;  // none: one more than the review's highest
  std::string text;
  RecommendationTarget target = RecommendationTarget::kPartnership;
  std::optional<std::int64_t> target_agency_id;  // exactly when target is kAgency
  std::vector<std::string> themes;
};

struct Action {
  std::int64_t id = 0;
  std::int64_t recommendation_id = 0;
  std::int64_t review_id = 0;
  std::string review_pseudonym;  // the review's name, for lists across reviews
  std::int64_t agency_id = 0;
  std::string owner;
  std::string description;
  std::string success_measure;
  CivilDate due_on;
  ActionStatus status = ActionStatus::kNotStarted;
  Rag rag = Rag::kGreen;
  std::string created_at;
  std::string updated_at;
  std::int64_t version = 1;
};

struct NewAction {
  std::int64_t agency_id = 0;
  std::string owner;
  std::string description;
  std::string success_measure;
  CivilDate due_on;
  ActionStatus status = ActionStatus::kNotStarted;
};

// The fields to change; unset ones stay as they are.
struct ActionChanges {
  std::optional<std::int64_t> agency_id;
  std::optional<std::string> owner;
  std::optional<std::string> description;
  std::optional<std::string> success_measure;
  std::optional<CivilDate> due_on;
  std::optional<ActionStatus> status;
};

// One entry of an action's append-only progress log.
struct ActionUpdate {
  std::int64_t id = 0;
  std::int64_t action_id = 0;
  std::string note;
  std::optional<ActionStatus> status_from;
  std::optional<ActionStatus> status_to;
  std::optional<std::int64_t> document_id;
  std::optional<std::int64_t> by_user_id;
  std::string at;
};

struct NewProgress {
  std::string note;                    // may be empty when status is set
  std::optional<ActionStatus> status;  // a change of status
  std::optional<std::int64_t> document_id;
};

struct ActionDetail {
  Action action;
  std::vector<ActionUpdate> updates;  // oldest first
};

struct RecommendationPlan {
  Recommendation recommendation;
  std::vector<Action> actions;  // those the caller may see, by id
};

inline constexpr int kDefaultActionPage = 50;
inline constexpr int kMaxActionPage = 200;

struct ActionFilter {
  std::optional<std::int64_t> agency_id;
  std::optional<ActionStatus> status;
  std::optional<Rag> rag;
  std::optional<std::int64_t> review_id;
  std::optional<std::int64_t> after_id;  // the previous page's next_cursor
  int limit = kDefaultActionPage;        // 1..kMaxActionPage
};

struct ActionPage {
  std::vector<Action> items;  // by id
  std::optional<std::int64_t> next_cursor;
  // Names exactly this page's content for caches of its rendering: the same
  // key and generation (app/platform/change_generation.h), the same items.
  std::string key;
  std::int64_t generation = 0;
};

// How many actions are of each RAG rating.
struct RagCounts {
  std::int64_t red = 0;
  std::int64_t amber = 0;
  std::int64_t green = 0;
  std::optional<std::int64_t> agency_id;  // the agency they are confined to (an agency lead's)
};

struct PartnershipSettings {
  std::int64_t partnership_id = 0;
  RagThresholds thresholds;  // defaults when the partnership has set none
  std::int64_t version = 1;
};

class ActionPlans {
 public:
  ActionPlans(db::ConnectionPool& database, const Clock& clock)
      : database_(database), clock_(clock) {}

  Result<Finding> AddFinding(const Principal& principal, const Actor& actor, std::int64_t review_id,
                             const NewFinding& finding);
  // Oldest first.
  Result<std::vector<Finding>> ListFindings(const Principal& principal, const Actor& actor,
                                            std::int64_t review_id);

  // kConflict (field "number") when the number is taken; kInvalid naming
  // target_agency_id when it is missing for target kAgency, set for another
  // target, or not an agency of the caller's partnership.
  Result<Recommendation> AddRecommendation(const Principal& principal, const Actor& actor,
                                           std::int64_t review_id,
                                           const NewRecommendation& recommendation);
  // By number, each with the actions the caller may see.
  Result<std::vector<RecommendationPlan>> ListRecommendations(const Principal& principal,
                                                              const Actor& actor,
                                                              std::int64_t review_id);

  // kInvalid (agency_id) unless the agency is of the caller's partnership.
  Result<Action> AddAction(const Principal& principal, const Actor& actor,
                           std::int64_t recommendation_id, const NewAction& action);
  // kPreconditionFailed, writing nothing, unless the action is at
  // `expected_version`. Bumps the version; a change of status also appends
  // an update recording it.
  Result<Action> UpdateAction(const Principal& principal, const Actor& actor,
                              std::int64_t action_id, std::int64_t expected_version,
                              const ActionChanges& changes);
  // Appends to the progress log (and changes the status, bumping the
  // version, when asked). kInvalid: neither note nor a new status
  // (status), or document_id not a document of the action's review.
  Result<ActionUpdate> AddProgress(const Principal& principal, const Actor& actor,
                                   std::int64_t action_id, const NewProgress& progress);
  Result<ActionDetail> GetAction(const Principal& principal, const Actor& actor,
                                 std::int64_t action_id);
  // Actions of every review the caller can see, by id, a page at a time.
  // A page holding actions of restricted reviews is one audited read (`actor`'s).
  Result<ActionPage> ListActions(const Principal& principal, const Actor& actor,
                                 const ActionFilter& filter);

  // How many of the actions ListActions would give the caller (an agency
  // lead: their agency's) are of each RAG rating today.
  Result<RagCounts> CountByRag(const Principal& principal);

  Result<PartnershipSettings> GetSettings(const Principal& principal);
  // kPreconditionFailed unless the settings are at `expected_version`.
  Result<PartnershipSettings> UpdateSettings(const Principal& principal, const Actor& actor,
                                             std::int64_t expected_version,
                                             const RagThresholds& thresholds);

 private:
  // A page of actions with the restricted reviews it shows (whose read is
  // audited on every request, cached or not).
  struct ListedPage {
    ActionPage page;
    std::vector<std::int64_t> restricted;
  };

  Result<ListedPage> ReadActionPage(db::Connection& connection, const Principal& principal,
                                    const ActionFilter& filter, CivilDate today);
  Result<RagCounts> CountRags(db::Connection& connection, const Principal& principal,
                              CivilDate today);

  db::ConnectionPool& database_;
  const Clock& clock_;
  GenerationCache<RagCounts> rag_counts_;
  GenerationCache<ListedPage> pages_;
};

}  // namespace casereview::app
