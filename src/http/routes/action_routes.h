// Findings, recommendations, action plans, progress and RAG thresholds as a
// JSON API (docs/security.md lists each route and its capability).
#pragma once

#include "core/error.h"
#include "http/routes/api.h"
#include "http/server/router.h"

namespace casereview::http {

// GET|POST /api/reviews/{id}/findings, GET|POST /api/reviews/{id}/recommendations,
// POST /api/recommendations/{id}/actions, GET /api/actions, GET|PATCH
// /api/actions/{id}, POST /api/actions/{id}/updates, GET|PUT
// /api/partnership/settings. Dates are "YYYY-MM-DD", enums and RAG their wire
// names; edits need If-Match; bad fields answer 400 naming each one.
Result<void> AddActionRoutes(Router& router, Services& services);

}  // namespace casereview::http
