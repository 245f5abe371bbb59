// Referrals and reviews over real HTTP: creation with the statutory assessment,
// the stage guard rails, reviewer independence, decisions, optimistic
// concurrency, idempotent retries, record-level access per role, deadlines,
// people in the case and quality markers. Every refused request is checked to
// have written nothing.
#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "integration/api_client.h"
#include "integration/in_process_server.h"

namespace casereview::testing {
namespace {

using nlohmann::json;

json Facts() {
  return {{"nation", "england"},
          {"subject", "child"},
          {"age_years", 2},
          {"incident_date", "2026-03-02"},
          {"aware_date", "2026-03-03"},
          {"outcome", "died"},
          {"abuse_or_neglect", "suspected"},
          {"concern_about_agencies_working_together", true}};
}

json NewReferral(const std::string& pseudonym, bool restricted = false) {
  return {{"pseudonym", pseudonym},      {"referrer_name", "Designated nurse (fictional)"},
          {"received_on", "2026-03-04"}, {"summary", "A fictional summary for tests."},
          {"restricted", restricted},    {"facts", Facts()}};
}

class CaseRecordsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new InProcessServer(); }
  static void TearDownTestSuite() { delete server_; }

  static ApiClient Coordinator() {
    return SignInAs(*server_, "coordinator@northmoor.example", {Role::kCoordinator});
  }
  static ApiClient Panel() {
    return SignInAs(*server_, "panel@northmoor.example", {Role::kPanelMember});
  }

  // Rows in a table, to prove that a refused request wrote nothing.
  static std::int64_t Count(const std::string& table) {
    auto connection = server_->database().Acquire();
    auto rows = (*connection)->Query("SELECT count(*) FROM " + table);
    return rows->front().Int(0).value_or(-1);
  }

  static std::int64_t Execute(const std::string& sql) {
    auto connection = server_->database().Acquire();
    auto rows = (*connection)->Query(sql);
    EXPECT_TRUE(rows) << sql;
    return rows && !rows->empty() ? rows->front().Int(0).value_or(0) : 0;
  }

  // An in-progress action of review `review_id`, under a new recommendation,
  // written directly; answers its id.
  static std::int64_t InsertOpenAction(std::int64_t review_id) {
    const std::string review = std::to_string(review_id);
    const std::int64_t recommendation = Execute(
        "INSERT INTO recommendation (review_id, number, text, target, created_at) VALUES (" +
        review + ", (SELECT coalesce(max(number), 0) + 1 FROM recommendation WHERE review_id = " +
        review + "), 'Fictional', 'partnership', '2026-04-01T00:00:00.000Z') RETURNING id");
    return Execute(
        "INSERT INTO action (recommendation_id, review_id, agency_id, owner, description, "
        "success_measure, due_on, status, created_at, updated_at) VALUES (" +
        std::to_string(recommendation) + ", " + review + ", " +
        std::to_string(server_->agency_id()) +
        ", 'Lead', 'Do', 'Done', '2026-12-01', 'in_progress', 'x', 'x') RETURNING id");
  }

  // Creates a referral as the coordinator; answers its body.
  static json Create(const ApiClient& client, const json& referral) {
    const auto reply = client.Call("POST", "/api/referrals", referral.dump());
    EXPECT_EQ(reply.status, 201u) << reply.body;
    return json::parse(reply.body);
  }

  static HttpReply Review(const ApiClient& client, std::int64_t id) {
    return client.Call("GET", "/api/reviews/" + std::to_string(id));
  }

  // Sends a change with the review's current ETag.
  static HttpReply Change(const ApiClient& client, const std::string& method, std::int64_t id,
                          const std::string& path, const json& body) {
    const std::string etag = Review(client, id).Header("etag");
    return client.Call(method, "/api/reviews/" + std::to_string(id) + path, body.dump(),
                       {{"If-Match", etag}});
  }

  // The panel's decision to hold a local review of review `id`.
  static HttpReply DecideToReview(std::int64_t id) {
    return Panel().Call("POST", "/api/reviews/" + std::to_string(id) + "/decisions",
                        json{{"outcome", "lcspr"},
                             {"rationale", "Recurrent themes."},
                             {"decided_by", "Safeguarding partners"},
                             {"decided_on", "2026-03-20"}}
                            .dump());
  }

  // A review taken by `client` through every stage to sign-off, with a final
  // report (a sniffed PDF) uploaded on the way; answers its id.
  static std::int64_t ReviewAtSignOff(const ApiClient& client, const std::string& pseudonym) {
    const std::int64_t id = Create(client, NewReferral(pseudonym))["review_id"];
    const std::string review = "/api/reviews/" + std::to_string(id);
    const auto step = [&](const std::string& to) {
      const auto reply = Change(client, "POST", id, "/stage", {{"to", to}});
      EXPECT_EQ(reply.status, 200u) << to << ": " << reply.body;
    };
    step("rapid_review");
    EXPECT_EQ(DecideToReview(id).status, 200u);
    step("decision");
    step("commissioning");
    EXPECT_EQ(Change(client, "PUT", id, "/terms-of-reference",
                     {{"scope_start", "2025-03-01"},
                      {"scope_end", "2026-03-02"},
                      {"lines_of_enquiry", {"Information sharing"}}})
                  .status,
              200u);
    SignInAs(*server_, "independent.reviewer@northmoor.example", {Role::kReviewer});
    const auto reviewer = server_->users().FindByEmail("independent.reviewer@northmoor.example");
    EXPECT_EQ(client
                  .Call("POST", review + "/members",
                        json{{"user_id", reviewer->id}, {"role", "reviewer"}}.dump())
                  .status,
              200u);
    for (const char* stage :
         {"information_gathering", "analysis", "drafting", "quality_assurance"}) {
      step(stage);
    }
    EXPECT_EQ(Change(client, "POST", id, "/stage", {{"to", "sign_off"}}).status, 409u)
        << "no sign-off without a final report";
    const auto created =
        client.Call("POST", review + "/documents",
                    json{{"kind", "final_report"}, {"title", "Overview report"}}.dump());
    EXPECT_EQ(created.status, 201u) << created.body;
    EXPECT_EQ(UploadReport(client, json::parse(created.body)["id"], "overview.pdf").status, 201u);
    step("sign_off");
    return id;
  }

  // Adds a version (a sniffed PDF) to document `document_id`.
  static HttpReply UploadReport(const ApiClient& client, std::int64_t document_id,
                                const std::string& file_name) {
    return client.Call("POST", "/api/documents/" + std::to_string(document_id) + "/versions",
                       "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n",
                       {{"Content-Type", "application/pdf"}, {"X-File-Name", file_name}});
  }

  static HttpReply SignOff(const ApiClient& client, std::int64_t id, const json& body) {
    return client.Call("POST", "/api/reviews/" + std::to_string(id) + "/sign-offs", body.dump());
  }

  static InProcessServer* server_;
};
InProcessServer* CaseRecordsTest::server_ = nullptr;

