// ReviewChanges: the decision whether to hold a review (DOMAIN.md 8).
#include <fmt/format.h>

#include "app/platform/london_time.h"
#include "app/reviews/review_changes.h"
#include "app/reviews/review_steps.h"
#include "core/access/review_policy.h"
#include "db/rows.h"

namespace casereview::app {

using db::Value;

Result<ReviewDetail> ReviewChanges::Decide(const Principal& principal, std::int64_t review_id,
                                           const NewDecision& decision, const Actor& actor) {
  return RunChange(
      database_, clock_, principal, actor, review_id, ChangeRight::kSeeInFull,
      [&](ReviewChange& change) -> Result<void> {
        db::Connection& tx = change.tx;
        const Instant now = change.now;
        constexpr std::string_view kWhat = "the decision is not valid";
        auto aware = AwareOn(tx, review_id);
        if (!aware) return Failure(aware);
        const std::optional<CivilDate> aware_on = *aware;
        const CivilDate today = LondonDate(now);
        if (aware_on && decision.decided_on < *aware_on) {
          return Invalid(kWhat, "decided_on", "cannot be before the partnership became aware");
        }
        if (decision.decided_on > today)
          return Invalid(kWhat, "decided_on", "cannot be in the future");
        if (decision.panel_told_on && *decision.panel_told_on < decision.decided_on) {
          return Invalid(kWhat, "panel_told_on", "cannot be before the decision");
        }
        if (decision.panel_told_on && *decision.panel_told_on > today) {
          return Invalid(kWhat, "panel_told_on", "cannot be in the future");
        }
        const std::string at = FormatInstant(now);
        const std::string outcome(kDecisionOutcomes.Name(decision.outcome));
        auto inserted = tx.Query(
            "INSERT INTO decision (review_id, outcome, rationale, decided_by, decided_on, "
            "panel_told_on, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
            "RETURNING id",
            {Value(review_id), Value(outcome), Value(decision.rationale),
             Value(decision.decided_by), Value(FormatCivilDate(decision.decided_on)),
             db::Nullable(decision.panel_told_on), Value(principal.user_id), Value(at)});
        if (!inserted) return Failure(inserted);
        auto typed = tx.Execute(
            "UPDATE review SET review_type = $1 WHERE id = $2",
            {decision.outcome == DecisionOutcome::kNoReview ? Value(nullptr) : Value(outcome),
             Value(review_id)});
        if (!typed) return Failure(typed);
        if (auto touched = Touch(tx, review_id, at); !touched) return touched;
        change.Record("decision.recorded", "review", std::to_string(review_id),
                      {{"decision_id", std::to_string(inserted->front().Int(0).value_or(0))},
                       {"outcome", outcome}});
        return {};
      });
}

}  // namespace casereview::app
