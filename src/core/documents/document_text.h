// The words of a stored document, read from the formats whose text is plain
// XML or plain UTF-8: a Word document's `word/document.xml`, an OpenDocument
// text's `content.xml`, a text file. One line per paragraph; no styling.
// Pure: no I/O. The package must have passed OfficePackageProblem.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/documents/media_type.h"

namespace casereview {

// At most this much text is kept of one document (16 MiB, about 2,500 pages).
inline constexpr std::size_t kMaxDocumentTextBytes = std::size_t{16} << 20;

// The text of `bytes`, of `type`; nullopt when `type` is not one read here
// (PDF, images, the old binary Office formats, spreadsheets, slides) or the
// file does not hold what its type promises. Text beyond kMaxDocumentTextBytes
// is cut at a character boundary.
std::optional<std::string> PlainTextOf(std::string_view bytes, MediaType type);

}  // namespace casereview
