// The incident's JSON form: every invalid field is named, nothing is guessed.
#include "http/json/assessment_json.h"

#include <gtest/gtest.h>

namespace casereview::http {
namespace {

using nlohmann::json;

json Valid() {
  return {{"nation", "england"},           {"subject", "child"}, {"age_years", 2},
          {"incident_date", "2026-03-02"}, {"outcome", "died"},  {"abuse_or_neglect", "suspected"}};
}

std::vector<std::string> FieldsOf(const Result<Incident>& result) {
  std::vector<std::string> fields;
  if (!result) {
    for (const auto& field : result.error().fields) fields.push_back(field.field);
  }
  return fields;
}

std::string MessageFor(const Result<Incident>& result, const std::string& field) {
  for (const auto& error : result.error().fields) {
    if (error.field == field) return error.message;
  }
  return "";
}

TEST(IncidentJson, ReadsAValidIncidentWithDefaults) {
  auto incident = ParseIncident(Valid());
  ASSERT_TRUE(incident) << incident.error().message;
  EXPECT_EQ(incident->nation, Nation::kEngland);
  EXPECT_EQ(incident->aware_date, incident->incident_date);
  EXPECT_FALSE(incident->notification_date.has_value());
  EXPECT_FALSE(incident->in_custody);
  EXPECT_EQ(incident->age_years, 2);
  json minimal = Valid();
  minimal.erase("abuse_or_neglect");
  EXPECT_EQ(ParseIncident(minimal)->abuse_or_neglect, AbuseOrNeglect::kNotSuspected);
}

TEST(IncidentJson, ReadsEveryFlag) {
  json body = Valid();
  for (const char* flag :
       {"concern_about_agencies_working_together", "in_custody", "suspected_suicide",
        "looked_after", "care_leaver", "regulated_setting", "serious_sexual_abuse",
        "parent_killed_with_homicide_review", "killed_by_parent_with_mental_illness",
        "resident_in_area_harmed_outside_england", "care_and_support_needs",
        "child_protection_plan_or_looked_after_last_6_months",
        "sibling_on_register_or_looked_after", "outstanding_good_practice"}) {
    body[flag] = true;
  }
  auto incident = ParseIncident(body);
  ASSERT_TRUE(incident) << incident.error().message;
  EXPECT_TRUE(incident->concern_about_agencies_working_together);
  EXPECT_TRUE(incident->outstanding_good_practice);
  EXPECT_TRUE(incident->sibling_on_register_or_looked_after);
  EXPECT_TRUE(incident->resident_in_area_harmed_outside_england);
}

TEST(IncidentJson, RequiredFieldsAreNamed) {
  auto result = ParseIncident(json::object());
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(FieldsOf(result),
            (std::vector<std::string>{"nation", "subject", "outcome", "incident_date"}));
  EXPECT_EQ(MessageFor(result, "nation"), "is required");
}

TEST(IncidentJson, UnknownFieldsAndValuesAreRejected) {
  json body = Valid();
  body["nation"] = "atlantis";
  body["colour"] = "blue";
  body["perpetrator_relationship"] = "neighbour";
  auto result = ParseIncident(body);
  ASSERT_FALSE(result);
  const auto fields = FieldsOf(result);
  EXPECT_NE(std::find(fields.begin(), fields.end(), "colour"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "nation"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "perpetrator_relationship"), fields.end());
  EXPECT_NE(MessageFor(result, "nation").find("england, wales, scotland, northern_ireland"),
            std::string::npos);
}

TEST(IncidentJson, WrongTypesAreRejected) {
  json body = Valid();
  body["in_custody"] = "yes";
  body["age_years"] = 2.5;
  body["subject"] = 1;
  EXPECT_EQ(FieldsOf(ParseIncident(body)),
            (std::vector<std::string>{"subject", "age_years", "in_custody"}));
}

TEST(IncidentJson, ImpossibleDatesAreRejected) {
  for (const char* date : {"2026-02-30", "2026-13-01", "02/03/2026", "2026-3-2", ""}) {
    json body = Valid();
    body["incident_date"] = date;
    auto result = ParseIncident(body);
    ASSERT_FALSE(result) << date;
    EXPECT_EQ(FieldsOf(result), std::vector<std::string>{"incident_date"}) << date;
    EXPECT_NE(MessageFor(result, "incident_date").find("YYYY-MM-DD"), std::string::npos);
  }
}

TEST(IncidentJson, InconsistentFactsAreRejected) {
  json adult_child = Valid();
  adult_child["age_years"] = 18;
  EXPECT_EQ(FieldsOf(ParseIncident(adult_child)), std::vector<std::string>{"age_years"});

  json young_adult = Valid();
  young_adult["subject"] = "adult";
  young_adult["age_years"] = 17;
  EXPECT_EQ(FieldsOf(ParseIncident(young_adult)), std::vector<std::string>{"age_years"});

  json negative = Valid();
  negative["age_years"] = -1;
  EXPECT_EQ(FieldsOf(ParseIncident(negative)), std::vector<std::string>{"age_years"});

  json early = Valid();
  early["aware_date"] = "2026-03-01";
  auto result = ParseIncident(early);
  EXPECT_EQ(FieldsOf(result), std::vector<std::string>{"aware_date"});
  EXPECT_EQ(MessageFor(result, "aware_date"), "must not be before incident_date");

  json notified = Valid();
  notified["aware_date"] = "2026-03-04";
  notified["notification_date"] = "2026-03-03";
  EXPECT_EQ(FieldsOf(ParseIncident(notified)), std::vector<std::string>{"notification_date"});

  json ancient = Valid();
  ancient["incident_date"] = "1989-12-31";
  EXPECT_EQ(FieldsOf(ParseIncident(ancient)),
            (std::vector<std::string>{"incident_date", "aware_date"}));
}

TEST(IncidentJson, NullMeansAbsent) {
  json body = Valid();
  body["notification_date"] = nullptr;
  body["perpetrator_relationship"] = nullptr;
  EXPECT_TRUE(ParseIncident(body));
  body["nation"] = nullptr;
  EXPECT_EQ(FieldsOf(ParseIncident(body)), std::vector<std::string>{"nation"});
}

TEST(IncidentJson, NotJsonOrNotAnObject) {
  auto text = ParseIncidentText("{\"nation\": \"Fictional-Secret");
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().message.find("Fictional-Secret"), std::string::npos);
  EXPECT_FALSE(ParseIncidentText("[1, 2]"));
  EXPECT_EQ(ParseIncidentText("[1, 2]").error().code, ErrorCode::kInvalid);
}

TEST(AssessmentJson, HasTheDocumentedShape) {
  const json out = AssessmentToJson(Assess(*ParseIncident(Valid())));
  EXPECT_EQ(out["framework"], "england-wt2023");
  EXPECT_TRUE(out["framework_title"].is_string());
  ASSERT_TRUE(out["obligations"].is_array());
  for (const auto& obligation : out["obligations"]) {
    for (const char* key : {"id", "level", "basis", "reasons", "due", "clock"}) {
      EXPECT_TRUE(obligation.contains(key)) << key;
    }
    EXPECT_TRUE(obligation["due"].is_null() || obligation["due"].is_string());
  }
  EXPECT_TRUE(out["prompts"].is_array());
  EXPECT_TRUE(out["notes"].is_array());
}

}  // namespace
}  // namespace casereview::http
