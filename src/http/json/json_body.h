// Reading JSON request bodies: the one way a route takes JSON in.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "core/enum_names.h"
#include "core/error.h"
#include "core/records/text.h"
#include "core/time/civil_date.h"
#include "http/server/message.h"

namespace casereview::http {

// Parses JSON text; kInvalid (never echoing the text) when it is not JSON,
// when an object gives a member twice (naming it), or when a number is beyond
// reading (naming its member).
Result<nlohmann::json> ParseJsonText(std::string_view text);

// Whether a Content-Type is application/json, with or without parameters
// (";charset=utf-8"), and nothing else ("application/jsonx" is not).
bool IsJsonMediaType(std::string_view content_type);

// The request's body as a JSON object: kInvalid unless it is sent as
// application/json and is an object.
Result<nlohmann::json> ReadJsonObject(const Request& request);

// Optional members of a JSON object, each checked for its type; a wrong type or
// unknown member adds a FieldError.
class JsonFields {
 public:
  JsonFields(const nlohmann::json& object, std::initializer_list<std::string_view> known);

  // Text meeting core/records/text.h's rules (TextProblem), one line unless `lines`
  // says otherwise; a member that breaks them is refused, naming it.
  std::optional<std::string> Text(std::string_view name, bool required = false,
                                  TextLines lines = TextLines::kOne);
  // A whole number from `min` to `max`; by default an id (1 to 2^53 - 1, the
  // largest a JSON client's number holds exactly).
  static constexpr std::int64_t kMaxId = (std::int64_t{1} << 53) - 1;
  std::optional<std::int64_t> Integer(std::string_view name, bool required = false,
                                      std::int64_t min = 1, std::int64_t max = kMaxId);
  std::optional<std::vector<std::string>> TextList(std::string_view name, bool required = false);

  // Text of `min`..`max` characters (code points) once leading and trailing
  // white space is trimmed (the trimmed text is returned); `min` >= 1 refuses
  // blank text.
  std::optional<std::string> BoundedText(std::string_view name, std::size_t min, std::size_t max,
                                         bool required = false, TextLines lines = TextLines::kOne);
  // A list of at most `max_items` one-line texts, each 1..`max_length`
  // characters once trimmed.
  std::optional<std::vector<std::string>> BoundedTextList(std::string_view name,
                                                          std::size_t max_items,
                                                          std::size_t max_length,
                                                          bool required = false);
  // A real date written YYYY-MM-DD, from 1900-01-01 to 2100-12-31: every
  // date a person sends, in one range (a date of birth may be a century ago).
  std::optional<CivilDate> Date(std::string_view name, bool required = false);
  std::optional<bool> Flag(std::string_view name, bool required = false);
  // One of the names of `names`.
  template <typename Enum, std::size_t N>
  std::optional<Enum> Choice(std::string_view name, const EnumNames<Enum, N>& names,
                             bool required = false) {
    const auto text = Text(name, required);
    if (!text) return std::nullopt;
    if (auto value = names.Parse(*text)) return value;
    std::string allowed;
    for (const auto& entry : names.entries()) {
      allowed += (allowed.empty() ? "" : ", ") + std::string(entry.second);
    }
    Refuse(name, "must be one of: " + allowed);
    return std::nullopt;
  }
  // Whether the object has the member (null counts as present: it clears).
  bool Has(std::string_view name) const;

  // For a change (PATCH): refuses an object with no members, which would
  // change nothing yet bump the version and write an audit event.
  void RequireAny();

  // Adds a field error found by the caller's own checks.
  void Refuse(std::string_view name, std::string message);

  // kInvalid with `message` and every field error, when there are any.
  Result<void> Check(std::string_view message) const;

 private:
  const nlohmann::json* Member(std::string_view name, bool required);
  const nlohmann::json& object_;
  std::vector<FieldError> errors_;
};

}  // namespace casereview::http
