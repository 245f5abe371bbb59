// The text extractor port: the words of a stored document version, for the
// checks before publication and the library's search. Run by the
// document.extract_text job, never on a request's worker.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "core/documents/media_type.h"
#include "core/error.h"

namespace casereview::app {

class TextExtractor {
 public:
  virtual ~TextExtractor() = default;
  // The text of the file at `file`, of `type`; nullopt when this extractor
  // does not read `type` (the document is then recorded as unreadable).
  // kInvalid when the file is not what its type says; kUnavailable when the
  // reader could not run now (worth a retry).
  virtual Result<std::optional<std::string>> Extract(MediaType type,
                                                     const std::filesystem::path& file) const = 0;
};

struct PdfReaderLimits {
  std::chrono::seconds cpu = std::chrono::seconds(30);
  std::chrono::seconds wall = std::chrono::seconds(60);
  std::size_t memory_bytes = std::size_t{768} << 20;
};

// The real extractor. Word documents, OpenDocument texts and text files are
// read in this process (core/documents/document_text.h: their XML, with
// pugixml, which reads no DTD). A PDF, whose parser is large and whose input
// is hostile, is read by poppler's `pdftotext` in a child process with no
// other open files, no right to write any file, and limits on CPU time,
// memory, wall time and output (DESIGN.md: parsing runs apart from the
// server). Every other type is not read.
class LocalTextExtractor final : public TextExtractor {
 public:
  explicit LocalTextExtractor(std::filesystem::path pdftotext = "/usr/bin/pdftotext",
                              PdfReaderLimits limits = {})
      : pdftotext_(std::move(pdftotext)), limits_(limits) {}
  Result<std::optional<std::string>> Extract(MediaType type,
                                             const std::filesystem::path& file) const override;

 private:
  Result<std::string> ReadPdf(const std::filesystem::path& file) const;

  std::filesystem::path pdftotext_;
  PdfReaderLimits limits_;
};

}  // namespace casereview::app
