// England, children: serious case reviews (LSCB Regulations 2006 reg 5; WT2010,
// WT2013/2015), serious incident notification, rapid reviews and local child
// safeguarding practice reviews (Children Act 2004 ss16A-16C; SI 2018/789; WT2018,
// WT2023), notifications of deaths in care, and child death review.
#include "core/statutory/rules.h"

namespace casereview {
namespace {

constexpr std::string_view kDied = "the child died";
constexpr std::string_view kSeriouslyHarmed = "the child was seriously harmed";
constexpr std::string_view kAbuseKnown = "abuse or neglect is known";
constexpr std::string_view kAbuseSuspected = "abuse or neglect is suspected";
constexpr std::string_view kConcern =
    "there is cause for concern about how agencies worked together to safeguard the child";

std::string_view AbuseReason(const Incident& incident) {
  return incident.abuse_or_neglect == AbuseOrNeglect::kKnown ? kAbuseKnown : kAbuseSuspected;
}

std::string_view HarmReason(const Incident& incident) {
  return incident.Died() ? kDied : kSeriouslyHarmed;
}

void AddCustodyScr(AssessmentBuilder& builder, std::string_view basis) {
  const Incident& incident = builder.incident();
  if (incident.Died() && incident.in_custody) {
    builder.Add(ObligationId::kScr, Level::kMust, basis,
                {"the child died in custody (police custody, on remand or sentenced, in a secure "
                 "setting, or detained under the Mental Health Act)"});
  }
}

void AddWt2010(AssessmentBuilder& builder) {
  const Incident& incident = builder.incident();
  constexpr std::string_view kBasis =
      "LSCB Regulations 2006 (SI 2006/90) reg 5(1)(e); Working Together to Safeguard Children "
      "2010, paragraphs 8.9 to 8.11";
  if (incident.Died() && incident.AbuseOrNeglectIsAFactor()) {
    auto& scr =
        builder.Add(ObligationId::kScr, Level::kMust, kBasis, {kDied, AbuseReason(incident)});
    if (incident.suspected_suicide) {
      builder.AddReason(scr.id, "a death by suspected suicide counts as a death");
    }
  }
  AddCustodyScr(builder, kBasis);

  // Circumstances in which the LSCB should consider a review (WT2010 8.11).
  const bool harmed_or_abused =
      incident.outcome != Outcome::kNone || incident.AbuseOrNeglectIsAFactor();
  std::vector<std::string_view> reasons;
  if (incident.outcome == Outcome::kSeriouslyHarmed && incident.AbuseOrNeglectIsAFactor()) {
    reasons.push_back(
        "the child suffered a potentially life-threatening injury or serious and permanent "
        "impairment through abuse or neglect");
  }
  if (incident.serious_sexual_abuse) {
    reasons.push_back("the child suffered particularly serious sexual abuse");
  }
  if (incident.parent_killed_with_homicide_review) {
    reasons.push_back("a parent was killed and a domestic homicide review is being started");
  }
  if (incident.killed_by_parent_with_mental_illness) {
    reasons.push_back("the child was killed by a parent with a mental illness");
  }
  if (incident.concern_about_agencies_working_together && harmed_or_abused) {
    reasons.push_back("the case raises concerns about how agencies worked together");
  }
  if (!reasons.empty()) {
    builder.Add(ObligationId::kScr, Level::kConsider, kBasis, {});
    for (const auto reason : reasons) builder.AddReason(ObligationId::kScr, reason);
  }
}

void AddWt2013(AssessmentBuilder& builder) {
  const Incident& incident = builder.incident();
  constexpr std::string_view kBasis =
      "LSCB Regulations 2006 (SI 2006/90) reg 5(2); Working Together to Safeguard Children "
      "2013 and 2015, chapter 4";
  if (incident.AbuseOrNeglectIsAFactor()) {
    if (incident.Died()) {
      builder.Add(ObligationId::kScr, Level::kMust, kBasis, {kDied, AbuseReason(incident)});
      if (incident.suspected_suicide) {
        builder.AddReason(ObligationId::kScr, "a death by suspected suicide counts as a death");
      }
    } else if (incident.outcome == Outcome::kSeriouslyHarmed) {
      if (incident.concern_about_agencies_working_together) {
        builder.Add(ObligationId::kScr, Level::kMust, kBasis,
                    {kSeriouslyHarmed, AbuseReason(incident), kConcern});
      } else {
        builder.Add(ObligationId::kScr, Level::kConsider, kBasis,
                    {kSeriouslyHarmed, AbuseReason(incident),
                     "no concern about how agencies worked together is recorded: a review must "
                     "still be held unless it is clear there is no such cause for concern"});
      }
    }
  }
  AddCustodyScr(builder, kBasis);

  // Notifiable incidents: reported to Ofsted and the LSCB (WT2015 chapter 4).
  constexpr std::string_view kNotifiableBasis =
      "Working Together to Safeguard Children 2013 and 2015, chapter 4 (notifiable incidents)";
  constexpr std::string_view kNotifiableClock =
      "the local authority notifies Ofsted and the LSCB within 5 working days of becoming "
      "aware of the incident";
  bool notifiable = false;
  if (incident.DiedOrSeriouslyHarmed() && incident.AbuseOrNeglectIsAFactor()) {
    builder.Add(ObligationId::kNotifiableIncident, Level::kMust, kNotifiableBasis,
                {HarmReason(incident), AbuseReason(incident)});
    notifiable = true;
  }
  if (incident.Died() && incident.looked_after) {
    builder.Add(ObligationId::kNotifiableIncident, Level::kMust, kNotifiableBasis,
                {"a looked-after child died (whether or not abuse or neglect is suspected)"});
    notifiable = true;
  }
  if (incident.Died() && incident.regulated_setting) {
    builder.Add(ObligationId::kNotifiableIncident, Level::kMust, kNotifiableBasis,
                {"a child died in a regulated setting or service (whether or not abuse or "
                 "neglect is suspected)"});
    notifiable = true;
  }
  if (notifiable) {
    builder.DueAfterWorkingDays(ObligationId::kNotifiableIncident, incident.aware_date, 5,
                                kNotifiableClock);
  }
}

void AddPracticeReviews(Framework framework, AssessmentBuilder& builder) {
  const Incident& incident = builder.incident();
  if (!incident.DiedOrSeriouslyHarmed() || !incident.AbuseOrNeglectIsAFactor()) return;
  const bool wt2023 = framework == Framework::kEnglandWt2023;

  // Serious incident notification: Children Act 2004 s16C(1).
  builder.Add(ObligationId::kNotifyPanel, Level::kMust,
              wt2023 ? "Children Act 2004 s16C(1); Working Together to Safeguard Children 2023, "
                       "chapter 5"
                     : "Children Act 2004 s16C(1); Working Together to Safeguard Children 2018, "
                       "chapter 4",
              {HarmReason(incident), AbuseReason(incident)});
  if (incident.resident_in_area_harmed_outside_england) {
    builder.AddReason(ObligationId::kNotifyPanel,
                      "the child normally lives in the area and was harmed outside England");
  }
  builder.DueAfterWorkingDays(
      ObligationId::kNotifyPanel, incident.aware_date, 5,
      "the local authority notifies the Child Safeguarding Practice Review Panel within 5 "
      "working days of becoming aware of the incident, and tells the safeguarding partners "
      "within the same 5 days");

  // Rapid review: expected within 15 working days of the notification.
  builder.Add(ObligationId::kRapidReview, Level::kShould,
              wt2023 ? "Working Together to Safeguard Children 2023, chapter 5 (rapid reviews)"
                     : "Working Together to Safeguard Children 2018, chapter 4 (rapid reviews)",
              {"a serious incident has been notified to the Panel, so the safeguarding partners "
               "promptly undertake a rapid review"});
  const CivilDate from = incident.notification_date.value_or(incident.aware_date);
  builder.DueAfterWorkingDays(
      ObligationId::kRapidReview, from, 15,
      incident.notification_date
          ? "complete within 15 working days of the notification to the Panel, then send it to "
            "the Panel"
          : "complete within 15 working days of the notification to the Panel (counted here "
            "from aware_date, as no notification_date is given), then send it to the Panel");

  // Local review: the partners decide, against the criteria of SI 2018/789 reg 11.
  builder.Add(ObligationId::kLcspr, Level::kConsider,
              "Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018 "
              "(SI 2018/789) reg 11",
              {"the rapid review decides whether a local child safeguarding practice review is "
               "appropriate"});
  if (incident.concern_about_agencies_working_together) {
    builder.AddReason(ObligationId::kLcspr,
                      "the case raises concerns about two or more agencies working together "
                      "(reg 11(c))");
  }
  builder.SetClock(ObligationId::kLcspr,
                   "complete and publish within 6 months of the decision to hold the review; "
                   "send the report to the Panel and the Secretary of State (and Ofsted) at "
                   "least 7 working days before publication");

  builder.Add(ObligationId::kNationalReviewReferral, Level::kConsider,
              "Children Act 2004 s16B; SI 2018/789 reg 3",
              {"the rapid review tells the Panel whether the case may need a national review: "
               "complex cases, or cases of national importance that may need changes to law or "
               "guidance or show recurrent themes"});
}

}  // namespace

void AddEnglandChildReviews(Framework framework, AssessmentBuilder& builder) {
  switch (framework) {
    case Framework::kEnglandWt2010:
      AddWt2010(builder);
      break;
    case Framework::kEnglandWt2013:
      AddWt2013(builder);
      break;
    case Framework::kEnglandWt2018:
      builder.Note(
          "Serious case reviews were phased out between 29 June 2018 and 29 September 2019: "
          "during that transition an LSCB may still have been running one.");
      AddPracticeReviews(framework, builder);
      break;
    case Framework::kEnglandWt2023:
      AddPracticeReviews(framework, builder);
      break;
    default:
      break;
  }
}

void AddEnglandDeathNotifications(AssessmentBuilder& builder) {
  const Incident& incident = builder.incident();
  if (!incident.Died() || incident.incident_date < kWt2018) {
    return;  // before WT2018 these deaths were notifiable incidents (AddWt2013)
  }
  const bool wt2023 = incident.incident_date >= kWt2023;
  constexpr std::string_view kClock =
      "notify without delay once aware; no fixed number of days is set in this version";
  std::string_view reason;
  std::string_view basis;
  if (incident.subject == Subject::kChild && incident.looked_after) {
    reason = "a looked-after child died (whether or not abuse or neglect is suspected)";
    basis = wt2023 ? "Working Together to Safeguard Children 2023, chapter 5 (notification of "
                     "the death of a looked-after child)"
                   : "Working Together to Safeguard Children 2018, chapter 4 (notification of "
                     "the death of a looked-after child)";
  } else if (wt2023 && incident.care_leaver && incident.age_years && *incident.age_years <= 24) {
    reason = "a care leaver aged 24 or under died (whether or not abuse or neglect is suspected)";
    basis =
        "Working Together to Safeguard Children 2023, chapter 5 (notification of the death of a "
        "care leaver up to and including age 24)";
  } else {
    if (wt2023 && incident.care_leaver && !incident.age_years) {
      builder.Prompt(
          "A care leaver died: if they were aged 24 or under, the local authority must notify "
          "the Secretary of State and Ofsted. Give age_years to assess this.");
    }
    return;
  }
  builder.Add(ObligationId::kNotifyOfsted, Level::kMust, basis, {reason});
  builder.SetClock(ObligationId::kNotifyOfsted, kClock);
  builder.Add(ObligationId::kNotifySecretaryOfState, Level::kMust, basis, {reason});
  builder.SetClock(ObligationId::kNotifySecretaryOfState, kClock);
}

void AddChildDeathReview(AssessmentBuilder& builder) {
  const Incident& incident = builder.incident();
  if (!incident.Died()) return;
  if (incident.incident_date < kChildDeathReviewStatutory) {
    builder.Note(
        "Child death overview panels became statutory on 1 April 2008; child death review is "
        "not assessed for earlier deaths.");
    return;
  }
  const bool cdr_guidance = incident.incident_date >= kWt2018;
  builder.Add(ObligationId::kChildDeathReview, Level::kMust,
              cdr_guidance ? "Children Act 2004 ss16M-16Q; Child Death Review Statutory and "
                             "Operational Guidance (England) 2018"
                           : "LSCB Regulations 2006 (SI 2006/90) reg 6 (child death overview "
                             "panels)",
              {"every death of a child under 18 in England is reviewed by the child death "
               "review partners"});

  std::vector<std::string_view> reasons;
  if (incident.in_custody) {
    reasons.push_back("the child died in custody or under Mental Health Act detention");
  }
  if (incident.suspected_suicide)
    reasons.push_back("the death may be a suicide (an external cause)");
  if (incident.AbuseOrNeglectIsAFactor()) {
    reasons.push_back("abuse or neglect may have caused or contributed to the death");
  }
  if (reasons.empty()) {
    builder.Prompt(
        "A joint agency response is also needed if the death is or could be from external "
        "causes, is sudden with no clear cause (SUDI or SUDC), or has suspicious "
        "circumstances.");
    return;
  }
  builder.Add(ObligationId::kJointAgencyResponse, Level::kMust,
              cdr_guidance ? "Child Death Review Statutory and Operational Guidance (England) "
                             "2018 (joint agency response)"
                           : "Working Together to Safeguard Children 2010 and 2013 (rapid "
                             "response to an unexpected child death)",
              {});
  for (const auto reason : reasons) builder.AddReason(ObligationId::kJointAgencyResponse, reason);
}

}  // namespace casereview
