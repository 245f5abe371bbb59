#include "core/statutory/incident.h"

#include "core/time/calendar.h"

namespace casereview {
namespace {

constexpr int kOldestAge = 130;

bool InCalendarYears(CivilDate date) {
  const int year = static_cast<int>(date.year());
  return year >= kFirstCalendarYear && year <= kLastCalendarYear;
}

}  // namespace

std::vector<FieldError> ValidateIncident(const Incident& incident) {
  std::vector<FieldError> errors;
  if (incident.age_years) {
    const int age = *incident.age_years;
    if (age < 0 || age > kOldestAge) {
      errors.push_back({"age_years", "must be a whole number of years from 0 to 130"});
    } else if (incident.subject == Subject::kChild && age >= 18) {
      errors.push_back({"age_years",
                        "a child is under 18: use subject \"adult\" for a person "
                        "aged 18 or over"});
    } else if (incident.subject == Subject::kAdult && age < 18) {
      errors.push_back({"age_years",
                        "an adult is 18 or over: use subject \"child\" for a person "
                        "under 18"});
    }
  }
  constexpr std::string_view kRange = "must be between 1990-01-01 and 2100-12-31";
  if (!InCalendarYears(incident.incident_date)) {
    errors.push_back({"incident_date", std::string(kRange)});
  }
  if (!InCalendarYears(incident.aware_date)) {
    errors.push_back({"aware_date", std::string(kRange)});
  } else if (incident.aware_date < incident.incident_date) {
    errors.push_back({"aware_date", "must not be before incident_date"});
  }
  if (incident.notification_date) {
    if (!InCalendarYears(*incident.notification_date)) {
      errors.push_back({"notification_date", std::string(kRange)});
    } else if (*incident.notification_date < incident.aware_date) {
      errors.push_back({"notification_date", "must not be before aware_date"});
    }
  }
  return errors;
}

Jurisdiction JurisdictionOf(Nation nation) {
  switch (nation) {
    case Nation::kScotland:
      return Jurisdiction::kScotland;
    case Nation::kNorthernIreland:
      return Jurisdiction::kNorthernIreland;
    case Nation::kEngland:
    case Nation::kWales:
      break;
  }
  return Jurisdiction::kEnglandWales;
}

}  // namespace casereview
