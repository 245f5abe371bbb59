// The 18 SCR quality markers of the SCIE/NSPCC Learning into Practice Project
// (2016), in three groups: setting up the review (1-5), running it (6-13), and
// its outputs and outcomes (14-18). DOMAIN.md section 5.
#pragma once

#include <array>
#include <string_view>

#include "core/enum_names.h"

namespace casereview {

enum class QualityRating { kMet, kPartlyMet, kNotMet, kNotApplicable };

inline constexpr EnumNames<QualityRating, 4> kQualityRatings{{{
    {QualityRating::kMet, "met"},
    {QualityRating::kPartlyMet, "partly_met"},
    {QualityRating::kNotMet, "not_met"},
    {QualityRating::kNotApplicable, "not_applicable"},
}}};

struct QualityMarker {
  int number;                  // 1..18
  std::string_view group;      // "setting_up", "running", "outputs"
  std::string_view title;      // e.g. "Referral"
  std::string_view statement;  // the quality statement, in brief
};

inline constexpr std::array<QualityMarker, 18> kQualityMarkers = {{
    {1, "setting_up", "Referral", "The case is referred promptly, with a sound reason."},
    {2, "setting_up", "Decision making",
     "Whether to review, and how, weighs the case and the local context; the rationale is "
     "clear, defensible and timely."},
    {3, "setting_up", "Advising board members",
     "Decisions and outcomes are open to all board members."},
    {4, "setting_up", "Informing the family",
     "Relatives are told the purpose, method and limits of the review, with respect."},
    {5, "setting_up", "Clarity of purpose",
     "The aim of organisational learning and improvement is stated from the start."},
    {6, "running", "Commissioning",
     "Form and focus are set proportionately, with board input and the lead reviewer."},
    {7, "running", "Governance", "The review is independent while the board owns the findings."},
    {8, "running", "Review management", "The review runs smoothly, on time and on budget."},
    {9, "running", "Parallel processes",
     "Duplication, prejudice to trials, delay and confusion are minimised."},
    {10, "running", "Assembling information",
     "Enough information to analyse the case against normal practice and organisational "
     "factors."},
    {11, "running", "Practitioner involvement",
     "Staff and managers have a constructive experience of taking part."},
    {12, "running", "Family involvement",
     "Family members' knowledge and experience inform the review."},
    {13, "running", "Analysis",
     "Transparent and rigorous; explains why practice happened; limits hindsight and outcome "
     "bias."},
    {14, "outputs", "The report",
     "Sets out the analysis and findings with minimal family detail; findings rest on the "
     "evidence."},
    {15, "outputs", "Improvement action",
     "Agreed actions come from informed multi-agency discussion."},
    {16, "outputs", "Board written response",
     "A concise, publishable statement of what will be done."},
    {17, "outputs", "Publication",
     "Whether, when and how to publish is decided with sensitivity to the impact."},
    {18, "outputs", "Implementation and evaluation",
     "Learning is built into the business plan and actions are monitored for real improvement."},
}};

}  // namespace casereview
