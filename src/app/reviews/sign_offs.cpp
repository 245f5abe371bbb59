// ReviewChanges: the partners' sign-off of the final report.
#include <fmt/format.h>

#include "app/documents/documents.h"
#include "app/reviews/review_changes.h"
#include "app/reviews/review_steps.h"
#include "core/access/review_policy.h"
#include "db/rows.h"

namespace casereview::app {

using db::Value;

Result<ReviewDetail> ReviewChanges::SignOff(const Principal& principal, std::int64_t review_id,
                                            const NewSignOff& sign_off, const Actor& actor) {
  return RunChange(
      database_, clock_, principal, actor, review_id, ChangeRight::kSeeInFull,
      [&](ReviewChange& change) -> Result<void> {
        db::Connection& tx = change.tx;
        const Instant now = change.now;
        auto stage = db::QueryOne(tx, "SELECT stage FROM review WHERE id = $1", {Value(review_id)},
                                  [](db::RowReader& row) { return row.Enum("stage", kStages); });
        if (!stage) return Failure(stage);
        const std::optional<Stage> at_stage = *stage;
        if (at_stage != Stage::kSignOff) {
          return Fail(ErrorCode::kConflict,
                      fmt::format("partners sign off a review at the sign-off stage; this one is "
                                  "at {}",
                                  StageInWords(at_stage.value_or(Stage::kReferral))));
        }
        auto report = LatestFinalReport(tx, review_id);
        if (!report) return Failure(report);
        // The sign-off is of the version the partner read: a newer one needs reading first.
        if (!*report || (*report)->version_id != sign_off.document_version_id) {
          return Invalid("the sign-off is not valid", "document_version_id",
                         "is not the latest version of the final report: read the latest and "
                         "sign that");
        }
        auto signed_before =
            tx.Query("SELECT 1 FROM sign_off WHERE document_version_id = $1 AND signed_by = $2",
                     {Value(sign_off.document_version_id), Value(principal.user_id)});
        if (!signed_before) return Failure(signed_before);
        if (!signed_before->empty()) {
          return Fail(ErrorCode::kConflict,
                      "you have already signed off this version of the report");
        }
        const std::string at = FormatInstant(now);
        auto inserted = tx.Query(
            "INSERT INTO sign_off (review_id, document_version_id, signed_by, signed_at, note) "
            "VALUES ($1, $2, $3, $4, $5) RETURNING id",
            {Value(review_id), Value(sign_off.document_version_id), Value(principal.user_id),
             Value(at), sign_off.note.empty() ? Value(nullptr) : Value(sign_off.note)});
        if (!inserted) return Failure(inserted);
        if (auto touched = Touch(tx, review_id, at); !touched) return touched;
        change.Record("review.signed_off", "review", std::to_string(review_id),
                      {{"sign_off_id", std::to_string(inserted->front().Int(0).value_or(0))},
                       {"document_version_id", std::to_string(sign_off.document_version_id)}});
        return {};
      });
}

}  // namespace casereview::app
