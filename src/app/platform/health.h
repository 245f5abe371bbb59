// Is this instance able to serve? Used by load balancers and by operators.
#pragma once

#include "db/connection_pool.h"

namespace casereview::app {

struct Health {
  bool database_ok = false;
  bool ok() const { return database_ok; }
};

// Asks the database a question only a migrated schema can answer. Blocking:
// call from the worker pool. Never fails; a broken dependency is reported in
// the result.
Health CheckHealth(db::ConnectionPool& database);

}  // namespace casereview::app