TEST_F(CaseRecordsTest, AReferralIsAssessedAndOpensAReviewAtTheReferralStage) {
  const auto client = Coordinator();
  const auto reply = client.Call("POST", "/api/referrals", NewReferral("Child A").dump());
  ASSERT_EQ(reply.status, 201u) << reply.body;
  const json referral = json::parse(reply.body);
  EXPECT_EQ(reply.Header("location"),
            "/api/referrals/" + std::to_string(referral["id"].get<int>()));
  EXPECT_EQ(referral["assessment"]["framework"], "england-wt2023");
  EXPECT_EQ(referral["assessment_history"].size(), 1u);
  bool notify = false;
  for (const auto& obligation : referral["assessment"]["obligations"]) {
    if (obligation["id"] == "notify_panel") {
      notify = true;
      EXPECT_EQ(obligation["due"], "2026-03-10");
    }
  }
  EXPECT_TRUE(notify);

  const auto review = json::parse(Review(client, referral["review_id"]).body);
  EXPECT_EQ(review["stage"], "referral");
  EXPECT_EQ(review["pseudonym"], "Child A");
  EXPECT_EQ(review["review_type"], nullptr);
  EXPECT_EQ(review["stage_history"].size(), 1u);
  bool rapid = false;
  for (const auto& milestone : review["milestones"]) {
    if (milestone["id"] == "rapid_review") {
      rapid = true;
      EXPECT_EQ(milestone["due"], "2026-03-24");
      EXPECT_EQ(milestone["state"], "overdue");
    }
  }
  EXPECT_TRUE(rapid);
}

TEST_F(CaseRecordsTest, ABadReferralNamesEachFieldAndWritesNothing) {
  const auto client = Coordinator();
  const auto referrals = Count("referral");
  const auto events = Count("audit_event");
  json bad = NewReferral("");
  bad["facts"]["outcome"] = "fine";
  bad["colour"] = "blue";
  bad["received_on"] = "2026-02-30";
  const auto reply = client.Call("POST", "/api/referrals", bad.dump());
  ASSERT_EQ(reply.status, 400u);
  EXPECT_EQ(reply.Header("content-type"), "application/problem+json");
  std::set<std::string> fields;
  const json problem = json::parse(reply.body);
  for (const auto& error : problem["errors"]) fields.insert(error["field"]);
  EXPECT_EQ(fields, (std::set<std::string>{"pseudonym", "facts.outcome", "colour", "received_on"}));
  EXPECT_EQ(Count("referral"), referrals);
  EXPECT_EQ(Count("review"), referrals);
  EXPECT_EQ(Count("audit_event"), events);

  json foreign = NewReferral("Child B");
  foreign["referring_agency_id"] = 424242;
  EXPECT_EQ(client.Call("POST", "/api/referrals", foreign.dump()).status, 400u);
  EXPECT_EQ(Count("referral"), referrals);
}

TEST_F(CaseRecordsTest, TheStagesHaveGuardRails) {
  const auto client = Coordinator();
  const auto panel = Panel();
  const std::int64_t id = Create(client, NewReferral("Child C"))["review_id"];

  auto moved = Change(client, "POST", id, "/stage", {{"to", "commissioning"}});
  EXPECT_EQ(moved.status, 409u);
  EXPECT_NE(moved.body.find("record a decision"), std::string::npos) << moved.body;

  const auto bad_decision = panel.Call("POST", "/api/reviews/" + std::to_string(id) + "/decisions",
                                       json{{"outcome", "lcspr"},
                                            {"rationale", " "},
                                            {"decided_by", "Partners"},
                                            {"decided_on", "2026-03-20"}}
                                           .dump());
  EXPECT_EQ(bad_decision.status, 400u) << "a blank rationale is refused";
  const auto decided = panel.Call("POST", "/api/reviews/" + std::to_string(id) + "/decisions",
                                  json{{"outcome", "lcspr"},
                                       {"rationale", "Concerns about agencies working together."},
                                       {"decided_by", "Safeguarding partners"},
                                       {"decided_on", "2026-03-20"},
                                       {"panel_told_on", "2026-03-21"}}
                                      .dump());
  ASSERT_EQ(decided.status, 200u) << decided.body;
  EXPECT_EQ(json::parse(decided.body)["review_type"], "lcspr");

  for (const char* stage : {"rapid_review", "decision", "commissioning"}) {
    ASSERT_EQ(Change(client, "POST", id, "/stage", {{"to", stage}}).status, 200u) << stage;
  }
  moved = Change(client, "POST", id, "/stage", {{"to", "information_gathering"}});
  EXPECT_EQ(moved.status, 409u);
  EXPECT_NE(moved.body.find("terms of reference and appoint a reviewer"), std::string::npos);

  const auto terms = Change(client, "PUT", id, "/terms-of-reference",
                            {{"scope_start", "2025-03-01"},
                             {"scope_end", "2026-03-02"},
                             {"lines_of_enquiry", {"How was the baby's voice heard?"}},
                             {"methodology", "SCIE systems model"}});
  ASSERT_EQ(terms.status, 200u) << terms.body;
  moved = Change(client, "POST", id, "/stage", {{"to", "information_gathering"}});
  EXPECT_EQ(moved.status, 409u);
  EXPECT_NE(moved.body.find("appoint a reviewer"), std::string::npos);

  // Reviewer independence: a reviewer from an involved agency needs a written reason.
  const std::int64_t police = server_->agency_id();
  ASSERT_EQ(Change(client, "PUT", id, "/agencies", {{"agency_ids", {police}}}).status, 200u);
  SignInAs(*server_, "police.reviewer@northmoor.example", {Role::kReviewer}, police);
  const auto reviewer = server_->users().FindByEmail("police.reviewer@northmoor.example");
  const std::string members = "/api/reviews/" + std::to_string(id) + "/members";
  // The candidates say who works for an involved agency, before anyone is refused.
  const auto candidates = json::parse(
      client.Call("GET", "/api/reviews/" + std::to_string(id) + "/member-candidates").body);
  const auto candidate =
      std::find_if(candidates["items"].begin(), candidates["items"].end(),
                   [&](const json& item) { return item["user_id"] == reviewer->id; });
  ASSERT_NE(candidate, candidates["items"].end()) << candidates;
  EXPECT_EQ((*candidate)["agency_involved"], true);
  EXPECT_EQ((*candidate)["roles"], json::array({"reviewer"}));
  EXPECT_TRUE(std::none_of(candidates["items"].begin(), candidates["items"].end(),
                           [](const json& item) { return item.contains("email"); }))
      << "names and roles only";
  EXPECT_EQ(panel.Call("GET", "/api/reviews/" + std::to_string(id) + "/member-candidates").status,
            403u)
      << "only coordinators and admins assign people";
  const auto refused =
      client.Call("POST", members, json{{"user_id", reviewer->id}, {"role", "reviewer"}}.dump());
  EXPECT_EQ(refused.status, 409u);
  EXPECT_NE(refused.body.find("independence_override"), std::string::npos) << refused.body;
  const auto overrides = Count("audit_event");
  const auto appointed = client.Call(
      "POST", members,
      json{{"user_id", reviewer->id},
           {"role", "reviewer"},
           {"independence_override", "The only reviewer with the specialist knowledge."}}
          .dump());
  ASSERT_EQ(appointed.status, 200u) << appointed.body;
  EXPECT_EQ(Execute("SELECT count(*) FROM audit_event WHERE action = "
                    "'review.independence_overridden' AND seq > " +
                    std::to_string(overrides)),
            1);

  ASSERT_EQ(Change(client, "POST", id, "/stage", {{"to", "information_gathering"}}).status, 200u);
  moved = Change(client, "POST", id, "/stage", {{"to", "sign_off"}});
  EXPECT_EQ(moved.status, 409u);
  EXPECT_NE(moved.body.find("final report"), std::string::npos);

  // Paused for parallel proceedings: a reason is needed, and it resumes where it was.
  EXPECT_EQ(Change(client, "POST", id, "/stage", {{"to", "paused"}}).status, 409u);
  const auto paused = Change(client, "POST", id, "/stage",
                             {{"to", "paused"}, {"reason", "Criminal trial (fictional)"}});
  ASSERT_EQ(paused.status, 200u) << paused.body;
  EXPECT_EQ(json::parse(paused.body)["paused_from"], "information_gathering");
  EXPECT_EQ(Change(client, "POST", id, "/stage", {{"to", "analysis"}}).status, 409u);
  const auto resumed = Change(client, "POST", id, "/stage", {{"to", "information_gathering"}});
  ASSERT_EQ(resumed.status, 200u);
  EXPECT_EQ(json::parse(resumed.body)["stage_history"].size(), 7u);

  // Issue 12, finding 5: a review with a decision could jump straight to closed.
  const auto closing = Change(client, "POST", id, "/stage", {{"to", "closed"}});
  EXPECT_EQ(closing.status, 409u);
  EXPECT_NE(closing.body.find("closes from the monitoring stage"), std::string::npos)
      << closing.body;
}

