#include "http/server/server.h"

#include <utility>  // before Asio: Boost 1.74's awaitable.hpp needs std::exchange

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <algorithm>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <csignal>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include "http/json/problem.h"
#include "http/server/client_address.h"
#include "http/server/framing.h"
#include "http/server/run_blocking.h"
#include "http/server/security_headers.h"
#include "http/server/upload_file.h"

namespace casereview::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;
using boost::system::error_code;

constexpr auto kUseAwaitable = asio::use_awaitable;

bool IsApiPath(std::string_view path) { return path == "/api" || path.starts_with("/api/"); }

// Why a request could not be read, as the problem to answer with; nullopt when
// the peer simply went away or timed out and nothing should be written.
std::optional<Error> ReadFailure(const error_code& ec, const ServerOptions& options,
                                 std::size_t body_limit) {
  if (ec == beast_http::error::body_limit) {
    return Error{ErrorCode::kTooLarge,
                 fmt::format("the request body exceeds the limit of {} bytes", body_limit),
                 {}};
  }
  if (ec == beast_http::error::header_limit) {
    return Error{
        ErrorCode::kInvalid,
        fmt::format("the request headers exceed the limit of {} bytes", options.header_limit),
        {}};
  }
  if (ec == beast_http::error::end_of_stream || ec == beast_http::error::partial_message) {
    return std::nullopt;
  }
  if (ec.category() == beast_http::make_error_code(beast_http::error::bad_version).category()) {
    return Error{ErrorCode::kInvalid, "the request is not well-formed HTTP/1.1", {}};
  }
  return std::nullopt;
}

struct Outcome {
  Response response;
  std::string_view route = "-";
};

// One accepted connection, shared by its session coroutine and the shutdown
// walk over live connections.
struct LiveConnection {
  LiveConnection(beast::tcp_stream accepted, std::string peer)
      : stream(std::move(accepted)), peer_address(std::move(peer)) {}
  beast::tcp_stream stream;
  std::string peer_address;                   // empty when not counted per address
  std::atomic<bool> awaiting_request{false};  // between requests: safe to close
};

}  // namespace

struct Server::Impl {
  ServerOptions options;
  const Router& router;
  const StaticSite& site;
  const RequestGuard& guard;
  std::function<void(const AccessRecord&)> access_log;
  // Declared before the io_context: coroutine frames destroyed with it still count down.
  std::atomic<std::size_t> active{0};
  std::atomic<bool> stopping{false};
  std::atomic<bool> destroying{false};
  std::mutex live_mutex;
  std::unordered_map<const void*, std::weak_ptr<LiveConnection>> live;  // keyed by address
  std::unordered_map<std::string, std::size_t> per_address;             // open connections by peer
  asio::io_context ioc;
  asio::thread_pool workers;
  asio::thread_pool hashers;
  // Accepting, signals and shutdown all run on this strand, so the acceptor is
  // never touched by two threads at once.
  asio::strand<asio::io_context::executor_type> control;
  tcp::acceptor acceptor;
  asio::signal_set signals;
  asio::steady_timer grace_timer;
  const std::size_t largest_body_limit;

  Impl(ServerOptions server_options, const Router& routes, const StaticSite& static_site,
       const RequestGuard& request_guard, std::function<void(const AccessRecord&)> log)
      : options(std::move(server_options)),
        router(routes),
        site(static_site),
        guard(request_guard),
        access_log(std::move(log)),
        ioc(static_cast<int>(IoThreads())),
        workers(options.worker_threads == 0 ? 1 : options.worker_threads),
        hashers(options.hashing_threads == 0 ? 1 : options.hashing_threads),
        control(asio::make_strand(ioc)),
        acceptor(control),
        signals(control, SIGINT, SIGTERM),
        grace_timer(control),
        largest_body_limit(LargestBodyLimit(routes, options.body_limit)) {}

  ~Impl() {
    destroying = true;
    stopping = true;
  }

  unsigned IoThreads() const {
    if (options.io_threads != 0) return options.io_threads;
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : cores;
  }

