#include "cli/serve_command.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/identity/sessions.h"
#include "app/identity/users.h"
#include "app/platform/clock.h"
#include "app/platform/data_directory.h"
#include "app/service/use_cases.h"
#include "cli/exit_code.h"
#include "cli/listen_address.h"
#include "cli/logging.h"
#include "http/routes/api.h"
#include "http/routes/request_guard.h"
#include "http/server/server.h"
#include "http/server/upload_file.h"

namespace casereview::cli {

CLI::App* AddServeCommand(CLI::App& root, ServeSettings& settings) {
  CLI::App* command = root.add_subcommand("serve", "Serve the API, the web app and public pages");
  command->add_option("--listen", settings.listen, "Address to listen on, HOST:PORT (port 0: any)")
      ->envname("CASEREVIEW_LISTEN")
      ->capture_default_str();
  command->add_option("--data-dir", settings.data_dir, "Data directory (created if absent)")
      ->envname("CASEREVIEW_DATA_DIR")
      ->required();
  command->add_option("--web-dir", settings.web_dir, "The built web app (web/dist)")
      ->envname("CASEREVIEW_WEB_DIR")
      ->capture_default_str();
  command->add_option("--log-format", settings.log_format, "text or json")
      ->envname("CASEREVIEW_LOG_FORMAT")
      ->capture_default_str();
  command->add_option("--log-level", settings.log_level, "debug, info, warn or error")
      ->envname("CASEREVIEW_LOG_LEVEL")
      ->capture_default_str();
  command->add_option("--io-threads", settings.io_threads, "I/O threads (0: one per core)")
      ->envname("CASEREVIEW_IO_THREADS")
      ->capture_default_str();
  command
      ->add_option("--worker-threads", settings.worker_threads,
                   "Threads for blocking work (database, hashing)")
      ->envname("CASEREVIEW_WORKER_THREADS")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  command
      ->add_option("--max-connections", settings.max_connections,
                   "Open connections above this are answered 503")
      ->envname("CASEREVIEW_MAX_CONNECTIONS")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1'000'000}))
      ->capture_default_str();
  command
      ->add_option("--max-connections-per-address", settings.max_connections_per_address,
                   "Connections one client address may hold at once; more are answered 503 "
                   "(not counted with --trust-proxy)")
      ->envname("CASEREVIEW_MAX_CONNECTIONS_PER_ADDRESS")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1'000'000}))
      ->capture_default_str();
  command
      ->add_option("--header-timeout-seconds", settings.header_timeout_seconds,
                   "A request's headers (and a kept-alive connection's next request) must "
                   "arrive within this")
      ->envname("CASEREVIEW_HEADER_TIMEOUT_SECONDS")
      ->check(CLI::Range(1u, 300u))
      ->capture_default_str();
  command
      ->add_option("--max-body-bytes", settings.max_body_bytes,
                   "Request bodies above this are answered 413")
      ->envname("CASEREVIEW_MAX_BODY_BYTES")
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 30))
      ->capture_default_str();
  command
      ->add_option("--timeout-seconds", settings.timeout_seconds,
                   "Read and write timeout per request")
      ->envname("CASEREVIEW_TIMEOUT_SECONDS")
      ->check(CLI::Range(1u, 3600u))
      ->capture_default_str();
  command->add_option("--hashing-threads", settings.hashing_threads, "Threads for password hashing")
      ->envname("CASEREVIEW_HASHING_THREADS")
      ->check(CLI::Range(1u, 64u))
      ->capture_default_str();
  command
      ->add_option("--job-workers", settings.job_workers,
                   "Threads that run background jobs (text extraction)")
      ->envname("CASEREVIEW_JOB_WORKERS")
      ->check(CLI::Range(1u, 16u))
      ->capture_default_str();
  command
      ->add_option("--max-document-bytes", settings.max_document_bytes,
                   "Uploaded documents above this are answered 413")
      ->envname("CASEREVIEW_MAX_DOCUMENT_BYTES")
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 32))
      ->capture_default_str();
  command
      ->add_flag("--trust-proxy", settings.trust_proxy,
                 "Behind a TLS proxy: client address from X-Forwarded-For, Secure cookies")
      ->envname("CASEREVIEW_TRUST_PROXY");
  command
      ->add_option("--trusted-proxies", settings.trusted_proxies,
                   "With --trust-proxy: how many proxies in a row append to X-Forwarded-For; "
                   "the client is the entry that many from the end")
      ->envname("CASEREVIEW_TRUSTED_PROXIES")
      ->check(CLI::Range(1u, 8u))
      ->capture_default_str();
  command
      ->add_option("--session-idle-minutes", settings.session_idle_minutes,
                   "A session ends after this long without a request")
      ->envname("CASEREVIEW_SESSION_IDLE_MINUTES")
      ->check(CLI::Range(1u, 24u * 60u))
      ->capture_default_str();
  command
      ->add_option("--session-hours", settings.session_hours,
                   "A session ends this long after sign-in")
      ->envname("CASEREVIEW_SESSION_HOURS")
      ->check(CLI::Range(1u, 24u * 7u))
      ->capture_default_str();
  command
      ->add_option("--partnership-name", settings.partnership_name,
                   "First start only: the partnership's name")
      ->envname("CASEREVIEW_PARTNERSHIP_NAME")
      ->capture_default_str();
  command
      ->add_option("--partnership-nation", settings.partnership_nation,
                   "First start only: england, wales, scotland or northern_ireland")
      ->envname("CASEREVIEW_PARTNERSHIP_NATION")
      ->check(CLI::IsMember({"england", "wales", "scotland", "northern_ireland"}))
      ->capture_default_str();
  command
      ->add_option("--admin-email", settings.admin_email,
                   "First start only: the first administrator")
      ->envname("CASEREVIEW_ADMIN_EMAIL")
      ->capture_default_str();
  return command;
}

