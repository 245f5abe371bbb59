#include "core/records/action_progress.h"

namespace casereview {

Result<void> CheckProgress(std::string_view note, std::optional<ActionStatus> status,
                           std::optional<ActionStatus> current) {
  constexpr std::string_view kMessage = "the progress update is not valid";
  if (!note.empty()) return {};
  if (!status) return Invalid(kMessage, "note", "give a note or a new status");
  if (current && *status == *current) {
    return Invalid(kMessage, "status", "is the action's status already: add a note");
  }
  return {};
}

}  // namespace casereview
