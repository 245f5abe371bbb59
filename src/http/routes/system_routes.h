// Routes about the service itself: health and version.
#pragma once

#include "core/error.h"
#include "db/connection_pool.h"
#include "http/server/router.h"

namespace casereview::http {

// GET /healthz: 200 {"status":"ok","version","database":"ok"}, or 503 with
//   "status":"unavailable" and "database":"unavailable" when the database cannot answer.
// GET /api/version: {"version"}.
Result<void> AddSystemRoutes(Router& router, db::ConnectionPool& database);

}  // namespace casereview::http
