#include "app/service/use_cases.h"

namespace casereview::app {

UseCases::UseCases(db::ConnectionPool& database, const Clock& clock, UseCaseOptions options)
    : referrals(database, clock),
      agencies(database, clock),
      reviews(database, clock),
      review_changes(database, clock),
      people(database, clock),
      quality(database, clock),
      action_plans(database, clock),
      blobs(options.data_root / "blobs"),
      documents(database, clock, blobs, options.max_document_bytes),
      idempotency_keys(database, clock),
      background(database, clock, blobs, options.jobs, std::move(options.extractor)) {}

}  // namespace casereview::app
