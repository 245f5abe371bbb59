#include "core/statutory/assessment.h"

#include "core/statutory/rules.h"

namespace casereview {
namespace {

struct FrameworkText {
  std::string_view id;
  std::string_view title;
};

FrameworkText Describe(Framework framework) {
  switch (framework) {
    case Framework::kEnglandWt2010:
      return {"england-wt2010",
              "England: Working Together to Safeguard Children 2010 (serious case reviews)"};
    case Framework::kEnglandWt2013:
      return {"england-wt2013",
              "England: Working Together to Safeguard Children 2013 and 2015 (serious case "
              "reviews)"};
    case Framework::kEnglandWt2018:
      return {"england-wt2018",
              "England: Working Together to Safeguard Children 2018 (child safeguarding practice "
              "reviews)"};
    case Framework::kEnglandWt2023:
      return {"england-wt2023",
              "England: Working Together to Safeguard Children 2023 (child safeguarding practice "
              "reviews)"};
    case Framework::kEnglandCareAct:
      return {"england-care-act",
              "England: Care Act 2014, section 44 (safeguarding adults reviews)"};
    case Framework::kWalesCpr:
      return {"wales-cpr",
              "Wales: child and adult practice reviews (Safeguarding Boards (Functions and "
              "Procedures) (Wales) Regulations 2015)"};
    case Framework::kWalesSusr:
      return {"wales-susr", "Wales: Single Unified Safeguarding Review (from 1 October 2024)"};
    case Framework::kScotlandScr:
      return {"scotland-scr", "Scotland: significant case reviews (before September 2021)"};
    case Framework::kScotlandLearningReview:
      return {"scotland-learning-review",
              "Scotland: learning reviews (National Guidance for Child Protection Committees "
              "Undertaking Learning Reviews, 2021, updated 2024)"};
    case Framework::kNiCmr:
      return {"ni-cmr",
              "Northern Ireland: case management reviews (SBNI Regulations (NI) 2012, "
              "regulation 17)"};
  }
  return {"", ""};
}

std::optional<Framework> FrameworkFor(const Incident& incident) {
  const CivilDate date = incident.incident_date;
  const bool child = incident.subject == Subject::kChild;
  switch (incident.nation) {
    case Nation::kEngland:
      if (!child) {
        if (date < kCareActS44) return std::nullopt;
        return Framework::kEnglandCareAct;
      }
      if (date < kWt2013) return Framework::kEnglandWt2010;
      if (date < kWt2018) return Framework::kEnglandWt2013;
      if (date < kWt2023) return Framework::kEnglandWt2018;
      return Framework::kEnglandWt2023;
    case Nation::kWales:
      return date < kWalesSusrInForce ? Framework::kWalesCpr : Framework::kWalesSusr;
    case Nation::kScotland:
      if (!child) return std::nullopt;
      return date < kScotlandLearningReviews ? Framework::kScotlandScr
                                             : Framework::kScotlandLearningReview;
    case Nation::kNorthernIreland:
      if (!child) return std::nullopt;
      return Framework::kNiCmr;
  }
  return std::nullopt;
}

constexpr std::string_view kDecisionSupport =
    "This is decision support, not a decision: the partnership (and, for an LSCB, its chair) "
    "decides, using the full facts and its own judgement.";

std::string_view NotCoveredNote(const Incident& incident) {
  if (incident.nation == Nation::kEngland) {
    return "Safeguarding adults reviews became a statutory duty on 1 April 2015 (Care Act 2014 "
           "s44); this version does not cover the local adult review arrangements before then.";
  }
  return "This version does not cover reviews about adults in Scotland or Northern Ireland "
         "(for example Scotland's adult protection learning reviews); no obligations are "
         "listed for them.";
}

}  // namespace

std::string_view LevelName(Level level) {
  switch (level) {
    case Level::kMust:
      return "must";
    case Level::kShould:
      return "should";
    case Level::kConsider:
      return "consider";
    case Level::kMay:
      return "may";
  }
  return "";
}

std::string_view ObligationName(ObligationId id) {
  switch (id) {
    case ObligationId::kNotifyPanel:
      return "notify_panel";
    case ObligationId::kNotifyOfsted:
      return "notify_ofsted";
    case ObligationId::kNotifySecretaryOfState:
      return "notify_secretary_of_state";
    case ObligationId::kRapidReview:
      return "rapid_review";
    case ObligationId::kLcspr:
      return "lcspr";
    case ObligationId::kNationalReviewReferral:
      return "national_review_referral";
    case ObligationId::kScr:
      return "scr";
    case ObligationId::kNotifiableIncident:
      return "notifiable_incident";
    case ObligationId::kCprConcise:
      return "cpr_concise";
    case ObligationId::kCprExtended:
      return "cpr_extended";
    case ObligationId::kApr:
      return "apr";
    case ObligationId::kSusr:
      return "susr";
    case ObligationId::kLearningReview:
      return "learning_review";
    case ObligationId::kSignificantCaseReview:
      return "significant_case_review";
    case ObligationId::kCmr:
      return "cmr";
    case ObligationId::kSar:
      return "sar";
    case ObligationId::kDhr:
      return "dhr";
    case ObligationId::kChildDeathReview:
      return "child_death_review";
    case ObligationId::kJointAgencyResponse:
      return "joint_agency_response";
  }
  return "";
}

Assessment Assess(const Incident& incident) {
  AssessmentBuilder builder(incident);
  builder.Note(kDecisionSupport);

  // Before anything else: are other children at risk now?
  if (incident.subject == Subject::kChild && incident.DiedOrSeriouslyHarmed() &&
      incident.AbuseOrNeglectIsAFactor()) {
    builder.Prompt(
        "Consider at once whether other children need safeguarding now: siblings, other "
        "children in the household, and children in the same setting or cared for by the same "
        "adults.");
  }

  const auto framework = FrameworkFor(incident);
  if (framework) {
    const auto text = Describe(*framework);
    builder.SetFramework(text.id, text.title);
  } else {
    builder.SetFramework(std::nullopt,
                         "No statutory review framework in this version covers "
                         "this case");
    builder.Note(NotCoveredNote(incident));
  }

  switch (incident.nation) {
    case Nation::kEngland:
      if (framework && incident.subject == Subject::kChild) {
        AddEnglandChildReviews(*framework, builder);
        AddChildDeathReview(builder);
      }
      if (framework == Framework::kEnglandCareAct) AddSafeguardingAdultsReview(builder);
      AddEnglandDeathNotifications(builder);
      AddDomesticHomicideReview(builder);
      break;
    case Nation::kWales:
      if (framework == Framework::kWalesSusr) {
        AddWalesSusr(builder);
      } else {
        AddWalesPracticeReviews(builder);
        AddDomesticHomicideReview(builder);
      }
      break;
    case Nation::kScotland:
      if (framework) AddScotlandReviews(*framework, builder);
      break;
    case Nation::kNorthernIreland:
      if (framework) AddNorthernIrelandReviews(builder);
      break;
  }

  if (incident.outcome == Outcome::kHarmed && incident.AbuseOrNeglectIsAFactor()) {
    builder.Prompt(
        "The harm is recorded as not serious. If it may be serious (a potentially "
        "life-threatening injury, or serious or likely long-term impairment of health or "
        "development, even if the person recovers), assess again with outcome "
        "\"seriously_harmed\".");
  }
  return std::move(builder).Finish();
}

}  // namespace casereview
