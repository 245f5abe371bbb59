#include "app/platform/idempotency.h"

#include <chrono>

namespace casereview::app {
namespace {

using db::Value;

constexpr auto kKeptFor = std::chrono::hours(24);
constexpr auto kRunningFor = std::chrono::minutes(5);

}  // namespace

Result<std::optional<KeptAnswer>> IdempotencyKeys::Claim(std::int64_t user_id,
                                                         const std::string& key,
                                                         const std::string& request_hash) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  return db::InTransaction(
      **connection, [&](db::Connection& tx) -> Result<std::optional<KeptAnswer>> {
        auto pruned = tx.Execute("DELETE FROM idempotency_record WHERE created_at < $1",
                                 {Value(FormatInstant(now - kKeptFor))});
        if (!pruned) return Failure(pruned);
        auto rows = tx.Query(
            "SELECT request_hash, state, status, location, etag, created_at "
            "FROM idempotency_record WHERE user_id = $1 AND key = $2",
            {Value(user_id), Value(key)});
        if (!rows) return Failure(rows);
        if (!rows->empty()) {
          const db::Row& row = rows->front();
          if (row.Text(0).value_or("") != request_hash) {
            return Fail(ErrorCode::kConflict,
                        "this Idempotency-Key was used for a different request: use a new key");
          }
          if (row.Text(1).value_or("") == "done") {
            return std::optional<KeptAnswer>{KeptAnswer{static_cast<int>(row.Int(2).value_or(200)),
                                                        row.Text(3).value_or(""),
                                                        row.Text(4).value_or("")}};
          }
          const auto started = ParseInstant(row.Text(5).value_or(""));
          if (started && now - *started < kRunningFor) {
            return Fail(ErrorCode::kConflict,
                        "a request with this Idempotency-Key is still running: try again shortly");
          }
        }
        auto claimed = tx.Execute(
            "INSERT INTO idempotency_record (user_id, key, request_hash, state, created_at) "
            "VALUES ($1, $2, $3, 'running', $4) ON CONFLICT (user_id, key) DO UPDATE SET "
            "request_hash = excluded.request_hash, state = 'running', created_at = "
            "excluded.created_at",
            {Value(user_id), Value(key), Value(request_hash), Value(FormatInstant(now))});
        if (!claimed) return Failure(claimed);
        return std::optional<KeptAnswer>{};
      });
}

Result<void> IdempotencyKeys::Keep(std::int64_t user_id, const std::string& key,
                                   const KeptAnswer& answer) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto kept = (*connection)
                  ->Execute(
                      "UPDATE idempotency_record SET state = 'done', status = $1, location = $2, "
                      "etag = $3 WHERE user_id = $4 AND key = $5",
                      {Value(std::int64_t{answer.status}), Value(answer.location),
                       Value(answer.etag), Value(user_id), Value(key)});
  if (!kept) return Failure(kept);
  return {};
}

void IdempotencyKeys::Release(std::int64_t user_id, const std::string& key) {
  auto connection = database_.Acquire();
  if (!connection) return;
  (void)(*connection)
      ->Execute(
          "DELETE FROM idempotency_record WHERE user_id = $1 AND key = $2 AND "
          "state = 'running'",
          {Value(user_id), Value(key)});
}

}  // namespace casereview::app
