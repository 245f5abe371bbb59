// Reading JSON request bodies: the one way a route takes JSON in.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

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

  // kInvalid with `message` and every field error, when there are any.
  Result<void> Check(std::string_view message) const;

 private:
  const nlohmann::json* Member(std::string_view name, bool required);
  const nlohmann::json& object_;
  std::vector<FieldError> errors_;
};

}  // namespace casereview::http
