#include "app/action_plans.h"

#include <fmt/format.h>

#include <chrono>
#include <map>
#include <utility>

#include "app/audit_trail.h"
#include "app/case_access.h"
#include "app/london_time.h"
#include "app/text_list.h"

namespace casereview::app {
namespace {

using db::Value;

std::unexpected<Error> Invalid(std::string message, std::string field, std::string why) {
  return std::unexpected(
      Error{ErrorCode::kInvalid, std::move(message), {{std::move(field), std::move(why)}}});
}

Value Optional(const std::optional<std::int64_t>& value) {
  return value ? Value(*value) : Value(nullptr);
}

std::string StatusName(ActionStatus status) { return std::string(kActionStatuses.Name(status)); }

// The actions `principal` may see, as a SQL condition on the action `a` and
// its review `r` with its parameters (numbered from $1): those of the reviews
// they see, confined to their agency when they are an agency lead.
struct ActionScope {
  std::string condition;
  std::vector<Value> params;
  std::optional<std::int64_t> confined_to;
};

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

constexpr std::string_view kActionColumns =
    "a.id, a.recommendation_id, a.review_id, a.agency_id, a.owner, a.description, "
    "a.success_measure, a.due_on, a.status, a.created_at, a.updated_at, a.version, "
    "(SELECT v.pseudonym FROM review v WHERE v.id = a.review_id)";
constexpr int kActionColumnCount = 13;

Action ReadAction(const db::Row& row, CivilDate today, const RagThresholds& thresholds) {
  Action action;
  action.id = row.Int(0).value_or(0);
  action.recommendation_id = row.Int(1).value_or(0);
  action.review_id = row.Int(2).value_or(0);
  action.agency_id = row.Int(3).value_or(0);
  action.owner = row.Text(4).value_or("");
  action.description = row.Text(5).value_or("");
  action.success_measure = row.Text(6).value_or("");
  action.due_on = ParseCivilDate(row.Text(7).value_or("")).value_or(CivilDate{});
  action.status =
      kActionStatuses.Parse(row.Text(8).value_or("")).value_or(ActionStatus::kNotStarted);
  action.created_at = row.Text(9).value_or("");
  action.updated_at = row.Text(10).value_or("");
  action.version = row.Int(11).value_or(1);
  action.review_pseudonym = row.Text(12).value_or("");
  action.rag = ComputeRag(action.status, action.due_on, today, thresholds);
  return action;
}

// Action `action_id` as stored, with its RAG on `today`.
Result<Action> LoadAction(db::Connection& connection, std::int64_t action_id, CivilDate today,
                          const RagThresholds& thresholds) {
  auto rows = connection.Query(
      fmt::format("SELECT {} FROM action a WHERE a.id = $1", kActionColumns), {Value(action_id)});
  if (!rows) return Failure(rows);
  if (rows->empty()) return Fail(ErrorCode::kNotFound, "there is no such action");
  return ReadAction(rows->front(), today, thresholds);
}

Result<PartnershipSettings> LoadSettings(db::Connection& connection, std::int64_t partnership_id) {
  PartnershipSettings settings;
  settings.partnership_id = partnership_id;
  auto rows = connection.Query(
      "SELECT rag_red_days, rag_amber_days, version FROM partnership_setting "
      "WHERE partnership_id = $1",
      {Value(partnership_id)});
  if (!rows) return Failure(rows);
  if (!rows->empty()) {
    const auto& row = rows->front();
    settings.thresholds.red_days = static_cast<int>(row.Int(0).value_or(14));
    settings.thresholds.amber_days = static_cast<int>(row.Int(1).value_or(30));
    settings.version = row.Int(2).value_or(1);
  }
  return settings;
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

Finding ReadFinding(const db::Row& row) {
  return Finding{row.Int(0).value_or(0), row.Int(1).value_or(0), row.Text(2).value_or(""),
                 TextListFromJson(row.Text(3)), row.Text(4).value_or("")};
}

Recommendation ReadRecommendation(const db::Row& row) {
  Recommendation recommendation;
  recommendation.id = row.Int(0).value_or(0);
  recommendation.review_id = row.Int(1).value_or(0);
  recommendation.number = row.Int(2).value_or(0);
  recommendation.text = row.Text(3).value_or("");
  recommendation.target = kRecommendationTargets.Parse(row.Text(4).value_or(""))
                              .value_or(RecommendationTarget::kPartnership);
  recommendation.target_agency_id = row.Int(5);
  recommendation.themes = TextListFromJson(row.Text(6));
  recommendation.created_at = row.Text(7).value_or("");
  return recommendation;
}

constexpr std::string_view kRecommendationColumns =
    "id, review_id, number, text, target, target_agency_id, themes, created_at";

ActionUpdate ReadUpdate(const db::Row& row) {
  ActionUpdate update;
  update.id = row.Int(0).value_or(0);
  update.action_id = row.Int(1).value_or(0);
  update.note = row.Text(2).value_or("");
  if (auto from = row.Text(3)) update.status_from = kActionStatuses.Parse(*from);
  if (auto to = row.Text(4)) update.status_to = kActionStatuses.Parse(*to);
  update.document_id = row.Int(5);
  update.by_user_id = row.Int(6);
  update.at = row.Text(7).value_or("");
  return update;
}

// The action `action_id` as the caller sees it, with their access to its
// review; kNotFound when either is invisible to them.
struct VisibleAction {
  Action action;
  ReviewAccess access;
};

Result<VisibleAction> LoadVisibleAction(db::Connection& connection, const Principal& principal,
                                        std::int64_t action_id, CivilDate today, bool for_edit) {
  auto settings = LoadSettings(connection, principal.partnership_id);
  if (!settings) return Failure(settings);
  auto action = LoadAction(connection, action_id, today, settings->thresholds);
  if (!action) return Failure(action);
  auto access = AccessReview(connection, principal, action->review_id);
  const auto confined = ConfinedAgency(principal);
  if ((!access && access.error().code == ErrorCode::kNotFound) ||
      (confined && *confined != action->agency_id)) {
    return Fail(ErrorCode::kNotFound, "there is no such action");
  }
  if (!access) return Failure(access);
  if (for_edit && !access->may_edit) {
    return Fail(ErrorCode::kForbidden, "you may not change this review");
  }
  if (for_edit) {
    if (auto open = CheckOpen(*access); !open) return Failure(open);
  }
  return VisibleAction{std::move(*action), *access};
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
  auto rows = connection.Query(
      fmt::format("SELECT {} FROM action a JOIN recommendation c ON c.id = a.recommendation_id "
                  "WHERE a.review_id = $1{} ORDER BY c.number, a.id",
                  kActionColumns, condition),
      db::Params(params));
  if (!rows) return Failure(rows);
  std::vector<Action> actions;
  for (const auto& row : *rows) actions.push_back(ReadAction(row, today, settings->thresholds));
  return actions;
}

Result<std::vector<ActionUpdate>> UpdatesOf(db::Connection& connection, std::int64_t action_id) {
  auto rows = connection.Query(
      "SELECT id, action_id, note, status_from, status_to, document_id, by_user_id, at "
      "FROM action_update WHERE action_id = $1 ORDER BY id",
      {Value(action_id)});
  if (!rows) return Failure(rows);
  std::vector<ActionUpdate> updates;
  for (const auto& row : *rows) updates.push_back(ReadUpdate(row));
  return updates;
}

Result<ActionUpdate> AppendUpdate(db::Connection& connection, const ActionUpdate& update) {
  auto rows = connection.Query(
      "INSERT INTO action_update (action_id, note, status_from, status_to, document_id, "
      "by_user_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7) "
      "RETURNING id, action_id, note, status_from, status_to, document_id, by_user_id, at",
      {Value(update.action_id), Value(update.note),
       update.status_from ? Value(StatusName(*update.status_from)) : Value(nullptr),
       update.status_to ? Value(StatusName(*update.status_to)) : Value(nullptr),
       Optional(update.document_id), Optional(update.by_user_id), Value(update.at)});
  if (!rows) return Failure(rows);
  return ReadUpdate(rows->front());
}

// The SQL condition selecting actions `a` of RAG `rag` on `today`; appends
// its parameters to `params`, numbering them from params.size() + 1.
std::string RagCondition(Rag rag, CivilDate today, const RagThresholds& thresholds,
                         std::vector<Value>& params) {
  const auto bind = [&params](CivilDate date) {
    params.emplace_back(FormatCivilDate(date));
    return params.size();
  };
  const auto plus = [today](int days) {
    return CivilDate{std::chrono::sys_days{today} + std::chrono::days{days}};
  };
  const std::size_t on = bind(today);
  const auto red = [&] {
    return fmt::format(
        "(a.status IN ('not_started', 'in_progress') AND (a.due_on < ${} OR "
        "(a.status = 'not_started' AND a.due_on <= ${})))",
        on, bind(plus(thresholds.red_days)));
  };
  const auto amber = [&] {
    return fmt::format("(a.status = 'in_progress' AND a.due_on >= ${} AND a.due_on <= ${})", on,
                       bind(plus(thresholds.amber_days)));
  };
  switch (rag) {
    case Rag::kRed:
      return red();
    case Rag::kAmber:
      return amber();
    case Rag::kGreen: {
      const std::string red_condition = red();
      return fmt::format("NOT ({} OR {})", red_condition, amber());
    }
  }
  return "0";
}

// Runs `read` on a pooled connection once review `review_id` is visible to
// the caller (kNotFound otherwise); a read of a restricted review is audited.
// `in_full`: the part is beyond an agency lead's summary (AccessReviewInFull).
template <typename Read>
auto ReadReview(db::ConnectionPool& database, const Clock& clock, const Principal& principal,
                const Actor& actor, std::int64_t review_id, std::string_view what, bool in_full,
                Read&& read) -> decltype(read(std::declval<db::Connection&>())) {
  auto connection = database.Acquire();
  if (!connection) return Failure(connection);
  auto access = in_full ? AccessReviewInFull(**connection, principal, review_id)
                        : AccessReview(**connection, principal, review_id);
  if (!access) return Failure(access);
  auto result = read(**connection);
  if (!result) return result;
  if (auto audited = RecordRestrictedRead(**connection, *access, actor, clock.Now(), what);
      !audited) {
    return Failure(audited);
  }
  return result;
}

// Runs `write` in one transaction once the caller may edit review `review_id`.
template <typename Write>
auto WriteReview(db::ConnectionPool& database, const Principal& principal, std::int64_t review_id,
                 Write&& write) -> decltype(write(std::declval<db::Connection&>())) {
  auto connection = database.Acquire();
  if (!connection) return Failure(connection);
  return db::InTransaction(**connection, [&](db::Connection& tx) -> decltype(write(tx)) {
    if (auto access = AccessReviewForEdit(tx, principal, review_id); !access) {
      return Failure(access);
    }
    return write(tx);
  });
}

}  // namespace

Result<Finding> ActionPlans::AddFinding(const Principal& principal, const Actor& actor,
                                        std::int64_t review_id, const NewFinding& finding) {
  const Instant now = clock_.Now();
  return WriteReview(database_, principal, review_id, [&](db::Connection& tx) -> Result<Finding> {
    auto rows = tx.Query(
        "INSERT INTO finding (review_id, text, themes, created_at) VALUES ($1, $2, $3, $4) "
        "RETURNING id, review_id, text, themes, created_at",
        {Value(review_id), Value(finding.text), Value(TextListToJson(finding.themes)),
         Value(FormatInstant(now))});
    if (!rows) return Failure(rows);
    Finding created = ReadFinding(rows->front());
    if (auto audited =
            RecordEvent(tx, actor, "finding.created", "finding", std::to_string(created.id), now,
                        {{"review_id", std::to_string(review_id)}});
        !audited) {
      return Failure(audited);
    }
    return created;
  });
}

Result<std::vector<Finding>> ActionPlans::ListFindings(const Principal& principal,
                                                       const Actor& actor, std::int64_t review_id) {
  return ReadReview(database_, clock_, principal, actor, review_id, "findings", /*in_full=*/true,
                    [&](db::Connection& connection) -> Result<std::vector<Finding>> {
                      auto rows = connection.Query(
                          "SELECT id, review_id, text, themes, created_at FROM finding "
                          "WHERE review_id = $1 ORDER BY id",
                          {Value(review_id)});
                      if (!rows) return Failure(rows);
                      std::vector<Finding> findings;
                      for (const auto& row : *rows) findings.push_back(ReadFinding(row));
                      return findings;
                    });
}

Result<Recommendation> ActionPlans::AddRecommendation(const Principal& principal,
                                                      const Actor& actor, std::int64_t review_id,
                                                      const NewRecommendation& recommendation) {
  constexpr std::string_view kMessage = "the recommendation is not valid";
  const Instant now = clock_.Now();
  return WriteReview(
      database_, principal, review_id, [&](db::Connection& tx) -> Result<Recommendation> {
        const bool for_agency = recommendation.target == RecommendationTarget::kAgency;
        if (for_agency && !recommendation.target_agency_id) {
          return Invalid(std::string(kMessage), "target_agency_id",
                         "is required when the target is an agency");
        }
        if (!for_agency && recommendation.target_agency_id) {
          return Invalid(std::string(kMessage), "target_agency_id",
                         "must be left out unless the target is an agency");
        }
        if (for_agency) {
          if (auto agency = CheckAgency(tx, principal, *recommendation.target_agency_id, kMessage,
                                        "target_agency_id");
              !agency) {
            return Failure(agency);
          }
        }
        std::int64_t number = 0;
        if (recommendation.number) {
          number = *recommendation.number;
          auto taken = tx.Query("SELECT 1 FROM recommendation WHERE review_id = $1 AND number = $2",
                                {Value(review_id), Value(number)});
          if (!taken) return Failure(taken);
          if (!taken->empty()) {
            return std::unexpected(Error{ErrorCode::kConflict,
                                         "the review already has a recommendation with that number",
                                         {{"number", "is already in use in this review"}}});
          }
        } else {
          auto highest =
              tx.Query("SELECT COALESCE(MAX(number), 0) FROM recommendation WHERE review_id = $1",
                       {Value(review_id)});
          if (!highest) return Failure(highest);
          number = highest->front().Int(0).value_or(0) + 1;
        }
        auto rows = tx.Query(
            fmt::format("INSERT INTO recommendation (review_id, number, text, target, "
                        "target_agency_id, themes, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) "
                        "RETURNING {}",
                        kRecommendationColumns),
            {Value(review_id), Value(number), Value(recommendation.text),
             Value(std::string(kRecommendationTargets.Name(recommendation.target))),
             Optional(recommendation.target_agency_id),
             Value(TextListToJson(recommendation.themes)), Value(FormatInstant(now))});
        if (!rows) return Failure(rows);
        Recommendation created = ReadRecommendation(rows->front());
        if (auto audited =
                RecordEvent(tx, actor, "recommendation.created", "recommendation",
                            std::to_string(created.id), now,
                            {{"review_id", std::to_string(review_id)},
                             {"number", std::to_string(number)},
                             {"target", std::string(kRecommendationTargets.Name(created.target))}});
            !audited) {
          return Failure(audited);
        }
        return created;
      });
}

Result<std::vector<RecommendationPlan>> ActionPlans::ListRecommendations(const Principal& principal,
                                                                         const Actor& actor,
                                                                         std::int64_t review_id) {
  const CivilDate today = TodayInLondon(clock_);
  return ReadReview(
      database_, clock_, principal, actor, review_id, "recommendations", /*in_full=*/false,
      [&](db::Connection& connection) -> Result<std::vector<RecommendationPlan>> {
        auto rows = connection.Query(
            fmt::format("SELECT {} FROM recommendation WHERE review_id = $1 ORDER BY number",
                        kRecommendationColumns),
            {Value(review_id)});
        if (!rows) return Failure(rows);
        auto actions = ActionsOfReview(connection, principal, review_id, today);
        if (!actions) return Failure(actions);
        const auto confined = ConfinedAgency(principal);
        std::vector<RecommendationPlan> plans;
        for (const auto& row : *rows) {
          RecommendationPlan plan{ReadRecommendation(row), {}};
          for (const auto& action : *actions) {
            if (action.recommendation_id == plan.recommendation.id) plan.actions.push_back(action);
          }
          // An agency lead sees only the recommendations their agency acts on.
          const bool theirs = !confined || !plan.actions.empty() ||
                              plan.recommendation.target_agency_id == confined;
          if (theirs) plans.push_back(std::move(plan));
        }
        return plans;
      });
}

Result<Action> ActionPlans::AddAction(const Principal& principal, const Actor& actor,
                                      std::int64_t recommendation_id, const NewAction& action) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  const CivilDate today = TodayInLondon(clock_);
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<Action> {
    auto found =
        tx.Query("SELECT review_id FROM recommendation WHERE id = $1", {Value(recommendation_id)});
    if (!found) return Failure(found);
    if (found->empty()) return Fail(ErrorCode::kNotFound, "there is no such recommendation");
    const std::int64_t review_id = found->front().Int(0).value_or(0);
    auto access = AccessReviewForEdit(tx, principal, review_id);
    if (!access) {
      if (access.error().code == ErrorCode::kNotFound) {
        return Fail(ErrorCode::kNotFound, "there is no such recommendation");
      }
      return Failure(access);
    }
    if (auto agency =
            CheckAgency(tx, principal, action.agency_id, "the action is not valid", "agency_id");
        !agency) {
      return Failure(agency);
    }
    const std::string at = FormatInstant(now);
    auto rows = tx.Query(
        "INSERT INTO action (recommendation_id, review_id, agency_id, owner, description, "
        "success_measure, due_on, status, created_at, updated_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
        {Value(recommendation_id), Value(review_id), Value(action.agency_id), Value(action.owner),
         Value(action.description), Value(action.success_measure),
         Value(FormatCivilDate(action.due_on)), Value(StatusName(action.status)), Value(at)});
    if (!rows) return Failure(rows);
    auto settings = LoadSettings(tx, principal.partnership_id);
    if (!settings) return Failure(settings);
    auto created = LoadAction(tx, rows->front().Int(0).value_or(0), today, settings->thresholds);
    if (!created) return created;
    if (auto audited =
            RecordEvent(tx, actor, "action.created", "action", std::to_string(created->id), now,
                        {{"review_id", std::to_string(review_id)},
                         {"recommendation_id", std::to_string(recommendation_id)},
                         {"agency_id", std::to_string(action.agency_id)},
                         {"status", StatusName(action.status)}});
        !audited) {
      return Failure(audited);
    }
    return created;
  });
}

