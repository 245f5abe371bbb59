// Deny by default, proven over real HTTP: every registered route, for every role
// and for no session, answers as docs/security.md says. Also the session
// mechanics a browser relies on: cookie attributes, CSRF, same-origin, sign-out,
// a disabled user's live session, the one-time password gate.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "integration/api_client.h"
#include "integration/http_client.h"
#include "integration/in_process_server.h"
#include "support/markdown_table.h"

namespace casereview::testing {
namespace {

using nlohmann::json;

struct DocumentedRoute {
  std::string method;
  std::string path;
  std::string capability;
};

// The route table of docs/security.md.
std::vector<DocumentedRoute> DocumentedRoutes() {
  std::vector<DocumentedRoute> routes;
  for (const auto& cells :
       MarkdownTable(CASEREVIEW_SECURITY_DOC, "| method | path | capability |")) {
    if (cells.size() >= 3) routes.push_back({cells[0], cells[1], cells[2]});
  }
  return routes;
}

HttpReply PostSession(unsigned short port, const json& body) {
  return Send(port, {"POST", "/api/session", {{"Content-Type", "application/json"}}, body.dump()});
}

class AccessMatrixTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new InProcessServer(); }
  static void TearDownTestSuite() { delete server_; }

  // A signed-in session for a user holding just `role` (the admin: the first one).
  ApiClient ClientFor(Role role) {
    if (role == Role::kAdmin) return Admin();
    std::optional<std::int64_t> agency;
    if (role == Role::kAgencyLead) agency = server_->agency_id();
    return SignInAs(*server_, std::string(RoleName(role)) + "@northmoor.example", {role}, agency);
  }

  ApiClient Admin() { return SignInAdmin(*server_); }

  static InProcessServer* server_;
};
InProcessServer* AccessMatrixTest::server_ = nullptr;

std::string Concrete(std::string pattern) {
  for (auto open = pattern.find('{'); open != std::string::npos; open = pattern.find('{')) {
    pattern.replace(open, pattern.find('}', open) - open + 1, "999999");
  }
  return pattern;
}

TEST_F(AccessMatrixTest, EveryRouteIsDocumentedAndEveryDocumentedRouteExists) {
  const auto documented = DocumentedRoutes();
  ASSERT_FALSE(documented.empty());
  for (const auto& route : server_->router().routes()) {
    const std::string method(http::beast_http::to_string(route.method));
    const auto found = std::find_if(documented.begin(), documented.end(), [&](const auto& entry) {
      return entry.method == method && entry.path == route.pattern;
    });
    ASSERT_NE(found, documented.end())
        << method << " " << route.pattern << " is missing from docs/security.md";
    EXPECT_EQ(found->capability, CapabilityName(route.capability))
        << method << " " << route.pattern;
  }
  for (const auto& entry : documented) {
    const bool exists = std::any_of(
        server_->router().routes().begin(), server_->router().routes().end(),
        [&](const auto& route) {
          return std::string(http::beast_http::to_string(route.method)) == entry.method &&
                 route.pattern == entry.path;
        });
    EXPECT_TRUE(exists) << entry.method << " " << entry.path << " is documented but not served";
  }
}

TEST_F(AccessMatrixTest, EveryRoleGetsExactlyWhatTheTableSays) {
  // Signing out comes last, so that it does not end the session mid-walk.
  std::vector<const http::Route*> routes;
  for (const auto& route : server_->router().routes()) routes.push_back(&route);
  std::stable_partition(routes.begin(), routes.end(), [](const http::Route* route) {
    return !(route->method == http::Method::delete_ && route->pattern == "/api/session");
  });

  const ApiClient anonymous{server_->port(), "", ""};
  for (const http::Route* route : routes) {
    const std::string method(http::beast_http::to_string(route->method));
    const auto reply =
        anonymous.Call(method, Concrete(route->pattern), method == "GET" ? "" : "{}");
    if (NeedsSession(route->capability)) {
      EXPECT_EQ(reply.status, 401u) << "no session: " << method << " " << route->pattern;
    } else {
      EXPECT_NE(reply.status, 401u) << "no session: " << method << " " << route->pattern;
      EXPECT_NE(reply.status, 403u) << "no session: " << method << " " << route->pattern;
    }
  }
  for (const Role role : kAllRoles) {
    const ApiClient client = ClientFor(role);
    for (const http::Route* route : routes) {
      const std::string method(http::beast_http::to_string(route->method));
      const auto reply = client.Call(method, Concrete(route->pattern), method == "GET" ? "" : "{}");
      const std::string where =
          std::string(RoleName(role)) + ": " + method + " " + route->pattern + " -> " + reply.body;
      if (RoleHolds(role, route->capability) || !NeedsSession(route->capability)) {
        EXPECT_NE(reply.status, 401u) << where;
        EXPECT_NE(reply.status, 403u) << where;
      } else {
        EXPECT_EQ(reply.status, 403u) << where;
      }
    }
  }
}

