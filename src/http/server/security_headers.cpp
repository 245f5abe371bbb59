#include "http/server/security_headers.h"

namespace casereview::http {

void ApplySecurityHeaders(Response& response) {
  using beast_http::field;
  response.set("Content-Security-Policy", kContentSecurityPolicy);
  response.set("X-Content-Type-Options", "nosniff");
  response.set("Referrer-Policy", "no-referrer");
  response.set("X-Frame-Options", "DENY");
  response.set("Cross-Origin-Opener-Policy", "same-origin");
  response.set("Cross-Origin-Resource-Policy", "same-origin");
  response.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (response.find(field::cache_control) == response.end()) {
    response.set(field::cache_control, "no-store");
  }
}

}  // namespace casereview::http
