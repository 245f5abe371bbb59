// The kinds of file casereview stores, decided from a file's bytes and never
// from its name: office documents, PDF, images and plain text. Anything a
// browser could run (HTML, SVG, XML, scripts) or an operating system could
// execute is refused, however it is named.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/enum_names.h"

namespace casereview {

enum class MediaType {
  kPdf,
  kDocx,
  kXlsx,
  kPptx,
  kOdt,
  kDoc,
  kXls,
  kRtf,
  kPng,
  kJpeg,
  kText,
};

// The IANA media type names, as stored and sent in Content-Type.
inline constexpr EnumNames<MediaType, 11> kMediaTypes{{{
    {MediaType::kPdf, "application/pdf"},
    {MediaType::kDocx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {MediaType::kXlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {MediaType::kPptx, "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
    {MediaType::kOdt, "application/vnd.oasis.opendocument.text"},
    {MediaType::kDoc, "application/msword"},
    {MediaType::kXls, "application/vnd.ms-excel"},
    {MediaType::kRtf, "application/rtf"},
    {MediaType::kPng, "image/png"},
    {MediaType::kJpeg, "image/jpeg"},
    {MediaType::kText, "text/plain"},
}}};

// The file extension of `type`, without the dot ("pdf", "docx", "jpg", "txt").
std::string_view FileExtension(MediaType type);

// Whether `file_name` ends in an extension of `type` (case-insensitive;
// "jpeg" counts for JPEG).
bool HasExtensionOf(std::string_view file_name, MediaType type);

// The type of a file from its leading bytes: PDF ("%PDF-"); a ZIP whose first
// entries name word/, xl/ or ppt/ (Office Open XML) or whose mimetype entry is
// an OpenDocument text; OLE2 compound files holding a WordDocument or Workbook
// stream; RTF; PNG; JPEG; or plain text (valid UTF-8 without NUL or control
// characters other than tab, CR and LF, that does not look like markup or a
// script). nullopt for anything else, for empty input and for truncated input.
std::optional<MediaType> SniffMediaType(std::string_view bytes);

// Whether `bytes`, sniffed as `type`, hold HTML or SVG markup ("<script",
// "<html", "<svg", "<iframe", ... in any case) where the format keeps bytes as
// they are: a polyglot, a PDF or PNG that a browser would run as a web page if
// it were ever sniffed or saved as one (issue 12, finding 15). Compressed data
// (PDF streams, PNG image data, a JPEG's scans) is skipped, where random bytes
// would match by chance: a PDF outside its streams, a PNG's chunks but IDAT
// and what follows IEND, a JPEG's headers and what follows its end, RTF whole,
// Word and Excel 97 in their first 1,445 bytes (what a browser sniffs). Office
// packages and plain text are judged elsewhere (false here). One pass.
bool HoldsMarkup(std::string_view bytes, MediaType type);

// The length in bytes of the UTF-8 character `text` starts with; 0 when it
// does not start with one (empty, malformed, overlong, a surrogate, or above
// U+10FFFF).
std::size_t Utf8SequenceLength(std::string_view text);

// "PDF, Word, Excel, ...": what SniffMediaType accepts, for people.
inline constexpr std::string_view kAcceptedFileTypes =
    "PDF, Word, Excel, PowerPoint, OpenDocument text, RTF, PNG, JPEG or plain text";

}  // namespace casereview
