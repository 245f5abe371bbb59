#include "app/jobs/background_work.h"

namespace casereview::app {

BackgroundWork::BackgroundWork(db::ConnectionPool& database, const Clock& clock,
                               const BlobStore& blobs, JobRunnerOptions options,
                               std::unique_ptr<TextExtractor> extractor)
    : queue_(database, clock),
      extractor_(extractor ? std::move(extractor) : std::make_unique<LocalTextExtractor>()),
      text_job_(database, clock, blobs, *extractor_),
      runner_(queue_, options) {
  runner_.Handle(std::string(kExtractTextJob),
                 [this](const Job& job) { return text_job_.Run(job); });
}

}  // namespace casereview::app
