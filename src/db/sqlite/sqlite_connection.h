// The SQLite adapter of the storage port.
#pragma once

#include <filesystem>
#include <memory>

#include "db/database.h"

namespace casereview::db {

struct SqliteOptions {
  int busy_timeout_ms = 5000;
};

// Opens (creating if absent) the database file at `path` in WAL mode with foreign
// keys enforced. The connection must be used by one thread at a time.
Result<std::unique_ptr<Connection>> OpenSqlite(const std::filesystem::path& path,
                                               const SqliteOptions& options = {});

}  // namespace casereview::db