TEST_F(AccessMatrixTest, TheSessionCookieIsHttpOnlyStrictAndScoped) {
  ClientFor(Role::kPartner);
  const auto reply = PostSession(
      server_->port(), {{"email", "partner@northmoor.example"}, {"password", kTestPassword}});
  ASSERT_EQ(reply.status, 201u);
  const std::string cookie = reply.Header("set-cookie");
  EXPECT_TRUE(cookie.starts_with("casereview_session="));
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("; SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("; Path=/"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "plain HTTP without --trust-proxy";
  EXPECT_EQ(reply.Header("cache-control"), "no-store");
}

TEST_F(AccessMatrixTest, WhoAmIAnswersWithAndWithoutASession) {
  const ApiClient client = ClientFor(Role::kPanelMember);
  const auto signed_in = json::parse(client.Call("GET", "/api/session").body);
  EXPECT_EQ(signed_in["signed_in"], true);
  EXPECT_EQ(signed_in["user"]["roles"], json::array({"panel_member"}));
  EXPECT_EQ(signed_in["csrf_token"], client.csrf);
  const auto anonymous = json::parse(Get(server_->port(), "/api/session").body);
  EXPECT_EQ(anonymous, json({{"signed_in", false}}));
}

TEST_F(AccessMatrixTest, StateChangesNeedTheCsrfTokenAndTheSameOrigin) {
  ApiClient client = ClientFor(Role::kCoordinator);
  const std::string body =
      json{{"current_password", kTestPassword}, {"new_password", kTestPassword}}.dump();
  ApiClient no_token = client;
  no_token.csrf.clear();
  EXPECT_EQ(no_token.Call("DELETE", "/api/session").status, 403u);
  ApiClient wrong_token = client;
  wrong_token.csrf = std::string(client.csrf.size(), 'A');
  EXPECT_EQ(wrong_token.Call("DELETE", "/api/session").status, 403u);

  HttpRequest cross_site{"DELETE",
                         "/api/session",
                         {{"Cookie", client.cookie},
                          {"X-CSRF-Token", client.csrf},
                          {"Origin", "https://elsewhere.example"}},
                         ""};
  EXPECT_EQ(Send(server_->port(), cross_site).status, 403u);
  cross_site.headers["Origin"] = "http://127.0.0.1";  // Host is 127.0.0.1 in this client
  EXPECT_EQ(Send(server_->port(), cross_site).status, 204u) << "same origin is accepted";
  EXPECT_EQ(client.Call("GET", "/api/session").body, json({{"signed_in", false}}).dump())
      << "signed out";
  EXPECT_EQ(
      PostSession(server_->port(), {{"email", "x@northmoor.example"}, {"password", "y"}}).status,
      401u);
  HttpRequest cross_site_sign_in{
      "POST",
      "/api/session",
      {{"Content-Type", "application/json"}, {"Sec-Fetch-Site", "cross-site"}},
      json{{"email", "coordinator@northmoor.example"}, {"password", kTestPassword}}.dump()};
  EXPECT_EQ(Send(server_->port(), cross_site_sign_in).status, 403u);
}

TEST_F(AccessMatrixTest, ADisabledUsersLiveSessionIsRefusedAtOnce) {
  const ApiClient reviewer = ClientFor(Role::kReviewer);
  ASSERT_EQ(json::parse(reviewer.Call("GET", "/api/session").body)["signed_in"], true);
  const ApiClient admin = Admin();
  const auto user = server_->users().FindByEmail("reviewer@northmoor.example");
  ASSERT_TRUE(user);
  const auto disabled =
      admin.Call("POST", "/api/users/" + std::to_string(user->id) + "/disable", "{}");
  ASSERT_EQ(disabled.status, 200u) << disabled.body;
  EXPECT_EQ(json::parse(reviewer.Call("GET", "/api/session").body)["signed_in"], false);
  EXPECT_EQ(reviewer.Call("POST", "/api/session/password", "{}").status, 401u);
}

TEST_F(AccessMatrixTest, AOneTimePasswordMustBeChangedBeforeAnythingElse) {
  const ApiClient admin = Admin();
  const auto created = admin.Call("POST", "/api/users",
                                  json{{"email", "new.coordinator@northmoor.example"},
                                       {"display_name", "Fictional New Coordinator"},
                                       {"roles", {"coordinator"}}}
                                      .dump());
  ASSERT_EQ(created.status, 201u) << created.body;
  const std::string one_time = json::parse(created.body)["one_time_password"];
  ASSERT_EQ(one_time.size(), 20u);
  ApiClient fresh = SignIn(server_->port(), "new.coordinator@northmoor.example", one_time);
  EXPECT_EQ(json::parse(fresh.Call("GET", "/api/session").body)["password_change_required"], true);
  const auto refused = fresh.Call("GET", "/api/users");
  EXPECT_EQ(refused.status, 403u);
  const auto changed = fresh.Call(
      "POST", "/api/session/password",
      json{{"current_password", one_time}, {"new_password", "another fictional passphrase"}}
          .dump());
  EXPECT_EQ(changed.status, 204u) << changed.body;
  EXPECT_EQ(json::parse(fresh.Call("GET", "/api/session").body)["password_change_required"], false);
}

TEST_F(AccessMatrixTest, AdminsManageOnlyTheirOwnPartnershipsUsers) {
  const ApiClient admin = Admin();
  const auto listed = json::parse(admin.Call("GET", "/api/users").body);
  ASSERT_TRUE(listed["users"].is_array());
  EXPECT_GE(listed["users"].size(), 1u);
  for (const auto& user : listed["users"]) {
    EXPECT_FALSE(user.contains("password_hash"));
    EXPECT_FALSE(user.contains("totp_secret"));
  }
  EXPECT_EQ(admin.Call("POST", "/api/users/abc/disable", "{}").status, 404u);
  const auto self = admin.Call(
      "POST", "/api/users/" + std::to_string(server_->first_run().admin.user.id) + "/disable",
      "{}");
  EXPECT_EQ(self.status, 409u);
}

}  // namespace
}  // namespace casereview::testing
