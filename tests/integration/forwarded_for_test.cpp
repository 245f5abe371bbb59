// The real server behind a trusted proxy (--trust-proxy): a client that forges
// X-Forwarded-For can neither escape the lockout nor write what it likes into
// the audit log (issue 12, finding 1).
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "integration/http_client.h"
#include "integration/server_process.h"
#include "support/temp_dir.h"

namespace casereview::testing {
namespace {

using nlohmann::json;

// The audit log's session.failed events' client addresses, oldest first.
std::vector<std::string> FailedSignInAddresses(const std::filesystem::path& data_dir) {
  std::vector<std::string> addresses;
  sqlite3* handle = nullptr;
  if (sqlite3_open_v2((data_dir / "casereview.sqlite3").c_str(), &handle, SQLITE_OPEN_READONLY,
                      nullptr) == SQLITE_OK) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle,
                           "SELECT client_address FROM audit_event "
                           "WHERE action = 'session.failed' ORDER BY seq",
                           -1, &statement, nullptr) == SQLITE_OK) {
      while (sqlite3_step(statement) == SQLITE_ROW) {
        const auto* text = sqlite3_column_text(statement, 0);
        addresses.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
      }
    }
    sqlite3_finalize(statement);
  }
  sqlite3_close(handle);
  return addresses;
}

HttpReply SignInFrom(unsigned short port, const std::string& email, const std::string& password,
                     const std::string& forwarded_for) {
  HttpRequest request;
  request.method = "POST";
  request.target = "/api/session";
  request.headers["Content-Type"] = "application/json";
  request.headers["X-Forwarded-For"] = forwarded_for;
  request.body = json{{"email", email}, {"password", password}}.dump();
  return Send(port, request);
}

TEST(ForwardedFor, MalformedAddressesNeitherEscapeTheLockoutNorReachTheAuditLog) {
  TempDir dir;
  const auto data = dir.path() / "data";
  ServerProcess server(data, {"--trust-proxy", "--log-level", "warn"});
  ASSERT_TRUE(server.running());
  std::smatch password;
  const std::string output = server.Output();
  ASSERT_TRUE(std::regex_search(output, password, std::regex(R"(one-time password[^:]*: (\S+))")))
      << output;
  const std::string email = "admin@example.invalid";

  // Each entry is what the client wrote; the proxy appends the address it was
  // reached from, which is what the server must take. Every one of these
  // malformed values is ignored in favour of the socket's address.
  const std::vector<std::string> forged = {"\xff\xfe",
                                           "not an address",
                                           "203.0.113.300",
                                           "1.2.3.4:80",
                                           "2001:db8::zz",
                                           "'; DROP TABLE x",
                                           "",
                                           "\xc3\x28",
                                           "999.999.999.999",
                                           std::string(80, '9')};
  for (const std::string& value : forged) {
    const HttpReply refused = SignInFrom(server.port(), email, "not the password", value);
    EXPECT_EQ(refused.status, 401u) << refused.body;
  }
  const HttpReply locked = SignInFrom(server.port(), email, password[1], "203.0.113.7");
  EXPECT_EQ(locked.status, 401u) << "the right password on a locked account: " << locked.body;

  const auto addresses = FailedSignInAddresses(data);
  ASSERT_EQ(addresses.size(), 11u) << "ten wrong passwords and the attempt while locked";
  for (std::size_t i = 0; i < forged.size(); ++i) {
    EXPECT_EQ(addresses[i], "127.0.0.1") << "attempt " << i;
  }
  EXPECT_EQ(addresses.back(), "203.0.113.7") << "a well-formed address the proxy added is kept";
}

TEST(ForwardedFor, TheAddressTheProxyAddedIsTakenNotTheClientsOwn) {
  TempDir dir;
  const auto data = dir.path() / "data";
  ServerProcess server(data, {"--trust-proxy", "--log-level", "warn"});
  ASSERT_TRUE(server.running());
  SignInFrom(server.port(), "nobody@example.invalid", "x", "198.51.100.1, 203.0.113.9");
  const auto addresses = FailedSignInAddresses(data);
  ASSERT_EQ(addresses.size(), 1u);
  EXPECT_EQ(addresses.front(), "203.0.113.9");
}

}  // namespace
}  // namespace casereview::testing
