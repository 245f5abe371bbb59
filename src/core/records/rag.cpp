#include "core/records/rag.h"

#include <algorithm>
#include <chrono>

namespace casereview {

int DaysBetween(CivilDate from, CivilDate to) {
  return static_cast<int>((std::chrono::sys_days(to) - std::chrono::sys_days(from)).count());
}

std::array<RagBand, 3> RagBands(const RagThresholds& thresholds) {
  return {{
      {ActionStatus::kNotStarted, std::max(thresholds.red_days, -1), Rag::kRed},
      {ActionStatus::kInProgress, -1, Rag::kRed},
      {ActionStatus::kInProgress, thresholds.amber_days, Rag::kAmber},
  }};
}

Rag ComputeRag(ActionStatus status, CivilDate due, CivilDate today,
               const RagThresholds& thresholds) {
  const int days_left = DaysBetween(today, due);
  for (const RagBand& band : RagBands(thresholds)) {
    if (band.status == status && days_left <= band.days_ahead) return band.rag;
  }
  return Rag::kGreen;
}

}  // namespace casereview