  // Registers a live connection so that shutdown can close it while it waits
  // for a request; the last one to close during shutdown ends the run.
  struct ConnectionGuard {
    Impl& impl;
    const void* key;
    std::string peer;  // whose per-address slot this holds, if any
    ConnectionGuard(Impl& owner, const std::shared_ptr<LiveConnection>& connection)
        : impl(owner), key(connection.get()), peer(connection->peer_address) {
      std::lock_guard lock(impl.live_mutex);
      impl.live.emplace(key, connection);
    }
    ConnectionGuard(const ConnectionGuard&) = delete;
    ConnectionGuard& operator=(const ConnectionGuard&) = delete;
    ~ConnectionGuard() {
      {
        std::lock_guard lock(impl.live_mutex);
        impl.live.erase(key);
        if (!peer.empty()) {
          if (auto found = impl.per_address.find(peer);
              found != impl.per_address.end() && --found->second == 0) {
            impl.per_address.erase(found);
          }
        }
      }
      if (impl.active.fetch_sub(1) == 1 && impl.stopping && !impl.destroying) impl.ioc.stop();
    }
  };

  // Closes connections that wait for their next request: nobody is owed an
  // answer on them. Runs each close on the connection's own strand.
  void CloseIdleConnections() {
    std::lock_guard lock(live_mutex);
    for (const auto& [key, weak] : live) {
      auto connection = weak.lock();
      if (!connection) continue;
      asio::post(connection->stream.get_executor(), [connection] {
        if (connection->awaiting_request) connection->stream.cancel();
      });
    }
  }

  void BeginShutdown() {
    if (stopping.exchange(true)) return;
    error_code ignored;
    acceptor.close(ignored);
    signals.cancel(ignored);
    if (active == 0) {
      ioc.stop();
      return;
    }
    CloseIdleConnections();
    grace_timer.expires_after(options.shutdown_grace);
    grace_timer.async_wait([this](const error_code&) { ioc.stop(); });
  }

  asio::awaitable<void> Accept() {
    while (!stopping) {
      error_code ec;
      auto socket = co_await acceptor.async_accept(asio::make_strand(ioc),
                                                   asio::redirect_error(kUseAwaitable, ec));
      if (ec) {
        if (stopping || ec == asio::error::operation_aborted) co_return;
        // Out of descriptors or similar: back off instead of spinning.
        spdlog::warn("accept failed: {}", ec.message());
        asio::steady_timer pause(control, std::chrono::milliseconds(50));
        co_await pause.async_wait(asio::redirect_error(kUseAwaitable, ec));
        continue;
      }
      auto executor = socket.get_executor();
      // Behind trusted proxies every connection comes from a proxy: the cap
      // per address is theirs to keep.
      std::string peer;
      if (options.trusted_proxies == 0) {
        error_code unknown;
        const auto endpoint = socket.remote_endpoint(unknown);
        if (!unknown) peer = endpoint.address().to_string();
      }
      if (active.fetch_add(1) >= options.max_connections || !TakeAddressSlot(peer)) {
        active.fetch_sub(1);
        asio::co_spawn(executor, RefuseBusy(beast::tcp_stream(std::move(socket))), asio::detached);
        continue;
      }
      asio::co_spawn(executor,
                     Session(std::make_shared<LiveConnection>(beast::tcp_stream(std::move(socket)),
                                                              std::move(peer))),
                     asio::detached);
    }
  }

  // Counts a connection from `peer` against its cap; false, counting nothing,
  // when the address already holds its share (one address may not take every
  // slot). An empty peer is not counted.
  bool TakeAddressSlot(const std::string& peer) {
    if (peer.empty()) return true;
    std::lock_guard lock(live_mutex);
    std::size_t& open = per_address[peer];
    if (open >= options.max_connections_per_address) {
      if (open == 0) per_address.erase(peer);
      return false;
    }
    ++open;
    return true;
  }

