// Forward-only schema migrations. The SQL files in migrations/sqlite/ are embedded
// in the binary at build time (cmake/embed_migrations.cmake); the database records
// what it has applied in schema_migrations(version, name, checksum, applied_at).
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "db/database.h"

namespace casereview::db {

struct Migration {
  int version;            // NNNN of NNNN_name.sql; strictly increasing
  std::string_view name;  // name of NNNN_name.sql
  std::string_view sql;   // the file's text, byte for byte
};

// The migrations compiled into this binary, in version order.
std::span<const Migration> EmbeddedMigrations();

// SHA-256 of the migration's SQL as lower-case hex: what schema_migrations records.
std::string MigrationChecksum(const Migration& migration);

struct MigrationReport {
  std::vector<Migration> applied;  // what this call applied, in order
  int version = 0;                 // the schema version afterwards
};

// Brings the schema up to date: each pending migration runs in its own
// transaction together with its schema_migrations row, so a failing one leaves
// the database at the previous version. Refuses (kConflict, changing nothing)
// when an applied migration's checksum differs from the embedded one, or when the
// database holds a migration this binary does not know (it is newer).
// `now` gives the UTC instant text recorded as applied_at.
Result<MigrationReport> ApplyMigrations(Connection& connection,
                                        std::span<const Migration> migrations,
                                        const std::function<std::string()>& now);

}  // namespace casereview::db
