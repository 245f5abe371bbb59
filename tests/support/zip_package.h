// Builds ZIP files for tests of core/documents/office_package.h: whole, well-formed
// packages (stored or deflated entries, a central directory, an end record)
// whose parts the test chooses, and a minimal DOCX built from them. Tests
// that need a broken ZIP build a sound one and then damage it.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace casereview::testing {

struct ZipPart {
  std::string name;
  std::string data;
  bool deflate = false;
};

inline std::string LittleEndian(std::uint64_t value, int width) {
  std::string bytes;
  for (int i = 0; i < width; ++i) bytes.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
  return bytes;
}

// Raw deflate (no zlib header), as ZIP's method 8 holds it.
inline std::string Deflated(const std::string& data) {
  z_stream stream{};
  if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
      Z_OK) {
    throw std::runtime_error("deflateInit2 failed");
  }
  std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int status = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (status != Z_STREAM_END) throw std::runtime_error("deflate failed");
  return out;
}

// A ZIP of `parts`, in order: local headers and data, then the directory
// and the end record. CRCs are real; `flags` go into every header.
inline std::string ZipOf(const std::vector<ZipPart>& parts, std::uint16_t flags = 0) {
  std::string body;
  std::string directory;
  for (const ZipPart& part : parts) {
    const std::string packed = part.deflate ? Deflated(part.data) : part.data;
    const auto crc = crc32(0, reinterpret_cast<const Bytef*>(part.data.data()),
                           static_cast<uInt>(part.data.size()));
    const std::string common =
        LittleEndian(20, 2) + LittleEndian(flags, 2) + LittleEndian(part.deflate ? 8 : 0, 2) +
        LittleEndian(0, 4) + LittleEndian(crc, 4) + LittleEndian(packed.size(), 4) +
        LittleEndian(part.data.size(), 4) + LittleEndian(part.name.size(), 2) + LittleEndian(0, 2);
    const std::size_t offset = body.size();
    body += std::string("PK\x03\x04", 4) + common + part.name + packed;
    directory += std::string("PK\x01\x02", 4) + LittleEndian(20, 2) + common + LittleEndian(0, 2) +
                 LittleEndian(0, 2) + LittleEndian(0, 2) + LittleEndian(0, 4) +
                 LittleEndian(offset, 4) + part.name;
  }
  const std::string end = std::string("PK\x05\x06", 4) + LittleEndian(0, 2) + LittleEndian(0, 2) +
                          LittleEndian(parts.size(), 2) + LittleEndian(parts.size(), 2) +
                          LittleEndian(directory.size(), 4) + LittleEndian(body.size(), 4) +
                          LittleEndian(0, 2);
  return body + directory + end;
}

inline constexpr const char* kDocxContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "</Types>";

// The parts of a minimal Word document: content types, relationships, the main part.
inline std::vector<ZipPart> DocxParts(bool deflate = true) {
  return {{"[Content_Types].xml", kDocxContentTypes, deflate},
          {"_rels/.rels",
           "<?xml version=\"1.0\"?><Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
           "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
           deflate},
          {"word/document.xml",
           "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
           "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Fictional report</w:t></w:r>"
           "</w:p></w:body></w:document>",
           deflate}};
}

}  // namespace casereview::testing