Result<Action> ActionPlans::UpdateAction(const Principal& principal, const Actor& actor,
                                         std::int64_t action_id, std::int64_t expected_version,
                                         const ActionChanges& changes) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  const CivilDate today = TodayInLondon(clock_);
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<Action> {
    auto visible = LoadVisibleAction(tx, principal, action_id, today, /*for_edit=*/true);
    if (!visible) return Failure(visible);
    Action action = visible->action;
    if (action.version != expected_version) {
      return Fail(ErrorCode::kPreconditionFailed,
                  "the action was changed meanwhile: reload it and make the change again");
    }
    if (changes.agency_id) {
      if (auto agency = CheckAgency(tx, principal, *changes.agency_id, "the action is not valid",
                                    "agency_id");
          !agency) {
        return Failure(agency);
      }
    }
    const ActionStatus status_from = action.status;
    std::string fields;
    const auto apply = [&fields]<typename T>(const std::optional<T>& change, T& field,
                                             std::string_view name) {
      if (!change) return;
      field = *change;
      fields += (fields.empty() ? "" : ",") + std::string(name);
    };
    apply(changes.agency_id, action.agency_id, "agency_id");
    apply(changes.owner, action.owner, "owner");
    apply(changes.description, action.description, "description");
    apply(changes.success_measure, action.success_measure, "success_measure");
    apply(changes.due_on, action.due_on, "due_on");
    apply(changes.status, action.status, "status");
    const std::string at = FormatInstant(now);
    auto changed = tx.Execute(
        "UPDATE action SET agency_id = $1, owner = $2, description = $3, success_measure = $4, "
        "due_on = $5, status = $6, updated_at = $7, version = version + 1 "
        "WHERE id = $8 AND version = $9",
        {Value(action.agency_id), Value(action.owner), Value(action.description),
         Value(action.success_measure), Value(FormatCivilDate(action.due_on)),
         Value(StatusName(action.status)), Value(at), Value(action_id), Value(expected_version)});
    if (!changed) return Failure(changed);
    if (*changed == 0) {
      return Fail(ErrorCode::kPreconditionFailed,
                  "the action was changed meanwhile: reload it and make the change again");
    }
    auto settings = LoadSettings(tx, principal.partnership_id);
    if (!settings) return Failure(settings);
    auto reloaded = LoadAction(tx, action_id, today, settings->thresholds);
    if (!reloaded) return reloaded;
    const Action& updated = *reloaded;
    std::map<std::string, std::string> detail{{"fields", fields}};
    if (updated.status != status_from) {
      ActionUpdate entry;
      entry.action_id = action_id;
      entry.status_from = status_from;
      entry.status_to = updated.status;
      entry.by_user_id = actor.user_id;
      entry.at = at;
      if (auto appended = AppendUpdate(tx, entry); !appended) return Failure(appended);
      detail["status_from"] = StatusName(status_from);
      detail["status_to"] = StatusName(updated.status);
    }
    if (auto audited = RecordEvent(tx, actor, "action.updated", "action", std::to_string(action_id),
                                   now, std::move(detail));
        !audited) {
      return Failure(audited);
    }
    return reloaded;
  });
}

