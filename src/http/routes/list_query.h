// The query string of a list route, read one way for every list (reviews,
// deadlines, actions, the audit trail): each parameter is known to the route,
// each is read once, and every fault is collected under the parameter's name,
// so that one problem response names them all. A name the route does not
// know is a fault ("is not a known filter"), never ignored.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.h"
#include "core/error.h"

namespace casereview::http {

// A whole number in decimal, all of `text`; nullopt otherwise.
std::optional<std::int64_t> WholeNumber(std::string_view text);

class ListQuery {
 public:
  // kInvalid when the query string is not well-formed (a bad escape).
  static Result<ListQuery> Read(std::string_view target);

  // The text of `name`, when given.
  std::optional<std::string> Text(std::string_view name);
  // A whole number from `min` to `max`; a fault otherwise.
  std::optional<std::int64_t> Number(std::string_view name, std::int64_t min, std::int64_t max);
  // A record id (a whole number of at least 1).
  std::optional<std::int64_t> Id(std::string_view name, std::string_view what = "a record id");
  // "true" or "false".
  std::optional<bool> Flag(std::string_view name);
  // One of an enumeration's wire names; `fault` says what it must be.
  template <typename Enum, std::size_t N>
  std::optional<Enum> Choice(std::string_view name, const EnumNames<Enum, N>& names,
                             std::string_view fault) {
    const auto text = Text(name);
    if (!text) return std::nullopt;
    auto chosen = names.Parse(*text);
    if (!chosen) Refuse(name, std::string(fault));
    return chosen;
  }
  // The page size: `fallback` when not given, 1..`max` when given.
  int Limit(int fallback, int max);
  // Where the page starts: the previous page's cursor, read by `parse`
  // (text -> optional); `previous` names the field the client took it from.
  template <typename Parse>
  auto Cursor(std::string_view name, std::string_view previous, Parse&& parse)
      -> decltype(parse(std::string_view{})) {
    const auto text = Text(name);
    if (!text) return std::nullopt;
    auto cursor = parse(std::string_view(*text));
    if (!cursor) Refuse(name, "must be the " + std::string(previous) + " of the previous page");
    return cursor;
  }

  void Refuse(std::string_view name, std::string message);
  // kInvalid with `message` and every fault, unknown names included; a
  // value without faults otherwise.
  Result<void> Check(std::string_view message);

 private:
  explicit ListQuery(std::map<std::string, std::string> parameters)
      : parameters_(std::move(parameters)) {}

  std::map<std::string, std::string> parameters_;
  std::set<std::string, std::less<>> read_;
  std::vector<FieldError> faults_;
};

}  // namespace casereview::http
