// Logs go to stderr, one line per event, as text or JSON lines. Never personal
// data or secrets: callers log routes, codes and counts, not values.
#pragma once

#include <string>

#include "core/error.h"

namespace casereview::cli {

// format: "text" or "json"; level: "debug", "info", "warn" or "error".
// kInvalid names the flag whose value is not one of those.
Result<void> ConfigureLogging(const std::string& format, const std::string& level);

}  // namespace casereview::cli
