#include "app/reviews/review_steps.h"

#include "core/access/review_policy.h"
#include "db/rows.h"

namespace casereview::app {

using db::Value;

Result<std::optional<CivilDate>> AwareOn(db::Connection& tx, std::int64_t review_id) {
  auto aware = db::QueryOne(
      tx, "SELECT aware_on FROM review WHERE id = $1", {Value(review_id)},
      [](db::RowReader& row) { return row.OptionalParsed("aware_on", ParseCivilDate); });
  if (!aware) return Failure(aware);
  if (!*aware) return Fail(ErrorCode::kNotFound, "there is no such review");
  return **aware;
}

Result<void> CheckVersion(db::Connection& tx, std::int64_t review_id, std::int64_t expected) {
  auto version = db::QueryOne(tx, "SELECT version FROM review WHERE id = $1", {Value(review_id)},
                              [](db::RowReader& row) { return row.Int("version"); });
  if (!version) return Failure(version);
  if (!*version || **version != expected) {
    return Fail(ErrorCode::kPreconditionFailed,
                "the review was changed by someone else: reload it and make the change again");
  }
  return {};
}

Result<void> CheckManagesMembers(const Principal& principal) {
  if (ManagesReviewMembers(principal.roles)) return {};
  return Fail(ErrorCode::kForbidden, "only coordinators and admins assign people to a review");
}

Result<void> Touch(db::Connection& tx, std::int64_t review_id, const std::string& at) {
  auto updated =
      tx.Execute("UPDATE review SET version = version + 1, updated_at = $1 WHERE id = $2",
                 {Value(at), Value(review_id)});
  if (!updated) return Failure(updated);
  return {};
}

}  // namespace casereview::app
