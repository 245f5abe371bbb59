// Idempotency-Key: a client that retries a POST (after a timeout, a dropped
// connection) with the same key gets the first answer again instead of a
// second record. Keys belong to one user, last 24 hours, and name one request:
// reusing a key for a different request is refused. A request still running
// holds its key; a holder that died is forgotten after 5 minutes.
// Blocking (database): call from the worker pool.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/platform/clock.h"
#include "core/error.h"
#include "db/connection_pool.h"

namespace casereview::app {

// What a retry is told of the first answer: its status, and where the record
// it made is (never the body: that is read again, with the caller's access now).
struct KeptAnswer {
  int status = 0;
  std::string location;  // "" when the answer had none
  std::string etag;      // "" when the answer had none
};

class IdempotencyKeys {
 public:
  IdempotencyKeys(db::ConnectionPool& database, const Clock& clock)
      : database_(database), clock_(clock) {}

  // Claims `key` for `request_hash` (a digest of the request). nullopt: the
  // caller runs the request, then calls Keep or Release. A KeptAnswer: answer
  // with it again. kConflict when the key is held by a running request or was
  // used for a different request.
  Result<std::optional<KeptAnswer>> Claim(std::int64_t user_id, const std::string& key,
                                          const std::string& request_hash);
  // Keeps the answer of a request that succeeded.
  Result<void> Keep(std::int64_t user_id, const std::string& key, const KeptAnswer& answer);
  // Frees the key of a request that failed (it changed nothing: a retry may run).
  void Release(std::int64_t user_id, const std::string& key);

 private:
  db::ConnectionPool& database_;
  const Clock& clock_;
};

}  // namespace casereview::app
