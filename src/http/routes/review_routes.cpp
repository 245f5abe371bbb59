#include <fmt/format.h>

#include <memory>

#include "app/actions/action_plans.h"
#include "app/platform/london_time.h"
#include "app/reviews/review_changes.h"
#include "app/reviews/reviews.h"
#include "core/records/field_limits.h"
#include "http/json/case_json.h"
#include "http/json/json_body.h"
#include "http/json/json_null.h"
#include "http/json/json_response.h"
#include "http/json/rendered_reviews.h"
#include "http/routes/case_http.h"
#include "http/routes/list_query.h"
#include "http/routes/review_routes.h"

namespace casereview::http {
namespace {

using nlohmann::json;

Result<Response> ListReviews(app::Reviews& reviews, RenderedReviews& pages,
                             const RequestContext& context) {
  auto query = ListQuery::Read(context.request.target());
  if (!query) return Failure(query);
  app::ReviewFilter filter;
  filter.stage = query->Choice("stage", kStages, "is not a stage");
  filter.review_type = query->Choice("type", kDecisionOutcomes, "is not a type of review");
  filter.overdue = query->Flag("overdue");
  filter.agency_id = query->Id("agency_id", "an agency id");
  if (auto text = query->Text("q")) {
    if (text->size() > limits::kPseudonym) {
      query->Refuse("q", fmt::format("must be at most {} characters", limits::kPseudonym));
    }
    if (!text->empty()) filter.text = std::move(*text);
  }
  const auto cursor = query->Cursor("cursor", "next_cursor", WholeNumber);
  const int limit = query->Limit(50, app::kMaxReviewPage);
  if (auto checked = query->Check("the review query is not valid"); !checked) {
    return Failure(checked);
  }
  auto page = reviews.List(*context.principal, filter, cursor, limit, ActorOf(context));
  if (!page) return Failure(page);
  const auto body =
      pages.FindOrRender(RenderedReviews::PageKey("reviews", page->key, page->generation), [&] {
        json items = json::array();
        for (const auto& review : page->items) items.push_back(ReviewSummaryJson(review));
        return json{{"items", std::move(items)},
                    {"next_cursor", OrNull(page->next_cursor.transform(
                                        [](std::int64_t id) { return std::to_string(id); }))}}
            .dump(-1, ' ', false, json::error_handler_t::replace);
      });
  return JsonTextResponse(Status::ok, *body);
}

// "2026-03-24~12~rapid_review": where the next page of deadlines starts.
std::string DeadlineCursorText(const app::DeadlineCursor& cursor) {
  return fmt::format("{}~{}~{}", FormatCivilDate(cursor.due), cursor.review_id, cursor.milestone);
}

std::optional<app::DeadlineCursor> ParseDeadlineCursor(std::string_view text) {
  const auto first = text.find('~');
  const auto second = text.find('~', first == std::string_view::npos ? first : first + 1);
  if (first == std::string_view::npos || second == std::string_view::npos) return std::nullopt;
  const auto due = ParseCivilDate(text.substr(0, first));
  const auto review = WholeNumber(text.substr(first + 1, second - first - 1));
  const auto milestone = text.substr(second + 1);
  if (!due || !review || !kMilestoneIds.Parse(milestone)) return std::nullopt;
  return app::DeadlineCursor{*due, *review, std::string(milestone)};
}

// "Your work": the reviews the caller may see by stage, and the actions of
// their scope (an agency lead's: their agency's) by RAG rating today.
Result<Response> SummariseWork(app::Reviews& reviews, app::ActionPlans& plans,
                               const RequestContext& context) {
  if (context.request.target().find('?') != std::string_view::npos) {
    return Fail(ErrorCode::kInvalid, "the work summary takes no query");
  }
  auto stages = reviews.CountByStage(*context.principal);
  if (!stages) return Failure(stages);
  auto rags = plans.CountByRag(*context.principal);
  if (!rags) return Failure(rags);
  json by_stage = json::array();
  for (const auto& entry : *stages) {
    by_stage.push_back({{"stage", kStages.Name(entry.stage)}, {"count", entry.count}});
  }
  return JsonResponse(
      Status::ok,
      {{"reviews_by_stage", std::move(by_stage)},
       {"actions_by_rag", {{"red", rags->red}, {"amber", rags->amber}, {"green", rags->green}}},
       {"agency_id", OrNull(rags->agency_id)}});
}

Result<Response> ListDeadlines(app::Reviews& reviews, const RequestContext& context) {
  auto query = ListQuery::Read(context.request.target());
  if (!query) return Failure(query);
  const int within = static_cast<int>(query->Number("within_days", 0, 366).value_or(30));
  const auto cursor = query->Cursor("cursor", "next_cursor", ParseDeadlineCursor);
  const int limit = query->Limit(100, app::kMaxDeadlinePage);
  if (auto checked = query->Check("the deadline query is not valid"); !checked) {
    return Failure(checked);
  }
  auto page = reviews.Deadlines(*context.principal, within, cursor, limit, ActorOf(context));
  if (!page) return Failure(page);
  json items = json::array();
  for (const auto& deadline : page->items) items.push_back(DeadlineJson(deadline));
  return JsonResponse(
      Status::ok, {{"within_days", within},
                   {"items", std::move(items)},
                   {"next_cursor", page->next_cursor ? json(DeadlineCursorText(*page->next_cursor))
                                                     : json(nullptr)}});
}

Response ReviewResponse(const app::ReviewDetail& review, Status status = Status::ok) {
  return TaggedJsonResponse(status, ReviewDetailJson(review), "review", review.summary.id,
                            review.summary.version);
}

// How many rendered reviews to keep (a few KB each).

// A review's detail: from the rendered copy when the review, the caller's view
// of it and the day are unchanged since it was rendered; rendered afresh otherwise.
Result<Response> GetReview(app::Reviews& reviews, RenderedReviews& rendered,
                           const app::Clock& clock, const RequestContext& context) {
  auto id = PathId(context);
  if (!id) return Failure(id);
  auto access = reviews.Access(*context.principal, *id);
  if (!access) return Failure(access);
  const CivilDate today = app::TodayInLondon(clock);
  auto body = rendered.Find(RenderedReviews::Key(*access, today));
  std::int64_t version = access->version;
  if (body) {
    if (auto audited = reviews.RecordRead(*access, ActorOf(context)); !audited) {
      return Failure(audited);
    }
  } else {
    auto review = reviews.Get(*context.principal, *id, ActorOf(context));
    if (!review) return Failure(review);
    body = std::make_shared<const std::string>(ReviewDetailJson(*review).dump());
    app::ReviewAccess seen = *access;
    seen.version = version = review->summary.version;
    seen.summary_only = review->summary_only;
    seen.may_edit = review->may_edit;
    seen.may_read_people = review->may_read_people;
    rendered.Store(RenderedReviews::Key(seen, today), body);
  }
  Response response{Status::ok, 11};
  response.set(beast_http::field::content_type, "application/json");
  response.set(beast_http::field::etag, EntityTag("review", *id, version));
  response.body() = *body;
  return response;
}

// A date that may be cleared: absent leaves it, null clears it.
void ReadClearableDate(const json& body, JsonFields& fields, std::string_view name,
                       std::optional<std::optional<CivilDate>>& target) {
  if (!fields.Has(name)) return;
  if (body.at(name).is_null()) {
    target = std::optional<CivilDate>{};
    return;
  }
  if (auto date = fields.Date(name)) target = date;
}

Result<app::ReviewEdit> ReadEdit(const json& body) {
  JsonFields fields(body, {"pseudonym", "restricted", "notified_on", "rapid_review_completed_on",
                           "planned_publication_on", "submitted_on", "published_on"});
  app::ReviewEdit edit;
  edit.pseudonym = fields.BoundedText("pseudonym", 1, limits::kPseudonym);
  edit.restricted = fields.Flag("restricted");
  ReadClearableDate(body, fields, "notified_on", edit.notified_on);
  ReadClearableDate(body, fields, "rapid_review_completed_on", edit.rapid_review_completed_on);
  ReadClearableDate(body, fields, "planned_publication_on", edit.planned_publication_on);
  ReadClearableDate(body, fields, "submitted_on", edit.submitted_on);
  ReadClearableDate(body, fields, "published_on", edit.published_on);
  fields.RequireAny();
  if (auto checked = fields.Check("the review is not valid"); !checked) return Failure(checked);
  return edit;
}

Result<app::TermsOfReference> ReadTerms(const json& body) {
  JsonFields fields(body, {"scope_start", "scope_end", "lines_of_enquiry", "methodology",
                           "parallel_proceedings", "agreed_on"});
  app::TermsOfReference terms;
  terms.scope_start = fields.Date("scope_start");
  terms.scope_end = fields.Date("scope_end");
  terms.lines_of_enquiry =
      fields.BoundedTextList("lines_of_enquiry", limits::kLinesOfEnquiry, limits::kLineOfEnquiry)
          .value_or(std::vector<std::string>{});
  terms.methodology = fields.BoundedText("methodology", 0, limits::kName).value_or("");
  terms.parallel_proceedings =
      fields.BoundedText("parallel_proceedings", 0, limits::kNote, false, TextLines::kMany)
          .value_or("");
  terms.agreed_on = fields.Date("agreed_on");
  if (auto checked = fields.Check("the terms of reference are not valid"); !checked) {
    return Failure(checked);
  }
  return terms;
}

// The review id of the path and, for edits of the review record, the version
// the caller read (If-Match).
struct Target {
  std::int64_t id = 0;
  std::int64_t version = 0;
};

Result<Target> ReviewTarget(const RequestContext& context, bool versioned) {
  auto id = PathId(context);
  if (!id) return Failure(id);
  if (!versioned) return Target{*id, 0};
  auto version = ExpectedVersion(context.request, "review", *id);
  if (!version) return Failure(version);
  return Target{*id, *version};
}

// A route that changes the review: reads the target and the JSON body, then
// runs change(target, body) and answers with the review.
template <typename Change>
Handler ReviewChange(bool versioned, Change change) {
  return Answering([versioned, change](const RequestContext& context) -> Result<Response> {
    auto target = ReviewTarget(context, versioned);
    if (!target) return Failure(target);
    auto body = ReadOptionalJsonObject(context.request);
    if (!body) return Failure(body);
    Result<app::ReviewDetail> review = change(context, *target, *body);
    if (!review) return Failure(review);
    return ReviewResponse(*review);
  });
}

}  // namespace

Result<void> AddReviewRoutes(Router& router, Services& services) {
  app::Reviews& reviews = services.use_cases.reviews;
  RenderedReviews& rendered = services.rendered_reviews;
  app::ReviewChanges& changes = services.use_cases.review_changes;
  app::ActionPlans& plans = services.use_cases.action_plans;
  using Body = const json&;
  const Route routes[] = {
      {Method::get, "/api/reviews", Capability::kReadReviews, Execution::kWorkerPool,
       Answering([&reviews, &rendered](const RequestContext& context) {
         return ListReviews(reviews, rendered, context);
       })},
      {Method::get, "/api/reviews/{id}", Capability::kReadReviews, Execution::kWorkerPool,
       Answering([&reviews, &rendered, &clock = services.clock](const RequestContext& context) {
         return GetReview(reviews, rendered, clock, context);
       })},
      {Method::patch, "/api/reviews/{id}", Capability::kEditReview, Execution::kWorkerPool,
       ReviewChange(true,
                    [&changes](const RequestContext& context, Target target,
                               Body body) -> Result<app::ReviewDetail> {
                      auto edit = ReadEdit(body);
                      if (!edit) return Failure(edit);
                      return changes.Edit(*context.principal, target.id, *edit, target.version,
                                          ActorOf(context));
                    })},
      {Method::post, "/api/reviews/{id}/stage", Capability::kEditReview, Execution::kWorkerPool,
       ReviewChange(true,
                    [&changes](const RequestContext& context, Target target,
                               Body body) -> Result<app::ReviewDetail> {
                      JsonFields fields(body, {"to", "reason"});
                      StageChange change;
                      const auto to = fields.Choice("to", kStages, true);
                      change.reason =
                          fields.BoundedText("reason", 0, limits::kNote, false, TextLines::kMany)
                              .value_or("");
                      if (auto checked = fields.Check("the stage change is not valid"); !checked) {
                        return Failure(checked);
                      }
                      change.to = *to;
                      return changes.ChangeStage(*context.principal, target.id, change,
                                                 target.version, ActorOf(context));
                    })},
      {Method::post, "/api/reviews/{id}/decisions", Capability::kRecordDecision,
       Execution::kWorkerPool,
       ReviewChange(false,
                    [&changes](const RequestContext& context, Target target,
                               Body body) -> Result<app::ReviewDetail> {
                      JsonFields fields(body, {"outcome", "rationale", "decided_by", "decided_on",
                                               "panel_told_on"});
                      const auto outcome = fields.Choice("outcome", kDecisionOutcomes, true);
                      auto rationale = fields.BoundedText("rationale", 1, limits::kLongText, true,
                                                          TextLines::kMany);
                      auto decided_by = fields.BoundedText("decided_by", 1, limits::kName, true);
                      const auto decided_on = fields.Date("decided_on", true);
                      const auto told = fields.Date("panel_told_on");
                      if (auto checked = fields.Check("the decision is not valid"); !checked) {
                        return Failure(checked);
                      }
                      return changes.Decide(*context.principal, target.id,
                                            {*outcome, *rationale, *decided_by, *decided_on, told},
                                            ActorOf(context));
                    })},
      {Method::post, "/api/reviews/{id}/sign-offs", Capability::kSignOff, Execution::kWorkerPool,
       ReviewChange(false,
                    [&changes](const RequestContext& context, Target target,
                               Body body) -> Result<app::ReviewDetail> {
                      JsonFields fields(body, {"document_version_id", "note"});
                      const auto version = fields.Integer("document_version_id", true);
                      auto note =
                          fields.BoundedText("note", 0, limits::kNote, false, TextLines::kMany);
                      if (auto checked = fields.Check("the sign-off is not valid"); !checked) {
                        return Failure(checked);
                      }
                      return changes.SignOff(*context.principal, target.id,
                                             {*version, note.value_or("")}, ActorOf(context));
                    })},
      {Method::put, "/api/reviews/{id}/terms-of-reference", Capability::kEditReview,
       Execution::kWorkerPool,
       ReviewChange(true,
                    [&changes](const RequestContext& context, Target target,
                               Body body) -> Result<app::ReviewDetail> {
                      auto terms = ReadTerms(body);
                      if (!terms) return Failure(terms);
                      return changes.SetTerms(*context.principal, target.id, *terms, target.version,
                                              ActorOf(context));
                    })},
      {Method::put, "/api/reviews/{id}/agencies", Capability::kEditReview, Execution::kWorkerPool,
       ReviewChange(true,
                    [&changes](const RequestContext& context, Target target,
                               Body body) -> Result<app::ReviewDetail> {
                      JsonFields fields(body, {"agency_ids"});
                      std::vector<std::int64_t> ids;
                      const auto found = body.find("agency_ids");
                      if (found == body.end() || !found->is_array() ||
                          found->size() > limits::kReviewAgencies ||
                          !std::all_of(found->begin(), found->end(),
                                       [](const json& item) { return item.is_number_integer(); })) {
                        fields.Refuse("agency_ids",
                                      fmt::format("must be a list of at most {} agency ids",
                                                  limits::kReviewAgencies));
                      } else {
                        for (const auto& item : *found) ids.push_back(item.get<std::int64_t>());
                      }
                      if (auto checked = fields.Check("the agencies are not valid"); !checked) {
                        return Failure(checked);
                      }
                      return changes.SetAgencies(*context.principal, target.id, ids, target.version,
                                                 ActorOf(context));
                    })},
      {Method::get, "/api/reviews/{id}/member-candidates", Capability::kEditReview,
       Execution::kWorkerPool,
       Answering([&changes](const RequestContext& context) -> Result<Response> {
         auto id = PathId(context);
         if (!id) return Failure(id);
         auto candidates = changes.Candidates(*context.principal, *id);
         if (!candidates) return Failure(candidates);
         json items = json::array();
         for (const auto& candidate : *candidates) {
           json roles = json::array();
           for (const Role role : candidate.roles) roles.push_back(RoleName(role));
           items.push_back({{"user_id", candidate.user_id},
                            {"display_name", candidate.display_name},
                            {"roles", std::move(roles)},
                            {"agency_id", OrNull(candidate.agency_id)},
                            {"agency_involved", candidate.agency_involved}});
         }
         return JsonResponse(Status::ok, {{"items", std::move(items)}});
       })},
      {Method::post, "/api/reviews/{id}/members", Capability::kEditReview, Execution::kWorkerPool,
       ReviewChange(false,
                    [&changes](const RequestContext& context, Target target,
                               Body body) -> Result<app::ReviewDetail> {
                      JsonFields fields(body, {"user_id", "role", "independence_override"});
                      const auto user_id = fields.Integer("user_id", true);
                      const auto role = fields.Choice("role", kMemberRoles, true);
                      auto override_reason = fields.BoundedText(
                          "independence_override", 1, limits::kNote, false, TextLines::kMany);
                      if (auto checked = fields.Check("the member is not valid"); !checked) {
                        return Failure(checked);
                      }
                      return changes.Assign(*context.principal, target.id,
                                            {*user_id, *role, override_reason}, ActorOf(context));
                    })},
      {Method::delete_, "/api/reviews/{id}/members/{user_id}", Capability::kEditReview,
       Execution::kWorkerPool,
       ReviewChange(false,
                    [&changes](const RequestContext& context, Target target,
                               Body) -> Result<app::ReviewDetail> {
                      auto user_id = PathId(context, "user_id");
                      if (!user_id) return Failure(user_id);
                      return changes.Unassign(*context.principal, target.id, *user_id,
                                              ActorOf(context));
                    })},
      {Method::post, "/api/reviews/{id}/family-involvement", Capability::kEditReview,
       Execution::kWorkerPool,
       ReviewChange(false,
                    [&changes](const RequestContext& context, Target target,
                               Body body) -> Result<app::ReviewDetail> {
                      JsonFields fields(body, {"family_member", "event", "on_date", "note"});
                      auto member = fields.BoundedText("family_member", 1, limits::kLabel, true);
                      const auto event = fields.Choice("event", kFamilyEvents, true);
                      const auto on = fields.Date("on_date", true);
                      auto note =
                          fields.BoundedText("note", 0, limits::kEntry, false, TextLines::kMany);
                      if (auto checked = fields.Check("the family involvement entry is not valid");
                          !checked) {
                        return Failure(checked);
                      }
                      return changes.AddFamilyEntry(*context.principal, target.id,
                                                    {*member, *event, *on, note.value_or("")},
                                                    ActorOf(context));
                    })},
      {Method::post, "/api/reviews/{id}/practitioner-events", Capability::kEditReview,
       Execution::kWorkerPool,
       ReviewChange(
           false,
           [&changes](const RequestContext& context, Target target,
                      Body body) -> Result<app::ReviewDetail> {
             JsonFields fields(body, {"kind", "held_on", "attendees", "note"});
             const auto kind = fields.Choice("kind", kPractitionerEventKinds, true);
             const auto held_on = fields.Date("held_on", true);
             const auto attendees = fields.Integer("attendees", false, 0, limits::kAttendees);
             auto note = fields.BoundedText("note", 0, limits::kEntry, false, TextLines::kMany);
             if (auto checked = fields.Check("the practitioner event is not valid"); !checked) {
               return Failure(checked);
             }
             return changes.AddPractitionerEntry(
                 *context.principal, target.id,
                 {*kind, *held_on, static_cast<int>(attendees.value_or(0)), note.value_or("")},
                 ActorOf(context));
           })},
      {Method::get, "/api/deadlines", Capability::kReadReviews, Execution::kWorkerPool,
       Answering(
           [&reviews](const RequestContext& context) { return ListDeadlines(reviews, context); })},
      {Method::get, "/api/work-summary", Capability::kReadReviews, Execution::kWorkerPool,
       Answering([&reviews, &plans](const RequestContext& context) {
         return SummariseWork(reviews, plans, context);
       })},
  };
  return router.Add(routes);
}

}  // namespace casereview::http
