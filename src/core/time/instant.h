// Instants (audit, updates, sessions) are UTC; this is their one text form.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace casereview {

using Instant = std::chrono::sys_time<std::chrono::milliseconds>;

// ISO-8601 UTC with milliseconds, e.g. "2026-11-22T23:42:53.120Z". Sorts as text.
std::string FormatInstant(Instant instant);

// Reads FormatInstant's form back; nullopt for any other text.
std::optional<Instant> ParseInstant(std::string_view text);

}  // namespace casereview
