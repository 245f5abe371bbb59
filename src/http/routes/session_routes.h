// Signing in and out.
#pragma once

#include "app/identity/sessions.h"
#include "core/error.h"
#include "http/server/router.h"

namespace casereview::http {

// POST /api/session {email, password, totp_code?}: 201 with the session and a
//   session cookie; 401 with one answer for any wrong email, password or locked
//   account; 429 after too many failures from one address.
// GET /api/session: who is signed in, with the CSRF token, or {"signed_in":false}.
// DELETE /api/session: signs out; 204 and a cleared cookie.
// POST /api/session/password {current_password, new_password}: 204.
Result<void> AddSessionRoutes(Router& router, app::Sessions& sessions, bool secure_cookies);

}  // namespace casereview::http
