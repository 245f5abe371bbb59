#include "core/documents/office_package.h"

#include <fmt/format.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <pugixml.hpp>
#include <utility>
#include <variant>
#include <vector>

namespace casereview {
namespace {

// Offsets are 32-bit fields added together: on a 64-bit size_t they cannot wrap.
static_assert(sizeof(std::size_t) >= 8, "office_package.cpp assumes a 64-bit size_t");

constexpr std::string_view kEndOfDirectory{"PK\x05\x06", 4};
constexpr std::string_view kZip64Locator{"PK\x06\x07", 4};
constexpr std::string_view kDirectoryEntry{"PK\x01\x02", 4};
constexpr std::string_view kLocalHeader{"PK\x03\x04", 4};
constexpr std::size_t kEndRecordSize = 22;
constexpr std::size_t kDirectoryEntrySize = 46;
constexpr std::size_t kLocalHeaderSize = 30;
constexpr std::size_t kMaxEntries = 10000;
constexpr std::size_t kRatioCheckedAbove = std::size_t{1} << 20;
constexpr std::size_t kMaxContentTypesBytes = std::size_t{1} << 20;
constexpr std::string_view kContentTypesPart = "[Content_Types].xml";

// A little-endian field at `at`, or nullopt past the end of `bytes`.
std::optional<std::uint32_t> Field(std::string_view bytes, std::size_t at, std::size_t width) {
  if (at > bytes.size() || bytes.size() - at < width) return std::nullopt;
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < width; ++i) {
    value |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
  }
  return value;
}

std::string Lowered(std::string_view text) {
  std::string lowered(text);
  std::transform(lowered.begin(), lowered.end(), lowered.begin(), [](char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return lowered;
}

struct Entry {
  std::string name;
  std::uint32_t method = 0;
  std::size_t compressed = 0;
  std::size_t unpacked = 0;
  std::size_t data = 0;  // where its compressed bytes start
};

struct Package {
  std::map<std::string, Entry> entries;  // by lowered name: part names ignore case
};

// What the person is told: which kind of document the file failed to be.
std::string_view KindName(MediaType type) {
  switch (type) {
    case MediaType::kDocx:
      return "a Word document";
    case MediaType::kXlsx:
      return "an Excel workbook";
    case MediaType::kPptx:
      return "a PowerPoint presentation";
    case MediaType::kOdt:
      return "an OpenDocument text";
    default:
      return "an office document";
  }
}

// Parts a browser or an operating system would run, macros (VBA, and an
// OpenDocument's Basic/ and Scripts/) and ActiveX controls.
bool RunnablePart(std::string_view lowered) {
  constexpr std::array<std::string_view, 17> kEndings{
      ".htm", ".html", ".xhtml", ".mht", ".mhtml", ".js",  ".hta", ".exe",          ".dll",
      ".bat", ".cmd",  ".com",   ".scr", ".ps1",   ".vbs", ".jar", "vbaproject.bin"};
  constexpr std::array<std::string_view, 3> kFolders{"basic/", "scripts/", "activex/"};
  return std::any_of(kEndings.begin(), kEndings.end(),
                     [&](std::string_view ending) { return lowered.ends_with(ending); }) ||
         std::any_of(kFolders.begin(), kFolders.end(), [&](std::string_view folder) {
           return lowered.starts_with(folder) ||
                  lowered.find("/" + std::string(folder)) != std::string::npos;
         });
}

bool SafeName(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.find('\\') != std::string_view::npos ||
      name.find('\0') != std::string_view::npos) {
    return false;
  }
  std::size_t start = 0;
  while (start <= name.size()) {
    const std::size_t end = std::min(name.find('/', start), name.size());
    if (name.substr(start, end - start) == "..") return false;
    start = end + 1;
  }
  return true;
}

// The end record, its directory and each entry's local header, checked
// against each other; the problem in words, or the package.
std::variant<std::string, Package> ReadPackage(std::string_view bytes) {
  const std::string broken = "its ZIP structure is damaged or unusual";
  if (bytes.size() < kEndRecordSize) return broken;
  // The end record closes the file: a comment may sit inside it, nothing after it.
  std::optional<std::size_t> end;
  const std::size_t lowest =
      bytes.size() - kEndRecordSize > 0xFFFF ? bytes.size() - kEndRecordSize - 0xFFFF : 0;
  for (std::size_t at = bytes.size() - kEndRecordSize + 1; at-- > lowest;) {
    if (bytes.substr(at, 4) == kEndOfDirectory &&
        at + kEndRecordSize + *Field(bytes, at + 20, 2) == bytes.size()) {
      end = at;
      break;
    }
  }
  if (!end) return broken;
  const std::uint32_t disk = *Field(bytes, *end + 4, 2);
  const std::uint32_t directory_disk = *Field(bytes, *end + 6, 2);
  const std::uint32_t on_disk = *Field(bytes, *end + 8, 2);
  const std::uint32_t count = *Field(bytes, *end + 10, 2);
  const std::size_t directory_size = *Field(bytes, *end + 12, 4);
  const std::size_t directory = *Field(bytes, *end + 16, 4);
  if ((*end >= 20 && bytes.substr(*end - 20, 4) == kZip64Locator) || count == 0xFFFF ||
      directory_size == 0xFFFFFFFF || directory == 0xFFFFFFFF) {
    return "it uses ZIP64, which documents of this size never need";
  }
  if (disk != 0 || directory_disk != 0 || on_disk != count || count == 0 || directory > *end ||
      *end - directory != directory_size) {
    return broken;
  }
  if (count > kMaxEntries) return fmt::format("it holds more than {} parts", kMaxEntries);

  Package package;
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // each entry's header to data end
  std::size_t unpacked_total = 0;
  std::size_t at = directory;
  for (std::uint32_t n = 0; n < count; ++n) {
    if (at + kDirectoryEntrySize > *end || bytes.substr(at, 4) != kDirectoryEntry) return broken;
    const std::uint32_t flags = *Field(bytes, at + 8, 2);
    Entry entry;
    entry.method = *Field(bytes, at + 10, 2);
    const std::uint32_t crc = *Field(bytes, at + 16, 4);
    entry.compressed = *Field(bytes, at + 20, 4);
    entry.unpacked = *Field(bytes, at + 24, 4);
    const std::size_t name_length = *Field(bytes, at + 28, 2);
    const std::size_t extra_length = *Field(bytes, at + 30, 2);
    const std::size_t comment_length = *Field(bytes, at + 32, 2);
    const std::size_t local = *Field(bytes, at + 42, 4);
    const std::size_t next = at + kDirectoryEntrySize + name_length + extra_length + comment_length;
    if (next > *end) return broken;
    entry.name = std::string(bytes.substr(at + kDirectoryEntrySize, name_length));
    at = next;

    if ((flags & 0x01U) != 0) return "it is encrypted";
    if (entry.method != 0 && entry.method != 8) return broken;
    if (entry.method == 0 && entry.compressed != entry.unpacked) return broken;
    if (!SafeName(entry.name)) return "it holds a part with an unsafe name";
    const std::string lowered = Lowered(entry.name);
    if (RunnablePart(lowered)) {
      return "it holds a web page, a script, a program or macros, which documents here may not";
    }
    // The local header must say what the directory says, or two readers of
    // the same file would see different contents.
    if (local + kLocalHeaderSize > directory || bytes.substr(local, 4) != kLocalHeader ||
        *Field(bytes, local + 6, 2) != flags || *Field(bytes, local + 8, 2) != entry.method) {
      return broken;
    }
    // Without a data descriptor (flag bit 3) the local header repeats the CRC and sizes.
    if ((flags & 0x08U) == 0 &&
        (*Field(bytes, local + 14, 4) != crc || *Field(bytes, local + 18, 4) != entry.compressed ||
         *Field(bytes, local + 22, 4) != entry.unpacked)) {
      return broken;
    }
    const std::size_t local_name = *Field(bytes, local + 26, 2);
    const std::size_t local_extra = *Field(bytes, local + 28, 2);
    entry.data = local + kLocalHeaderSize + local_name + local_extra;
    if (bytes.substr(local + kLocalHeaderSize, local_name) != entry.name ||
        entry.data > directory || directory - entry.data < entry.compressed) {
      return broken;
    }
    if (entry.unpacked > kRatioCheckedAbove &&
        entry.unpacked / std::max<std::size_t>(entry.compressed, 1) >= kMaxInflationRatio) {
      return fmt::format("a part would unpack to more than {} times its size (a ZIP bomb)",
                         kMaxInflationRatio);
    }
    unpacked_total += entry.unpacked;
    if (unpacked_total > kMaxUnpackedBytes) {
      return fmt::format("it would unpack to more than {} MiB", kMaxUnpackedBytes >> 20);
    }
    spans.emplace_back(local, entry.data + entry.compressed);
    if (!package.entries.emplace(lowered, std::move(entry)).second) {
      return "it names the same part twice";
    }
  }
  if (at != *end) return broken;
  // Entries that share bytes are the overlapping kind of ZIP bomb.
  std::sort(spans.begin(), spans.end());
  for (std::size_t i = 1; i < spans.size(); ++i) {
    if (spans[i].first < spans[i - 1].second) return broken;
  }
  return package;
}

// The bytes of a stored or deflated entry, at most `cap` of them; nullopt
// when they do not inflate to exactly the size the directory gives.
std::optional<std::string> Unpack(std::string_view bytes, const Entry& entry, std::size_t cap) {
  if (entry.unpacked > cap) return std::nullopt;
  const std::string_view packed = bytes.substr(entry.data, entry.compressed);
  if (entry.method == 0) return std::string(packed);
  std::string out(entry.unpacked, '\0');
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return std::nullopt;
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  stream.avail_in = static_cast<uInt>(packed.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int status = inflate(&stream, Z_FINISH);
  const bool whole = status == Z_STREAM_END && stream.total_out == entry.unpacked;
  inflateEnd(&stream);
  if (!whole) return std::nullopt;
  return out;
}

std::string_view LocalName(std::string_view name) {
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view MainContentType(MediaType type) {
  switch (type) {
    case MediaType::kDocx:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    case MediaType::kXlsx:
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    case MediaType::kPptx:
      return "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
    default:
      return "";
  }
}

// ECMA-376 part 2: `[Content_Types].xml` declares the main part of the
// document's type, which must be in the package; nothing may be declared
// macro-enabled or as a web page.
std::optional<std::string> CheckContentTypes(std::string_view bytes, const Package& package,
                                             MediaType type) {
  const auto found = package.entries.find(Lowered(kContentTypesPart));
  if (found == package.entries.end() || !package.entries.contains("_rels/.rels")) {
    return "it has no content types or relationships";
  }
  const auto xml = Unpack(bytes, found->second, kMaxContentTypesBytes);
  if (!xml) return "its content types cannot be read";
  pugi::xml_document document;
  // pugixml reads no DTD and resolves no external entity.
  if (!document.load_buffer(xml->data(), xml->size(), pugi::parse_default)) {
    return "its content types cannot be read";
  }
  const pugi::xml_node types = document.document_element();
  if (LocalName(types.name()) != "Types") return "its content types cannot be read";
  bool has_main = false;
  for (const pugi::xml_node node : types.children()) {
    const std::string content_type = Lowered(node.attribute("ContentType").as_string());
    if (content_type.find("macroenabled") != std::string::npos ||
        content_type.find("html") != std::string::npos ||
        content_type.find("javascript") != std::string::npos) {
      return "it holds a web page, a script, a program or macros, which documents here may not";
    }
    if (LocalName(node.name()) != "Override" || content_type != MainContentType(type)) continue;
    std::string_view part = node.attribute("PartName").as_string();
    if (part.starts_with('/')) part.remove_prefix(1);
    if (!package.entries.contains(Lowered(part))) return "its main part is missing";
    has_main = true;
  }
  if (!has_main) return "its content types declare no main part of this kind";
  return std::nullopt;
}

}  // namespace

std::optional<std::string> OfficePackageProblem(std::string_view bytes, MediaType type) {
  if (type != MediaType::kDocx && type != MediaType::kXlsx && type != MediaType::kPptx &&
      type != MediaType::kOdt) {
    return std::nullopt;
  }
  const auto explain = [type](std::string_view why) {
    return fmt::format("the file is not {} that can be stored: {}", KindName(type), why);
  };
  auto read = ReadPackage(bytes);
  if (const auto* problem = std::get_if<std::string>(&read)) return explain(*problem);
  const Package& package = std::get<Package>(read);
  if (type == MediaType::kOdt) {
    if (!package.entries.contains("content.xml") ||
        !package.entries.contains("meta-inf/manifest.xml")) {
      return explain("its content or manifest is missing");
    }
    return std::nullopt;
  }
  if (auto problem = CheckContentTypes(bytes, package, type)) return explain(*problem);
  return std::nullopt;
}

std::optional<std::string> OfficePackagePart(std::string_view bytes, std::string_view name,
                                             std::size_t cap) {
  auto read = ReadPackage(bytes);
  const auto* package = std::get_if<Package>(&read);
  if (package == nullptr) return std::nullopt;
  const auto found = package->entries.find(Lowered(name));
  if (found == package->entries.end()) return std::nullopt;
  return Unpack(bytes, found->second, cap);
}

}  // namespace casereview
