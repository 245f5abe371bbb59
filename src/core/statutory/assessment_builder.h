// Internal to the assessment: collects obligations as rule sets fire, merging
// repeated triggers of one obligation into one entry.
#pragma once

#include <initializer_list>

#include "core/statutory/assessment.h"
#include "core/time/calendar.h"

namespace casereview {

class AssessmentBuilder {
 public:
  explicit AssessmentBuilder(const Incident& incident);

  const Incident& incident() const { return incident_; }
  // The calendar of the incident's nation (England and Wales share one).
  const WorkingDayCalendar& calendar() const { return calendar_; }

  // Adds the obligation, or strengthens an existing one to `level` and adds the
  // reasons it lacks. The first basis given for an id is kept.
  Obligation& Add(ObligationId id, Level level, std::string_view basis,
                  std::initializer_list<std::string_view> reasons);
  void AddReason(ObligationId id, std::string_view reason);
  bool Has(ObligationId id) const;

  // Sets the clock and the due date `working_days` after `from`; the date stays
  // unset when it would fall outside the calendar's years.
  void DueAfterWorkingDays(ObligationId id, CivilDate from, int working_days,
                           std::string_view clock);
  void SetClock(ObligationId id, std::string_view clock);

  void Prompt(std::string_view prompt) { assessment_.prompts.push_back(prompt); }
  void Note(std::string_view note) { assessment_.notes.push_back(note); }
  void SetFramework(std::optional<std::string_view> framework, std::string_view title);

  // The assessment, obligations in ObligationId order.
  Assessment Finish() &&;

 private:
  Obligation* Find(ObligationId id);

  const Incident& incident_;
  const WorkingDayCalendar& calendar_;
  Assessment assessment_;
};

}  // namespace casereview
