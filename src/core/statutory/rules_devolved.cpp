// Wales (child and adult practice reviews; the single unified safeguarding
// review), Scotland (significant case reviews; learning reviews) and Northern
// Ireland (case management reviews).
#include "core/statutory/rules.h"

namespace casereview {
namespace {

constexpr std::string_view kAbuseOrNeglect = "abuse or neglect is known or suspected";

// The Welsh wording of the harm: death, a potentially life-threatening injury, or
// serious and permanent impairment.
std::string_view WelshHarmReason(const Incident& incident) {
  if (incident.subject == Subject::kChild) {
    return incident.Died() ? "the child died"
                           : "the child suffered a potentially life-threatening injury or serious "
                             "and permanent impairment of health or development";
  }
  return incident.Died() ? "the adult died"
                         : "the adult suffered a potentially life-threatening injury or serious "
                           "and permanent impairment of health";
}

}  // namespace

bool MeetsWalesChildPracticeReviewCriteria(const Incident& incident) {
  return incident.subject == Subject::kChild && incident.DiedOrSeriouslyHarmed() &&
         incident.AbuseOrNeglectIsAFactor();
}

bool MeetsWalesAdultPracticeReviewCriteria(const Incident& incident) {
  return incident.subject == Subject::kAdult && incident.care_and_support_needs &&
         incident.DiedOrSeriouslyHarmed() && incident.AbuseOrNeglectIsAFactor();
}

void AddWalesPracticeReviews(AssessmentBuilder& builder) {
  const Incident& incident = builder.incident();
  if (MeetsWalesChildPracticeReviewCriteria(incident)) {
    constexpr std::string_view kBasis =
        "Safeguarding Boards (Functions and Procedures) (Wales) Regulations 2015 reg 3 (before 6 "
        "April 2016, the LSCB (Wales) Regulations 2006 as amended in 2012, regs 4A and 4B); "
        "Working Together to Safeguard People, volume 2";
    if (incident.child_protection_plan_or_looked_after_last_6_months) {
      builder.Add(ObligationId::kCprExtended, Level::kMust, kBasis,
                  {WelshHarmReason(incident), kAbuseOrNeglect,
                   "the child was on the child protection register or looked after at some point "
                   "in the 6 months before the incident"});
    } else {
      builder.Add(ObligationId::kCprConcise, Level::kMust, kBasis,
                  {WelshHarmReason(incident), kAbuseOrNeglect,
                   "the child was neither on the child protection register nor looked after in "
                   "the 6 months before the incident"});
    }
  }
  if (MeetsWalesAdultPracticeReviewCriteria(incident)) {
    if (incident.incident_date < kWalesAdultPracticeReviews) {
      builder.Note(
          "Adult practice reviews began on 6 April 2016 (Safeguarding Boards (Functions and "
          "Procedures) (Wales) Regulations 2015); none is assessed for an earlier incident.");
      return;
    }
    builder.Add(
        ObligationId::kApr, Level::kMust,
        "Safeguarding Boards (Functions and Procedures) (Wales) Regulations 2015 reg 4; "
        "Working Together to Safeguard People, volume 3",
        {WelshHarmReason(incident), kAbuseOrNeglect, "the adult has needs for care and support"});
  }
}

void AddWalesSusr(AssessmentBuilder& builder) {
  const Incident& incident = builder.incident();
  constexpr std::string_view kBasis =
      "Single Unified Safeguarding Review statutory guidance (Welsh Government), in effect from "
      "1 October 2024";
  if (MeetsWalesChildPracticeReviewCriteria(incident)) {
    builder.Add(ObligationId::kSusr, Level::kMust, kBasis,
                {"the former child practice review criteria are met: a child died or suffered "
                 "serious harm, and abuse or neglect is known or suspected"});
  }
  if (MeetsWalesAdultPracticeReviewCriteria(incident)) {
    builder.Add(ObligationId::kSusr, Level::kMust, kBasis,
                {"the former adult practice review criteria are met: an adult with needs for "
                 "care and support died or suffered serious harm, and abuse or neglect is known "
                 "or suspected"});
  }
  if (MeetsDhrCriteria(incident)) {
    builder.Add(ObligationId::kSusr, Level::kMust, kBasis,
                {"the former domestic homicide review criteria are met: a person aged 16 or over "
                 "died after violence, abuse or neglect by a relative, intimate partner or "
                 "household member"});
    builder.Note(
        "Where the former domestic homicide review criteria are met, the review still goes to "
        "the Home Office quality assurance panel before publication.");
  }
  if (builder.Has(ObligationId::kSusr)) {
    builder.Note("Welsh Government is told of each single unified safeguarding review.");
  }
}

void AddScotlandReviews(Framework framework, AssessmentBuilder& builder) {
  const Incident& incident = builder.incident();
  const bool harm = incident.DiedOrSeriouslyHarmed() && incident.AbuseOrNeglectIsAFactor();
  const std::string_view harm_reason =
      incident.Died() ? "the child died and abuse or neglect is known or suspected"
                      : "the child was significantly harmed and abuse or neglect is known or "
                        "suspected";
  if (framework == Framework::kScotlandScr) {
    if (harm) {
      builder.Add(ObligationId::kSignificantCaseReview, Level::kConsider,
                  "National Guidance for Child Protection in Scotland 2014 (significant case "
                  "reviews); Care Inspectorate notification",
                  {harm_reason});
    }
    return;
  }
  constexpr std::string_view kBasis =
      "National Guidance for Child Protection Committees Undertaking Learning Reviews (Scottish "
      "Government, 2021, updated 2024)";
  if (harm) builder.Add(ObligationId::kLearningReview, Level::kConsider, kBasis, {harm_reason});
  if (incident.outstanding_good_practice) {
    builder.Add(ObligationId::kLearningReview, Level::kConsider, kBasis,
                {"effective practice may have prevented harm, and there is learning to share"});
  }
  if (builder.Has(ObligationId::kLearningReview)) {
    builder.Note(
        "The child protection committee tells the Care Inspectorate of its decision whether or "
        "not to hold a learning review, and later sends it the anonymised report.");
  }
}

void AddNorthernIrelandReviews(AssessmentBuilder& builder) {
  const Incident& incident = builder.incident();
  const bool on_register_or_looked_after =
      incident.looked_after || incident.child_protection_plan_or_looked_after_last_6_months ||
      incident.sibling_on_register_or_looked_after;
  if (incident.DiedOrSeriouslyHarmed() &&
      (incident.AbuseOrNeglectIsAFactor() || on_register_or_looked_after)) {
    if (incident.concern_about_agencies_working_together) {
      auto& cmr = builder.Add(
          ObligationId::kCmr, Level::kMust,
          "Safeguarding Board Act (Northern Ireland) 2011 s3(4); SBNI Regulations (NI) 2012 reg "
          "17(2)",
          {incident.Died() ? "the child died" : "the child was significantly harmed",
           "the Board is concerned about the effectiveness of its member agencies in "
           "safeguarding the child"});
      if (incident.AbuseOrNeglectIsAFactor()) builder.AddReason(cmr.id, kAbuseOrNeglect);
      if (on_register_or_looked_after) {
        builder.AddReason(cmr.id,
                          "the child or a sibling is or was on a child protection register or "
                          "looked after");
      }
    } else {
      builder.Prompt(
          "If the Board is concerned about how effectively its member agencies safeguarded the "
          "child, a case management review must be held (SBNI Regulations 2012 reg 17(2)).");
    }
  }
  if (incident.outstanding_good_practice) {
    builder.Add(ObligationId::kCmr, Level::kMay, "SBNI Regulations (NI) 2012 reg 17(3)",
                {"agencies worked well together and there is outstanding positive learning"});
  }
}

}  // namespace casereview