TEST_F(CaseRecordsTest, AStaleOrMissingIfMatchChangesNothing) {
  const auto client = Coordinator();
  const std::int64_t id = Create(client, NewReferral("Child D"))["review_id"];
  const std::string etag = Review(client, id).Header("etag");
  ASSERT_FALSE(etag.empty());
  const std::string path = "/api/reviews/" + std::to_string(id);
  EXPECT_EQ(client.Call("PATCH", path, json{{"pseudonym", "Child D2"}}.dump()).status, 428u);
  ASSERT_EQ(client.Call("PATCH", path, json{{"pseudonym", "Child D2"}}.dump(), {{"If-Match", etag}})
                .status,
            200u);
  const auto stale =
      client.Call("PATCH", path, json{{"pseudonym", "Child D3"}}.dump(), {{"If-Match", etag}});
  EXPECT_EQ(stale.status, 412u);
  EXPECT_EQ(json::parse(Review(client, id).body)["pseudonym"], "Child D2");
  EXPECT_EQ(Change(client, "PATCH", id, "", {{"published_on", "2099-01-01"}}).status, 400u)
      << "publication cannot be recorded ahead of time";
  EXPECT_EQ(Change(client, "PATCH", id, "", {{"notified_on", "2020-01-01"}}).status, 400u)
      << "nor the Panel told before the partnership knew";
  EXPECT_EQ(client
                .Call("PATCH", path, json{{"colour", "red"}}.dump(),
                      {{"If-Match", Review(client, id).Header("etag")}})
                .status,
            400u);
}

TEST_F(CaseRecordsTest, ARetriedPostWithTheSameIdempotencyKeyCreatesOneRecord) {
  const auto client = Coordinator();
  const auto before = Count("referral");
  const std::map<std::string, std::string> key{{"Idempotency-Key", "7b0c6f1e-fictional-1"}};
  const std::string body = NewReferral("Child E").dump();
  const auto first = client.Call("POST", "/api/referrals", body, key);
  const auto again = client.Call("POST", "/api/referrals", body, key);
  ASSERT_EQ(first.status, 201u);
  ASSERT_EQ(again.status, 201u);
  EXPECT_EQ(again.Header("idempotent-replayed"), "true");
  EXPECT_EQ(again.Header("location"), first.Header("location"));
  EXPECT_EQ(again.Header("etag"), first.Header("etag"));
  EXPECT_EQ(json::parse(again.body)["location"], first.Header("location"))
      << "the replay says where the record is, and shows none of it";
  EXPECT_EQ(Count("referral"), before + 1);
  EXPECT_EQ(client.Call("POST", "/api/referrals", NewReferral("Child F").dump(), key).status, 409u);
  EXPECT_EQ(Count("referral"), before + 1);
}

TEST_F(CaseRecordsTest, EachRoleSeesOnlyWhatItMay) {
  const auto coordinator = Coordinator();
  const auto admin = SignInAdmin(*server_);
  const std::int64_t open_id = Create(coordinator, NewReferral("Child G"))["review_id"];
  const std::int64_t restricted_id = Create(admin, NewReferral("Child H", true))["review_id"];

  // Creating referrals is the coordinators' and admins' job.
  EXPECT_EQ(Panel().Call("POST", "/api/referrals", NewReferral("Child X").dump()).status, 403u);

  // A restricted review does not exist for an unassigned coordinator.
  EXPECT_EQ(Review(coordinator, restricted_id).status, 404u);
  const auto listed = json::parse(coordinator.Call("GET", "/api/reviews?limit=200").body);
  for (const auto& item : listed["items"]) EXPECT_NE(item["id"], restricted_id);
  const auto reads = Execute("SELECT count(*) FROM audit_event WHERE action = 'review.read'");
  EXPECT_EQ(Review(admin, restricted_id).status, 200u);
  EXPECT_EQ(Execute("SELECT count(*) FROM audit_event WHERE action = 'review.read'"), reads + 1);

  // A reviewer sees only the reviews they are assigned to.
  const auto reviewer = SignInAs(*server_, "reviewer@northmoor.example", {Role::kReviewer});
  EXPECT_EQ(Review(reviewer, open_id).status, 404u);
  const auto user = server_->users().FindByEmail("reviewer@northmoor.example");
  ASSERT_EQ(coordinator
                .Call("POST", "/api/reviews/" + std::to_string(open_id) + "/members",
                      json{{"user_id", user->id}, {"role", "reviewer"}}.dump())
                .status,
            200u);
  EXPECT_EQ(Review(reviewer, open_id).status, 200u);

  // An agency lead sees a summary of the reviews their agency is involved in.
  const auto lead =
      SignInAs(*server_, "lead@northmoor.example", {Role::kAgencyLead}, server_->agency_id());
  EXPECT_EQ(Review(lead, open_id).status, 404u);
  ASSERT_EQ(
      Change(coordinator, "PUT", open_id, "/agencies", {{"agency_ids", {server_->agency_id()}}})
          .status,
      200u);
  const auto summary = json::parse(Review(lead, open_id).body);
  EXPECT_EQ(summary["summary_only"], true);
  EXPECT_FALSE(summary.contains("decisions"));
  EXPECT_EQ(lead.Call("GET", "/api/referrals/" + std::to_string(summary["referral_id"].get<int>()))
                .status,
            404u);

  // People in the case: coordinators and assigned reviewers, not panel members.
  const std::string people = "/api/reviews/" + std::to_string(open_id) + "/people";
  const json person = {{"real_name", "Fictional Name"},
                       {"relationship", "subject"},
                       {"published_label", "Child G"},
                       {"date_of_birth", "2024-01-15"}};
  ASSERT_EQ(coordinator.Call("POST", people, person.dump()).status, 201u);
  EXPECT_EQ(coordinator.Call("POST", people, person.dump()).status, 409u);
  EXPECT_EQ(json::parse(reviewer.Call("GET", people).body)["items"].size(), 1u);
  EXPECT_EQ(Panel().Call("GET", people).status, 403u);
  EXPECT_EQ(Execute("SELECT count(*) FROM audit_event WHERE detail LIKE '%Fictional Name%'"), 0)
      << "no identifier in the audit log";
}

