// The session cookie: HttpOnly, SameSite=Strict, Path=/, and Secure whenever
// the service is reached over TLS (it then runs behind a proxy: --trust-proxy).
#pragma once

#include <optional>
#include <string>

#include "http/server/message.h"

namespace casereview::http {

inline constexpr std::string_view kSessionCookie = "casereview_session";

// The session token the request carries, if any.
std::optional<std::string> SessionToken(const Request& request);

std::string SessionCookie(std::string_view token, bool secure);
std::string ClearedSessionCookie(bool secure);

}  // namespace casereview::http
