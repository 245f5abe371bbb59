#include "app/platform/health.h"

namespace casereview::app {

Health CheckHealth(db::ConnectionPool& database) {
  Health health;
  auto connection = database.Acquire();
  if (!connection) return health;
  auto rows = (*connection)->Query("SELECT count(*) FROM schema_migrations");
  health.database_ok = rows.has_value() && rows->size() == 1 && rows->front().Int(0) > 0;
  return health;
}

}  // namespace casereview::app
