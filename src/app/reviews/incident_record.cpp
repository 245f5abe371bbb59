#include "app/reviews/incident_record.h"

#include "core/statutory/incident_names.h"

namespace casereview::app {

using nlohmann::json;

json IncidentToJson(const Incident& incident) {
  json facts = {
      {"nation", kNations.Name(incident.nation)},
      {"subject", kSubjects.Name(incident.subject)},
      {"incident_date", FormatCivilDate(incident.incident_date)},
      {"aware_date", FormatCivilDate(incident.aware_date)},
      {"outcome", kOutcomes.Name(incident.outcome)},
      {"abuse_or_neglect", kAbuseOrNeglect.Name(incident.abuse_or_neglect)},
  };
  if (incident.age_years) facts["age_years"] = *incident.age_years;
  if (incident.notification_date) {
    facts["notification_date"] = FormatCivilDate(*incident.notification_date);
  }
  if (incident.perpetrator_relationship) {
    facts["perpetrator_relationship"] =
        kPerpetratorRelationships.Name(*incident.perpetrator_relationship);
  }
  for (const auto& flag : kIncidentFlags) facts[std::string(flag.name)] = incident.*(flag.member);
  return facts;
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

}  // namespace casereview::app