Result<ActionUpdate> ActionPlans::AddProgress(const Principal& principal, const Actor& actor,
                                              std::int64_t action_id, const NewProgress& progress) {
  constexpr std::string_view kMessage = "the progress update is not valid";
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  const CivilDate today = TodayInLondon(clock_);
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<ActionUpdate> {
    auto visible = LoadVisibleAction(tx, principal, action_id, today, /*for_edit=*/false);
    if (!visible) return Failure(visible);
    if (auto open = CheckOpen(visible->access); !open) return Failure(open);
    const Action& action = visible->action;
    const bool broad = principal.Is(Role::kAdmin) || principal.Is(Role::kCoordinator);
    const bool own_agency = principal.Is(Role::kAgencyLead) && principal.agency_id &&
                            *principal.agency_id == action.agency_id;
    if (!principal.Holds(Capability::kUpdateAgencyActions) || (!broad && !own_agency)) {
      return Fail(ErrorCode::kForbidden, "only the action's own agency may report its progress");
    }
    const bool changes_status = progress.status && *progress.status != action.status;
    if (progress.note.empty() && !changes_status) {
      return Invalid(std::string(kMessage), "status",
                     progress.status ? "is the action's status already: add a note"
                                     : "give a note or a new status");
    }
    if (progress.document_id) {
      // An agency lead attaches only their own agency's documents: any other
      // id is no document of theirs, so nothing is learnt by trying ids.
      const auto confined = ConfinedAgency(principal);
      auto document = tx.Query(
          "SELECT 1 FROM document WHERE id = $1 AND review_id = $2 AND "
          "($3 IS NULL OR agency_id = $3)",
          {Value(*progress.document_id), Value(action.review_id),
           confined ? Value(*confined) : Value(nullptr)});
      if (!document) return Failure(document);
      if (document->empty()) {
        return Invalid(std::string(kMessage), "document_id",
                       "there is no such document in this review");
      }
    }
    const std::string at = FormatInstant(now);
    std::map<std::string, std::string> detail;
    ActionUpdate entry;
    entry.action_id = action_id;
    entry.note = progress.note;
    entry.document_id = progress.document_id;
    entry.by_user_id = actor.user_id;
    entry.at = at;
    if (changes_status) {
      entry.status_from = action.status;
      entry.status_to = *progress.status;
      auto changed = tx.Execute(
          "UPDATE action SET status = $1, updated_at = $2, version = version + 1 WHERE id = $3",
          {Value(StatusName(*progress.status)), Value(at), Value(action_id)});
      if (!changed) return Failure(changed);
      detail["status_from"] = StatusName(action.status);
      detail["status_to"] = StatusName(*progress.status);
    }
    auto appended = AppendUpdate(tx, entry);
    if (!appended) return appended;
    detail["update_id"] = std::to_string(appended->id);
    if (progress.document_id) detail["document_id"] = std::to_string(*progress.document_id);
    if (auto audited = RecordEvent(tx, actor, "action.progress_added", "action",
                                   std::to_string(action_id), now, std::move(detail));
        !audited) {
      return Failure(audited);
    }
    return appended;
  });
}

