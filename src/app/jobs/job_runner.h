// Runs the durable queue's jobs on a bounded set of worker threads, never on
// a request's worker: each worker claims the job due first, runs the handler
// for its kind, and records the outcome (done, retry after backoff, failed).
// An idle worker sleeps until the next job falls due, at most `idle_wait`, or
// until Wake (called after a request enqueued a job). A job whose kind has no
// handler fails at once with that said. Handlers must be idempotent (see
// JobQueue) and thread-safe.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/jobs/job_queue.h"

namespace casereview::app {

using JobHandler = std::function<Result<void>(const Job&)>;

struct JobRunnerOptions {
  unsigned workers = 2;
  std::chrono::seconds lease = std::chrono::minutes(10);  // longer than any job runs
  std::chrono::milliseconds idle_wait = std::chrono::seconds(5);
};

class JobRunner {
 public:
  JobRunner(JobQueue& queue, JobRunnerOptions options) : queue_(queue), options_(options) {}
  JobRunner(const JobRunner&) = delete;
  JobRunner& operator=(const JobRunner&) = delete;
  ~JobRunner() { Stop(); }

  // Registers the handler of `kind`; before Start only.
  void Handle(std::string kind, JobHandler handler);

  // Starts the workers; Stop lets running jobs finish, then joins them.
  void Start();
  void Stop();
  void Wake();

  // Runs due jobs on the calling thread until none is due; how many ran.
  // For the command line and tests, instead of Start.
  Result<int> RunDue();

 private:
  // Claims and runs one due job: false when none was due.
  Result<bool> RunOne();
  void Work(const std::stop_token& stop);

  JobQueue& queue_;
  JobRunnerOptions options_;
  std::map<std::string, JobHandler, std::less<>> handlers_;
  std::mutex mutex_;
  std::condition_variable_any woken_;
  std::uint64_t wakes_ = 0;
  std::vector<std::jthread> workers_;
};

}  // namespace casereview::app
