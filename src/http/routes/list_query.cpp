#include "http/routes/list_query.h"

#include <fmt/format.h>

#include <charconv>

#include "http/server/url.h"

namespace casereview::http {

std::optional<std::int64_t> WholeNumber(std::string_view text) {
  std::int64_t number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return number;
}

Result<ListQuery> ListQuery::Read(std::string_view target) {
  auto parameters = QueryParameters(target);
  if (!parameters) return Fail(ErrorCode::kInvalid, "the query string is not well-formed");
  return ListQuery(std::move(*parameters));
}

std::optional<std::string> ListQuery::Text(std::string_view name) {
  read_.emplace(name);
  const auto found = parameters_.find(std::string(name));
  if (found == parameters_.end()) return std::nullopt;
  return found->second;
}

std::optional<std::int64_t> ListQuery::Number(std::string_view name, std::int64_t min,
                                              std::int64_t max) {
  const auto text = Text(name);
  if (!text) return std::nullopt;
  const auto number = WholeNumber(*text);
  if (!number || *number < min || *number > max) {
    Refuse(name, fmt::format("must be a whole number from {} to {}", min, max));
    return std::nullopt;
  }
  return number;
}

std::optional<std::int64_t> ListQuery::Id(std::string_view name, std::string_view what) {
  const auto text = Text(name);
  if (!text) return std::nullopt;
  const auto number = WholeNumber(*text);
  if (!number || *number < 1) {
    Refuse(name, fmt::format("must be {}", what));
    return std::nullopt;
  }
  return number;
}

std::optional<bool> ListQuery::Flag(std::string_view name) {
  const auto text = Text(name);
  if (!text) return std::nullopt;
  if (*text != "true" && *text != "false") {
    Refuse(name, "must be true or false");
    return std::nullopt;
  }
  return *text == "true";
}

int ListQuery::Limit(int fallback, int max) {
  const auto limit = Number("limit", 1, max);
  return limit ? static_cast<int>(*limit) : fallback;
}

void ListQuery::Refuse(std::string_view name, std::string message) {
  faults_.push_back({std::string(name), std::move(message)});
}

Result<void> ListQuery::Check(std::string_view message) {
  std::vector<FieldError> faults = faults_;
  for (const auto& [name, value] : parameters_) {
    if (!read_.contains(name)) faults.push_back({name, "is not a known filter"});
  }
  if (faults.empty()) return {};
  return std::unexpected(Error{ErrorCode::kInvalid, std::string(message), std::move(faults)});
}

}  // namespace casereview::http
