#include "http/server/client_address.h"

#include <boost/asio/ip/address.hpp>
#include <vector>

#include "core/records/text.h"

namespace casereview::http {

std::string ClientAddress(std::string_view peer, std::string_view forwarded, int trusted_proxies) {
  if (trusted_proxies <= 0) return std::string(peer);
  std::vector<std::string_view> entries;
  while (true) {
    const auto comma = forwarded.find(',');
    entries.push_back(Trimmed(forwarded.substr(0, comma), " \t"));
    if (comma == std::string_view::npos) break;
    forwarded.remove_prefix(comma + 1);
  }
  if (entries.size() < static_cast<std::size_t>(trusted_proxies)) return std::string(peer);
  const std::string_view entry =
      entries[entries.size() - static_cast<std::size_t>(trusted_proxies)];
  // Longer than any address's text: not worth parsing.
  if (entry.empty() || entry.size() > 45) return std::string(peer);
  boost::system::error_code ec;
  const auto address = boost::asio::ip::make_address(std::string(entry), ec);
  if (ec) return std::string(peer);
  return address.to_string();
}

}  // namespace casereview::http
