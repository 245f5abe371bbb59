#include "core/documents/document_text.h"

#include <gtest/gtest.h>

#include "support/zip_package.h"

namespace casereview {
namespace {

using testing::ZipOf;
using testing::ZipPart;

std::string DocxWithBody(const std::string& body) {
  auto parts = testing::DocxParts();
  parts.back().data =
      "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
      "wordprocessingml/2006/main\"><w:body>" +
      body + "</w:body></w:document>";
  return ZipOf(parts);
}

TEST(PlainTextOf, ReadsAWordDocumentOneLinePerParagraph) {
  const std::string docx = DocxWithBody(
      "<w:p><w:r><w:t>Child K</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\"> was seen"
      "</w:t></w:r></w:p><w:p><w:r><w:t>on 3 May</w:t><w:br/><w:t>at school</w:t></w:r></w:p>"
      "<w:p><w:r><w:delText>deleted words</w:delText></w:r></w:p>");
  EXPECT_EQ(PlainTextOf(docx, MediaType::kDocx), "Child K\t was seen\non 3 May\nat school\n");
}

TEST(PlainTextOf, ReadsAnOpenDocumentText) {
  const std::string odt = ZipOf(
      {{"mimetype", "application/vnd.oasis.opendocument.text"},
       {"META-INF/manifest.xml", "<manifest/>"},
       {"content.xml",
        "<office:document-content xmlns:office=\"o\" xmlns:text=\"t\"><office:body>"
        "<office:text><text:h>Learning</text:h><text:p>One<text:s/>two<text:tab/>three"
        "<text:line-break/>four</text:p></office:text></office:body></office:document-content>",
        true}});
  EXPECT_EQ(PlainTextOf(odt, MediaType::kOdt), "Learning\nOne two\tthree\nfour\n");
}

TEST(PlainTextOf, ReadsUtf8TextAndRefusesOtherBytes) {
  EXPECT_EQ(PlainTextOf("\xEF\xBB\xBFNi\xC3\xB1o\n", MediaType::kText), "Ni\xC3\xB1o\n");
  EXPECT_FALSE(PlainTextOf("caf\xE9", MediaType::kText));
}

TEST(PlainTextOf, LeavesFormatsItDoesNotReadAndBrokenPackages) {
  EXPECT_FALSE(PlainTextOf("%PDF-1.7", MediaType::kPdf));
  EXPECT_FALSE(PlainTextOf("\x89PNG", MediaType::kPng));
  EXPECT_FALSE(PlainTextOf("not a zip", MediaType::kDocx));
  EXPECT_FALSE(PlainTextOf(DocxWithBody("<w:p><w:t>unclosed"), MediaType::kDocx));
}

TEST(PlainTextOf, SurvivesDeepNestingWithoutRecursion) {
  std::string body;
  for (int i = 0; i < 5000; ++i) body += "<w:sdt>";
  body += "<w:p><w:r><w:t>deep</w:t></w:r></w:p>";
  for (int i = 0; i < 5000; ++i) body += "</w:sdt>";
  EXPECT_EQ(PlainTextOf(DocxWithBody(body), MediaType::kDocx), "deep\n");
}

}  // namespace
}  // namespace casereview
