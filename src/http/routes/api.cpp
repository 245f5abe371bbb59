#include "http/routes/api.h"

#include "http/routes/action_routes.h"
#include "http/routes/assess_routes.h"
#include "http/routes/audit_routes.h"
#include "http/routes/document_routes.h"
#include "http/routes/idempotent.h"
#include "http/routes/job_routes.h"
#include "http/routes/openapi_document.h"
#include "http/routes/review_routes.h"
#include "http/routes/session_routes.h"
#include "http/routes/system_routes.h"
#include "http/routes/user_routes.h"

namespace casereview::http {

Result<void> AddApiRoutes(Router& router, Services& services) {
  for (auto added :
       {AddSystemRoutes(router, services.database), AddAssessRoutes(router),
        AddSessionRoutes(router, services.sessions, services.secure_cookies),
        AddUserRoutes(router, services.users), AddAuditRoutes(router, services.database),
        AddReferralRoutes(router, services), AddReviewRoutes(router, services),
        AddReviewPartRoutes(router, services), AddActionRoutes(router, services),
        AddDocumentRoutes(router, services),
        AddJobRoutes(router, services.use_cases.background.queue()), AddOpenApiRoutes(router)}) {
    if (!added) return added;
  }
  // Every POST of a signed-in user on case records honours Idempotency-Key;
  // not the account routes, whose requests and answers carry passwords that
  // must never be stored (not even hashed quickly).
  app::IdempotencyKeys& keys = services.use_cases.idempotency_keys;
  router.DecorateHandlers([&keys](Route& route) {
    const bool account =
        route.capability == Capability::kOwnAccount || route.capability == Capability::kManageUsers;
    if (route.method == Method::post && NeedsSession(route.capability) && !account) {
      route.handler = Idempotent(keys, std::move(route.handler));
    }
  });
  return {};
}

}  // namespace casereview::http
