#include "http/routes/openapi_document.h"

namespace casereview::http {

Result<void> AddOpenApiRoutes(Router& router) {
  return router.Add(Route{Method::get, "/api/openapi.json", Capability::kPublic, Execution::kInline,
                          [](const RequestContext&) {
                            Response response{Status::ok, 11};
                            response.set(beast_http::field::content_type, "application/json");
                            response.set(beast_http::field::cache_control, "no-cache");
                            response.body() = std::string(OpenApiJson());
                            return response;
                          }});
}

}  // namespace casereview::http
