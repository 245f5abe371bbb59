#include "core/documents/media_type.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace casereview {
namespace {

constexpr std::string_view kZipLocalHeader{"PK\x03\x04", 4};
constexpr std::string_view kOle2Header{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8};
constexpr std::string_view kPngHeader{"\x89PNG\r\n\x1A\n", 8};
constexpr std::string_view kJpegHeader{"\xFF\xD8\xFF", 3};
constexpr std::size_t kZipEntriesExamined = 32;

std::uint32_t Little(std::string_view bytes, std::size_t at, std::size_t width) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < width; ++i) {
    value |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
  }
  return value;
}

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(text[i]) != prefix[i]) return false;
  }
  return true;
}

bool ContainsNoCase(std::string_view text, std::string_view needle) {
  for (std::size_t at = 0; at + needle.size() <= text.size(); ++at) {
    if (StartsWithNoCase(text.substr(at), needle)) return true;
  }
  return false;
}

// Walks the ZIP's local file headers from the start; the first entry that
// names an Office Open XML part or an OpenDocument mimetype decides.
std::optional<MediaType> SniffZip(std::string_view bytes) {
  std::size_t at = 0;
  for (std::size_t entry = 0; entry < kZipEntriesExamined; ++entry) {
    if (at + 30 > bytes.size() || bytes.substr(at, 4) != kZipLocalHeader) return std::nullopt;
    const std::uint32_t flags = Little(bytes, at + 6, 2);
    const std::uint32_t method = Little(bytes, at + 8, 2);
    const std::size_t compressed = Little(bytes, at + 18, 4);
    const std::size_t name_length = Little(bytes, at + 26, 2);
    const std::size_t extra_length = Little(bytes, at + 28, 2);
    const std::size_t data = at + 30 + name_length + extra_length;
    if (data > bytes.size()) return std::nullopt;
    const std::string_view name = bytes.substr(at + 30, name_length);
    if (name.starts_with("word/")) return MediaType::kDocx;
    if (name.starts_with("xl/")) return MediaType::kXlsx;
    if (name.starts_with("ppt/")) return MediaType::kPptx;
    if (name == "mimetype") {
      constexpr std::string_view kOdt = "application/vnd.oasis.opendocument.text";
      if (method == 0 && compressed == kOdt.size() && bytes.substr(data, compressed) == kOdt) {
        return MediaType::kOdt;
      }
      return std::nullopt;
    }
    if ((flags & 0x08U) != 0 && compressed == 0) {
      // Sizes follow the data (a data descriptor): resume at the next header.
      const auto next = bytes.find(kZipLocalHeader, data);
      if (next == std::string_view::npos) return std::nullopt;
      at = next;
    } else {
      at = data + compressed;
    }
  }
  return std::nullopt;
}

// The stream names of an OLE2 directory are UTF-16LE; looking for them is
// enough to tell a Word document from a workbook.
bool HasUtf16Name(std::string_view bytes, std::string_view name) {
  std::string wide;
  for (const char c : name) {
    wide.push_back(c);
    wide.push_back('\0');
  }
  return bytes.find(wide) != std::string_view::npos;
}

std::optional<MediaType> SniffOle2(std::string_view bytes) {
  if (bytes.size() < 512) return std::nullopt;  // shorter than its own header sector
  if (HasUtf16Name(bytes, "WordDocument")) return MediaType::kDoc;
  if (HasUtf16Name(bytes, "Workbook") || HasUtf16Name(bytes, "Book")) return MediaType::kXls;
  return std::nullopt;
}

// Valid UTF-8 without NUL or C0 controls other than tab, CR and LF.
bool IsCleanUtf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    const std::size_t length = Utf8SequenceLength(bytes.substr(i));
    if (length == 0) return false;
    const auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x20 && lead != '\t' && lead != '\r' && lead != '\n') return false;
    i += length;
  }
  return true;
}

// Text a browser or a shell would treat as markup or a program.
bool LooksExecutable(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return false;
  const std::string_view start = text.substr(first);
  if (start.starts_with('<') || start.starts_with("#!")) return true;
  constexpr std::array<std::string_view, 8> kMarkup{"<script", "<html", "<svg",  "<!doctype",
                                                    "<iframe", "<?xml", "<body", "<object"};
  for (const auto markup : kMarkup) {
    if (ContainsNoCase(text, markup)) return true;
  }
  return false;
}

}  // namespace

namespace {

// Whether `text` holds the start of an HTML or SVG tag that a browser would act on.
bool MarkupIn(std::string_view text) {
  constexpr std::array<std::string_view, 10> kTags{"script", "html",         "head", "body",
                                                   "iframe", "frameset",     "svg",  "object",
                                                   "embed",  "!doctype html"};
  for (std::size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    const std::string_view after = text.substr(at + 1);
    for (const auto tag : kTags) {
      if (!StartsWithNoCase(after, tag)) continue;
      // The tag's name ends there ("<svg>", "<svg ", "<svg/"), not in a longer word.
      const char next = after.size() > tag.size() ? Lower(after[tag.size()]) : '\0';
      if (next < 'a' || next > 'z') return true;
    }
  }
  return false;
}

// A PDF outside its streams (which are compressed): the objects, comments
// and anything after the last %%EOF.
bool PdfHoldsMarkup(std::string_view pdf) {
  std::size_t from = 0;
  while (from < pdf.size()) {
    std::size_t keyword = pdf.find("stream", from);
    while (keyword != std::string_view::npos && keyword >= 3 &&
           pdf.substr(keyword - 3, 3) == "end") {
      keyword = pdf.find("stream", keyword + 6);
    }
    if (keyword == std::string_view::npos) return MarkupIn(pdf.substr(from));
    if (MarkupIn(pdf.substr(from, keyword - from))) return true;
    const std::size_t end = pdf.find("endstream", keyword + 6);
    if (end == std::string_view::npos) return false;  // the rest is the stream's
    from = end + 9;
  }
  return false;
}

std::uint32_t BigEndian(std::string_view bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  }
  return value;
}

