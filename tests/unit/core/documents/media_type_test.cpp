#include "core/documents/media_type.h"

#include <gtest/gtest.h>

#include <string>

namespace casereview {
namespace {

using namespace std::string_literals;

// A ZIP local file header for an entry `name` holding `data`, stored.
std::string ZipEntry(const std::string& name, const std::string& data) {
  auto le = [](std::uint32_t value, int width) {
    std::string bytes;
    for (int i = 0; i < width; ++i) bytes.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
    return bytes;
  };
  return "PK\x03\x04"s + le(20, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(0, 4) +
         le(static_cast<std::uint32_t>(data.size()), 4) +
         le(static_cast<std::uint32_t>(data.size()), 4) +
         le(static_cast<std::uint32_t>(name.size()), 2) + le(0, 2) + name + data;
}

std::string Ole2With(const std::string& stream_name) {
  std::string bytes = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"s + std::string(504, '\0');
  for (const char c : stream_name) bytes += std::string{c, '\0'};
  return bytes + std::string(64, '\0');
}

TEST(MediaTypeTest, AcceptsEachTypeFromItsBytes) {
  EXPECT_EQ(SniffMediaType("%PDF-1.7\n%fictional\n"), MediaType::kPdf);
  EXPECT_EQ(SniffMediaType(ZipEntry("[Content_Types].xml", "<Types/>") +
                           ZipEntry("word/document.xml", "<w:document/>")),
            MediaType::kDocx);
  EXPECT_EQ(SniffMediaType(ZipEntry("xl/workbook.xml", "<workbook/>")), MediaType::kXlsx);
  EXPECT_EQ(SniffMediaType(ZipEntry("_rels/.rels", "<r/>") + ZipEntry("ppt/presentation.xml", "")),
            MediaType::kPptx);
  EXPECT_EQ(SniffMediaType(ZipEntry("mimetype", "application/vnd.oasis.opendocument.text") +
                           ZipEntry("content.xml", "<office/>")),
            MediaType::kOdt);
  EXPECT_EQ(SniffMediaType(Ole2With("WordDocument")), MediaType::kDoc);
  EXPECT_EQ(SniffMediaType(Ole2With("Workbook")), MediaType::kXls);
  EXPECT_EQ(SniffMediaType("{\\rtf1\\ansi fictional}"), MediaType::kRtf);
  EXPECT_EQ(SniffMediaType("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s), MediaType::kPng);
  EXPECT_EQ(SniffMediaType("\xFF\xD8\xFF\xE0\0\x10JFIF"s), MediaType::kJpeg);
  EXPECT_EQ(SniffMediaType("Chronology (fictional)\r\n\t2026-01-02 visit — école\n"),
            MediaType::kText);
}

TEST(MediaTypeTest, RefusesWhatABrowserOrSystemCouldRun) {
  EXPECT_FALSE(SniffMediaType("<!DOCTYPE html><html><body>x</body></html>"));
  EXPECT_FALSE(SniffMediaType("  \n<html><script>alert(1)</script>"));
  EXPECT_FALSE(SniffMediaType("\xEF\xBB\xBF<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
  EXPECT_FALSE(SniffMediaType("<?xml version=\"1.0\"?><svg/>"));
  EXPECT_FALSE(SniffMediaType("notes first, then <script>alert(1)</script>"));
  EXPECT_FALSE(SniffMediaType("#!/bin/sh\nrm -rf /\n"));
  EXPECT_FALSE(
      SniffMediaType("\x7F"
                     "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0"s));
  EXPECT_FALSE(SniffMediaType("MZ\x90\0\x03\0\0\0"s));
  EXPECT_FALSE(SniffMediaType(ZipEntry("evil.html", "<html/>") + ZipEntry("other.js", "x")));
  EXPECT_FALSE(
      SniffMediaType(ZipEntry("mimetype", "application/vnd.oasis.opendocument.spreadsheet")));
  EXPECT_FALSE(SniffMediaType(Ole2With("SomethingElse")));
  EXPECT_FALSE(SniffMediaType("text with a NUL\0 in it"s));
  EXPECT_FALSE(SniffMediaType("text with a bell \a"));
  EXPECT_FALSE(SniffMediaType("overlong \xC0\xAF slash"));
  EXPECT_FALSE(SniffMediaType("surrogate \xED\xA0\x80"));
  EXPECT_FALSE(SniffMediaType(""));
}

TEST(MediaTypeTest, RefusesTruncatedInput) {
  EXPECT_FALSE(SniffMediaType("\x89PN"));
  EXPECT_FALSE(SniffMediaType("\xFF\xD8"));
  EXPECT_FALSE(SniffMediaType("PK\x03\x04"s));
  const std::string docx = ZipEntry("word/document.xml", "<w:document/>");
  EXPECT_FALSE(SniffMediaType(docx.substr(0, 40)));
  EXPECT_FALSE(SniffMediaType("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"s));
  EXPECT_FALSE(SniffMediaType("caf\xC3"));
}

TEST(MediaTypeTest, EachTypeHasANameAndAnExtension) {
  for (const auto& [type, name] : kMediaTypes.entries()) {
    EXPECT_FALSE(name.empty());
    EXPECT_FALSE(FileExtension(type).empty());
    EXPECT_TRUE(HasExtensionOf("x." + std::string(FileExtension(type)), type));
  }
  EXPECT_EQ(kMediaTypes.Name(MediaType::kPdf), "application/pdf");
  EXPECT_TRUE(HasExtensionOf("Photo.JPEG", MediaType::kJpeg));
  EXPECT_FALSE(HasExtensionOf("report.pdf.html", MediaType::kPdf));
  EXPECT_FALSE(HasExtensionOf("report", MediaType::kPdf));
}

}  // namespace
}  // namespace casereview
