#include "http/api.h"

#include "http/assess_routes.h"
#include "http/audit_routes.h"
#include "http/document_routes.h"
#include "http/session_routes.h"
#include "http/system_routes.h"
#include "http/user_routes.h"

namespace casereview::http {

Result<void> AddApiRoutes(Router& router, const Services& services) {
  for (auto added :
       {AddSystemRoutes(router, services.database), AddAssessRoutes(router),
        AddSessionRoutes(router, services.sessions, services.secure_cookies),
        AddUserRoutes(router, services.users), AddAuditRoutes(router, services.database),
        AddDocumentRoutes(router, services)}) {
    if (!added) return added;
  }
  return {};
}

}  // namespace casereview::http