TEST_F(CaseRecordsTest, ListsFilterAndPage) {
  const auto client = Coordinator();
  for (int i = 0; i < 3; ++i) Create(client, NewReferral("Baby Q" + std::to_string(i)));
  const auto page = json::parse(client.Call("GET", "/api/reviews?q=baby%20q&limit=2").body);
  ASSERT_EQ(page["items"].size(), 2u);
  ASSERT_TRUE(page["next_cursor"].is_string());
  const auto rest = json::parse(client
                                    .Call("GET", "/api/reviews?q=baby%20q&limit=2&cursor=" +
                                                     page["next_cursor"].get<std::string>())
                                    .body);
  ASSERT_EQ(rest["items"].size(), 1u);
  EXPECT_EQ(rest["next_cursor"], nullptr);
  EXPECT_EQ(rest["items"][0]["pseudonym"], "Baby Q0");
  const auto staged =
      json::parse(client.Call("GET", "/api/reviews?stage=referral&overdue=true").body);
  EXPECT_FALSE(staged["items"].empty());
  const auto bad = client.Call("GET", "/api/reviews?stage=flying&limit=0");
  EXPECT_EQ(bad.status, 400u);
  EXPECT_EQ(json::parse(bad.body)["errors"].size(), 2u);
}

TEST_F(CaseRecordsTest, DeadlinesListOverdueFirst) {
  const auto client = Coordinator();
  Create(client, NewReferral("Child J"));
  const auto reply = client.Call("GET", "/api/deadlines?within_days=30");
  ASSERT_EQ(reply.status, 200u) << reply.body;
  const auto items = json::parse(reply.body)["items"];
  ASSERT_FALSE(items.empty());
  EXPECT_EQ(items[0]["milestone"]["state"], "overdue");
  for (std::size_t i = 1; i < items.size(); ++i) {
    EXPECT_LE(items[i - 1]["milestone"]["due"].get<std::string>(),
              items[i]["milestone"]["due"].get<std::string>());
  }
  // A page at a time: the pages join up to the whole list.
  json paged = json::array();
  std::string next = "/api/deadlines?within_days=30&limit=2";
  while (true) {
    const json page = json::parse(client.Call("GET", next).body);
    for (const auto& item : page["items"]) paged.push_back(item);
    if (page["next_cursor"].is_null()) break;
    next = "/api/deadlines?within_days=30&limit=2&cursor=" + page["next_cursor"].get<std::string>();
  }
  EXPECT_EQ(paged, items);
  EXPECT_EQ(client.Call("GET", "/api/deadlines?within_days=999").status, 400u);
  EXPECT_EQ(client.Call("GET", "/api/deadlines?cursor=yesterday").status, 400u);
  // Not overdue: none of the listed reviews has an overdue milestone.
  const json calm = json::parse(client.Call("GET", "/api/reviews?overdue=false&limit=200").body);
  for (const auto& review : calm["items"]) {
    for (const auto& milestone : review["milestones"]) EXPECT_NE(milestone["state"], "overdue");
  }
}

TEST_F(CaseRecordsTest, ChangedFactsAreAssessedAgainAndTheHistoryKept) {
  const auto client = Coordinator();
  const json created = Create(client, NewReferral("Child K"));
  const std::string path = "/api/referrals/" + std::to_string(created["id"].get<int>());
  const std::string etag = client.Call("GET", path).Header("etag");
  json facts = Facts();
  facts["outcome"] = "seriously_harmed";
  const auto changed =
      client.Call("PUT", path + "/facts", json{{"facts", facts}}.dump(), {{"If-Match", etag}});
  ASSERT_EQ(changed.status, 200u) << changed.body;
  const auto referral = json::parse(changed.body);
  EXPECT_EQ(referral["assessment_history"].size(), 2u);
  EXPECT_EQ(referral["facts"]["outcome"], "seriously_harmed");
  EXPECT_EQ(referral["assessment_history"][1]["facts"]["outcome"], "died");
  EXPECT_EQ(client.Call("PUT", path + "/facts", json{{"facts", facts}}.dump(), {{"If-Match", etag}})
                .status,
            412u);
}

TEST_F(CaseRecordsTest, QualityMarkersAreRatedWithEvidence) {
  const auto client = Coordinator();
  const std::int64_t id = Create(client, NewReferral("Child L"))["review_id"];
  const std::string path = "/api/reviews/" + std::to_string(id) + "/quality-markers";
  const auto markers = json::parse(client.Call("GET", path).body)["items"];
  ASSERT_EQ(markers.size(), 18u);
  EXPECT_EQ(markers[0]["title"], "Referral");
  EXPECT_EQ(markers[17]["group"], "outputs");
  EXPECT_EQ(
      client.Call("PUT", path + "/4", json{{"rating", "met"}, {"evidence", "x"}}.dump()).status,
      403u)
      << "coordinators do not quality-assure";
  const auto panel = Panel();
  EXPECT_EQ(panel.Call("PUT", path + "/4", json{{"rating", "met"}}.dump()).status, 400u);
  EXPECT_EQ(
      panel.Call("PUT", path + "/19", json{{"rating", "met"}, {"evidence", "x"}}.dump()).status,
      404u);
  const auto rated = panel.Call(
      "PUT", path + "/4", json{{"rating", "partly_met"}, {"evidence", "Family told late."}}.dump());
  ASSERT_EQ(rated.status, 200u) << rated.body;
  EXPECT_EQ(json::parse(client.Call("GET", path).body)["items"][3]["rating"], "partly_met");
}

TEST_F(CaseRecordsTest, AgenciesAreTheAdminsToAdd) {
  const auto admin = SignInAdmin(*server_);
  const auto added =
      admin.Call("POST", "/api/agencies",
                 json{{"name", "Northmoor Schools (fictional)"}, {"kind", "education"}}.dump());
  ASSERT_EQ(added.status, 201u) << added.body;
  EXPECT_EQ(admin
                .Call("POST", "/api/agencies",
                      json{{"name", "northmoor schools (fictional)"}, {"kind", "education"}}.dump())
                .status,
            409u);
  EXPECT_EQ(
      admin.Call("POST", "/api/agencies", json{{"name", "X"}, {"kind", "bakery"}}.dump()).status,
      400u);
  EXPECT_EQ(Coordinator()
                .Call("POST", "/api/agencies", json{{"name", "Y"}, {"kind", "other"}}.dump())
                .status,
            403u);
  EXPECT_GE(json::parse(Coordinator().Call("GET", "/api/agencies").body)["items"].size(), 2u);
}

