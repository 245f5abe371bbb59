#include "http/json/assessment_json.h"

#include "core/statutory/incident_names.h"
#include "http/json/json_body.h"

#include <fmt/format.h>

#include <array>
#include <functional>
#include <string_view>
#include <utility>

namespace casereview::http {
namespace {

using nlohmann::json;

// Reads fields one by one, collecting every error rather than stopping at the first.
class FieldReader {
 public:
  explicit FieldReader(const json& body) : body_(body) {}

  // A field that is absent or null.
  bool Absent(std::string_view name) const {
    const auto found = body_.find(name);
    return found == body_.end() || found->is_null();
  }

  template <typename Enum, std::size_t N>
  std::optional<Enum> Choice(std::string_view name, const EnumNames<Enum, N>& names,
                             bool required) {
    if (Absent(name)) return Missing<Enum>(name, required);
    const json& value = body_.at(name);
    if (value.is_string()) {
      const auto& text = value.get_ref<const std::string&>();
      if (auto choice = names.Parse(text)) return choice;
    }
    std::vector<std::string_view> allowed;
    for (const auto& entry : names.entries()) allowed.push_back(entry.second);
    Error(name, fmt::format("must be one of: {}", fmt::join(allowed, ", ")));
    return std::nullopt;
  }

  std::optional<CivilDate> Date(std::string_view name, bool required) {
    if (Absent(name)) return Missing<CivilDate>(name, required);
    const json& value = body_.at(name);
    if (value.is_string()) {
      if (auto date = ParseCivilDate(value.get_ref<const std::string&>())) return date;
    }
    Error(name, "must be a real date written YYYY-MM-DD");
    return std::nullopt;
  }

  std::optional<int> WholeNumber(std::string_view name) {
    if (Absent(name)) return std::nullopt;
    const json& value = body_.at(name);
    if (value.is_number_integer()) {
      const auto number = value.get<std::int64_t>();
      if (number >= -1'000'000 && number <= 1'000'000) return static_cast<int>(number);
    }
    Error(name, "must be a whole number of years from 0 to 130");
    return std::nullopt;
  }

  bool Flag(std::string_view name) {
    if (Absent(name)) return false;
    const json& value = body_.at(name);
    if (value.is_boolean()) return value.get<bool>();
    Error(name, "must be true or false");
    return false;
  }

  void Error(std::string_view name, std::string message) {
    errors_.push_back({std::string(name), std::move(message)});
  }
  std::vector<FieldError>& errors() { return errors_; }

 private:
  template <typename T>
  std::optional<T> Missing(std::string_view name, bool required) {
    if (required) Error(name, "is required");
    return std::nullopt;
  }

  const json& body_;
  std::vector<FieldError> errors_;
};

constexpr std::array<std::string_view, 9> kOtherFields = {
    "nation",        "subject",          "age_years",
    "incident_date", "aware_date",       "notification_date",
    "outcome",       "abuse_or_neglect", "perpetrator_relationship"};

bool IsKnownField(std::string_view name) {
  for (const auto field : kOtherFields) {
    if (field == name) return true;
  }
  for (const auto& flag : kIncidentFlags) {
    if (flag.name == name) return true;
  }
  return false;
}

Result<Incident> Invalid(std::vector<FieldError> errors) {
  return std::unexpected(
      Error{ErrorCode::kInvalid, "the incident is not valid", std::move(errors)});
}

}  // namespace

Result<Incident> ParseIncident(const json& body) {
  if (!body.is_object()) return Invalid({{"", "the incident must be a JSON object"}});
  FieldReader reader(body);
  for (const auto& [name, value] : body.items()) {
    if (!IsKnownField(name)) reader.Error(name, "is not a known field");
  }

  Incident incident;
  const auto nation = reader.Choice("nation", kNations, true);
  const auto subject = reader.Choice("subject", kSubjects, true);
  const auto outcome = reader.Choice("outcome", kOutcomes, true);
  const auto abuse = reader.Choice("abuse_or_neglect", kAbuseOrNeglect, false);
  incident.perpetrator_relationship =
      reader.Choice("perpetrator_relationship", kPerpetratorRelationships, false);
  incident.age_years = reader.WholeNumber("age_years");
  const auto incident_date = reader.Date("incident_date", true);
  const auto aware_date = reader.Date("aware_date", false);
  incident.notification_date = reader.Date("notification_date", false);
  for (const auto& flag : kIncidentFlags) incident.*(flag.member) = reader.Flag(flag.name);

  if (!reader.errors().empty()) return Invalid(std::move(reader.errors()));
  incident.nation = *nation;
  incident.subject = *subject;
  incident.outcome = *outcome;
  incident.abuse_or_neglect = abuse.value_or(AbuseOrNeglect::kNotSuspected);
  incident.incident_date = *incident_date;
  incident.aware_date = aware_date.value_or(*incident_date);
  if (auto errors = ValidateIncident(incident); !errors.empty()) return Invalid(std::move(errors));
  return incident;
}

Result<Incident> ParseIncidentText(std::string_view text) {
  auto body = ParseJsonText(text);
  if (!body) return std::unexpected(body.error());
  return ParseIncident(*body);
}

}  // namespace casereview::http
