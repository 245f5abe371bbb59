// `casereview audit verify` as an operator runs it: on a fresh data directory,
// after events were written, and after someone edited the database file.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "app/audit/audit.h"
#include "app/platform/data_directory.h"
#include "integration/server_process.h"
#include "support/fake_clock.h"
#include "support/temp_dir.h"

namespace casereview::testing {
namespace {

// Writes `count` events through the real use-case API, as the server would.
void SeedEvents(const std::filesystem::path& data_dir, int count) {
  auto directory = app::PrepareDataDirectory(data_dir);
  ASSERT_TRUE(directory) << directory.error().message;
  auto database = app::OpenDatabase(*directory, 1);
  FakeClock clock;
  ASSERT_TRUE(app::MigrateDatabase(*database, clock));
  auto connection = database->Acquire();
  ASSERT_TRUE(connection);
  for (int i = 1; i <= count; ++i) {
    clock.Advance(std::chrono::seconds{1});
    app::AuditEvent event{7,
                          "user:7",
                          i % 2 == 0 ? "review.updated" : "review.read",
                          "review",
                          std::to_string(40 + i),
                          "192.0.2.10",
                          {}};
    auto appended = db::InTransaction(
        **connection, [&](db::Connection& tx) { return app::AppendAudit(tx, event, clock.Now()); });
    ASSERT_TRUE(appended) << appended.error().message;
  }
}

// Runs SQL on the database file directly, as someone with access to it could.
void EditDatabaseFile(const std::filesystem::path& data_dir, const std::string& sql) {
  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open((data_dir / "casereview.sqlite3").c_str(), &handle), SQLITE_OK);
  char* message = nullptr;
  const int code = sqlite3_exec(handle, sql.c_str(), nullptr, nullptr, &message);
  EXPECT_EQ(code, SQLITE_OK) << (message != nullptr ? message : "");
  sqlite3_free(message);
  sqlite3_close(handle);
}

CommandResult Verify(const std::filesystem::path& data_dir, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"audit", "verify", "--data-dir", data_dir.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return RunCasereview(args);
}

TEST(AuditCommand, AFreshDataDirectoryHasAnIntactEmptyLog) {
  TempDir dir;
  const auto result = Verify(dir.path() / "data");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "audit chain intact: 0 events\n");
}

TEST(AuditCommand, NamesTheEventWhoseByteWasChanged) {
  TempDir dir;
  const auto data = dir.path() / "data";
  SeedEvents(data, 5);
  const auto intact = Verify(data);
  ASSERT_EQ(intact.exit_code, 0) << intact.err;
  EXPECT_TRUE(intact.out.starts_with("audit chain intact: 5 events\nhead: 5:")) << intact.out;

  // The database refuses the edit while its guard is in place...
  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open((data / "casereview.sqlite3").c_str(), &handle), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(handle, "UPDATE audit_event SET action = 'review.reae' WHERE seq = 3",
                         nullptr, nullptr, nullptr),
            SQLITE_CONSTRAINT);
  EXPECT_NE(std::string(sqlite3_errmsg(handle)).find("append-only"), std::string::npos);
  sqlite3_close(handle);
  EXPECT_EQ(Verify(data).exit_code, 0);

  // ...and once the guard is dropped, verification finds the one changed byte.
  EditDatabaseFile(data,
                   "DROP TRIGGER audit_event_no_update; "
                   "UPDATE audit_event SET action = 'review.reae' WHERE seq = 3;");
  const auto broken = Verify(data);
  EXPECT_EQ(broken.exit_code, 1);
  EXPECT_TRUE(broken.out.empty()) << broken.out;
  EXPECT_EQ(broken.err,
            "audit chain broken at event 3: its contents do not match its hash (the event was "
            "changed)\n");
}

TEST(AuditCommand, AnAnchorFromAnEarlierRunCatchesEventsCutFromTheEnd) {
  TempDir dir;
  const auto data = dir.path() / "data";
  SeedEvents(data, 4);
  const auto before = Verify(data);
  ASSERT_EQ(before.exit_code, 0) << before.err;
  const auto head_at = before.out.find("head: ");
  ASSERT_NE(head_at, std::string::npos) << before.out;
  const std::string anchor =
      before.out.substr(head_at + 6, before.out.find('\n', head_at) - head_at - 6);
  EXPECT_EQ(Verify(data, {"--anchor", anchor}).exit_code, 0);

  EditDatabaseFile(data,
                   "DROP TRIGGER audit_event_no_delete; DELETE FROM audit_event WHERE seq = 4;");
  const auto without = Verify(data);
  EXPECT_EQ(without.exit_code, 0) << without.err;  // the chain alone cannot tell
  EXPECT_TRUE(without.out.starts_with("audit chain intact: 3 events\n")) << without.out;
  const auto with = Verify(data, {"--anchor", anchor});
  EXPECT_EQ(with.exit_code, 1);
  EXPECT_TRUE(with.err.starts_with("audit chain broken at event 4: the log ends at event 3"))
      << with.err;

  const auto malformed = Verify(data, {"--anchor", "4:nothex"});
  EXPECT_EQ(malformed.exit_code, 2);
  EXPECT_NE(malformed.err.find("--anchor"), std::string::npos) << malformed.err;
}

}  // namespace
}  // namespace casereview::testing
