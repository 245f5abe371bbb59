// Reading the audit trail (administrators).
#pragma once

#include "core/error.h"
#include "db/connection_pool.h"
#include "http/server/router.h"

namespace casereview::http {

// GET /api/audit?target_type=&target_id=&actor=&from=&to=&after=&limit=
// → {"events": [...], "next_after": SEQ | null}; `after` is the cursor from the
// previous page, `limit` 1..200 (default 50).
Result<void> AddAuditRoutes(Router& router, db::ConnectionPool& database);

}  // namespace casereview::http
