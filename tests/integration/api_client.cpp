#include "integration/api_client.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/identity/totp.h"

namespace casereview::testing {
namespace {

using nlohmann::json;

std::string SecretOf(const std::string& uri) {
  const auto start = uri.find("secret=") + 7;
  return uri.substr(start, uri.find('&', start) - start);
}

}  // namespace

HttpReply ApiClient::Call(const std::string& method, const std::string& target,
                          const std::string& body,
                          const std::map<std::string, std::string>& headers) const {
  HttpRequest request{method, target, headers, body};
  if (!cookie.empty()) request.headers["Cookie"] = cookie;
  if (!csrf.empty() && method != "GET" && method != "HEAD") request.headers["X-CSRF-Token"] = csrf;
  if (!body.empty() && !request.headers.contains("Content-Type")) {
    request.headers["Content-Type"] = "application/json";
  }
  return Send(port, request);
}

ApiClient SignIn(unsigned short port, const std::string& email, std::string_view password,
                 std::optional<std::string> totp) {
  json body = {{"email", email}, {"password", password}};
  if (totp) body["totp_code"] = *totp;
  const HttpReply reply =
      Send(port, {"POST", "/api/session", {{"Content-Type", "application/json"}}, body.dump()});
  EXPECT_EQ(reply.status, 201u) << email << ": " << reply.body;
  const std::string set_cookie = reply.Header("set-cookie");
  ApiClient client{port, set_cookie.substr(0, set_cookie.find(';')), ""};
  if (reply.status == 201) client.csrf = json::parse(reply.body)["csrf_token"];
  return client;
}

ApiClient SignInAs(InProcessServer& server, const std::string& email, std::vector<Role> roles,
                   std::optional<std::int64_t> agency_id) {
  if (!server.users().FindByEmail(email)) {
    app::NewUser user{email,
                      "Fictional " + email.substr(0, email.find('@')),
                      std::move(roles),
                      agency_id,
                      {},
                      std::string(kTestPassword)};
    EXPECT_TRUE(server.users().Create(user, app::Actor::System())) << email;
  }
  return SignIn(server.port(), email, kTestPassword);
}

ApiClient SignInAdmin(InProcessServer& server) {
  const auto& first = server.first_run();
  const std::string secret = SecretOf(first.totp_uri);
  // The server accepts each 30-second step's code once (RFC 6238 section
  // 5.2): when this step's is used, the test's clock moves to the next step.
  const auto code = [&] {
    constexpr std::int64_t kStepMs = 30'000;
    const auto step = [&] { return server.clock().Now().time_since_epoch().count() / kStepMs; };
    if (step() <= server.admin_totp_step) {
      server.clock().Set(
          Instant{std::chrono::milliseconds{(server.admin_totp_step + 1) * kStepMs}});
    }
    server.admin_totp_step = step();
    return *app::TotpCode(secret, server.clock().Now());
  };
  if (!server.admin_password_changed) {
    ApiClient client =
        SignIn(server.port(), first.admin.user.email, *first.admin.one_time_password, code());
    const auto reply = client.Call(
        "POST", "/api/session/password",
        json{{"current_password", *first.admin.one_time_password}, {"new_password", kTestPassword}}
            .dump());
    EXPECT_EQ(reply.status, 204u) << reply.body;
    server.admin_password_changed = true;
  }
  return SignIn(server.port(), first.admin.user.email, kTestPassword, code());
}

}  // namespace casereview::testing
