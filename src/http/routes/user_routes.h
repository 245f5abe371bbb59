// Managing users (administrators of the same partnership only).
#pragma once

#include "app/identity/users.h"
#include "core/error.h"
#include "http/server/router.h"

namespace casereview::http {

// GET /api/users; POST /api/users {email, display_name, roles, agency_id?} (201,
// with the one-time password shown once); POST /api/users/{id}/disable;
// POST /api/users/{id}/reset-password (the new one-time password, once).
Result<void> AddUserRoutes(Router& router, app::Users& users);

}  // namespace casereview::http
