#include "core/statutory/review_stage.h"

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

Stage NextStage(Stage stage) {
  if (stage == Stage::kPaused || stage == Stage::kClosed) return stage;
  return static_cast<Stage>(Position(stage) + 1);
}

std::string_view StageInWords(Stage stage) {
  switch (stage) {
    case Stage::kReferral:
      return "referral";
    case Stage::kRapidReview:
      return "rapid review";
    case Stage::kDecision:
      return "decision";
    case Stage::kCommissioning:
      return "commissioning";
    case Stage::kInformationGathering:
      return "information gathering";
    case Stage::kAnalysis:
      return "analysis";
    case Stage::kDrafting:
      return "drafting";
    case Stage::kQualityAssurance:
      return "quality assurance";
    case Stage::kSignOff:
      return "sign-off";
    case Stage::kPublication:
      return "publication";
    case Stage::kMonitoring:
      return "monitoring";
    case Stage::kClosed:
      return "closed";
    case Stage::kPaused:
      return "paused";
  }
  return "";
}

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
    if (to == Stage::kPublication && !facts.has_sign_off) {
      return Refuse(
          "the latest final report has not been signed off: return the review to sign-off first");
    }
    return {};
  }
  if (to == Stage::kClosed) {
    if (!facts.decision) return Refuse("record a decision before closing the review");
    if (*facts.decision == DecisionOutcome::kNoReview) {
      // The one skip to the end: nothing follows a decision not to review.
      if (facts.stage != Stage::kDecision) {
        return Refuse(
            "the decision was not to review: return the review to the decision stage to close it");
      }
      return {};
    }
    if (facts.stage != Stage::kMonitoring) {
      return Refuse(fmt::format(
          "a review closes from the monitoring stage, once its action plan is done; this one is "
          "at {}",
          StageInWords(facts.stage)));
    }
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
  if (to == Stage::kPublication && !facts.has_sign_off) {
    return Refuse("a safeguarding partner must sign off the final report before publication");
  }
  // No stage is skipped but where the guidance has nothing for it to do.
  const bool skips_rapid_review =
      facts.stage == Stage::kReferral && to == Stage::kDecision && !facts.rapid_review_required;
  if (facts.stage == Stage::kReferral && to == Stage::kDecision && !skips_rapid_review) {
    return Refuse(
        "a serious incident about a child in England has a rapid review before the decision "
        "(Working Together 2023, chapter 5): move the review to rapid review first");
  }
  if (to != NextStage(facts.stage) && !skips_rapid_review) {
    return Refuse(
        fmt::format("move the review to {} first: a review goes through every stage in turn",
                    StageInWords(NextStage(facts.stage))));
  }
  return {};
}

}  // namespace casereview
