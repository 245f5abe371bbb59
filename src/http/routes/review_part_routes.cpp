#include <fmt/format.h>

#include <memory>

#include "app/reviews/case_people.h"
#include "app/reviews/quality_ratings.h"
#include "core/records/field_limits.h"
#include "http/json/case_json.h"
#include "http/json/json_body.h"
#include "http/json/json_response.h"
#include "http/routes/case_http.h"
#include "http/routes/review_routes.h"

namespace casereview::http {
namespace {

using nlohmann::json;

Result<app::CasePerson> ReadPerson(const json& body) {
  JsonFields fields(body, {"real_name", "aliases", "date_of_birth", "relationship",
                           "published_label", "addresses", "settings"});
  app::CasePerson person;
  auto real_name = fields.BoundedText("real_name", 1, limits::kName, true);
  person.aliases = fields.BoundedTextList("aliases", limits::kListItems, limits::kName)
                       .value_or(std::vector<std::string>{});
  person.date_of_birth = fields.Date("date_of_birth");
  auto relationship = fields.BoundedText("relationship", 1, limits::kLabel, true);
  auto label = fields.BoundedText("published_label", 1, limits::kLabel, true);
  person.addresses = fields.BoundedTextList("addresses", limits::kListItems, limits::kAddress)
                         .value_or(std::vector<std::string>{});
  person.settings = fields.BoundedTextList("settings", limits::kListItems, limits::kName)
                        .value_or(std::vector<std::string>{});
  if (auto checked = fields.Check("the person is not valid"); !checked) return Failure(checked);
  person.real_name = *real_name;
  person.relationship = *relationship;
  person.published_label = *label;
  return person;
}

}  // namespace

Result<void> AddReviewPartRoutes(Router& router, Services& services) {
  app::CasePeople& people = services.use_cases.people;
  app::QualityRatings& quality = services.use_cases.quality;
  const Route routes[] = {
      {Method::get, "/api/reviews/{id}/people", Capability::kReadPeopleInCase,
       Execution::kWorkerPool,
       Answering([&people](const RequestContext& context) -> Result<Response> {
         auto id = PathId(context);
         if (!id) return Failure(id);
         auto list = people.List(*context.principal, *id, ActorOf(context));
         if (!list) return Failure(list);
         json items = json::array();
         for (const auto& person : *list) items.push_back(PersonJson(person));
         return JsonResponse(Status::ok, {{"items", std::move(items)}});
       })},
      {Method::post, "/api/reviews/{id}/people", Capability::kReadPeopleInCase,
       Execution::kWorkerPool,
       Answering([&people](const RequestContext& context) -> Result<Response> {
         auto id = PathId(context);
         if (!id) return Failure(id);
         auto body = ReadJsonObject(context.request);
         if (!body) return Failure(body);
         auto person = ReadPerson(*body);
         if (!person) return Failure(person);
         auto added = people.Add(*context.principal, *id, *person, ActorOf(context));
         if (!added) return Failure(added);
         return CreatedResponse(PersonJson(*added),
                                fmt::format("/api/reviews/{}/people/{}", *id, added->id));
       })},
      {Method::get, "/api/reviews/{id}/quality-markers", Capability::kReadReviews,
       Execution::kWorkerPool,
       Answering([&quality](const RequestContext& context) -> Result<Response> {
         auto id = PathId(context);
         if (!id) return Failure(id);
         auto ratings = quality.List(*context.principal, ActorOf(context), *id);
         if (!ratings) return Failure(ratings);
         json items = json::array();
         for (const auto& rating : *ratings) items.push_back(MarkerRatingJson(rating));
         return JsonResponse(Status::ok, {{"items", std::move(items)}});
       })},
      {Method::put, "/api/reviews/{id}/quality-markers/{number}", Capability::kQualityAssure,
       Execution::kWorkerPool,
       Answering([&quality](const RequestContext& context) -> Result<Response> {
         auto id = PathId(context);
         if (!id) return Failure(id);
         auto number = PathId(context, "number");
         if (!number || *number > static_cast<std::int64_t>(kQualityMarkers.size())) {
           return Fail(ErrorCode::kNotFound,
                       "there is no such quality marker: they are numbered 1 to 18");
         }
         auto body = ReadJsonObject(context.request);
         if (!body) return Failure(body);
         JsonFields fields(*body, {"rating", "evidence"});
         const auto rating = fields.Choice("rating", kQualityRatings, true);
         auto evidence = fields.BoundedText("evidence", 0, limits::kEntry, false, TextLines::kMany);
         if (auto checked = fields.Check("the rating is not valid"); !checked) {
           return Failure(checked);
         }
         auto rated = quality.Rate(*context.principal, *id, static_cast<int>(*number), *rating,
                                   evidence.value_or(""), ActorOf(context));
         if (!rated) return Failure(rated);
         return JsonResponse(Status::ok, MarkerRatingJson(*rated));
       })},
  };
  return router.Add(routes);
}

}  // namespace casereview::http
