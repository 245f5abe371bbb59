#include "app/actions/rag_condition.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <chrono>

namespace casereview::app {

std::string RagCondition(Rag rag, CivilDate today, const RagThresholds& thresholds,
                         std::vector<db::Value>& params) {
  // Band i selects what it matches and no earlier band does (first match wins).
  // Only bands up to the last of `rag` (every band, for green) are bound: a
  // statement's parameters must all be used.
  const auto bands = RagBands(thresholds);
  std::size_t needed = rag == Rag::kGreen ? bands.size() : 0;
  for (std::size_t i = 0; i < bands.size(); ++i) {
    if (bands[i].rag == rag) needed = i + 1;
  }
  std::vector<std::string> matches;
  std::vector<std::string> selected;
  for (std::size_t i = 0; i < needed; ++i) {
    const RagBand& band = bands[i];
    params.emplace_back(std::string(kActionStatuses.Name(band.status)));
    const std::size_t status = params.size();
    params.emplace_back(FormatCivilDate(
        CivilDate{std::chrono::sys_days{today} + std::chrono::days{band.days_ahead}}));
    std::string match = fmt::format("(a.status = ${} AND a.due_on <= ${})", status, params.size());
    if (band.rag == rag) {
      selected.push_back(matches.empty()
                             ? match
                             : fmt::format("({} AND NOT ({}))", match, fmt::join(matches, " OR ")));
    }
    matches.push_back(std::move(match));
  }
  if (rag == Rag::kGreen) return fmt::format("NOT ({})", fmt::join(matches, " OR "));
  if (selected.empty()) return "(1 = 0)";
  return fmt::format("({})", fmt::join(selected, " OR "));
}

}  // namespace casereview::app
