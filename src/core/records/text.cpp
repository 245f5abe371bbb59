#include "core/records/text.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace casereview {
namespace {

// Decodes the code point at the front of `text` and removes it; nullopt (and
// `text` unchanged) when the bytes there are not a well-formed UTF-8 sequence
// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
std::optional<char32_t> TakeCodePoint(std::string_view& text) {
  const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
  const std::uint8_t lead = byte(0);
  std::size_t length = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if (lead < 0x80) {
    text.remove_prefix(1);
    return lead;
  }
  if ((lead & 0xe0) == 0xc0) {
    length = 2, value = lead & 0x1f, minimum = 0x80;
  } else if ((lead & 0xf0) == 0xe0) {
    length = 3, value = lead & 0x0f, minimum = 0x800;
  } else if ((lead & 0xf8) == 0xf0) {
    length = 4, value = lead & 0x07, minimum = 0x10000;
  } else {
    return std::nullopt;
  }
  if (text.size() < length) return std::nullopt;
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xc0) != 0x80) return std::nullopt;
    value = (value << 6) | (byte(i) & 0x3f);
  }
  if (value < minimum || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
    return std::nullopt;
  }
  text.remove_prefix(length);
  return value;
}

bool IsControl(char32_t c) { return c < 0x20 || (c >= 0x7f && c <= 0x9f); }

bool IsBidiControl(char32_t c) {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

std::optional<std::string> TextProblem(std::string_view text, TextLines lines) {
  while (!text.empty()) {
    const auto c = TakeCodePoint(text);
    if (!c) return "must be UTF-8 text";
    if (IsBidiControl(*c)) {
      return "must not hold bidirectional control characters (U+202A to U+202E, U+2066 to "
             "U+2069)";
    }
    if ((*c == '\n' || *c == '\r') && lines == TextLines::kMany) continue;
    if (IsControl(*c)) {
      return lines == TextLines::kOne ? "must be one line without control characters"
                                      : "must not hold control characters other than line breaks";
    }
  }
  return std::nullopt;
}

bool IsUtf8(std::string_view text) {
  while (!text.empty()) {
    if (!TakeCodePoint(text)) return false;
  }
  return true;
}

std::string WithoutBidiControls(std::string_view text) {
  std::string kept;
  kept.reserve(text.size());
  while (!text.empty()) {
    const std::string_view rest = text;
    const auto c = TakeCodePoint(text);
    if (!c) {
      kept.push_back(rest.front());
      text.remove_prefix(1);
      continue;
    }
    if (!IsBidiControl(*c)) kept.append(rest.substr(0, rest.size() - text.size()));
  }
  return kept;
}

std::string_view Trimmed(std::string_view text, std::string_view strip) {
  const auto first = text.find_first_not_of(strip);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(strip) - first + 1);
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::size_t CodePoints(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    // Continuation bytes (10xxxxxx) belong to the code point before them.
    if ((static_cast<std::uint8_t>(c) & 0xc0) != 0x80) ++count;
  }
  return count;
}

void CutUtf8(std::string& text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text.resize(end);
}

}  // namespace casereview
