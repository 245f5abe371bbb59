// Routes for referrals, reviews (list, detail, edits, stage, decisions, terms
// of reference, agencies, members, involvement), people in the case, quality
// markers, agencies and deadlines. docs/security.md lists each route's capability.
#pragma once

#include "core/error.h"
#include "http/routes/api.h"
#include "http/server/router.h"

namespace casereview::http {

Result<void> AddReferralRoutes(Router& router, Services& services);
Result<void> AddReviewRoutes(Router& router, Services& services);
Result<void> AddReviewPartRoutes(Router& router, Services& services);

}  // namespace casereview::http
