// Record-level access to reviews: who may see, edit and read the people of
// which review. The route-level capability (core/access/access.h) is checked first by
// the request guard; these rules narrow it record by record (docs/security.md):
//   - a review of another partnership does not exist for the caller;
//   - a restricted review exists only for its assigned members and admins;
//   - a reviewer sees only the reviews they are assigned to;
//   - an agency lead sees a summary of the reviews their agency is involved in
//     (review_agency) or owns actions in, and nothing of the people in them;
//   - everyone else who holds read_reviews sees every unrestricted review.
// Invisible reviews answer kNotFound, never kForbidden, so that their existence
// does not leak.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/identity/principal.h"
#include "core/error.h"
#include "core/records/case_records.h"
#include "core/time/instant.h"
#include "db/database.h"

namespace casereview::app {

// What the caller may do with one review they can see.
struct ReviewAccess {
  std::int64_t review_id = 0;
  bool restricted = false;
  bool assigned = false;      // the caller is a member or reviewer of this review
  bool summary_only = false;  // an agency lead's view: no people, no documents but their agency's
  bool may_edit = false;      // edit_review, and (for reviewers) assigned
  bool may_read_people = false;
  std::optional<std::int64_t> agency_id;  // the caller's agency, for agency leads
  std::int64_t version = 0;               // the review's version when access was checked
  bool closed = false;                    // the review is closed: final, nothing changes
};

// The caller's access to review `review_id`; kNotFound when it does not exist
// for them. Reads the database in the caller's transaction.
Result<ReviewAccess> AccessReview(db::Connection& connection, const Principal& principal,
                                  std::int64_t review_id);

// As AccessReview, and kNotFound for an agency lead's summary view: the
// review's parts beyond its summary (referral, quality ratings, ...) do not
// exist for them.
Result<ReviewAccess> AccessReviewInFull(db::Connection& connection, const Principal& principal,
                                        std::int64_t review_id);

// The caller's access to a review they can see, from the review's restricted
// flag and whether they are assigned to it (for reads that check visibility
// in their own statement, with VisibleReviews).
ReviewAccess AccessOf(const Principal& principal, std::int64_t review_id, bool restricted,
                      bool assigned);

// The agency an agency lead's view is confined to, whatever else they ask
// for (actions, documents, filters); nullopt for callers who see all of the
// reviews they can see (admins, coordinators, panel members, partners, and
// reviewers who are not also agency leads).
std::optional<std::int64_t> ConfinedAgency(const Principal& principal);

// Records, in a transaction of its own, one review.read event for a list
// read (`what`: "reviews", "deadlines", ...) that returned records of the
// restricted reviews `restricted` (their ids, named in the event); does
// nothing when there are none. One event per request, not one per row.
Result<void> RecordRestrictedListRead(db::Connection& connection, const Actor& actor, Instant at,
                                      std::string_view what,
                                      const std::vector<std::int64_t>& restricted);

// Records that `user_id` was made a member of review `review_id` (in the
// caller's transaction): whenever anyone, the system included, puts someone
// on a review, so that who can see a restricted review is never unexplained.
Result<void> RecordAssignedMember(db::Connection& transaction, const Actor& actor,
                                  std::int64_t review_id, std::int64_t user_id, Instant at,
                                  MemberRole role = MemberRole::kMember);

// kConflict when the review is closed (a closed review is final).
Result<void> CheckOpen(const ReviewAccess& access);

// As AccessReview, and kForbidden unless the caller may edit the review;
// kConflict when it is closed.
Result<ReviewAccess> AccessReviewForEdit(db::Connection& connection, const Principal& principal,
                                         std::int64_t review_id);

// Records, in a transaction of its own, that `actor` read `what` ("review",
// "referral", "findings", "actions", ...) of a restricted review; does nothing
// for an unrestricted one. Call after the read and before answering: when it
// fails, the answer must not be given (docs/security.md: every read of a
// restricted record is audited).
Result<void> RecordRestrictedRead(db::Connection& connection, const ReviewAccess& access,
                                  const Actor& actor, Instant at, std::string_view what);

// The reviews a principal may see, as a SQL condition on the review aliased `r`
// with its parameters numbered from $first (e.g. "r.partnership_id = $3 AND
// ..."); append `params` to the statement's own, in order.
struct Visibility {
  std::string condition;
  std::vector<db::Value> params;
};
Visibility VisibleReviews(const Principal& principal, int first);

// What `principal` can see, as a key for caches of reads across reviews
// (app/platform/change_generation.h): the user, their partnership, roles
// and agency, all of which decide visibility.
std::string VisibilityKey(const Principal& principal);

}  // namespace casereview::app
