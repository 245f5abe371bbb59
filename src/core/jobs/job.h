// A job of the durable queue, as the domain sees it: what kind of work, on
// which records (ids only, never text a job could leak), in which state, and
// when it may run again. Pure: the queue itself is app/jobs.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/enum_names.h"

namespace casereview {

enum class JobState {
  kQueued,   // waiting for its time (run_after) and a free worker
  kRunning,  // claimed by a worker until its lease ends
  kDone,     // finished
  kFailed,   // gave up: a permanent error, or the last attempt failed
};

inline constexpr EnumNames<JobState, 4> kJobStates{{{
    {JobState::kQueued, "queued"},
    {JobState::kRunning, "running"},
    {JobState::kDone, "done"},
    {JobState::kFailed, "failed"},
}}};

// The records a job works on: names ("document_version_id") to ids. Holding
// only ids keeps personal data out of the queue: a job reads what it needs,
// through the use cases, when it runs.
using JobPayload = std::map<std::string, std::int64_t>;

// "document_version_id=12;review_id=3": names in order, for storage.
std::string FormatJobPayload(const JobPayload& payload);

// FormatJobPayload's form read back; nullopt for anything else (a name that
// is not [a-z][a-z0-9_]* of at most 40, an id that is not a positive whole
// number, a name twice, more than 8 entries).
std::optional<JobPayload> ParseJobPayload(std::string_view text);

// Whether `kind` is a job kind's name: dotted lower-case words
// ("document.extract_text"), at most 60 characters.
bool IsJobKind(std::string_view kind);

// How long a job waits after its `attempts`-th failed attempt (1, 2, ...):
// 30 s, doubling each time, at most 6 hours. The same for every job, so a
// test can compute when a retry is due.
std::chrono::seconds RetryDelay(int attempts);

}  // namespace casereview
