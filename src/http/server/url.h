// Reading the parts of a request target: percent-decoding and query strings.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace casereview::http {

// Percent-decodes text ("%20" -> " "); in a query, '+' is a space too.
// nullopt when an escape is malformed.
std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space = false);

// The query parameters of a target ("/x?a=1&b=two"), decoded; the last value
// wins when a name repeats. nullopt when an escape is malformed.
std::optional<std::map<std::string, std::string>> QueryParameters(std::string_view target);

}  // namespace casereview::http