// A PNG's chunks but its image data (IDAT, compressed), and anything after IEND.
bool PngHoldsMarkup(std::string_view png) {
  std::size_t at = kPngHeader.size();
  while (at + 12 <= png.size()) {
    const std::size_t length = BigEndian(png, at);
    const std::string_view type = png.substr(at + 4, 4);
    if (length > png.size() - at - 12) return MarkupIn(png.substr(at));
    if (type != "IDAT" && MarkupIn(png.substr(at + 8, length))) return true;
    at += 12 + length;
    if (type == "IEND") return MarkupIn(png.substr(at));
  }
  return MarkupIn(png.substr(at));
}

// A JPEG's headers and metadata up to its first scan (whose data is
// compressed), and anything after its last end-of-image marker.
bool JpegHoldsMarkup(std::string_view jpeg) {
  const std::size_t scan = jpeg.find("\xFF\xDA");
  const std::size_t end = jpeg.rfind("\xFF\xD9");
  if (MarkupIn(jpeg.substr(0, scan))) return true;
  return end != std::string_view::npos && end + 2 < jpeg.size() && MarkupIn(jpeg.substr(end + 2));
}

// The first bytes, which a browser sniffs (the WHATWG MIME Sniffing "resource header").
constexpr std::size_t kResourceHeader = 1445;

}  // namespace

bool HoldsMarkup(std::string_view bytes, MediaType type) {
  switch (type) {
    case MediaType::kPdf:
      return PdfHoldsMarkup(bytes);
    case MediaType::kPng:
      return PngHoldsMarkup(bytes);
    case MediaType::kJpeg:
      return JpegHoldsMarkup(bytes);
    case MediaType::kRtf:
      return MarkupIn(bytes);
    case MediaType::kDoc:
    case MediaType::kXls:
      return MarkupIn(bytes.substr(0, kResourceHeader));
    case MediaType::kDocx:
    case MediaType::kXlsx:
    case MediaType::kPptx:
    case MediaType::kOdt:   // judged part by part (core/documents/office_package.h)
    case MediaType::kText:  // judged whole by SniffMediaType
      return false;
  }
  return false;
}

std::size_t Utf8SequenceLength(std::string_view text) {
  if (text.empty()) return 0;
  const auto lead = static_cast<unsigned char>(text[0]);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  std::uint32_t code = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code = lead & 0x1FU;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code = lead & 0x0FU;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code = lead & 0x07U;
  } else {
    return 0;
  }
  if (length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[k]);
    if ((next & 0xC0U) != 0x80U) return 0;
    code = (code << 6) | (next & 0x3FU);
  }
  if ((length == 3 && code < 0x800) || (length == 4 && code < 0x10000) || code > 0x10FFFF ||
      (code >= 0xD800 && code <= 0xDFFF)) {
    return 0;
  }
  return length;
}

std::string_view FileExtension(MediaType type) {
  switch (type) {
    case MediaType::kPdf:
      return "pdf";
    case MediaType::kDocx:
      return "docx";
    case MediaType::kXlsx:
      return "xlsx";
    case MediaType::kPptx:
      return "pptx";
    case MediaType::kOdt:
      return "odt";
    case MediaType::kDoc:
      return "doc";
    case MediaType::kXls:
      return "xls";
    case MediaType::kRtf:
      return "rtf";
    case MediaType::kPng:
      return "png";
    case MediaType::kJpeg:
      return "jpg";
    case MediaType::kText:
      return "txt";
  }
  return "bin";
}

bool HasExtensionOf(std::string_view file_name, MediaType type) {
  const auto dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return false;
  std::string extension;
  for (const char c : file_name.substr(dot + 1)) extension.push_back(Lower(c));
  return extension == FileExtension(type) || (type == MediaType::kJpeg && extension == "jpeg");
}

std::optional<MediaType> SniffMediaType(std::string_view bytes) {
  if (bytes.starts_with("%PDF-")) return MediaType::kPdf;
  if (bytes.starts_with(kZipLocalHeader)) return SniffZip(bytes);
  if (bytes.starts_with(kOle2Header)) return SniffOle2(bytes);
  if (bytes.starts_with("{\\rtf")) return MediaType::kRtf;
  if (bytes.starts_with(kPngHeader)) return MediaType::kPng;
  if (bytes.starts_with(kJpegHeader)) return MediaType::kJpeg;
  if (!bytes.empty() && IsCleanUtf8(bytes) && !LooksExecutable(bytes)) return MediaType::kText;
  return std::nullopt;
}

}  // namespace casereview
