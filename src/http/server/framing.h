// What makes a request's framing ambiguous: headers that a proxy in front of
// the server could read differently from it, so that one could smuggle a
// request past the other (RFC 9112 sections 3.2, 5.2 and 6.1).
#pragma once

#include <optional>
#include <string_view>

#include "core/error.h"
#include "http/server/message.h"

namespace casereview::http {

// kInvalid, saying which rule is broken, when the parsed request head has a
// Transfer-Encoding other than exactly "chunked", both Transfer-Encoding and
// Content-Length, or no Host (HTTP/1.1) or more than one. The connection must
// then be closed, since where the next request starts cannot be known.
// nullopt when the framing is plain.
std::optional<Error> FramingProblem(const beast_http::request_header<>& head);

// The same for the raw bytes of a request head (up to its blank line), which
// the parser would otherwise quietly unfold: a header line folded onto the
// next (obs-fold, a line that starts with a space or a tab).
std::optional<Error> FoldedLineProblem(std::string_view raw_head);

}  // namespace casereview::http
