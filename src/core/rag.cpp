#include "core/rag.h"

#include <chrono>

namespace casereview {

int DaysBetween(CivilDate from, CivilDate to) {
  return static_cast<int>((std::chrono::sys_days(to) - std::chrono::sys_days(from)).count());
}

Rag ComputeRag(ActionStatus status, CivilDate due, CivilDate today,
               const RagThresholds& thresholds) {
  if (!IsOpen(status)) return Rag::kGreen;
  const int days_left = DaysBetween(today, due);
  if (days_left < 0) return Rag::kRed;
  if (status == ActionStatus::kNotStarted && days_left <= thresholds.red_days) return Rag::kRed;
  if (status == ActionStatus::kInProgress && days_left <= thresholds.amber_days) return Rag::kAmber;
  return Rag::kGreen;
}

}  // namespace casereview
