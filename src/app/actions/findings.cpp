// ActionPlans: the findings of a review (what it learned).
#include <fmt/format.h>

#include "app/actions/action_plans.h"
#include "app/platform/text_list.h"
#include "app/reviews/review_use_case.h"
#include "db/rows.h"

namespace casereview::app {
namespace {

using db::Value;

constexpr std::string_view kFindingColumns = "id, review_id, text, themes, created_at";

Finding ReadFinding(db::RowReader& row) {
  return Finding{row.Int("id"), row.Int("review_id"), row.Text("text"),
                 TextListFromJson(row.OptionalText("themes")), row.Text("created_at")};
}

}  // namespace

Result<Finding> ActionPlans::AddFinding(const Principal& principal, const Actor& actor,
                                        std::int64_t review_id, const NewFinding& finding) {
  return ChangeReview(
      database_, clock_, principal, actor, review_id, ChangeRight::kEdit,
      [&](ReviewChange& change) -> Result<Finding> {
        auto created =
            db::QueryOne(change.tx,
                         fmt::format("INSERT INTO finding (review_id, text, themes, created_at) "
                                     "VALUES ($1, $2, $3, $4) RETURNING {}",
                                     kFindingColumns),
                         {Value(review_id), Value(finding.text),
                          Value(TextListToJson(finding.themes)), Value(FormatInstant(change.now))},
                         ReadFinding);
        if (!created) return std::unexpected(created.error());
        if (!*created) return Fail(ErrorCode::kInternal, "database: the finding was not added");
        change.Record("finding.created", "finding", std::to_string((*created)->id),
                      {{"review_id", std::to_string(review_id)}});
        return std::move(**created);
      });
}

Result<std::vector<Finding>> ActionPlans::ListFindings(const Principal& principal,
                                                       const Actor& actor, std::int64_t review_id) {
  return ReadReview(
      database_, clock_, principal, actor, review_id, ReviewView::kInFull, "findings",
      [&](db::Connection& connection) {
        return db::QueryAll(
            connection,
            fmt::format("SELECT {} FROM finding WHERE review_id = $1 ORDER BY id", kFindingColumns),
            {Value(review_id)}, ReadFinding);
      });
}

}  // namespace casereview::app
