// The JSON form of an incident (the assessment's input) and of an assessment,
// shared by `POST /api/assess` and `casereview assess`.
#pragma once

#include <nlohmann/json.hpp>

#include "app/reviews/incident_record.h"
#include "core/error.h"
#include "core/statutory/assessment.h"
#include "core/statutory/incident.h"

namespace casereview::http {

// The assessment's JSON is app::AssessmentToJson (the stored form is the wire form).
using app::AssessmentToJson;

// Reads and validates an incident: kInvalid with one FieldError per offending
// field. Unknown fields, wrong types, unknown values and impossible dates are
// reported together; the consistency of the facts (ValidateIncident) is checked
// once every field is well-formed.
Result<Incident> ParseIncident(const nlohmann::json& body);
// The same from JSON text; text that is not JSON is kInvalid, without echoing it.
Result<Incident> ParseIncidentText(std::string_view text);

}  // namespace casereview::http
