#include "http/routes/user_routes.h"

#include <charconv>

#include "http/json/identity_json.h"
#include "http/json/json_body.h"
#include "http/json/json_response.h"
#include "http/json/problem.h"
#include "http/routes/case_http.h"

namespace casereview::http {
namespace {

using nlohmann::json;

json UserJson(const app::UserSummary& user) {
  return {{"id", user.id},
          {"email", user.email},
          {"display_name", user.display_name},
          {"roles", RolesJson(user.roles)},
          {"agency_id", user.agency_id ? json(*user.agency_id) : json(nullptr)},
          {"disabled", user.disabled},
          {"totp_enrolled", user.totp_enrolled},
          {"password_change_required", user.password_change_required},
          {"created_at", user.created_at}};
}

// The {id} of the path, as a user of the caller's partnership; kNotFound otherwise.
Result<std::int64_t> TargetUser(app::Users& users, const RequestContext& context) {
  const auto text = context.params.Get("id").value_or("");
  std::int64_t id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size()) {
    return Fail(ErrorCode::kNotFound, "there is no such user");
  }
  auto all = users.List(context.principal->partnership_id);
  if (!all) return std::unexpected(all.error());
  for (const auto& user : *all) {
    if (user.id == id) return id;
  }
  return Fail(ErrorCode::kNotFound, "there is no such user");
}

}  // namespace

Result<void> AddUserRoutes(Router& router, app::Users& users) {
  auto list = router.Add(Route{Method::get, "/api/users", Capability::kManageUsers,
                               Execution::kWorkerPool, [&users](const RequestContext& context) {
                                 auto all = users.List(context.principal->partnership_id);
                                 if (!all) return ProblemResponse(all.error(), context.request);
                                 json items = json::array();
                                 for (const auto& user : *all) items.push_back(UserJson(user));
                                 return JsonResponse(Status::ok, {{"users", std::move(items)}});
                               }});
  if (!list) return list;

  auto names = router.Add(Route{Method::get, "/api/colleagues", Capability::kReadReviews,
                                Execution::kWorkerPool, [&users](const RequestContext& context) {
                                  auto all = users.Names(context.principal->partnership_id);
                                  if (!all) return ProblemResponse(all.error(), context.request);
                                  json items = json::array();
                                  for (const auto& [id, name] : *all) {
                                    items.push_back({{"id", id}, {"display_name", name}});
                                  }
                                  return JsonResponse(Status::ok, {{"items", std::move(items)}});
                                }});
  if (!names) return names;

  auto create = router.Add(
      Route{Method::post, "/api/users", Capability::kManageUsers, Execution::kHashingPool,
            [&users](const RequestContext& context) {
              auto body = ReadJsonObject(context.request);
              if (!body) return ProblemResponse(body.error(), context.request);
              JsonFields fields(*body, {"email", "display_name", "roles", "agency_id"});
              auto email = fields.Text("email", true);
              auto name = fields.Text("display_name", true);
              auto role_names = fields.TextList("roles", true);
              auto agency = fields.Integer("agency_id");
              if (auto checked = fields.Check("the user is not valid"); !checked) {
                return ProblemResponse(checked.error(), context.request);
              }
              app::NewUser user{*email, *name, {}, agency, context.principal->partnership_id, {}};
              for (const auto& role_name : *role_names) {
                const auto role = ParseRole(role_name);
                if (!role) {
                  return ProblemResponse(Error{ErrorCode::kInvalid,
                                               "the user is not valid",
                                               {{"roles", "'" + role_name + "' is not a role"}}},
                                         context.request);
                }
                user.roles.push_back(*role);
              }
              auto created = users.Create(user, ActorOf(context));
              if (!created) return ProblemResponse(created.error(), context.request);
              return JsonResponse(Status::created,
                                  {{"user", UserJson(created->user)},
                                   {"one_time_password", created->one_time_password.value_or("")}});
            }});
  if (!create) return create;

  auto disable = router.Add(
      Route{Method::post, "/api/users/{id}/disable", Capability::kManageUsers,
            Execution::kWorkerPool, [&users](const RequestContext& context) {
              auto id = TargetUser(users, context);
              if (!id) return ProblemResponse(id.error(), context.request);
              if (*id == context.principal->user_id) {
                return ProblemResponse(
                    Error{ErrorCode::kConflict, "you cannot disable your own account", {}},
                    context.request);
              }
              auto disabled = users.Disable(*id, ActorOf(context));
              if (!disabled) return ProblemResponse(disabled.error(), context.request);
              return JsonResponse(Status::ok, {{"user", UserJson(*disabled)}});
            }});
  if (!disable) return disable;

  return router.Add(Route{Method::post, "/api/users/{id}/reset-password", Capability::kManageUsers,
                          Execution::kHashingPool, [&users](const RequestContext& context) {
                            auto id = TargetUser(users, context);
                            if (!id) return ProblemResponse(id.error(), context.request);
                            auto password = users.ResetPassword(*id, ActorOf(context));
                            if (!password)
                              return ProblemResponse(password.error(), context.request);
                            return JsonResponse(Status::ok, {{"one_time_password", *password}});
                          }});
}

}  // namespace casereview::http
