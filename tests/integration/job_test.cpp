// The durable job queue through the server: an upload queues the reading of
// its text in its own transaction; the job runs off the request; a failed
// attempt waits its backoff; a job whose worker died is taken up again; and
// only administrators of the partnership see and retry jobs.
#include <gtest/gtest.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

#include "integration/api_client.h"
#include "integration/http_client.h"
#include "integration/in_process_server.h"
#include "integration/sql_fixtures.h"
#include "support/fake_text_extractor.h"
#include "support/zip_package.h"

namespace casereview::testing {
namespace {

using db::Value;
using nlohmann::json;

class JobTest : public ::testing::Test {
 protected:
  // A new document of a new review, with one version of `bytes` uploaded.
  std::int64_t UploadNew(const ApiClient& coordinator, const std::string& bytes,
                         const std::string& file_name) {
    const std::int64_t review = InsertReview(server_);
    const auto created =
        coordinator.Call("POST", "/api/reviews/" + std::to_string(review) + "/documents",
                         json{{"kind", "chronology"}, {"title", "Fictional notes"}}.dump());
    EXPECT_EQ(created.status, 201u) << created.body;
    const auto document = json::parse(created.body)["id"].get<std::int64_t>();
    const auto uploaded = coordinator.Call(
        "POST", "/api/documents/" + std::to_string(document) + "/versions", bytes,
        {{"Content-Type", "application/octet-stream"}, {"X-File-Name", file_name}});
    EXPECT_EQ(uploaded.status, 201u) << uploaded.body;
    return InsertReturningId(server_, "SELECT id FROM document_version WHERE document_id = $1",
                             {Value(document)});
  }

  std::string TextOf(std::int64_t version) {
    auto connection = server_.database().Acquire();
    auto rows = (*connection)
                    ->Query(
                        "SELECT outcome || ':' || text FROM document_text "
                        "WHERE document_version_id = $1",
                        {Value(version)});
    return rows && !rows->empty() ? rows->front().Text(0).value_or("") : "(none)";
  }

  // A job of a kind the test handles, due now.
  std::int64_t Enqueue(std::string kind, int max_attempts = 5) {
    auto connection = server_.database().Acquire();
    return *db::InTransaction(**connection, [&](db::Connection& tx) {
      return app::EnqueueJob(tx, server_.first_run().partnership_id,
                             {std::move(kind), {{"review_id", 1}}, max_attempts},
                             server_.clock().Now());
    });
  }

  json Job(const ApiClient& admin, std::int64_t id) {
    const auto page = admin.Call("GET", "/api/jobs?limit=200");
    EXPECT_EQ(page.status, 200u) << page.body;
    const json items = json::parse(page.body)["items"];
    for (const auto& item : items) {
      if (item["id"] == id) return item;
    }
    return json();
  }

  InProcessServer server_;
};

TEST_F(JobTest, AnUploadQueuesTheReadingOfItsTextWhichRunsOffTheRequest) {
  const auto coordinator =
      SignInAs(server_, "coordinator.jobs@northmoor.example", {Role::kCoordinator});
  const std::int64_t word = UploadNew(coordinator, ZipOf(DocxParts()), "report.docx");
  const std::int64_t notes = UploadNew(coordinator, "Fictional notes\nsecond line\n", "notes.txt");
  const std::int64_t picture = UploadNew(
      coordinator, std::string("\x89PNG\r\n\x1a\n", 8) + std::string(64, '\0'), "scan.png");
  // Nothing is read while the upload is answered.
  EXPECT_EQ(TextOf(word), "(none)");
  const auto admin = SignInAdmin(server_);
  const auto queued = admin.Call("GET", "/api/jobs?state=queued");
  ASSERT_EQ(queued.status, 200u) << queued.body;
  const auto items = json::parse(queued.body)["items"];
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0]["kind"], "document.extract_text");
  EXPECT_EQ(items[0]["payload"], (json{{"document_version_id", picture}}));
  EXPECT_EQ(items[0]["attempts"], 0);

  auto ran = server_.background().runner().RunDue();
  ASSERT_TRUE(ran) << ran.error().message;
  EXPECT_EQ(*ran, 3);
  EXPECT_EQ(TextOf(word), "text:Fictional report\n");
  EXPECT_EQ(TextOf(notes), "text:Fictional notes\nsecond line\n");
  EXPECT_EQ(TextOf(picture), "unreadable:");
  const auto done = json::parse(admin.Call("GET", "/api/jobs?state=done").body)["items"];
  EXPECT_EQ(done.size(), 3u);
  EXPECT_EQ(done[0]["attempts"], 1);
  EXPECT_TRUE(done[0]["lease_until"].is_null());
}

