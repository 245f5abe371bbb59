// casereview demo, run as a user would: it loads the fictional partnership
// once, refuses a second time, and what it prints lets each role sign in.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "core/statutory/review_stage.h"
#include "integration/api_client.h"
#include "integration/server_process.h"
#include "support/temp_dir.h"

namespace casereview::testing {
namespace {

using nlohmann::json;

// The password printed on the row of `email` in the demo's user table.
std::string PasswordOf(const std::string& out, const std::string& email) {
  const std::regex row(email + R"(\s+(\S+))");
  std::smatch match;
  if (!std::regex_search(out, match, row)) return {};
  return match[1];
}

// The number of audit events in `data_dir`'s database.
std::int64_t AuditEvents(const std::filesystem::path& data_dir) {
  sqlite3* handle = nullptr;
  std::int64_t count = -1;
  if (sqlite3_open((data_dir / "casereview.sqlite3").c_str(), &handle) == SQLITE_OK) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT count(*) FROM audit_event", -1, &statement, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
      count = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
  }
  sqlite3_close(handle);
  return count;
}

TEST(DemoCommand, LoadsOnceAndEveryRoleCanUseIt) {
  TempDir dir;
  const auto data = (dir.path() / "data").string();
  const auto loaded = RunCasereview({"demo", "--data-dir", data});
  ASSERT_EQ(loaded.exit_code, 0) << loaded.err;
  EXPECT_NE(loaded.out.find("Northmoor Safeguarding Children Partnership (fictional)"),
            std::string::npos);
  for (const char* role : {"admin", "coordinator", "panel_member", "partner", "reviewer",
                           "agency_lead (police)", "agency_lead (health)"}) {
    EXPECT_NE(loaded.out.find(role), std::string::npos) << role << "\n" << loaded.out;
  }
  for (const char* email : {"admin@northmoor.example", "coordinator@northmoor.example",
                            "panel.member@northmoor.example", "partner@northmoor.example",
                            "reviewer.one@northmoor.example", "reviewer.two@northmoor.example",
                            "police.lead@northmoor.example", "health.lead@northmoor.example"}) {
    EXPECT_EQ(PasswordOf(loaded.out, email).size(), 20u) << email;
  }
  EXPECT_NE(loaded.out.find("otpauth://totp/"), std::string::npos);

  const auto verified = RunCasereview({"audit", "verify", "--data-dir", data});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
  const std::int64_t events = AuditEvents(data);
  EXPECT_GT(events, 100);

  const auto again = RunCasereview({"demo", "--data-dir", data});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("already holds a partnership"), std::string::npos) << again.err;
  EXPECT_TRUE(again.out.empty()) << again.out;
  EXPECT_EQ(AuditEvents(data), events) << "the refused run wrote nothing";

  ServerProcess server(dir.path() / "data", {"--log-level", "warn"});
  ASSERT_TRUE(server.running());
  const ApiClient coordinator = SignIn(server.port(), "coordinator@northmoor.example",
                                       PasswordOf(loaded.out, "coordinator@northmoor.example"));
  const HttpReply reviews = coordinator.Call("GET", "/api/reviews?limit=200");
  ASSERT_EQ(reviews.status, 200u) << reviews.body;
  std::set<std::string> stages;
  const json review_list = json::parse(reviews.body);
  for (const json& review : review_list["items"]) stages.insert(review["stage"]);
  for (const auto& [stage, name] : kStages.entries()) {
    EXPECT_TRUE(stages.contains(std::string(name))) << name;
  }

  const HttpReply agencies = coordinator.Call("GET", "/api/agencies");
  ASSERT_EQ(agencies.status, 200u) << agencies.body;
  std::int64_t police = 0;
  const json agency_list = json::parse(agencies.body);
  for (const json& agency : agency_list["items"]) {
    if (agency["kind"] == "police") police = agency["id"];
  }
  ASSERT_NE(police, 0);
  const HttpReply all_actions = coordinator.Call("GET", "/api/actions?limit=200");
  ASSERT_EQ(all_actions.status, 200u);
  std::set<std::int64_t> agencies_with_actions;
  const json action_list = json::parse(all_actions.body);
  for (const json& action : action_list["items"]) {
    agencies_with_actions.insert(action["agency_id"].get<std::int64_t>());
  }
  EXPECT_GT(agencies_with_actions.size(), 1u);

  const ApiClient police_lead = SignIn(server.port(), "police.lead@northmoor.example",
                                       PasswordOf(loaded.out, "police.lead@northmoor.example"));
  const HttpReply actions = police_lead.Call("GET", "/api/actions?limit=200");
  ASSERT_EQ(actions.status, 200u) << actions.body;
  const json items = json::parse(actions.body)["items"];
  EXPECT_FALSE(items.empty());
  for (const json& action : items) EXPECT_EQ(action["agency_id"], police) << action.dump();
}

}  // namespace
}  // namespace casereview::testing
