// The real server on port 0 in a temporary data directory, over real HTTP.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sqlite3.h>
#include <sys/socket.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <thread>

#include "integration/http_client.h"
#include "integration/server_process.h"
#include "support/temp_dir.h"

namespace casereview::testing {
namespace {

void WriteFile(const std::filesystem::path& path, std::string_view text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

void ExpectSecurityHeaders(const HttpReply& reply, const std::string& what) {
  EXPECT_NE(reply.Header("content-security-policy").find("script-src 'self'"), std::string::npos)
      << what;
  EXPECT_NE(reply.Header("content-security-policy").find("frame-ancestors 'none'"),
            std::string::npos)
      << what;
  EXPECT_EQ(reply.Header("content-security-policy").find("unsafe-inline"), std::string::npos)
      << what;
  EXPECT_EQ(reply.Header("x-content-type-options"), "nosniff") << what;
  EXPECT_EQ(reply.Header("referrer-policy"), "no-referrer") << what;
}

void ExpectProblem(const HttpReply& reply, unsigned status, const std::string& what) {
  EXPECT_EQ(reply.status, status) << what;
  EXPECT_EQ(reply.Header("content-type"), "application/problem+json") << what;
  const auto body = nlohmann::json::parse(reply.body);
  EXPECT_EQ(body["status"], status) << what;
  EXPECT_FALSE(body["title"].get<std::string>().empty()) << what;
  EXPECT_FALSE(body["detail"].get<std::string>().empty()) << what;
  EXPECT_TRUE(body["type"].is_string()) << what;
  ExpectSecurityHeaders(reply, what);
}

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    WriteFile(dir_->path() / "web/index.html", "<!doctype html><title>Case reviews</title>");
    WriteFile(dir_->path() / "web/assets/index-B1x_9aZq.js", "export {};");
    server_ = new ServerProcess(
        dir_->path() / "data",
        {"--web-dir", (dir_->path() / "web").string(), "--max-body-bytes", "4096"});
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }
  static unsigned short port() { return server_->port(); }