TEST_F(JobTest, AFileThatCannotBeReadFailsAtOnceAndAnAdministratorMayRetryIt) {
  const auto coordinator =
      SignInAs(server_, "coordinator.jobs@northmoor.example", {Role::kCoordinator});
  // Sniffed as a PDF, but no PDF reader can make sense of it.
  const std::int64_t version =
      UploadNew(coordinator, "%PDF-1.7\n% a fictional report\n%%EOF\n", "report.pdf");
  ASSERT_TRUE(server_.background().runner().RunDue());
  EXPECT_EQ(TextOf(version), "(none)");
  const auto admin = SignInAdmin(server_);
  const auto failed = json::parse(admin.Call("GET", "/api/jobs?state=failed").body)["items"];
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0]["attempts"], 1) << "a permanent error is not retried";
  EXPECT_FALSE(failed[0]["last_error"].get<std::string>().empty());

  const std::string retry = "/api/jobs/" + std::to_string(failed[0]["id"].get<int>()) + "/retry";
  // Only administrators: the coordinator who uploaded it may not.
  EXPECT_EQ(coordinator.Call("POST", retry).status, 403u);
  EXPECT_EQ(coordinator.Call("GET", "/api/jobs").status, 403u);
  const auto retried = admin.Call("POST", retry);
  ASSERT_EQ(retried.status, 200u) << retried.body;
  EXPECT_EQ(json::parse(retried.body)["state"], "queued");
  EXPECT_EQ(json::parse(retried.body)["attempts"], 0);
  // A job that is not failed cannot be retried; the refusal names its state.
  const auto again = admin.Call("POST", retry);
  EXPECT_EQ(again.status, 409u);
  EXPECT_NE(again.body.find("queued"), std::string::npos) << again.body;
  auto connection = server_.database().Acquire();
  auto audited =
      (*connection)->Query("SELECT count(*) FROM audit_event WHERE action = 'job.retried'");
  EXPECT_EQ(audited->front().Int(0), 1);
}

TEST_F(JobTest, TextThatCannotBeReadNowIsReadOnTheNextAttempt) {
  const auto coordinator =
      SignInAs(server_, "coordinator.jobs@northmoor.example", {Role::kCoordinator});
  const std::int64_t version = UploadNew(coordinator, "Fictional notes\n", "notes.txt");
  auto extractor = std::make_unique<FakeTextExtractor>();
  FakeTextExtractor& fake = *extractor;
  fake.answer = Fail(ErrorCode::kUnavailable, "the fictional reader is busy");
  const app::BlobStore blobs(server_.data_root() / "blobs");
  app::BackgroundWork work(server_.database(), server_.clock(), blobs, {}, std::move(extractor));
  ASSERT_EQ(*work.runner().RunDue(), 1);
  EXPECT_EQ(TextOf(version), "(none)");
  fake.answer = std::optional<std::string>("read at last");
  EXPECT_EQ(*work.runner().RunDue(), 0) << "waiting for its backoff";
  server_.clock().Advance(RetryDelay(1));
  ASSERT_EQ(*work.runner().RunDue(), 1);
  EXPECT_EQ(TextOf(version), "text:read at last");
  EXPECT_EQ(fake.calls, 2);
}

TEST_F(JobTest, AFailedAttemptWaitsItsBackoffAndTheLastOneGivesUp) {
  app::JobRunner runner(server_.background().queue(), {});
  int calls = 0;
  runner.Handle("test.flaky", [&](const app::Job&) -> Result<void> {
    ++calls;
    return Fail(ErrorCode::kUnavailable, "the fictional service is down");
  });
  const std::int64_t id = Enqueue("test.flaky", 3);
  const auto admin = SignInAdmin(server_);
  ASSERT_EQ(*runner.RunDue(), 1);
  EXPECT_EQ(Job(admin, id)["state"], "queued");
  EXPECT_EQ(Job(admin, id)["last_error"], "the fictional service is down");
  EXPECT_EQ(Job(admin, id)["run_after"], FormatInstant(server_.clock().Now() + RetryDelay(1)));
  // Not due yet: a second before its backoff ends, nothing runs.
  server_.clock().Advance(RetryDelay(1) - std::chrono::seconds(1));
  EXPECT_EQ(*runner.RunDue(), 0);
  server_.clock().Advance(std::chrono::seconds(1));
  EXPECT_EQ(*runner.RunDue(), 1);
  server_.clock().Advance(RetryDelay(2));
  EXPECT_EQ(*runner.RunDue(), 1);
  EXPECT_EQ(calls, 3);
  EXPECT_EQ(Job(admin, id)["state"], "failed");
  EXPECT_EQ(Job(admin, id)["attempts"], 3);
  server_.clock().Advance(std::chrono::hours(24));
  EXPECT_EQ(*runner.RunDue(), 0) << "a failed job waits for an administrator";
}

