#include "cli/listen_address.h"

#include <gtest/gtest.h>

namespace casereview::cli {
namespace {

TEST(ListenAddress, ParsesHostAndPort) {
  auto address = ParseListenAddress("0.0.0.0:8080");
  ASSERT_TRUE(address);
  EXPECT_EQ(address->host, "0.0.0.0");
  EXPECT_EQ(address->port, 8080);
}

TEST(ListenAddress, AcceptsPortZeroLocalhostAndIpv6) {
  EXPECT_EQ(ParseListenAddress("127.0.0.1:0")->port, 0);
  EXPECT_EQ(ParseListenAddress("localhost:9000")->host, "127.0.0.1");
  auto v6 = ParseListenAddress("[::1]:8443");
  ASSERT_TRUE(v6);
  EXPECT_EQ(v6->host, "::1");
  EXPECT_EQ(v6->port, 8443);
}

TEST(ListenAddress, RejectsMalformedTextNamingTheFlag) {
  for (const char* text :
       {"8080", "127.0.0.1:", ":8080", "127.0.0.1:65536", "127.0.0.1:80x", "127.0.0.1:-1"}) {
    auto address = ParseListenAddress(text);
    ASSERT_FALSE(address) << text;
    EXPECT_EQ(address.error().code, ErrorCode::kInvalid);
    EXPECT_NE(address.error().message.find("--listen"), std::string::npos);
  }
}

}  // namespace
}  // namespace casereview::cli
