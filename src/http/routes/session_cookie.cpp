#include "http/routes/session_cookie.h"

#include <fmt/format.h>

namespace casereview::http {

std::optional<std::string> SessionToken(const Request& request) {
  for (auto it = request.find(beast_http::field::cookie);
       it != request.end() && it->name() == beast_http::field::cookie; ++it) {
    std::string_view cookies = it->value();
    while (!cookies.empty()) {
      const auto end = cookies.find(';');
      std::string_view pair = cookies.substr(0, end);
      while (pair.starts_with(' ')) pair.remove_prefix(1);
      const auto equals = pair.find('=');
      if (equals != std::string_view::npos && pair.substr(0, equals) == kSessionCookie) {
        const auto value = pair.substr(equals + 1);
        if (!value.empty()) return std::string(value);
      }
      if (end == std::string_view::npos) break;
      cookies.remove_prefix(end + 1);
    }
  }
  return std::nullopt;
}

std::string SessionCookie(std::string_view token, bool secure) {
  return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict{}", kSessionCookie, token,
                     secure ? "; Secure" : "");
}

std::string ClearedSessionCookie(bool secure) {
  return fmt::format("{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{}", kSessionCookie,
                     secure ? "; Secure" : "");
}

}  // namespace casereview::http
