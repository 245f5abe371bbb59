// ReviewChanges: the review record itself: its details, terms of reference and the
// agencies involved.
#include <fmt/format.h>

#include "app/platform/london_time.h"
#include "app/platform/text_list.h"
#include "app/reviews/review_changes.h"
#include "app/reviews/review_steps.h"
#include "core/access/review_policy.h"
#include "db/rows.h"

namespace casereview::app {

using db::Value;

namespace {

// An agency of the review's involved agencies that a reviewer works for,
// without a recorded override: the first such reviewer's id, or nullopt.
Result<std::optional<std::int64_t>> ConflictedReviewer(db::Connection& tx, std::int64_t review_id) {
  auto rows = tx.Query(
      "SELECT u.id FROM review_member m JOIN app_user u ON u.id = m.user_id "
      "JOIN review_agency ra ON ra.review_id = m.review_id AND ra.agency_id = u.agency_id "
      "WHERE m.review_id = $1 AND m.role = 'reviewer' AND m.independence_override IS NULL "
      "LIMIT 1",
      {Value(review_id)});
  if (!rows) return Failure(rows);
  if (rows->empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{rows->front().Int(0).value_or(0)};
}

}  // namespace

Result<ReviewDetail> ReviewChanges::Edit(const Principal& principal, std::int64_t review_id,
                                         const ReviewEdit& edit, std::int64_t expected_version,
                                         const Actor& actor) {
  if (edit.restricted && !ManagesReviewMembers(principal.roles)) {
    return Fail(ErrorCode::kForbidden, "only coordinators and admins restrict or open a review");
  }
  return RunChange(
      database_, clock_, principal, actor, review_id, ChangeRight::kEdit,
      [&](ReviewChange& change) -> Result<void> {
        db::Connection& tx = change.tx;
        const Instant now = change.now;
        if (auto fresh = CheckVersion(tx, review_id, expected_version); !fresh) return fresh;
        // Days on which something happened are neither in the future nor before
        // the partnership became aware; only the planned publication lies ahead.
        auto aware = AwareOn(tx, review_id);
        if (!aware) return Failure(aware);
        const std::optional<CivilDate> aware_on = *aware;
        const CivilDate today = LondonDate(now);
        const std::pair<std::string_view, const std::optional<std::optional<CivilDate>>*>
            happened[] = {{"notified_on", &edit.notified_on},
                          {"rapid_review_completed_on", &edit.rapid_review_completed_on},
                          {"submitted_on", &edit.submitted_on},
                          {"published_on", &edit.published_on}};
        for (const auto& [field, value] : happened) {
          if (!*value || !**value) continue;
          if (***value > today) {
            return Invalid("the review is not valid", std::string(field),
                           "cannot be in the future");
          }
          if (aware_on && ***value < *aware_on) {
            return Invalid("the review is not valid", std::string(field),
                           "cannot be before the partnership became aware");
          }
        }
        std::vector<std::pair<std::string_view, Value>> columns;
        if (edit.pseudonym) columns.emplace_back("pseudonym", Value(*edit.pseudonym));
        if (edit.restricted) {
          columns.emplace_back("restricted", Value(*edit.restricted));
        }
        const std::pair<std::string_view, const std::optional<std::optional<CivilDate>>*> dates[] =
            {{"notified_on", &edit.notified_on},
             {"rapid_review_completed_on", &edit.rapid_review_completed_on},
             {"planned_publication_on", &edit.planned_publication_on},
             {"submitted_on", &edit.submitted_on},
             {"published_on", &edit.published_on}};
        for (const auto& [column, value] : dates) {
          if (*value) columns.emplace_back(column, db::Nullable(**value));
        }
        // Whoever restricts a review stays able to see it.
        if (edit.restricted == true && KeepsSightOfRestrictedReviews(principal.roles)) {
          auto kept = tx.Execute(
              "INSERT INTO review_member (review_id, user_id, role, assigned_at) "
              "VALUES ($1, $2, 'member', $3) ON CONFLICT (review_id, user_id) DO NOTHING",
              {Value(review_id), Value(principal.user_id), Value(FormatInstant(now))});
          if (!kept) return Failure(kept);
          if (*kept > 0) {
            if (auto audited = RecordAssignedMember(tx, actor, review_id, principal.user_id, now);
                !audited) {
              return audited;
            }
          }
        }
        std::string changed;
        for (auto& [column, value] : columns) {
          auto updated = tx.Execute(fmt::format("UPDATE review SET {} = $1 WHERE id = $2", column),
                                    {std::move(value), Value(review_id)});
          if (!updated) return Failure(updated);
          changed += (changed.empty() ? "" : ",") + std::string(column);
        }
        const std::string at = FormatInstant(now);
        if (auto touched = Touch(tx, review_id, at); !touched) return touched;
        change.Record("review.updated", "review", std::to_string(review_id), {{"fields", changed}});
        return {};
      });
}

Result<ReviewDetail> ReviewChanges::SetTerms(const Principal& principal, std::int64_t review_id,
                                             const TermsOfReference& terms,
                                             std::int64_t expected_version, const Actor& actor) {
  if (terms.scope_start && terms.scope_end && *terms.scope_end < *terms.scope_start) {
    return Invalid("the terms of reference are not valid", "scope_end",
                   "cannot be before scope_start");
  }
  return RunChange(
      database_, clock_, principal, actor, review_id, ChangeRight::kEdit,
      [&](ReviewChange& change) -> Result<void> {
        db::Connection& tx = change.tx;
        const Instant now = change.now;
        if (auto fresh = CheckVersion(tx, review_id, expected_version); !fresh) return fresh;
        auto updated = tx.Execute(
            "UPDATE review SET tor_scope_start = $1, tor_scope_end = $2, tor_lines_of_enquiry = "
            "$3, "
            "tor_methodology = $4, tor_parallel_proceedings = $5, tor_agreed_on = $6 WHERE id = $7",
            {db::Nullable(terms.scope_start), db::Nullable(terms.scope_end),
             Value(TextListToJson(terms.lines_of_enquiry)), Value(terms.methodology),
             Value(terms.parallel_proceedings), db::Nullable(terms.agreed_on), Value(review_id)});
        if (!updated) return Failure(updated);
        if (auto touched = Touch(tx, review_id, FormatInstant(now)); !touched) return touched;
        change.Record("review.terms_set", "review", std::to_string(review_id),
                      {{"lines_of_enquiry", std::to_string(terms.lines_of_enquiry.size())}});
        return {};
      });
}

Result<ReviewDetail> ReviewChanges::SetAgencies(const Principal& principal, std::int64_t review_id,
                                                const std::vector<std::int64_t>& agency_ids,
                                                std::int64_t expected_version, const Actor& actor) {
  return RunChange(
      database_, clock_, principal, actor, review_id, ChangeRight::kEdit,
      [&](ReviewChange& change) -> Result<void> {
        db::Connection& tx = change.tx;
        const Instant now = change.now;
        if (auto fresh = CheckVersion(tx, review_id, expected_version); !fresh) return fresh;
        auto cleared =
            tx.Execute("DELETE FROM review_agency WHERE review_id = $1", {Value(review_id)});
        if (!cleared) return Failure(cleared);
        for (const std::int64_t agency_id : agency_ids) {
          auto known = tx.Query("SELECT 1 FROM agency WHERE id = $1 AND partnership_id = $2",
                                {Value(agency_id), Value(principal.partnership_id)});
          if (!known) return Failure(known);
          if (known->empty()) {
            return Invalid("the agencies are not valid", "agency_ids",
                           fmt::format("there is no agency {} in the partnership", agency_id));
          }
          auto added = tx.Execute(
              "INSERT INTO review_agency (review_id, agency_id) VALUES ($1, $2) ON CONFLICT DO "
              "NOTHING",
              {Value(review_id), Value(agency_id)});
          if (!added) return Failure(added);
        }
        auto conflicted = ConflictedReviewer(tx, review_id);
        if (!conflicted) return Failure(conflicted);
        if (*conflicted) {
          return Fail(
              ErrorCode::kConflict,
              fmt::format("the appointed reviewer (user {}) works for one of these agencies: "
                          "appoint them again with an independence override, or appoint "
                          "another reviewer first",
                          **conflicted));
        }
        if (auto touched = Touch(tx, review_id, FormatInstant(now)); !touched) return touched;
        change.Record("review.agencies_set", "review", std::to_string(review_id),
                      {{"agencies", std::to_string(agency_ids.size())}});
        return {};
      });
}

}  // namespace casereview::app
