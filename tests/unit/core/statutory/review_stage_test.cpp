// The stage guard rails of core/statutory/review_stage.h.
#include "core/statutory/review_stage.h"

#include <gtest/gtest.h>

namespace casereview {
namespace {

StageFacts At(Stage stage) {
  StageFacts facts;
  facts.stage = stage;
  return facts;
}

// The refusal's message, or "" when the change is allowed.
std::string Refusal(const StageFacts& facts, Stage to, std::string reason = "") {
  auto checked = CheckStageChange(facts, {to, std::move(reason)});
  if (checked) return "";
  EXPECT_EQ(checked.error().code, ErrorCode::kConflict) << checked.error().message;
  return checked.error().message;
}

TEST(StageRules, CommissioningNeedsADecisionToReview) {
  StageFacts facts = At(Stage::kDecision);
  EXPECT_EQ(Refusal(facts, Stage::kCommissioning),
            "record a decision before commissioning the review");
  facts.decision = DecisionOutcome::kNoReview;
  EXPECT_EQ(Refusal(facts, Stage::kCommissioning),
            "the decision was not to review: close the case instead");
  EXPECT_EQ(Refusal(facts, Stage::kClosed), "");
  facts.decision = DecisionOutcome::kLcspr;
  EXPECT_EQ(Refusal(facts, Stage::kCommissioning), "");
}

TEST(StageRules, InformationGatheringNeedsTermsAndAReviewer) {
  StageFacts facts = At(Stage::kCommissioning);
  facts.decision = DecisionOutcome::kLcspr;
  EXPECT_NE(Refusal(facts, Stage::kInformationGathering).find("terms of reference and appoint"),
            std::string::npos);
  facts.has_terms_of_reference = true;
  EXPECT_EQ(Refusal(facts, Stage::kInformationGathering),
            "appoint a reviewer before information gathering");
  facts.has_reviewer = true;
  EXPECT_EQ(Refusal(facts, Stage::kInformationGathering), "");
  // Skipping ahead does not skip the guard rails.
  facts.has_reviewer = false;
  EXPECT_NE(Refusal(facts, Stage::kDrafting), "");
}

TEST(StageRules, SignOffNeedsAFinalReport) {
  StageFacts facts = At(Stage::kQualityAssurance);
  facts.decision = DecisionOutcome::kSar;
  facts.has_terms_of_reference = facts.has_reviewer = true;
  EXPECT_EQ(Refusal(facts, Stage::kSignOff), "upload the final report before sign-off");
  EXPECT_NE(Refusal(facts, Stage::kPublication), "");
  facts.has_final_report = true;
  EXPECT_EQ(Refusal(facts, Stage::kSignOff), "");
}

TEST(StageRules, ClosingWaitsForOpenActions) {
  StageFacts facts = At(Stage::kMonitoring);
  EXPECT_EQ(Refusal(facts, Stage::kClosed), "record a decision before closing the review");
  facts.decision = DecisionOutcome::kLcspr;
  facts.open_actions = 2;
  EXPECT_EQ(Refusal(facts, Stage::kClosed),
            "2 actions are still open: complete or cancel them before closing");
  facts.open_actions = 0;
  EXPECT_EQ(Refusal(facts, Stage::kClosed), "");
  EXPECT_EQ(Refusal(At(Stage::kClosed), Stage::kMonitoring),
            "the review is closed; a closed review is final");
}

// Issue 12, finding 5: a review jumped from any stage straight to closed.
TEST(StageRules, AReviewClosesOnlyFromMonitoringOrAfterADecisionNotToReview) {
  for (const Stage stage : {Stage::kReferral, Stage::kDecision, Stage::kCommissioning,
                            Stage::kDrafting, Stage::kSignOff, Stage::kPublication}) {
    StageFacts facts = At(stage);
    facts.decision = DecisionOutcome::kLcspr;
    facts.has_terms_of_reference = facts.has_reviewer = facts.has_final_report = true;
    facts.has_sign_off = true;
    EXPECT_NE(Refusal(facts, Stage::kClosed).find("closes from the monitoring stage"),
              std::string::npos)
        << kStages.Name(stage);
  }
  StageFacts no_review = At(Stage::kRapidReview);
  no_review.decision = DecisionOutcome::kNoReview;
  EXPECT_EQ(Refusal(no_review, Stage::kClosed),
            "the decision was not to review: return the review to the decision stage to close it");
  no_review.stage = Stage::kDecision;
  EXPECT_EQ(Refusal(no_review, Stage::kClosed), "");
}

TEST(StageRules, PublicationNeedsAPartnersSignOff) {
  StageFacts facts = At(Stage::kSignOff);
  facts.decision = DecisionOutcome::kLcspr;
  facts.has_terms_of_reference = facts.has_reviewer = facts.has_final_report = true;
  EXPECT_EQ(Refusal(facts, Stage::kPublication),
            "a safeguarding partner must sign off the final report before publication");
  facts.has_sign_off = true;
  EXPECT_EQ(Refusal(facts, Stage::kPublication), "");
  // Back from monitoring to publication: a report replaced since is signed first.
  facts.stage = Stage::kMonitoring;
  facts.has_sign_off = false;
  EXPECT_EQ(Refusal(facts, Stage::kPublication, "Corrected report"),
            "the latest final report has not been signed off: return the review to sign-off first");
  EXPECT_EQ(Refusal(facts, Stage::kSignOff, "Corrected report"), "");
}

TEST(StageRules, ForwardMovesTakeEveryStageInTurn) {
  StageFacts facts = At(Stage::kCommissioning);
  facts.decision = DecisionOutcome::kLcspr;
  facts.has_terms_of_reference = facts.has_reviewer = facts.has_final_report = true;
  facts.has_sign_off = true;
  EXPECT_EQ(Refusal(facts, Stage::kAnalysis),
            "move the review to information gathering first: a review goes through every stage "
            "in turn");
  EXPECT_NE(Refusal(facts, Stage::kMonitoring), "");
  EXPECT_EQ(Refusal(facts, Stage::kInformationGathering), "");
  facts.stage = Stage::kQualityAssurance;
  EXPECT_NE(Refusal(facts, Stage::kPublication).find("move the review to sign-off first"),
            std::string::npos);
}

TEST(StageRules, OnlyAChildInEnglandMustHaveARapidReview) {
  StageFacts facts = At(Stage::kReferral);
  facts.rapid_review_required = true;
  EXPECT_NE(Refusal(facts, Stage::kDecision).find("Working Together 2023, chapter 5"),
            std::string::npos);
  EXPECT_EQ(Refusal(facts, Stage::kRapidReview), "");
  facts.rapid_review_required = false;  // an adult, or Wales, Scotland, Northern Ireland
  EXPECT_EQ(Refusal(facts, Stage::kDecision), "");
  EXPECT_EQ(Refusal(facts, Stage::kRapidReview), "") << "a local rapid review is still allowed";
  EXPECT_NE(Refusal(facts, Stage::kCommissioning), "");
}

TEST(StageRules, PausingNeedsAReasonAndResumesWhereItLeft) {
  StageFacts facts = At(Stage::kAnalysis);
  EXPECT_NE(Refusal(facts, Stage::kPaused), "");
  EXPECT_NE(Refusal(facts, Stage::kPaused, "   "), "") << "white space is no reason";
  EXPECT_EQ(Refusal(facts, Stage::kPaused, "Inquest (fictional)"), "");
  facts.stage = Stage::kPaused;
  facts.paused_from = Stage::kAnalysis;
  EXPECT_EQ(EffectiveStage(facts), Stage::kAnalysis);
  EXPECT_EQ(Refusal(facts, Stage::kDrafting),
            "the review is paused: it resumes at the analysis stage it left");
  EXPECT_EQ(Refusal(facts, Stage::kAnalysis), "");
}

TEST(StageRules, GoingBackNeedsAReason) {
  StageFacts facts = At(Stage::kQualityAssurance);
  EXPECT_EQ(Refusal(facts, Stage::kDrafting),
            "give a reason for returning the review to the drafting stage");
  EXPECT_EQ(Refusal(facts, Stage::kDrafting, "Panel asked for a fuller analysis"), "");
  EXPECT_EQ(Refusal(facts, Stage::kQualityAssurance),
            "the review is already at the quality_assurance stage");
  auto long_reason = CheckStageChange(facts, {Stage::kDrafting, std::string(2001, 'x')});
  ASSERT_FALSE(long_reason);
  EXPECT_EQ(long_reason.error().code, ErrorCode::kInvalid);
}

TEST(StageRules, EveryStageHasAWireNameAndWords) {
  for (const auto& [stage, name] : kStages.entries()) {
    EXPECT_EQ(kStages.Parse(name), stage);
    EXPECT_FALSE(name.empty());
    EXPECT_FALSE(StageInWords(stage).empty());
  }
  EXPECT_EQ(kStages.Parse("Referral"), std::nullopt);
}

}  // namespace
}  // namespace casereview
