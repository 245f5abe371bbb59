#include "http/routes/session_routes.h"

#include "http/json/identity_json.h"
#include "http/json/json_body.h"
#include "http/json/json_response.h"
#include "http/json/problem.h"
#include "http/routes/session_cookie.h"

namespace casereview::http {
namespace {

using nlohmann::json;

json SessionJson(const app::Principal& principal) {
  return {
      {"signed_in", true},
      {"user",
       {{"id", principal.user_id},
        {"email", principal.email},
        {"display_name", principal.display_name},
        {"roles", RolesJson(principal.roles)},
        {"agency_id", principal.agency_id ? json(*principal.agency_id) : json(nullptr)},
        {"partnership_id", principal.partnership_id}}},
      {"csrf_token", principal.csrf_token},
      {"password_change_required", principal.password_change_required},
      {"expires_at", FormatInstant(principal.expires_at)},
  };
}

Response NoContent() { return Response{Status::no_content, 11}; }

}  // namespace

Result<void> AddSessionRoutes(Router& router, app::Sessions& sessions, bool secure_cookies) {
  auto sign_in = router.Add(Route{
      Method::post, "/api/session", Capability::kPublic, Execution::kHashingPool,
      [&sessions, secure_cookies](const RequestContext& context) {
        auto body = ReadJsonObject(context.request);
        if (!body) return ProblemResponse(body.error(), context.request);
        JsonFields fields(*body, {"email", "password", "totp_code"});
        auto email = fields.Text("email", true);
        auto password = fields.Text("password", true);
        auto totp = fields.Text("totp_code");
        if (auto checked = fields.Check("the sign-in is not complete"); !checked) {
          return ProblemResponse(checked.error(), context.request);
        }
        auto signed_in =
            sessions.SignIn(app::SignInRequest{*email, *password, totp, context.client_address});
        if (!signed_in) return ProblemResponse(signed_in.error(), context.request);
        Response response = JsonResponse(Status::created, SessionJson(signed_in->principal));
        response.set(beast_http::field::set_cookie,
                     SessionCookie(signed_in->token, secure_cookies));
        return response;
      }});
  if (!sign_in) return sign_in;

  auto who = router.Add(Route{Method::get, "/api/session", Capability::kOptionalSession,
                              Execution::kWorkerPool, [](const RequestContext& context) {
                                if (context.principal == nullptr) {
                                  return JsonResponse(Status::ok, {{"signed_in", false}});
                                }
                                return JsonResponse(Status::ok, SessionJson(*context.principal));
                              }});
  if (!who) return who;

  auto sign_out = router.Add(
      Route{Method::delete_, "/api/session", Capability::kOwnAccount, Execution::kWorkerPool,
            [&sessions, secure_cookies](const RequestContext& context) {
              auto ended = sessions.SignOut(
                  *context.principal, app::Actor::Of(*context.principal, context.client_address));
              if (!ended) return ProblemResponse(ended.error(), context.request);
              Response response = NoContent();
              response.set(beast_http::field::set_cookie, ClearedSessionCookie(secure_cookies));
              return response;
            }});
  if (!sign_out) return sign_out;

  return router.Add(Route{Method::post, "/api/session/password", Capability::kOwnAccount,
                          Execution::kHashingPool, [&sessions](const RequestContext& context) {
                            auto body = ReadJsonObject(context.request);
                            if (!body) return ProblemResponse(body.error(), context.request);
                            JsonFields fields(*body, {"current_password", "new_password"});
                            auto current = fields.Text("current_password", true);
                            auto chosen = fields.Text("new_password", true);
                            if (auto checked = fields.Check("the password change is not complete");
                                !checked) {
                              return ProblemResponse(checked.error(), context.request);
                            }
                            auto changed = sessions.ChangePassword(
                                *context.principal, *current, *chosen,
                                app::Actor::Of(*context.principal, context.client_address));
                            if (!changed) return ProblemResponse(changed.error(), context.request);
                            return NoContent();
                          }});
}

}  // namespace casereview::http
