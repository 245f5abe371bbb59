// Headers every response carries, whatever produced it (route, file, error).
#pragma once

#include <string_view>

#include "http/server/message.h"

namespace casereview::http {

// The Content-Security-Policy: same-origin only, no inline script or style, no
// framing. The web app is built to work under it.
inline constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'";

// Adds the security headers. A response that chose no cache policy (everything
// but the web app's files) is marked no-store: API answers carry personal data
// that no cache may keep.
void ApplySecurityHeaders(Response& response);

}  // namespace casereview::http