  // Reads the request (so the peer sees the answer, not a reset), then answers 503.
  asio::awaitable<void> RefuseBusy(beast::tcp_stream stream) {
    beast::flat_buffer buffer;
    beast_http::request_parser<beast_http::empty_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(options.header_limit));
    stream.expires_after(std::chrono::seconds(2));
    error_code ec;
    co_await beast_http::async_read_header(stream, buffer, parser,
                                           asio::redirect_error(kUseAwaitable, ec));
    const auto started = std::chrono::steady_clock::now();
    Response response =
        ProblemResponse(Error{ErrorCode::kUnavailable,
                              "the server is at its connection limit; try again shortly",
                              {}},
                        11, false);
    response.set(beast_http::field::retry_after, "1");
    co_await Write(stream, response, "-", started, "-");
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  // Writes a response with the security headers every response carries, then
  // logs it; to a HEAD request, the head alone, with the body's length. A
  // response naming a file (kSendFileField) is streamed from it (WriteFile).
  // False when the peer could not be written to.
  asio::awaitable<bool> Write(beast::tcp_stream& stream, Response& response,
                              std::string_view method,
                              std::chrono::steady_clock::time_point started,
                              std::string_view route) {
    ApplySecurityHeaders(response);
    unsigned status = response.result_int();
    const bool head = method == "HEAD";
    bool written = false;
    if (const auto file = response.find(kSendFileField); file != response.end()) {
      const std::string path(file->value());
      response.erase(file);
      written = co_await WriteFile(stream, response, path, head, status);
    } else {
      if (head) {
        const auto length = response.body().size();
        response.body().clear();
        response.content_length(length);
      }
      stream.expires_after(options.write_timeout);
      error_code ec;
      co_await beast_http::async_write(stream, response, asio::redirect_error(kUseAwaitable, ec));
      written = !ec;
    }
    if (access_log) {
      access_log(AccessRecord{method, route, status,
                              std::chrono::duration_cast<std::chrono::microseconds>(
                                  std::chrono::steady_clock::now() - started)});
    }
    co_return written;
  }

  // Streams the file at `path` as the body of `response`, one buffer at a
  // time: each buffer must be taken within the write timeout, and the whole
  // file at min_transfer_bytes_per_second or faster, so a reader who stops
  // reading, or reads a trickle, holds one buffer and is let go (issue 12,
  // finding 9). A file that cannot be opened answers 503 (`status` says so).
  asio::awaitable<bool> WriteFile(beast::tcp_stream& stream, Response& response,
                                  const std::string& path, bool head, unsigned& status) {
    error_code ec;
    // A copy of the head: the caller still reads `response` (keep-alive).
    beast_http::response<beast_http::file_body> message{Response::header_type(response.base())};
    message.body().open(path.c_str(), beast::file_mode::scan, ec);
    if (ec) {
      spdlog::error("a verified document could not be opened to send: {}", ec.message());
      Response problem = ProblemResponse(
          Error{ErrorCode::kUnavailable, "the stored document cannot be read", {}}, 11, false);
      ApplySecurityHeaders(problem);
      status = problem.result_int();
      stream.expires_after(options.write_timeout);
      co_await beast_http::async_write(stream, problem, asio::redirect_error(kUseAwaitable, ec));
      co_return false;
    }
    message.prepare_payload();
    beast_http::response_serializer<beast_http::file_body> serializer{message};
    if (head) {
      stream.expires_after(options.write_timeout);
      co_await beast_http::async_write_header(stream, serializer,
                                              asio::redirect_error(kUseAwaitable, ec));
      co_return !ec;
    }
    const auto deadline = TransferDeadline(message.body().size());
    while (!serializer.is_done()) {
      if (!ExpireBefore(stream, deadline, options.write_timeout)) co_return false;
      co_await beast_http::async_write_some(stream, serializer,
                                            asio::redirect_error(kUseAwaitable, ec));
      if (ec) co_return false;
    }
    co_return true;
  }

  // Reads the body of the request whose head `head` has read into the file at
  // `path` (into `request`'s head; its body stays empty), at most `limit`
  // bytes: each read must come within the read timeout and the whole body at
  // min_transfer_bytes_per_second or faster, so a slow sender of a large file
  // is not cut off while a stalled one is. Sets `ec` as async_read would; the
  // problem to answer when the file cannot be written.
  asio::awaitable<std::optional<Error>> ReadBodyToFile(
      beast::tcp_stream& stream, beast::flat_buffer& buffer,
      beast_http::request_parser<beast_http::string_body>& head, std::size_t limit,
      const std::filesystem::path& path, Request& request, error_code& ec) {
    beast_http::request_parser<beast_http::file_body> parser{std::move(head)};
    parser.body_limit(limit);
    // The file exists, owner-only (UploadFile): open it for writing, keeping its mode.
    parser.get().body().open(path.c_str(), beast::file_mode::write, ec);
    if (ec) {
      spdlog::error("an upload's file could not be opened: {}", ec.message());
      co_return Error{ErrorCode::kUnavailable, "the upload cannot be stored", {}};
    }
    const auto deadline = TransferDeadline(parser.content_length().value_or(limit));
    while (!parser.is_done()) {
      if (!ExpireBefore(stream, deadline, options.read_timeout)) {
        ec = beast::error::timeout;
        co_return std::nullopt;
      }
      co_await beast_http::async_read_some(stream, buffer, parser,
                                           asio::redirect_error(kUseAwaitable, ec));
      if (ec) co_return std::nullopt;
    }
    parser.get().body().close();
    request = Request{Request::header_type(parser.get().base())};
    co_return std::nullopt;
  }

