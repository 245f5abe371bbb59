// Findings, recommendations, action plans, progress and RAG thresholds over
// real HTTP: happy paths, every validation error (writing nothing), If-Match,
// record-level access per role, and RAG for actions in each state. Reviews
// have no API on this branch yet: fixtures are inserted with SQL.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>

#include "app/platform/london_time.h"
#include "integration/api_client.h"
#include "integration/in_process_server.h"

namespace casereview::testing {
namespace {

using nlohmann::json;

constexpr std::string_view kAt = "2026-11-01T09:00:00.000Z";

class ActionPlanTest : public ::testing::Test {
 protected:
  std::int64_t Insert(const std::string& sql, std::initializer_list<db::Value> params) {
    auto connection = server_.database().Acquire();
    EXPECT_TRUE(connection);
    auto rows = (*connection)->Query(sql, params);
    EXPECT_TRUE(rows) << (rows ? "" : rows.error().message);
    return rows && !rows->empty() ? rows->front().Int(0).value_or(0) : 0;
  }

  std::int64_t Count(const std::string& table) {
    auto connection = server_.database().Acquire();
    auto rows = (*connection)->Query("SELECT COUNT(*) FROM " + table);
    return rows ? rows->front().Int(0).value_or(-1) : -1;
  }

  // The detail of every audit event with `action`, oldest first.
  std::vector<json> AuditDetails(const std::string& action) {
    auto connection = server_.database().Acquire();
    auto rows = (*connection)
                    ->Query("SELECT detail FROM audit_event WHERE action = $1 ORDER BY seq",
                            {db::Value(action)});
    std::vector<json> details;
    if (rows) {
      for (const auto& row : *rows) details.push_back(json::parse(row.Text(0).value_or("{}")));
    }
    return details;
  }

  std::int64_t Partnership() const { return server_.first_run().partnership_id; }

  // A review at the analysis stage, with its referral.
  std::int64_t NewReview(bool restricted = false, std::optional<std::int64_t> partnership = {}) {
    const std::int64_t owner = partnership.value_or(Partnership());
    const std::int64_t referral = Insert(
        "INSERT INTO referral (partnership_id, referrer_name, received_on, summary, created_at, "
        "updated_at) VALUES ($1, 'Fictional Referrer', '2026-01-05', 'Fictional summary', $2, $2) "
        "RETURNING id",
        {db::Value(owner), db::Value(std::string(kAt))});
    return Insert(
        "INSERT INTO review (partnership_id, referral_id, pseudonym, nation, subject, stage, "
        "restricted, aware_on, created_at, updated_at) VALUES ($1, $2, 'Child Q (fictional)', "
        "'england', 'child', 'analysis', $3, '2026-01-05', $4, $4) RETURNING id",
        {db::Value(owner), db::Value(referral), db::Value(std::int64_t{restricted ? 1 : 0}),
         db::Value(std::string(kAt))});
  }

  std::int64_t NewAgency(const std::string& name, std::optional<std::int64_t> partnership = {}) {
    return Insert(
        "INSERT INTO agency (partnership_id, name, kind, created_at) VALUES ($1, $2, 'other', $3) "
        "RETURNING id",
        {db::Value(partnership.value_or(Partnership())), db::Value(name),
         db::Value(std::string(kAt))});
  }

  std::int64_t NewPartnership() {
    return Insert(
        "INSERT INTO partnership (name, nation, created_at) VALUES ('Southfen Partnership "
        "(fictional)', 'england', $1) RETURNING id",
        {db::Value(std::string(kAt))});
  }

  // A progress report of the review; an agency's own when `agency_id` is set.
  std::int64_t NewDocument(std::int64_t review_id, std::optional<std::int64_t> agency_id = {}) {
    return Insert(
        "INSERT INTO document (review_id, kind, title, agency_id, created_at) VALUES ($1, "
        "'progress_report', 'Fictional progress report', $3, $2) RETURNING id",
        {db::Value(review_id), db::Value(std::string(kAt)),
         agency_id ? db::Value(*agency_id) : db::Value(nullptr)});
  }

  void Assign(std::int64_t review_id, const std::string& email, const std::string& role) {
    const auto user = server_.users().FindByEmail(email);
    ASSERT_TRUE(user);
    Insert(
        "INSERT INTO review_member (review_id, user_id, role, assigned_at) VALUES ($1, $2, $3, $4) "
        "RETURNING user_id",
        {db::Value(review_id), db::Value(user->id), db::Value(role), db::Value(std::string(kAt))});
  }

  ApiClient As(Role role, std::optional<std::int64_t> agency = {}, std::string name = "") {
    if (name.empty()) name = std::string(RoleName(role));
    return SignInAs(server_, name + "@northmoor.example", {role}, agency);
  }

