// The one way a use case records what it did: an audit event written in the
// same transaction as the change (src/app/audit/audit.h holds the chain itself).
#pragma once

#include <map>
#include <string>

#include "app/identity/principal.h"
#include "app/platform/clock.h"
#include "core/error.h"
#include "core/time/instant.h"
#include "db/connection_pool.h"
#include "db/database.h"

namespace casereview::app {

// Appends `action` on `target_type`/`target_id` by `actor`. `detail` must never
// carry personal data about a child or family.
Result<void> RecordEvent(db::Connection& transaction, const Actor& actor, std::string action,
                         std::string target_type, std::string target_id, Instant at,
                         std::map<std::string, std::string> detail = {});

// Records, in a transaction of its own, that `actor` was refused `what` (a
// route pattern or a record). Blocking.
Result<void> RecordDenial(db::ConnectionPool& database, const Clock& clock, const Actor& actor,
                          std::string what);

}  // namespace casereview::app
