// The SQLite adapter of the storage port.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>

#include "db/database.h"

namespace casereview::db {

// SQLite lets one transaction write at a time. Connections that share a gate
// queue for it on a mutex before BEGIN IMMEDIATE, so a writer waits exactly as
// long as the writer ahead of it; without one they wait in SQLite's busy
// handler, which sleeps in steps of up to 100 ms and sets the tail latency of
// every write under load. A gate serves one process; another process writing
// the same file is still met by the busy timeout.
class WriterGate {
 public:
  // False when the gate stayed taken for `patience`.
  bool Enter(std::chrono::milliseconds patience) { return mutex_.try_lock_for(patience); }
  void Leave() { mutex_.unlock(); }

 private:
  std::timed_mutex mutex_;
};

struct SqliteOptions {
  int busy_timeout_ms = 5000;
  // Shared by every connection of one pool to one file; null: no gate.
  std::shared_ptr<WriterGate> writers;
};

// Opens (creating if absent) the database file at `path` in WAL mode with foreign
// keys enforced. The connection must be used by one thread at a time.
Result<std::unique_ptr<Connection>> OpenSqlite(const std::filesystem::path& path,
                                               const SqliteOptions& options = {});

}  // namespace casereview::db
