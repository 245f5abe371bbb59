#include "core/documents/document_text.h"

#include <pugixml.hpp>

#include "core/documents/office_package.h"
#include "core/records/text.h"

namespace casereview {
namespace {

// The XML part a package's body text is in: far larger than any real one.
constexpr std::size_t kMaxBodyPartBytes = std::size_t{64} << 20;

bool Named(const pugi::xml_node& node, std::string_view name) {
  return std::string_view(node.name()) == name;
}

// Appends the text under `node`: character data as it is, a tab or a line
// break where the format marks one, and a new line after each paragraph.
// Iterative, so a hostile nesting depth cannot overflow the stack.
void AppendText(const pugi::xml_node& root, std::string& out) {
  pugi::xml_node node = root.first_child();
  while (node && out.size() <= kMaxDocumentTextBytes) {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      out += node.value();
    } else if (Named(node, "w:tab") || Named(node, "text:tab")) {
      out += '\t';
    } else if (Named(node, "w:br") || Named(node, "w:cr") || Named(node, "text:line-break")) {
      out += '\n';
    } else if (Named(node, "text:s")) {
      out += ' ';
    }
    if (node.first_child() && !Named(node, "w:instrText") && !Named(node, "w:delText")) {
      node = node.first_child();
      continue;
    }
    // Leave finished nodes, closing each paragraph on the way up.
    while (node && node != root) {
      if (Named(node, "w:p") || Named(node, "text:p") || Named(node, "text:h")) {
        if (!out.empty() && out.back() != '\n') out += '\n';
      }
      if (node.next_sibling()) {
        node = node.next_sibling();
        break;
      }
      node = node.parent();
    }
    if (node == root) break;
  }
}

std::optional<std::string> XmlPartText(std::string_view bytes, std::string_view part) {
  const auto xml = OfficePackagePart(bytes, part, kMaxBodyPartBytes);
  if (!xml) return std::nullopt;
  pugi::xml_document document;
  // parse_default reads no DTD and expands no external entity.
  if (!document.load_buffer(xml->data(), xml->size(),
                            pugi::parse_default | pugi::parse_ws_pcdata)) {
    return std::nullopt;
  }
  std::string text;
  AppendText(document, text);
  CutUtf8(text, kMaxDocumentTextBytes);
  return text;
}

}  // namespace

std::optional<std::string> PlainTextOf(std::string_view bytes, MediaType type) {
  switch (type) {
    case MediaType::kDocx:
      return XmlPartText(bytes, "word/document.xml");
    case MediaType::kOdt:
      return XmlPartText(bytes, "content.xml");
    case MediaType::kText: {
      std::string text(bytes.substr(0, kMaxDocumentTextBytes + 4));
      if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);  // a byte order mark
      CutUtf8(text, kMaxDocumentTextBytes);
      if (!IsUtf8(text)) return std::nullopt;
      return text;
    }
    default:
      return std::nullopt;
  }
}

}  // namespace casereview
