// The door every request passes before its route's handler runs: same-origin
// for state-changing requests, the session, the CSRF token, a pending one-time
// password, and the route's capability. Record-level checks come later, in the
// use cases.
#pragma once

#include <optional>
#include <string>

#include "app/identity/principal.h"
#include "app/identity/sessions.h"
#include "app/platform/clock.h"
#include "core/error.h"
#include "http/server/router.h"

namespace casereview::http {

class RequestGuard {
 public:
  RequestGuard(app::Sessions& sessions, db::ConnectionPool& database, const app::Clock& clock)
      : sessions_(sessions), database_(database), clock_(clock) {}

  // The signed-in user for the route (nullopt on routes that need none), or why
  // not: kForbidden for a cross-site request, a missing or wrong CSRF token, a
  // pending password change or a capability the user's roles lack (audited);
  // kUnauthenticated when the route needs a session and there is none. Reads
  // the database when the route reads a session: call from a worker pool.
  Result<std::optional<app::Principal>> Admit(const Route& route, const Request& request,
                                              const std::string& client_address) const;

 private:
  app::Sessions& sessions_;
  db::ConnectionPool& database_;
  const app::Clock& clock_;
};

// True for the methods that change state (everything but GET, HEAD, OPTIONS).
bool ChangesState(Method method);

// Whether the Origin (and Sec-Fetch-Site) of a request, when present, show it
// came from this site: Origin must be http(s)://<Host>.
bool IsSameOrigin(const Request& request);

}  // namespace casereview::http
