#include "app/actions/action_store.h"

#include <fmt/format.h>

#include <utility>

#include "app/platform/text_list.h"

namespace casereview::app::action_store {

using db::Value;

std::string StatusName(ActionStatus status) { return std::string(kActionStatuses.Name(status)); }

ActionScope ScopeOf(const Principal& principal) {
  Visibility visibility = VisibleReviews(principal, 1);
  ActionScope scope{std::move(visibility.condition), std::move(visibility.params),
                    ConfinedAgency(principal)};
  if (scope.confined_to) {
    scope.params.emplace_back(*scope.confined_to);
    scope.condition += fmt::format(" AND a.agency_id = ${}", scope.params.size());
  }
  return scope;
}

const std::string_view kActionColumns =
    "a.id, a.recommendation_id, a.review_id, a.agency_id, a.owner, a.description, "
    "a.success_measure, a.due_on, a.status, a.created_at, a.updated_at, a.version, "
    "(SELECT v.pseudonym FROM review v WHERE v.id = a.review_id) AS review_pseudonym";

Action ReadAction(db::RowReader& row, CivilDate today, const RagThresholds& thresholds) {
  Action action;
  action.id = row.Int("id");
  action.recommendation_id = row.Int("recommendation_id");
  action.review_id = row.Int("review_id");
  action.agency_id = row.Int("agency_id");
  action.owner = row.Text("owner");
  action.description = row.Text("description");
  action.success_measure = row.Text("success_measure");
  action.due_on = row.Parsed("due_on", ParseCivilDate);
  action.status = row.Enum("status", kActionStatuses);
  action.created_at = row.Text("created_at");
  action.updated_at = row.Text("updated_at");
  action.version = row.Int("version");
  action.review_pseudonym = row.Text("review_pseudonym");
  action.rag = ComputeRag(action.status, action.due_on, today, thresholds);
  return action;
}

Result<Action> LoadAction(db::Connection& connection, std::int64_t action_id, CivilDate today,
                          const RagThresholds& thresholds) {
  auto action = db::QueryOne(
      connection, fmt::format("SELECT {} FROM action a WHERE a.id = $1", kActionColumns),
      {Value(action_id)}, [&](db::RowReader& row) { return ReadAction(row, today, thresholds); });
  if (!action) return std::unexpected(action.error());
  if (!*action) return Fail(ErrorCode::kNotFound, "there is no such action");
  return std::move(**action);
}

Result<PartnershipSettings> LoadSettings(db::Connection& connection, std::int64_t partnership_id) {
  auto stored =
      db::QueryOne(connection,
                   "SELECT rag_red_days, rag_amber_days, version FROM partnership_setting "
                   "WHERE partnership_id = $1",
                   {Value(partnership_id)}, [&](db::RowReader& row) {
                     PartnershipSettings settings;
                     settings.partnership_id = partnership_id;
                     settings.thresholds.red_days = static_cast<int>(row.Int("rag_red_days"));
                     settings.thresholds.amber_days = static_cast<int>(row.Int("rag_amber_days"));
                     settings.version = row.Int("version");
                     return settings;
                   });
  if (!stored) return std::unexpected(stored.error());
  if (*stored) return std::move(**stored);
  PartnershipSettings defaults;
  defaults.partnership_id = partnership_id;
  return defaults;
}

Result<void> CheckAgency(db::Connection& connection, const Principal& principal,
                         std::int64_t agency_id, std::string_view message, std::string_view field) {
  auto rows = connection.Query("SELECT 1 FROM agency WHERE id = $1 AND partnership_id = $2",
                               {Value(agency_id), Value(principal.partnership_id)});
  if (!rows) return Failure(rows);
  if (rows->empty()) {
    return Invalid(std::string(message), std::string(field),
                   "there is no such agency in the partnership");
  }
  return {};
}

Result<Action> LoadVisibleAction(db::Connection& connection, const Principal& principal,
                                 std::int64_t action_id, CivilDate today) {
  auto settings = LoadSettings(connection, principal.partnership_id);
  if (!settings) return Failure(settings);
  auto action = LoadAction(connection, action_id, today, settings->thresholds);
  if (!action) return action;
  auto access = AccessReview(connection, principal, action->review_id);
  const auto confined = ConfinedAgency(principal);
  if ((!access && access.error().code == ErrorCode::kNotFound) ||
      (confined && *confined != action->agency_id)) {
    return Fail(ErrorCode::kNotFound, "there is no such action");
  }
  if (!access) return Failure(access);
  return action;
}

Result<std::vector<Action>> ActionsOfReview(db::Connection& connection, const Principal& principal,
                                            std::int64_t review_id, CivilDate today) {
  auto settings = LoadSettings(connection, principal.partnership_id);
  if (!settings) return Failure(settings);
  const auto confined = ConfinedAgency(principal);
  std::vector<Value> params{Value(review_id)};
  std::string condition;
  if (confined) {
    params.emplace_back(*confined);
    condition = " AND a.agency_id = $2";
  }
  return db::QueryAll(
      connection,
      fmt::format("SELECT {} FROM action a JOIN recommendation c ON c.id = a.recommendation_id "
                  "WHERE a.review_id = $1{} ORDER BY c.number, a.id",
                  kActionColumns, condition),
      db::Params(params),
      [&](db::RowReader& row) { return ReadAction(row, today, settings->thresholds); });
}

namespace {

constexpr std::string_view kUpdateColumns =
    "id, action_id, note, status_from, status_to, document_id, by_user_id, at";

ActionUpdate ReadUpdate(db::RowReader& row) {
  ActionUpdate update;
  update.id = row.Int("id");
  update.action_id = row.Int("action_id");
  update.note = row.Text("note");
  update.status_from = row.OptionalEnum("status_from", kActionStatuses);
  update.status_to = row.OptionalEnum("status_to", kActionStatuses);
  update.document_id = row.OptionalInt("document_id");
  update.by_user_id = row.OptionalInt("by_user_id");
  update.at = row.Text("at");
  return update;
}

Value StatusValue(const std::optional<ActionStatus>& status) {
  return status ? Value(StatusName(*status)) : Value(nullptr);
}

}  // namespace

Result<std::vector<ActionUpdate>> UpdatesOf(db::Connection& connection, std::int64_t action_id) {
  return db::QueryAll(
      connection,
      fmt::format("SELECT {} FROM action_update WHERE action_id = $1 ORDER BY id", kUpdateColumns),
      {Value(action_id)}, ReadUpdate);
}

Result<ActionUpdate> AppendUpdate(db::Connection& connection, const ActionUpdate& update) {
  auto appended = db::QueryOne(
      connection,
      fmt::format("INSERT INTO action_update (action_id, note, status_from, status_to, "
                  "document_id, by_user_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING {}",
                  kUpdateColumns),
      {Value(update.action_id), Value(update.note), StatusValue(update.status_from),
       StatusValue(update.status_to), db::Nullable(update.document_id),
       db::Nullable(update.by_user_id), Value(update.at)},
      ReadUpdate);
  if (!appended) return std::unexpected(appended.error());
  if (!*appended) return Fail(ErrorCode::kInternal, "database: the update was not appended");
  return std::move(**appended);
}

}  // namespace casereview::app::action_store
