#include "http/routes/case_http.h"

#include <fmt/format.h>

#include <charconv>

#include "http/json/json_body.h"
#include "http/json/json_response.h"
#include "http/json/problem.h"

namespace casereview::http {

Result<std::int64_t> PathId(const RequestContext& context, std::string_view name) {
  const auto text = context.params.Get(name).value_or("");
  std::int64_t id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || id <= 0) {
    return Fail(ErrorCode::kNotFound, "there is no such record");
  }
  return id;
}

app::Actor ActorOf(const RequestContext& context) {
  return app::Actor::Of(*context.principal, context.client_address);
}

std::string EntityTag(std::string_view kind, std::int64_t id, std::int64_t version) {
  return fmt::format("\"{}-{}-{}\"", kind, id, version);
}

Result<std::int64_t> ExpectedVersion(const Request& request, std::string_view kind,
                                     std::int64_t id) {
  std::string_view tag = request[beast_http::field::if_match];
  if (tag.empty()) {
    return Fail(ErrorCode::kPreconditionRequired,
                "send the record's ETag in If-Match, so that a change made meanwhile by someone "
                "else is never overwritten");
  }
  const std::string prefix = fmt::format("\"{}-{}-", kind, id);
  std::int64_t version = 0;
  if (tag.starts_with(prefix) && tag.ends_with('"') && tag.size() > prefix.size() + 1) {
    const auto digits = tag.substr(prefix.size(), tag.size() - prefix.size() - 1);
    const auto [end, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), version);
    // Compared exactly, as RFC 9110 section 8.8.3.2 asks: "review-5-041" is not
    // the tag of version 41.
    if (error == std::errc() && end == digits.data() + digits.size() && version > 0 &&
        EntityTag(kind, id, version) == tag) {
      return version;
    }
  }
  return Fail(ErrorCode::kPreconditionFailed,
              "If-Match does not match this record: reload it and make the change again");
}

Handler Answering(std::function<Result<Response>(const RequestContext&)> handler) {
  return [handler = std::move(handler)](const RequestContext& context) {
    auto response = handler(context);
    if (!response) return ProblemResponse(response.error(), context.request);
    return std::move(*response);
  };
}

Result<nlohmann::json> ReadOptionalJsonObject(const Request& request) {
  if (request.body().empty()) return nlohmann::json::object();
  return ReadJsonObject(request);
}

Response CreatedResponse(const nlohmann::json& body, const std::string& location) {
  Response response = JsonResponse(Status::created, body);
  response.set(beast_http::field::location, location);
  return response;
}

Response TaggedJsonResponse(Status status, const nlohmann::json& body, std::string_view kind,
                            std::int64_t id, std::int64_t version) {
  Response response = JsonResponse(status, body);
  response.set(beast_http::field::etag, EntityTag(kind, id, version));
  return response;
}

}  // namespace casereview::http