Result<ActionDetail> ActionPlans::GetAction(const Principal& principal, const Actor& actor,
                                            std::int64_t action_id) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto visible = LoadVisibleAction(**connection, principal, action_id, TodayInLondon(clock_),
                                   /*for_edit=*/false);
  if (!visible) return Failure(visible);
  auto updates = UpdatesOf(**connection, action_id);
  if (!updates) return Failure(updates);
  if (auto audited =
          RecordRestrictedRead(**connection, visible->access, actor, clock_.Now(), "action");
      !audited) {
    return Failure(audited);
  }
  return ActionDetail{std::move(visible->action), std::move(*updates)};
}

Result<ActionPage> ActionPlans::ListActions(const Principal& principal, const Actor& actor,
                                            const ActionFilter& filter) {
  if (filter.limit < 1 || filter.limit > kMaxActionPage) {
    return Invalid("the action query is not valid", "limit",
                   fmt::format("must be a whole number from 1 to {}", kMaxActionPage));
  }
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto settings = LoadSettings(**connection, principal.partnership_id);
  if (!settings) return Failure(settings);
  const CivilDate today = TodayInLondon(clock_);

  auto [condition, params, confined_to] = ScopeOf(principal);
  const auto add = [&](std::string_view column, Value value) {
    params.push_back(std::move(value));
    condition += fmt::format(" AND {} = ${}", column, params.size());
  };
  if (filter.agency_id) add("a.agency_id", *filter.agency_id);
  if (filter.review_id) add("a.review_id", *filter.review_id);
  if (filter.status) add("a.status", StatusName(*filter.status));
  if (filter.after_id) {
    params.emplace_back(*filter.after_id);
    condition += fmt::format(" AND a.id > ${}", params.size());
  }
  if (filter.rag) {
    condition += " AND " + RagCondition(*filter.rag, today, settings->thresholds, params);
  }
  params.emplace_back(std::int64_t{filter.limit} + 1);
  auto rows = (*connection)
                  ->Query(fmt::format("SELECT {}, r.restricted FROM action a "
                                      "JOIN review r ON r.id = a.review_id "
                                      "WHERE {} ORDER BY a.id LIMIT ${}",
                                      kActionColumns, condition, params.size()),
                          db::Params(params));
  if (!rows) return Failure(rows);
  ActionPage page;
  std::vector<std::int64_t> restricted;  // the restricted reviews the page shows
  for (const auto& row : *rows) {
    if (page.items.size() == static_cast<std::size_t>(filter.limit)) {
      page.next_cursor = page.items.back().id;
      break;
    }
    page.items.push_back(ReadAction(row, today, settings->thresholds));
    if (row.Int(kActionColumnCount).value_or(0) != 0) {
      restricted.push_back(page.items.back().review_id);
    }
  }
  if (auto audited =
          RecordRestrictedListRead(**connection, actor, clock_.Now(), "actions", restricted);
      !audited) {
    return Failure(audited);
  }
  return page;
}