int RunServe(const ServeSettings& settings) {
  if (auto logging = ConfigureLogging(settings.log_format, settings.log_level); !logging) {
    return ReportError(logging.error());
  }
  auto listen = ParseListenAddress(settings.listen);
  if (!listen) return ReportError(listen.error());
  const app::SystemClock clock;
  auto opened = app::OpenMigratedDatabase(
      settings.data_dir,
      settings.worker_threads + settings.hashing_threads + settings.job_workers + 1, clock);
  if (!opened) return ReportError(opened.error());
  for (const auto& migration : opened->migrations.applied) {
    spdlog::info("applied migration {:04}_{}", migration.version, migration.name);
  }
  db::ConnectionPool& database = *opened->pool;

  auto site = http::StaticSite::Load(settings.web_dir);
  if (!site) return ReportError(site.error());
  if (site->empty()) {
    spdlog::warn("no web app in {}; build it with 'npm run build' in web/", settings.web_dir);
  }

  const auto cost = app::PasswordCost::Interactive();
  app::Users users(database, clock, cost);
  app::SessionPolicy policy;
  policy.idle_timeout = std::chrono::minutes(settings.session_idle_minutes);
  policy.absolute_lifetime = std::chrono::hours(settings.session_hours);
  app::Sessions sessions(database, clock, cost, policy);
  auto first_run = users.SetUpFirstRun(settings.partnership_name, settings.partnership_nation,
                                       settings.admin_email);
  if (!first_run) return ReportError(first_run.error());

  app::UseCaseOptions use_case_options;
  use_case_options.data_root = settings.data_dir;
  use_case_options.max_document_bytes = settings.max_document_bytes;
  use_case_options.jobs.workers = settings.job_workers;
  app::UseCases use_cases(database, clock, std::move(use_case_options));
  // Background jobs run beside the server on their own threads; jobs left by
  // an earlier run, or cut off by its end, are taken up again.
  app::JobRunner& background = use_cases.background.runner();

  http::Router router;
  http::Services services{database, sessions, users, use_cases, clock, settings.trust_proxy};
  if (auto added = http::AddApiRoutes(router, services); !added) {
    return ReportError(added.error());
  }
  const http::RequestGuard guard(sessions, database, clock);

  http::ServerOptions options;
  options.host = listen->host;
  options.port = listen->port;
  options.io_threads = settings.io_threads;
  options.worker_threads = settings.worker_threads;
  options.max_connections = settings.max_connections;
  options.max_connections_per_address = settings.max_connections_per_address;
  options.header_timeout = std::chrono::seconds(settings.header_timeout_seconds);
  options.body_limit = settings.max_body_bytes;
  options.read_timeout = std::chrono::seconds(settings.timeout_seconds);
  options.write_timeout = std::chrono::seconds(settings.timeout_seconds);
  options.hashing_threads = settings.hashing_threads;
  options.trusted_proxies = settings.trust_proxy ? settings.trusted_proxies : 0;
  options.upload_directory = std::filesystem::path(settings.data_dir) / "blobs" / "tmp";
  // Uploads a crash cut off hold whole documents: none may outlive it.
  if (const auto removed = http::UploadFile::RemoveLeftovers(options.upload_directory)) {
    spdlog::info("removed {} upload files left by an earlier run", removed);
  }
  http::Server server(options, router, *site, guard, [](const http::AccessRecord& record) {
    spdlog::info("{} {} {} {:.3f}ms", record.method, record.route, record.status,
                 static_cast<double>(record.duration.count()) / 1000.0);
  });
  if (auto bound = server.Bind(); !bound) return ReportError(bound.error());

  const bool v6 = listen->host.find(':') != std::string::npos;
  fmt::print("listening on http://{}{}{}:{}\n", v6 ? "[" : "", listen->host, v6 ? "]" : "",
             server.port());
  if (*first_run) {
    const app::FirstRun& first = **first_run;
    fmt::print(
        "created partnership {} and its first administrator, {}\n"
        "  one-time password (shown once; change it at first sign-in): {}\n"
        "  second factor: add this to an authenticator app: {}\n",
        first.partnership_id, first.admin.user.email, first.admin.one_time_password.value_or(""),
        first.totp_uri);
  }
  std::fflush(stdout);
  background.Start();
  server.Run();
  background.Stop();
  spdlog::info("stopped");
  return kExitOk;
}

}  // namespace casereview::cli
