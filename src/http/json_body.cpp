#include "http/json_body.h"

#include <fmt/format.h>

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

std::optional<std::string> JsonFields::BoundedText(std::string_view name, std::size_t min,
                                                   std::size_t max, bool required) {
  auto text = Text(name, required);
  if (!text) return std::nullopt;
  const auto first = text->find_first_not_of(" \t\r\n");
  const auto last = text->find_last_not_of(" \t\r\n");
  std::string trimmed = first == std::string::npos ? "" : text->substr(first, last - first + 1);
  if (trimmed.size() < min || trimmed.size() > max) {
    Refuse(name, min > 0 ? fmt::format("must be {} to {} characters", min, max)
                         : fmt::format("must be at most {} characters", max));
    return std::nullopt;
  }
  return trimmed;
}

std::optional<std::vector<std::string>> JsonFields::BoundedTextList(std::string_view name,
                                                                    std::size_t max_items,
                                                                    std::size_t max_length,
                                                                    bool required) {
  auto items = TextList(name, required);
  if (!items) return std::nullopt;
  if (items->size() > max_items) {
    Refuse(name, fmt::format("may hold at most {} items", max_items));
    return std::nullopt;
  }
  for (auto& item : *items) {
    const auto first = item.find_first_not_of(" \t\r\n");
    const auto last = item.find_last_not_of(" \t\r\n");
    item = first == std::string::npos ? "" : item.substr(first, last - first + 1);
    if (item.empty() || item.size() > max_length) {
      Refuse(name, fmt::format("each item must be 1 to {} characters", max_length));
      return std::nullopt;
    }
  }
  return items;
}

std::optional<CivilDate> JsonFields::Date(std::string_view name, bool required) {
  const json* value = Member(name, required);
  if (value == nullptr) return std::nullopt;
  if (value->is_string()) {
    if (auto date = ParseCivilDate(value->get_ref<const std::string&>())) return date;
  }
  Refuse(name, "must be a real date written YYYY-MM-DD");
  return std::nullopt;
}

std::optional<bool> JsonFields::Flag(std::string_view name, bool required) {
  const json* value = Member(name, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_boolean()) {
    Refuse(name, "must be true or false");
    return std::nullopt;
  }
  return value->get<bool>();
}

bool JsonFields::Has(std::string_view name) const { return object_.contains(name); }

void JsonFields::Refuse(std::string_view name, std::string message) {
  errors_.push_back({std::string(name), std::move(message)});
}

Result<void> JsonFields::Check(std::string_view message) const {
  if (errors_.empty()) return {};
  return std::unexpected(Error{ErrorCode::kInvalid, std::string(message), errors_});
}

}  // namespace casereview::http
