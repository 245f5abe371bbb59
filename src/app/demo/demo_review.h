// Building one fictional demo review through the use cases, stage by stage,
// doing before each stage what its guard rail asks (a decision, terms of
// reference and a reviewer, a final report, a partner's sign-off), so that every audit event and
// check is the real one. Used by app/demo/demo.cpp for the showcase and for the
// generated large partnership. Blocking (database and disk).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "app/actions/action_plans.h"
#include "app/documents/documents.h"
#include "app/identity/principal.h"
#include "app/reviews/referrals.h"
#include "app/reviews/review_changes.h"
#include "core/error.h"
#include "core/records/case_records.h"
#include "core/statutory/incident.h"
#include "core/statutory/review_stage.h"
#include "core/time/civil_date.h"

namespace casereview::app {

// The services and who acts: the demo's coordinator as principal (so that
// they are assigned to the restricted review they open) and the system as
// the audited actor.
struct DemoContext {
  Referrals& referrals;
  ReviewChanges& changes;
  ActionPlans& plans;
  Documents& documents;
  Principal coordinator;
  Principal partner;  // signs off the final reports
  Actor actor = Actor::System();
  CivilDate today;
  std::map<AgencyKind, std::int64_t> agencies;  // one of each kind the demo has
  std::vector<std::int64_t> reviewers;          // user ids of the independent reviewers
  std::int64_t actions_added = 0;               // running count, for the report
};

// Which statuses the actions of a review's plan get.
enum class ActionMix {
  kEveryRag,  // red, amber and green; not started, in progress, completed, cancelled
  kAllDone,   // completed or cancelled only (a review that can close)
};

// One review to build. `stage` is where it ends; kPaused pauses it at
// information gathering; kClosed closes it from monitoring, or at the
// decision stage when `decision` is kNoReview.
struct ReviewPlan {
  std::string pseudonym;  // fictional: "Child A"
  int age_years = 7;
  Subject subject = Subject::kChild;
  Outcome outcome = Outcome::kSeriouslyHarmed;
  int aware_days_ago = 30;
  Stage stage = Stage::kReferral;
  DecisionOutcome decision = DecisionOutcome::kLcspr;
  bool restricted = false;
  int reviewer = 0;  // index into DemoContext::reviewers
  int recommendations = 0;
  int actions_per_recommendation = 0;
  int progress_per_action = 1;
  ActionMix mix = ActionMix::kEveryRag;
  bool documents_once = false;  // identical document bytes for every review (bulk)
};

// Builds the review; returns its id. kConflict or kInvalid from a use case
// means the plan does not fit the guard rails (a bug in the plan).
Result<std::int64_t> BuildReview(DemoContext& context, const ReviewPlan& plan);

// A tiny, valid one-page PDF whose page shows `line` (ASCII).
std::string TinyPdf(std::string_view line);

// `date` moved by `days` (negative: earlier).
CivilDate AddDays(CivilDate date, int days);

}  // namespace casereview::app
