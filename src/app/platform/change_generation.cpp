#include "app/platform/change_generation.h"

#include "db/rows.h"

namespace casereview::app {

Result<std::int64_t> ReadChangeGeneration(db::Connection& connection) {
  auto generation = db::QueryOne(connection, "SELECT value FROM change_generation WHERE id = 1", {},
                                 [](db::RowReader& row) { return row.Int("value"); });
  if (!generation) return std::unexpected(generation.error());
  if (!*generation) return Fail(ErrorCode::kInternal, "database: the change generation is missing");
  return **generation;
}

}  // namespace casereview::app
