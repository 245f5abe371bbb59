#include "core/statutory/assessment_builder.h"

#include <algorithm>

namespace casereview {

AssessmentBuilder::AssessmentBuilder(const Incident& incident)
    : incident_(incident), calendar_(CalendarFor(JurisdictionOf(incident.nation))) {}

Obligation* AssessmentBuilder::Find(ObligationId id) {
  for (auto& obligation : assessment_.obligations) {
    if (obligation.id == id) return &obligation;
  }
  return nullptr;
}

bool AssessmentBuilder::Has(ObligationId id) const {
  return std::any_of(assessment_.obligations.begin(), assessment_.obligations.end(),
                     [id](const Obligation& obligation) { return obligation.id == id; });
}

Obligation& AssessmentBuilder::Add(ObligationId id, Level level, std::string_view basis,
                                   std::initializer_list<std::string_view> reasons) {
  Obligation* obligation = Find(id);
  if (obligation == nullptr) {
    obligation = &assessment_.obligations.emplace_back(Obligation{id, level, basis, {}, {}, {}});
  } else if (level < obligation->level) {  // Level orders strongest first
    obligation->level = level;
  }
  for (const auto reason : reasons) AddReason(id, reason);
  return *obligation;
}

void AssessmentBuilder::AddReason(ObligationId id, std::string_view reason) {
  Obligation* obligation = Find(id);
  if (obligation == nullptr) return;
  auto& reasons = obligation->reasons;
  if (std::find(reasons.begin(), reasons.end(), reason) == reasons.end()) {
    reasons.push_back(reason);
  }
}

void AssessmentBuilder::DueAfterWorkingDays(ObligationId id, CivilDate from, int working_days,
                                            std::string_view clock) {
  Obligation* obligation = Find(id);
  if (obligation == nullptr) return;
  obligation->clock = clock;
  if (auto due = calendar_.AddWorkingDays(from, working_days)) obligation->due = *due;
}

void AssessmentBuilder::SetClock(ObligationId id, std::string_view clock) {
  if (Obligation* obligation = Find(id)) obligation->clock = clock;
}

void AssessmentBuilder::SetFramework(std::optional<std::string_view> framework,
                                     std::string_view title) {
  assessment_.framework = framework;
  assessment_.framework_title = title;
}

Assessment AssessmentBuilder::Finish() && {
  std::sort(assessment_.obligations.begin(), assessment_.obligations.end(),
            [](const Obligation& a, const Obligation& b) { return a.id < b.id; });
  return std::move(assessment_);
}

}  // namespace casereview
