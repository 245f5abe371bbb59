// The --listen flag: HOST:PORT, [IPv6]:PORT, or localhost:PORT.
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"

namespace casereview::cli {

struct ListenAddress {
  std::string host;  // an IP address literal
  unsigned short port = 0;
};

// kInvalid, naming --listen, when the text is not HOST:PORT with a port in 0..65535.
Result<ListenAddress> ParseListenAddress(std::string_view text);

}  // namespace casereview::cli