  static TempDir* dir_;
  static ServerProcess* server_;
};
TempDir* ServerTest::dir_ = nullptr;
ServerProcess* ServerTest::server_ = nullptr;

TEST_F(ServerTest, AnnouncesTheBoundPort) {
  EXPECT_TRUE(std::regex_match(server_->first_line(),
                               std::regex(R"(listening on http://127\.0\.0\.1:[0-9]+)")));
  EXPECT_NE(port(), 0);
}

TEST_F(ServerTest, HealthzReportsVersionAndDatabase) {
  const auto reply = Get(port(), "/healthz");
  EXPECT_EQ(reply.status, 200u);
  EXPECT_EQ(reply.Header("content-type"), "application/json");
  EXPECT_EQ(reply.Header("cache-control"), "no-store");
  const auto body = nlohmann::json::parse(reply.body);
  EXPECT_EQ(body["status"], "ok");
  EXPECT_EQ(body["database"], "ok");
  EXPECT_TRUE(std::regex_match(body["version"].get<std::string>(), std::regex(R"(\d+\.\d+\.\d+)")));
  ExpectSecurityHeaders(reply, "healthz");
}

TEST_F(ServerTest, VersionMatchesHealthz) {
  const auto reply = Get(port(), "/api/version");
  EXPECT_EQ(reply.status, 200u);
  EXPECT_EQ(reply.Header("cache-control"), "no-store");
  EXPECT_EQ(nlohmann::json::parse(reply.body)["version"],
            nlohmann::json::parse(Get(port(), "/healthz").body)["version"]);
}

TEST_F(ServerTest, UnknownApiPathIs404Problem) {
  const auto reply = Get(port(), "/api/no-such-thing?with=query");
  ExpectProblem(reply, 404, "unknown api path");
  EXPECT_EQ(reply.Header("cache-control"), "no-store");
}

TEST_F(ServerTest, WrongMethodIs405WithAllow) {
  const auto reply =
      Send(port(), {"POST", "/api/version", {{"Content-Type", "application/json"}}, "{}"});
  ExpectProblem(reply, 405, "POST /api/version");
  EXPECT_EQ(reply.Header("allow"), "GET, HEAD");
  const auto page = Send(port(), {"DELETE", "/reviews/1", {}, ""});
  ExpectProblem(page, 405, "DELETE on a page");
  EXPECT_EQ(page.Header("allow"), "GET, HEAD");
}

TEST_F(ServerTest, BodyOverTheLimitIs413) {
  const auto reply = Send(port(), {"POST", "/api/version", {}, std::string(8192, 'x')});
  ExpectProblem(reply, 413, "large body");
  EXPECT_EQ(Get(port(), "/api/version").status, 200u);
}

TEST_F(ServerTest, MalformedHttpIs400) {
  const std::string reply = SendRaw(port(), "GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n");
  EXPECT_TRUE(reply.starts_with("HTTP/1.1 400")) << reply;
  EXPECT_NE(reply.find("application/problem+json"), std::string::npos);
  EXPECT_NE(reply.find("Content-Security-Policy"), std::string::npos);
}

// Issue 12, finding 14: framing a proxy could read differently. Each gets one
// 400 and the connection closes: the pipelined request after it is never
// answered, so nothing can be smuggled past a proxy.
TEST_F(ServerTest, AmbiguousFramingIs400AndClosesTheConnection) {
  const std::string smuggled = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
  const std::vector<std::string> ambiguous = {
      "POST /api/version HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n"
      "Content-Length: 4\r\n\r\nabcd",
      "POST /api/version HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
      "Content-Length: 4\r\n\r\n0\r\n\r\n",
      "GET /api/version HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
      "GET /api/version HTTP/1.1\r\n\r\n",
      "GET /api/version HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n b\r\n\r\n",
  };
  for (const auto& request : ambiguous) {
    const std::string reply = SendRaw(port(), request + smuggled, 2000);
    EXPECT_TRUE(reply.starts_with("HTTP/1.1 400")) << request << "\n---\n" << reply;
    EXPECT_EQ(reply.find("HTTP/1.1 200"), std::string::npos)
        << "the pipelined request was answered";
  }
  const std::string old_client = SendRaw(port(), "GET /api/version HTTP/1.0\r\n\r\n", 2000);
  EXPECT_TRUE(old_client.starts_with("HTTP/1.1 200") || old_client.starts_with("HTTP/1.0 200"))
      << "HTTP/1.0 needs no Host: " << old_client.substr(0, 80);
}

TEST_F(ServerTest, ServesTheWebAppWithCacheHeaders) {
  const auto page = Get(port(), "/");
  EXPECT_EQ(page.status, 200u);
  EXPECT_EQ(page.Header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(page.Header("cache-control"), "no-cache");
  ExpectSecurityHeaders(page, "index");
  const auto script = Get(port(), "/assets/index-B1x_9aZq.js");
  EXPECT_EQ(script.status, 200u);
  EXPECT_EQ(script.Header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(script.Header("cache-control"), "public, max-age=31536000, immutable");
  ExpectSecurityHeaders(script, "asset");
  const auto revalidated = Send(
      port(), {"GET", "/assets/index-B1x_9aZq.js", {{"If-None-Match", script.Header("etag")}}, ""});
  EXPECT_EQ(revalidated.status, 304u);
}

TEST_F(ServerTest, AppRoutesFallBackToIndex) {
  const auto deep = Get(port(), "/reviews/123?tab=actions");
  EXPECT_EQ(deep.status, 200u);
  EXPECT_EQ(deep.body, Get(port(), "/").body);
  ExpectProblem(Get(port(), "/assets/missing-AAAAAAAA.js"), 404, "missing asset");
}

TEST_F(ServerTest, HeadHasHeadersButNoBody) {
  const auto reply = Send(port(), {"HEAD", "/api/version", {}, ""});
  EXPECT_EQ(reply.status, 200u);
  EXPECT_TRUE(reply.body.empty());
  EXPECT_NE(reply.Header("content-length"), "0");
}

TEST_F(ServerTest, SurvivesGarbageAndTheNextRequestSucceeds) {
  const std::vector<std::string> attacks = {
      std::string("\x00\x01\x02\xff\xfe garbage \r\n\r\n", 18),
      "NOT-HTTP\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: x\r\nX-Long: " + std::string(1024 * 1024, 'a') + "\r\n\r\n",
      "POST /api/version HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly-part",
      "GET /" + std::string(64 * 1024, 'p') + " HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
  };
  for (const auto& attack : attacks) {
    (void)SendRaw(port(), attack, 1000);
    ASSERT_EQ(Get(port(), "/healthz").status, 200u) << "after " << attack.substr(0, 40);
  }
  const std::string long_header = SendRaw(
      port(), "GET / HTTP/1.1\r\nHost: x\r\nX-Long: " + std::string(20 * 1024, 'a') + "\r\n\r\n");
  EXPECT_TRUE(long_header.starts_with("HTTP/1.1 400")) << long_header.substr(0, 80);
}

TEST_F(ServerTest, KeepsConnectionsAlive) {
  const std::string two =
      SendRaw(port(),
              "GET /api/version HTTP/1.1\r\nHost: x\r\n\r\nGET /api/version HTTP/1.1\r\nHost: x\r\n"
              "Connection: close\r\n\r\n");
  EXPECT_EQ(std::count(two.begin(), two.end(), '{'), 2) << two;
}

TEST_F(ServerTest, AccessLogNamesRoutesButNeverQueriesOrBodies) {
  (void)Get(port(), "/api/version?name=Fictional-Child-Name");
  (void)Send(port(), {"POST", "/api/nothing", {}, "{\"secret\":\"Fictional-Body-Text\"}"});
  (void)Get(port(), "/reviews/Fictional-Path-Name");
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const std::string log = server_->Log();
  EXPECT_NE(log.find("GET /api/version 200"), std::string::npos) << log;
  EXPECT_NE(log.find("GET static 200"), std::string::npos) << log;
  EXPECT_EQ(log.find("Fictional-Child-Name"), std::string::npos);
  EXPECT_EQ(log.find("Fictional-Body-Text"), std::string::npos);
  EXPECT_EQ(log.find("Fictional-Path-Name"), std::string::npos);
}

TEST(ServerLifecycle, StopsGracefullyOnSigtermWithinTwoSeconds) {
  TempDir dir;
  ServerProcess server(dir.path() / "data");
  ASSERT_EQ(Get(server.port(), "/healthz").status, 200u);
  const auto exit_code = server.Terminate(std::chrono::milliseconds(2000));
  ASSERT_TRUE(exit_code.has_value()) << "still running 2 s after SIGTERM";
  EXPECT_EQ(*exit_code, 0);
}

TEST(ServerLifecycle, ClosesIdleKeepAliveConnectionsAtOnceOnShutdown) {
  TempDir dir;
  ServerProcess server(dir.path() / "data");
  std::jthread idle([port = server.port()] { (void)SendRaw(port, "", 4000); });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  // Well inside the 1.5 s grace that in-flight requests get: idle ones are not waited for.
  const auto exit_code = server.Terminate(std::chrono::milliseconds(1000));
  ASSERT_TRUE(exit_code.has_value()) << "an idle connection held the server open";
  EXPECT_EQ(*exit_code, 0);
}

TEST(ServerLifecycle, AnswersOverTheConnectionCapWith503) {
  TempDir dir;
  ServerProcess server(dir.path() / "data", {"--max-connections", "2"});
  std::vector<std::jthread> holders;
  for (int i = 0; i < 2; ++i) {
    holders.emplace_back(
        [port = server.port()] { (void)SendRaw(port, "GET / HTTP/1.1\r\n", 1500); });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const std::string refused = SendRaw(server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_TRUE(refused.starts_with("HTTP/1.1 503")) << refused.substr(0, 80);
  EXPECT_NE(refused.find("Retry-After"), std::string::npos);
  holders.clear();
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(Get(server.port(), "/healthz").status, 200u);
}

// GET /healthz from `source` (another loopback address) to 127.0.0.1:port;
// the status line, or "" when nothing came back.
std::string HealthzFrom(const char* source, unsigned short port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return "";
  sockaddr_in local{};
  local.sin_family = AF_INET;
  ::inet_pton(AF_INET, source, &local.sin_addr);
  sockaddr_in server{};
  server.sin_family = AF_INET;
  server.sin_port = htons(port);
  ::inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
  std::string reply;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) == 0 &&
      ::connect(fd, reinterpret_cast<sockaddr*>(&server), sizeof server) == 0) {
    const std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    if (::send(fd, request.data(), request.size(), 0) == static_cast<ssize_t>(request.size())) {
      char chunk[512];
      const ssize_t got = ::recv(fd, chunk, sizeof chunk, 0);
      if (got > 0) reply.assign(chunk, static_cast<std::size_t>(got));
    }
  }
  ::close(fd);
  return reply.substr(0, reply.find("\r\n"));
}

// Issue 12, finding 8: 1,100 slow connections from one address took all 1,024
// slots and /healthz answered 503 for 25 s. Now one address holds at most its
// share, and a head that does not arrive in time ends the connection.
TEST(ServerLifecycle, OneAddressCannotHoldEverySlotNorKeepAHeadWaiting) {
  TempDir dir;
  ServerProcess server(dir.path() / "data",
                       {"--max-connections", "8", "--max-connections-per-address", "3",
                        "--header-timeout-seconds", "1"});
  std::vector<std::jthread> slow;
  for (int i = 0; i < 3; ++i) {
    slow.emplace_back([port = server.port()] { (void)SendRaw(port, "GET / HTTP/1.1\r\n", 3000); });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const std::string fourth = SendRaw(server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_TRUE(fourth.starts_with("HTTP/1.1 503")) << "over this address's share: " << fourth;
  EXPECT_EQ(HealthzFrom("127.0.0.2", server.port()), "HTTP/1.1 200 OK")
      << "another address is served all the same";

  // A head that never completes is cut off at the header deadline, well
  // before the 30-second request timeout (SendRaw would wait 5 s).
  slow.clear();
  const auto started = std::chrono::steady_clock::now();
  const std::string cut = SendRaw(server.port(), "GET / HTTP/1.1\r\nHost: x\r\n", 5000);
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(4000))
      << "the connection was closed at the deadline";
  EXPECT_EQ(cut.find("HTTP/1.1 200"), std::string::npos) << cut;
}

TEST(ServerLifecycle, HealthzIs503WhenTheDatabaseIsUnusable) {
  TempDir dir;
  ServerProcess server(dir.path() / "data");
  ASSERT_EQ(Get(server.port(), "/healthz").status, 200u);
  // Another process breaks the schema under the running server.
  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open((dir.path() / "data" / "casereview.sqlite3").c_str(), &handle), SQLITE_OK);
  sqlite3_busy_timeout(handle, 5000);  // the server's job workers may be writing
  ASSERT_EQ(sqlite3_exec(handle, "DROP TABLE schema_migrations", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(handle);
  const auto reply = Get(server.port(), "/healthz");
  EXPECT_EQ(reply.status, 503u);
  const auto body = nlohmann::json::parse(reply.body);
  EXPECT_EQ(body["status"], "unavailable");
  EXPECT_EQ(body["database"], "unavailable");
}

}  // namespace
}  // namespace casereview::testing
