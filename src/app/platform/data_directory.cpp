#include "app/platform/data_directory.h"

#include <fmt/format.h>
#include <fmt/std.h>

#include "db/sqlite/sqlite_connection.h"

namespace casereview::app {

Result<DataDirectory> PrepareDataDirectory(const std::filesystem::path& root) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (root.empty()) return Fail(ErrorCode::kInvalid, "--data-dir: a directory is required");
  if (fs::exists(root, error) && !fs::is_directory(root, error)) {
    return Fail(ErrorCode::kInvalid, fmt::format("--data-dir: {} is not a directory", root));
  }
  if (!fs::exists(root, error)) {
    fs::create_directories(root, error);
    if (error) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("--data-dir: cannot create {}: {}", root, error.message()));
    }
    fs::permissions(root, fs::perms::owner_all, fs::perm_options::replace, error);
  }
  return DataDirectory{root};
}

std::unique_ptr<db::ConnectionPool> OpenDatabase(const DataDirectory& directory,
                                                 std::size_t capacity) {
  // One writer gate for the pool: its connections queue for SQLite's one writer.
  db::SqliteOptions options;
  options.writers = std::make_shared<db::WriterGate>();
  return std::make_unique<db::ConnectionPool>(
      [file = directory.DatabaseFile(), options] { return db::OpenSqlite(file, options); },
      capacity);
}

Result<db::MigrationReport> MigrateDatabase(db::ConnectionPool& database, const Clock& clock) {
  auto connection = database.Acquire();
  if (!connection) return std::unexpected(connection.error());
  return db::ApplyMigrations(**connection, db::EmbeddedMigrations(),
                             [&clock] { return FormatInstant(clock.Now()); });
}

Result<MigratedDatabase> OpenMigratedDatabase(const std::filesystem::path& root,
                                              std::size_t capacity, const Clock& clock) {
  auto directory = PrepareDataDirectory(root);
  if (!directory) return std::unexpected(directory.error());
  MigratedDatabase opened{OpenDatabase(*directory, capacity), {}};
  auto migrated = MigrateDatabase(*opened.pool, clock);
  if (!migrated) return std::unexpected(migrated.error());
  opened.migrations = std::move(*migrated);
  return opened;
}

}  // namespace casereview::app
