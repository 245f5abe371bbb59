// Whom a request came from, for the audit log and the sign-in throttle.
#pragma once

#include <string>
#include <string_view>

namespace casereview::http {

// The client's address. With trusted_proxies 0 it is `peer`, the socket's.
// Behind N trusted proxies it is the entry of X-Forwarded-For (`forwarded`,
// every field line joined by commas, in order) that the N-th proxy back
// added: the N-th from the end, since each proxy appends the address it was
// reached from and anything before that came from the client, who may have
// written anything. An entry that is not an IPv4 or IPv6 address, or a header
// with too few entries, is ignored and `peer` used. Always an address in its
// canonical text form, so that the audit log holds nothing else.
std::string ClientAddress(std::string_view peer, std::string_view forwarded, int trusted_proxies);

}  // namespace casereview::http
