// Whether a file sniffed as an Office Open XML document (DOCX, XLSX, PPTX) or
// an OpenDocument text is the package it claims to be, judged from its ZIP
// central directory before anything large is inflated (issue 12, finding 15:
// a zip holding only `word/x`, a 1 GB zip bomb and a zip with an HTML entry
// were all stored as DOCX).
//
// A sound package:
//   - is one plain ZIP: its end record closes the file, its central directory
//     ends where that record starts, every entry's local header agrees with
//     the directory (flags, method, CRC, sizes, name), no ZIP64, no
//     encryption, only stored or deflated entries, none sharing bytes;
//   - names each part once, with a relative path free of "..", "\" and NUL;
//   - unpacks to at most kMaxUnpackedBytes, no entry above 1 MiB growing more
//     than kMaxInflationRatio times;
//   - holds no HTML, script, executable, macro (VBA, OpenDocument Basic/ and
//     Scripts/) or ActiveX part; OLE embeddings (an embedded spreadsheet)
//     are allowed;
//   - for Office Open XML, has `[Content_Types].xml` (ECMA-376 part 2, §10.1)
//     declaring the main part of its type, which is present, and
//     `_rels/.rels`; nothing declared macro-enabled;
//   - for OpenDocument, has `content.xml` and `META-INF/manifest.xml`.
// Only `[Content_Types].xml` is inflated, and never past 1 MiB. Pure: no I/O.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/documents/media_type.h"

namespace casereview {

inline constexpr std::size_t kMaxUnpackedBytes = std::size_t{512} << 20;  // 512 MiB
inline constexpr std::size_t kMaxInflationRatio = 100;

// Why `bytes`, sniffed as `type`, is not a sound package, in words for the
// person uploading it ("the file is not a Word document: ..."); nullopt when
// it is sound, or when `type` is not a ZIP-based type.
std::optional<std::string> OfficePackageProblem(std::string_view bytes, MediaType type);

// The unpacked bytes of part `name` (matched ignoring case) of a package,
// at most `cap` of them; nullopt when the ZIP is not sound, the part is
// missing or it would unpack to more than `cap`. For reading text out of a
// package that OfficePackageProblem has passed.
std::optional<std::string> OfficePackagePart(std::string_view bytes, std::string_view name,
                                             std::size_t cap);

}  // namespace casereview
