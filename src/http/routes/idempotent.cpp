#include "http/routes/idempotent.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "http/json/json_response.h"
#include "http/json/problem.h"
#include "http/server/request_body.h"

namespace casereview::http {
namespace {

bool WellFormedKey(std::string_view key) {
  return !key.empty() && key.size() <= 255 &&
         std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

// A digest of what makes two requests the same: method, target and body
// (however the server holds it: http/server/request_body.h).
std::string RequestHash(const Request& request, std::string_view body) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  for (const std::string_view part :
       {std::string_view(request.method_string()), std::string_view(request.target()), body}) {
    const std::string length = std::to_string(part.size()) + ":";
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(length.data()),
                              length.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(part.data()),
                              part.size());
  }
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256_final(&state, digest.data());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data());
}

// The first answer's status, Location and ETag; the body only says where the
// record is, so that nothing is shown again without today's access check.
Response Replay(const app::KeptAnswer& answer) {
  Response response =
      JsonResponse(static_cast<Status>(answer.status),
                   {{"replayed", true},
                    {"location", answer.location.empty() ? nlohmann::json(nullptr)
                                                         : nlohmann::json(answer.location)}});
  if (!answer.location.empty()) response.set(beast_http::field::location, answer.location);
  if (!answer.etag.empty()) response.set(beast_http::field::etag, answer.etag);
  response.set("Idempotent-Replayed", "true");
  return response;
}

}  // namespace

Handler Idempotent(app::IdempotencyKeys& keys, Handler handler) {
  return [&keys, handler = std::move(handler)](const RequestContext& context) {
    const std::string key(context.request["Idempotency-Key"]);
    if (key.empty() || context.principal == nullptr) return handler(context);
    if (!WellFormedKey(key)) {
      return ProblemResponse(
          Error{ErrorCode::kInvalid,
                "Idempotency-Key must be 1 to 255 visible ASCII characters (e.g. a UUID)",
                {}},
          context.request);
    }
    const std::int64_t user_id = context.principal->user_id;
    auto body = RequestBody::Of(context);
    if (!body) return ProblemResponse(body.error(), context.request);
    auto claimed = keys.Claim(user_id, key, RequestHash(context.request, body->bytes()));
    if (!claimed) return ProblemResponse(claimed.error(), context.request);
    if (*claimed) return Replay(**claimed);
    Response response = handler(context);
    const unsigned status = response.result_int();
    if (status >= 200 && status < 300) {
      const app::KeptAnswer answer{static_cast<int>(status),
                                   std::string(response[beast_http::field::location]),
                                   std::string(response[beast_http::field::etag])};
      if (auto kept = keys.Keep(user_id, key, answer); !kept) {
        // The change is made; a retry must not make it again. Say so rather than
        // leave the key to expire and the retry to run twice.
        return ProblemResponse(
            Error{ErrorCode::kUnavailable,
                  "the change was made, but its Idempotency-Key could not be recorded: do not "
                  "retry it; reload to see it",
                  {}},
            context.request);
      }
    } else {
      keys.Release(user_id, key);
    }
    return response;
  };
}

}  // namespace casereview::http
