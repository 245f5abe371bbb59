#include "db/migrations.h"

#include <gtest/gtest.h>

#include <array>

#include "db/sqlite/sqlite_connection.h"
#include "support/temp_dir.h"

namespace casereview::db {
namespace {

constexpr std::array<Migration, 2> kTwo = {{
    {1, "agency", "CREATE TABLE agency (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"},
    {2, "agency_kind", "ALTER TABLE agency ADD COLUMN kind TEXT;"},
}};

std::string FixedNow() { return "2026-11-22T10:00:00.000Z"; }

class MigrationsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenSqlite(dir_.path() / "test.sqlite3");
    ASSERT_TRUE(opened) << opened.error().message;
    connection_ = std::move(*opened);
  }

  std::vector<std::int64_t> AppliedVersions() {
    auto rows = connection_->Query("SELECT version FROM schema_migrations ORDER BY version");
    std::vector<std::int64_t> versions;
    for (const auto& row : *rows) versions.push_back(*row.Int(0));
    return versions;
  }

  testing::TempDir dir_;
  std::unique_ptr<Connection> connection_;
};

TEST_F(MigrationsTest, AppliesInOrderAndRecordsEach) {
  auto report = ApplyMigrations(*connection_, kTwo, FixedNow);
  ASSERT_TRUE(report) << report.error().message;
  ASSERT_EQ(report->applied.size(), 2u);
  EXPECT_EQ(report->applied[0].name, "agency");
  EXPECT_EQ(report->version, 2);
  EXPECT_EQ(AppliedVersions(), (std::vector<std::int64_t>{1, 2}));
  auto row = connection_->Query(
      "SELECT name, checksum, applied_at FROM schema_migrations WHERE version = $1",
      {Value(std::int64_t{2})});
  ASSERT_TRUE(row);
  EXPECT_EQ((*row)[0].Text(0), "agency_kind");
  EXPECT_EQ((*row)[0].Text(1), MigrationChecksum(kTwo[1]));
  EXPECT_EQ((*row)[0].Text(2), FixedNow());
  EXPECT_TRUE(connection_->Execute("INSERT INTO agency (name, kind) VALUES ($1, $2)",
                                   {Value("Police"), Value("police")}));
}

TEST_F(MigrationsTest, IsIdempotent) {
  ASSERT_TRUE(ApplyMigrations(*connection_, kTwo, FixedNow));
  auto again = ApplyMigrations(*connection_, kTwo, FixedNow);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_TRUE(again->applied.empty());
  EXPECT_EQ(again->version, 2);
  EXPECT_EQ(AppliedVersions(), (std::vector<std::int64_t>{1, 2}));
}

TEST_F(MigrationsTest, AppliesOnlyWhatIsPending) {
  ASSERT_TRUE(ApplyMigrations(*connection_, std::span(kTwo).first(1), FixedNow));
  auto report = ApplyMigrations(*connection_, kTwo, FixedNow);
  ASSERT_TRUE(report);
  ASSERT_EQ(report->applied.size(), 1u);
  EXPECT_EQ(report->applied[0].version, 2);
}

TEST_F(MigrationsTest, RefusesAnEditedMigrationAndChangesNothing) {
  ASSERT_TRUE(ApplyMigrations(*connection_, std::span(kTwo).first(1), FixedNow));
  const std::array<Migration, 2> edited = {{
      {1, "agency", "CREATE TABLE agency (id INTEGER PRIMARY KEY, title TEXT);"},
      kTwo[1],
  }};
  auto refused = ApplyMigrations(*connection_, edited, FixedNow);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  EXPECT_NE(refused.error().message.find("0001_agency"), std::string::npos);
  EXPECT_EQ(AppliedVersions(), (std::vector<std::int64_t>{1}));
}

TEST_F(MigrationsTest, RefusesADatabaseFromANewerBinary) {
  ASSERT_TRUE(ApplyMigrations(*connection_, kTwo, FixedNow));
  auto refused = ApplyMigrations(*connection_, std::span(kTwo).first(1), FixedNow);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  EXPECT_NE(refused.error().message.find("newer"), std::string::npos);
}

TEST_F(MigrationsTest, AFailingMigrationLeavesThePreviousVersion) {
  const std::array<Migration, 2> broken = {{
      kTwo[0],
      {2, "broken", "CREATE TABLE half (id INTEGER); THIS IS NOT SQL;"},
  }};
  auto failed = ApplyMigrations(*connection_, broken, FixedNow);
  ASSERT_FALSE(failed);
  EXPECT_NE(failed.error().message.find("0002_broken"), std::string::npos);
  EXPECT_EQ(AppliedVersions(), (std::vector<std::int64_t>{1}));
  auto half = connection_->Query("SELECT name FROM sqlite_master WHERE name = 'half'");
  ASSERT_TRUE(half);
  EXPECT_TRUE(half->empty()) << "the failed migration's first statement must be rolled back";
}

TEST_F(MigrationsTest, RefusesVersionsOutOfOrder) {
  const std::array<Migration, 2> unordered = {{kTwo[1], kTwo[0]}};
  EXPECT_FALSE(ApplyMigrations(*connection_, unordered, FixedNow));
}

TEST(EmbeddedMigrations, StartWithThePartnershipTable) {
  const auto migrations = EmbeddedMigrations();
  ASSERT_FALSE(migrations.empty());
  EXPECT_EQ(migrations[0].version, 1);
  EXPECT_EQ(migrations[0].name, "partnership");
  EXPECT_NE(migrations[0].sql.find("CREATE TABLE partnership"), std::string_view::npos);
}

TEST(EmbeddedMigrations, ApplyToAFreshDatabase) {
  testing::TempDir dir;
  auto connection = OpenSqlite(dir.path() / "fresh.sqlite3");
  ASSERT_TRUE(connection);
  auto report = ApplyMigrations(**connection, EmbeddedMigrations(), FixedNow);
  ASSERT_TRUE(report) << report.error().message;
  auto inserted =
      (*connection)
          ->Query(
              "INSERT INTO partnership (name, nation, created_at) VALUES ($1, $2, $3) RETURNING id",
              {Value("Northmoor Safeguarding Children Partnership (fictional)"), Value("england"),
               Value(FixedNow())});
  ASSERT_TRUE(inserted) << inserted.error().message;
  EXPECT_EQ((*inserted)[0].Int(0), 1);
  auto refused =
      (*connection)
          ->Execute("INSERT INTO partnership (name, nation, created_at) VALUES ($1, $2, $3)",
                    {Value("Fictional"), Value("atlantis"), Value(FixedNow())});
  ASSERT_FALSE(refused);
  // A CHECK the use cases did not make first is a bug, never shown to a client.
  EXPECT_EQ(refused.error().code, ErrorCode::kInternal);
}

}  // namespace
}  // namespace casereview::db