  // Gives the stream's next operation `timeout`, or less when `deadline` comes
  // sooner; false when the deadline has passed.
  static bool ExpireBefore(beast::tcp_stream& stream,
                           std::chrono::steady_clock::time_point deadline,
                           std::chrono::milliseconds timeout) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    stream.expires_after(std::min(timeout, left));
    return true;
  }

  // When a transfer of `bytes` must be over: one timeout's grace, then the
  // minimum rate.
  std::chrono::steady_clock::time_point TransferDeadline(std::uint64_t bytes) const {
    const auto rate = std::max<std::size_t>(options.min_transfer_bytes_per_second, 1);
    return std::chrono::steady_clock::now() +
           std::max(options.read_timeout, options.write_timeout) +
           std::chrono::seconds(bytes / rate);
  }

  asio::awaitable<void> Session(std::shared_ptr<LiveConnection> connection) {
    ConnectionGuard registration(*this, connection);
    beast::tcp_stream& stream = connection->stream;
    error_code ec;
    stream.socket().set_option(tcp::no_delay(true), ec);
    const std::string peer_address = PeerAddress(stream);
    beast::flat_buffer buffer;
    while (true) {
      // Flag first, then check: shutdown either sees the flag or is seen here.
      connection->awaiting_request = true;
      if (stopping) break;
      beast_http::request_parser<beast_http::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(options.header_limit));
      // Content-Length is checked against the limit as the header completes:
      // admit the largest any route takes, then hold the body to its route's.
      parser.body_limit(largest_body_limit);
      // The head must arrive within seconds; the body then gets the request timeout.
      stream.expires_after(options.header_timeout);
      // The head is judged before any body is read: its raw lines (before the
      // parser unfolds them), its framing, and, for a body above the default
      // limit, the route's guard, so nobody can make the server hold a large
      // body unasked. A refusal closes the connection.
      std::optional<Error> refused = co_await BufferHead(stream, buffer, ec);
      if (!refused && !ec) {
        co_await beast_http::async_read_header(stream, buffer, parser,
                                               asio::redirect_error(kUseAwaitable, ec));
      }
      std::size_t body_limit = options.body_limit;
      if (!ec || ec == beast_http::error::body_limit) body_limit = BodyLimitFor(parser.get());
      std::string client_address;
      if (!refused && !ec) {
        client_address = ClientAddressOf(parser.get(), peer_address);
        refused = FramingProblem(parser.get().base());
        if (!refused && body_limit > options.body_limit) {
          refused = co_await AdmitHead(parser.get(), client_address);
        }
      }
      if (refused) {
        connection->awaiting_request = false;
        Response response = ProblemResponse(*refused, 11, false);
        co_await Write(stream, response, "-", std::chrono::steady_clock::now(), "-");
        break;
      }
      Request request;
      std::optional<UploadFile> upload;  // a large body's file, removed once answered
      if (!ec) {
        if (const auto length = parser.content_length(); length && *length > body_limit) {
          ec = beast_http::error::body_limit;
        } else if (body_limit > options.body_limit && !options.upload_directory.empty()) {
          // A route that takes large bodies gets them in a file, never in memory.
          std::optional<Error> problem;
          if (auto created = UploadFile::Create(options.upload_directory); !created) {
            problem = created.error();
          } else {
            upload.emplace(std::move(*created));
            problem = co_await ReadBodyToFile(stream, buffer, parser, body_limit, upload->path(),
                                              request, ec);
          }
          if (problem) {
            connection->awaiting_request = false;
            Response response = ProblemResponse(*problem, 11, false);
            co_await Write(stream, response, "-", std::chrono::steady_clock::now(), "-");
            break;
          }
        } else {
          parser.body_limit(body_limit);
          stream.expires_after(options.read_timeout);
          co_await beast_http::async_read(stream, buffer, parser,
                                          asio::redirect_error(kUseAwaitable, ec));
          if (!ec) request = parser.release();
        }
      }
      connection->awaiting_request = false;
      const auto started = std::chrono::steady_clock::now();
      if (ec) {
        if (auto problem = ReadFailure(ec, options, body_limit)) {
          Response response = ProblemResponse(*problem, 11, false);
          co_await Write(stream, response, "-", started, "-");
        }
        break;
      }
      Outcome outcome =
          co_await Respond(request, client_address, upload ? &upload->path() : nullptr);
      upload.reset();  // the route is done with it: gone before the client hears back
      Response& response = outcome.response;
      if (stopping) response.keep_alive(false);
      const bool written =
          co_await Write(stream, response, request.method_string(), started, outcome.route);
      if (!written || !response.keep_alive()) break;
    }
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  // Reads into `buffer` until it holds a whole request head (up to its blank
  // line) or more than the header limit (which the parser then reports),
  // without parsing; answers the head's folding problem, if any. A failed
  // read sets `ec`, as the parser's own read would.
  asio::awaitable<std::optional<Error>> BufferHead(beast::tcp_stream& stream,
                                                   beast::flat_buffer& buffer,
                                                   error_code& ec) const {
    constexpr std::string_view kEnd = "\r\n\r\n";
    while (true) {
      const std::string_view held(static_cast<const char*>(buffer.data().data()), buffer.size());
      if (const auto end = held.find(kEnd); end != std::string_view::npos) {
        co_return FoldedLineProblem(held.substr(0, end + 2));
      }
      if (buffer.size() > options.header_limit) co_return std::nullopt;
      const std::size_t read = co_await stream.async_read_some(
          buffer.prepare(4096), asio::redirect_error(kUseAwaitable, ec));
      if (ec) co_return std::nullopt;
      buffer.commit(read);
    }
  }

  // Whether the route a request head names admits its sender (the guard, on a
  // worker thread, from the headers alone); why not, when it does not.
  asio::awaitable<std::optional<Error>> AdmitHead(const Request& head,
                                                  const std::string& client_address) {
    std::string_view path = head.target();
    path = path.substr(0, path.find('?'));
    const auto match = router.Match(head.method(), path);
    const auto* found = std::get_if<RouteMatch>(&match);
    if (found == nullptr) co_return std::nullopt;
    const Route& route = *found->route;
    auto admitted = co_await RunBlocking(workers, [this, &route, &head, &client_address] {
      return guard.Admit(route, head, client_address);
    });
    if (!admitted) co_return admitted.error();
    co_return std::nullopt;
  }

  // The body limit of the route a request header names: its own, or the server's.
  std::size_t BodyLimitFor(const Request& header) const {
    std::string_view path = header.target();
    path = path.substr(0, path.find('?'));
    const auto match = router.Match(header.method(), path);
    if (const auto* found = std::get_if<RouteMatch>(&match); found && found->route->body_limit) {
      return *found->route->body_limit;
    }
    return options.body_limit;
  }

  static std::size_t LargestBodyLimit(const Router& routes, std::size_t fallback) {
    std::size_t largest = fallback;
    for (const auto& route : routes.routes()) {
      if (route.body_limit) largest = std::max(largest, *route.body_limit);
    }
    return largest;
  }

  static std::string PeerAddress(beast::tcp_stream& stream) {
    error_code ec;
    const auto endpoint = stream.socket().remote_endpoint(ec);
    return ec ? std::string() : endpoint.address().to_string();
  }

  // The client's address: the peer's, or behind trusted proxies the entry of
  // X-Forwarded-For the nearest of them added (http/server/client_address.h).
  std::string ClientAddressOf(const Request& request, const std::string& peer) const {
    if (options.trusted_proxies == 0) return peer;
    std::string forwarded;
    for (auto [field, end] = request.equal_range("X-Forwarded-For"); field != end; ++field) {
      if (!forwarded.empty()) forwarded += ',';
      forwarded += field->value();
    }
    return ClientAddress(peer, forwarded, static_cast<int>(options.trusted_proxies));
  }

  asio::awaitable<Outcome> Respond(const Request& request, const std::string& client_address,
                                   const std::filesystem::path* body_file) {
    const unsigned version = request.version();
    const bool keep_alive = request.keep_alive();
    std::string_view path = request.target();
    if (!path.starts_with('/')) {
      co_return Outcome{ProblemResponse(
          Error{ErrorCode::kInvalid, "the request target must be an absolute path", {}}, version,
          keep_alive)};
    }
    path = path.substr(0, path.find('?'));

    auto match = router.Match(request.method(), path);
    if (auto* found = std::get_if<RouteMatch>(&match)) {
      // g++ 12 mishandles co_await inside a braced initialiser: await into a local first.
      Response response = co_await Invoke(*found, request, client_address, body_file);
      co_return Outcome{std::move(response), found->route->pattern};
    }
    if (auto* mismatch = std::get_if<MethodMismatch>(&match)) {
      co_return Outcome{MethodNotAllowed(AllowHeader(mismatch->allow), version, keep_alive)};
    }
    if (IsApiPath(path)) {
      co_return Outcome{
          ProblemResponse(Error{ErrorCode::kNotFound, "there is no API resource at this path", {}},
                          version, keep_alive)};
    }
    if (request.method() != Method::get && request.method() != Method::head) {
      co_return Outcome{MethodNotAllowed("GET, HEAD", version, keep_alive)};
    }
    const StaticFile* file = site.Find(path);
    if (file == nullptr) {
      co_return Outcome{
          ProblemResponse(Error{ErrorCode::kNotFound, "there is no page or file at this path", {}},
                          version, keep_alive)};
    }
    co_return Outcome{
        StaticResponse(*file, request[beast_http::field::if_none_match], version, keep_alive),
        "static"};
  }

  static Response MethodNotAllowed(const std::string& allow, unsigned version, bool keep_alive) {
    Response response = ProblemResponse(
        Error{ErrorCode::kMethodNotAllowed,
              fmt::format("this resource does not support that method; it allows {}", allow),
              {}},
        version, keep_alive);
    response.set(beast_http::field::allow, allow);
    return response;
  }

  // Runs the guard, then the handler, where the route says (a route that reads a
  // session never runs on an I/O thread).
  asio::awaitable<Response> Invoke(const RouteMatch& match, const Request& request,
                                   const std::string& client_address,
                                   const std::filesystem::path* body_file) {
    const Route& route = *match.route;
    auto call = [this, &route, &match, &request, &client_address, body_file]() -> Response {
      try {
        auto admitted = guard.Admit(route, request, client_address);
        if (!admitted) {
          return ProblemResponse(admitted.error(), request);
        }
        const app::Principal* principal = *admitted ? &**admitted : nullptr;
        Response response = route.handler(
            RequestContext{request, match.params, principal, client_address, body_file});
        response.version(request.version());
        response.keep_alive(request.keep_alive());
        response.prepare_payload();
        return response;
      } catch (const std::exception&) {
        spdlog::error("route {} {} failed with an exception",
                      std::string_view(beast_http::to_string(route.method)), route.pattern);
        return ProblemResponse(
            Error{ErrorCode::kInternal, "the server failed to handle this request", {}},
            request.version(), false);
      }
    };
    Execution execution = route.execution;
    if (execution == Execution::kInline && route.capability != Capability::kPublic) {
      execution = Execution::kWorkerPool;
    }
    if (execution == Execution::kInline) co_return call();
    Response response =
        co_await RunBlocking(execution == Execution::kHashingPool ? hashers : workers, call);
    co_return response;
  }
};

