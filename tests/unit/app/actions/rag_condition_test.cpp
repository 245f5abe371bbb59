#include "app/actions/rag_condition.h"

#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <string>

#include "db/rows.h"
#include "db/sqlite/sqlite_connection.h"
#include "support/temp_dir.h"

namespace casereview::app {
namespace {

// The SQL condition and ComputeRag are made from the same bands; this holds
// them to one answer for every status, on every day around each threshold.
class RagConditionTest : public ::testing::TestWithParam<RagThresholds> {
 protected:
  void SetUp() override {
    auto opened = db::OpenSqlite(dir_.path() / "db.sqlite3");
    ASSERT_TRUE(opened) << opened.error().message;
    connection_ = std::move(*opened);
    ASSERT_TRUE(connection_->ExecuteScript(
        "CREATE TABLE action (id INTEGER PRIMARY KEY, status TEXT NOT NULL, due_on TEXT NOT "
        "NULL)"));
  }
  testing::TempDir dir_;
  std::unique_ptr<db::Connection> connection_;
};

TEST_P(RagConditionTest, SelectsExactlyTheActionsComputeRagRatesSo) {
  const RagThresholds thresholds = GetParam();
  const CivilDate today{std::chrono::year{2027} / 3 / 28};
  const int furthest = std::max(thresholds.red_days, thresholds.amber_days) + 3;
  std::map<std::int64_t, Rag> expected;
  std::int64_t id = 0;
  for (const auto& [status, name] : kActionStatuses.entries()) {
    for (int days = -3; days <= furthest; ++days) {
      const CivilDate due{std::chrono::sys_days{today} + std::chrono::days{days}};
      ASSERT_TRUE(connection_->Execute(
          "INSERT INTO action (id, status, due_on) VALUES ($1, $2, $3)",
          {db::Value(++id), db::Value(std::string(name)), db::Value(FormatCivilDate(due))}));
      expected[id] = ComputeRag(status, due, today, thresholds);
    }
  }
  for (const auto& [rag, rag_name] : kRags.entries()) {
    std::vector<db::Value> params;
    const std::string condition = RagCondition(rag, today, thresholds, params);
    auto ids = db::QueryAll(*connection_, "SELECT a.id FROM action a WHERE " + condition,
                            db::Params(params), [](db::RowReader& row) { return row.Int("id"); });
    ASSERT_TRUE(ids) << ids.error().message;
    std::set<std::int64_t> want;
    for (const auto& [action, rated] : expected) {
      if (rated == rag) want.insert(action);
    }
    EXPECT_EQ(std::set<std::int64_t>(ids->begin(), ids->end()), want) << rag_name;
  }
}

INSTANTIATE_TEST_SUITE_P(Thresholds, RagConditionTest,
                         ::testing::Values(RagThresholds{}, RagThresholds{0, 0},
                                           RagThresholds{30, 14}, RagThresholds{1, 2}));

}  // namespace
}  // namespace casereview::app
