#include "http/server/router.h"

#include <fmt/format.h>

#include <algorithm>

#include "http/server/url.h"

namespace casereview::http {
namespace {

// Splits "/a/b" into {"a", "b"}; "/" yields no segments. Empty segments ("//")
// are kept so that they never match a placeholder.
std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> segments;
  if (path.starts_with('/')) path.remove_prefix(1);
  if (path.empty()) return segments;
  while (true) {
    const auto slash = path.find('/');
    segments.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return segments;
}

bool IsPlaceholder(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Matches path segments against a pattern, filling params; false on any mismatch.
bool MatchPattern(const std::vector<std::string>& expected,
                  const std::vector<std::string_view>& path, RouteParams& params) {
  if (expected.size() != path.size()) return false;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const std::string_view segment = expected[i];
    if (IsPlaceholder(segment)) {
      if (path[i].empty()) return false;
      auto value = PercentDecode(path[i]);
      if (!value) return false;
      params.Add(std::string(segment.substr(1, segment.size() - 2)), std::move(*value));
    } else if (segment != path[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::optional<std::string_view> RouteParams::Get(std::string_view name) const {
  for (const auto& [key, value] : values_) {
    if (key == name) return value;
  }
  return std::nullopt;
}

Result<void> Router::Add(std::span<const Route> routes) {
  for (const Route& route : routes) {
    if (auto added = Add(route); !added) return added;
  }
  return {};
}

Result<void> Router::Add(Route route) {
  if (!route.pattern.starts_with('/')) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("route pattern '{}' must start with /", route.pattern));
  }
  for (const auto segment : Segments(route.pattern)) {
    const bool braces = segment.find_first_of("{}") != std::string_view::npos;
    if (segment.empty() || (braces && !IsPlaceholder(segment))) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("route pattern '{}' is malformed", route.pattern));
    }
  }
  if (route.capability == Capability::kUndeclared) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("route '{}' does not declare the capability it needs", route.pattern));
  }
  if (!route.handler) {
    return Fail(ErrorCode::kInvalid, fmt::format("route '{}' has no handler", route.pattern));
  }
  const bool taken = std::any_of(routes_.begin(), routes_.end(), [&](const Route& existing) {
    return existing.method == route.method && existing.pattern == route.pattern;
  });
  if (taken) {
    return Fail(ErrorCode::kConflict,
                fmt::format("route {} {} is registered twice",
                            std::string_view(beast_http::to_string(route.method)), route.pattern));
  }
  const auto segments = Segments(route.pattern);
  patterns_.emplace_back(segments.begin(), segments.end());
  routes_.push_back(std::move(route));
  return {};
}

MatchResult Router::Match(Method method, std::string_view path) const {
  const Method wanted = method == Method::head ? Method::get : method;
  const auto segments = Segments(path);
  std::vector<Method> allow;
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    const Route& route = routes_[i];
    RouteParams params;
    if (!MatchPattern(patterns_[i], segments, params)) continue;
    if (route.method == wanted) return RouteMatch{&route, std::move(params)};
    allow.push_back(route.method);
  }
  if (!allow.empty()) return MethodMismatch{std::move(allow)};
  return NoRoute{};
}

std::string AllowHeader(const std::vector<Method>& methods) {
  std::vector<std::string_view> names;
  for (const Method method : methods) {
    names.emplace_back(beast_http::to_string(method));
    if (method == Method::get) names.emplace_back("HEAD");
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return fmt::format("{}", fmt::join(names, ", "));
}

}  // namespace casereview::http
