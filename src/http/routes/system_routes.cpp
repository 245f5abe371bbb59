#include "http/routes/system_routes.h"

#include "app/platform/health.h"
#include "casereview_version.h"
#include "http/json/json_response.h"

namespace casereview::http {

Result<void> AddSystemRoutes(Router& router, db::ConnectionPool& database) {
  auto health =
      router.Add(Route{Method::get, "/healthz", Capability::kPublic, Execution::kWorkerPool,
                       [&database](const RequestContext&) {
                         const bool ok = app::CheckHealth(database).ok();
                         return JsonResponse(ok ? Status::ok : Status::service_unavailable,
                                             {{"status", ok ? "ok" : "unavailable"},
                                              {"version", kVersion},
                                              {"database", ok ? "ok" : "unavailable"}});
                       }});
  if (!health) return health;
  return router.Add(Route{Method::get, "/api/version", Capability::kPublic, Execution::kInline,
                          [](const RequestContext&) {
                            return JsonResponse(Status::ok, {{"version", kVersion}});
                          }});
}

}  // namespace casereview::http
