// The statutory assessment over HTTP.
#pragma once

#include "core/error.h"
#include "http/server/router.h"

namespace casereview::http {

// POST /api/assess: an incident (application/json) in, its assessment out;
// 400 problem+json with `errors: [{field, message}]` for a bad incident.
Result<void> AddAssessRoutes(Router& router);

}  // namespace casereview::http
