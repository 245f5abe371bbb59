// ActionPlans: the actions of a recommendation's plan, one at a time and
// across every review the caller can see.
#include <fmt/format.h>

#include <map>
#include <utility>

#include "app/actions/action_plans.h"
#include "app/actions/action_store.h"
#include "app/actions/rag_condition.h"
#include "app/platform/london_time.h"
#include "app/reviews/review_use_case.h"
#include "db/rows.h"

namespace casereview::app {
namespace {

using action_store::StatusName;
using db::Value;

constexpr std::string_view kChangedMeanwhile =
    "the action was changed meanwhile: reload it and make the change again";

}  // namespace

Result<Action> ActionPlans::AddAction(const Principal& principal, const Actor& actor,
                                      std::int64_t recommendation_id, const NewAction& action) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  const CivilDate today = LondonDate(now);
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<Action> {
    auto review_id = db::QueryOne(tx, "SELECT review_id FROM recommendation WHERE id = $1",
                                  {Value(recommendation_id)},
                                  [](db::RowReader& row) { return row.Int("review_id"); });
    if (!review_id) return std::unexpected(review_id.error());
    if (!*review_id) return Fail(ErrorCode::kNotFound, "there is no such recommendation");
    auto added = ChangeReviewIn(
        tx, principal, actor, now, **review_id, ChangeRight::kEdit,
        [&](ReviewChange& change) -> Result<Action> {
          if (auto agency = action_store::CheckAgency(tx, principal, action.agency_id,
                                                      "the action is not valid", "agency_id");
              !agency) {
            return Failure(agency);
          }
          const std::string at = FormatInstant(now);
          auto id = db::QueryOne(
              tx,
              "INSERT INTO action (recommendation_id, review_id, agency_id, owner, description, "
              "success_measure, due_on, status, created_at, updated_at) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
              {Value(recommendation_id), Value(**review_id), Value(action.agency_id),
               Value(action.owner), Value(action.description), Value(action.success_measure),
               Value(FormatCivilDate(action.due_on)), Value(StatusName(action.status)), Value(at)},
              [](db::RowReader& row) { return row.Int("id"); });
          if (!id) return std::unexpected(id.error());
          if (!*id) return Fail(ErrorCode::kInternal, "database: the action was not added");
          auto settings = action_store::LoadSettings(tx, principal.partnership_id);
          if (!settings) return Failure(settings);
          auto created = action_store::LoadAction(tx, **id, today, settings->thresholds);
          if (!created) return created;
          change.Record("action.created", "action", std::to_string(created->id),
                        {{"review_id", std::to_string(**review_id)},
                         {"recommendation_id", std::to_string(recommendation_id)},
                         {"agency_id", std::to_string(action.agency_id)},
                         {"status", StatusName(action.status)}});
          return created;
        });
    if (!added && added.error().code == ErrorCode::kNotFound) {
      return Fail(ErrorCode::kNotFound, "there is no such recommendation");
    }
    return added;
  });
}

Result<Action> ActionPlans::UpdateAction(const Principal& principal, const Actor& actor,
                                         std::int64_t action_id, std::int64_t expected_version,
                                         const ActionChanges& changes) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  const CivilDate today = LondonDate(now);
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<Action> {
    auto visible = action_store::LoadVisibleAction(tx, principal, action_id, today);
    if (!visible) return visible;
    return ChangeReviewIn(
        tx, principal, actor, now, visible->review_id, ChangeRight::kEdit,
        [&](ReviewChange& change) -> Result<Action> {
          Action action = *visible;
          if (action.version != expected_version) {
            return Fail(ErrorCode::kPreconditionFailed, std::string(kChangedMeanwhile));
          }
          if (changes.agency_id) {
            if (auto agency = action_store::CheckAgency(tx, principal, *changes.agency_id,
                                                        "the action is not valid", "agency_id");
                !agency) {
              return Failure(agency);
            }
          }
          const ActionStatus status_from = action.status;
          std::string fields;
          const auto apply = [&fields]<typename T>(const std::optional<T>& asked, T& field,
                                                   std::string_view name) {
            if (!asked) return;
            field = *asked;
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
              "UPDATE action SET agency_id = $1, owner = $2, description = $3, "
              "success_measure = $4, due_on = $5, status = $6, updated_at = $7, "
              "version = version + 1 WHERE id = $8 AND version = $9",
              {Value(action.agency_id), Value(action.owner), Value(action.description),
               Value(action.success_measure), Value(FormatCivilDate(action.due_on)),
               Value(StatusName(action.status)), Value(at), Value(action_id),
               Value(expected_version)});
          if (!changed) return Failure(changed);
          if (*changed == 0) {
            return Fail(ErrorCode::kPreconditionFailed, std::string(kChangedMeanwhile));
          }
          auto settings = action_store::LoadSettings(tx, principal.partnership_id);
          if (!settings) return Failure(settings);
          auto reloaded = action_store::LoadAction(tx, action_id, today, settings->thresholds);
          if (!reloaded) return reloaded;
          std::map<std::string, std::string> detail{{"fields", fields}};
          if (reloaded->status != status_from) {
            ActionUpdate entry;
            entry.action_id = action_id;
            entry.status_from = status_from;
            entry.status_to = reloaded->status;
            entry.by_user_id = actor.user_id;
            entry.at = at;
            if (auto appended = action_store::AppendUpdate(tx, entry); !appended) {
              return Failure(appended);
            }
            detail["status_from"] = StatusName(status_from);
            detail["status_to"] = StatusName(reloaded->status);
          }
          change.Record("action.updated", "action", std::to_string(action_id), std::move(detail));
          return reloaded;
        });
  });
}

