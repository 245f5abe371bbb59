// What a report of progress on an action must say (DOMAIN.md 8, monitoring):
// a note, a change of the action's status, or both. The one rule, for the
// API, the use case and the importers to come.
#pragma once

#include <optional>
#include <string_view>

#include "core/error.h"
#include "core/records/case_records.h"

namespace casereview {

// kInvalid naming "note" when the report has neither a note nor a status;
// naming "status" when the status is the action's own already (`current`,
// when known) and there is no note to go with it.
Result<void> CheckProgress(std::string_view note, std::optional<ActionStatus> status,
                           std::optional<ActionStatus> current = std::nullopt);

}  // namespace casereview
