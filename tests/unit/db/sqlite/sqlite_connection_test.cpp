#include "db/sqlite/sqlite_connection.h"

#include <gtest/gtest.h>

#include <thread>

#include "db/connection_pool.h"
#include "support/temp_dir.h"

namespace casereview::db {
namespace {

class SqliteConnectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenSqlite(dir_.path() / "db.sqlite3");
    ASSERT_TRUE(opened) << opened.error().message;
    connection_ = std::move(*opened);
    ASSERT_TRUE(connection_->ExecuteScript(
        "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL, score REAL);"
        "CREATE TABLE tag (note_id INTEGER NOT NULL REFERENCES note(id));"));
  }
  testing::TempDir dir_;
  std::unique_ptr<Connection> connection_;
};

TEST_F(SqliteConnectionTest, UsesWalAndForeignKeys) {
  auto mode = connection_->Query("PRAGMA journal_mode");
  ASSERT_TRUE(mode);
  EXPECT_EQ((*mode)[0].Text(0), "wal");
  auto orphan =
      connection_->Execute("INSERT INTO tag (note_id) VALUES ($1)", {Value(std::int64_t{99})});
  ASSERT_FALSE(orphan);
  // An unchecked constraint is a bug: kInternal, whose message is never sent.
  EXPECT_EQ(orphan.error().code, ErrorCode::kInternal);
}

TEST_F(SqliteConnectionTest, BindsPlaceholdersByNumberNotPosition) {
  // $2 appears first: positional binding would swap the values.
  auto rows = connection_->Query("SELECT $2 || '-' || $1", {Value("first"), Value("second")});
  ASSERT_TRUE(rows);
  EXPECT_EQ((*rows)[0].Text(0), "second-first");
}

TEST_F(SqliteConnectionTest, RoundTripsEveryValueKind) {
  auto inserted =
      connection_->Query("INSERT INTO note (body, score) VALUES ($1, $2) RETURNING id, body, score",
                         {Value("fictional note"), Value(2.5)});
  ASSERT_TRUE(inserted);
  EXPECT_EQ((*inserted)[0].Int(0), 1);
  EXPECT_EQ((*inserted)[0].Text(1), "fictional note");
  EXPECT_EQ(std::get<double>((*inserted)[0].at(2)), 2.5);
  auto nulls = connection_->Query("SELECT NULL");
  EXPECT_TRUE((*nulls)[0].IsNull(0));
  EXPECT_FALSE((*nulls)[0].Text(0).has_value());
}

TEST_F(SqliteConnectionTest, CountsChangedRows) {
  ASSERT_TRUE(connection_->Execute("INSERT INTO note (body) VALUES ($1), ($1)", {Value("x")}));
  auto changed = connection_->Execute("UPDATE note SET body = $1", {Value("y")});
  ASSERT_TRUE(changed);
  EXPECT_EQ(*changed, 2);
}

TEST_F(SqliteConnectionTest, RejectsAWrongNumberOfParameters) {
  auto refused = connection_->Query("SELECT $1, $2", {Value("only one")});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInternal);
}

TEST_F(SqliteConnectionTest, ErrorsNeverCarryBoundValues) {
  auto refused = connection_->Execute("INSERT INTO note (body) VALUES ($1)", {Value(nullptr)});
  ASSERT_FALSE(refused);
  auto secret = connection_->Query("SELECT * FROM missing WHERE name = $1", {Value("Child T")});
  ASSERT_FALSE(secret);
  EXPECT_EQ(secret.error().message.find("Child T"), std::string::npos);
}

TEST_F(SqliteConnectionTest, TransactionCommitsOrRollsBackAsAWhole) {
  auto committed = InTransaction(*connection_, [](Connection& tx) -> Result<int> {
    if (auto a = tx.Execute("INSERT INTO note (body) VALUES ($1)", {Value("kept")}); !a) {
      return std::unexpected(a.error());
    }
    return 1;
  });
  ASSERT_TRUE(committed);
  auto failed = InTransaction(*connection_, [](Connection& tx) -> Result<int> {
    if (auto a = tx.Execute("INSERT INTO note (body) VALUES ($1)", {Value("lost")}); !a) {
      return std::unexpected(a.error());
    }
    return Fail(ErrorCode::kConflict, "a later step failed");
  });
  ASSERT_FALSE(failed);
  EXPECT_THROW(InTransaction(*connection_,
                             [](Connection& tx) -> Result<int> {
                               (void)tx.Execute("INSERT INTO note (body) VALUES ($1)",
                                                {Value("thrown")});
                               throw std::runtime_error("bug");
                             }),
               std::runtime_error);
  auto rows = connection_->Query("SELECT body FROM note ORDER BY id");
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].Text(0), "kept");
}

