// ReviewChanges: moving a review between its stages (core/statutory/review_stage.h).
#include <fmt/format.h>

#include "app/documents/documents.h"
#include "app/platform/london_time.h"
#include "app/reviews/review_changes.h"
#include "app/reviews/review_steps.h"
#include "core/access/review_policy.h"
#include "core/records/rag.h"

namespace casereview::app {

using db::Value;

namespace {

// The facts the stage guard rails weigh.
Result<StageFacts> LoadStageFacts(db::Connection& tx, std::int64_t review_id) {
  auto rows = tx.Query(
      "SELECT r.stage, r.paused_from, "
      "(SELECT d.outcome FROM decision d WHERE d.review_id = r.id ORDER BY d.id DESC LIMIT 1), "
      "r.tor_scope_start IS NOT NULL AND r.tor_scope_end IS NOT NULL AND "
      "coalesce(r.tor_lines_of_enquiry, '[]') <> '[]', "
      "EXISTS (SELECT 1 FROM review_member m WHERE m.review_id = r.id AND m.role = 'reviewer'), "
      "(SELECT count(*) FROM action x WHERE x.review_id = r.id AND "
      "        x.status IN ('not_started', 'in_progress')), "
      "r.nation = 'england' AND r.subject = 'child' "
      "FROM review r WHERE r.id = $1",
      {Value(review_id)});
  if (!rows) return Failure(rows);
  if (rows->empty()) return Fail(ErrorCode::kNotFound, "there is no such review");
  const db::Row& row = rows->front();
  StageFacts facts;
  facts.stage = kStages.Parse(row.Text(0).value_or("")).value_or(Stage::kReferral);
  if (const auto from = row.Text(1)) facts.paused_from = kStages.Parse(*from);
  if (const auto outcome = row.Text(2)) facts.decision = kDecisionOutcomes.Parse(*outcome);
  facts.has_terms_of_reference = row.Int(3).value_or(0) != 0;
  facts.has_reviewer = row.Int(4).value_or(0) != 0;
  facts.open_actions = static_cast<int>(row.Int(5).value_or(0));
  facts.rapid_review_required = row.Int(6).value_or(0) != 0;
  auto final_report = LatestFinalReport(tx, review_id);
  if (!final_report) return Failure(final_report);
  facts.has_final_report = final_report->has_value();
  if (*final_report) {
    auto signed_off =
        tx.Query("SELECT EXISTS (SELECT 1 FROM sign_off WHERE document_version_id = $1)",
                 {Value((*final_report)->version_id)});
    if (!signed_off) return Failure(signed_off);
    facts.has_sign_off = signed_off->front().Int(0).value_or(0) != 0;
  }
  return facts;
}

}  // namespace

Result<ReviewDetail> ReviewChanges::ChangeStage(const Principal& principal, std::int64_t review_id,
                                                const StageChange& change,
                                                std::int64_t expected_version, const Actor& actor) {
  return RunChange(
      database_, clock_, principal, actor, review_id, ChangeRight::kEdit,
      [&](ReviewChange& step) -> Result<void> {
        db::Connection& tx = step.tx;
        const Instant now = step.now;
        if (auto fresh = CheckVersion(tx, review_id, expected_version); !fresh) return fresh;
        auto facts = LoadStageFacts(tx, review_id);
        if (!facts) return Failure(facts);
        if (auto allowed = CheckStageChange(*facts, change); !allowed) return allowed;
        const std::string at = FormatInstant(now);
        const CivilDate today = LondonDate(now);
        Result<std::int64_t> updated = 0;
        if (change.to == Stage::kPaused) {
          updated = tx.Execute(
              "UPDATE review SET stage = 'paused', paused_from = stage, pause_reason = $1, "
              "paused_since = $2 WHERE id = $3",
              {Value(change.reason), Value(FormatCivilDate(today)), Value(review_id)});
        } else if (facts->stage == Stage::kPaused) {
          auto since =
              tx.Query("SELECT paused_since FROM review WHERE id = $1", {Value(review_id)});
          if (!since) return Failure(since);
          const auto start = ParseCivilDate(since->front().Text(0).value_or(""));
          const std::int64_t days = start ? std::max(0, DaysBetween(*start, today)) : 0;
          updated = tx.Execute(
              "UPDATE review SET stage = $1, paused_from = NULL, pause_reason = NULL, "
              "paused_since = NULL, paused_days = paused_days + $2 WHERE id = $3",
              {Value(std::string(kStages.Name(change.to))), Value(days), Value(review_id)});
        } else {
          updated = tx.Execute("UPDATE review SET stage = $1 WHERE id = $2",
                               {Value(std::string(kStages.Name(change.to))), Value(review_id)});
        }
        if (!updated) return Failure(updated);
        auto history = tx.Execute(
            "INSERT INTO stage_transition (review_id, from_stage, to_stage, reason, by_user_id, "
            "at, "
            "on_date) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            {Value(review_id), Value(std::string(kStages.Name(facts->stage))),
             Value(std::string(kStages.Name(change.to))),
             change.reason.empty() ? Value(nullptr) : Value(change.reason),
             Value(principal.user_id), Value(at), Value(FormatCivilDate(today))});
        if (!history) return Failure(history);
        if (auto touched = Touch(tx, review_id, at); !touched) return touched;
        step.Record("review.stage_changed", "review", std::to_string(review_id),
                    {{"from", std::string(kStages.Name(facts->stage))},
                     {"to", std::string(kStages.Name(change.to))}});
        return {};
      });
}

}  // namespace casereview::app
