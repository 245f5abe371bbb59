// The audit chain's costs on a real SQLite file (WAL, synchronous=NORMAL, as
// the server opens it): appending one event in a transaction of its own, and
// verifying a chain of 100,000 events.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>
#include <string>

#include "app/audit/audit.h"
#include "db/migrations.h"
#include "db/sqlite/sqlite_connection.h"

namespace {

using namespace casereview;

// A migrated database in a fresh temporary directory, removed afterwards.
class TempDatabase {
 public:
  TempDatabase() {
    std::random_device random;
    dir_ = std::filesystem::temp_directory_path() /
           ("casereview-audit-bench-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(dir_);
    auto opened = db::OpenSqlite(dir_ / "bench.sqlite3");
    if (!opened) throw std::runtime_error(opened.error().message);
    connection_ = std::move(*opened);
    auto migrated = db::ApplyMigrations(*connection_, db::EmbeddedMigrations(),
                                        [] { return std::string("2026-03-02T08:00:00.000Z"); });
    if (!migrated) throw std::runtime_error(migrated.error().message);
  }
  ~TempDatabase() {
    connection_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  TempDatabase(const TempDatabase&) = delete;
  TempDatabase& operator=(const TempDatabase&) = delete;

  db::Connection& connection() { return *connection_; }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<db::Connection> connection_;
};

app::AuditEvent ReviewRead(std::int64_t n) {
  return app::AuditEvent{12,
                         "user:12",
                         "review.read",
                         "review",
                         std::to_string(n % 500),
                         "192.0.2.1",
                         {{"section", "chronology"}}};
}

Instant Start() { return Instant{std::chrono::sys_days{std::chrono::year{2026} / 3 / 2}}; }

void BM_AppendInOwnTransaction(benchmark::State& state) {
  TempDatabase database;
  std::int64_t n = 0;
  for (auto _ : state) {
    ++n;
    auto appended = db::InTransaction(database.connection(), [&](db::Connection& tx) {
      return app::AppendAudit(tx, ReviewRead(n), Start() + std::chrono::milliseconds{n});
    });
    if (!appended) state.SkipWithError(appended.error().message.c_str());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AppendInOwnTransaction);

void BM_VerifyChain(benchmark::State& state) {
  TempDatabase database;
  const auto events = state.range(0);
  constexpr std::int64_t kBatch = 1000;
  for (std::int64_t n = 0; n < events; n += kBatch) {
    auto appended =
        db::InTransaction(database.connection(), [&](db::Connection& tx) -> Result<void> {
          for (std::int64_t i = n; i < std::min(events, n + kBatch); ++i) {
            auto one = app::AppendAudit(tx, ReviewRead(i), Start() + std::chrono::milliseconds{i});
            if (!one) return std::unexpected(one.error());
          }
          return {};
        });
    if (!appended) {
      state.SkipWithError(appended.error().message.c_str());
      return;
    }
  }
  for (auto _ : state) {
    auto status = app::VerifyAuditChain(database.connection());
    if (!status || status->first_break || status->events != events) {
      state.SkipWithError("the chain did not verify");
      break;
    }
  }
  state.SetItemsProcessed(state.iterations() * events);
}
BENCHMARK(BM_VerifyChain)->Arg(100'000)->Unit(benchmark::kMillisecond);

}  // namespace