  static std::string Date(int days_from_today, const app::Clock& clock) {
    const CivilDate today = app::TodayInLondon(clock);
    return FormatCivilDate(
        CivilDate{std::chrono::sys_days{today} + std::chrono::days{days_from_today}});
  }
  std::string DueIn(int days) const { return Date(days, server_.clock()); }

  // POSTs and expects 201; the created record.
  json Created(const ApiClient& client, const std::string& target, const json& body) {
    const auto reply = client.Call("POST", target, body.dump());
    EXPECT_EQ(reply.status, 201u) << target << ": " << reply.body;
    return reply.status == 201 ? json::parse(reply.body) : json::object();
  }

  std::int64_t NewRecommendation(const ApiClient& client, std::int64_t review_id) {
    return Created(client, "/api/reviews/" + std::to_string(review_id) + "/recommendations",
                   {{"text", "Share information earlier (fictional)"}, {"target", "partnership"}})
        .value("id", std::int64_t{0});
  }

  json NewAction(const ApiClient& client, std::int64_t recommendation_id, std::int64_t agency_id,
                 int due_in_days, const std::string& status = "not_started") {
    return Created(client, "/api/recommendations/" + std::to_string(recommendation_id) + "/actions",
                   {{"agency_id", agency_id},
                    {"owner", "Head of Practice (fictional)"},
                    {"description", "Review the information-sharing protocol"},
                    {"success_measure", "Audit shows referrals shared within a day"},
                    {"due_on", DueIn(due_in_days)},
                    {"status", status}});
  }

  // The field names of a 400 problem.
  static std::vector<std::string> ErrorFields(const HttpReply& reply) {
    EXPECT_EQ(reply.status, 400u) << reply.body;
    std::vector<std::string> fields;
    const auto body = json::parse(reply.body, nullptr, false);
    if (body.is_object() && body.contains("errors")) {
      for (const auto& error : body["errors"]) fields.push_back(error.value("field", ""));
    }
    return fields;
  }

  static std::string ActionPath(std::int64_t id) { return "/api/actions/" + std::to_string(id); }

