// The durable job queue: jobs stored in the database (kind, ids, attempts,
// next run, last error), claimed by the JobRunner's workers under a lease,
// retried with backoff (core/jobs/job.h RetryDelay), visible to admins. A job
// is added inside the transaction of the change that needs it, so it exists
// exactly when that change committed, and it survives a restart: a job whose
// worker died is claimed again once its lease ends. Handlers must therefore be
// idempotent (a job may run twice, never zero times). Thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/identity/principal.h"
#include "app/platform/clock.h"
#include "core/error.h"
#include "core/jobs/job.h"
#include "db/connection_pool.h"

namespace casereview::app {

struct Job {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::string kind;
  JobPayload payload;
  JobState state = JobState::kQueued;
  int attempts = 0;  // attempts begun, the current one included
  int max_attempts = 0;
  std::string run_after;  // FormatInstant form, as every instant below
  std::optional<std::string> lease_until;
  std::optional<std::string> last_error;
  std::string created_at;
  std::string updated_at;
};

struct NewJob {
  std::string kind;  // IsJobKind
  JobPayload payload;
  int max_attempts = 5;  // 1 to 20
};

// Adds a job, due now, inside the caller's open transaction `tx`. kInvalid
// (a bug in the caller) for a kind or an attempt count outside the rules.
Result<std::int64_t> EnqueueJob(db::Connection& tx, std::int64_t partnership_id, const NewJob& job,
                                Instant now);

struct JobFilter {
  std::optional<JobState> state;
  std::optional<std::int64_t> before_id;  // the cursor: jobs with smaller ids
  int limit = 50;
};

struct JobPage {
  std::vector<Job> items;  // newest first
  std::optional<std::int64_t> next_cursor;
};

class JobQueue {
 public:
  JobQueue(db::ConnectionPool& database, const Clock& clock) : database_(database), clock_(clock) {}

  // Claims the job due first, if any: a queued job whose run_after has come,
  // or a running one whose lease has ended (its worker stopped). It becomes
  // running with attempts + 1 and a lease of `lease`.
  Result<std::optional<Job>> Claim(std::chrono::seconds lease);

  // Ends an attempt. Finish: done. Failed: a permanent error (the job can never
  // succeed, see IsPermanent) or the last attempt makes
  // it failed; otherwise it waits RetryDelay(attempts) and is queued again.
  // Both do nothing when the attempt no longer holds the job (its lease ended
  // and another worker claimed it): the later attempt's outcome counts.
  Result<void> Finish(const Job& job);
  Result<void> Failed(const Job& job, const Error& error);

  // For admins (Capability::kManageJobs) of the principal's partnership.
  Result<JobPage> List(const Principal& principal, const JobFilter& filter);
  // Queues a failed job again now with fresh attempts; kConflict when it is
  // not failed, kNotFound when it is not the partnership's. Audited.
  Result<Job> Retry(const Principal& principal, const Actor& actor, std::int64_t job_id);

 private:
  Result<void> EndAttempt(const Job& job, JobState state, std::optional<Instant> run_after,
                          const std::optional<std::string>& error);

  db::ConnectionPool& database_;
  const Clock& clock_;
};

// Whether an error means the job can never succeed, so retrying is pointless.
bool IsPermanent(const Error& error);

}  // namespace casereview::app