// Records carry user ids; anyone who reads reviews may name the
// partnership's users (id and name only), disabled ones included.
TEST_F(CaseRecordsTest, ColleaguesAreNamedButNothingMore) {
  const auto lead = SignInAs(*server_, "health.lead@northmoor.example", {Role::kAgencyLead},
                             server_->agency_id());
  const auto admin = SignInAdmin(*server_);
  SignInAs(*server_, "departed@northmoor.example", {Role::kPanelMember});
  const auto found = server_->users().FindByEmail("departed@northmoor.example");
  ASSERT_TRUE(found);
  ASSERT_EQ(admin.Call("POST", "/api/users/" + std::to_string(found->id) + "/disable", "{}").status,
            200u);

  const auto reply = lead.Call("GET", "/api/colleagues");
  ASSERT_EQ(reply.status, 200u) << reply.body;
  const auto items = json::parse(reply.body)["items"];
  const auto named = std::find_if(items.begin(), items.end(),
                                  [&](const json& item) { return item["id"] == found->id; });
  ASSERT_NE(named, items.end()) << "a disabled user is still named: " << items;
  EXPECT_EQ(*named, (json{{"id", found->id}, {"display_name", found->display_name}}))
      << "the id and the name, nothing else";
  const ApiClient anonymous{server_->port(), "", ""};
  EXPECT_EQ(anonymous.Call("GET", "/api/colleagues").status, 401u);
}

TEST_F(CaseRecordsTest, AReviewRunsFromReferralToClosed) {
  const auto client = Coordinator();
  const auto partner = SignInAs(*server_, "partner@northmoor.example", {Role::kPartner});
  const std::int64_t id = ReviewAtSignOff(client, "Child M");
  const std::string review = "/api/reviews/" + std::to_string(id);
  const auto step = [&](const std::string& to) {
    const auto reply = Change(client, "POST", id, "/stage", {{"to", to}});
    EXPECT_EQ(reply.status, 200u) << to << ": " << reply.body;
  };
  const json at_sign_off = json::parse(Review(partner, id).body);
  ASSERT_TRUE(at_sign_off.contains("final_report") && at_sign_off["final_report"].is_object())
      << at_sign_off;
  const auto signed_off =
      SignOff(partner, id, {{"document_version_id", at_sign_off["final_report"]["version_id"]}});
  ASSERT_EQ(signed_off.status, 200u) << signed_off.body;
  step("publication");
  const auto published = Change(client, "PATCH", id, "",
                                {{"planned_publication_on", "2026-09-14"},
                                 {"submitted_on", "2026-09-03"},
                                 {"published_on", "2026-09-14"}});
  ASSERT_EQ(published.status, 200u) << published.body;
  const json after_publication = json::parse(published.body);
  for (const auto& milestone : after_publication["milestones"]) {
    if (milestone["id"] == "submission") {
      EXPECT_EQ(milestone["due"], "2026-09-03");
    }
    if (milestone["id"] == "publication") {
      EXPECT_EQ(milestone["state"], "done");
    }
  }
  step("monitoring");
  // No closing while an action is open.
  const std::int64_t action = InsertOpenAction(id);
  const auto closing = Change(client, "POST", id, "/stage", {{"to", "closed"}});
  EXPECT_EQ(closing.status, 409u);
  EXPECT_NE(closing.body.find("1 action is still open"), std::string::npos) << closing.body;
  Execute("UPDATE action SET status = 'completed' WHERE id = " + std::to_string(action) +
          " RETURNING id");
  step("closed");
  const auto closed = json::parse(Review(partner, id).body);
  EXPECT_EQ(closed["stage"], "closed");
  EXPECT_EQ(closed["stage_history"].size(), 12u) << "opened, then eleven moves";
  EXPECT_EQ(Change(client, "POST", id, "/stage", {{"to", "monitoring"}, {"reason", "x"}}).status,
            409u)
      << "a closed review is final";
  EXPECT_EQ(Change(client, "PATCH", id, "", {{"pseudonym", "Child M2"}}).status, 409u);
  EXPECT_EQ(client.Call("POST", review + "/findings", json{{"text", "Late."}}.dump()).status, 409u);

  // Issue 12, finding 6: documents, their versions and quality ratings were
  // still changed after closing. Each is refused, and nothing is written.
  const auto documents_before = Execute("SELECT count(*) FROM document");
  const auto versions_before = Execute("SELECT count(*) FROM document_version");
  EXPECT_EQ(client
                .Call("POST", review + "/documents",
                      json{{"kind", "other"}, {"title", "After closing"}}.dump())
                .status,
            409u);
  EXPECT_EQ(UploadReport(client, at_sign_off["final_report"]["document_id"], "again.pdf").status,
            409u);
  EXPECT_EQ(Panel()
                .Call("PUT", review + "/quality-markers/4",
                      json{{"rating", "met"}, {"evidence", "Rated after closing."}}.dump())
                .status,
            409u);
  EXPECT_EQ(Execute("SELECT count(*) FROM document"), documents_before);
  EXPECT_EQ(Execute("SELECT count(*) FROM document_version"), versions_before);
  EXPECT_EQ(Execute("SELECT count(*) FROM quality_rating WHERE review_id = " + std::to_string(id)),
            0);
}

// Issue 12, finding 5: no route asked for a sign-off. A partner (or an admin)
// signs off the latest version of the final report, with who and when; no one
// else may, and a newer version needs signing again before publication.
TEST_F(CaseRecordsTest, APartnerSignsOffTheLatestFinalReportBeforePublication) {
  const auto coordinator = Coordinator();
  const auto partner = SignInAs(*server_, "partner@northmoor.example", {Role::kPartner});
  const auto second_partner =
      SignInAs(*server_, "police.partner@northmoor.example", {Role::kPartner});
  const std::int64_t id = ReviewAtSignOff(coordinator, "Child S");
  const json report = json::parse(Review(partner, id).body)["final_report"];
  ASSERT_TRUE(report.is_object());
  const json body = {{"document_version_id", report["version_id"]},
                     {"note", "Signed off for the partners (fictional)."}};

  const auto publish = [&] {
    return Change(coordinator, "POST", id, "/stage", {{"to", "publication"}});
  };
  auto refused = publish();
  EXPECT_EQ(refused.status, 409u);
  EXPECT_NE(refused.body.find("must sign off the final report"), std::string::npos) << refused.body;

  const auto reviewer =
      SignInAs(*server_, "independent.reviewer@northmoor.example", {Role::kReviewer});
  const auto lead = SignInAs(*server_, "police.lead@northmoor.example", {Role::kAgencyLead},
                             server_->agency_id());
  const auto panel = Panel();  // the panel quality-assures; partners sign
  const auto signed_events = [] {
    return Execute("SELECT count(*) FROM audit_event WHERE action = 'review.signed_off'");
  };
  const auto events = signed_events();
  const auto sign_offs = Count("sign_off");
  for (const auto* other : {&coordinator, &reviewer, &lead, &panel}) {
    EXPECT_EQ(SignOff(*other, id, body).status, 403u);
  }
  EXPECT_EQ(SignOff(partner, id, {{"document_version_id", report["version_id"].get<int>() + 1000}})
                .status,
            400u)
      << "a version that is not the final report's latest";
  EXPECT_EQ(SignOff(partner, id, {{"note", "no version"}}).status, 400u);
  EXPECT_EQ(Count("sign_off"), sign_offs);
  EXPECT_EQ(signed_events(), events);

  const auto signed_off = SignOff(partner, id, body);
  ASSERT_EQ(signed_off.status, 200u) << signed_off.body;
  const json recorded = json::parse(signed_off.body)["sign_offs"];
  ASSERT_EQ(recorded.size(), 1u);
  const auto partner_user = server_->users().FindByEmail("partner@northmoor.example");
  EXPECT_EQ(recorded[0]["signed_by"], partner_user->id);
  EXPECT_FALSE(recorded[0]["signed_at"].get<std::string>().empty());
  EXPECT_EQ(recorded[0]["note"], "Signed off for the partners (fictional).");
  EXPECT_EQ(recorded[0]["of_final_report"], true);
  EXPECT_EQ(Execute("SELECT count(*) FROM audit_event WHERE action = 'review.signed_off' AND "
                    "target_id = '" +
                    std::to_string(id) + "'"),
            1);
  EXPECT_EQ(SignOff(partner, id, body).status, 409u) << "once per version";

  // A corrected report replaces what was signed: it is signed again first.
  ASSERT_EQ(Review(partner, id).status, 200u);  // a rendered copy that must not outlive v1
  ASSERT_EQ(UploadReport(coordinator, report["document_id"], "overview-v2.pdf").status, 201u);
  refused = publish();
  EXPECT_EQ(refused.status, 409u) << "the sign-off was of the earlier version";
  const json now = json::parse(Review(partner, id).body);
  EXPECT_EQ(now["final_report"]["version_number"], 2) << "the review shows the new version";
  EXPECT_EQ(now["sign_offs"][0]["of_final_report"], false);
  EXPECT_EQ(SignOff(second_partner, id, body).status, 400u) << "the old version is not signed";
  ASSERT_EQ(
      SignOff(second_partner, id, {{"document_version_id", now["final_report"]["version_id"]}})
          .status,
      200u);
  ASSERT_EQ(publish().status, 200u);
  refused = SignOff(partner, id, {{"document_version_id", now["final_report"]["version_id"]}});
  EXPECT_EQ(refused.status, 409u) << "partners sign at the sign-off stage only";
  EXPECT_NE(refused.body.find("at the sign-off stage"), std::string::npos) << refused.body;
}

