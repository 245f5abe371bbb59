// The rules every text a person sends must meet, whichever way it comes in
// (the JSON API, an importer): Unicode without the characters that hide or
// reorder what a reader sees, and lengths in characters (code points), as
// OpenAPI's maxLength means, never in bytes, so that Welsh names and emoji
// get the room "a" does.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace casereview {

// Whether line breaks belong in the text: a note or a rationale, or a name.
enum class TextLines { kOne, kMany };

// What is wrong with `text`, as the end of a sentence naming the field ("must
// not hold control characters"), or nullopt when it is acceptable. Refused:
// bytes that are not UTF-8; C0 and C1 control characters (U+0000-U+001F,
// U+007F-U+009F), except line feed and carriage return in kMany text; and the
// bidirectional embeddings, overrides and isolates (U+202A-U+202E,
// U+2066-U+2069), which can make text read differently from what it holds.
std::optional<std::string> TextProblem(std::string_view text, TextLines lines);

// Whether `text` is well-formed UTF-8 (RFC 3629).
bool IsUtf8(std::string_view text);

// Cuts `text` (UTF-8) to at most `max_bytes`, never inside a character.
void CutUtf8(std::string& text, std::size_t max_bytes);

// `text` (UTF-8) without its bidirectional controls (U+202A-U+202E,
// U+2066-U+2069): for names that are kept rather than refused, such as an
// uploaded file's, where "\u202Efdp.exe" would read as "exe.pdf".
std::string WithoutBidiControls(std::string_view text);

// `text` without the characters of `strip` (by default white space and line
// breaks) at either end.
std::string_view Trimmed(std::string_view text, std::string_view strip = " \t\r\n");

// Whether `a` and `b` are the same ASCII text, ignoring the case of letters
// (as HTTP compares tokens and media types).
bool EqualsIgnoringCase(std::string_view a, std::string_view b);

// The number of code points in UTF-8 `text`: the bytes that are not the
// continuation of a sequence.
std::size_t CodePoints(std::string_view text);

}  // namespace casereview
