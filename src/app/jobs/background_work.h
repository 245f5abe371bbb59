// Everything that runs beside the server on its own threads, made once at
// start-up: the job queue, its runner and the handler of every job kind, with
// the text extractor they use; the blob store is the service's. The server and the
// in-process test server build the same one.
#pragma once

#include <memory>

#include "app/documents/document_text_job.h"
#include "app/documents/text_extractor.h"
#include "app/jobs/job_queue.h"
#include "app/jobs/job_runner.h"
#include "app/platform/blob_store.h"

namespace casereview::app {

class BackgroundWork {
 public:
  // `blobs` is the service's blob store and must outlive this; `extractor`
  // null: the LocalTextExtractor. Nothing runs until Start.
  BackgroundWork(db::ConnectionPool& database, const Clock& clock, const BlobStore& blobs,
                 JobRunnerOptions options, std::unique_ptr<TextExtractor> extractor = nullptr);

  JobQueue& queue() { return queue_; }
  JobRunner& runner() { return runner_; }

 private:
  JobQueue queue_;
  std::unique_ptr<TextExtractor> extractor_;
  DocumentTextJob text_job_;
  JobRunner runner_;  // last: stopped first, while the handlers' parts still live
};

}  // namespace casereview::app
