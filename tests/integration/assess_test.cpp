// The statutory assessment from the command line and over HTTP.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "integration/http_client.h"
#include "integration/in_process_server.h"
#include "integration/server_process.h"
#include "support/temp_dir.h"

namespace casereview::testing {
namespace {

using nlohmann::json;

const char* const kIncident = R"({
  "nation": "england", "subject": "child", "age_years": 2,
  "incident_date": "2026-03-02", "aware_date": "2026-03-03",
  "outcome": "died", "abuse_or_neglect": "suspected",
  "concern_about_agencies_working_together": true
})";

TEST(AssessCommand, ReadsStdinAndPrintsTheAssessment) {
  const auto result = RunCasereview({"assess"}, kIncident);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json out = json::parse(result.out);
  EXPECT_EQ(out["framework"], "england-wt2023");
  EXPECT_EQ(out["obligations"][0]["id"], "notify_panel");
  EXPECT_EQ(out["obligations"][0]["due"], "2026-03-10");
  EXPECT_EQ(RunCasereview({"assess", "-"}, kIncident).out, result.out);
}

TEST(AssessCommand, ReadsAFile) {
  TempDir dir;
  std::ofstream(dir.path() / "incident.json") << kIncident;
  const auto result = RunCasereview({"assess", (dir.path() / "incident.json").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(json::parse(result.out)["framework"], "england-wt2023");
  const auto missing = RunCasereview({"assess", (dir.path() / "absent.json").string()});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("absent.json"), std::string::npos);
}

TEST(AssessCommand, BadIncidentNamesEachFieldOnStderrAndExits2) {
  const auto result =
      RunCasereview({"assess"}, R"({"nation":"england","subject":"child","age_years":17,
                      "incident_date":"2026-02-30","outcome":"died","colour":"red"})");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(result.out.empty());
  EXPECT_NE(result.err.find("incident_date: must be a real date"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("colour: is not a known field"), std::string::npos);
  const auto adult_child =
      RunCasereview({"assess"}, R"({"nation":"england","subject":"child","age_years":18,
                      "incident_date":"2026-02-03","outcome":"died"})");
  EXPECT_EQ(adult_child.exit_code, 2);
  EXPECT_NE(adult_child.err.find("age_years: a child is under 18"), std::string::npos)
      << adult_child.err;
  const auto garbage = RunCasereview({"assess"}, "not json");
  EXPECT_EQ(garbage.exit_code, 2);
  EXPECT_NE(garbage.err.find("not valid JSON"), std::string::npos);
}

// POST /api/assess for a signed-in coordinator of the in-process server.
class AssessApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new InProcessServer();
    const std::string password = "fictional passphrase for tests";
    (void)server_->users().Create(app::NewUser{"coordinator@northmoor.example",
                                               "Fictional Coordinator",
                                               {Role::kCoordinator},
                                               {},
                                               {},
                                               password},
                                  app::Actor::System());
    const auto reply =
        Send(server_->port(),
             {"POST",
              "/api/session",
              {{"Content-Type", "application/json"}},
              json{{"email", "coordinator@northmoor.example"}, {"password", password}}.dump()});
    const std::string cookie = reply.Header("set-cookie");
    cookie_ = new std::string(cookie.substr(0, cookie.find(';')));
    csrf_ = new std::string(json::parse(reply.body)["csrf_token"].get<std::string>());
  }
  static void TearDownTestSuite() {
    delete server_;
    delete cookie_;
    delete csrf_;
  }
  static HttpReply Post(const std::string& body, const std::string& type = "application/json") {
    return Send(server_->port(),
                {"POST",
                 "/api/assess",
                 {{"Content-Type", type}, {"Cookie", *cookie_}, {"X-CSRF-Token", *csrf_}},
                 body});
  }
  static InProcessServer* server_;
  static std::string* cookie_;
  static std::string* csrf_;
};
InProcessServer* AssessApiTest::server_ = nullptr;
std::string* AssessApiTest::cookie_ = nullptr;
std::string* AssessApiTest::csrf_ = nullptr;

TEST_F(AssessApiTest, NeedsASignedInUser) {
  const auto reply = Send(
      server_->port(), {"POST", "/api/assess", {{"Content-Type", "application/json"}}, kIncident});
  EXPECT_EQ(reply.status, 401u);
}

TEST_F(AssessApiTest, ReturnsTheSameAssessmentAsTheCli) {
  const auto reply = Post(kIncident);
  ASSERT_EQ(reply.status, 200u) << reply.body;
  EXPECT_EQ(reply.Header("content-type"), "application/json");
  EXPECT_EQ(reply.Header("cache-control"), "no-store");
  EXPECT_EQ(json::parse(reply.body), json::parse(RunCasereview({"assess"}, kIncident).out));
}

TEST_F(AssessApiTest, BadIncidentIs400ProblemWithFieldErrors) {
  const auto reply = Post(R"({"nation":"england","subject":"adult","age_years":12,
                              "incident_date":"2026-01-05","aware_date":"2026-01-01",
                              "outcome":"sometimes"})");
  ASSERT_EQ(reply.status, 400u);
  EXPECT_EQ(reply.Header("content-type"), "application/problem+json");
  const json problem = json::parse(reply.body);
  std::map<std::string, std::string> fields;
  for (const auto& error : problem["errors"]) fields[error["field"]] = error["message"];
  EXPECT_EQ(fields.count("outcome"), 1u);
  EXPECT_EQ(fields.count("age_years"), 0u) << "semantic checks wait for well-formed input";
  const auto semantic = Post(R"({"nation":"england","subject":"adult","age_years":12,
                                 "incident_date":"2026-01-05","aware_date":"2026-01-01",
                                 "outcome":"died"})");
  const json second = json::parse(semantic.body);
  ASSERT_EQ(second["errors"].size(), 2u) << semantic.body;
  EXPECT_EQ(second["errors"][0]["field"], "age_years");
  EXPECT_EQ(second["errors"][1]["field"], "aware_date");
}

TEST_F(AssessApiTest, RejectsOtherContentTypesAndNonJson) {
  EXPECT_EQ(Post(kIncident, "text/plain").status, 400u);
  const auto garbage = Post("{\"nation\": Fictional-Name");
  EXPECT_EQ(garbage.status, 400u);
  EXPECT_EQ(garbage.body.find("Fictional-Name"), std::string::npos);
  EXPECT_EQ(Get(server_->port(), "/api/assess").status, 405u);
}

}  // namespace
}  // namespace casereview::testing
