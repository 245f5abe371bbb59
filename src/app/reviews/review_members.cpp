// ReviewChanges: who works on a review: members and the independent reviewer.
#include <fmt/format.h>

#include <map>
#include "app/reviews/review_changes.h"
#include "app/reviews/review_steps.h"
#include "core/access/review_policy.h"

namespace casereview::app {

using db::Value;

Result<std::vector<MemberCandidate>> ReviewChanges::Candidates(const Principal& principal,
                                                               std::int64_t review_id) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  if (auto access = AccessReview(**connection, principal, review_id); !access) {
    return Failure(access);
  }
  if (auto allowed = CheckManagesMembers(principal); !allowed) return Failure(allowed);
  auto rows = (*connection)
                  ->Query(
                      "SELECT u.id, u.display_name, u.agency_id, "
                      "CASE WHEN EXISTS (SELECT 1 FROM review_agency ra WHERE ra.review_id = $2 "
                      "AND ra.agency_id = u.agency_id) THEN 1 ELSE 0 END "
                      "FROM app_user u WHERE u.partnership_id = $1 AND u.disabled = 0 "
                      "ORDER BY u.display_name, u.id",
                      {Value(principal.partnership_id), Value(review_id)});
  if (!rows) return Failure(rows);
  auto roles = (*connection)
                   ->Query(
                       "SELECT r.user_id, r.role FROM user_role r JOIN app_user u ON "
                       "u.id = r.user_id WHERE u.partnership_id = $1 AND u.disabled = 0 "
                       "ORDER BY r.user_id, r.role",
                       {Value(principal.partnership_id)});
  if (!roles) return Failure(roles);
  std::map<std::int64_t, std::vector<Role>> roles_of;
  for (const auto& row : *roles) {
    if (auto role = ParseRole(row.Text(1).value_or(""))) {
      roles_of[row.Int(0).value_or(0)].push_back(*role);
    }
  }
  std::vector<MemberCandidate> candidates;
  for (const auto& row : *rows) {
    MemberCandidate candidate;
    candidate.user_id = row.Int(0).value_or(0);
    candidate.display_name = row.Text(1).value_or("");
    candidate.agency_id = row.Int(2);
    candidate.agency_involved = row.Int(3).value_or(0) != 0;
    candidate.roles = std::move(roles_of[candidate.user_id]);
    candidates.push_back(std::move(candidate));
  }
  return candidates;
}

Result<ReviewDetail> ReviewChanges::Assign(const Principal& principal, std::int64_t review_id,
                                           const NewMember& member, const Actor& actor) {
  return RunChange(
      database_, clock_, principal, actor, review_id, ChangeRight::kEdit,
      [&](ReviewChange& change) -> Result<void> {
        db::Connection& tx = change.tx;
        const Instant now = change.now;
        if (auto allowed = CheckManagesMembers(principal); !allowed) return allowed;
        auto user = tx.Query(
            "SELECT agency_id, disabled FROM app_user WHERE id = $1 AND partnership_id = $2",
            {Value(member.user_id), Value(principal.partnership_id)});
        if (!user) return Failure(user);
        if (user->empty()) {
          return Invalid("the member is not valid", "user_id", "there is no such user");
        }
        if (user->front().Int(1).value_or(0) != 0) {
          return Invalid("the member is not valid", "user_id", "the user is disabled");
        }
        const auto agency_id = user->front().Int(0);
        const bool overridden = member.independence_override.has_value();
        if (member.role == MemberRole::kReviewer && agency_id) {
          auto involved = tx.Query(
              "SELECT g.name FROM review_agency ra JOIN agency g ON g.id = ra.agency_id "
              "WHERE ra.review_id = $1 AND ra.agency_id = $2",
              {Value(review_id), Value(*agency_id)});
          if (!involved) return Failure(involved);
          if (!involved->empty() && !overridden) {
            return Fail(ErrorCode::kConflict,
                        fmt::format("the reviewer works for {}, an agency involved in the case: a "
                                    "review must be independent of the agencies it reviews. To "
                                    "appoint them all the same, give a written reason "
                                    "(independence_override)",
                                    involved->front().Text(0).value_or("an involved agency")));
          }
        }
        const std::string at = FormatInstant(now);
        auto assigned = tx.Execute(
            "INSERT INTO review_member (review_id, user_id, role, independence_override, "
            "assigned_at) "
            "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (review_id, user_id) DO UPDATE SET "
            "role = excluded.role, independence_override = excluded.independence_override",
            {Value(review_id), Value(member.user_id),
             Value(std::string(kMemberRoles.Name(member.role))),
             overridden ? Value(*member.independence_override) : Value(nullptr), Value(at)});
        if (!assigned) return Failure(assigned);
        if (auto touched = Touch(tx, review_id, at); !touched) return touched;
        if (overridden) {
          change.Record("review.independence_overridden", "review", std::to_string(review_id),
                        {{"user_id", std::to_string(member.user_id)}});
        }
        return RecordAssignedMember(tx, actor, review_id, member.user_id, now, member.role);
      });
}

Result<ReviewDetail> ReviewChanges::Unassign(const Principal& principal, std::int64_t review_id,
                                             std::int64_t user_id, const Actor& actor) {
  return RunChange(
      database_, clock_, principal, actor, review_id, ChangeRight::kEdit,
      [&](ReviewChange& change) -> Result<void> {
        db::Connection& tx = change.tx;
        const Instant now = change.now;
        if (auto allowed = CheckManagesMembers(principal); !allowed) return allowed;
        if (user_id == principal.user_id && KeepsSightOfRestrictedReviews(principal.roles)) {
          auto restricted =
              tx.Query("SELECT restricted FROM review WHERE id = $1", {Value(review_id)});
          if (!restricted) return Failure(restricted);
          if (restricted->front().Int(0).value_or(0) != 0) {
            return Fail(ErrorCode::kConflict,
                        "you cannot remove yourself from a restricted review: you would lose "
                        "sight of it; an admin can");
          }
        }
        auto removed = tx.Execute("DELETE FROM review_member WHERE review_id = $1 AND user_id = $2",
                                  {Value(review_id), Value(user_id)});
        if (!removed) return Failure(removed);
        if (*removed == 0)
          return Fail(ErrorCode::kNotFound, "that user is not assigned to the review");
        if (auto touched = Touch(tx, review_id, FormatInstant(now)); !touched) return touched;
        change.Record("review.member_removed", "review", std::to_string(review_id),
                      {{"user_id", std::to_string(user_id)}});
        return {};
      });
}

}  // namespace casereview::app
