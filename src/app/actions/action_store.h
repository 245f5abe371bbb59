// Internal to app/actions: the stored form of action plans (columns, reading
// rows, the caller's scope of actions) shared by its use cases. Not for use
// outside the folder.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/actions/action_plans.h"
#include "app/identity/principal.h"
#include "app/reviews/case_access.h"
#include "core/error.h"
#include "core/records/rag.h"
#include "core/time/civil_date.h"
#include "db/database.h"
#include "db/rows.h"

namespace casereview::app::action_store {

std::string StatusName(ActionStatus status);

// The actions `principal` may see, as a SQL condition on the action `a` and
// its review `r` with its parameters (numbered from $1): those of the reviews
// they see, confined to their agency when they are an agency lead.
struct ActionScope {
  std::string condition;
  std::vector<db::Value> params;
  std::optional<std::int64_t> confined_to;
};
ActionScope ScopeOf(const Principal& principal);

// The columns ReadAction reads, on the action aliased `a`.
extern const std::string_view kActionColumns;
Action ReadAction(db::RowReader& row, CivilDate today, const RagThresholds& thresholds);

// Action `action_id` as stored, with its RAG on `today`; kNotFound when none.
Result<Action> LoadAction(db::Connection& connection, std::int64_t action_id, CivilDate today,
                          const RagThresholds& thresholds);

// The partnership's settings; the defaults when it has set none.
Result<PartnershipSettings> LoadSettings(db::Connection& connection, std::int64_t partnership_id);

// kInvalid naming `field` unless `agency_id` is an agency of the caller's partnership.
Result<void> CheckAgency(db::Connection& connection, const Principal& principal,
                         std::int64_t agency_id, std::string_view message, std::string_view field);

// The action `action_id` as the caller sees it, with the review it belongs
// to; kNotFound when the action is invisible to them (another agency's, for
// an agency lead; one of a review they cannot see).
Result<Action> LoadVisibleAction(db::Connection& connection, const Principal& principal,
                                 std::int64_t action_id, CivilDate today);

// The actions of review `review_id` the caller may see, by recommendation
// number and id.
Result<std::vector<Action>> ActionsOfReview(db::Connection& connection, const Principal& principal,
                                            std::int64_t review_id, CivilDate today);

// Action `action_id`'s progress log, oldest first.
Result<std::vector<ActionUpdate>> UpdatesOf(db::Connection& connection, std::int64_t action_id);
Result<ActionUpdate> AppendUpdate(db::Connection& connection, const ActionUpdate& update);

}  // namespace casereview::app::action_store
