#include "app/jobs/job_queue.h"

#include <fmt/format.h>

#include "app/audit/audit_trail.h"
#include "core/records/text.h"
#include "db/rows.h"

namespace casereview::app {
namespace {

using db::Value;

constexpr std::string_view kJobColumns =
    "id, partnership_id, kind, payload, state, attempts, max_attempts, run_after, lease_until, "
    "last_error, created_at, updated_at";
constexpr std::size_t kMaxErrorLength = 1000;
constexpr int kMaxLimit = 200;

Job ReadJob(db::RowReader& row) {
  Job job;
  job.id = row.Int("id");
  job.partnership_id = row.Int("partnership_id");
  job.kind = row.Text("kind");
  job.payload = row.Parsed("payload", ParseJobPayload);
  job.state = row.Enum("state", kJobStates);
  job.attempts = static_cast<int>(row.Int("attempts"));
  job.max_attempts = static_cast<int>(row.Int("max_attempts"));
  job.run_after = row.Text("run_after");
  job.lease_until = row.OptionalText("lease_until");
  job.last_error = row.OptionalText("last_error");
  job.created_at = row.Text("created_at");
  job.updated_at = row.Text("updated_at");
  return job;
}

// An error's message cut to what the table keeps, on a UTF-8 boundary.
std::string StoredError(const Error& error) {
  std::string text = error.message;
  CutUtf8(text, kMaxErrorLength);
  return text;
}

}  // namespace

bool IsPermanent(const Error& error) {
  switch (error.code) {
    case ErrorCode::kUnavailable:
    case ErrorCode::kConflict:
    case ErrorCode::kPreconditionFailed:
    case ErrorCode::kTooManyRequests:
    case ErrorCode::kInternal:
      return false;
    default:
      return true;
  }
}

Result<std::int64_t> EnqueueJob(db::Connection& tx, std::int64_t partnership_id, const NewJob& job,
                                Instant now) {
  if (!IsJobKind(job.kind)) {
    return Fail(ErrorCode::kInvalid, fmt::format("job kind '{}' is not a dotted name", job.kind));
  }
  if (job.max_attempts < 1 || job.max_attempts > 20) {
    return Fail(ErrorCode::kInvalid, "a job has 1 to 20 attempts");
  }
  const std::string at = FormatInstant(now);
  auto inserted = tx.Query(
      "INSERT INTO job (partnership_id, kind, payload, state, attempts, max_attempts, run_after, "
      "created_at, updated_at) VALUES ($1, $2, $3, 'queued', 0, $4, $5, $5, $5) RETURNING id",
      {Value(partnership_id), Value(job.kind), Value(FormatJobPayload(job.payload)),
       Value(std::int64_t{job.max_attempts}), Value(at)});
  if (!inserted) return Failure(inserted);
  return db::RowReader(inserted->front()).Int("id");
}

Result<std::optional<Job>> JobQueue::Claim(std::chrono::seconds lease) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  const std::string at = FormatInstant(now);
  constexpr std::string_view kDue =
      "SELECT id FROM job WHERE (state = 'queued' AND run_after <= $1) "
      "OR (state = 'running' AND lease_until <= $1) ORDER BY run_after, id LIMIT 1";
  const auto read_id = [](db::RowReader& row) { return row.Int("id"); };
  // An idle queue is read without the write lock: workers polling it must
  // not queue behind, or block, the writers that serve requests.
  auto any = db::QueryOne(**connection, kDue, {Value(at)}, read_id);
  if (!any) return Failure(any);
  if (!*any) return std::optional<Job>();
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<std::optional<Job>> {
    auto due = db::QueryOne(tx, kDue, {Value(at)}, read_id);
    if (!due) return Failure(due);
    if (!*due) return std::optional<Job>();  // another worker took it first
    auto claimed =
        db::QueryOne(tx,
                     fmt::format("UPDATE job SET state = 'running', attempts = attempts + 1, "
                                 "lease_until = $2, updated_at = $3 WHERE id = $1 RETURNING {}",
                                 kJobColumns),
                     {Value(**due), Value(FormatInstant(now + lease)), Value(at)}, ReadJob);
    if (!claimed) return Failure(claimed);
    return *claimed;
  });
}

