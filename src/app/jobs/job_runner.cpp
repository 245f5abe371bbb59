#include "app/jobs/job_runner.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

namespace casereview::app {

void JobRunner::Handle(std::string kind, JobHandler handler) {
  handlers_.insert_or_assign(std::move(kind), std::move(handler));
}

void JobRunner::Start() {
  for (unsigned i = 0; i < options_.workers; ++i) {
    workers_.emplace_back([this](const std::stop_token& stop) { Work(stop); });
  }
}

void JobRunner::Stop() {
  for (auto& worker : workers_) worker.request_stop();
  Wake();
  workers_.clear();  // joins
}

void JobRunner::Wake() {
  {
    std::lock_guard lock(mutex_);
    ++wakes_;
  }
  woken_.notify_all();
}

Result<bool> JobRunner::RunOne() {
  auto claimed = queue_.Claim(options_.lease);
  if (!claimed) return Failure(claimed);
  if (!*claimed) return false;
  const Job& job = **claimed;
  const auto handler = handlers_.find(job.kind);
  Result<void> outcome =
      handler == handlers_.end()
          ? Result<void>(Fail(ErrorCode::kInvalid,
                              fmt::format("no handler runs jobs of kind '{}'", job.kind)))
          : handler->second(job);
  if (outcome) {
    if (auto finished = queue_.Finish(job); !finished) return Failure(finished);
    return true;
  }
  spdlog::warn("job {} ({}) attempt {} failed: {}", job.id, job.kind, job.attempts,
               outcome.error().message);
  if (auto failed = queue_.Failed(job, outcome.error()); !failed) return Failure(failed);
  return true;
}

Result<int> JobRunner::RunDue() {
  int ran = 0;
  while (true) {
    auto one = RunOne();
    if (!one) return Failure(one);
    if (!*one) return ran;
    ++ran;
  }
}

void JobRunner::Work(const std::stop_token& stop) {
  while (!stop.stop_requested()) {
    std::uint64_t seen = 0;
    {
      std::lock_guard lock(mutex_);
      seen = wakes_;
    }
    auto one = RunOne();
    if (one && *one) continue;
    if (!one) spdlog::error("job queue: {}", one.error().message);
    // Nothing due: sleep until woken or idle_wait has passed, which finds a
    // retry falling due or a job another process added.
    const auto wait = options_.idle_wait;
    std::unique_lock lock(mutex_);
    woken_.wait_for(lock, stop, wait, [&] { return wakes_ != seen; });
  }
}

}  // namespace casereview::app
