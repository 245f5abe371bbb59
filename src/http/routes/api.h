// Every route the server answers, registered in one place.
#pragma once

#include <filesystem>

#include "app/identity/sessions.h"
#include "app/identity/users.h"
#include "app/jobs/job_queue.h"
#include "app/platform/clock.h"
#include "core/error.h"
#include "db/connection_pool.h"
#include "http/server/router.h"

namespace casereview::http {

// What the routes work with. Everything must outlive the router.
struct Services {
  db::ConnectionPool& database;
  app::Sessions& sessions;
  app::Users& users;
  app::JobQueue& jobs;
  const app::Clock& clock;
  std::filesystem::path data_root;  // the data directory: blobs/ lives under it
  std::size_t max_document_bytes = std::size_t{50} * 1000 * 1000;
  bool secure_cookies = false;
};

// Registers every route; an error is a start-up bug (a clash or a bad pattern).
Result<void> AddApiRoutes(Router& router, const Services& services);

}  // namespace casereview::http
