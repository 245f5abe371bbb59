// Internal to app/reviews: the steps the changes of a review share (the
// version check, marking it changed, the run itself). Not for use outside
// the folder.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/platform/london_time.h"
#include "app/reviews/review_use_case.h"
#include "app/reviews/reviews.h"
#include "core/time/civil_date.h"
#include "db/database.h"

namespace casereview::app {

// kPreconditionFailed unless review `review_id` is at version `expected`
// (the ETag its editor read).
Result<void> CheckVersion(db::Connection& tx, std::int64_t review_id, std::int64_t expected);

// The day the partnership became aware of review `review_id`'s incident
// (nullopt: not recorded); kNotFound when there is no such review.
Result<std::optional<CivilDate>> AwareOn(db::Connection& tx, std::int64_t review_id);

// kForbidden unless the caller decides who joins a review.
Result<void> CheckManagesMembers(const Principal& principal);

// Marks the review changed: a new version, updated at `at`.
Result<void> Touch(db::Connection& tx, std::int64_t review_id, const std::string& at);

// Runs one change of review `review_id` (app/reviews/review_use_case.h's
// ChangeReview): work(ReviewChange&) -> Result<void>, then the review's
// milestones are worked out again and the review as it now stands is the
// answer.
template <typename Work>
Result<ReviewDetail> RunChange(db::ConnectionPool& database, const Clock& clock,
                               const Principal& principal, const Actor& actor,
                               std::int64_t review_id, ChangeRight right, Work&& work) {
  return ChangeReview(database, clock, principal, actor, review_id, right,
                      [&](ReviewChange& change) -> Result<ReviewDetail> {
                        if (auto done = work(change); !done) return Failure(done);
                        if (auto refreshed = RefreshMilestones(change.tx, review_id); !refreshed) {
                          return Failure(refreshed);
                        }
                        return LoadReviewDetail(change.tx, principal, review_id,
                                                LondonDate(change.now));
                      });
}

}  // namespace casereview::app
