// Maps a method and a path to the route that answers it. Patterns are literal
// segments and {name} placeholders ("/api/reviews/{id}"); a placeholder matches
// one non-empty segment, percent-decoded. Built once at start-up, then read-only
// and safe to share between threads.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "app/identity/principal.h"
#include "core/access/access.h"
#include "core/error.h"
#include "http/server/message.h"

namespace casereview::http {

// Path parameters of a matched route, by placeholder name.
class RouteParams {
 public:
  void Add(std::string name, std::string value) {
    values_.emplace_back(std::move(name), std::move(value));
  }
  std::optional<std::string_view> Get(std::string_view name) const;

 private:
  std::vector<std::pair<std::string, std::string>> values_;
};

struct RequestContext {
  const Request& request;
  const RouteParams& params;
  const app::Principal* principal;  // the signed-in user; null on routes that need none
  const std::string& client_address;
  // Where the server streamed the body, for routes that take more than the
  // default limit (uploads): the body is then empty. Null when the body is in
  // `request`. Only the server sets it; read the body through http/server/request_body.h.
  const std::filesystem::path* body_file = nullptr;
};

// Where a handler runs: inline on the I/O thread (cheap, never blocks), on the
// bounded worker pool (database, index: anything that may block), or on the
// small hashing pool (Argon2id), so that password work never queues ahead of
// ordinary requests. Routes that read a session never run inline.
enum class Execution { kInline, kWorkerPool, kHashingPool };

using Handler = std::function<Response(const RequestContext&)>;

// Every route declares the capability it needs (deny by default: there is no
// default); docs/security.md lists them and a test walks the table.
// `body_limit` raises or lowers the server's body limit for this route alone
// (uploads); unset, the server's limit applies.
struct Route {
  Method method;
  std::string pattern;
  Capability capability;
  Execution execution;
  Handler handler;
  std::optional<std::size_t> body_limit = std::nullopt;
};

struct RouteMatch {
  const Route* route;
  RouteParams params;
};

// The path matched a pattern, but not for this method; `allow` lists the methods that would.
struct MethodMismatch {
  std::vector<Method> allow;
};

struct NoRoute {};

using MatchResult = std::variant<RouteMatch, MethodMismatch, NoRoute>;

class Router {
 public:
  // Registers a route. Returns kInvalid for a malformed pattern or an
  // undeclared capability, and kConflict when the method and pattern are
  // already taken: all start-up bugs, and the server refuses to start.
  Result<void> Add(Route route);
  // Registers a route family's table, in order: the one way a family with
  // several routes registers them. Stops at the first error.
  Result<void> Add(std::span<const Route> routes);

  // HEAD is answered by the GET route of the same path. `path` excludes the query.
  MatchResult Match(Method method, std::string_view path) const;

  const std::vector<Route>& routes() const { return routes_; }

  // Lets `decorate` change each route's handler (e.g. wrap it); start-up only.
  void DecorateHandlers(const std::function<void(Route&)>& decorate) {
    for (Route& route : routes_) decorate(route);
  }

 private:
  std::vector<Route> routes_;
  std::vector<std::vector<std::string>> patterns_;  // routes_[i]'s pattern, split into segments
};

// "GET, HEAD, POST": the Allow header value for a method list (GET implies HEAD).
std::string AllowHeader(const std::vector<Method>& methods);

}  // namespace casereview::http
