#include "core/review_stage.h"

#include <fmt/format.h>

namespace casereview {
namespace {

constexpr std::size_t kMaxReasonLength = 2000;

int Position(Stage stage) { return static_cast<int>(stage); }

std::unexpected<Error> Refuse(std::string message) {
  return Fail(ErrorCode::kConflict, std::move(message));
}

bool Reached(Stage target, Stage threshold) { return Position(target) >= Position(threshold); }

}  // namespace

Stage EffectiveStage(const StageFacts& facts) {
  return facts.stage == Stage::kPaused ? facts.paused_from.value_or(Stage::kReferral) : facts.stage;
}

Result<void> CheckStageChange(const StageFacts& facts, const StageChange& change) {
  if (change.reason.size() > kMaxReasonLength) {
    return std::unexpected(Error{ErrorCode::kInvalid,
                                 "the stage change is not valid",
                                 {{"reason", "must be at most 2000 characters"}}});
  }
  const bool has_reason = change.reason.find_first_not_of(" \t\r\n") != std::string::npos;
  const Stage to = change.to;
  if (facts.stage == Stage::kClosed)
    return Refuse("the review is closed; a closed review is final");
  if (to == facts.stage) {
    return Refuse(fmt::format("the review is already at the {} stage", kStages.Name(to)));
  }
  if (facts.stage == Stage::kPaused) {
    const Stage left = facts.paused_from.value_or(Stage::kReferral);
    if (to != left) {
      return Refuse(fmt::format("the review is paused: it resumes at the {} stage it left",
                                kStages.Name(left)));
    }
    return {};
  }
  if (to == Stage::kPaused) {
    if (!has_reason) return Refuse("give the reason for pausing (e.g. the parallel proceedings)");
    return {};
  }
  const bool backwards = Position(to) < Position(facts.stage);
  if (backwards) {
    if (!has_reason) {
      return Refuse(
          fmt::format("give a reason for returning the review to the {} stage", kStages.Name(to)));
    }
    return {};
  }
  if (to == Stage::kClosed) {
    if (!facts.decision) return Refuse("record a decision before closing the review");
    if (facts.open_actions > 0) {
      return Refuse(fmt::format("{} action{} still open: complete or cancel {} before closing",
                                facts.open_actions, facts.open_actions == 1 ? " is" : "s are",
                                facts.open_actions == 1 ? "it" : "them"));
    }
    return {};
  }
  if (Reached(to, Stage::kCommissioning)) {
    if (!facts.decision) return Refuse("record a decision before commissioning the review");
    if (*facts.decision == DecisionOutcome::kNoReview) {
      return Refuse("the decision was not to review: close the case instead");
    }
  }
  if (Reached(to, Stage::kInformationGathering)) {
    if (!facts.has_terms_of_reference && !facts.has_reviewer) {
      return Refuse(
          "agree the terms of reference and appoint a reviewer before information gathering");
    }
    if (!facts.has_terms_of_reference) {
      return Refuse("agree the terms of reference before information gathering");
    }
    if (!facts.has_reviewer) return Refuse("appoint a reviewer before information gathering");
  }
  if (Reached(to, Stage::kSignOff) && !facts.has_final_report) {
    return Refuse("upload the final report before sign-off");
  }
  return {};
}

}  // namespace casereview
