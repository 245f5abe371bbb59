// The one way a use case works on one review (docs/architecture.md, "Use
// cases"). Record-level access is app/reviews/case_access.h's; this runs it
// in the same order every time:
//   read:   access (kNotFound when the review is invisible) -> work -> the
//           audited read of a restricted review (docs/security.md: no answer
//           unless that record is written);
//   change: one transaction -> access and the right to change -> the
//           open-review check (a closed review is final) -> work -> the
//           audit events the work recorded, in the same transaction.
// Blocking (database): call from the worker pool.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/audit/audit_trail.h"
#include "app/identity/principal.h"
#include "app/platform/clock.h"
#include "app/reviews/case_access.h"
#include "core/error.h"
#include "core/time/instant.h"
#include "db/connection_pool.h"
#include "db/database.h"

namespace casereview::app {

// What of a review a read needs: its summary (an agency lead's view is
// enough) or the review in full (kNotFound for the summary view).
enum class ReviewView { kSummary, kInFull };

// What a change needs of the caller: edit rights (AccessReviewForEdit); or
// to see the review in full (kForbidden for an agency lead's summary view) or
// at all, the use case weighing a capability of its own (a partner's
// sign-off; an agency lead's progress report on their own agency's action).
enum class ChangeRight { kEdit, kSeeInFull, kSee };

// What a change's work is given: its transaction, the caller's access, the
// instant it happens at, and where to record what it did. Events are written
// after the work succeeds, in its transaction, in the order recorded.
class ReviewChange {
 public:
  ReviewChange(db::Connection& transaction, const ReviewAccess& caller_access, const Actor& acting,
               Instant at)
      : tx(transaction), access(caller_access), actor(acting), now(at) {}

  db::Connection& tx;
  const ReviewAccess& access;
  const Actor& actor;
  const Instant now;

  // `detail` holds ids, field names and status names only, never personal data.
  void Record(std::string action, std::string target_type, std::string target_id,
              std::map<std::string, std::string> detail = {}) {
    events_.push_back(
        {std::move(action), std::move(target_type), std::move(target_id), std::move(detail)});
  }

  // Writes the recorded events (the runner's step, not the work's).
  Result<void> WriteEvents() {
    for (auto& event : events_) {
      if (auto written =
              RecordEvent(tx, actor, std::move(event.action), std::move(event.target_type),
                          std::move(event.target_id), now, std::move(event.detail));
          !written) {
        return written;
      }
    }
    events_.clear();
    return {};
  }

 private:
  struct Event {
    std::string action;
    std::string target_type;
    std::string target_id;
    std::map<std::string, std::string> detail;
  };
  std::vector<Event> events_;
};

// Reads a part of review `review_id` (`what`: "findings", "documents", ...)
// on `connection` with read(connection) -> Result<T>.
template <typename Read>
auto ReadReview(db::Connection& connection, const Clock& clock, const Principal& principal,
                const Actor& actor, std::int64_t review_id, ReviewView view, std::string_view what,
                Read&& read) -> decltype(read(connection)) {
  auto access = view == ReviewView::kInFull ? AccessReviewInFull(connection, principal, review_id)
                                            : AccessReview(connection, principal, review_id);
  if (!access) return std::unexpected(access.error());
  auto result = read(connection);
  if (!result) return result;
  if (auto audited = RecordRestrictedRead(connection, *access, actor, clock.Now(), what);
      !audited) {
    return std::unexpected(audited.error());
  }
  return result;
}

// As above, on a connection of the pool's.
template <typename Read>
auto ReadReview(db::ConnectionPool& database, const Clock& clock, const Principal& principal,
                const Actor& actor, std::int64_t review_id, ReviewView view, std::string_view what,
                Read&& read) -> decltype(read(std::declval<db::Connection&>())) {
  auto connection = database.Acquire();
  if (!connection) return std::unexpected(connection.error());
  return ReadReview(**connection, clock, principal, actor, review_id, view, what,
                    std::forward<Read>(read));
}

// Changes review `review_id` inside the caller's open transaction `tx`:
// work(ReviewChange&) -> Result<T>. For use cases that find the review from
// another record first (an action, a recommendation, a document).
template <typename Work>
auto ChangeReviewIn(db::Connection& tx, const Principal& principal, const Actor& actor, Instant now,
                    std::int64_t review_id, ChangeRight right, Work&& work)
    -> decltype(work(std::declval<ReviewChange&>())) {
  auto access = right == ChangeRight::kEdit ? AccessReviewForEdit(tx, principal, review_id)
                                            : AccessReview(tx, principal, review_id);
  if (!access) return std::unexpected(access.error());
  if (right != ChangeRight::kSee && access->summary_only) {
    return Fail(ErrorCode::kForbidden, "you may not change this review");
  }
  if (auto open = CheckOpen(*access); !open) return std::unexpected(open.error());
  ReviewChange change(tx, *access, actor, now);
  auto result = work(change);
  if (!result) return result;
  if (auto written = change.WriteEvents(); !written) return std::unexpected(written.error());
  return result;
}

// Changes review `review_id` in a transaction of its own.
template <typename Work>
auto ChangeReview(db::ConnectionPool& database, const Clock& clock, const Principal& principal,
                  const Actor& actor, std::int64_t review_id, ChangeRight right, Work&& work)
    -> decltype(work(std::declval<ReviewChange&>())) {
  auto connection = database.Acquire();
  if (!connection) return std::unexpected(connection.error());
  const Instant now = clock.Now();
  return db::InTransaction(**connection, [&](db::Connection& tx) {
    return ChangeReviewIn(tx, principal, actor, now, review_id, right, work);
  });
}

}  // namespace casereview::app
