// ActionPlans: the append-only progress log of an action, reported by its agency.
#include <map>
#include <utility>

#include "app/actions/action_plans.h"
#include "app/actions/action_store.h"
#include "app/platform/london_time.h"
#include "app/reviews/review_use_case.h"
#include "core/access/review_policy.h"
#include "core/records/action_progress.h"

namespace casereview::app {

Result<ActionUpdate> ActionPlans::AddProgress(const Principal& principal, const Actor& actor,
                                              std::int64_t action_id, const NewProgress& progress) {
  constexpr std::string_view kMessage = "the progress update is not valid";
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  const CivilDate today = LondonDate(now);
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<ActionUpdate> {
    auto visible = action_store::LoadVisibleAction(tx, principal, action_id, today);
    if (!visible) return Failure(visible);
    const Action& action = *visible;
    return ChangeReviewIn(
        tx, principal, actor, now, action.review_id, ChangeRight::kSee,
        [&](ReviewChange& change) -> Result<ActionUpdate> {
          if (!MayReportProgress(principal.roles, principal.agency_id, action.agency_id)) {
            return Fail(ErrorCode::kForbidden,
                        "only the action's own agency may report its progress");
          }
          const bool changes_status = progress.status && *progress.status != action.status;
          if (auto valid = CheckProgress(progress.note, progress.status, action.status); !valid) {
            return Failure(valid);
          }
          if (progress.document_id) {
            // An agency lead attaches only their own agency's documents: any
            // other id is no document of theirs, so nothing is learnt by trying ids.
            const auto confined = ConfinedAgency(principal);
            auto document = tx.Query(
                "SELECT 1 FROM document WHERE id = $1 AND review_id = $2 AND "
                "($3 IS NULL OR agency_id = $3)",
                {db::Value(*progress.document_id), db::Value(action.review_id),
                 db::Nullable(confined)});
            if (!document) return Failure(document);
            if (document->empty()) {
              return Invalid(std::string(kMessage), "document_id",
                             "there is no such document in this review");
            }
          }
          const std::string at = FormatInstant(now);
          std::map<std::string, std::string> detail;
          ActionUpdate entry;
          entry.action_id = action_id;
          entry.note = progress.note;
          entry.document_id = progress.document_id;
          entry.by_user_id = actor.user_id;
          entry.at = at;
          if (changes_status) {
            entry.status_from = action.status;
            entry.status_to = *progress.status;
            auto changed = tx.Execute(
                "UPDATE action SET status = $1, updated_at = $2, version = version + 1 "
                "WHERE id = $3",
                {db::Value(action_store::StatusName(*progress.status)), db::Value(at),
                 db::Value(action_id)});
            if (!changed) return Failure(changed);
            detail["status_from"] = action_store::StatusName(action.status);
            detail["status_to"] = action_store::StatusName(*progress.status);
          }
          auto appended = action_store::AppendUpdate(tx, entry);
          if (!appended) return appended;
          detail["update_id"] = std::to_string(appended->id);
          if (progress.document_id) detail["document_id"] = std::to_string(*progress.document_id);
          change.Record("action.progress_added", "action", std::to_string(action_id),
                        std::move(detail));
          return appended;
        });
  });
}

}  // namespace casereview::app
