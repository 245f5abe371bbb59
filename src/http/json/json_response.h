// The one way a route answers with JSON.
#pragma once

#include <nlohmann/json.hpp>

#include "http/server/message.h"

namespace casereview::http {

// An application/json response holding `body`. The server fills in the HTTP
// version, keep-alive and Content-Length.
Response JsonResponse(Status status, const nlohmann::json& body);

// As JsonResponse, for a body already serialised (a kept rendering).
Response JsonTextResponse(Status status, std::string body);

}  // namespace casereview::http
