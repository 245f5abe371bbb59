// ActionPlans: the partnership's RAG thresholds.
#include "app/actions/action_plans.h"
#include "app/actions/action_store.h"
#include "app/audit/audit_trail.h"

namespace casereview::app {

Result<PartnershipSettings> ActionPlans::GetSettings(const Principal& principal) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  return action_store::LoadSettings(**connection, principal.partnership_id);
}

Result<PartnershipSettings> ActionPlans::UpdateSettings(const Principal& principal,
                                                        const Actor& actor,
                                                        std::int64_t expected_version,
                                                        const RagThresholds& thresholds) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<PartnershipSettings> {
    auto current = action_store::LoadSettings(tx, principal.partnership_id);
    if (!current) return current;
    if (current->version != expected_version) {
      return Fail(ErrorCode::kPreconditionFailed,
                  "the settings were changed meanwhile: reload them and make the change again");
    }
    auto written = tx.Execute(
        "INSERT INTO partnership_setting (partnership_id, rag_red_days, rag_amber_days, version, "
        "updated_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (partnership_id) DO UPDATE SET "
        "rag_red_days = excluded.rag_red_days, rag_amber_days = excluded.rag_amber_days, "
        "version = excluded.version, updated_at = excluded.updated_at",
        {db::Value(principal.partnership_id), db::Value(std::int64_t{thresholds.red_days}),
         db::Value(std::int64_t{thresholds.amber_days}), db::Value(expected_version + 1),
         db::Value(FormatInstant(now))});
    if (!written) return Failure(written);
    if (auto audited = RecordEvent(tx, actor, "partnership.settings_changed", "partnership",
                                   std::to_string(principal.partnership_id), now,
                                   {{"fields", "rag_red_days,rag_amber_days"}});
        !audited) {
      return Failure(audited);
    }
    return action_store::LoadSettings(tx, principal.partnership_id);
  });
}

}  // namespace casereview::app
