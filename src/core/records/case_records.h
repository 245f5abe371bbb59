// The vocabulary of case records: the kinds of agency, review, decision,
// action, document and involvement a partnership records, with their wire
// names (stored in the database and sent over the API). DOMAIN.md sections 1,
// 5 and 8 and docs/domain/case-records.md give their meaning and sources.
#pragma once

#include "core/enum_names.h"

namespace casereview {

enum class AgencyKind {
  kChildrensSocialCare,
  kPolice,
  kHealthCommissioner,
  kHealthProvider,
  kEducation,
  kEarlyYears,
  kProbation,
  kYouthJustice,
  kHousing,
  kAdultSocialCare,
  kVoluntary,
  kOther,
};

inline constexpr EnumNames<AgencyKind, 12> kAgencyKinds{{{
    {AgencyKind::kChildrensSocialCare, "childrens_social_care"},
    {AgencyKind::kPolice, "police"},
    {AgencyKind::kHealthCommissioner, "health_commissioner"},
    {AgencyKind::kHealthProvider, "health_provider"},
    {AgencyKind::kEducation, "education"},
    {AgencyKind::kEarlyYears, "early_years"},
    {AgencyKind::kProbation, "probation"},
    {AgencyKind::kYouthJustice, "youth_justice"},
    {AgencyKind::kHousing, "housing"},
    {AgencyKind::kAdultSocialCare, "adult_social_care"},
    {AgencyKind::kVoluntary, "voluntary"},
    {AgencyKind::kOther, "other"},
}}};

// What the partnership decided about a case. Every outcome but kNoReview is
// also the type of the review it opens: rapid review (WT2023), local child
// safeguarding practice review, serious case review (pre-2019), safeguarding
// adults review (Care Act 2014 s44), domestic homicide review (DVCVA 2004 s9),
// child practice review and single unified safeguarding review (Wales),
// learning review (Scotland), case management review (Northern Ireland), and
// a non-statutory partnership or learning review.
enum class DecisionOutcome {
  kRapidReview,
  kLcspr,
  kScr,
  kSar,
  kDhr,
  kCpr,
  kSusr,
  kLearningReview,
  kCmr,
  kPartnershipReview,
  kNoReview,
};

inline constexpr EnumNames<DecisionOutcome, 11> kDecisionOutcomes{{{
    {DecisionOutcome::kRapidReview, "rapid_review"},
    {DecisionOutcome::kLcspr, "lcspr"},
    {DecisionOutcome::kScr, "scr"},
    {DecisionOutcome::kSar, "sar"},
    {DecisionOutcome::kDhr, "dhr"},
    {DecisionOutcome::kCpr, "cpr"},
    {DecisionOutcome::kSusr, "susr"},
    {DecisionOutcome::kLearningReview, "learning_review"},
    {DecisionOutcome::kCmr, "cmr"},
    {DecisionOutcome::kPartnershipReview, "partnership_review"},
    {DecisionOutcome::kNoReview, "no_review"},
}}};

// Who a recommendation asks to act.
enum class RecommendationTarget { kAgency, kPartnership, kNational };

inline constexpr EnumNames<RecommendationTarget, 3> kRecommendationTargets{{{
    {RecommendationTarget::kAgency, "agency"},
    {RecommendationTarget::kPartnership, "partnership"},
    {RecommendationTarget::kNational, "national"},
}}};

enum class ActionStatus { kNotStarted, kInProgress, kCompleted, kCancelled };

inline constexpr EnumNames<ActionStatus, 4> kActionStatuses{{{
    {ActionStatus::kNotStarted, "not_started"},
    {ActionStatus::kInProgress, "in_progress"},
    {ActionStatus::kCompleted, "completed"},
    {ActionStatus::kCancelled, "cancelled"},
}}};

// Open actions still need doing: closing a review waits for them.
constexpr bool IsOpen(ActionStatus status) {
  return status == ActionStatus::kNotStarted || status == ActionStatus::kInProgress;
}

enum class DocumentKind {
  kReferralForm,
  kTermsOfReference,
  kAgencyReport,
  kChronology,
  kDraftReport,
  kFinalReport,
  kExecutiveSummary,
  kTranslation,
  kBriefing,
  kProgressReport,
  kOther,
};

inline constexpr EnumNames<DocumentKind, 11> kDocumentKinds{{{
    {DocumentKind::kReferralForm, "referral_form"},
    {DocumentKind::kTermsOfReference, "terms_of_reference"},
    {DocumentKind::kAgencyReport, "agency_report"},
    {DocumentKind::kChronology, "chronology"},
    {DocumentKind::kDraftReport, "draft_report"},
    {DocumentKind::kFinalReport, "final_report"},
    {DocumentKind::kExecutiveSummary, "executive_summary"},
    {DocumentKind::kTranslation, "translation"},
    {DocumentKind::kBriefing, "briefing"},
    {DocumentKind::kProgressReport, "progress_report"},
    {DocumentKind::kOther, "other"},
}}};

// What happened with a family member (DOMAIN.md 5, marker 12; 8, commissioning).
enum class FamilyEvent { kInvited, kDeclined, kMet, kInformedOfFindings };

inline constexpr EnumNames<FamilyEvent, 4> kFamilyEvents{{{
    {FamilyEvent::kInvited, "invited"},
    {FamilyEvent::kDeclined, "declined"},
    {FamilyEvent::kMet, "met"},
    {FamilyEvent::kInformedOfFindings, "informed_of_findings"},
}}};

// How practitioners took part (DOMAIN.md 8, information gathering).
enum class PractitionerEventKind { kLearningEvent, kConversation, kFeedback };

inline constexpr EnumNames<PractitionerEventKind, 3> kPractitionerEventKinds{{{
    {PractitionerEventKind::kLearningEvent, "learning_event"},
    {PractitionerEventKind::kConversation, "conversation"},
    {PractitionerEventKind::kFeedback, "feedback"},
}}};

// How a user is assigned to a review.
enum class MemberRole { kMember, kReviewer };

inline constexpr EnumNames<MemberRole, 2> kMemberRoles{{{
    {MemberRole::kMember, "member"},
    {MemberRole::kReviewer, "reviewer"},
}}};

}  // namespace casereview