Result<ActionDetail> ActionPlans::GetAction(const Principal& principal, const Actor& actor,
                                            std::int64_t action_id) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto visible =
      action_store::LoadVisibleAction(**connection, principal, action_id, TodayInLondon(clock_));
  if (!visible) return Failure(visible);
  return ReadReview(**connection, clock_, principal, actor, visible->review_id,
                    ReviewView::kSummary, "action",
                    [&](db::Connection& read) -> Result<ActionDetail> {
                      auto updates = action_store::UpdatesOf(read, action_id);
                      if (!updates) return Failure(updates);
                      return ActionDetail{std::move(*visible), std::move(*updates)};
                    });
}

Result<ActionPlans::ListedPage> ActionPlans::ReadActionPage(db::Connection& connection,
                                                            const Principal& principal,
                                                            const ActionFilter& filter,
                                                            CivilDate today) {
  auto settings = action_store::LoadSettings(connection, principal.partnership_id);
  if (!settings) return Failure(settings);
  auto [condition, params, confined_to] = action_store::ScopeOf(principal);
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
  struct Listed {
    Action action;
    bool restricted = false;
  };
  auto rows =
      db::QueryAll(connection,
                   fmt::format("SELECT {}, r.restricted AS restricted FROM action a "
                               "JOIN review r ON r.id = a.review_id "
                               "WHERE {} ORDER BY a.id LIMIT ${}",
                               action_store::kActionColumns, condition, params.size()),
                   db::Params(params), [&](db::RowReader& row) {
                     return Listed{action_store::ReadAction(row, today, settings->thresholds),
                                   row.Bool("restricted")};
                   });
  if (!rows) return Failure(rows);
  ListedPage listed;
  for (auto& row : *rows) {
    if (listed.page.items.size() == static_cast<std::size_t>(filter.limit)) {
      listed.page.next_cursor = listed.page.items.back().id;
      break;
    }
    if (row.restricted) listed.restricted.push_back(row.action.review_id);
    listed.page.items.push_back(std::move(row.action));
  }
  return listed;
}

Result<ActionPage> ActionPlans::ListActions(const Principal& principal, const Actor& actor,
                                            const ActionFilter& filter) {
  if (filter.limit < 1 || filter.limit > kMaxActionPage) {
    return Invalid("the action query is not valid", "limit",
                   fmt::format("must be a whole number from 1 to {}", kMaxActionPage));
  }
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const CivilDate today = TodayInLondon(clock_);
  auto generation = ReadChangeGeneration(**connection);
  if (!generation) return Failure(generation);
  const std::string key = fmt::format(
      "{}|{}|{}|{}|{}|{}|{}|{}", VisibilityKey(principal), FormatCivilDate(today),
      filter.agency_id.value_or(0), filter.review_id.value_or(0),
      filter.status ? kActionStatuses.Name(*filter.status) : "",
      filter.rag ? kRags.Name(*filter.rag) : "", filter.after_id.value_or(0), filter.limit);
  auto listed = pages_.Find(key, *generation);
  if (!listed) {
    auto read = ReadActionPage(**connection, principal, filter, today);
    if (!read) return Failure(read);
    read->page.key = key;
    read->page.generation = *generation;
    pages_.Store(key, *generation, *read);
    listed = std::move(*read);
  }
  const std::vector<std::int64_t>& restricted = listed->restricted;
  if (auto audited =
          RecordRestrictedListRead(**connection, actor, clock_.Now(), "actions", restricted);
      !audited) {
    return Failure(audited);
  }
  return std::move(listed->page);
}

Result<RagCounts> ActionPlans::CountByRag(const Principal& principal) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto generation = ReadChangeGeneration(**connection);
  if (!generation) return Failure(generation);
  const CivilDate today = TodayInLondon(clock_);
  const std::string key = fmt::format("{}|{}", VisibilityKey(principal), FormatCivilDate(today));
  if (auto cached = rag_counts_.Find(key, *generation)) return *cached;
  auto counted = CountRags(**connection, principal, today);
  if (!counted) return counted;
  rag_counts_.Store(key, *generation, *counted);
  return counted;
}

Result<RagCounts> ActionPlans::CountRags(db::Connection& connection, const Principal& principal,
                                         CivilDate today) {
  auto settings = action_store::LoadSettings(connection, principal.partnership_id);
  if (!settings) return Failure(settings);

  auto [condition, params, confined_to] = action_store::ScopeOf(principal);
  const std::string red = RagCondition(Rag::kRed, today, settings->thresholds, params);
  const std::string amber = RagCondition(Rag::kAmber, today, settings->thresholds, params);
  // Green is every action that is neither (RagCondition's own definition).
  auto counted =
      db::QueryOne(connection,
                   fmt::format("SELECT count(*) AS every, "
                               "coalesce(sum(CASE WHEN {} THEN 1 ELSE 0 END), 0) AS red, "
                               "coalesce(sum(CASE WHEN {} THEN 1 ELSE 0 END), 0) AS amber "
                               "FROM action a JOIN review r ON r.id = a.review_id WHERE {}",
                               red, amber, condition),
                   db::Params(params), [&](db::RowReader& row) {
                     RagCounts counts;
                     counts.agency_id = confined_to;
                     counts.red = row.Int("red");
                     counts.amber = row.Int("amber");
                     counts.green = row.Int("every") - counts.red - counts.amber;
                     return counts;
                   });
  if (!counted) return Failure(counted);
  if (!*counted) return Fail(ErrorCode::kInternal, "database: the actions were not counted");
  return std::move(**counted);
}

}  // namespace casereview::app
