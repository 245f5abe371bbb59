// The data directory: the SQLite database, later blobs/ and index/ beside it.
#pragma once

#include <filesystem>
#include <memory>

#include "app/platform/clock.h"
#include "core/error.h"
#include "db/connection_pool.h"
#include "db/migrations.h"

namespace casereview::app {

struct DataDirectory {
  std::filesystem::path root;

  std::filesystem::path DatabaseFile() const { return root / "casereview.sqlite3"; }
  std::filesystem::path ConfigFile() const { return root / "casereview.toml"; }
};

// Creates the directory (owner-only permissions) when absent. kInvalid names the
// path when it exists but is not a directory or cannot be created.
Result<DataDirectory> PrepareDataDirectory(const std::filesystem::path& root);

// A pool of `capacity` connections to the directory's database.
std::unique_ptr<db::ConnectionPool> OpenDatabase(const DataDirectory& directory,
                                                 std::size_t capacity);

// Applies every pending embedded migration, stamping them with clock's time.
Result<db::MigrationReport> MigrateDatabase(db::ConnectionPool& database, const Clock& clock);

struct MigratedDatabase {
  std::unique_ptr<db::ConnectionPool> pool;
  db::MigrationReport migrations;  // what this opening applied
};

// What every command does first: prepares the directory, opens a pool of
// `capacity` connections and brings the schema up to date.
Result<MigratedDatabase> OpenMigratedDatabase(const std::filesystem::path& root,
                                              std::size_t capacity, const Clock& clock);

}  // namespace casereview::app
