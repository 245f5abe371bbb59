#include "integration/in_process_server.h"

#include <stdexcept>

namespace casereview::testing {

Instant InProcessServer::StartOfTheTest() {
  return std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

InProcessServer::InProcessServer(Instant start, std::chrono::milliseconds write_timeout)
    : clock_(start) {
  auto directory = app::PrepareDataDirectory(data_root_);
  if (!directory) throw std::runtime_error(directory.error().message);
  database_ = app::OpenDatabase(*directory, 4);
  if (auto migrated = app::MigrateDatabase(*database_, clock_); !migrated) {
    throw std::runtime_error(migrated.error().message);
  }
  // Cheap hashing keeps the tests fast; the limits themselves are tested elsewhere.
  users_ = std::make_unique<app::Users>(*database_, clock_, app::PasswordCost::Minimum());
  sessions_ = std::make_unique<app::Sessions>(*database_, clock_, app::PasswordCost::Minimum());
  auto first = users_->SetUpFirstRun("Northmoor Safeguarding Children Partnership (fictional)",
                                     "england", "admin@northmoor.example");
  if (!first || !*first) throw std::runtime_error("first run failed");
  first_run_ = **first;
  {
    auto connection = database_->Acquire();
    auto agency =
        (*connection)
            ->Query(
                "INSERT INTO agency (partnership_id, name, kind, created_at) "
                "VALUES ($1, 'Northmoor Police (fictional)', 'police', '2026-01-01T00:00:00.000Z') "
                "RETURNING id",
                {db::Value(first_run_.partnership_id)});
    if (!agency) throw std::runtime_error(agency.error().message);
    agency_id_ = agency->front().Int(0).value_or(0);
  }
  // The jobs run only when a test calls background().runner().RunDue().
  app::UseCaseOptions use_case_options;
  use_case_options.data_root = data_root_;
  use_cases_ = std::make_unique<app::UseCases>(*database_, clock_, std::move(use_case_options));
  services_ = std::unique_ptr<http::Services>(
      new http::Services{*database_, *sessions_, *users_, *use_cases_, clock_, false});
  if (auto added = http::AddApiRoutes(router_, *services_); !added) {
    throw std::runtime_error(added.error().message);
  }
  guard_ = std::make_unique<http::RequestGuard>(*sessions_, *database_, clock_);
  http::ServerOptions options;
  options.port = 0;
  options.io_threads = 2;
  options.worker_threads = 2;
  options.write_timeout = write_timeout;
  options.upload_directory = data_root_ / "blobs" / "tmp";
  server_ = std::make_unique<http::Server>(options, router_, site_, *guard_, nullptr);
  if (auto bound = server_->Bind(); !bound) throw std::runtime_error(bound.error().message);
  runner_ = std::thread([this] { server_->Run(); });
}

InProcessServer::~InProcessServer() {
  server_->Stop();
  runner_.join();
}

}  // namespace casereview::testing
