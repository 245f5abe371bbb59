#include "app/reviews/case_access.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <set>

#include "app/audit/audit_trail.h"
#include "core/access/review_policy.h"
#include "db/rows.h"

namespace casereview::app {
namespace {

using db::Value;

constexpr std::string_view kAssigned =
    "EXISTS (SELECT 1 FROM review_member m WHERE m.review_id = r.id AND m.user_id = ${})";
constexpr std::string_view kAgencyInvolved =
    "(EXISTS (SELECT 1 FROM review_agency g WHERE g.review_id = r.id AND g.agency_id = ${0}) OR "
    "EXISTS (SELECT 1 FROM action x WHERE x.review_id = r.id AND x.agency_id = ${0}))";

}  // namespace

Visibility VisibleReviews(const Principal& principal, int first) {
  Visibility visibility;
  visibility.condition = fmt::format("r.partnership_id = ${}", first);
  visibility.params.emplace_back(principal.partnership_id);
  if (SeesEveryReview(principal.roles)) return visibility;

  const int user = first + 1;
  visibility.params.emplace_back(principal.user_id);
  const std::string assigned = fmt::format(fmt::runtime(kAssigned), user);
  std::string unrestricted_scope;  // which unrestricted reviews, beyond the assigned ones
  if (SeesAllUnrestricted(principal.roles)) {
    unrestricted_scope = "r.restricted = 0";
  } else if (casereview::ConfinedAgency(principal.roles, principal.agency_id) &&
             principal.agency_id) {
    visibility.params.emplace_back(*principal.agency_id);
    unrestricted_scope =
        "r.restricted = 0 AND " + fmt::format(fmt::runtime(kAgencyInvolved), first + 2);
  }
  visibility.condition += unrestricted_scope.empty()
                              ? fmt::format(" AND {}", assigned)
                              : fmt::format(" AND (({}) OR {})", unrestricted_scope, assigned);
  return visibility;
}

std::string VisibilityKey(const Principal& principal) {
  std::string key = fmt::format("{}/{}/{}", principal.partnership_id, principal.user_id,
                                principal.agency_id.value_or(0));
  for (const Role role : principal.roles) key += fmt::format("/{}", RoleName(role));
  return key;
}

Result<ReviewAccess> AccessReview(db::Connection& connection, const Principal& principal,
                                  std::int64_t review_id) {
  const Visibility visibility = VisibleReviews(principal, 2);
  std::vector<Value> params{Value(review_id)};
  params.insert(params.end(), visibility.params.begin(), visibility.params.end());
  params.emplace_back(principal.user_id);
  const int user = static_cast<int>(params.size());
  auto found =
      db::QueryOne(connection,
                   fmt::format("SELECT r.restricted, EXISTS (SELECT 1 FROM review_member m WHERE "
                               "m.review_id = r.id AND m.user_id = ${}) AS member, r.version, "
                               "r.stage = 'closed' AS closed FROM review r WHERE r.id = $1 AND {}",
                               user, visibility.condition),
                   db::Params(params), [&](db::RowReader& row) {
                     ReviewAccess access =
                         AccessOf(principal, review_id, row.Bool("restricted"), row.Bool("member"));
                     access.version = row.Int("version");
                     access.closed = row.Bool("closed");
                     return access;
                   });
  if (!found) return Failure(found);
  if (!*found) return Fail(ErrorCode::kNotFound, "there is no such review");
  return **found;
}

ReviewAccess AccessOf(const Principal& principal, std::int64_t review_id, bool restricted,
                      bool assigned) {
  ReviewAccess access;
  access.review_id = review_id;
  access.restricted = restricted;
  access.assigned = assigned;
  const ReviewRights rights = RightsOnReview(principal.roles, assigned);
  access.summary_only = rights.summary_only;
  if (access.summary_only) access.agency_id = principal.agency_id;
  access.may_edit = rights.may_edit;
  access.may_read_people = rights.may_read_people;
  return access;
}

Result<ReviewAccess> AccessReviewInFull(db::Connection& connection, const Principal& principal,
                                        std::int64_t review_id) {
  auto access = AccessReview(connection, principal, review_id);
  if (!access) return access;
  if (access->summary_only) return Fail(ErrorCode::kNotFound, "there is no such review");
  return access;
}

Result<void> RecordRestrictedRead(db::Connection& connection, const ReviewAccess& access,
                                  const Actor& actor, Instant at, std::string_view what) {
  if (!access.restricted) return {};
  return db::InTransaction(connection, [&](db::Connection& tx) {
    return RecordEvent(tx, actor, "review.read", "review", std::to_string(access.review_id), at,
                       {{"part", std::string(what)}});
  });
}

Result<ReviewAccess> AccessReviewForEdit(db::Connection& connection, const Principal& principal,
                                         std::int64_t review_id) {
  auto access = AccessReview(connection, principal, review_id);
  if (!access) return access;
  if (!access->may_edit) return Fail(ErrorCode::kForbidden, "you may not change this review");
  if (auto open = CheckOpen(*access); !open) return Failure(open);
  return access;
}

Result<void> RecordRestrictedListRead(db::Connection& connection, const Actor& actor, Instant at,
                                      std::string_view what,
                                      const std::vector<std::int64_t>& restricted) {
  if (restricted.empty()) return {};
  const std::set<std::int64_t> distinct(restricted.begin(), restricted.end());
  const std::string reviews = fmt::format("{}", fmt::join(distinct, ","));
  return db::InTransaction(connection, [&](db::Connection& tx) {
    return RecordEvent(tx, actor, "review.read", "review", "", at,
                       {{"part", std::string(what)}, {"reviews", reviews}});
  });
}

Result<void> RecordAssignedMember(db::Connection& transaction, const Actor& actor,
                                  std::int64_t review_id, std::int64_t user_id, Instant at,
                                  MemberRole role) {
  return RecordEvent(
      transaction, actor, "review.member_assigned", "review", std::to_string(review_id), at,
      {{"user_id", std::to_string(user_id)}, {"role", std::string(kMemberRoles.Name(role))}});
}

std::optional<std::int64_t> ConfinedAgency(const Principal& principal) {
  return casereview::ConfinedAgency(principal.roles, principal.agency_id);
}

Result<void> CheckOpen(const ReviewAccess& access) {
  if (access.closed)
    return Fail(ErrorCode::kConflict, "the review is closed; a closed review is final");
  return {};
}

}  // namespace casereview::app