TEST(ConnectionPool, GivesEachThreadItsOwnConnectionAndReusesThem) {
  testing::TempDir dir;
  int opened = 0;
  ConnectionPool pool(
      [&] {
        ++opened;
        return OpenSqlite(dir.path() / "pool.sqlite3");
      },
      2);
  {
    auto setup = pool.Acquire();
    ASSERT_TRUE(setup);
    ASSERT_TRUE((*setup)->ExecuteScript("CREATE TABLE counter (n INTEGER)"));
  }
  std::vector<std::jthread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&pool] {
      for (int i = 0; i < 25; ++i) {
        auto lease = pool.Acquire();
        ASSERT_TRUE(lease);
        ASSERT_TRUE(
            (*lease)->Execute("INSERT INTO counter (n) VALUES ($1)", {Value(std::int64_t{i})}));
      }
    });
  }
  threads.clear();
  auto lease = pool.Acquire();
  auto count = (*lease)->Query("SELECT count(*) FROM counter");
  EXPECT_EQ((*count)[0].Int(0), 100);
  EXPECT_LE(opened, 2);
}

TEST(ConnectionPool, ReportsAConnectionThatCannotOpen) {
  ConnectionPool pool([] { return OpenSqlite("/nonexistent-dir/casereview/db.sqlite3"); }, 1);
  auto lease = pool.Acquire();
  ASSERT_FALSE(lease);
  EXPECT_EQ(lease.error().code, ErrorCode::kUnavailable);
}

// Two connections to one file that queue for its writer at one gate.
class WriterGateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    options_.writers = std::make_shared<WriterGate>();
    options_.busy_timeout_ms = 50;
    first_ = Open();
    second_ = Open();
    ASSERT_TRUE(first_->ExecuteScript("CREATE TABLE counter (n INTEGER)"));
  }
  std::unique_ptr<Connection> Open() {
    auto opened = OpenSqlite(dir_.path() / "gate.sqlite3", options_);
    EXPECT_TRUE(opened) << opened.error().message;
    return std::move(*opened);
  }
  testing::TempDir dir_;
  SqliteOptions options_;
  std::unique_ptr<Connection> first_;
  std::unique_ptr<Connection> second_;
};

TEST_F(WriterGateTest, AWriterWaitsAtTheGateAndGetsInWhenTheOneAheadCommits) {
  ASSERT_TRUE(first_->Begin());
  ASSERT_TRUE(first_->Execute("INSERT INTO counter (n) VALUES (1)"));
  options_.busy_timeout_ms = 5000;
  auto patient = Open();
  std::jthread waiting([&] {
    ASSERT_TRUE(patient->Begin());
    ASSERT_TRUE(patient->Execute("INSERT INTO counter (n) VALUES (2)"));
    ASSERT_TRUE(patient->Commit());
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  ASSERT_TRUE(first_->Commit());
  waiting.join();
  auto rows = first_->Query("SELECT n FROM counter ORDER BY n");
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 2u);
}

TEST_F(WriterGateTest, AWriterKeptWaitingTooLongIsToldTheDatabaseIsBusy) {
  ASSERT_TRUE(first_->Begin());
  auto refused = second_->Begin();
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kUnavailable);
  // Nothing was half-begun: once the first leaves, the second gets in.
  first_->Rollback();
  ASSERT_TRUE(second_->Begin());
  second_->Rollback();
}

TEST_F(WriterGateTest, ACommitThatFailsKeepsTheGateUntilRollback) {
  ASSERT_TRUE(first_->ExecuteScript(
      "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
      "CREATE TABLE child (parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY "
      "DEFERRED)"));
  ASSERT_TRUE(first_->Begin());
  ASSERT_TRUE(first_->Execute("INSERT INTO child (parent_id) VALUES (7)"));
  ASSERT_FALSE(first_->Commit());  // the deferred foreign key fails at COMMIT
  EXPECT_FALSE(second_->Begin());  // the first still holds its transaction
  first_->Rollback();
  ASSERT_TRUE(second_->Begin());
  second_->Rollback();
}

TEST_F(WriterGateTest, AConnectionClosedInsideATransactionLeavesTheGate) {
  ASSERT_TRUE(first_->Begin());
  first_.reset();
  ASSERT_TRUE(second_->Begin());
  second_->Rollback();
}

}  // namespace
}  // namespace casereview::db
