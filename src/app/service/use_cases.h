// Every use case of one running service, made once at start-up (by `serve`
// and by the in-process test server) and owned here; the routes and the job
// handlers borrow references, so each use case and its caches exist once.
// Must outlive the router and the job runner.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>

#include "app/actions/action_plans.h"
#include "app/documents/documents.h"
#include "app/documents/text_extractor.h"
#include "app/jobs/background_work.h"
#include "app/platform/blob_store.h"
#include "app/platform/clock.h"
#include "app/platform/idempotency.h"
#include "app/reviews/agencies.h"
#include "app/reviews/case_people.h"
#include "app/reviews/quality_ratings.h"
#include "app/reviews/referrals.h"
#include "app/reviews/review_changes.h"
#include "app/reviews/reviews.h"
#include "db/connection_pool.h"

namespace casereview::app {

struct UseCaseOptions {
  std::filesystem::path data_root;  // the data directory: blobs/ lives under it
  std::size_t max_document_bytes = std::size_t{50} * 1000 * 1000;
  JobRunnerOptions jobs;
  std::unique_ptr<TextExtractor> extractor;  // null: the LocalTextExtractor
};

struct UseCases {
  UseCases(db::ConnectionPool& database, const Clock& clock, UseCaseOptions options);
  UseCases(const UseCases&) = delete;
  UseCases& operator=(const UseCases&) = delete;

  Referrals referrals;
  Agencies agencies;
  Reviews reviews;
  ReviewChanges review_changes;
  CasePeople people;
  QualityRatings quality;
  ActionPlans action_plans;
  BlobStore blobs;
  Documents documents;
  IdempotencyKeys idempotency_keys;
  BackgroundWork background;
};

}  // namespace casereview::app
