// A review's stages, in order, and the guard rails on moving between them
// (DOMAIN.md section 8: referral, rapid review, decision, commissioning,
// information gathering, analysis and drafting, quality assurance, sign-off,
// publication, monitoring of the action plan). A review may be paused for
// parallel proceedings (a criminal trial, an inquest: WT2023 ch. 5 asks the
// partners to tell the Panel why publication is delayed); resuming returns it
// to the stage it left.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/enum_names.h"
#include "core/error.h"
#include "core/records/case_records.h"

namespace casereview {

enum class Stage {
  kReferral,
  kRapidReview,
  kDecision,
  kCommissioning,
  kInformationGathering,
  kAnalysis,
  kDrafting,
  kQualityAssurance,
  kSignOff,
  kPublication,
  kMonitoring,
  kClosed,
  kPaused,  // not in the order: a review leaves any open stage for it and comes back
};

inline constexpr EnumNames<Stage, 13> kStages{{{
    {Stage::kReferral, "referral"},
    {Stage::kRapidReview, "rapid_review"},
    {Stage::kDecision, "decision"},
    {Stage::kCommissioning, "commissioning"},
    {Stage::kInformationGathering, "information_gathering"},
    {Stage::kAnalysis, "analysis"},
    {Stage::kDrafting, "drafting"},
    {Stage::kQualityAssurance, "quality_assurance"},
    {Stage::kSignOff, "sign_off"},
    {Stage::kPublication, "publication"},
    {Stage::kMonitoring, "monitoring"},
    {Stage::kClosed, "closed"},
    {Stage::kPaused, "paused"},
}}};

// What the guard rails need to know about a review.
struct StageFacts {
  Stage stage = Stage::kReferral;
  std::optional<Stage> paused_from;         // set exactly when stage is kPaused
  std::optional<DecisionOutcome> decision;  // the latest decision's outcome
  bool has_terms_of_reference = false;      // scope period and lines of enquiry agreed
  bool has_reviewer = false;                // at least one reviewer appointed
  bool has_final_report = false;            // a final_report document with a version
  bool has_sign_off = false;                // a partner signed off the latest final report
  bool rapid_review_required = false;       // a child in England (WT2023 ch. 5)
  int open_actions = 0;                     // not started or in progress
};

// A requested change of stage. `reason` is required to pause and to go back.
struct StageChange {
  Stage to = Stage::kReferral;
  std::string reason;
};

// Whether `change` may happen now. kConflict, with a message that says what is
// missing, when a guard rail refuses it:
//   - forward moves go to the next stage, but for the skips the guidance allows
//     (docs/domain/case-records.md): referral straight to decision where no
//     rapid review is required, and decision straight to closed after a
//     decision not to review;
//   - no commissioning (or any later stage but closed) without a decision to review;
//   - no information gathering (or later) without terms of reference and a reviewer;
//   - no sign-off (or later) without a final report;
//   - no publication, forwards or back, without a partner's sign-off of the
//     latest final report (resuming a pause is not checked: it only returns);
//   - closing only from monitoring, with no action open (or from decision, as above);
//   - a paused review only resumes, to the stage it left; a closed one is final;
//   - pausing and going back need a reason.
// kInvalid when the reason is over 2,000 characters.
Result<void> CheckStageChange(const StageFacts& facts, const StageChange& change);

// The stage that follows `stage` in the order (kClosed follows kMonitoring and
// itself; kPaused has none and answers kPaused).
Stage NextStage(Stage stage);

// The stage as a user reads it: "information gathering", "sign-off".
std::string_view StageInWords(Stage stage);

// The stage a review is at for ordering: a paused review counts at the stage it left.
Stage EffectiveStage(const StageFacts& facts);

}  // namespace casereview
