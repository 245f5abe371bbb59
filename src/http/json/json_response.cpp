#include "http/json/json_response.h"

namespace casereview::http {

Response JsonResponse(Status status, const nlohmann::json& body) {
  Response response{status, 11};
  response.set(beast_http::field::content_type, "application/json");
  response.body() = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

Response JsonTextResponse(Status status, std::string body) {
  Response response{status, 11};
  response.set(beast_http::field::content_type, "application/json");
  response.body() = std::move(body);
  return response;
}

}  // namespace casereview::http
