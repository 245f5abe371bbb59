#include "http/api.h"

#include "http/action_routes.h"
#include "http/assess_routes.h"
#include "http/audit_routes.h"
#include "http/document_routes.h"
#include "http/idempotent.h"
#include "http/openapi_document.h"
#include "http/review_routes.h"
#include "http/session_routes.h"
#include "http/system_routes.h"
#include "http/user_routes.h"

namespace casereview::http {

Result<void> AddApiRoutes(Router& router, const Services& services) {
  for (auto added :
       {AddSystemRoutes(router, services.database), AddAssessRoutes(router),
        AddSessionRoutes(router, services.sessions, services.secure_cookies),
        AddUserRoutes(router, services.users), AddAuditRoutes(router, services.database),
        AddReferralRoutes(router, services), AddReviewRoutes(router, services),
        AddReviewPartRoutes(router, services), AddActionRoutes(router, services),
        AddDocumentRoutes(router, services), AddOpenApiRoutes(router)}) {
    if (!added) return added;
  }
  // Every POST of a signed-in user on case records honours Idempotency-Key;
  // not the account routes, whose requests and answers carry passwords that
  // must never be stored (not even hashed quickly).
  auto keys = std::make_shared<app::IdempotencyKeys>(services.database, services.clock);
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
