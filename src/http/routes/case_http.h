// What the case-record routes share: path ids, the acting user, ETag and
// If-Match (optimistic concurrency), and Location headers.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/identity/principal.h"
#include "core/error.h"
#include "http/server/message.h"
#include "http/server/router.h"

namespace casereview::http {

// The path parameter `name` as a record id (a positive whole number);
// kNotFound otherwise, as for an id that does not exist.
Result<std::int64_t> PathId(const RequestContext& context, std::string_view name = "id");

// The signed-in user, as the actor of an audit event.
app::Actor ActorOf(const RequestContext& context);

// The ETag of version `version` of record `kind` `id`: "\"review-12-3\"".
std::string EntityTag(std::string_view kind, std::int64_t id, std::int64_t version);

// The version a write expects, from If-Match (which must name `kind` `id`):
// kPreconditionRequired when the header is absent, kPreconditionFailed when it
// names another record or is not an ETag this server gave.
Result<std::int64_t> ExpectedVersion(const Request& request, std::string_view kind,
                                     std::int64_t id);

// A handler written as a Result: an error is answered as problem+json.
Handler Answering(std::function<Result<Response>(const RequestContext&)> handler);

// The request's body as a JSON object, or {} when there is no body at all.
Result<nlohmann::json> ReadOptionalJsonObject(const Request& request);

// A 201 answer for a record created at `location`.
Response CreatedResponse(const nlohmann::json& body, const std::string& location);

// A JSON response carrying the record's ETag.
Response TaggedJsonResponse(Status status, const nlohmann::json& body, std::string_view kind,
                            std::int64_t id, std::int64_t version);

}  // namespace casereview::http
