// RFC 9457 problem details: the one shape of every error the server sends.
#pragma once

#include "core/error.h"
#include "http/server/message.h"

namespace casereview::http {

// The one mapping from error codes to HTTP statuses.
Status StatusFor(ErrorCode code);

// An application/problem+json response for `error`: type, title, status, detail,
// and `errors: [{field, message}]` when fields are named. `version` and
// `keep_alive` mirror the request's.
Response ProblemResponse(const Error& error, unsigned version, bool keep_alive);
// The same, answering `request`.
Response ProblemResponse(const Error& error, const Request& request);

}  // namespace casereview::http
