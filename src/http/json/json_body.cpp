#include "http/json/json_body.h"

#include <fmt/format.h>

#include <optional>
#include <set>
#include <vector>

namespace casereview::http {

using nlohmann::json;

Result<json> ParseJsonText(std::string_view text) {
  // Each open object's member names, to refuse a name given twice (which
  // parsers disagree on: the first, the last, or an error).
  std::vector<std::set<std::string>> names;
  std::optional<std::string> duplicate;
  std::string last_key;
  const json::parser_callback_t watch = [&](int /*depth*/, json::parse_event_t event,
                                            json& parsed) {
    switch (event) {
      case json::parse_event_t::object_start:
        names.emplace_back();
        break;
      case json::parse_event_t::object_end:
        if (!names.empty()) names.pop_back();
        break;
      case json::parse_event_t::key:
        last_key = parsed.get<std::string>();
        if (!names.empty() && !names.back().insert(last_key).second && !duplicate) {
          duplicate = last_key;
        }
        break;
      default:
        break;
    }
    return true;
  };
  try {
    json parsed = json::parse(text, watch, true);
    if (duplicate) {
      return std::unexpected(Error{ErrorCode::kInvalid,
                                   "the JSON gives a member twice",
                                   {{*duplicate, "is given more than once"}}});
    }
    return parsed;
  } catch (const json::out_of_range& error) {
    // 406: a number beyond a double's range (e.g. 1e309), after its member's name.
    if (error.id == 406 && !last_key.empty()) {
      return std::unexpected(Error{ErrorCode::kInvalid,
                                   "the text is not valid JSON",
                                   {{last_key, "is a number too large to read"}}});
    }
    return Fail(ErrorCode::kInvalid, "the text is not valid JSON (a number is too large)");
  } catch (const json::parse_error& error) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("the text is not valid JSON (at byte {})", error.byte));
  }
}

bool IsJsonMediaType(std::string_view content_type) {
  return EqualsIgnoringCase(Trimmed(content_type.substr(0, content_type.find(';')), " \t"),
                            "application/json");
}

Result<json> ReadJsonObject(const Request& request) {
  if (!IsJsonMediaType(request[beast_http::field::content_type])) {
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

std::optional<std::string> JsonFields::Text(std::string_view name, bool required, TextLines lines) {
  const json* value = Member(name, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) {
    errors_.push_back({std::string(name), "must be text"});
    return std::nullopt;
  }
  const auto& text = value->get_ref<const std::string&>();
  if (auto problem = TextProblem(text, lines)) {
    Refuse(name, std::move(*problem));
    return std::nullopt;
  }
  return text;
}

std::optional<std::int64_t> JsonFields::Integer(std::string_view name, bool required,
                                                std::int64_t min, std::int64_t max) {
  const json* value = Member(name, required);
  if (value == nullptr) return std::nullopt;
  // An unsigned above INT64_MAX is out of range too, never wrapped.
  const bool in_range =
      value->is_number_integer() &&
      (value->is_number_unsigned() ? value->get<std::uint64_t>() <= static_cast<std::uint64_t>(max)
                                   : value->get<std::int64_t>() <= max) &&
      (value->is_number_unsigned() || value->get<std::int64_t>() >= min);
  if (!in_range) {
    errors_.push_back(
        {std::string(name), fmt::format("must be a whole number from {} to {}", min, max)});
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
      if (auto problem = TextProblem(item.get_ref<const std::string&>(), TextLines::kOne)) {
        Refuse(name, "each item " + *problem);
        return std::nullopt;
      }
      items.push_back(item.get<std::string>());
    }
    if (items.size() == value->size()) return items;
  }
  errors_.push_back({std::string(name), "must be a list of text"});
  return std::nullopt;
}

std::optional<std::string> JsonFields::BoundedText(std::string_view name, std::size_t min,
                                                   std::size_t max, bool required,
                                                   TextLines lines) {
  auto text = Text(name, required, lines);
  if (!text) return std::nullopt;
  std::string trimmed(Trimmed(*text));
  const std::size_t length = CodePoints(trimmed);
  if (length < min || length > max) {
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
    item = std::string(Trimmed(item));
    if (item.empty() || CodePoints(item) > max_length) {
      Refuse(name, fmt::format("each item must be 1 to {} characters", max_length));
      return std::nullopt;
    }
  }
  return items;
}

std::optional<CivilDate> JsonFields::Date(std::string_view name, bool required) {
  const json* value = Member(name, required);
  if (value == nullptr) return std::nullopt;
  using namespace std::chrono;
  constexpr CivilDate kEarliest = year{1900} / January / 1;
  constexpr CivilDate kLatest = year{2100} / December / 31;
  if (value->is_string()) {
    if (auto date = ParseCivilDate(value->get_ref<const std::string&>())) {
      if (*date >= kEarliest && *date <= kLatest) return date;
      Refuse(name, "must be between 1900-01-01 and 2100-12-31");
      return std::nullopt;
    }
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

void JsonFields::RequireAny() {
  if (object_.empty()) Refuse("body", "give at least one field to change");
}

void JsonFields::Refuse(std::string_view name, std::string message) {
  errors_.push_back({std::string(name), std::move(message)});
}

Result<void> JsonFields::Check(std::string_view message) const {
  if (errors_.empty()) return {};
  return std::unexpected(Error{ErrorCode::kInvalid, std::string(message), errors_});
}

}  // namespace casereview::http