// Issue 12, finding 5: forward moves skipped stages. Each refused jump, by
// each role that may move a review, and the roles that may not move it at all.
TEST_F(CaseRecordsTest, NoRoleSkipsAStage) {
  const auto coordinator = Coordinator();
  const auto admin = SignInAdmin(*server_);
  const std::int64_t id = Create(coordinator, NewReferral("Child J"))["review_id"];
  const std::string review = "/api/reviews/" + std::to_string(id);
  SignInAs(*server_, "jump.reviewer@northmoor.example", {Role::kReviewer});
  const auto reviewer_user = server_->users().FindByEmail("jump.reviewer@northmoor.example");
  ASSERT_EQ(coordinator
                .Call("POST", review + "/members",
                      json{{"user_id", reviewer_user->id}, {"role", "reviewer"}}.dump())
                .status,
            200u);
  const auto reviewer = SignInAs(*server_, "jump.reviewer@northmoor.example", {Role::kReviewer});
  const auto history = [&] {
    return Execute("SELECT count(*) FROM stage_transition WHERE review_id = " + std::to_string(id));
  };
  const auto moved = history();
  // A child in England: the rapid review comes before the decision.
  for (const auto* mover : {&coordinator, &admin, &reviewer}) {
    const auto refused = Change(*mover, "POST", id, "/stage", {{"to", "decision"}});
    EXPECT_EQ(refused.status, 409u) << refused.body;
    EXPECT_NE(refused.body.find("rapid review"), std::string::npos) << refused.body;
  }
  for (const auto& other :
       {Panel(), SignInAs(*server_, "partner@northmoor.example", {Role::kPartner}),
        SignInAs(*server_, "police.lead@northmoor.example", {Role::kAgencyLead},
                 server_->agency_id())}) {
    EXPECT_EQ(Change(other, "POST", id, "/stage", {{"to", "rapid_review"}}).status, 403u);
  }
  ASSERT_EQ(Change(coordinator, "POST", id, "/stage", {{"to", "rapid_review"}}).status, 200u);
  ASSERT_EQ(DecideToReview(id).status, 200u);
  for (const auto* mover : {&coordinator, &admin, &reviewer}) {
    for (const char* to : {"commissioning", "closed"}) {
      const auto refused = Change(*mover, "POST", id, "/stage", {{"to", to}});
      EXPECT_EQ(refused.status, 409u) << to << ": " << refused.body;
    }
  }
  EXPECT_EQ(history(), moved + 1) << "only the one allowed move was recorded";
}

// Where there is no statutory rapid review (an adult, or Wales, Scotland and
// Northern Ireland), a referral goes straight to the decision.
TEST_F(CaseRecordsTest, AnAdultsReviewMayGoStraightToTheDecision) {
  const auto coordinator = Coordinator();
  json referral = NewReferral("Adult A");
  referral["facts"]["subject"] = "adult";
  referral["facts"]["age_years"] = 70;
  const std::int64_t id = Create(coordinator, referral)["review_id"];
  const auto moved = Change(coordinator, "POST", id, "/stage", {{"to", "decision"}});
  EXPECT_EQ(moved.status, 200u) << moved.body;
}

TEST_F(CaseRecordsTest, ReadsOfARestrictedReviewsPartsAreAudited) {
  const auto admin = SignInAdmin(*server_);
  const std::int64_t id = Create(admin, NewReferral("Child N", true))["review_id"];
  const std::string review = "/api/reviews/" + std::to_string(id);
  const auto reads = [] {
    return Execute("SELECT count(*) FROM audit_event WHERE action = 'review.read'");
  };
  // The review is read twice: the second answer comes from the rendered copy,
  // and is audited all the same.
  for (const std::string part :
       {"", "", "/findings", "/recommendations", "/documents", "/quality-markers"}) {
    const auto before = reads();
    ASSERT_EQ(admin.Call("GET", review + part).status, 200u) << part;
    EXPECT_EQ(reads(), before + 1) << part;
  }
  const auto before = reads();
  const auto referral = json::parse(admin.Call("GET", review).body)["referral_id"].get<int>();
  ASSERT_EQ(admin.Call("GET", "/api/referrals/" + std::to_string(referral)).status, 200u);
  EXPECT_EQ(reads(), before + 2);
  EXPECT_EQ(Review(Coordinator(), id).status, 404u);

  // Issue 12, finding 16: lists that returned the restricted review wrote no
  // event. Now each such list read is one event naming the reviews.
  InsertOpenAction(id);
  for (const std::string& list :
       {std::string("/api/reviews?limit=200"), std::string("/api/deadlines?within_days=366"),
        "/api/actions?review_id=" + std::to_string(id)}) {
    const auto listed = reads();
    ASSERT_EQ(admin.Call("GET", list).status, 200u) << list;
    EXPECT_EQ(reads(), listed + 1) << list;
    EXPECT_EQ(Execute("SELECT count(*) FROM audit_event WHERE action = 'review.read' AND "
                      "json_extract(detail, '$.reviews') LIKE '%" +
                      std::to_string(id) + "%' AND seq = (SELECT max(seq) FROM audit_event)"),
              1)
        << list;
  }
  const auto unrestricted = reads();
  ASSERT_EQ(Coordinator().Call("GET", "/api/reviews?limit=200").status, 200u);
  ASSERT_EQ(Coordinator().Call("GET", "/api/actions").status, 200u);
  EXPECT_EQ(reads(), unrestricted) << "a list without restricted reviews is not an audited read";
}