Result<RagCounts> ActionPlans::CountByRag(const Principal& principal) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto settings = LoadSettings(**connection, principal.partnership_id);
  if (!settings) return Failure(settings);
  const CivilDate today = TodayInLondon(clock_);

  auto [condition, params, confined_to] = ScopeOf(principal);
  RagCounts counts;
  counts.agency_id = confined_to;
  const std::string red = RagCondition(Rag::kRed, today, settings->thresholds, params);
  const std::string amber = RagCondition(Rag::kAmber, today, settings->thresholds, params);
  // Green is every action that is neither (RagCondition's own definition).
  auto rows = (*connection)
                  ->Query(fmt::format("SELECT count(*), coalesce(sum(CASE WHEN {} THEN 1 ELSE 0 "
                                      "END), 0), coalesce(sum(CASE WHEN {} THEN 1 ELSE 0 END), 0) "
                                      "FROM action a JOIN review r ON r.id = a.review_id WHERE {}",
                                      red, amber, condition),
                          db::Params(params));
  if (!rows) return Failure(rows);
  if (!rows->empty()) {
    const auto& row = rows->front();
    const std::int64_t all = row.Int(0).value_or(0);
    counts.red = row.Int(1).value_or(0);
    counts.amber = row.Int(2).value_or(0);
    counts.green = all - counts.red - counts.amber;
  }
  return counts;
}