TEST_F(JobTest, AJobWhoseWorkerDiedIsTakenUpAgainAndTheLateWorkerChangesNothing) {
  const std::int64_t id = Enqueue("test.once");
  app::JobQueue& queue = server_.background().queue();
  // A worker claims it and dies (the process stops) before it finishes.
  auto lost = queue.Claim(std::chrono::seconds(60));
  ASSERT_TRUE(lost && *lost);
  EXPECT_EQ((*lost)->id, id);
  app::JobRunner runner(queue, {});
  int calls = 0;
  runner.Handle("test.once", [&](const app::Job&) -> Result<void> {
    ++calls;
    return {};
  });
  EXPECT_EQ(*runner.RunDue(), 0) << "held by its lease";
  server_.clock().Advance(std::chrono::seconds(60));
  EXPECT_EQ(*runner.RunDue(), 1);
  EXPECT_EQ(calls, 1);
  // The first worker comes back late: its outcome no longer counts.
  ASSERT_TRUE(queue.Failed(**lost, Error{ErrorCode::kInvalid, "late", {}}));
  const auto admin = SignInAdmin(server_);
  EXPECT_EQ(Job(admin, id)["state"], "done");
  EXPECT_EQ(Job(admin, id)["attempts"], 2);
}

TEST_F(JobTest, TheWorkersRunEveryJobOnTheirOwnThreads) {
  app::JobRunnerOptions options;
  options.workers = 2;
  options.idle_wait = std::chrono::milliseconds(20);
  app::JobRunner runner(server_.background().queue(), options);
  std::atomic<int> calls = 0;
  const auto test_thread = std::this_thread::get_id();
  std::atomic<bool> off_thread = true;
  runner.Handle("test.count", [&](const app::Job&) -> Result<void> {
    if (std::this_thread::get_id() == test_thread) off_thread = false;
    ++calls;
    return {};
  });
  for (int i = 0; i < 20; ++i) Enqueue("test.count");
  runner.Start();
  runner.Wake();
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (calls < 20 && std::chrono::steady_clock::now() < give_up) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  runner.Stop();
  EXPECT_EQ(calls, 20);
  EXPECT_TRUE(off_thread);
}

TEST_F(JobTest, AnAdministratorSeesOnlyTheirPartnershipsJobsAndBadQueriesAreNamed) {
  const std::int64_t other = InsertReturningId(
      server_,
      "INSERT INTO partnership (name, nation, created_at) VALUES ('Elsewhere (fictional)', "
      "'wales', '2026-01-01T00:00:00.000Z') RETURNING id",
      {});
  const std::int64_t theirs = InsertReturningId(
      server_,
      "INSERT INTO job (partnership_id, kind, payload, state, attempts, max_attempts, run_after, "
      "last_error, created_at, updated_at) VALUES ($1, 'test.other', 'review_id=9', 'failed', 5, "
      "5, '2026-01-01T00:00:00.000Z', 'x', '2026-01-01T00:00:00.000Z', "
      "'2026-01-01T00:00:00.000Z') RETURNING id",
      {Value(other)});
  const auto admin = SignInAdmin(server_);
  EXPECT_TRUE(Job(admin, theirs).is_null());
  EXPECT_EQ(admin.Call("POST", "/api/jobs/" + std::to_string(theirs) + "/retry").status, 404u);
  const auto bad = admin.Call("GET", "/api/jobs?state=stuck&limit=0&colour=red");
  EXPECT_EQ(bad.status, 400u);
  for (const std::string_view field : {"state", "limit", "colour"}) {
    EXPECT_NE(bad.body.find(field), std::string::npos) << field << ": " << bad.body;
  }
}

}  // namespace
}  // namespace casereview::testing
