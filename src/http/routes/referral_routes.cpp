#include <fmt/format.h>

#include <memory>

#include "app/reviews/agencies.h"
#include "app/reviews/referrals.h"
#include "core/records/field_limits.h"
#include "http/json/assessment_json.h"
#include "http/json/case_json.h"
#include "http/json/json_body.h"
#include "http/json/json_response.h"
#include "http/routes/case_http.h"
#include "http/routes/review_routes.h"

namespace casereview::http {
namespace {

using nlohmann::json;

// The incident of a body's "facts" member, its field errors named "facts.<field>".
std::optional<Incident> ReadFacts(const json& body, JsonFields& fields) {
  const auto found = body.find("facts");
  if (found == body.end() || found->is_null()) {
    fields.Refuse("facts", "is required: the incident's facts, as for POST /api/assess");
    return std::nullopt;
  }
  auto incident = ParseIncident(*found);
  if (incident) return *incident;
  for (const auto& error : incident.error().fields) {
    fields.Refuse(error.field.empty() ? "facts" : "facts." + error.field, error.message);
  }
  return std::nullopt;
}

Result<Response> CreateReferral(app::Referrals& referrals, const RequestContext& context) {
  auto body = ReadJsonObject(context.request);
  if (!body) return Failure(body);
  JsonFields fields(*body, {"pseudonym", "referrer_name", "referring_agency_id", "received_on",
                            "summary", "restricted", "facts"});
  app::NewReferral referral;
  auto pseudonym = fields.BoundedText("pseudonym", 1, limits::kPseudonym, true);
  auto referrer = fields.BoundedText("referrer_name", 1, limits::kName, true);
  referral.referring_agency_id = fields.Integer("referring_agency_id");
  auto received = fields.Date("received_on", true);
  auto summary = fields.BoundedText("summary", 1, limits::kLongText, true, TextLines::kMany);
  referral.restricted = fields.Flag("restricted").value_or(false);
  auto incident = ReadFacts(*body, fields);
  if (auto checked = fields.Check("the referral is not valid"); !checked) return Failure(checked);
  referral.pseudonym = *pseudonym;
  referral.referrer_name = *referrer;
  referral.received_on = *received;
  referral.summary = *summary;
  referral.incident = *incident;
  auto created = referrals.Create(*context.principal, referral, ActorOf(context));
  if (!created) return Failure(created);
  Response response =
      CreatedResponse(ReferralJson(*created), fmt::format("/api/referrals/{}", created->id));
  response.set(beast_http::field::etag, EntityTag("referral", created->id, created->version));
  return response;
}

}  // namespace

Result<void> AddReferralRoutes(Router& router, Services& services) {
  app::Referrals& referrals = services.use_cases.referrals;
  app::Agencies& agencies = services.use_cases.agencies;
  const Route routes[] = {
      {Method::post, "/api/referrals", Capability::kCreateReferral, Execution::kWorkerPool,
       Answering([&referrals](const RequestContext& context) {
         return CreateReferral(referrals, context);
       })},
      {Method::get, "/api/referrals/{id}", Capability::kReadReviews, Execution::kWorkerPool,
       Answering([&referrals](const RequestContext& context) -> Result<Response> {
         auto id = PathId(context);
         if (!id) return Failure(id);
         auto referral = referrals.Get(*context.principal, *id, ActorOf(context));
         if (!referral) return Failure(referral);
         return TaggedJsonResponse(Status::ok, ReferralJson(*referral), "referral", referral->id,
                                   referral->version);
       })},
      {Method::put, "/api/referrals/{id}/facts", Capability::kEditReview, Execution::kWorkerPool,
       Answering([&referrals](const RequestContext& context) -> Result<Response> {
         auto id = PathId(context);
         if (!id) return Failure(id);
         auto version = ExpectedVersion(context.request, "referral", *id);
         if (!version) return Failure(version);
         auto body = ReadJsonObject(context.request);
         if (!body) return Failure(body);
         JsonFields fields(*body, {"facts"});
         auto incident = ReadFacts(*body, fields);
         if (auto checked = fields.Check("the facts are not valid"); !checked) {
           return Failure(checked);
         }
         auto referral =
             referrals.Reassess(*context.principal, *id, *incident, *version, ActorOf(context));
         if (!referral) return Failure(referral);
         return TaggedJsonResponse(Status::ok, ReferralJson(*referral), "referral", referral->id,
                                   referral->version);
       })},
      {Method::get, "/api/agencies", Capability::kReadReviews, Execution::kWorkerPool,
       Answering([&agencies](const RequestContext& context) -> Result<Response> {
         auto list = agencies.List(*context.principal);
         if (!list) return Failure(list);
         json items = json::array();
         for (const auto& agency : *list) items.push_back(AgencyJson(agency));
         return JsonResponse(Status::ok, {{"items", std::move(items)}});
       })},
      {Method::post, "/api/agencies", Capability::kManageAgencies, Execution::kWorkerPool,
       Answering([&agencies](const RequestContext& context) -> Result<Response> {
         auto body = ReadJsonObject(context.request);
         if (!body) return Failure(body);
         JsonFields fields(*body, {"name", "kind"});
         auto name = fields.BoundedText("name", 1, limits::kName, true);
         auto kind = fields.Choice("kind", kAgencyKinds, true);
         if (auto checked = fields.Check("the agency is not valid"); !checked) {
           return Failure(checked);
         }
         auto agency = agencies.Add(*context.principal, *name, *kind, ActorOf(context));
         if (!agency) return Failure(agency);
         return CreatedResponse(AgencyJson(*agency), fmt::format("/api/agencies/{}", agency->id));
       })},
  };
  return router.Add(routes);
}

}  // namespace casereview::http
