// The statutory assessment: given the facts of an incident, which notifications
// and reviews the law and guidance require, how strongly, on what basis, for
// which reasons, and by when. Decision support: the partnership decides.
// The rules and their sources are tabulated in docs/domain/rules.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/statutory/incident.h"
#include "core/time/civil_date.h"

namespace casereview {

// How strongly an obligation binds.
enum class Level {
  kMust,      // a legal duty, or guidance that says "must" or "should always"
  kShould,    // an expectation of statutory guidance
  kConsider,  // the guidance asks the partnership to consider it
  kMay,       // a power the partnership may use
};

std::string_view LevelName(Level level);

// Obligation identifiers, in the order an assessment lists them.
enum class ObligationId {
  kNotifyPanel,
  kNotifyOfsted,
  kNotifySecretaryOfState,
  kRapidReview,
  kLcspr,
  kNationalReviewReferral,
  kScr,
  kNotifiableIncident,
  kCprConcise,
  kCprExtended,
  kApr,
  kSusr,
  kLearningReview,
  kSignificantCaseReview,
  kCmr,
  kSar,
  kDhr,
  kChildDeathReview,
  kJointAgencyResponse,
};

// The stable wire name, e.g. "notify_panel".
std::string_view ObligationName(ObligationId id);

struct Obligation {
  ObligationId id;
  Level level;
  std::string_view basis;                 // the statute or guidance it comes from
  std::vector<std::string_view> reasons;  // the facts that triggered it, in plain words
  std::optional<CivilDate> due;           // set when the facts fix the date
  std::optional<std::string_view> clock;  // the timescale in words, when there is one
};

struct Assessment {
  std::optional<std::string_view> framework;  // e.g. "england-wt2023"; none when not covered
  std::string_view framework_title;
  std::vector<Obligation> obligations;  // in ObligationId order, each id at most once
  std::vector<std::string_view> prompts;
  std::vector<std::string_view> notes;  // the first always says the partnership decides
};

// Assesses a validated incident (ValidateIncident returned no errors). Pure and
// fast: no I/O, no clock; due dates use the calendar of the incident's nation.
Assessment Assess(const Incident& incident);

}  // namespace casereview