TEST_F(CaseRecordsTest, InvolvementAndMembersAreValidatedAndRefusalsWriteNothing) {
  const auto client = Coordinator();
  const std::int64_t id = Create(client, NewReferral("Child P"))["review_id"];
  const std::string review = "/api/reviews/" + std::to_string(id);
  const auto events = Count("audit_event");
  const auto fields_of = [](const HttpReply& reply) {
    std::set<std::string> fields;
    const json problem = json::parse(reply.body);
    for (const auto& error : problem["errors"]) fields.insert(error["field"]);
    return fields;
  };

  auto reply =
      client.Call("POST", review + "/family-involvement",
                  json{{"family_member", ""}, {"event", "phoned"}, {"on_date", "soon"}}.dump());
  ASSERT_EQ(reply.status, 400u);
  EXPECT_EQ(fields_of(reply), (std::set<std::string>{"family_member", "event", "on_date"}));
  reply = client.Call(
      "POST", review + "/family-involvement",
      json{{"family_member", "Mother"}, {"event", "met"}, {"on_date", "2099-01-01"}}.dump());
  EXPECT_EQ(reply.status, 400u) << "a meeting cannot be in the future";

  reply = client.Call("POST", review + "/practitioner-events",
                      json{{"kind", "party"}, {"held_on", "2026-04-01"}, {"attendees", -1}}.dump());
  ASSERT_EQ(reply.status, 400u);
  EXPECT_EQ(fields_of(reply), (std::set<std::string>{"kind", "attendees"}));

  reply = client.Call("POST", review + "/members",
                      json{{"user_id", 999999}, {"role", "member"}}.dump());
  EXPECT_EQ(reply.status, 400u);
  reply =
      client.Call("POST", review + "/members", json{{"user_id", "me"}, {"role", "boss"}}.dump());
  ASSERT_EQ(reply.status, 400u);
  EXPECT_EQ(fields_of(reply), (std::set<std::string>{"user_id", "role"}));

  reply = Change(client, "PUT", id, "/agencies", {{"agency_ids", {999999}}});
  EXPECT_EQ(reply.status, 400u);
  reply = Change(client, "PUT", id, "/terms-of-reference",
                 {{"scope_start", "2026-03-01"}, {"scope_end", "2025-03-01"}});
  EXPECT_EQ(reply.status, 400u);
  reply = Change(client, "POST", id, "/stage", {{"to", "flying"}});
  EXPECT_EQ(reply.status, 400u);

  EXPECT_EQ(Count("family_involvement"), 0);
  EXPECT_EQ(Count("practitioner_event"), 0);
  EXPECT_EQ(Count("audit_event"), events);
  const auto unchanged = json::parse(Review(client, id).body);
  EXPECT_TRUE(unchanged["agencies"].empty());
  EXPECT_EQ(unchanged["terms_of_reference"]["scope_start"], nullptr);

  reply = client.Call(
      "POST", review + "/family-involvement",
      json{{"family_member", "Mother"}, {"event", "invited"}, {"on_date", "2026-04-01"}}.dump());
  ASSERT_EQ(reply.status, 200u) << reply.body;
  EXPECT_EQ(json::parse(reply.body)["family_involvement"][0]["event"], "invited");
  reply = client.Call(
      "POST", review + "/practitioner-events",
      json{{"kind", "learning_event"}, {"held_on", "2026-05-01"}, {"attendees", 12}}.dump());
  ASSERT_EQ(reply.status, 200u) << reply.body;
  EXPECT_EQ(json::parse(reply.body)["practitioner_events"][0]["attendees"], 12);
}

TEST_F(CaseRecordsTest, MembershipIsTheCoordinatorsAndSummariesStaySummaries) {
  const auto coordinator = Coordinator();
  const std::int64_t id = Create(coordinator, NewReferral("Child R"))["review_id"];
  const std::string review = "/api/reviews/" + std::to_string(id);
  SignInAs(*server_, "assigned.reviewer@northmoor.example", {Role::kReviewer});
  const auto reviewer_user = server_->users().FindByEmail("assigned.reviewer@northmoor.example");
  ASSERT_EQ(coordinator
                .Call("POST", review + "/members",
                      json{{"user_id", reviewer_user->id}, {"role", "reviewer"}}.dump())
                .status,
            200u);
  const auto reviewer =
      SignIn(server_->port(), "assigned.reviewer@northmoor.example", kTestPassword);
  const auto lead = SignInAs(*server_, "summary.lead@northmoor.example", {Role::kAgencyLead},
                             server_->agency_id());
  const auto lead_user = server_->users().FindByEmail("summary.lead@northmoor.example");
  // An assigned reviewer edits the review but does not choose who joins it.
  EXPECT_EQ(reviewer
                .Call("POST", review + "/members",
                      json{{"user_id", lead_user->id}, {"role", "member"}}.dump())
                .status,
            403u);

  // An agency lead, even one assigned to the review, sees its summary only.
  ASSERT_EQ(
      Change(coordinator, "PUT", id, "/agencies", {{"agency_ids", {server_->agency_id()}}}).status,
      200u);
  ASSERT_EQ(coordinator
                .Call("POST", review + "/members",
                      json{{"user_id", lead_user->id}, {"role", "member"}}.dump())
                .status,
            200u);
  EXPECT_EQ(json::parse(Review(lead, id).body)["summary_only"], true);
  ASSERT_EQ(
      coordinator.Call("POST", review + "/findings", json{{"text", "A finding."}}.dump()).status,
      201u);
  EXPECT_EQ(lead.Call("GET", review + "/findings").status, 404u);
  ASSERT_EQ(
      coordinator
          .Call("POST", review + "/recommendations",
                json{{"text", "Partnership-wide training."}, {"target", "partnership"}}.dump())
          .status,
      201u);
  EXPECT_TRUE(json::parse(lead.Call("GET", review + "/recommendations").body)["items"].empty())
      << "no recommendation their agency acts on";

  // Restricting a review keeps whoever restricted it, and they cannot leave it.
  const auto other =
      SignInAs(*server_, "other.coordinator@northmoor.example", {Role::kCoordinator});
  const auto restricted = Change(other, "PATCH", id, "", {{"restricted", true}});
  ASSERT_EQ(restricted.status, 200u) << restricted.body;
  EXPECT_EQ(Review(other, id).status, 200u);
  const auto other_user = server_->users().FindByEmail("other.coordinator@northmoor.example");
  EXPECT_EQ(other.Call("DELETE", review + "/members/" + std::to_string(other_user->id)).status,
            409u);
}

