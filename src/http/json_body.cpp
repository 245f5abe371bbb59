#include "http/json_body.h"

namespace casereview::http {

using nlohmann::json;

Result<json> ParseJsonText(std::string_view text) {
  json parsed = json::parse(text, nullptr, false);
  if (parsed.is_discarded()) return Fail(ErrorCode::kInvalid, "the text is not valid JSON");
  return parsed;
}

Result<json> ReadJsonObject(const Request& request) {
  if (!request[beast_http::field::content_type].starts_with("application/json")) {
    return Fail(ErrorCode::kInvalid, "send the body as application/json");
  }
  auto parsed = ParseJsonText(request.body());
  if (!parsed) return parsed;
  if (!parsed->is_object()) return Fail(ErrorCode::kInvalid, "the body must be a JSON object");
  return parsed;
}

JsonFields::JsonFields(const json& object, std::initializer_list<std::string_view> known)
    : object_(object) {
  for (const auto& [name, value] : object.items()) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      errors_.push_back({name, "is not a known field"});
    }
  }
}

const json* JsonFields::Member(std::string_view name, bool required) {
  const auto found = object_.find(name);
  if (found == object_.end() || found->is_null()) {
    if (required) errors_.push_back({std::string(name), "is required"});
    return nullptr;
  }
  return &*found;
}

std::optional<std::string> JsonFields::Text(std::string_view name, bool required) {
  const json* value = Member(name, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) {
    errors_.push_back({std::string(name), "must be text"});
    return std::nullopt;
  }
  return value->get<std::string>();
}

std::optional<std::int64_t> JsonFields::Integer(std::string_view name, bool required) {
  const json* value = Member(name, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_number_integer()) {
    errors_.push_back({std::string(name), "must be a whole number"});
    return std::nullopt;
  }
  return value->get<std::int64_t>();
}

std::optional<std::vector<std::string>> JsonFields::TextList(std::string_view name, bool required) {
  const json* value = Member(name, required);
  if (value == nullptr) return std::nullopt;
  std::vector<std::string> items;
  if (value->is_array()) {
    for (const auto& item : *value) {
      if (!item.is_string()) break;
      items.push_back(item.get<std::string>());
    }
    if (items.size() == value->size()) return items;
  }
  errors_.push_back({std::string(name), "must be a list of text"});
  return std::nullopt;
}

Result<void> JsonFields::Check(std::string_view message) const {
  if (errors_.empty()) return {};
  return std::unexpected(Error{ErrorCode::kInvalid, std::string(message), errors_});
}

}  // namespace casereview::http
