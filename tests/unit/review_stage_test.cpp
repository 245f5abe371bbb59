// The stage guard rails of core/review_stage.h.
#include "core/review_stage.h"

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

TEST(StageRules, EveryStageHasAWireName) {
  for (const auto& [stage, name] : kStages.entries()) {
    EXPECT_EQ(kStages.Parse(name), stage);
    EXPECT_FALSE(name.empty());
  }
  EXPECT_EQ(kStages.Parse("Referral"), std::nullopt);
}

}  // namespace
}  // namespace casereview
