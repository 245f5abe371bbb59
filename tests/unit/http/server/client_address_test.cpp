// Whose address a request is logged under behind trusted proxies: the entry
// the nearest trusted proxy added, and only if it is an IP address.
#include "http/server/client_address.h"

#include <gtest/gtest.h>

namespace casereview::http {
namespace {

constexpr std::string_view kPeer = "10.0.0.2";

TEST(ClientAddress, WithoutATrustedProxyIsTheSocketsPeer) {
  EXPECT_EQ(ClientAddress(kPeer, "203.0.113.7", 0), kPeer);
}

TEST(ClientAddress, IsTheEntryTheTrustedProxyAppended) {
  EXPECT_EQ(ClientAddress(kPeer, "203.0.113.7", 1), "203.0.113.7");
  EXPECT_EQ(ClientAddress(kPeer, "198.51.100.1, 203.0.113.7", 1), "203.0.113.7")
      << "what the client wrote before the proxy's entry is not believed";
  EXPECT_EQ(ClientAddress(kPeer, " 203.0.113.7\t", 1), "203.0.113.7");
  EXPECT_EQ(ClientAddress(kPeer, "198.51.100.1, 203.0.113.7, 10.0.0.9", 2), "203.0.113.7");
}

TEST(ClientAddress, IsCanonicalForIpv6) {
  EXPECT_EQ(ClientAddress(kPeer, "2001:DB8:0:0:0:0:0:1", 1), "2001:db8::1");
}

TEST(ClientAddress, IgnoresAnythingThatIsNotAnAddress) {
  for (const std::string_view forged :
       {"", "not an address", "\xff\xfe", "203.0.113.300", "1.2.3.4:80", "[2001:db8::1]",
        "2001:db8::zz", "1.2.3.4 5.6.7.8", "999.999.999.999"}) {
    EXPECT_EQ(ClientAddress(kPeer, forged, 1), kPeer) << forged;
  }
  EXPECT_EQ(ClientAddress(kPeer, std::string(100, '1'), 1), kPeer);
}

TEST(ClientAddress, IsThePeerWhenThereAreFewerEntriesThanProxies) {
  EXPECT_EQ(ClientAddress(kPeer, "203.0.113.7", 2), kPeer);
}

}  // namespace
}  // namespace casereview::http