Server::Server(ServerOptions options, const Router& router, const StaticSite& site,
               const RequestGuard& guard, std::function<void(const AccessRecord&)> access_log)
    : impl_(
          std::make_unique<Impl>(std::move(options), router, site, guard, std::move(access_log))) {}

Server::~Server() = default;

Result<void> Server::Bind() {
  error_code ec;
  const auto address = asio::ip::make_address(impl_->options.host, ec);
  if (ec) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("--listen: '{}' is not an IP address", impl_->options.host));
  }
  const tcp::endpoint endpoint(address, impl_->options.port);
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    return Fail(ErrorCode::kUnavailable,
                fmt::format("cannot listen on {}:{}: {}", impl_->options.host, impl_->options.port,
                            ec.message()));
  }
  return {};
}

unsigned short Server::port() const { return impl_->acceptor.local_endpoint().port(); }

void Server::Run() {
  Impl& impl = *impl_;
  impl.signals.async_wait([&impl](const error_code& ec, int) {
    if (!ec) impl.BeginShutdown();
  });
  asio::co_spawn(impl.control, impl.Accept(), asio::detached);
  std::vector<std::jthread> threads;
  for (unsigned i = 1; i < impl.IoThreads(); ++i) {
    threads.emplace_back([&impl] { impl.ioc.run(); });
  }
  impl.ioc.run();
  threads.clear();
  impl.workers.join();
  impl.hashers.join();
}

void Server::Stop() {
  asio::post(impl_->control, [impl = impl_.get()] { impl->BeginShutdown(); });
}

}  // namespace casereview::http