// Issue 12, findings 10 and 11: a NUL passed validation and came back as a
// 409 quoting SQL (or was stored); lengths counted bytes, so 51 "é" failed a
// 100-character limit. Now every text field refuses control characters with
// a 400 naming it, writes nothing, and counts characters.
TEST_F(CaseRecordsTest, TextIsRefusedForControlCharactersAndMeasuredInCharacters) {
  const auto client = Coordinator();
  const auto field_of = [](const HttpReply& reply) {
    const json body = json::parse(reply.body);
    return body.contains("errors") ? body["errors"][0]["field"].get<std::string>() : "";
  };
  const auto reviews_before = Execute("SELECT count(*) FROM review");
  json nul = NewReferral(std::string("Child \0 Q", 9));
  auto refused = client.Call("POST", "/api/referrals", nul.dump());
  EXPECT_EQ(refused.status, 400u) << refused.body;
  EXPECT_EQ(field_of(refused), "pseudonym");
  EXPECT_EQ(refused.body.find("constraint"), std::string::npos) << refused.body;
  json bidi = NewReferral("Child Q");
  bidi["referrer_name"] = "\u202Efictional";
  EXPECT_EQ(field_of(client.Call("POST", "/api/referrals", bidi.dump())), "referrer_name");
  json one_line = NewReferral("Child\nQ");
  EXPECT_EQ(field_of(client.Call("POST", "/api/referrals", one_line.dump())), "pseudonym");
  EXPECT_EQ(Execute("SELECT count(*) FROM review"), reviews_before) << "nothing was written";

  std::string hundred;
  for (int i = 0; i < 100; ++i) hundred += "é";
  const std::int64_t id = Create(client, NewReferral(hundred))["review_id"];
  EXPECT_EQ(field_of(client.Call("POST", "/api/referrals", NewReferral(hundred + "é").dump())),
            "pseudonym")
      << "101 characters";
  json multi_line = NewReferral("Child Q2");
  multi_line["summary"] = "First line.\nSecond line.";
  Create(client, multi_line);

  const auto pause =
      Change(client, "POST", id, "/stage", {{"to", "paused"}, {"reason", std::string(1, '\0')}});
  EXPECT_EQ(pause.status, 400u) << pause.body;
  EXPECT_EQ(field_of(pause), "reason");
  const auto family = Change(client, "POST", id, "/family-involvement",
                             {{"family_member", std::string("Mother\0x", 8)},
                              {"event", "invited"},
                              {"on_date", "2026-04-01"}});
  EXPECT_EQ(family.status, 400u) << family.body;
  EXPECT_EQ(field_of(family), "family_member");
}

// Issue 12, finding 13: If-Match "review-5-041" matched version 41; an empty
// PATCH answered 200, bumped the version and wrote an audit event; a body
// sent as application/jsonx was read as JSON.
TEST_F(CaseRecordsTest, ETagsMatchExactlyAndAnEmptyOrMislabelledChangeIsRefused) {
  const auto client = Coordinator();
  const std::int64_t id = Create(client, NewReferral("Child R"))["review_id"];
  const std::string path = "/api/reviews/" + std::to_string(id);
  const std::string etag = Review(client, id).Header("etag");
  const auto dash = etag.rfind('-');
  ASSERT_NE(dash, std::string::npos) << etag;
  const std::string padded = etag.substr(0, dash + 1) + "0" + etag.substr(dash + 1);
  EXPECT_EQ(
      client.Call("PATCH", path, json{{"pseudonym", "Child R2"}}.dump(), {{"If-Match", padded}})
          .status,
      412u)
      << padded;
  const auto events = Execute("SELECT count(*) FROM audit_event");
  const auto empty = client.Call("PATCH", path, "{}", {{"If-Match", etag}});
  EXPECT_EQ(empty.status, 400u) << empty.body;
  EXPECT_NE(empty.body.find("\"body\""), std::string::npos) << empty.body;
  const auto mislabelled = client.Call("PATCH", path, json{{"pseudonym", "Child R3"}}.dump(),
                                       {{"If-Match", etag}, {"Content-Type", "application/jsonx"}});
  EXPECT_EQ(mislabelled.status, 400u) << mislabelled.body;
  EXPECT_EQ(Review(client, id).Header("etag"), etag) << "the version did not move";
  EXPECT_EQ(Execute("SELECT count(*) FROM audit_event"), events) << "nothing was audited";
}

// Issue 12, finding 12: a recommendation number of INT64_MAX was taken (and
// then broke every unnumbered recommendation of the review); dates from
// 0000-01-01 to 9999-12-31 were taken; a referral could be received before
// its incident. Every number and date now has a range, checked in one place.
TEST_F(CaseRecordsTest, NumbersAndDatesHaveRanges) {
  const auto client = Coordinator();
  const auto field_of = [](const HttpReply& reply) {
    EXPECT_EQ(reply.status, 400u) << reply.body;
    const json body = json::parse(reply.body);
    return body.contains("errors") ? body["errors"][0]["field"].get<std::string>() : "";
  };
  for (const char* date : {"0000-01-01", "1899-12-31", "2101-01-01", "9999-12-31"}) {
    json referral = NewReferral("Child S");
    referral["received_on"] = date;
    EXPECT_EQ(field_of(client.Call("POST", "/api/referrals", referral.dump())), "received_on")
        << date;
  }
  json early = NewReferral("Child S");
  early["received_on"] = "2026-03-01";  // the incident was on 2 March
  EXPECT_EQ(field_of(client.Call("POST", "/api/referrals", early.dump())), "received_on");

  const std::int64_t id = Create(client, NewReferral("Child S"))["review_id"];
  const std::string recommendations = "/api/reviews/" + std::to_string(id) + "/recommendations";
  for (const json& number : {json(9223372036854775807LL), json(18446744073709551615ULL), json(0),
                             json(-1), json(1000)}) {
    EXPECT_EQ(
        field_of(client.Call(
            "POST", recommendations,
            json{{"number", number}, {"text", "Fictional."}, {"target", "partnership"}}.dump())),
        "number")
        << number;
  }
  EXPECT_EQ(client
                .Call("POST", recommendations,
                      json{{"text", "Fictional."}, {"target", "partnership"}}.dump())
                .status,
            201u)
      << "an unnumbered recommendation still takes the next number";
}

// Issue 12, finding 16 (in part): whoever creates a referral, or restricts a
// review they were not on, was made a member without a review.member_assigned
// event; session.created had no client address.
TEST_F(CaseRecordsTest, EveryoneMadeAMemberIsAuditedAndSessionsNameTheirAddress) {
  const auto assigned = [] {
    return Execute("SELECT count(*) FROM audit_event WHERE action = 'review.member_assigned'");
  };
  const auto before = assigned();
  const auto client = Coordinator();
  const std::int64_t id = Create(client, NewReferral("Child T"))["review_id"];
  EXPECT_EQ(assigned(), before + 1) << "the referral's creator";
  const auto other = SignInAs(*server_, "coordinator.two@northmoor.example", {Role::kCoordinator});
  ASSERT_EQ(Change(other, "PATCH", id, "", {{"restricted", true}}).status, 200u);
  EXPECT_EQ(assigned(), before + 2) << "whoever restricts the review stays on it";
  EXPECT_GT(Execute("SELECT count(*) FROM audit_event WHERE action = 'session.created'"), 0);
  EXPECT_EQ(Execute("SELECT count(*) FROM audit_event WHERE action = 'session.created' AND "
                    "(client_address IS NULL OR client_address = '')"),
            0);
}

}  // namespace
}  // namespace casereview::testing
