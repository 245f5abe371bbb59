// Lists of short texts (themes, aliases, lines of enquiry) as stored in one
// column: a JSON array of strings.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace casereview::app {

std::string TextListToJson(const std::vector<std::string>& items);

// The strings of a stored JSON array; empty for NULL or anything else.
std::vector<std::string> TextListFromJson(const std::optional<std::string>& text);

}  // namespace casereview::app
