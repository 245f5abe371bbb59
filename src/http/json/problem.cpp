#include "http/json/problem.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>

namespace casereview::http {

Status StatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalid:
      return Status::bad_request;
    case ErrorCode::kUnauthenticated:
      return Status::unauthorized;
    case ErrorCode::kForbidden:
      return Status::forbidden;
    case ErrorCode::kNotFound:
      return Status::not_found;
    case ErrorCode::kMethodNotAllowed:
      return Status::method_not_allowed;
    case ErrorCode::kConflict:
      return Status::conflict;
    case ErrorCode::kPreconditionFailed:
      return Status::precondition_failed;
    case ErrorCode::kPreconditionRequired:
      return Status::precondition_required;
    case ErrorCode::kTooLarge:
      return Status::payload_too_large;
    case ErrorCode::kTooManyRequests:
      return Status::too_many_requests;
    case ErrorCode::kUnavailable:
      return Status::service_unavailable;
    case ErrorCode::kInternal:
      return Status::internal_server_error;
  }
  return Status::internal_server_error;
}

Response ProblemResponse(const Error& error, unsigned version, bool keep_alive) {
  const Status status = StatusFor(error.code);
  // A bug's message is for the operator (it may name a statement or a
  // constraint): logged, never sent.
  std::string detail = error.message;
  if (error.code == ErrorCode::kInternal) {
    spdlog::error("internal error: {}", error.message);
    detail = "something went wrong on the server, and nothing was changed; try again later";
  }
  nlohmann::json body = {
      {"type", fmt::format("urn:casereview:problem:{}", ErrorCodeName(error.code))},
      {"title", std::string(beast_http::obsolete_reason(status))},
      {"status", static_cast<unsigned>(status)},
      {"detail", detail},
  };
  if (!error.fields.empty()) {
    auto& errors = body["errors"] = nlohmann::json::array();
    for (const auto& field : error.fields) {
      errors.push_back({{"field", field.field}, {"message", field.message}});
    }
  }
  Response response{status, version};
  response.set(beast_http::field::content_type, "application/problem+json");
  response.keep_alive(keep_alive);
  response.body() = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  response.prepare_payload();
  return response;
}

Response ProblemResponse(const Error& error, const Request& request) {
  return ProblemResponse(error, request.version(), request.keep_alive());
}

}  // namespace casereview::http
