// The wire names of an incident's facts (docs/domain/rules.md): the enum
// values and the yes/no facts, shared by the API's reader and the stored form.
#pragma once

#include <array>
#include <string_view>

#include "core/enum_names.h"
#include "core/statutory/incident.h"

namespace casereview {

inline constexpr EnumNames<Nation, 4> kNations{{{{Nation::kEngland, "england"},
                                                 {Nation::kWales, "wales"},
                                                 {Nation::kScotland, "scotland"},
                                                 {Nation::kNorthernIreland, "northern_ireland"}}}};
inline constexpr EnumNames<Subject, 2> kSubjects{
    {{{Subject::kChild, "child"}, {Subject::kAdult, "adult"}}}};
inline constexpr EnumNames<Outcome, 4> kOutcomes{{{{Outcome::kDied, "died"},
                                                   {Outcome::kSeriouslyHarmed, "seriously_harmed"},
                                                   {Outcome::kHarmed, "harmed"},
                                                   {Outcome::kNone, "none"}}}};
inline constexpr EnumNames<AbuseOrNeglect, 3> kAbuseOrNeglect{
    {{{AbuseOrNeglect::kKnown, "known"},
      {AbuseOrNeglect::kSuspected, "suspected"},
      {AbuseOrNeglect::kNotSuspected, "not_suspected"}}}};
inline constexpr EnumNames<PerpetratorRelationship, 5> kPerpetratorRelationships{
    {{{PerpetratorRelationship::kRelative, "relative"},
      {PerpetratorRelationship::kIntimatePartner, "intimate_partner"},
      {PerpetratorRelationship::kHouseholdMember, "household_member"},
      {PerpetratorRelationship::kOther, "other"},
      {PerpetratorRelationship::kUnknown, "unknown"}}}};

// A yes/no fact of an incident and its wire name.
struct IncidentFlag {
  std::string_view name;
  bool Incident::*member;
};

inline constexpr std::array<IncidentFlag, 14> kIncidentFlags = {{
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

}  // namespace casereview
