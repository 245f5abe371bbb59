// Instants (audit, updates, sessions) are UTC; this is their one text form.
#pragma once

#include <chrono>
#include <string>

namespace casereview {

using Instant = std::chrono::sys_time<std::chrono::milliseconds>;

// ISO-8601 UTC with milliseconds, e.g. "2026-11-22T23:42:53.120Z". Sorts as text.
std::string FormatInstant(Instant instant);

}  // namespace casereview
