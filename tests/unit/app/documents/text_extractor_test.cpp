#include "app/documents/text_extractor.h"

#include <gtest/gtest.h>

#include <fstream>

#include "support/temp_dir.h"

namespace casereview::app {
namespace {

// A one-page PDF saying `words`, with a correct cross-reference table.
std::string PdfSaying(const std::string& words) {
  const std::string stream = "BT /F1 12 Tf 72 720 Td (" + words + ") Tj ET";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t offset : offsets) {
    const std::string number = std::to_string(offset);
    pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

class TextExtractorTest : public ::testing::Test {
 protected:
  std::filesystem::path Write(const std::string& bytes) {
    const auto file = dir_.path() / ("file" + std::to_string(++count_));
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
  }
  testing::TempDir dir_;
  int count_ = 0;
};

TEST_F(TextExtractorTest, ReadsAPdfInAChildProcess) {
  const LocalTextExtractor extractor;
  auto text = extractor.Extract(MediaType::kPdf, Write(PdfSaying("Fictional learning")));
  ASSERT_TRUE(text) << text.error().message;
  ASSERT_TRUE(*text);
  EXPECT_NE((*text)->find("Fictional learning"), std::string::npos) << **text;
}

TEST_F(TextExtractorTest, ABrokenPdfIsAPermanentFailureAndAMissingReaderIsNot) {
  const LocalTextExtractor extractor;
  auto broken = extractor.Extract(MediaType::kPdf, Write("%PDF-1.7\n%%EOF\n"));
  ASSERT_FALSE(broken);
  EXPECT_EQ(broken.error().code, ErrorCode::kInvalid);
  const LocalTextExtractor missing("/nonexistent/pdftotext");
  auto lost = missing.Extract(MediaType::kPdf, Write(PdfSaying("x")));
  ASSERT_FALSE(lost);
  EXPECT_EQ(lost.error().code, ErrorCode::kUnavailable);
}

TEST_F(TextExtractorTest, TheReaderIsStoppedAtItsLimits) {
  PdfReaderLimits limits;
  limits.memory_bytes = std::size_t{1} << 20;  // far too little for pdftotext to start
  const LocalTextExtractor starved("/usr/bin/pdftotext", limits);
  auto text = starved.Extract(MediaType::kPdf, Write(PdfSaying("x")));
  ASSERT_FALSE(text);
  EXPECT_NE(text.error().code, ErrorCode::kInternal);
}

TEST_F(TextExtractorTest, FormatsWithoutAReaderAreUnreadableNotErrors) {
  const LocalTextExtractor extractor;
  auto picture = extractor.Extract(MediaType::kPng, Write("\x89PNG"));
  ASSERT_TRUE(picture);
  EXPECT_FALSE(*picture);
}

}  // namespace
}  // namespace casereview::app
