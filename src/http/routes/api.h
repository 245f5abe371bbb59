// Every route the server answers, registered in one place.
#pragma once

#include "app/identity/sessions.h"
#include "app/identity/users.h"
#include "app/platform/clock.h"
#include "app/service/use_cases.h"
#include "core/error.h"
#include "db/connection_pool.h"
#include "http/json/rendered_reviews.h"
#include "http/server/router.h"

namespace casereview::http {

// What the routes work with, made once at start-up beside the use cases it
// borrows; it keeps the rendered pages the routes answer with. Must outlive
// the router.
struct Services {
  db::ConnectionPool& database;
  app::Sessions& sessions;
  app::Users& users;
  app::UseCases& use_cases;
  const app::Clock& clock;
  bool secure_cookies = false;
  // The JSON of review details and of the pages of reviews and of actions,
  // kept for their change generation (http/json/rendered_reviews.h).
  RenderedReviews rendered_reviews{4096};
  RenderedReviews rendered_action_pages{1024};
};

// Registers every route; an error is a start-up bug (a clash or a bad pattern).
Result<void> AddApiRoutes(Router& router, Services& services);

}  // namespace casereview::http
