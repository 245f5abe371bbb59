// Safeguarding adults reviews (Care Act 2014 s44) and domestic homicide reviews
// (Domestic Violence, Crime and Victims Act 2004 s9).
#include "core/statutory/rules.h"

namespace casereview {
namespace {

bool PerpetratorIsFamilyOrHousehold(const Incident& incident) {
  if (!incident.perpetrator_relationship) return false;
  switch (*incident.perpetrator_relationship) {
    case PerpetratorRelationship::kRelative:
    case PerpetratorRelationship::kIntimatePartner:
    case PerpetratorRelationship::kHouseholdMember:
      return true;
    case PerpetratorRelationship::kOther:
    case PerpetratorRelationship::kUnknown:
      break;
  }
  return false;
}

std::string_view PerpetratorReason(const Incident& incident) {
  switch (incident.perpetrator_relationship.value_or(PerpetratorRelationship::kUnknown)) {
    case PerpetratorRelationship::kRelative:
      return "the person who harmed them was a relative";
    case PerpetratorRelationship::kIntimatePartner:
      return "the person who harmed them was a current or former intimate partner";
    case PerpetratorRelationship::kHouseholdMember:
      return "the person who harmed them was a member of the same household";
    case PerpetratorRelationship::kOther:
    case PerpetratorRelationship::kUnknown:
      break;
  }
  return "";
}

// Aged 16 or over: adults always; children only when their age says so.
bool SixteenOrOver(const Incident& incident) {
  return incident.subject == Subject::kAdult || (incident.age_years && *incident.age_years >= 16);
}

bool DiedOfAbuseOrNeglect(const Incident& incident) {
  return incident.Died() && incident.AbuseOrNeglectIsAFactor();
}

}  // namespace

bool MeetsDhrCriteria(const Incident& incident) {
  return incident.incident_date >= kDhrStatutory && DiedOfAbuseOrNeglect(incident) &&
         SixteenOrOver(incident) && PerpetratorIsFamilyOrHousehold(incident);
}

void AddDomesticHomicideReview(AssessmentBuilder& builder) {
  const Incident& incident = builder.incident();
  if (incident.incident_date < kDhrStatutory || !DiedOfAbuseOrNeglect(incident)) return;
  if (MeetsDhrCriteria(incident)) {
    builder.Add(ObligationId::kDhr, Level::kShould,
                "Domestic Violence, Crime and Victims Act 2004 s9; Home Office multi-agency "
                "statutory guidance for the conduct of domestic homicide reviews (2016)",
                {"a person aged 16 or over died, and violence, abuse or neglect is known or "
                 "suspected to have caused the death",
                 PerpetratorReason(incident)});
    builder.SetClock(ObligationId::kDhr,
                     "the community safety partnership decides within one month of being told of "
                     "the death and informs the Home Office; the review is expected to finish "
                     "within 6 months of the decision (Home Office guidance, 2016)");
    return;
  }
  if (!SixteenOrOver(incident) && !incident.age_years && PerpetratorIsFamilyOrHousehold(incident)) {
    builder.Prompt(
        "If the child was 16 or 17, a domestic homicide review should also be held: give "
        "age_years to assess it.");
  } else if (SixteenOrOver(incident) && !PerpetratorIsFamilyOrHousehold(incident)) {
    builder.Prompt(
        "If the person who caused the death was a relative, a current or former intimate "
        "partner or a member of the same household, a domestic homicide review should be "
        "held (suicides linked to domestic abuse included).");
  }
}

void AddSafeguardingAdultsReview(AssessmentBuilder& builder) {
  const Incident& incident = builder.incident();
  if (!incident.care_and_support_needs) {
    if (incident.DiedOrSeriouslyHarmed() && incident.AbuseOrNeglectIsAFactor()) {
      builder.Prompt(
          "A safeguarding adults review applies to an adult with needs for care and support "
          "(whether or not the local authority was meeting them): record whether they had such "
          "needs.");
    }
    return;
  }
  constexpr std::string_view kNeeds = "the adult has needs for care and support";
  const bool serious = incident.DiedOrSeriouslyHarmed() && incident.AbuseOrNeglectIsAFactor();
  if (serious && incident.concern_about_agencies_working_together) {
    builder.Add(ObligationId::kSar, Level::kMust, "Care Act 2014 s44(1) to (3)",
                {kNeeds,
                 "there is reasonable cause for concern about how the Safeguarding Adults Board, "
                 "its members or others worked together to safeguard the adult",
                 incident.Died() ? "the adult died and abuse or neglect is known or suspected to "
                                   "have caused the death (condition 1)"
                                 : "the adult is alive and is known or suspected to have "
                                   "experienced serious abuse or neglect (condition 2)"});
  } else {
    builder.Add(ObligationId::kSar, Level::kMay, "Care Act 2014 s44(4)",
                {kNeeds, "the Board may arrange a review of any case involving such an adult"});
    if (serious) {
      builder.Prompt(
          "A safeguarding adults review becomes a duty if there is reasonable cause for concern "
          "about how the Board, its members or others worked together (Care Act 2014 s44(1)).");
    }
  }
  builder.SetClock(ObligationId::kSar,
                   "complete within 6 months of the review starting, unless there is good "
                   "reason for longer (Care and support statutory guidance)");
}

}  // namespace casereview
