// The JSON form of an incident's facts and of its statutory assessment: what
// the API answers (POST /api/assess, the referral's assessment history) and
// what a referral stores, so that an assessment is shown again exactly as it
// was computed on the day, whatever later versions of the rules say.
#pragma once

#include <nlohmann/json.hpp>

#include "core/statutory/assessment.h"
#include "core/statutory/incident.h"

namespace casereview::app {

nlohmann::json IncidentToJson(const Incident& incident);
nlohmann::json AssessmentToJson(const Assessment& assessment);

}  // namespace casereview::app
