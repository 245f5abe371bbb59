#include "http/routes/action_routes.h"

#include <fmt/format.h>

#include <functional>
#include <memory>

#include "app/actions/action_plans.h"
#include "core/records/action_progress.h"
#include "core/records/field_limits.h"
#include "http/json/json_body.h"
#include "http/json/json_null.h"
#include "http/json/json_response.h"
#include "http/json/rendered_reviews.h"
#include "http/routes/case_http.h"
#include "http/routes/list_query.h"

namespace casereview::http {
namespace {

using nlohmann::json;

json StatusJson(const std::optional<ActionStatus>& status) {
  return status ? json(kActionStatuses.Name(*status)) : json(nullptr);
}

json FindingJson(const app::Finding& finding) {
  return {{"id", finding.id},
          {"review_id", finding.review_id},
          {"text", finding.text},
          {"themes", finding.themes},
          {"created_at", finding.created_at}};
}

json RecommendationJson(const app::Recommendation& recommendation) {
  return {{"id", recommendation.id},
          {"review_id", recommendation.review_id},
          {"number", recommendation.number},
          {"text", recommendation.text},
          {"target", kRecommendationTargets.Name(recommendation.target)},
          {"target_agency_id", OrNull(recommendation.target_agency_id)},
          {"themes", recommendation.themes},
          {"created_at", recommendation.created_at}};
}

json ActionJson(const app::Action& action) {
  return {{"id", action.id},
          {"recommendation_id", action.recommendation_id},
          {"review_id", action.review_id},
          {"review_pseudonym", action.review_pseudonym},
          {"agency_id", action.agency_id},
          {"owner", action.owner},
          {"description", action.description},
          {"success_measure", action.success_measure},
          {"due_on", FormatCivilDate(action.due_on)},
          {"status", kActionStatuses.Name(action.status)},
          {"rag", kRags.Name(action.rag)},
          {"created_at", action.created_at},
          {"updated_at", action.updated_at},
          {"version", action.version}};
}

json ActionListJson(const std::vector<app::Action>& actions) {
  json items = json::array();
  for (const auto& action : actions) items.push_back(ActionJson(action));
  return items;
}

json UpdateJson(const app::ActionUpdate& update) {
  return {{"id", update.id},
          {"action_id", update.action_id},
          {"note", update.note},
          {"status_from", StatusJson(update.status_from)},
          {"status_to", StatusJson(update.status_to)},
          {"document_id", OrNull(update.document_id)},
          {"by_user_id", OrNull(update.by_user_id)},
          {"at", update.at}};
}

json SettingsJson(const app::PartnershipSettings& settings) {
  return {{"rag_red_days", settings.thresholds.red_days},
          {"rag_amber_days", settings.thresholds.amber_days},
          {"version", settings.version}};
}

constexpr std::string_view kActionTag = "action";
constexpr std::string_view kSettingsTag = "partnership-settings";

Response ActionResponse(Status status, const app::Action& action, json body) {
  return TaggedJsonResponse(status, body, kActionTag, action.id, action.version);
}

// A route on the worker pool whose work answers a response or an error.
using Work = std::function<Result<Response>(app::ActionPlans&, const RequestContext&)>;

Route WorkerRoute(Method method, std::string pattern, Capability capability,
                  app::ActionPlans& plans, Work work) {
  return Route{method, std::move(pattern), capability, Execution::kWorkerPool,
               Answering([&plans, work = std::move(work)](const RequestContext& context) {
                 return work(plans, context);
               })};
}

// ---- findings and recommendations ------------------------------------------

Result<Response> ListFindings(app::ActionPlans& plans, const RequestContext& context) {
  auto review_id = PathId(context);
  if (!review_id) return std::unexpected(review_id.error());
  auto findings = plans.ListFindings(*context.principal, ActorOf(context), *review_id);
  if (!findings) return std::unexpected(findings.error());
  json items = json::array();
  for (const auto& finding : *findings) items.push_back(FindingJson(finding));
  return JsonResponse(Status::ok, {{"items", std::move(items)}});
}

Result<Response> AddFinding(app::ActionPlans& plans, const RequestContext& context) {
  auto review_id = PathId(context);
  if (!review_id) return std::unexpected(review_id.error());
  auto body = ReadJsonObject(context.request);
  if (!body) return std::unexpected(body.error());
  JsonFields fields(*body, {"text", "themes"});
  auto text = fields.BoundedText("text", 1, limits::kLongText, true, TextLines::kMany);
  auto themes = fields.BoundedTextList("themes", limits::kListItems, limits::kLabel);
  if (auto checked = fields.Check("the finding is not valid"); !checked) {
    return std::unexpected(checked.error());
  }
  auto created = plans.AddFinding(*context.principal, ActorOf(context), *review_id,
                                  {*text, themes.value_or(std::vector<std::string>{})});
  if (!created) return std::unexpected(created.error());
  return CreatedResponse(FindingJson(*created),
                         fmt::format("/api/reviews/{}/findings", *review_id));
}

Result<Response> ListRecommendations(app::ActionPlans& plans, const RequestContext& context) {
  auto review_id = PathId(context);
  if (!review_id) return std::unexpected(review_id.error());
  auto listed = plans.ListRecommendations(*context.principal, ActorOf(context), *review_id);
  if (!listed) return std::unexpected(listed.error());
  json items = json::array();
  for (const auto& plan : *listed) {
    json item = RecommendationJson(plan.recommendation);
    item["actions"] = ActionListJson(plan.actions);
    items.push_back(std::move(item));
  }
  return JsonResponse(Status::ok, {{"items", std::move(items)}});
}

Result<Response> AddRecommendation(app::ActionPlans& plans, const RequestContext& context) {
  auto review_id = PathId(context);
  if (!review_id) return std::unexpected(review_id.error());
  auto body = ReadJsonObject(context.request);
  if (!body) return std::unexpected(body.error());
  JsonFields fields(*body, {"number", "text", "target", "target_agency_id", "themes"});
  auto number = fields.Integer("number", false, 1, limits::kRecommendationNumber);
  if (number && *number < 1) fields.Refuse("number", "must be a whole number from 1");
  auto text = fields.BoundedText("text", 1, limits::kLongText, true, TextLines::kMany);
  auto target = fields.Choice("target", kRecommendationTargets, true);
  auto target_agency_id = fields.Integer("target_agency_id");
  auto themes = fields.BoundedTextList("themes", limits::kListItems, limits::kLabel);
  if (auto checked = fields.Check("the recommendation is not valid"); !checked) {
    return std::unexpected(checked.error());
  }
  auto created = plans.AddRecommendation(
      *context.principal, ActorOf(context), *review_id,
      {number, *text, *target, target_agency_id, themes.value_or(std::vector<std::string>{})});
  if (!created) return std::unexpected(created.error());
  return CreatedResponse(RecommendationJson(*created),
                         fmt::format("/api/reviews/{}/recommendations", *review_id));
}

// ---- actions ---------------------------------------------------------------

Result<Response> AddAction(app::ActionPlans& plans, const RequestContext& context) {
  auto recommendation_id = PathId(context);
  if (!recommendation_id) return std::unexpected(recommendation_id.error());
  auto body = ReadJsonObject(context.request);
  if (!body) return std::unexpected(body.error());
  JsonFields fields(*body,
                    {"agency_id", "owner", "description", "success_measure", "due_on", "status"});
  auto agency_id = fields.Integer("agency_id", true);
  auto owner = fields.BoundedText("owner", 1, limits::kName, true);
  auto description = fields.BoundedText("description", 1, limits::kEntry, true, TextLines::kMany);
  auto success_measure =
      fields.BoundedText("success_measure", 1, limits::kEntry, true, TextLines::kMany);
  auto due_on = fields.Date("due_on", true);
  auto status = fields.Choice("status", kActionStatuses);
  if (auto checked = fields.Check("the action is not valid"); !checked) {
    return std::unexpected(checked.error());
  }
  auto created = plans.AddAction(*context.principal, ActorOf(context), *recommendation_id,
                                 {*agency_id, *owner, *description, *success_measure, *due_on,
                                  status.value_or(ActionStatus::kNotStarted)});
  if (!created) return std::unexpected(created.error());
  Response response = ActionResponse(Status::created, *created, ActionJson(*created));
  response.set(beast_http::field::location, fmt::format("/api/actions/{}", created->id));
  return response;
}

Result<app::ActionFilter> ReadActionFilter(const Request& request) {
  auto query = ListQuery::Read(request.target());
  if (!query) return Failure(query);
  app::ActionFilter filter;
  filter.agency_id = query->Id("agency_id");
  filter.review_id = query->Id("review_id");
  filter.after_id = query->Cursor("cursor", "next_cursor", WholeNumber);
  filter.status = query->Choice("status", kActionStatuses,
                                "must be one of: not_started, in_progress, completed, cancelled");
  filter.rag = query->Choice("rag", kRags, "must be one of: red, amber, green");
  filter.limit = query->Limit(app::kDefaultActionPage, app::kMaxActionPage);
  if (auto checked = query->Check("the action query is not valid"); !checked) {
    return Failure(checked);
  }
  return filter;
}

Result<Response> ListActions(app::ActionPlans& plans, RenderedReviews& pages,
                             const RequestContext& context) {
  auto filter = ReadActionFilter(context.request);
  if (!filter) return std::unexpected(filter.error());
  auto page = plans.ListActions(*context.principal, ActorOf(context), *filter);
  if (!page) return std::unexpected(page.error());
  const auto body =
      pages.FindOrRender(RenderedReviews::PageKey("actions", page->key, page->generation), [&] {
        return json{{"items", ActionListJson(page->items)},
                    {"next_cursor", OrNull(page->next_cursor)}}
            .dump(-1, ' ', false, json::error_handler_t::replace);
      });
  return JsonTextResponse(Status::ok, *body);
}

// How many rendered pages of actions to keep (tens of KB each).

Result<Response> GetAction(app::ActionPlans& plans, const RequestContext& context) {
  auto action_id = PathId(context);
  if (!action_id) return std::unexpected(action_id.error());
  auto detail = plans.GetAction(*context.principal, ActorOf(context), *action_id);
  if (!detail) return std::unexpected(detail.error());
  json body = ActionJson(detail->action);
  body["updates"] = json::array();
  for (const auto& update : detail->updates) body["updates"].push_back(UpdateJson(update));
  return ActionResponse(Status::ok, detail->action, std::move(body));
}

Result<Response> UpdateAction(app::ActionPlans& plans, const RequestContext& context) {
  auto action_id = PathId(context);
  if (!action_id) return std::unexpected(action_id.error());
  auto body = ReadJsonObject(context.request);
  if (!body) return std::unexpected(body.error());
  JsonFields fields(*body,
                    {"agency_id", "owner", "description", "success_measure", "due_on", "status"});
  app::ActionChanges changes;
  changes.agency_id = fields.Integer("agency_id");
  changes.owner = fields.BoundedText("owner", 1, limits::kName);
  changes.description =
      fields.BoundedText("description", 1, limits::kEntry, false, TextLines::kMany);
  changes.success_measure =
      fields.BoundedText("success_measure", 1, limits::kEntry, false, TextLines::kMany);
  changes.due_on = fields.Date("due_on");
  changes.status = fields.Choice("status", kActionStatuses);
  fields.RequireAny();
  if (auto checked = fields.Check("the change is not valid"); !checked) {
    return std::unexpected(checked.error());
  }
  auto version = ExpectedVersion(context.request, kActionTag, *action_id);
  if (!version) return std::unexpected(version.error());
  auto updated =
      plans.UpdateAction(*context.principal, ActorOf(context), *action_id, *version, changes);
  if (!updated) return std::unexpected(updated.error());
  return ActionResponse(Status::ok, *updated, ActionJson(*updated));
}

Result<Response> AddProgress(app::ActionPlans& plans, const RequestContext& context) {
  auto action_id = PathId(context);
  if (!action_id) return std::unexpected(action_id.error());
  auto body = ReadJsonObject(context.request);
  if (!body) return std::unexpected(body.error());
  JsonFields fields(*body, {"note", "status", "document_id"});
  auto note = fields.BoundedText("note", 0, limits::kEntry, false, TextLines::kMany);
  auto status = fields.Choice("status", kActionStatuses);
  auto document_id = fields.Integer("document_id");
  // The rule is weighed once both fields read well (absent or valid).
  if ((note || !fields.Has("note")) && (status || !fields.Has("status"))) {
    if (auto valid = CheckProgress(note.value_or(""), status); !valid) {
      for (const auto& field : valid.error().fields) fields.Refuse(field.field, field.message);
    }
  }
  if (auto checked = fields.Check("the progress update is not valid"); !checked) {
    return std::unexpected(checked.error());
  }
  auto added = plans.AddProgress(*context.principal, ActorOf(context), *action_id,
                                 {note.value_or(""), status, document_id});
  if (!added) return std::unexpected(added.error());
  return CreatedResponse(UpdateJson(*added), fmt::format("/api/actions/{}", *action_id));
}

// ---- partnership settings --------------------------------------------------

Result<Response> GetSettings(app::ActionPlans& plans, const RequestContext& context) {
  auto settings = plans.GetSettings(*context.principal);
  if (!settings) return std::unexpected(settings.error());
  return TaggedJsonResponse(Status::ok, SettingsJson(*settings), kSettingsTag,
                            settings->partnership_id, settings->version);
}

Result<Response> UpdateSettings(app::ActionPlans& plans, const RequestContext& context) {
  auto body = ReadJsonObject(context.request);
  if (!body) return std::unexpected(body.error());
  JsonFields fields(*body, {"rag_red_days", "rag_amber_days"});
  auto red = fields.Integer("rag_red_days", true, 0, limits::kRagDays);
  auto amber = fields.Integer("rag_amber_days", true, 0, limits::kRagDays);
  if (auto checked = fields.Check("the settings are not valid"); !checked) {
    return std::unexpected(checked.error());
  }
  const std::int64_t partnership_id = context.principal->partnership_id;
  auto version = ExpectedVersion(context.request, kSettingsTag, partnership_id);
  if (!version) return std::unexpected(version.error());
  auto updated =
      plans.UpdateSettings(*context.principal, ActorOf(context), *version,
                           RagThresholds{static_cast<int>(*red), static_cast<int>(*amber)});
  if (!updated) return std::unexpected(updated.error());
  return TaggedJsonResponse(Status::ok, SettingsJson(*updated), kSettingsTag, partnership_id,
                            updated->version);
}

}  // namespace

Result<void> AddActionRoutes(Router& router, Services& services) {
  app::ActionPlans& plans = services.use_cases.action_plans;
  RenderedReviews& pages = services.rendered_action_pages;
  const struct {
    Method method;
    std::string_view pattern;
    Capability capability;
    Work work;
  } routes[] = {
      {Method::get, "/api/reviews/{id}/findings", Capability::kReadReviews, ListFindings},
      {Method::post, "/api/reviews/{id}/findings", Capability::kEditReview, AddFinding},
      {Method::get, "/api/reviews/{id}/recommendations", Capability::kReadReviews,
       ListRecommendations},
      {Method::post, "/api/reviews/{id}/recommendations", Capability::kEditReview,
       AddRecommendation},
      {Method::post, "/api/recommendations/{id}/actions", Capability::kEditReview, AddAction},
      {Method::get, "/api/actions", Capability::kReadReviews,
       [&pages](app::ActionPlans& actions, const RequestContext& context) {
         return ListActions(actions, pages, context);
       }},
      {Method::get, "/api/actions/{id}", Capability::kReadReviews, GetAction},
      {Method::patch, "/api/actions/{id}", Capability::kEditReview, UpdateAction},
      {Method::post, "/api/actions/{id}/updates", Capability::kUpdateAgencyActions, AddProgress},
      {Method::get, "/api/partnership/settings", Capability::kReadReviews, GetSettings},
      {Method::put, "/api/partnership/settings", Capability::kManageAgencies, UpdateSettings},
  };
  for (const auto& route : routes) {
    auto added = router.Add(
        WorkerRoute(route.method, std::string(route.pattern), route.capability, plans, route.work));
    if (!added) return added;
  }
  return {};
}

}  // namespace casereview::http
