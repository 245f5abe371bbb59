#include "cli/listen_address.h"

#include <fmt/format.h>

#include <charconv>

namespace casereview::cli {

Result<ListenAddress> ParseListenAddress(std::string_view text) {
  const auto invalid = [text](std::string_view why) {
    return Fail(ErrorCode::kInvalid, fmt::format("--listen: '{}' {}", text, why));
  };
  const auto colon = text.rfind(':');
  if (colon == std::string_view::npos) return invalid("is not HOST:PORT");
  std::string_view host = text.substr(0, colon);
  const std::string_view port_text = text.substr(colon + 1);
  if (host.starts_with('[') && host.ends_with(']')) host = host.substr(1, host.size() - 2);
  if (host.empty()) return invalid("has no host");
  unsigned port = 0;
  const auto [end, error] =
      std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (port_text.empty() || error != std::errc() || end != port_text.data() + port_text.size() ||
      port > 65535) {
    return invalid("has no port from 0 to 65535");
  }
  ListenAddress address;
  address.host = host == "localhost" ? "127.0.0.1" : std::string(host);
  address.port = static_cast<unsigned short>(port);
  return address;
}

}  // namespace casereview::cli
