// Reading JSON request bodies: the one way a route takes JSON in.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "core/civil_date.h"
#include "core/enum_names.h"
#include "core/error.h"
#include "http/message.h"

namespace casereview::http {

// Parses JSON text without exceptions; kInvalid (never echoing the text) when
// it is not JSON.
Result<nlohmann::json> ParseJsonText(std::string_view text);

// The request's body as a JSON object: kInvalid unless it is sent as
// application/json and is an object.
Result<nlohmann::json> ReadJsonObject(const Request& request);

// Optional members of a JSON object, each checked for its type; a wrong type or
// unknown member adds a FieldError.
class JsonFields {
 public:
  JsonFields(const nlohmann::json& object, std::initializer_list<std::string_view> known);

  std::optional<std::string> Text(std::string_view name, bool required = false);
  std::optional<std::int64_t> Integer(std::string_view name, bool required = false);
  std::optional<std::vector<std::string>> TextList(std::string_view name, bool required = false);

  // Text of `min`..`max` bytes once leading and trailing white space is
  // trimmed (the trimmed text is returned); `min` >= 1 refuses blank text.
  std::optional<std::string> BoundedText(std::string_view name, std::size_t min, std::size_t max,
                                         bool required = false);
  // A list of at most `max_items` texts, each 1..`max_length` bytes once trimmed.
  std::optional<std::vector<std::string>> BoundedTextList(std::string_view name,
                                                          std::size_t max_items,
                                                          std::size_t max_length,
                                                          bool required = false);
  // A real date written YYYY-MM-DD.
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
