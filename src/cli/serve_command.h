// casereview serve: the HTTP server with the API, the web app and public pages.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace casereview::cli {

struct ServeSettings {
  std::string listen = "127.0.0.1:8080";
  std::string data_dir;
  std::string web_dir = "web/dist";
  std::string log_format = "text";
  std::string log_level = "info";
  unsigned io_threads = 0;
  unsigned worker_threads = 4;
  std::size_t max_connections = 1024;
  std::size_t max_connections_per_address = 64;
  unsigned header_timeout_seconds = 10;
  std::size_t max_body_bytes = std::size_t{1024} * 1024;
  unsigned timeout_seconds = 30;
  unsigned hashing_threads = 1;
  unsigned job_workers = 2;
  std::size_t max_document_bytes = std::size_t{50} * 1000 * 1000;
  bool trust_proxy = false;
  unsigned trusted_proxies = 1;  // with trust_proxy: how many proxies append to X-Forwarded-For
  unsigned session_idle_minutes = 30;
  unsigned session_hours = 12;
  // The first start on an empty data directory creates these.
  std::string partnership_name = "Safeguarding Partnership";
  std::string partnership_nation = "england";
  std::string admin_email = "admin@example.invalid";
};

// Registers the subcommand and its flags (each with its CASEREVIEW_* variable).
CLI::App* AddServeCommand(CLI::App& root, ServeSettings& settings);

// Prepares the data directory, applies pending migrations, prints
// "listening on http://HOST:PORT" as the first stdout line, and serves until
// SIGINT or SIGTERM. On an empty data directory it first creates a partnership
// and its administrator, and prints the administrator's one-time password and
// second-factor URI once, after the listening line. Returns the exit code.
int RunServe(const ServeSettings& settings);

}  // namespace casereview::cli
