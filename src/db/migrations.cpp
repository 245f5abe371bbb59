#include "db/migrations.h"

#include <fmt/format.h>
#include <sodium.h>

#include <array>
#include <map>

namespace casereview::db {
namespace {

constexpr std::string_view kCreateLedger =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " checksum TEXT NOT NULL,"
    " applied_at TEXT NOT NULL)";

std::string Label(const Migration& migration) {
  return fmt::format("{:04}_{}", migration.version, migration.name);
}

Result<void> CheckOrder(std::span<const Migration> migrations) {
  int previous = 0;
  for (const auto& migration : migrations) {
    if (migration.version <= previous) {
      return Fail(ErrorCode::kInternal,
                  fmt::format("migration {} is out of order", Label(migration)));
    }
    previous = migration.version;
  }
  return {};
}

struct AppliedMigration {
  std::string name;
  std::string checksum;
};

Result<std::map<int, AppliedMigration>> ReadLedger(Connection& connection) {
  auto rows = connection.Query("SELECT version, name, checksum FROM schema_migrations");
  if (!rows) return std::unexpected(rows.error());
  std::map<int, AppliedMigration> applied;
  for (const auto& row : *rows) {
    applied.emplace(static_cast<int>(row.Int(0).value_or(0)),
                    AppliedMigration{row.Text(1).value_or(""), row.Text(2).value_or("")});
  }
  return applied;
}

// Every applied migration must be one this binary has, byte for byte.
Result<void> CheckLedger(const std::map<int, AppliedMigration>& applied,
                         std::span<const Migration> migrations) {
  for (const auto& [version, record] : applied) {
    const Migration* known = nullptr;
    for (const auto& migration : migrations) {
      if (migration.version == version) known = &migration;
    }
    if (known == nullptr) {
      return Fail(ErrorCode::kConflict,
                  fmt::format("the database has migration {:04}_{}, which this version of "
                              "casereview does not know: it was written by a newer version",
                              version, record.name));
    }
    if (MigrationChecksum(*known) != record.checksum) {
      return Fail(ErrorCode::kConflict,
                  fmt::format("migration {} was edited after it was applied (checksum differs); "
                              "write a new migration instead",
                              Label(*known)));
    }
  }
  return {};
}

}  // namespace

std::string MigrationChecksum(const Migration& migration) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(migration.sql.data()),
                     migration.sql.size());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

Result<MigrationReport> ApplyMigrations(Connection& connection,
                                        std::span<const Migration> migrations,
                                        const std::function<std::string()>& now) {
  if (auto ordered = CheckOrder(migrations); !ordered) return std::unexpected(ordered.error());
  if (auto created = connection.ExecuteScript(kCreateLedger); !created) {
    return std::unexpected(created.error());
  }
  auto applied = ReadLedger(connection);
  if (!applied) return std::unexpected(applied.error());
  if (auto checked = CheckLedger(*applied, migrations); !checked) {
    return std::unexpected(checked.error());
  }

  MigrationReport report;
  report.version = applied->empty() ? 0 : applied->rbegin()->first;
  for (const auto& migration : migrations) {
    if (applied->contains(migration.version)) continue;
    auto outcome = InTransaction(connection, [&](Connection& tx) -> Result<bool> {
      // Another process may have applied it since the ledger was read.
      auto already = tx.Query("SELECT 1 FROM schema_migrations WHERE version = $1",
                              {Value(std::int64_t{migration.version})});
      if (!already) return std::unexpected(already.error());
      if (!already->empty()) return false;
      if (auto ran = tx.ExecuteScript(migration.sql); !ran) {
        return Fail(ran.error().code,
                    fmt::format("migration {} failed: {}", Label(migration), ran.error().message));
      }
      auto recorded = tx.Execute(
          "INSERT INTO schema_migrations (version, name, checksum, applied_at) "
          "VALUES ($1, $2, $3, $4)",
          {Value(std::int64_t{migration.version}), Value(std::string(migration.name)),
           Value(MigrationChecksum(migration)), Value(now())});
      if (!recorded) return std::unexpected(recorded.error());
      return true;
    });
    if (!outcome) return std::unexpected(outcome.error());
    if (*outcome) report.applied.push_back(migration);
    report.version = migration.version;
  }
  return report;
}

}  // namespace casereview::db
