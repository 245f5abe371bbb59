// Idempotency-Key on POST (draft-ietf-httpapi-idempotency-key-header): a
// retried request with the same key gets the first answer again, marked
// `Idempotent-Replayed: true`, and creates nothing twice (app/platform/idempotency.h).
#pragma once

#include <memory>

#include "app/platform/idempotency.h"
#include "http/server/router.h"

namespace casereview::http {

// Wraps the handler of a route that needs a signed-in user. Requests without
// the header pass straight through; a malformed key (not 1..255 visible ASCII
// characters) is kInvalid.
Handler Idempotent(app::IdempotencyKeys& keys, Handler handler);

}  // namespace casereview::http
