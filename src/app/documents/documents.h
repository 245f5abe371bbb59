// The documents of a review: each has a kind and a title, and its bytes are
// numbered versions in the blob store. Who may do what follows the review
// (app/reviews/case_access.h): reading needs the review to be visible, creating and
// adding versions needs may_edit, except that an agency lead may create and
// add versions to an agency_report of their own agency; an agency lead sees
// only their agency's documents. Documents no one may see answer kNotFound.
// Every change and every download is one transaction with its audit event,
// whose detail holds ids, kind, number, size and media type, never a title or
// a file name. Blocking (database and disk): call from a worker pool.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/identity/principal.h"
#include "app/platform/blob_store.h"
#include "app/platform/clock.h"
#include "core/documents/media_type.h"
#include "core/error.h"
#include "core/records/case_records.h"
#include "db/connection_pool.h"

namespace casereview::app {

struct NewDocument {
  std::int64_t review_id = 0;
  DocumentKind kind = DocumentKind::kOther;
  std::string title;                      // 1..200 bytes
  std::optional<std::string> language;    // required exactly for translations
  std::optional<std::int64_t> agency_id;  // an agency of the review's partnership
};

struct DocumentVersion {
  std::int64_t number = 0;
  std::string sha256;
  std::int64_t size_bytes = 0;
  MediaType media_type = MediaType::kPdf;
  std::string file_name;
  std::optional<std::int64_t> uploaded_by;
  std::string uploaded_at;
};

struct Document {
  std::int64_t id = 0;
  std::int64_t review_id = 0;
  DocumentKind kind = DocumentKind::kOther;
  std::string title;
  std::optional<std::string> language;
  std::optional<std::int64_t> agency_id;
  std::string created_at;
  std::vector<DocumentVersion> versions;  // oldest first
};

// A version's file, verified, for the server to stream (never read whole).
struct DocumentContent {
  std::filesystem::path file;
  std::uintmax_t size = 0;
  MediaType media_type = MediaType::kPdf;
  std::string file_name;
};

class Documents {
 public:
  // Uploads above `max_bytes` are refused (kTooLarge).
  // The largest upload taken, in bytes (the upload route's body limit).
  std::size_t max_bytes() const { return max_bytes_; }

  Documents(db::ConnectionPool& database, const Clock& clock, BlobStore& blobs,
            std::size_t max_bytes)
      : database_(database), clock_(clock), blobs_(blobs), max_bytes_(max_bytes) {}

  // kInvalid naming the field (title, language, agency_id); kForbidden when
  // the caller may see the review but not add to it.
  Result<Document> CreateDocument(const Principal& principal, const Actor& actor,
                                  const NewDocument& document);

  // Stores `bytes` as the next version. kInvalid (field "file") unless
  // SniffMediaType accepts them; kTooLarge above the limit. `file_name` is
  // reduced to a safe base name ending in the sniffed type's extension. A
  // version of a final_report document is also a change of its review (the
  // review names its final report): the review's version goes up by one.
  Result<DocumentVersion> AddVersion(const Principal& principal, const Actor& actor,
                                     std::int64_t document_id, std::string_view bytes,
                                     std::string_view file_name);

  // The review's documents the caller may see, by id, with their versions.
  Result<std::vector<Document>> ListDocuments(const Principal& principal, const Actor& actor,
                                              std::int64_t review_id);

  Result<Document> GetDocument(const Principal& principal, const Actor& actor,
                               std::int64_t document_id);

  // The file of version `number`, verified against its hash; the download is
  // audited ("document.downloaded") before the file is returned.
  Result<DocumentContent> GetVersionContent(const Principal& principal, const Actor& actor,
                                            std::int64_t document_id, std::int64_t number);

 private:
  db::ConnectionPool& database_;
  const Clock& clock_;
  BlobStore& blobs_;
  std::size_t max_bytes_;
};

// The version of the final report that partners sign off: the newest version
// of the review's final_report documents.
struct FinalReport {
  std::int64_t document_id = 0;
  std::string title;
  std::int64_t version_id = 0;
  int version_number = 0;
  std::string file_name;
};

// Review `review_id`'s final report, if it has one with a version: the guard
// rail of the stages after drafting, and what partners sign off. Reads in the
// caller's transaction.
Result<std::optional<FinalReport>> LatestFinalReport(db::Connection& connection,
                                                     std::int64_t review_id);

// `given` as a stored file name: its base name (after the last '/' or '\'),
// without control characters or bidirectional controls (which can make
// "x\u202Efdp.exe" read as "xexe.pdf"), trimmed, at most 200 bytes (whole
// UTF-8 characters), ending in `type`'s extension ("document.<ext>" when
// nothing is left).
std::string SafeFileName(std::string_view given, MediaType type);

}  // namespace casereview::app
