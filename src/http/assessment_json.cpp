#include "http/assessment_json.h"

#include "http/json_body.h"

#include <fmt/format.h>

#include <array>
#include <functional>
#include <string_view>
#include <utility>

namespace casereview::http {
namespace {

using nlohmann::json;

template <typename Enum, std::size_t N>
using Names = std::array<std::pair<std::string_view, Enum>, N>;

constexpr Names<Nation, 4> kNations = {{{"england", Nation::kEngland},
                                        {"wales", Nation::kWales},
                                        {"scotland", Nation::kScotland},
                                        {"northern_ireland", Nation::kNorthernIreland}}};
constexpr Names<Subject, 2> kSubjects = {{{"child", Subject::kChild}, {"adult", Subject::kAdult}}};
constexpr Names<Outcome, 4> kOutcomes = {{{"died", Outcome::kDied},
                                          {"seriously_harmed", Outcome::kSeriouslyHarmed},
                                          {"harmed", Outcome::kHarmed},
                                          {"none", Outcome::kNone}}};
constexpr Names<AbuseOrNeglect, 3> kAbuse = {{{"known", AbuseOrNeglect::kKnown},
                                              {"suspected", AbuseOrNeglect::kSuspected},
                                              {"not_suspected", AbuseOrNeglect::kNotSuspected}}};
constexpr Names<PerpetratorRelationship, 5> kRelationships = {
    {{"relative", PerpetratorRelationship::kRelative},
     {"intimate_partner", PerpetratorRelationship::kIntimatePartner},
     {"household_member", PerpetratorRelationship::kHouseholdMember},
     {"other", PerpetratorRelationship::kOther},
     {"unknown", PerpetratorRelationship::kUnknown}}};

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
  std::optional<Enum> Choice(std::string_view name, const Names<Enum, N>& names, bool required) {
    if (Absent(name)) return Missing<Enum>(name, required);
    const json& value = body_.at(name);
    if (value.is_string()) {
      const auto& text = value.get_ref<const std::string&>();
      for (const auto& [wire, choice] : names) {
        if (wire == text) return choice;
      }
    }
    std::vector<std::string_view> allowed;
    for (const auto& entry : names) allowed.push_back(entry.first);
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

struct FlagField {
  std::string_view name;
  bool Incident::*member;
};

constexpr std::array<FlagField, 14> kFlags = {{
    {"concern_about_agencies_working_together", &Incident::concern_about_agencies_working_together},
    {"in_custody", &Incident::in_custody},
    {"suspected_suicide", &Incident::suspected_suicide},
    {"looked_after", &Incident::looked_after},
    {"care_leaver", &Incident::care_leaver},
    {"regulated_setting", &Incident::regulated_setting},
    {"serious_sexual_abuse", &Incident::serious_sexual_abuse},
    {"parent_killed_with_homicide_review", &Incident::parent_killed_with_homicide_review},
    {"killed_by_parent_with_mental_illness", &Incident::killed_by_parent_with_mental_illness},
    {"resident_in_area_harmed_outside_england", &Incident::resident_in_area_harmed_outside_england},
    {"care_and_support_needs", &Incident::care_and_support_needs},
    {"child_protection_plan_or_looked_after_last_6_months",
     &Incident::child_protection_plan_or_looked_after_last_6_months},
    {"sibling_on_register_or_looked_after", &Incident::sibling_on_register_or_looked_after},
    {"outstanding_good_practice", &Incident::outstanding_good_practice},
}};

constexpr std::array<std::string_view, 9> kOtherFields = {
    "nation",        "subject",          "age_years",
    "incident_date", "aware_date",       "notification_date",
    "outcome",       "abuse_or_neglect", "perpetrator_relationship"};

bool IsKnownField(std::string_view name) {
  for (const auto field : kOtherFields) {
    if (field == name) return true;
  }
  for (const auto& flag : kFlags) {
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
  const auto abuse = reader.Choice("abuse_or_neglect", kAbuse, false);
  incident.perpetrator_relationship =
      reader.Choice("perpetrator_relationship", kRelationships, false);
  incident.age_years = reader.WholeNumber("age_years");
  const auto incident_date = reader.Date("incident_date", true);
  const auto aware_date = reader.Date("aware_date", false);
  incident.notification_date = reader.Date("notification_date", false);
  for (const auto& flag : kFlags) incident.*(flag.member) = reader.Flag(flag.name);

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

json AssessmentToJson(const Assessment& assessment) {
  json obligations = json::array();
  for (const auto& obligation : assessment.obligations) {
    obligations.push_back({
        {"id", ObligationName(obligation.id)},
        {"level", LevelName(obligation.level)},
        {"basis", obligation.basis},
        {"reasons", obligation.reasons},
        {"due", obligation.due ? json(FormatCivilDate(*obligation.due)) : json(nullptr)},
        {"clock", obligation.clock ? json(*obligation.clock) : json(nullptr)},
    });
  }
  return {
      {"framework", assessment.framework ? json(*assessment.framework) : json(nullptr)},
      {"framework_title", assessment.framework_title},
      {"obligations", std::move(obligations)},
      {"prompts", assessment.prompts},
      {"notes", assessment.notes},
  };
}

}  // namespace casereview::http
