// The document.extract_text job: reads the text of one uploaded document
// version (payload: document_version_id) through the TextExtractor port and
// keeps it in document_text, for the checks before publication and the
// library's search. Added by Documents::AddVersion in the upload's own
// transaction; runs on the JobRunner. Idempotent: running it again replaces
// the text with the same text.
#pragma once

#include <string_view>

#include "app/documents/text_extractor.h"
#include "app/jobs/job_queue.h"
#include "app/platform/blob_store.h"
#include "app/platform/clock.h"
#include "db/connection_pool.h"

namespace casereview::app {

inline constexpr std::string_view kExtractTextJob = "document.extract_text";

// The job that reads document version `version_id`'s text.
NewJob ExtractTextJob(std::int64_t version_id);

class DocumentTextJob {
 public:
  DocumentTextJob(db::ConnectionPool& database, const Clock& clock, const BlobStore& blobs,
                  const TextExtractor& extractor)
      : database_(database), clock_(clock), blobs_(blobs), extractor_(extractor) {}

  // kInvalid (permanent) for a payload without a version id or a file that
  // is not what its type says; kNotFound when the version is gone;
  // kUnavailable when the blob or the reader cannot serve now.
  Result<void> Run(const Job& job) const;

 private:
  db::ConnectionPool& database_;
  const Clock& clock_;
  const BlobStore& blobs_;
  const TextExtractor& extractor_;
};

}  // namespace casereview::app
