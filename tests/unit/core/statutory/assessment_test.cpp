// The statutory rules, one behaviour at a time: each rule fires on its facts,
// and is absent without them. docs/domain/rules.md lists the same rules.
#include "core/statutory/assessment.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace casereview {
namespace {

using namespace std::chrono;

Incident Base(Nation nation, Subject subject, CivilDate date, Outcome outcome,
              AbuseOrNeglect abuse) {
  Incident incident;
  incident.nation = nation;
  incident.subject = subject;
  incident.incident_date = date;
  incident.aware_date = date;
  incident.outcome = outcome;
  incident.abuse_or_neglect = abuse;
  return incident;
}

Incident EnglishChild(CivilDate date, Outcome outcome = Outcome::kDied,
                      AbuseOrNeglect abuse = AbuseOrNeglect::kSuspected) {
  return Base(Nation::kEngland, Subject::kChild, date, outcome, abuse);
}

const Obligation* Find(const Assessment& assessment, ObligationId id) {
  for (const auto& obligation : assessment.obligations) {
    if (obligation.id == id) return &obligation;
  }
  return nullptr;
}

testing::AssertionResult HasLevel(const Assessment& assessment, ObligationId id, Level level) {
  const Obligation* obligation = Find(assessment, id);
  if (obligation == nullptr) {
    return testing::AssertionFailure() << ObligationName(id) << " is absent";
  }
  if (obligation->level != level) {
    return testing::AssertionFailure()
           << ObligationName(id) << " is " << LevelName(obligation->level) << ", not "
           << LevelName(level);
  }
  return testing::AssertionSuccess();
}

bool Absent(const Assessment& assessment, ObligationId id) {
  return Find(assessment, id) == nullptr;
}

bool MentionsReason(const Obligation& obligation, std::string_view words) {
  return std::any_of(
      obligation.reasons.begin(), obligation.reasons.end(),
      [words](std::string_view reason) { return reason.find(words) != reason.npos; });
}

std::string_view FrameworkOf(const Incident& incident) {
  return Assess(incident).framework.value_or("none");
}

// --- Frameworks and their boundary dates -------------------------------------------------

TEST(Framework, EnglandChildrenByIncidentDate) {
  EXPECT_EQ(FrameworkOf(EnglishChild(2013y / April / 14)), "england-wt2010");
  EXPECT_EQ(FrameworkOf(EnglishChild(2013y / April / 15)), "england-wt2013");
  EXPECT_EQ(FrameworkOf(EnglishChild(2018y / June / 28)), "england-wt2013");
  EXPECT_EQ(FrameworkOf(EnglishChild(2018y / June / 29)), "england-wt2018");
  EXPECT_EQ(FrameworkOf(EnglishChild(2023y / December / 14)), "england-wt2018");
  EXPECT_EQ(FrameworkOf(EnglishChild(2023y / December / 15)), "england-wt2023");
  EXPECT_EQ(FrameworkOf(EnglishChild(1990y / January / 1)), "england-wt2010");
}

TEST(Framework, EnglandAdultsFromTheCareAct) {
  const auto adult = [](CivilDate date) {
    return Base(Nation::kEngland, Subject::kAdult, date, Outcome::kDied, AbuseOrNeglect::kKnown);
  };
  EXPECT_EQ(FrameworkOf(adult(2015y / April / 1)), "england-care-act");
  const Assessment before = Assess(adult(2015y / March / 31));
  EXPECT_FALSE(before.framework.has_value());
  EXPECT_TRUE(before.obligations.empty() ||
              std::all_of(before.obligations.begin(), before.obligations.end(),
                          [](const Obligation& o) { return o.id == ObligationId::kDhr; }));
  EXPECT_GE(before.notes.size(), 2u);
}

TEST(Framework, WalesByIncidentDateForChildrenAndAdults) {
  for (const Subject subject : {Subject::kChild, Subject::kAdult}) {
    EXPECT_EQ(FrameworkOf(Base(Nation::kWales, subject, 2024y / September / 30, Outcome::kDied,
                               AbuseOrNeglect::kKnown)),
              "wales-cpr");
    EXPECT_EQ(FrameworkOf(Base(Nation::kWales, subject, 2024y / October / 1, Outcome::kDied,
                               AbuseOrNeglect::kKnown)),
              "wales-susr");
  }
}

TEST(Framework, ScotlandAndNorthernIreland) {
  const auto scot = [](CivilDate date) {
    return Base(Nation::kScotland, Subject::kChild, date, Outcome::kDied, AbuseOrNeglect::kKnown);
  };
  EXPECT_EQ(FrameworkOf(scot(2021y / August / 31)), "scotland-scr");
  EXPECT_EQ(FrameworkOf(scot(2021y / September / 1)), "scotland-learning-review");
  EXPECT_EQ(FrameworkOf(Base(Nation::kNorthernIreland, Subject::kChild, 2020y / May / 5,
                             Outcome::kDied, AbuseOrNeglect::kKnown)),
            "ni-cmr");
}

TEST(Framework, AdultsInScotlandAndNorthernIrelandAreNotCoveredAndNothingIsInvented) {
  for (const Nation nation : {Nation::kScotland, Nation::kNorthernIreland}) {
    Incident adult =
        Base(nation, Subject::kAdult, 2022y / May / 5, Outcome::kDied, AbuseOrNeglect::kKnown);
    adult.care_and_support_needs = true;
    adult.concern_about_agencies_working_together = true;
    const Assessment assessment = Assess(adult);
    EXPECT_FALSE(assessment.framework.has_value());
    EXPECT_TRUE(assessment.obligations.empty());
    ASSERT_GE(assessment.notes.size(), 2u);
    EXPECT_NE(assessment.notes[1].find("does not cover"), std::string_view::npos);
  }
}

TEST(Notes, AlwaysSayThePartnershipDecides) {
  for (const Nation nation :
       {Nation::kEngland, Nation::kWales, Nation::kScotland, Nation::kNorthernIreland}) {
    const Assessment assessment = Assess(Base(nation, Subject::kChild, 2020y / May / 5,
                                              Outcome::kNone, AbuseOrNeglect::kNotSuspected));
    ASSERT_FALSE(assessment.notes.empty());
    EXPECT_NE(assessment.notes[0].find("partnership"), std::string_view::npos);
    EXPECT_NE(assessment.notes[0].find("decides"), std::string_view::npos);
  }
}

// --- England, WT2010 ----------------------------------------------------------------------

TEST(Wt2010, ScrMustWhenAChildDiesWithAbuseOrNeglect) {
  Incident incident = EnglishChild(2012y / February / 14);
  incident.suspected_suicide = true;
  const Assessment assessment = Assess(incident);
  EXPECT_TRUE(HasLevel(assessment, ObligationId::kScr, Level::kMust));
  EXPECT_TRUE(MentionsReason(*Find(assessment, ObligationId::kScr), "suicide"));
}

TEST(Wt2010, ScrMustForADeathInCustodyWithoutAbuse) {
  Incident incident =
      EnglishChild(2012y / February / 14, Outcome::kDied, AbuseOrNeglect::kNotSuspected);
  EXPECT_TRUE(Absent(Assess(incident), ObligationId::kScr));
  incident.in_custody = true;
  EXPECT_TRUE(HasLevel(Assess(incident), ObligationId::kScr, Level::kMust));
}

TEST(Wt2010, ScrConsiderForEachListedCircumstance) {
  const CivilDate date = 2010y / June / 1;
  Incident harmed = EnglishChild(date, Outcome::kSeriouslyHarmed);
  EXPECT_TRUE(HasLevel(Assess(harmed), ObligationId::kScr, Level::kConsider));

  const auto with = [&](bool Incident::*flag) {
    Incident incident = EnglishChild(date, Outcome::kHarmed, AbuseOrNeglect::kNotSuspected);
    incident.*flag = true;
    return Assess(incident);
  };
  EXPECT_TRUE(
      HasLevel(with(&Incident::serious_sexual_abuse), ObligationId::kScr, Level::kConsider));
  EXPECT_TRUE(HasLevel(with(&Incident::parent_killed_with_homicide_review), ObligationId::kScr,
                       Level::kConsider));
  EXPECT_TRUE(HasLevel(with(&Incident::killed_by_parent_with_mental_illness), ObligationId::kScr,
                       Level::kConsider));
  EXPECT_TRUE(HasLevel(with(&Incident::concern_about_agencies_working_together), ObligationId::kScr,
                       Level::kConsider));
  EXPECT_TRUE(Absent(Assess(EnglishChild(date, Outcome::kHarmed, AbuseOrNeglect::kNotSuspected)),
                     ObligationId::kScr));
}

TEST(Wt2010, NoNotificationsOfTheLaterFrameworks) {
  const Assessment assessment = Assess(EnglishChild(2012y / February / 14));
  EXPECT_TRUE(Absent(assessment, ObligationId::kNotifyPanel));
  EXPECT_TRUE(Absent(assessment, ObligationId::kNotifiableIncident));
  EXPECT_TRUE(Absent(assessment, ObligationId::kRapidReview));
}

// --- England, WT2013/2015 -----------------------------------------------------------------

TEST(Wt2013, ScrMustWhenAChildDiesWithAbuseOrNeglect) {
  EXPECT_TRUE(HasLevel(Assess(EnglishChild(2016y / May / 10)), ObligationId::kScr, Level::kMust));
}

TEST(Wt2013, SeriousHarmNeedsConcernForMustOtherwiseConsider) {
  Incident incident =
      EnglishChild(2016y / May / 10, Outcome::kSeriouslyHarmed, AbuseOrNeglect::kKnown);
  EXPECT_TRUE(HasLevel(Assess(incident), ObligationId::kScr, Level::kConsider));
  incident.concern_about_agencies_working_together = true;
  const Assessment assessment = Assess(incident);
  EXPECT_TRUE(HasLevel(assessment, ObligationId::kScr, Level::kMust));
  EXPECT_TRUE(MentionsReason(*Find(assessment, ObligationId::kScr), "worked together"));
}

TEST(Wt2013, NoScrWithoutAbuseOrNeglectUnlessInCustody) {
  Incident incident = EnglishChild(2016y / May / 10, Outcome::kDied, AbuseOrNeglect::kNotSuspected);
  EXPECT_TRUE(Absent(Assess(incident), ObligationId::kScr));
  incident.in_custody = true;
  EXPECT_TRUE(HasLevel(Assess(incident), ObligationId::kScr, Level::kMust));
}

TEST(Wt2013, NotifiableIncidentDueFiveWorkingDaysAfterAwareness) {
  Incident incident =
      EnglishChild(2016y / May / 10, Outcome::kSeriouslyHarmed, AbuseOrNeglect::kKnown);
  incident.aware_date = 2016y / May / 12;  // Thursday; the following Thursday is 5 working days on
  const Assessment assessment = Assess(incident);
  ASSERT_TRUE(HasLevel(assessment, ObligationId::kNotifiableIncident, Level::kMust));
  EXPECT_EQ(Find(assessment, ObligationId::kNotifiableIncident)->due, CivilDate(2016y / May / 19));
}

TEST(Wt2013, NotifiableIncidentForDeathsInCareOrRegulatedSettingsWithoutAbuse) {
  Incident incident =
      EnglishChild(2017y / March / 1, Outcome::kDied, AbuseOrNeglect::kNotSuspected);
  EXPECT_TRUE(Absent(Assess(incident), ObligationId::kNotifiableIncident));
  incident.looked_after = true;
  EXPECT_TRUE(HasLevel(Assess(incident), ObligationId::kNotifiableIncident, Level::kMust));
  incident.looked_after = false;
  incident.regulated_setting = true;
  EXPECT_TRUE(HasLevel(Assess(incident), ObligationId::kNotifiableIncident, Level::kMust));
  Incident harmed =
      EnglishChild(2017y / March / 1, Outcome::kSeriouslyHarmed, AbuseOrNeglect::kNotSuspected);
  harmed.looked_after = true;
  EXPECT_TRUE(Absent(Assess(harmed), ObligationId::kNotifiableIncident));
}

// --- England, WT2018 and WT2023 -----------------------------------------------------------

TEST(Wt2018, SeriousIncidentNotificationRapidReviewAndLocalReview) {
  Incident incident = EnglishChild(2026y / March / 2);
  incident.aware_date = 2026y / March / 3;
  incident.concern_about_agencies_working_together = true;
  const Assessment assessment = Assess(incident);
  ASSERT_TRUE(HasLevel(assessment, ObligationId::kNotifyPanel, Level::kMust));
  EXPECT_EQ(Find(assessment, ObligationId::kNotifyPanel)->due, CivilDate(2026y / March / 10));
  ASSERT_TRUE(HasLevel(assessment, ObligationId::kRapidReview, Level::kShould));
  EXPECT_EQ(Find(assessment, ObligationId::kRapidReview)->due, CivilDate(2026y / March / 24));
  ASSERT_TRUE(HasLevel(assessment, ObligationId::kLcspr, Level::kConsider));
  const Obligation& lcspr = *Find(assessment, ObligationId::kLcspr);
  EXPECT_TRUE(MentionsReason(lcspr, "reg 11(c)"));
  EXPECT_FALSE(lcspr.due.has_value());
  ASSERT_TRUE(lcspr.clock.has_value());
  EXPECT_NE(lcspr.clock->find("6 months"), std::string_view::npos);
  EXPECT_NE(lcspr.clock->find("7 working days"), std::string_view::npos);
  EXPECT_TRUE(HasLevel(assessment, ObligationId::kNationalReviewReferral, Level::kConsider));
  EXPECT_TRUE(Absent(assessment, ObligationId::kScr));
  EXPECT_TRUE(Absent(assessment, ObligationId::kNotifiableIncident));
}

TEST(Wt2018, RapidReviewCountsFromTheNotificationDateWhenGiven) {
  Incident incident = EnglishChild(2019y / March / 4, Outcome::kSeriouslyHarmed);
  incident.notification_date = 2019y / March / 8;  // Friday
  const Assessment assessment = Assess(incident);
  EXPECT_EQ(Find(assessment, ObligationId::kRapidReview)->due, CivilDate(2019y / March / 29));
}

TEST(Wt2018, LocalReviewWithoutConcernHasNoReg11cReason) {
  const Assessment assessment =
      Assess(EnglishChild(2020y / January / 6, Outcome::kSeriouslyHarmed));
  EXPECT_FALSE(MentionsReason(*Find(assessment, ObligationId::kLcspr), "reg 11(c)"));
}

TEST(Wt2018, NothingToNotifyWithoutAbuseOrNeglectOrWithoutSeriousHarm) {
  EXPECT_TRUE(Absent(
      Assess(EnglishChild(2020y / January / 6, Outcome::kDied, AbuseOrNeglect::kNotSuspected)),
      ObligationId::kNotifyPanel));
  EXPECT_TRUE(Absent(Assess(EnglishChild(2020y / January / 6, Outcome::kHarmed)),
                     ObligationId::kNotifyPanel));
}

TEST(Wt2018, HarmOutsideEnglandToAResidentIsNotifiedWithItsReason) {
  Incident incident = EnglishChild(2022y / August / 1, Outcome::kSeriouslyHarmed);
  incident.resident_in_area_harmed_outside_england = true;
  const Assessment assessment = Assess(incident);
  EXPECT_TRUE(MentionsReason(*Find(assessment, ObligationId::kNotifyPanel), "outside England"));
}

TEST(Wt2018, DeathOfALookedAfterChildIsNotifiedWithOrWithoutAbuse) {
  Incident incident = EnglishChild(2021y / May / 3, Outcome::kDied, AbuseOrNeglect::kNotSuspected);
  incident.looked_after = true;
  const Assessment assessment = Assess(incident);
  EXPECT_TRUE(HasLevel(assessment, ObligationId::kNotifyOfsted, Level::kMust));
  EXPECT_TRUE(HasLevel(assessment, ObligationId::kNotifySecretaryOfState, Level::kMust));
  EXPECT_TRUE(Absent(assessment, ObligationId::kNotifyPanel));
}

TEST(Wt2023, DeathOfACareLeaverAged24OrUnderIsNotifiedForAdultsToo) {
  Incident leaver = Base(Nation::kEngland, Subject::kAdult, 2024y / February / 1, Outcome::kDied,
                         AbuseOrNeglect::kNotSuspected);
  leaver.care_leaver = true;
  leaver.age_years = 24;
  EXPECT_TRUE(HasLevel(Assess(leaver), ObligationId::kNotifyOfsted, Level::kMust));
  EXPECT_TRUE(HasLevel(Assess(leaver), ObligationId::kNotifySecretaryOfState, Level::kMust));
  leaver.age_years = 25;
  EXPECT_TRUE(Absent(Assess(leaver), ObligationId::kNotifyOfsted));
  leaver.age_years = 20;
  leaver.incident_date = leaver.aware_date = 2023y / December / 14;  // WT2018: not yet a duty
  EXPECT_TRUE(Absent(Assess(leaver), ObligationId::kNotifyOfsted));
  Incident child =
      EnglishChild(2024y / February / 1, Outcome::kDied, AbuseOrNeglect::kNotSuspected);
  child.care_leaver = true;
  child.age_years = 17;
  EXPECT_TRUE(HasLevel(Assess(child), ObligationId::kNotifyOfsted, Level::kMust));
}

TEST(Wt2023, ACareLeaverOfUnknownAgeGetsAPromptNotAnObligation) {
  Incident leaver = Base(Nation::kEngland, Subject::kAdult, 2024y / February / 1, Outcome::kDied,
                         AbuseOrNeglect::kNotSuspected);
  leaver.care_leaver = true;
  const Assessment assessment = Assess(leaver);
  EXPECT_TRUE(Absent(assessment, ObligationId::kNotifyOfsted));
  ASSERT_FALSE(assessment.prompts.empty());
  EXPECT_NE(assessment.prompts.back().find("24 or under"), std::string_view::npos);
}

// --- Child death review ---------------------------------------------------------------------

TEST(ChildDeathReview, EveryChildDeathInEnglandFrom2008) {
  const Assessment natural =
      Assess(EnglishChild(2025y / May / 1, Outcome::kDied, AbuseOrNeglect::kNotSuspected));
  EXPECT_TRUE(HasLevel(natural, ObligationId::kChildDeathReview, Level::kMust));
  EXPECT_TRUE(Absent(natural, ObligationId::kJointAgencyResponse));
  EXPECT_TRUE(Absent(Assess(EnglishChild(2008y / March / 31)), ObligationId::kChildDeathReview));
  EXPECT_TRUE(Absent(Assess(EnglishChild(2025y / May / 1, Outcome::kSeriouslyHarmed)),
                     ObligationId::kChildDeathReview));
  Incident welsh = Base(Nation::kWales, Subject::kChild, 2025y / May / 1, Outcome::kDied,
                        AbuseOrNeglect::kNotSuspected);
  EXPECT_TRUE(Absent(Assess(welsh), ObligationId::kChildDeathReview));
}

TEST(ChildDeathReview, JointAgencyResponseForCustodySuicideOrAbuse) {
  Incident incident = EnglishChild(2025y / May / 1, Outcome::kDied, AbuseOrNeglect::kNotSuspected);
  incident.in_custody = true;
  EXPECT_TRUE(HasLevel(Assess(incident), ObligationId::kJointAgencyResponse, Level::kMust));
  incident.in_custody = false;
  incident.suspected_suicide = true;
  EXPECT_TRUE(HasLevel(Assess(incident), ObligationId::kJointAgencyResponse, Level::kMust));
  EXPECT_TRUE(HasLevel(Assess(EnglishChild(2025y / May / 1)), ObligationId::kJointAgencyResponse,
                       Level::kMust));
}

// --- Safeguarding adults reviews --------------------------------------------------------------

Incident EnglishAdult(Outcome outcome = Outcome::kDied,
                      AbuseOrNeglect abuse = AbuseOrNeglect::kSuspected) {
  Incident incident = Base(Nation::kEngland, Subject::kAdult, 2025y / January / 10, outcome, abuse);
  incident.care_and_support_needs = true;
  incident.concern_about_agencies_working_together = true;
  return incident;
}

TEST(Sar, MustOnBothConditions) {
  const Assessment died = Assess(EnglishAdult());
  ASSERT_TRUE(HasLevel(died, ObligationId::kSar, Level::kMust));
  EXPECT_TRUE(MentionsReason(*Find(died, ObligationId::kSar), "condition 1"));
  const Assessment alive = Assess(EnglishAdult(Outcome::kSeriouslyHarmed));
  ASSERT_TRUE(HasLevel(alive, ObligationId::kSar, Level::kMust));
  EXPECT_TRUE(MentionsReason(*Find(alive, ObligationId::kSar), "condition 2"));
}

TEST(Sar, MayWhenAnyConditionIsMissingButNeedsArePresent) {
  Incident no_concern = EnglishAdult();
  no_concern.concern_about_agencies_working_together = false;
  EXPECT_TRUE(HasLevel(Assess(no_concern), ObligationId::kSar, Level::kMay));
  EXPECT_TRUE(HasLevel(Assess(EnglishAdult(Outcome::kDied, AbuseOrNeglect::kNotSuspected)),
                       ObligationId::kSar, Level::kMay));
  EXPECT_TRUE(HasLevel(Assess(EnglishAdult(Outcome::kHarmed)), ObligationId::kSar, Level::kMay));
  Incident no_needs = EnglishAdult();
  no_needs.care_and_support_needs = false;
  EXPECT_TRUE(Absent(Assess(no_needs), ObligationId::kSar));
}

// --- Domestic homicide reviews ----------------------------------------------------------------

TEST(Dhr, ShouldForADeathAt16OrOverByFamilyPartnerOrHousehold) {
  for (const auto relationship :
       {PerpetratorRelationship::kRelative, PerpetratorRelationship::kIntimatePartner,
        PerpetratorRelationship::kHouseholdMember}) {
    Incident adult = EnglishAdult();
    adult.perpetrator_relationship = relationship;
    EXPECT_TRUE(HasLevel(Assess(adult), ObligationId::kDhr, Level::kShould));
  }
  Incident other = EnglishAdult();
  other.perpetrator_relationship = PerpetratorRelationship::kOther;
  EXPECT_TRUE(Absent(Assess(other), ObligationId::kDhr));
}

TEST(Dhr, ChildrenAged16And17GetBothChildObligationsAndADhr) {
  Incident child = EnglishChild(2024y / March / 5);
  child.perpetrator_relationship = PerpetratorRelationship::kIntimatePartner;
  child.age_years = 16;
  const Assessment assessment = Assess(child);
  EXPECT_TRUE(HasLevel(assessment, ObligationId::kDhr, Level::kShould));
  EXPECT_TRUE(HasLevel(assessment, ObligationId::kNotifyPanel, Level::kMust));
  child.age_years = 15;
  EXPECT_TRUE(Absent(Assess(child), ObligationId::kDhr));
  child.age_years.reset();
  const Assessment unknown_age = Assess(child);
  EXPECT_TRUE(Absent(unknown_age, ObligationId::kDhr));
  EXPECT_TRUE(std::any_of(unknown_age.prompts.begin(), unknown_age.prompts.end(),
                          [](std::string_view p) { return p.find("16 or 17") != p.npos; }));
}

TEST(Dhr, FromThe2011CommencementAndOnlyInEnglandAndWalesBeforeTheSusr) {
  Incident adult = EnglishAdult();
  adult.perpetrator_relationship = PerpetratorRelationship::kRelative;
  adult.incident_date = adult.aware_date = 2011y / April / 12;
  EXPECT_TRUE(Absent(Assess(adult), ObligationId::kDhr));
  adult.incident_date = adult.aware_date = 2011y / April / 13;
  EXPECT_TRUE(HasLevel(Assess(adult), ObligationId::kDhr, Level::kShould));
  adult.nation = Nation::kWales;
  adult.incident_date = adult.aware_date = 2024y / September / 30;
  EXPECT_TRUE(HasLevel(Assess(adult), ObligationId::kDhr, Level::kShould));
  adult.incident_date = adult.aware_date = 2024y / October / 1;
  EXPECT_TRUE(Absent(Assess(adult), ObligationId::kDhr));
  adult.nation = Nation::kScotland;
  EXPECT_TRUE(Absent(Assess(adult), ObligationId::kDhr));
}

TEST(Dhr, NeedsADeathFromAbuseOrNeglect) {
  Incident adult = EnglishAdult(Outcome::kSeriouslyHarmed);
  adult.perpetrator_relationship = PerpetratorRelationship::kRelative;
  EXPECT_TRUE(Absent(Assess(adult), ObligationId::kDhr));
  Incident natural = EnglishAdult(Outcome::kDied, AbuseOrNeglect::kNotSuspected);
  natural.perpetrator_relationship = PerpetratorRelationship::kRelative;
  EXPECT_TRUE(Absent(Assess(natural), ObligationId::kDhr));
}

// --- Wales --------------------------------------------------------------------------------------

TEST(WalesCpr, ExtendedWhenOnTheRegisterOrLookedAfterElseConcise) {
  Incident child = Base(Nation::kWales, Subject::kChild, 2019y / June / 1,
                        Outcome::kSeriouslyHarmed, AbuseOrNeglect::kSuspected);
  const Assessment concise = Assess(child);
  EXPECT_TRUE(HasLevel(concise, ObligationId::kCprConcise, Level::kMust));
  EXPECT_TRUE(Absent(concise, ObligationId::kCprExtended));
  child.child_protection_plan_or_looked_after_last_6_months = true;
  const Assessment extended = Assess(child);
  EXPECT_TRUE(HasLevel(extended, ObligationId::kCprExtended, Level::kMust));
  EXPECT_TRUE(Absent(extended, ObligationId::kCprConcise));
  EXPECT_TRUE(Absent(extended, ObligationId::kSusr));
  EXPECT_TRUE(Absent(Assess(Base(Nation::kWales, Subject::kChild, 2019y / June / 1,
                                 Outcome::kSeriouslyHarmed, AbuseOrNeglect::kNotSuspected)),
                     ObligationId::kCprConcise));
}

TEST(WalesCpr, AdultPracticeReviewForAdultsWithCareAndSupportNeedsFromApril2016) {
  Incident adult = Base(Nation::kWales, Subject::kAdult, 2020y / June / 1, Outcome::kDied,
                        AbuseOrNeglect::kKnown);
  EXPECT_TRUE(Absent(Assess(adult), ObligationId::kApr));
  adult.care_and_support_needs = true;
  EXPECT_TRUE(HasLevel(Assess(adult), ObligationId::kApr, Level::kMust));
  adult.incident_date = adult.aware_date = 2016y / April / 5;
  EXPECT_TRUE(Absent(Assess(adult), ObligationId::kApr));
}

TEST(WalesSusr, MustWhereAnyFormerCriteriaAreMetNamingWhich) {
  Incident child = Base(Nation::kWales, Subject::kChild, 2025y / February / 3, Outcome::kDied,
                        AbuseOrNeglect::kKnown);
  const Assessment assessment = Assess(child);
  ASSERT_TRUE(HasLevel(assessment, ObligationId::kSusr, Level::kMust));
  EXPECT_TRUE(MentionsReason(*Find(assessment, ObligationId::kSusr), "child practice review"));
  EXPECT_TRUE(Absent(assessment, ObligationId::kCprConcise));

  Incident adult = Base(Nation::kWales, Subject::kAdult, 2025y / February / 3, Outcome::kDied,
                        AbuseOrNeglect::kKnown);
  adult.care_and_support_needs = true;
  adult.perpetrator_relationship = PerpetratorRelationship::kIntimatePartner;
  const Assessment both = Assess(adult);
  const Obligation& susr = *Find(both, ObligationId::kSusr);
  EXPECT_TRUE(MentionsReason(susr, "adult practice review"));
  EXPECT_TRUE(MentionsReason(susr, "domestic homicide review"));
  EXPECT_TRUE(Absent(both, ObligationId::kDhr));

  EXPECT_TRUE(Absent(Assess(Base(Nation::kWales, Subject::kChild, 2025y / February / 3,
                                 Outcome::kHarmed, AbuseOrNeglect::kKnown)),
                     ObligationId::kSusr));
}

// --- Scotland and Northern Ireland ----------------------------------------------------------

TEST(Scotland, ConsiderAReviewWhenAChildDiedOrWasHarmedWithAbuse) {
  const auto scot = [](CivilDate date, Outcome outcome, AbuseOrNeglect abuse) {
    return Assess(Base(Nation::kScotland, Subject::kChild, date, outcome, abuse));
  };
  EXPECT_TRUE(HasLevel(scot(2019y / May / 1, Outcome::kSeriouslyHarmed, AbuseOrNeglect::kKnown),
                       ObligationId::kSignificantCaseReview, Level::kConsider));
  const Assessment learning = scot(2022y / October / 3, Outcome::kDied, AbuseOrNeglect::kKnown);
  EXPECT_TRUE(HasLevel(learning, ObligationId::kLearningReview, Level::kConsider));
  EXPECT_TRUE(Absent(learning, ObligationId::kSignificantCaseReview));
  EXPECT_TRUE(Absent(scot(2022y / October / 3, Outcome::kDied, AbuseOrNeglect::kNotSuspected),
                     ObligationId::kLearningReview));
}

TEST(Scotland, LearningReviewForOutstandingGoodPractice) {
  Incident incident = Base(Nation::kScotland, Subject::kChild, 2023y / March / 1, Outcome::kNone,
                           AbuseOrNeglect::kNotSuspected);
  incident.outstanding_good_practice = true;
  EXPECT_TRUE(HasLevel(Assess(incident), ObligationId::kLearningReview, Level::kConsider));
  incident.incident_date = incident.aware_date = 2020y / March / 1;
  EXPECT_TRUE(Absent(Assess(incident), ObligationId::kSignificantCaseReview));
}

TEST(NorthernIreland, CmrMustNeedsHarmAbuseOrRegisterAndConcern) {
  Incident incident = Base(Nation::kNorthernIreland, Subject::kChild, 2020y / May / 5,
                           Outcome::kSeriouslyHarmed, AbuseOrNeglect::kNotSuspected);
  incident.sibling_on_register_or_looked_after = true;
  const Assessment without_concern = Assess(incident);
  EXPECT_TRUE(Absent(without_concern, ObligationId::kCmr));
  EXPECT_FALSE(without_concern.prompts.empty());
  incident.concern_about_agencies_working_together = true;
  EXPECT_TRUE(HasLevel(Assess(incident), ObligationId::kCmr, Level::kMust));
  incident.sibling_on_register_or_looked_after = false;
  EXPECT_TRUE(Absent(Assess(incident), ObligationId::kCmr));
  incident.abuse_or_neglect = AbuseOrNeglect::kSuspected;
  EXPECT_TRUE(HasLevel(Assess(incident), ObligationId::kCmr, Level::kMust));
}

TEST(NorthernIreland, CmrMayForOutstandingGoodPractice) {
  Incident incident = Base(Nation::kNorthernIreland, Subject::kChild, 2020y / May / 5,
                           Outcome::kNone, AbuseOrNeglect::kNotSuspected);
  incident.outstanding_good_practice = true;
  EXPECT_TRUE(HasLevel(Assess(incident), ObligationId::kCmr, Level::kMay));
}

// --- Prompts and the shape of the answer -------------------------------------------------------

TEST(Prompts, OtherChildrenFirstForAnyChildDeathOrSeriousHarmWithAbuse) {
  for (const Nation nation :
       {Nation::kEngland, Nation::kWales, Nation::kScotland, Nation::kNorthernIreland}) {
    const Assessment assessment = Assess(Base(nation, Subject::kChild, 2022y / May / 5,
                                              Outcome::kSeriouslyHarmed, AbuseOrNeglect::kKnown));
    ASSERT_FALSE(assessment.prompts.empty());
    EXPECT_NE(assessment.prompts.front().find("other children"), std::string_view::npos);
  }
  const Assessment natural =
      Assess(EnglishChild(2022y / May / 5, Outcome::kDied, AbuseOrNeglect::kNotSuspected));
  for (const auto prompt : natural.prompts) {
    EXPECT_EQ(prompt.find("other children"), std::string_view::npos);
  }
}

TEST(Shape, ObligationsAreOrderedAndUniqueWithReasonsAndBasis) {
  Incident incident = EnglishChild(2024y / July / 1);
  incident.looked_after = true;
  incident.in_custody = true;
  incident.age_years = 17;
  incident.perpetrator_relationship = PerpetratorRelationship::kHouseholdMember;
  const Assessment assessment = Assess(incident);
  ASSERT_GE(assessment.obligations.size(), 8u);
  for (std::size_t i = 1; i < assessment.obligations.size(); ++i) {
    EXPECT_LT(assessment.obligations[i - 1].id, assessment.obligations[i].id);
  }
  for (const auto& obligation : assessment.obligations) {
    EXPECT_FALSE(obligation.basis.empty()) << ObligationName(obligation.id);
    EXPECT_FALSE(obligation.reasons.empty()) << ObligationName(obligation.id);
  }
}

}  // namespace
}  // namespace casereview
