// The text rules (core/records/text.h): what a person may send, and how long it is.
#include "core/records/text.h"

#include <gtest/gtest.h>

namespace casereview {
namespace {

using namespace std::string_literals;

TEST(Text, OrdinaryTextInAnyScriptIsAccepted) {
  for (const std::string_view text :
       {"Mother", "Siân Llŷr", "Zoë O’Brien", "Ніна", "أمينة", "🙂"}) {
    EXPECT_FALSE(TextProblem(text, TextLines::kOne)) << text;
  }
}

// Issue 12, finding 10: "\u0000" passed the checks and reached the database.
TEST(Text, ControlCharactersAreRefused) {
  for (const std::string& text : {"\0"s, "Mother\0x"s, "a\tb"s, "bell\a"s, "esc\x1b[31m"s,
                                  "del\x7f"s, "c1\xc2\x85"s, "c1\xc2\x9f"s}) {
    EXPECT_TRUE(TextProblem(text, TextLines::kOne)) << text;
    EXPECT_TRUE(TextProblem(text, TextLines::kMany)) << text;
  }
}

TEST(Text, LineBreaksBelongOnlyInMultiLineText) {
  EXPECT_TRUE(TextProblem("two\nlines", TextLines::kOne));
  EXPECT_TRUE(TextProblem("two\r\nlines", TextLines::kOne));
  EXPECT_FALSE(TextProblem("two\nlines", TextLines::kMany));
  EXPECT_FALSE(TextProblem("two\r\nlines", TextLines::kMany));
}

TEST(Text, BidirectionalControlsAreRefused) {
  // U+202E RIGHT-TO-LEFT OVERRIDE makes "exe.txt" read as "txt.exe".
  for (const std::string_view text : {"\u202Eexe.txt", "a\u202Ab", "a\u2066b", "a\u2069b"}) {
    EXPECT_TRUE(TextProblem(text, TextLines::kMany)) << text;
  }
  EXPECT_TRUE(TextProblem("a\u2067", TextLines::kOne));
}

TEST(Text, BytesThatAreNotUtf8AreRefused) {
  for (const std::string& text :
       {"\xff"s, "\xc3\x28"s, "\xc0\xaf"s, "\xed\xa0\x80"s, "\xf4\x90\x80\x80"s, "\xe2\x82"s}) {
    EXPECT_TRUE(TextProblem(text, TextLines::kMany)) << text.size();
  }
}

TEST(Text, Utf8IsToldFromOtherBytesAndBidiControlsCanBeStripped) {
  EXPECT_TRUE(IsUtf8("r\xC3\xA9sum\xC3\xA9 🙂"));
  EXPECT_FALSE(IsUtf8("\xff\xfe.pdf"));
  EXPECT_FALSE(IsUtf8("\xc0\xaf"));
  EXPECT_EQ(WithoutBidiControls("a\u202Eb\u2066c\u2069"), "abc");
  EXPECT_EQ(WithoutBidiControls("plain"), "plain");
}

TEST(Text, TrimsTheEndsAndComparesAsciiWithoutCase) {
  EXPECT_EQ(Trimmed("  a b \r\n"), "a b");
  EXPECT_EQ(Trimmed(" \t\n"), "");
  EXPECT_EQ(Trimmed("\tchunked ", " \t"), "chunked");
  EXPECT_EQ(Trimmed("\nkept\n", " \t"), "\nkept\n");
  EXPECT_TRUE(EqualsIgnoringCase("Chunked", "chunked"));
  EXPECT_FALSE(EqualsIgnoringCase("xchunked", "chunked"));
}

// Issue 12, finding 11: 51 "é" failed a 100-character limit that 100 "a" met.
TEST(Text, LengthsAreInCharactersNotBytes) {
  EXPECT_EQ(CodePoints("a"), 1u);
  EXPECT_EQ(CodePoints("é"), 1u);
  EXPECT_EQ(CodePoints("Llŷr"), 4u);
  EXPECT_EQ(CodePoints("🙂"), 1u);
  std::string accents;
  for (int i = 0; i < 100; ++i) accents += "é";
  EXPECT_EQ(CodePoints(accents), 100u);
}

}  // namespace
}  // namespace casereview
