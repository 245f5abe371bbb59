// The HTTP server: Boost.Beast on Asio C++20 coroutines. One io_context run by a
// thread per core; blocking handlers go to a bounded worker pool. Enforces header
// and body limits, read/write timeouts and a connection cap; stops gracefully on
// SIGINT/SIGTERM.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "core/error.h"
#include "http/routes/request_guard.h"
#include "http/server/router.h"
#include "http/server/static_site.h"

namespace casereview::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0 picks a free port
  unsigned io_threads = 0;     // 0: one per core
  unsigned worker_threads = 4;
  unsigned hashing_threads = 1;  // Argon2id: each hash holds tens of MiB and a core
  // Proxies in front of the server whose X-Forwarded-For entries are believed
  // (http/server/client_address.h); 0: none, the socket's address is the client's.
  unsigned trusted_proxies = 0;
  std::size_t header_limit = std::size_t{16} * 1024;
  std::size_t body_limit = std::size_t{1024} * 1024;
  std::chrono::milliseconds read_timeout{30'000};
  // How long one write may wait for the client. A streamed file (a document
  // download, and an upload's body) waits up to a timeout for each buffer, and
  // must also go at min_transfer_bytes_per_second or faster overall.
  std::chrono::milliseconds write_timeout{30'000};
  std::size_t min_transfer_bytes_per_second = 16 * 1024;
  // Where the bodies of routes that take more than body_limit (uploads) are
  // streamed to, never held in memory (DATA_DIR/blobs/tmp, so that a stored
  // blob is one rename away). Empty: such bodies are read into memory.
  std::filesystem::path upload_directory;
  std::chrono::milliseconds shutdown_grace{1'500};
  std::size_t max_connections = 1024;
  // Connections one client address may hold at once (not counted behind
  // trusted proxies), so that one address cannot take every slot.
  std::size_t max_connections_per_address = 64;
  // How long a request's head may take to arrive (and an idle keep-alive
  // connection may wait for its next request): a slow client cannot hold a
  // connection for the whole read timeout.
  std::chrono::milliseconds header_timeout{10'000};
};

// One line per request for the access log; never holds the query string or body.
struct AccessRecord {
  std::string_view method;
  std::string_view route;  // the matched pattern, "static", or "-" when nothing matched
  unsigned status;
  std::chrono::microseconds duration;
};

class Server {
 public:
  // Every request for a route passes `guard` first. `router`, `site` and
  // `guard` must outlive the server.
  Server(ServerOptions options, const Router& router, const StaticSite& site,
         const RequestGuard& guard, std::function<void(const AccessRecord&)> access_log);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket. kUnavailable names the address when it cannot.
  Result<void> Bind();
  // The bound port (useful after binding port 0).
  unsigned short port() const;
  // Serves until Stop() or SIGINT/SIGTERM, then returns after in-flight requests
  // finish or the grace period ends. Call once, after Bind().
  void Run();
  // Starts a graceful shutdown. Thread-safe.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace casereview::http
