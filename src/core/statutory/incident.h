// The facts of an incident, as a partnership knows them when it first hears of
// it: the input of the statutory assessment (core/statutory/assessment.h).
#pragma once

#include <optional>
#include <vector>

#include "core/error.h"
#include "core/time/civil_date.h"
#include "core/time/jurisdiction.h"

namespace casereview {

enum class Nation { kEngland, kWales, kScotland, kNorthernIreland };
enum class Subject { kChild, kAdult };
enum class Outcome { kDied, kSeriouslyHarmed, kHarmed, kNone };
enum class AbuseOrNeglect { kKnown, kSuspected, kNotSuspected };
enum class PerpetratorRelationship {
  kRelative,
  kIntimatePartner,
  kHouseholdMember,
  kOther,
  kUnknown
};

struct Incident {
  Nation nation = Nation::kEngland;
  Subject subject = Subject::kChild;
  std::optional<int> age_years;
  CivilDate incident_date;
  CivilDate aware_date;                        // when the partnership became aware
  std::optional<CivilDate> notification_date;  // when the Panel (or national body) was told
  Outcome outcome = Outcome::kNone;
  AbuseOrNeglect abuse_or_neglect = AbuseOrNeglect::kNotSuspected;
  bool concern_about_agencies_working_together = false;
  bool in_custody = false;
  bool suspected_suicide = false;
  bool looked_after = false;
  bool care_leaver = false;
  bool regulated_setting = false;
  bool serious_sexual_abuse = false;
  bool parent_killed_with_homicide_review = false;
  bool killed_by_parent_with_mental_illness = false;
  bool resident_in_area_harmed_outside_england = false;
  bool care_and_support_needs = false;
  bool child_protection_plan_or_looked_after_last_6_months = false;
  bool sibling_on_register_or_looked_after = false;
  bool outstanding_good_practice = false;
  std::optional<PerpetratorRelationship> perpetrator_relationship;

  bool AbuseOrNeglectIsAFactor() const { return abuse_or_neglect != AbuseOrNeglect::kNotSuspected; }
  bool Died() const { return outcome == Outcome::kDied; }
  bool DiedOrSeriouslyHarmed() const {
    return outcome == Outcome::kDied || outcome == Outcome::kSeriouslyHarmed;
  }
};

// The rules the facts must satisfy together, each failure naming its field: a
// child is under 18 and an adult 18 or over; an age is 0..130; aware_date is not
// before incident_date, nor notification_date before aware_date; dates lie in
// the years the calendars cover. Empty when the incident is consistent.
std::vector<FieldError> ValidateIncident(const Incident& incident);

// The jurisdiction whose bank holidays count a nation's working days (England
// and Wales share one).
Jurisdiction JurisdictionOf(Nation nation);

}  // namespace casereview