  InProcessServer server_;
};

using Fields = std::vector<std::string>;

TEST_F(ActionPlanTest, FindingsAreAddedAndListedAndBadOnesWriteNothing) {
  const ApiClient coordinator = As(Role::kCoordinator);
  const std::int64_t review = NewReview();
  const std::string path = "/api/reviews/" + std::to_string(review) + "/findings";
  const auto reply = coordinator.Call(
      "POST", path,
      json{{"text", "  Agencies did not share concerns  "}, {"themes", {"sharing"}}}.dump());
  ASSERT_EQ(reply.status, 201u) << reply.body;
  EXPECT_EQ(reply.Header("location"), path);
  const auto finding = json::parse(reply.body);
  EXPECT_EQ(finding["text"], "Agencies did not share concerns");
  EXPECT_EQ(finding["themes"], json::array({"sharing"}));
  EXPECT_EQ(finding["review_id"], review);

  const auto before = Count("finding");
  const auto audit_before = Count("audit_event");
  EXPECT_EQ(ErrorFields(coordinator.Call("POST", path, json{{"themes", json::array()}}.dump())),
            Fields{"text"});
  EXPECT_EQ(ErrorFields(coordinator.Call("POST", path, json{{"text", "   "}}.dump())),
            Fields{"text"});
  EXPECT_EQ(
      ErrorFields(coordinator.Call("POST", path, json{{"text", std::string(20001, 'x')}}.dump())),
      Fields{"text"});
  EXPECT_EQ(ErrorFields(coordinator.Call(
                "POST", path,
                json{{"text", "t"}, {"themes", std::vector<std::string>(21, "theme")}}.dump())),
            Fields{"themes"});
  EXPECT_EQ(ErrorFields(coordinator.Call(
                "POST", path, json{{"text", "t"}, {"themes", {std::string(101, 'x')}}}.dump())),
            Fields{"themes"});
  EXPECT_EQ(
      ErrorFields(coordinator.Call("POST", path, json{{"text", "t"}, {"colour", "red"}}.dump())),
      Fields{"colour"});
  EXPECT_EQ(Count("finding"), before);
  EXPECT_EQ(Count("audit_event"), audit_before);

  EXPECT_EQ(AuditDetails("finding.created"),
            std::vector<json>{json({{"review_id", std::to_string(review)}})});

  const auto listed = json::parse(coordinator.Call("GET", path).body);
  ASSERT_EQ(listed["items"].size(), 1u);
  EXPECT_EQ(listed["items"][0]["id"], finding["id"]);
}

TEST_F(ActionPlanTest, RecommendationsAreNumberedAndTheirTargetsChecked) {
  const ApiClient coordinator = As(Role::kCoordinator);
  const std::int64_t review = NewReview();
  const std::string path = "/api/reviews/" + std::to_string(review) + "/recommendations";
  const auto first = Created(coordinator, path, {{"text", "First"}, {"target", "national"}});
  EXPECT_EQ(first["number"], 1);
  const auto fifth = Created(coordinator, path,
                             {{"text", "Fifth"},
                              {"number", 5},
                              {"target", "agency"},
                              {"target_agency_id", server_.agency_id()},
                              {"themes", {"policing"}}});
  EXPECT_EQ(fifth["number"], 5);
  EXPECT_EQ(fifth["target_agency_id"], server_.agency_id());
  EXPECT_EQ(Created(coordinator, path, {{"text", "Next"}, {"target", "partnership"}})["number"], 6);

  const auto before = Count("recommendation");
  const auto taken = coordinator.Call(
      "POST", path, json{{"text", "t"}, {"number", 5}, {"target", "national"}}.dump());
  EXPECT_EQ(taken.status, 409u) << taken.body;
  EXPECT_EQ(
      ErrorFields(coordinator.Call("POST", path, json{{"text", "t"}, {"target", "agency"}}.dump())),
      Fields{"target_agency_id"});
  EXPECT_EQ(
      ErrorFields(coordinator.Call(
          "POST", path,
          json{{"text", "t"}, {"target", "partnership"}, {"target_agency_id", server_.agency_id()}}
              .dump())),
      Fields{"target_agency_id"});
  const std::int64_t elsewhere = NewAgency("Southfen Police (fictional)", NewPartnership());
  EXPECT_EQ(ErrorFields(coordinator.Call(
                "POST", path,
                json{{"text", "t"}, {"target", "agency"}, {"target_agency_id", elsewhere}}.dump())),
            Fields{"target_agency_id"});
  EXPECT_EQ(ErrorFields(
                coordinator.Call("POST", path, json{{"text", "t"}, {"target", "council"}}.dump())),
            Fields{"target"});
  EXPECT_EQ(ErrorFields(coordinator.Call(
                "POST", path, json{{"text", "t"}, {"target", "national"}, {"number", 0}}.dump())),
            Fields{"number"});
  EXPECT_EQ(Count("recommendation"), before);

  const auto listed = json::parse(coordinator.Call("GET", path).body)["items"];
  ASSERT_EQ(listed.size(), 3u);
  EXPECT_EQ(listed[0]["number"], 1);
  EXPECT_EQ(listed[1]["number"], 5);
  EXPECT_EQ(listed[2]["number"], 6);
}

TEST_F(ActionPlanTest, ActionsCarryTheirRagInEveryState) {
  const ApiClient coordinator = As(Role::kCoordinator);
  const std::int64_t review = NewReview();
  const std::int64_t recommendation = NewRecommendation(coordinator, review);
  const std::int64_t agency = server_.agency_id();
  const auto red_soon = NewAction(coordinator, recommendation, agency, 14);
  const auto green_later = NewAction(coordinator, recommendation, agency, 15);
  const auto amber = NewAction(coordinator, recommendation, agency, 30, "in_progress");
  const auto green_progress = NewAction(coordinator, recommendation, agency, 31, "in_progress");
  const auto red_overdue = NewAction(coordinator, recommendation, agency, -1, "in_progress");
  const auto completed = NewAction(coordinator, recommendation, agency, -5, "completed");
  const auto cancelled = NewAction(coordinator, recommendation, agency, -5, "cancelled");
  EXPECT_EQ(red_soon["rag"], "red");
  EXPECT_EQ(red_soon["status"], "not_started");
  EXPECT_EQ(green_later["rag"], "green");
  EXPECT_EQ(amber["rag"], "amber");
  EXPECT_EQ(green_progress["rag"], "green");
  EXPECT_EQ(red_overdue["rag"], "red");
  EXPECT_EQ(completed["rag"], "green");
  EXPECT_EQ(cancelled["rag"], "green");

  const auto plan = json::parse(
      coordinator.Call("GET", "/api/reviews/" + std::to_string(review) + "/recommendations").body);
  ASSERT_EQ(plan["items"][0]["actions"].size(), 7u);
  EXPECT_EQ(plan["items"][0]["actions"][2]["rag"], "amber");

  const auto reds = json::parse(
      coordinator.Call("GET", "/api/actions?rag=red&review_id=" + std::to_string(review)).body);
  ASSERT_EQ(reds["items"].size(), 2u);
  EXPECT_EQ(reds["items"][0]["id"], red_soon["id"]);
  EXPECT_EQ(reds["items"][1]["id"], red_overdue["id"]);
  const auto ambers = json::parse(coordinator.Call("GET", "/api/actions?rag=amber").body);
  ASSERT_EQ(ambers["items"].size(), 1u);
  EXPECT_EQ(ambers["items"][0]["id"], amber["id"]);
  EXPECT_EQ(json::parse(coordinator.Call("GET", "/api/actions?rag=green").body)["items"].size(),
            4u);
}

// "Your work" counts what the lists would show: the RAG counts agree with
// GET /api/actions?rag=..., an agency lead's are their agency's alone, and
// restricted reviews count only for their members.
TEST_F(ActionPlanTest, TheWorkSummaryCountsWhatTheListsShow) {
  const ApiClient coordinator = As(Role::kCoordinator);
  const std::int64_t review = NewReview();
  const std::int64_t recommendation = NewRecommendation(coordinator, review);
  const std::int64_t own_agency = server_.agency_id();
  const std::int64_t other_agency = NewAgency("Northmoor Health Trust (fictional)");
  NewAction(coordinator, recommendation, own_agency, 14);                   // red
  NewAction(coordinator, recommendation, own_agency, 30, "in_progress");    // amber
  NewAction(coordinator, recommendation, other_agency, -1, "in_progress");  // red
  NewAction(coordinator, recommendation, other_agency, 60);                 // green
  NewAction(coordinator, recommendation, other_agency, -9, "completed");    // green
  NewReview(true);

  const auto summary = json::parse(coordinator.Call("GET", "/api/work-summary").body);
  EXPECT_EQ(summary["actions_by_rag"], (json{{"red", 2}, {"amber", 1}, {"green", 2}}));
  EXPECT_TRUE(summary["agency_id"].is_null());
  for (const std::string rag : {"red", "amber", "green"}) {
    const auto listed = json::parse(coordinator.Call("GET", "/api/actions?rag=" + rag).body);
    EXPECT_EQ(summary["actions_by_rag"][rag], listed["items"].size()) << rag;
  }
  ASSERT_EQ(summary["reviews_by_stage"].size(), 13u) << "every stage, zeros included";
  EXPECT_EQ(summary["reviews_by_stage"][0], (json{{"stage", "referral"}, {"count", 0}}));
  EXPECT_EQ(summary["reviews_by_stage"][5], (json{{"stage", "analysis"}, {"count", 1}}))
      << "the restricted review is not the coordinator's to count";

  const ApiClient lead = As(Role::kAgencyLead, own_agency, "police.lead");
  const auto leads = json::parse(lead.Call("GET", "/api/work-summary").body);
  EXPECT_EQ(leads["actions_by_rag"], (json{{"red", 1}, {"amber", 1}, {"green", 0}}));
  EXPECT_EQ(leads["agency_id"], own_agency);
  EXPECT_EQ(leads["reviews_by_stage"][5]["count"], 1) << "the review their agency acts in";

  const ApiClient reviewer = As(Role::kReviewer);
  const auto reviewers = json::parse(reviewer.Call("GET", "/api/work-summary").body);
  EXPECT_EQ(reviewers["actions_by_rag"], (json{{"red", 0}, {"amber", 0}, {"green", 0}}))
      << "no review assigned yet";

  EXPECT_EQ(coordinator.Call("GET", "/api/work-summary?stage=analysis").status, 400u);
}

TEST_F(ActionPlanTest, BadActionsAreRefusedFieldByFieldAndWriteNothing) {
  const ApiClient coordinator = As(Role::kCoordinator);
  const std::int64_t recommendation = NewRecommendation(coordinator, NewReview());
  const std::string path = "/api/recommendations/" + std::to_string(recommendation) + "/actions";
  const json good = {{"agency_id", server_.agency_id()},
                     {"owner", "Owner (fictional)"},
                     {"description", "d"},
                     {"success_measure", "m"},
                     {"due_on", DueIn(60)}};
  const auto before = Count("action");
  const auto with = [&](const std::string& field, const json& value) {
    json body = good;
    body[field] = value;
    return coordinator.Call("POST", path, body.dump());
  };
  EXPECT_EQ(ErrorFields(with("due_on", "2026-02-30")), Fields{"due_on"});
  EXPECT_EQ(ErrorFields(with("owner", std::string(201, 'o'))), Fields{"owner"});
  EXPECT_EQ(ErrorFields(with("description", "")), Fields{"description"});
  EXPECT_EQ(ErrorFields(with("status", "done")), Fields{"status"});
  EXPECT_EQ(ErrorFields(with("agency_id", "one")), Fields{"agency_id"});
  EXPECT_EQ(ErrorFields(with("agency_id", 999999)), Fields{"agency_id"});
  EXPECT_EQ(ErrorFields(with("extra", 1)), Fields{"extra"});
  json missing = good;
  missing.erase("success_measure");
  EXPECT_EQ(ErrorFields(coordinator.Call("POST", path, missing.dump())), Fields{"success_measure"});
  EXPECT_EQ(Count("action"), before);
  EXPECT_EQ(coordinator.Call("POST", "/api/recommendations/999999/actions", good.dump()).status,
            404u);
}

TEST_F(ActionPlanTest, EditsNeedACurrentIfMatchAndStatusChangesAreLogged) {
  const ApiClient coordinator = As(Role::kCoordinator);
  const std::int64_t recommendation = NewRecommendation(coordinator, NewReview());
  const auto action = NewAction(coordinator, recommendation, server_.agency_id(), 40);
  const std::int64_t id = action["id"];
  const std::string patch = json{{"status", "in_progress"}, {"owner", "New owner"}}.dump();

  const auto got = coordinator.Call("GET", ActionPath(id));
  ASSERT_EQ(got.status, 200u);
  const std::string etag = got.Header("etag");
  EXPECT_EQ(etag, "\"action-" + std::to_string(id) + "-1\"");

  const auto updates_before = Count("action_update");
  EXPECT_EQ(coordinator.Call("PATCH", ActionPath(id), patch).status, 428u);
  const auto stale = coordinator.Call("PATCH", ActionPath(id), patch,
                                      {{"If-Match", "\"action-" + std::to_string(id) + "-7\""}});
  EXPECT_EQ(stale.status, 412u) << stale.body;
  EXPECT_EQ(ErrorFields(coordinator.Call("PATCH", ActionPath(id), json{{"colour", 1}}.dump(),
                                         {{"If-Match", etag}})),
            Fields{"colour"});
  EXPECT_EQ(Count("action_update"), updates_before);
  EXPECT_EQ(json::parse(coordinator.Call("GET", ActionPath(id)).body)["version"], 1);

  const auto changed = coordinator.Call("PATCH", ActionPath(id), patch, {{"If-Match", etag}});
  ASSERT_EQ(changed.status, 200u) << changed.body;
  EXPECT_EQ(changed.Header("etag"), "\"action-" + std::to_string(id) + "-2\"");
  const auto body = json::parse(changed.body);
  EXPECT_EQ(body["status"], "in_progress");
  EXPECT_EQ(body["owner"], "New owner");
  EXPECT_EQ(body["rag"], "green");
  EXPECT_EQ(coordinator.Call("PATCH", ActionPath(id), patch, {{"If-Match", etag}}).status, 412u);

  const auto detail = json::parse(coordinator.Call("GET", ActionPath(id)).body);
  ASSERT_EQ(detail["updates"].size(), 1u);
  EXPECT_EQ(detail["updates"][0]["status_from"], "not_started");
  EXPECT_EQ(detail["updates"][0]["status_to"], "in_progress");
  EXPECT_EQ(AuditDetails("action.updated"),
            std::vector<json>{json({{"fields", "owner,status"},
                                    {"status_from", "not_started"},
                                    {"status_to", "in_progress"}})});
}

TEST_F(ActionPlanTest, ProgressIsAppendedWithStatusAndEvidence) {
  const ApiClient coordinator = As(Role::kCoordinator);
  const std::int64_t review = NewReview();
  const std::int64_t recommendation = NewRecommendation(coordinator, review);
  const std::int64_t id = NewAction(coordinator, recommendation, server_.agency_id(), 40)["id"];
  const std::string path = ActionPath(id) + "/updates";

  const auto note = Created(coordinator, path, {{"note", "Protocol drafted"}});
  EXPECT_EQ(note["note"], "Protocol drafted");
  EXPECT_TRUE(note["status_to"].is_null());
  const std::int64_t document = NewDocument(review);
  const auto done =
      Created(coordinator, path, {{"status", "completed"}, {"document_id", document}});
  EXPECT_EQ(done["status_from"], "not_started");
  EXPECT_EQ(done["status_to"], "completed");
  EXPECT_EQ(done["document_id"], document);

  const auto before = Count("action_update");
  const std::int64_t other_document = NewDocument(NewReview());
  EXPECT_EQ(ErrorFields(coordinator.Call(
                "POST", path, json{{"note", "n"}, {"document_id", other_document}}.dump())),
            Fields{"document_id"});
  EXPECT_EQ(ErrorFields(coordinator.Call("POST", path, "{}")), Fields{"note"});
  EXPECT_EQ(ErrorFields(coordinator.Call("POST", path, json{{"note", "  "}}.dump())),
            Fields{"note"});
  EXPECT_EQ(ErrorFields(coordinator.Call("POST", path, json{{"status", "finished"}}.dump())),
            Fields{"status"});
  EXPECT_EQ(Count("action_update"), before);

  const auto audited = AuditDetails("action.progress_added");
  ASSERT_EQ(audited.size(), 2u);
  EXPECT_EQ(audited[0], json({{"update_id", std::to_string(note["id"].get<std::int64_t>())}}))
      << "ids only, never the note";
  EXPECT_EQ(audited[1]["status_to"], "completed");
  EXPECT_EQ(audited[1]["document_id"], std::to_string(document));
  ASSERT_EQ(AuditDetails("action.created").size(), 1u);
  EXPECT_EQ(AuditDetails("action.created")[0]["status"], "not_started");

  const auto detail = json::parse(coordinator.Call("GET", ActionPath(id)).body);
  EXPECT_EQ(detail["status"], "completed");
  EXPECT_EQ(detail["version"], 2);
  ASSERT_EQ(detail["updates"].size(), 2u);
  EXPECT_EQ(detail["updates"][0]["note"], "Protocol drafted");
}

TEST_F(ActionPlanTest, EachRoleSeesAndChangesOnlyWhatItMay) {
  const ApiClient coordinator = As(Role::kCoordinator);
  const std::int64_t review = NewReview();
  const std::string findings = "/api/reviews/" + std::to_string(review) + "/findings";
  const std::int64_t recommendation = NewRecommendation(coordinator, review);
  const std::int64_t own_agency = server_.agency_id();
  const std::int64_t other_agency = NewAgency("Northmoor Health Trust (fictional)");
  const std::int64_t own = NewAction(coordinator, recommendation, own_agency, 40)["id"];
  const std::int64_t others = NewAction(coordinator, recommendation, other_agency, 40)["id"];

  const ApiClient panel = As(Role::kPanelMember);
  EXPECT_EQ(panel.Call("POST", findings, json{{"text", "t"}}.dump()).status, 403u);
  EXPECT_EQ(panel.Call("GET", findings).status, 200u);

  const ApiClient reviewer = As(Role::kReviewer);
  EXPECT_EQ(reviewer.Call("GET", findings).status, 404u);
  EXPECT_EQ(reviewer.Call("POST", findings, json{{"text", "t"}}.dump()).status, 404u);
  EXPECT_EQ(reviewer.Call("GET", ActionPath(own)).status, 404u);
  Assign(review, "reviewer@northmoor.example", "reviewer");
  EXPECT_EQ(reviewer.Call("POST", findings, json{{"text", "t"}}.dump()).status, 201u);

  const ApiClient lead = As(Role::kAgencyLead, own_agency, "police.lead");
  const auto listed =
      json::parse(lead.Call("GET", "/api/actions?agency_id=" + std::to_string(other_agency)).body);
  EXPECT_TRUE(listed["items"].empty()) << listed;
  const auto all = json::parse(lead.Call("GET", "/api/actions").body);
  ASSERT_EQ(all["items"].size(), 1u);
  EXPECT_EQ(all["items"][0]["id"], own);
  EXPECT_EQ(lead.Call("GET", ActionPath(others)).status, 404u);
  const auto plan = json::parse(
      lead.Call("GET", "/api/reviews/" + std::to_string(review) + "/recommendations").body);
  ASSERT_EQ(plan["items"][0]["actions"].size(), 1u);
  EXPECT_EQ(lead.Call("POST", ActionPath(own) + "/updates", json{{"note", "Done"}}.dump()).status,
            201u);
  EXPECT_EQ(lead.Call("POST", ActionPath(others) + "/updates", json{{"note", "x"}}.dump()).status,
            404u);
  // Issue 12, finding 17: a lead could attach any document of the review (and
  // so probe other agencies' documents by id), and filter reviews by another
  // agency (and so learn which of theirs involve it).
  const std::int64_t others_document = NewDocument(review, other_agency);
  const std::int64_t unowned_document = NewDocument(review);
  for (const std::int64_t document : {others_document, unowned_document}) {
    EXPECT_EQ(ErrorFields(lead.Call("POST", ActionPath(own) + "/updates",
                                    json{{"note", "n"}, {"document_id", document}}.dump())),
              Fields{"document_id"});
  }
  EXPECT_EQ(
      lead.Call("POST", ActionPath(own) + "/updates",
                json{{"note", "evidence"}, {"document_id", NewDocument(review, own_agency)}}.dump())
          .status,
      201u);
  EXPECT_EQ(lead.Call("GET", "/api/reviews?agency_id=" + std::to_string(other_agency)).status,
            403u);
  EXPECT_EQ(lead.Call("GET", "/api/reviews?agency_id=" + std::to_string(own_agency)).status, 200u);
  EXPECT_EQ(lead.Call("PATCH", ActionPath(own), json{{"owner", "x"}}.dump(),
                      {{"If-Match", "\"action-" + std::to_string(own) + "-1\""}})
                .status,
            403u);

  const ApiClient panel_lead = SignInAs(server_, "panel.lead@northmoor.example",
                                        {Role::kAgencyLead, Role::kPanelMember}, own_agency);
  EXPECT_EQ(panel_lead.Call("GET", ActionPath(others)).status, 200u);
  EXPECT_EQ(
      panel_lead.Call("POST", ActionPath(others) + "/updates", json{{"note", "x"}}.dump()).status,
      403u)
      << "seen, but another agency's";
  EXPECT_EQ(
      panel_lead.Call("POST", ActionPath(own) + "/updates", json{{"note", "y"}}.dump()).status,
      201u);

  const std::int64_t restricted = NewReview(true);
  EXPECT_EQ(
      coordinator.Call("GET", "/api/reviews/" + std::to_string(restricted) + "/findings").status,
      404u);
  const std::int64_t foreign = NewReview(false, NewPartnership());
  EXPECT_EQ(coordinator.Call("GET", "/api/reviews/" + std::to_string(foreign) + "/recommendations")
                .status,
            404u);
  EXPECT_EQ(coordinator
                .Call("POST", "/api/reviews/" + std::to_string(foreign) + "/findings",
                      json{{"text", "t"}}.dump())
                .status,
            404u);
}

TEST_F(ActionPlanTest, RagThresholdsAreThePartnershipsOwn) {
  const ApiClient admin = SignInAdmin(server_);
  const auto got = admin.Call("GET", "/api/partnership/settings");
  ASSERT_EQ(got.status, 200u) << got.body;
  EXPECT_EQ(json::parse(got.body),
            json({{"rag_red_days", 14}, {"rag_amber_days", 30}, {"version", 1}}));
  const std::string etag = got.Header("etag");
  const std::string body = json{{"rag_red_days", 5}, {"rag_amber_days", 10}}.dump();
  EXPECT_EQ(admin.Call("PUT", "/api/partnership/settings", body).status, 428u);
  EXPECT_EQ(ErrorFields(admin.Call("PUT", "/api/partnership/settings",
                                   json{{"rag_red_days", 400}, {"rag_amber_days", 10}}.dump(),
                                   {{"If-Match", etag}})),
            Fields{"rag_red_days"});
  EXPECT_EQ(Count("partnership_setting"), 0);

  const ApiClient coordinator = As(Role::kCoordinator);
  EXPECT_EQ(coordinator.Call("PUT", "/api/partnership/settings", body, {{"If-Match", etag}}).status,
            403u);
  const std::int64_t recommendation = NewRecommendation(coordinator, NewReview());
  const std::int64_t id = NewAction(coordinator, recommendation, server_.agency_id(), 10)["id"];
  EXPECT_EQ(json::parse(coordinator.Call("GET", ActionPath(id)).body)["rag"], "red");

  const auto changed = admin.Call("PUT", "/api/partnership/settings", body, {{"If-Match", etag}});
  ASSERT_EQ(changed.status, 200u) << changed.body;
  EXPECT_EQ(json::parse(changed.body)["version"], 2);
  EXPECT_EQ(AuditDetails("partnership.settings_changed"),
            std::vector<json>{json({{"fields", "rag_red_days,rag_amber_days"}})});
  EXPECT_EQ(admin.Call("PUT", "/api/partnership/settings", body, {{"If-Match", etag}}).status,
            412u);
  EXPECT_EQ(json::parse(coordinator.Call("GET", ActionPath(id)).body)["rag"], "green");
  EXPECT_EQ(json::parse(coordinator.Call("GET", "/api/partnership/settings").body)["rag_red_days"],
            5);
}

TEST_F(ActionPlanTest, ActionListsArePagedByCursor) {
  const ApiClient coordinator = As(Role::kCoordinator);
  const std::int64_t recommendation = NewRecommendation(coordinator, NewReview());
  for (int i = 0; i < 5; ++i) NewAction(coordinator, recommendation, server_.agency_id(), 50);
  std::vector<std::int64_t> seen;
  std::string target = "/api/actions?limit=2";
  for (int page = 0; page < 5; ++page) {
    const auto reply = coordinator.Call("GET", target);
    ASSERT_EQ(reply.status, 200u) << reply.body;
    const auto body = json::parse(reply.body);
    for (const auto& item : body["items"]) seen.push_back(item["id"]);
    if (body["next_cursor"].is_null()) break;
    target =
        "/api/actions?limit=2&cursor=" + std::to_string(body["next_cursor"].get<std::int64_t>());
  }
  ASSERT_EQ(seen.size(), 5u);
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
  EXPECT_EQ(ErrorFields(coordinator.Call("GET", "/api/actions?limit=0")), Fields{"limit"});
  EXPECT_EQ(ErrorFields(coordinator.Call("GET", "/api/actions?limit=201")), Fields{"limit"});
  EXPECT_EQ(ErrorFields(coordinator.Call("GET", "/api/actions?rag=purple")), Fields{"rag"});
  EXPECT_EQ(ErrorFields(coordinator.Call("GET", "/api/actions?owner=x")), Fields{"owner"});
  const auto filtered = json::parse(coordinator
                                        .Call("GET", "/api/actions?status=completed&agency_id=" +
                                                         std::to_string(server_.agency_id()))
                                        .body);
  EXPECT_TRUE(filtered["items"].empty());
}

// The work summary and the list pages are kept between requests
// (app/platform/change_generation.h): every change, whoever makes it and
// however it reaches the database, and every new day, must show at once;
// and what one user read must never be what another is answered.
TEST_F(ActionPlanTest, KeptSummariesAndPagesFollowEveryChangeEveryDayAndEveryUser) {
  const ApiClient coordinator = As(Role::kCoordinator);
  const std::int64_t own_agency = server_.agency_id();
  const std::int64_t review = NewReview();
  const std::int64_t recommendation = NewRecommendation(coordinator, review);
  const std::int64_t id = NewAction(coordinator, recommendation, own_agency, 20)["id"];  // green
  const auto rags = [&](const ApiClient& client) {
    return json::parse(client.Call("GET", "/api/work-summary").body)["actions_by_rag"];
  };
  const auto listed = [&](const ApiClient& client) {
    return json::parse(client.Call("GET", "/api/actions?limit=50").body)["items"].size();
  };
  EXPECT_EQ(rags(coordinator), (json{{"red", 0}, {"amber", 0}, {"green", 1}}));
  EXPECT_EQ(listed(coordinator), 1u);

  // A change through the API.
  const auto started =
      coordinator.Call("PATCH", ActionPath(id), json{{"status", "in_progress"}}.dump(),
                       {{"If-Match", "\"action-" + std::to_string(id) + "-1\""}});
  ASSERT_EQ(started.status, 200u) << started.body;
  EXPECT_EQ(rags(coordinator), (json{{"red", 0}, {"amber", 1}, {"green", 0}}));

  // Days pass: the in-progress action due in 20 days falls due.
  server_.clock().Advance(std::chrono::days{21});
  const ApiClient later = As(Role::kCoordinator);  // the old session has timed out
  EXPECT_EQ(rags(later), (json{{"red", 1}, {"amber", 0}, {"green", 0}}));

  // A change straight in the database (another instance, an operator).
  Insert(
      "INSERT INTO partnership_setting (partnership_id, rag_red_days, rag_amber_days, version, "
      "updated_at) VALUES ($1, 14, 30, 1, $2) ON CONFLICT (partnership_id) DO UPDATE SET "
      "version = partnership_setting.version + 1 RETURNING partnership_id",
      {db::Value(Partnership()), db::Value(std::string(kAt))});
  Insert("UPDATE action SET status = 'completed' WHERE id = $1 RETURNING id", {db::Value(id)});
  EXPECT_EQ(rags(later), (json{{"red", 0}, {"amber", 0}, {"green", 1}}));

  // Restricting the review takes it out of the coordinator's counts and pages at once.
  Insert("UPDATE review SET restricted = 1 WHERE id = $1 RETURNING id", {db::Value(review)});
  EXPECT_EQ(rags(later), (json{{"red", 0}, {"amber", 0}, {"green", 0}}));
  EXPECT_EQ(listed(later), 0u);
  Assign(review, "coordinator@northmoor.example", "member");
  EXPECT_EQ(listed(later), 1u) << "assigned: the restricted review is theirs to see";

  // Another user asking the same thing is answered for themselves.
  const ApiClient lead = As(Role::kAgencyLead, own_agency, "police.lead");
  EXPECT_EQ(listed(lead), 0u) << "an agency lead never sees a restricted review";
  const ApiClient panel = As(Role::kPanelMember);
  EXPECT_EQ(rags(panel), (json{{"red", 0}, {"amber", 0}, {"green", 0}}));
}

}  // namespace
}  // namespace casereview::testing
