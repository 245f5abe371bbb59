#include "http/routes/request_guard.h"

#include <sodium.h>

#include "app/audit/audit_trail.h"
#include "http/routes/session_cookie.h"

namespace casereview::http {

bool ChangesState(Method method) {
  return method != Method::get && method != Method::head && method != Method::options;
}

bool IsSameOrigin(const Request& request) {
  const std::string_view site = request["Sec-Fetch-Site"];
  if (!site.empty() && site != "same-origin" && site != "none") return false;
  const std::string_view origin = request[beast_http::field::origin];
  if (origin.empty()) return true;
  const std::string_view host = request[beast_http::field::host];
  if (host.empty()) return false;
  for (const std::string_view scheme : {"http://", "https://"}) {
    if (origin.size() == scheme.size() + host.size() && origin.starts_with(scheme) &&
        origin.substr(scheme.size()) == host) {
      return true;
    }
  }
  return false;
}

Result<std::optional<app::Principal>> RequestGuard::Admit(const Route& route,
                                                          const Request& request,
                                                          const std::string& client_address) const {
  const bool changes_state = ChangesState(request.method());
  if (changes_state && !IsSameOrigin(request)) {
    return Fail(ErrorCode::kForbidden, "requests from other sites are refused");
  }
  if (route.capability == Capability::kPublic) return std::optional<app::Principal>{};

  const auto token = SessionToken(request);
  if (!token) {
    if (route.capability == Capability::kOptionalSession) return std::optional<app::Principal>{};
    return Fail(ErrorCode::kUnauthenticated, "sign in first");
  }
  auto principal = sessions_.Authenticate(*token);
  if (!principal) {
    if (route.capability == Capability::kOptionalSession &&
        principal.error().code == ErrorCode::kUnauthenticated) {
      return std::optional<app::Principal>{};
    }
    return std::unexpected(principal.error());
  }

  if (changes_state) {
    const std::string_view sent = request["X-CSRF-Token"];
    const std::string& expected = principal->csrf_token;
    if (sent.size() != expected.size() ||
        sodium_memcmp(sent.data(), expected.data(), expected.size()) != 0) {
      return Fail(ErrorCode::kForbidden,
                  "the request has no valid X-CSRF-Token header: reload the page and try again");
    }
  }
  if (principal->password_change_required && route.capability != Capability::kOwnAccount &&
      route.capability != Capability::kOptionalSession) {
    return Fail(ErrorCode::kForbidden, "change your one-time password first");
  }
  if (!principal->Holds(route.capability)) {
    (void)app::RecordDenial(database_, clock_, app::Actor::Of(*principal, client_address),
                            std::string(beast_http::to_string(route.method)) + " " + route.pattern);
    return Fail(ErrorCode::kForbidden, "your role does not allow this");
  }
  return std::optional<app::Principal>{std::move(*principal)};
}

}  // namespace casereview::http
