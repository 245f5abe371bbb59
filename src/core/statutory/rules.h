// Internal to the assessment: the rule sets, one per body of law. Each reads the
// incident and adds what its law requires; docs/domain/rules.md tabulates them.
#pragma once

#include "core/statutory/assessment_builder.h"

namespace casereview {

// When each body of law or guidance took effect (docs/domain/rules.md cites each).
inline constexpr CivilDate kChildDeathReviewStatutory{std::chrono::year{2008}, std::chrono::April,
                                                      std::chrono::day{1}};
inline constexpr CivilDate kDhrStatutory{std::chrono::year{2011}, std::chrono::April,
                                         std::chrono::day{13}};
inline constexpr CivilDate kWt2013{std::chrono::year{2013}, std::chrono::April,
                                   std::chrono::day{15}};
inline constexpr CivilDate kCareActS44{std::chrono::year{2015}, std::chrono::April,
                                       std::chrono::day{1}};
inline constexpr CivilDate kWalesAdultPracticeReviews{std::chrono::year{2016}, std::chrono::April,
                                                      std::chrono::day{6}};
inline constexpr CivilDate kWt2018{std::chrono::year{2018}, std::chrono::June,
                                   std::chrono::day{29}};
inline constexpr CivilDate kScotlandLearningReviews{std::chrono::year{2021}, std::chrono::September,
                                                    std::chrono::day{1}};
inline constexpr CivilDate kWt2023{std::chrono::year{2023}, std::chrono::December,
                                   std::chrono::day{15}};
inline constexpr CivilDate kWalesSusrInForce{std::chrono::year{2024}, std::chrono::October,
                                             std::chrono::day{1}};

// Which body of guidance governs the case, by nation, subject and incident date.
enum class Framework {
  kEnglandWt2010,
  kEnglandWt2013,
  kEnglandWt2018,
  kEnglandWt2023,
  kEnglandCareAct,
  kWalesCpr,
  kWalesSusr,
  kScotlandScr,
  kScotlandLearningReview,
  kNiCmr,
};

// Serious case reviews and notifiable incidents (WT2010, WT2013/2015), serious
// incident notification, rapid reviews and LCSPRs (WT2018, WT2023).
void AddEnglandChildReviews(Framework framework, AssessmentBuilder& builder);
// Notifications of the death of a looked-after child or care leaver (England).
void AddEnglandDeathNotifications(AssessmentBuilder& builder);
// Child death review and the joint agency response (England, every child death).
void AddChildDeathReview(AssessmentBuilder& builder);
// Safeguarding adults reviews, Care Act 2014 s44 (England).
void AddSafeguardingAdultsReview(AssessmentBuilder& builder);
// Domestic homicide reviews, DVCVA 2004 s9 (England; Wales before the SUSR).
void AddDomesticHomicideReview(AssessmentBuilder& builder);
// Child and adult practice reviews (Wales before 1 October 2024).
void AddWalesPracticeReviews(AssessmentBuilder& builder);
// The single unified safeguarding review (Wales from 1 October 2024).
void AddWalesSusr(AssessmentBuilder& builder);
// Significant case reviews and learning reviews (Scotland).
void AddScotlandReviews(Framework framework, AssessmentBuilder& builder);
// Case management reviews (Northern Ireland).
void AddNorthernIrelandReviews(AssessmentBuilder& builder);

// Criteria shared between rule sets (Wales' SUSR reuses the older ones).
bool MeetsDhrCriteria(const Incident& incident);
bool MeetsWalesChildPracticeReviewCriteria(const Incident& incident);
bool MeetsWalesAdultPracticeReviewCriteria(const Incident& incident);

}  // namespace casereview
