#include "db/rows.h"

#include <gtest/gtest.h>

#include "core/records/case_records.h"
#include "db/sqlite/sqlite_connection.h"
#include "support/temp_dir.h"

namespace casereview::db {
namespace {

class RowsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenSqlite(dir_.path() / "db.sqlite3");
    ASSERT_TRUE(opened) << opened.error().message;
    connection_ = std::move(*opened);
    ASSERT_TRUE(connection_->ExecuteScript(
        "CREATE TABLE item (id INTEGER PRIMARY KEY, status TEXT NOT NULL, closed INTEGER, "
        "note TEXT);"
        "INSERT INTO item VALUES (1, 'in_progress', 0, NULL), (2, 'completed', 1, 'done');"));
  }
  testing::TempDir dir_;
  std::unique_ptr<Connection> connection_;
};

struct Item {
  std::int64_t id = 0;
  ActionStatus status = ActionStatus::kNotStarted;
  bool closed = false;
  std::optional<std::string> note;
};

Item ReadItem(RowReader& row) {
  return Item{row.Int("id"), row.Enum("status", kActionStatuses), row.Bool("closed"),
              row.OptionalText("note")};
}

TEST_F(RowsTest, ReadsColumnsByNameWhateverTheirOrder) {
  auto items =
      QueryAll(*connection_, "SELECT note, closed, status, id FROM item ORDER BY id", {}, ReadItem);
  ASSERT_TRUE(items) << items.error().message;
  ASSERT_EQ(items->size(), 2u);
  EXPECT_EQ((*items)[0].id, 1);
  EXPECT_EQ((*items)[0].status, ActionStatus::kInProgress);
  EXPECT_FALSE((*items)[0].closed);
  EXPECT_EQ((*items)[0].note, std::nullopt);
  EXPECT_EQ((*items)[1].status, ActionStatus::kCompleted);
  EXPECT_TRUE((*items)[1].closed);
  EXPECT_EQ((*items)[1].note, "done");
}

TEST_F(RowsTest, AStoredNameThisVersionDoesNotKnowIsAnInternalErrorNotADefault) {
  ASSERT_TRUE(connection_->Execute("UPDATE item SET status = 'abandoned' WHERE id = 2"));
  auto items = QueryAll(*connection_, "SELECT id, status, closed, note FROM item", {}, ReadItem);
  ASSERT_FALSE(items);
  EXPECT_EQ(items.error().code, ErrorCode::kInternal);
  EXPECT_NE(items.error().message.find("status"), std::string::npos);
}

TEST_F(RowsTest, ABooleanIsZeroOrOneAndNothingElse) {
  // A damaged flag must never read as true (or false): a closed review read as open.
  ASSERT_TRUE(connection_->Execute("UPDATE item SET closed = 7 WHERE id = 1"));
  auto items = QueryAll(*connection_, "SELECT id, status, closed, note FROM item", {}, ReadItem);
  ASSERT_FALSE(items);
  EXPECT_EQ(items.error().code, ErrorCode::kInternal);
  EXPECT_NE(items.error().message.find("closed"), std::string::npos);
}

TEST_F(RowsTest, ABooleanBindsAndReadsBack) {
  ASSERT_TRUE(connection_->Execute("UPDATE item SET closed = $1 WHERE id = 1", {Value(true)}));
  auto closed = QueryOne(*connection_, "SELECT closed FROM item WHERE id = 1", {},
                         [](RowReader& row) { return row.Bool("closed"); });
  ASSERT_TRUE(closed);
  EXPECT_EQ(*closed, std::optional<bool>(true));
}

TEST_F(RowsTest, AMissingColumnOrAWrongKindIsAnInternalError) {
  auto missing = QueryAll(*connection_, "SELECT id, status FROM item", {}, ReadItem);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kInternal);
  EXPECT_NE(missing.error().message.find("closed"), std::string::npos);

  auto wrong = QueryAll(*connection_, "SELECT status AS id FROM item", {},
                        [](RowReader& row) { return row.Int("id"); });
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, ErrorCode::kInternal);

  auto null = QueryAll(*connection_, "SELECT note FROM item WHERE id = 1", {},
                       [](RowReader& row) { return row.Text("note"); });
  ASSERT_FALSE(null);
  EXPECT_EQ(null.error().code, ErrorCode::kInternal);
}

TEST_F(RowsTest, QueryOneSaysWhenThereIsNoRow) {
  auto none = QueryOne(*connection_, "SELECT id FROM item WHERE id = 99", {},
                       [](RowReader& row) { return row.Int("id"); });
  ASSERT_TRUE(none);
  EXPECT_EQ(*none, std::nullopt);
}

}  // namespace
}  // namespace casereview::db
