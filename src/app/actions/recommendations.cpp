// ActionPlans: a review's recommendations, each with its action plan.
#include <fmt/format.h>

#include "app/actions/action_plans.h"
#include "app/actions/action_store.h"
#include "app/platform/london_time.h"
#include "app/platform/text_list.h"
#include "app/reviews/review_use_case.h"
#include "db/rows.h"

namespace casereview::app {
namespace {

using db::Value;

constexpr std::string_view kRecommendationColumns =
    "id, review_id, number, text, target, target_agency_id, themes, created_at";

Recommendation ReadRecommendation(db::RowReader& row) {
  Recommendation recommendation;
  recommendation.id = row.Int("id");
  recommendation.review_id = row.Int("review_id");
  recommendation.number = row.Int("number");
  recommendation.text = row.Text("text");
  recommendation.target = row.Enum("target", kRecommendationTargets);
  recommendation.target_agency_id = row.OptionalInt("target_agency_id");
  recommendation.themes = TextListFromJson(row.OptionalText("themes"));
  recommendation.created_at = row.Text("created_at");
  return recommendation;
}

// The number a new recommendation takes: the one asked for when it is free
// (kConflict otherwise), else one more than the review's highest.
Result<std::int64_t> NumberFor(db::Connection& tx, std::int64_t review_id,
                               const std::optional<std::int64_t>& asked) {
  if (asked) {
    auto taken = tx.Query("SELECT 1 FROM recommendation WHERE review_id = $1 AND number = $2",
                          {Value(review_id), Value(*asked)});
    if (!taken) return Failure(taken);
    if (!taken->empty()) {
      return std::unexpected(Error{ErrorCode::kConflict,
                                   "the review already has a recommendation with that number",
                                   {{"number", "is already in use in this review"}}});
    }
    return *asked;
  }
  auto highest = db::QueryOne(
      tx, "SELECT COALESCE(MAX(number), 0) AS highest FROM recommendation WHERE review_id = $1",
      {Value(review_id)}, [](db::RowReader& row) { return row.Int("highest"); });
  if (!highest) return std::unexpected(highest.error());
  return highest->value_or(0) + 1;
}

}  // namespace

Result<Recommendation> ActionPlans::AddRecommendation(const Principal& principal,
                                                      const Actor& actor, std::int64_t review_id,
                                                      const NewRecommendation& recommendation) {
  constexpr std::string_view kMessage = "the recommendation is not valid";
  return ChangeReview(
      database_, clock_, principal, actor, review_id, ChangeRight::kEdit,
      [&](ReviewChange& change) -> Result<Recommendation> {
        const bool for_agency = recommendation.target == RecommendationTarget::kAgency;
        if (for_agency && !recommendation.target_agency_id) {
          return Invalid(std::string(kMessage), "target_agency_id",
                         "is required when the target is an agency");
        }
        if (!for_agency && recommendation.target_agency_id) {
          return Invalid(std::string(kMessage), "target_agency_id",
                         "must be left out unless the target is an agency");
        }
        if (for_agency) {
          if (auto agency =
                  action_store::CheckAgency(change.tx, principal, *recommendation.target_agency_id,
                                            kMessage, "target_agency_id");
              !agency) {
            return Failure(agency);
          }
        }
        auto number = NumberFor(change.tx, review_id, recommendation.number);
        if (!number) return Failure(number);
        auto created = db::QueryOne(
            change.tx,
            fmt::format("INSERT INTO recommendation (review_id, number, text, target, "
                        "target_agency_id, themes, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) "
                        "RETURNING {}",
                        kRecommendationColumns),
            {Value(review_id), Value(*number), Value(recommendation.text),
             Value(std::string(kRecommendationTargets.Name(recommendation.target))),
             db::Nullable(recommendation.target_agency_id),
             Value(TextListToJson(recommendation.themes)), Value(FormatInstant(change.now))},
            ReadRecommendation);
        if (!created) return std::unexpected(created.error());
        if (!*created) {
          return Fail(ErrorCode::kInternal, "database: the recommendation was not added");
        }
        change.Record("recommendation.created", "recommendation", std::to_string((*created)->id),
                      {{"review_id", std::to_string(review_id)},
                       {"number", std::to_string(*number)},
                       {"target", std::string(kRecommendationTargets.Name((*created)->target))}});
        return std::move(**created);
      });
}

Result<std::vector<RecommendationPlan>> ActionPlans::ListRecommendations(const Principal& principal,
                                                                         const Actor& actor,
                                                                         std::int64_t review_id) {
  const CivilDate today = TodayInLondon(clock_);
  return ReadReview(
      database_, clock_, principal, actor, review_id, ReviewView::kSummary, "recommendations",
      [&](db::Connection& connection) -> Result<std::vector<RecommendationPlan>> {
        auto recommendations = db::QueryAll(
            connection,
            fmt::format("SELECT {} FROM recommendation WHERE review_id = $1 ORDER BY number",
                        kRecommendationColumns),
            {Value(review_id)}, ReadRecommendation);
        if (!recommendations) return Failure(recommendations);
        auto actions = action_store::ActionsOfReview(connection, principal, review_id, today);
        if (!actions) return Failure(actions);
        const auto confined = ConfinedAgency(principal);
        std::vector<RecommendationPlan> plans;
        for (auto& recommendation : *recommendations) {
          RecommendationPlan plan{std::move(recommendation), {}};
          for (const auto& action : *actions) {
            if (action.recommendation_id == plan.recommendation.id) plan.actions.push_back(action);
          }
          // An agency lead sees only the recommendations their agency acts on.
          const bool theirs = !confined || !plan.actions.empty() ||
                              plan.recommendation.target_agency_id == confined;
          if (theirs) plans.push_back(std::move(plan));
        }
        return plans;
      });
}

}  // namespace casereview::app
