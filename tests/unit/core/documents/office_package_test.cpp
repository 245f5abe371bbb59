// core/documents/office_package.h: a DOCX, XLSX, PPTX or ODT is stored only when it is
// the package it claims to be (issue 12, finding 15), and HoldsMarkup finds
// the polyglots that core/documents/media_type.h's sniffing let through.
#include "core/documents/office_package.h"

#include <gtest/gtest.h>

#include <string>

#include "support/zip_package.h"

namespace casereview {
namespace {

using namespace std::string_literals;
using testing::DocxParts;
using testing::LittleEndian;
using testing::ZipOf;
using testing::ZipPart;

// The refusal, or "" when the package is sound.
std::string Problem(const std::string& bytes, MediaType type = MediaType::kDocx) {
  return OfficePackageProblem(bytes, type).value_or("");
}

bool Mentions(const std::string& problem, const std::string& words) {
  return problem.find(words) != std::string::npos;
}

TEST(OfficePackage, AWordDocumentWithItsContentTypesAndMainPartIsSound) {
  EXPECT_EQ(Problem(ZipOf(DocxParts(true))), "");
  EXPECT_EQ(Problem(ZipOf(DocxParts(false))), "") << "stored parts are as good as deflated ones";
  EXPECT_EQ(Problem("%PDF-1.7", MediaType::kPdf), "") << "not a package type: nothing to say";
}

TEST(OfficePackage, AZipOfOnlyWordXIsNotAWordDocument) {
  const std::string problem = Problem(ZipOf({{"word/x", "fictional"}}));
  EXPECT_TRUE(Mentions(problem, "is not a Word document")) << problem;
  EXPECT_TRUE(Mentions(problem, "no content types")) << problem;
}

TEST(OfficePackage, TheMainPartMustBeDeclaredAndPresent) {
  auto parts = DocxParts();
  parts.pop_back();  // no word/document.xml
  EXPECT_TRUE(Mentions(Problem(ZipOf(parts)), "main part is missing"));

  parts = DocxParts();
  parts[0].data = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
  EXPECT_TRUE(Mentions(Problem(ZipOf(parts)), "declare no main part"));
  // A workbook's main part does not make a Word document.
  EXPECT_TRUE(Mentions(Problem(ZipOf(DocxParts()), MediaType::kXlsx), "declare no main part"));

  parts = DocxParts();
  parts[0].data = "<Types><Override PartName=";  // not XML
  EXPECT_TRUE(Mentions(Problem(ZipOf(parts)), "content types cannot be read"));
}

TEST(OfficePackage, ZipBombsAreRefusedBeforeAnythingIsInflated) {
  // 4 MiB of zeros deflate to a few KiB: over a hundred times smaller.
  auto parts = DocxParts();
  parts.push_back({"word/media/image1.png", std::string(std::size_t{4} << 20, '\0'), true});
  EXPECT_TRUE(Mentions(Problem(ZipOf(parts)), "ZIP bomb"));

  // A directory that claims 1 GB is refused from the claim alone.
  std::string claimed = ZipOf(DocxParts());
  const std::size_t directory = claimed.find("PK\x01\x02"s);
  claimed.replace(directory + 24, 4, LittleEndian(std::uint64_t{1} << 30, 4));
  claimed.replace(22, 4, LittleEndian(std::uint64_t{1} << 30, 4));  // and its local header
  const std::string problem = Problem(claimed);
  EXPECT_TRUE(Mentions(problem, "ZIP bomb") || Mentions(problem, "MiB")) << problem;
}

TEST(OfficePackage, NoWebPageScriptProgramOrMacroRidesInside) {
  for (const char* name :
       {"word/page.html", "word/afchunk.HTM", "customXml/run.js", "word/vbaProject.bin",
        "word/embeddings/setup.exe", "word/activeX/activeX1.bin"}) {
    auto parts = DocxParts();
    parts.push_back({name, "<html><script>alert(1)</script></html>"});
    EXPECT_TRUE(Mentions(Problem(ZipOf(parts)), "web page, a script")) << name;
  }
  auto parts = DocxParts();
  std::string types = testing::kDocxContentTypes;
  types.insert(types.find("</Types>"),
               "<Override PartName=\"/word/x.xml\" "
               "ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/>");
  parts[0].data = types;
  EXPECT_TRUE(Mentions(Problem(ZipOf(parts)), "macros"));
}

TEST(OfficePackage, NamesAreRelativeSafeAndUnique) {
  for (const char* name : {"../evil.xml", "/abs.xml", "word\\x.xml", "word/../../x.xml"}) {
    auto parts = DocxParts();
    parts.push_back({name, "x"});
    EXPECT_TRUE(Mentions(Problem(ZipOf(parts)), "unsafe name")) << name;
  }
  auto parts = DocxParts();
  parts.push_back({"WORD/document.xml", "again"});
  EXPECT_TRUE(Mentions(Problem(ZipOf(parts)), "same part twice"));
}

TEST(OfficePackage, TheDirectoryAndTheLocalHeadersMustAgree) {
  const std::string sound = ZipOf(DocxParts());
  const std::string damaged = "ZIP structure is damaged";

  std::string renamed = sound;  // the first local header names another part
  renamed[30] = 'X';
  EXPECT_TRUE(Mentions(Problem(renamed), damaged));

  EXPECT_TRUE(Mentions(Problem(sound + "<html>appended</html>"), damaged))
      << "nothing may follow the end record";
  EXPECT_TRUE(Mentions(Problem("junk" + sound), damaged)) << "nor precede the entries";

  EXPECT_TRUE(Mentions(Problem(ZipOf(DocxParts(), 0x0001)), "encrypted"));

  std::string other_crc = sound;  // the local header's CRC differs from the directory's
  other_crc[14] = static_cast<char>(other_crc[14] ^ 0x01);
  EXPECT_TRUE(Mentions(Problem(other_crc), damaged));
  std::string other_size = sound;  // and so does its compressed size
  other_size[18] = static_cast<char>(other_size[18] ^ 0x01);
  EXPECT_TRUE(Mentions(Problem(other_size), damaged));
}

TEST(OfficePackage, AnOpenDocumentTextNeedsItsContentAndManifest) {
  const ZipPart mimetype{"mimetype", "application/vnd.oasis.opendocument.text"};
  EXPECT_TRUE(Mentions(Problem(ZipOf({mimetype}), MediaType::kOdt), "content or manifest"));
  EXPECT_EQ(Problem(ZipOf({mimetype,
                           {"content.xml", "<office:document-content/>", true},
                           {"META-INF/manifest.xml", "<manifest:manifest/>", true}}),
                    MediaType::kOdt),
            "");
  EXPECT_TRUE(Mentions(Problem(ZipOf({mimetype,
                                      {"content.xml", "<office:document-content/>", true},
                                      {"META-INF/manifest.xml", "<manifest:manifest/>", true},
                                      {"Basic/Standard/Module1.xml", "<script:module/>", true}}),
                               MediaType::kOdt),
                       "macros"))
      << "OpenDocument Basic macros";
}

// Every prefix of a sound package, and every single damaged byte of it, is
// judged without reading outside the file (ASan would stop the test).
TEST(OfficePackage, TruncatedOrDamagedBytesAreJudgedSafely) {
  const std::string sound = ZipOf(DocxParts());
  for (std::size_t length = 0; length < sound.size(); ++length) {
    EXPECT_NE(Problem(sound.substr(0, length)), "") << length;
  }
  for (std::size_t at = 0; at < sound.size(); ++at) {
    std::string damaged = sound;
    damaged[at] = static_cast<char>(damaged[at] ^ 0xFF);
    (void)Problem(damaged);
  }
}

// A PNG chunk: its length, type, data and a (dummy) CRC.
std::string PngChunk(const std::string& type, const std::string& data) {
  const auto length = static_cast<std::uint32_t>(data.size());
  std::string chunk;
  for (int shift = 24; shift >= 0; shift -= 8) chunk.push_back(static_cast<char>(length >> shift));
  return chunk + type + data + "\0\0\0\0"s;
}

TEST(HoldsMarkup, FindsThePolyglotsWhereTheFormatKeepsBytesAsTheyAre) {
  const auto pdf = [](const std::string& stream, const std::string& outside) {
    return "%PDF-1.4\n" + outside + "1 0 obj << /Length 9 >>\nstream\n" + stream +
           "\nendstream\nendobj\n%%EOF\n";
  };
  EXPECT_TRUE(HoldsMarkup(pdf("x", "<html><body>hello</body></html>\n"), MediaType::kPdf));
  EXPECT_TRUE(HoldsMarkup(pdf("x", "") + "<script>alert(1)</script>", MediaType::kPdf))
      << "after the last %%EOF";
  EXPECT_TRUE(HoldsMarkup(pdf("x", "% <svg/onload=alert(1)>\n"), MediaType::kPdf));
  EXPECT_FALSE(HoldsMarkup(pdf("\x78\x9c<svg \x01<html\x02", ""), MediaType::kPdf))
      << "compressed stream bytes that happen to match are not markup";
  EXPECT_FALSE(HoldsMarkup(pdf("x", "<< /Type /Catalog >> <FEFF00> <svgfont> <bodyguard>\n"),
                           MediaType::kPdf))
      << "dictionaries, hex strings and longer words are not tags";

  const std::string png = "\x89PNG\r\n\x1A\n"s + PngChunk("IHDR", std::string(13, '\1'));
  EXPECT_TRUE(
      HoldsMarkup(png + PngChunk("tEXt", "c\0<SCRIPT>alert(1)</SCRIPT>"s), MediaType::kPng));
  EXPECT_TRUE(HoldsMarkup(png + PngChunk("IEND", "") + "<html>appended</html>", MediaType::kPng));
  EXPECT_FALSE(HoldsMarkup(png + PngChunk("IDAT", "\x01<svg\x02<html>") + PngChunk("IEND", ""),
                           MediaType::kPng))
      << "image data is compressed";

  const std::string jpeg = "\xFF\xD8\xFF\xE0\0\x10JFIF\0"s;
  EXPECT_TRUE(
      HoldsMarkup(jpeg + "\xFF\xFE<iframe src=x>\xFF\xDA scan \xFF\xD9"s, MediaType::kJpeg));
  EXPECT_TRUE(HoldsMarkup(jpeg + "\xFF\xDA scan \xFF\xD9<html>"s, MediaType::kJpeg));
  EXPECT_FALSE(HoldsMarkup(jpeg + "\xFF\xDA<svg <body \xFF\xD9"s, MediaType::kJpeg));

  EXPECT_TRUE(HoldsMarkup("{\\rtf1 <script>x</script>}", MediaType::kRtf));
  EXPECT_FALSE(HoldsMarkup(ZipOf(DocxParts()), MediaType::kDocx)) << "judged part by part";
}

}  // namespace
}  // namespace casereview
