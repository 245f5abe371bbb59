#include "app/audit/audit_trail.h"

#include "app/audit/audit.h"

namespace casereview::app {

Result<void> RecordEvent(db::Connection& transaction, const Actor& actor, std::string action,
                         std::string target_type, std::string target_id, Instant at,
                         std::map<std::string, std::string> detail) {
  AuditEvent event;
  event.actor_user_id = actor.user_id;
  event.actor = actor.Label();
  event.action = std::move(action);
  event.target_type = std::move(target_type);
  event.target_id = std::move(target_id);
  event.client_address = actor.client_address;
  event.detail = std::move(detail);
  auto appended = AppendAudit(transaction, event, at);
  if (!appended) return std::unexpected(appended.error());
  return {};
}

Result<void> RecordDenial(db::ConnectionPool& database, const Clock& clock, const Actor& actor,
                          std::string what) {
  auto connection = database.Acquire();
  if (!connection) return std::unexpected(connection.error());
  const Instant now = clock.Now();
  return db::InTransaction(**connection, [&](db::Connection& tx) {
    return RecordEvent(tx, actor, "permission.denied", "route", std::move(what), now);
  });
}

}  // namespace casereview::app
