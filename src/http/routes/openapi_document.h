// The API's OpenAPI 3.1 document (docs/api/openapi.yaml), embedded at build time
// as JSON and served at GET /api/openapi.json.
#pragma once

#include <string_view>

#include "core/error.h"
#include "http/server/router.h"

namespace casereview::http {

// The document as compact JSON text.
std::string_view OpenApiJson();

// GET /api/openapi.json (public: it describes the API, never its data).
Result<void> AddOpenApiRoutes(Router& router);

}  // namespace casereview::http
