// A signed-in user agent for integration tests against InProcessServer: its
// session cookie and CSRF token, and helpers to create and sign in users.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/access/access.h"
#include "integration/http_client.h"
#include "integration/in_process_server.h"

namespace casereview::testing {

// The password every test user but the first administrator is created with.
inline constexpr std::string_view kTestPassword = "fictional passphrase for tests";

struct ApiClient {
  unsigned short port = 0;
  std::string cookie;
  std::string csrf;

  // Sends the cookie, the CSRF token on state-changing methods, and
  // Content-Type: application/json when there is a body (unless `headers` set one).
  HttpReply Call(const std::string& method, const std::string& target, const std::string& body = "",
                 const std::map<std::string, std::string>& headers = {}) const;
};

// Signs in over HTTP (the test fails unless it answers 201).
ApiClient SignIn(unsigned short port, const std::string& email, std::string_view password,
                 std::optional<std::string> totp = {});

// A user of the server's partnership holding `roles` (created on first use,
// with kTestPassword), signed in.
ApiClient SignInAs(InProcessServer& server, const std::string& email, std::vector<Role> roles,
                   std::optional<std::int64_t> agency_id = {});

// The first administrator, signed in with their second factor (their
// one-time password is changed to kTestPassword on first use).
ApiClient SignInAdmin(InProcessServer& server);

}  // namespace casereview::testing