Result<PartnershipSettings> ActionPlans::GetSettings(const Principal& principal) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  return LoadSettings(**connection, principal.partnership_id);
}

Result<PartnershipSettings> ActionPlans::UpdateSettings(const Principal& principal,
                                                        const Actor& actor,
                                                        std::int64_t expected_version,
                                                        const RagThresholds& thresholds) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<PartnershipSettings> {
    auto current = LoadSettings(tx, principal.partnership_id);
    if (!current) return current;
    if (current->version != expected_version) {
      return Fail(ErrorCode::kPreconditionFailed,
                  "the settings were changed meanwhile: reload them and make the change again");
    }
    auto written = tx.Execute(
        "INSERT INTO partnership_setting (partnership_id, rag_red_days, rag_amber_days, version, "
        "updated_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (partnership_id) DO UPDATE SET "
        "rag_red_days = excluded.rag_red_days, rag_amber_days = excluded.rag_amber_days, "
        "version = excluded.version, updated_at = excluded.updated_at",
        {Value(principal.partnership_id), Value(std::int64_t{thresholds.red_days}),
         Value(std::int64_t{thresholds.amber_days}), Value(expected_version + 1),
         Value(FormatInstant(now))});
    if (!written) return Failure(written);
    if (auto audited = RecordEvent(tx, actor, "partnership.settings_changed", "partnership",
                                   std::to_string(principal.partnership_id), now,
                                   {{"fields", "rag_red_days,rag_amber_days"}});
        !audited) {
      return Failure(audited);
    }
    return LoadSettings(tx, principal.partnership_id);
  });
}

}  // namespace casereview::app
