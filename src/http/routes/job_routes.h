// The background jobs, for administrators: GET /api/jobs (newest first,
// filtered by state) and POST /api/jobs/{id}/retry (a failed job, queued again).
#pragma once

#include "app/jobs/job_queue.h"
#include "core/error.h"
#include "http/server/router.h"

namespace casereview::http {

Result<void> AddJobRoutes(Router& router, app::JobQueue& jobs);

}  // namespace casereview::http
