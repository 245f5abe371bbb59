// The documents of a review over HTTP: list and create (JSON), upload a
// version (the raw bytes as the body, the file name percent-encoded in
// X-File-Name), read one, download a version as an attachment carrying its
// sniffed type. app/documents/documents.h decides who may do what.
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"
#include "http/routes/api.h"
#include "http/server/router.h"

namespace casereview::http {

// Registers the document routes. The blob store and use cases they need are
// owned by the routes' handlers, so they live exactly as long as the router.
Result<void> AddDocumentRoutes(Router& router, Services& services);

// The Content-Disposition of a download named `file_name`: attachment, an
// ASCII-only `filename` (no quotes, backslashes, control or non-ASCII
// characters) and the exact name as RFC 5987 `filename*`.
std::string AttachmentDisposition(std::string_view file_name);

}  // namespace casereview::http