Result<void> JobQueue::EndAttempt(const Job& job, JobState state, std::optional<Instant> run_after,
                                  const std::optional<std::string>& error) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const std::string at = FormatInstant(clock_.Now());
  // The attempt number is the lease's token: a later claim has changed it.
  auto ended =
      (*connection)
          ->Execute(
              "UPDATE job SET state = $3, lease_until = NULL, "
              "run_after = COALESCE($4, run_after), last_error = COALESCE($5, last_error), "
              "updated_at = $6 WHERE id = $1 AND attempts = $2 AND state = 'running'",
              {Value(job.id), Value(std::int64_t{job.attempts}),
               Value(std::string(kJobStates.Name(state))),
               run_after ? Value(FormatInstant(*run_after)) : Value(nullptr), db::Nullable(error),
               Value(at)});
  if (!ended) return Failure(ended);
  return {};
}

Result<void> JobQueue::Finish(const Job& job) {
  return EndAttempt(job, JobState::kDone, std::nullopt, std::nullopt);
}

Result<void> JobQueue::Failed(const Job& job, const Error& error) {
  const std::string stored = StoredError(error);
  if (IsPermanent(error) || job.attempts >= job.max_attempts) {
    return EndAttempt(job, JobState::kFailed, std::nullopt, stored);
  }
  return EndAttempt(job, JobState::kQueued, clock_.Now() + RetryDelay(job.attempts), stored);
}

Result<JobPage> JobQueue::List(const Principal& principal, const JobFilter& filter) {
  if (!principal.Holds(Capability::kManageJobs)) {
    return Fail(ErrorCode::kForbidden, "only administrators see the background jobs");
  }
  const int limit = std::clamp(filter.limit, 1, kMaxLimit);
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto jobs = db::QueryAll(
      **connection,
      fmt::format("SELECT {} FROM job WHERE partnership_id = $1 AND ($2 IS NULL OR state = $2) "
                  "AND ($3 IS NULL OR id < $3) ORDER BY id DESC LIMIT $4",
                  kJobColumns),
      {Value(principal.partnership_id),
       filter.state ? Value(std::string(kJobStates.Name(*filter.state))) : Value(nullptr),
       db::Nullable(filter.before_id), Value(std::int64_t{limit + 1})},
      ReadJob);
  if (!jobs) return Failure(jobs);
  JobPage page;
  if (static_cast<int>(jobs->size()) > limit) {
    jobs->resize(static_cast<std::size_t>(limit));
    page.next_cursor = jobs->back().id;
  }
  page.items = std::move(*jobs);
  return page;
}

Result<Job> JobQueue::Retry(const Principal& principal, const Actor& actor, std::int64_t job_id) {
  if (!principal.Holds(Capability::kManageJobs)) {
    return Fail(ErrorCode::kForbidden, "only administrators retry background jobs");
  }
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<Job> {
    const std::string read =
        fmt::format("SELECT {} FROM job WHERE id = $1 AND partnership_id = $2", kJobColumns);
    auto found = db::QueryOne(tx, read, {Value(job_id), Value(principal.partnership_id)}, ReadJob);
    if (!found) return Failure(found);
    if (!*found) return Fail(ErrorCode::kNotFound, "there is no such job");
    if ((*found)->state != JobState::kFailed) {
      return Fail(ErrorCode::kConflict,
                  fmt::format("only a failed job can be retried; this one is {}",
                              kJobStates.Name((*found)->state)));
    }
    const std::string at = FormatInstant(now);
    auto retried =
        db::QueryOne(tx,
                     fmt::format("UPDATE job SET state = 'queued', attempts = 0, run_after = $2, "
                                 "updated_at = $2 WHERE id = $1 RETURNING {}",
                                 kJobColumns),
                     {Value(job_id), Value(at)}, ReadJob);
    if (!retried) return Failure(retried);
    if (auto audited = RecordEvent(tx, actor, "job.retried", "job", std::to_string(job_id), now,
                                   {{"kind", (*found)->kind}});
        !audited) {
      return Failure(audited);
    }
    return **retried;
  });
}

}  // namespace casereview::app
