// The real HTTP server, run inside the test process on port 0 with a temporary
// data directory, so that a test can reach both the wire and the route table.
#pragma once

#include <memory>
#include <string>
#include <thread>

#include "app/identity/sessions.h"
#include "app/identity/users.h"
#include "app/platform/clock.h"
#include "app/platform/data_directory.h"
#include "app/service/use_cases.h"
#include "http/routes/api.h"
#include "http/routes/request_guard.h"
#include "http/server/server.h"
#include "support/fake_clock.h"
#include "support/temp_dir.h"

namespace casereview::testing {

class InProcessServer {
 public:
  // The server's clock starts at `start` and moves only when the test moves
  // it. By default that is the moment the test began: the day the suite runs,
  // which CI moves about with faketime. A test that depends on "today" reads
  // clock(), never the system.
  // `write_timeout` is the server's (a test of slow readers shortens it).
  explicit InProcessServer(Instant start = StartOfTheTest(),
                           std::chrono::milliseconds write_timeout = std::chrono::seconds(30));
  static Instant StartOfTheTest();
  ~InProcessServer();
  InProcessServer(const InProcessServer&) = delete;
  InProcessServer& operator=(const InProcessServer&) = delete;

  unsigned short port() const { return server_->port(); }
  const http::Router& router() const { return router_; }
  app::Users& users() { return *users_; }
  db::ConnectionPool& database() { return *database_; }
  app::BackgroundWork& background() { return use_cases_->background; }
  const app::FirstRun& first_run() const { return first_run_; }
  // The id of a (fictional) agency of the partnership, for agency leads.
  std::int64_t agency_id() const { return agency_id_; }
  FakeClock& clock() { return clock_; }
  const FakeClock& clock() const { return clock_; }
  const std::filesystem::path& data_root() const { return data_root_; }

  // Whether the first administrator's one-time password was replaced (see
  // SignInAdmin in integration/api_client.h).
  bool admin_password_changed = false;
  // The last second-factor step the first administrator signed in with: the
  // server takes each step's code once (see SignInAdmin).
  std::int64_t admin_totp_step = -1;

 private:
  TempDir dir_;
  std::filesystem::path data_root_ = dir_.path() / "data";
  FakeClock clock_;
  std::unique_ptr<db::ConnectionPool> database_;
  std::unique_ptr<app::Users> users_;
  std::unique_ptr<app::Sessions> sessions_;
  std::unique_ptr<app::UseCases> use_cases_;
  std::unique_ptr<http::Services> services_;
  app::FirstRun first_run_;
  std::int64_t agency_id_ = 0;
  http::Router router_;
  http::StaticSite site_;
  std::unique_ptr<http::RequestGuard> guard_;
  std::unique_ptr<http::Server> server_;
  std::thread runner_;
};

}  // namespace casereview::testing
