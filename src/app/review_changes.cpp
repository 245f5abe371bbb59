#include "app/review_changes.h"

#include <fmt/format.h>

#include <map>

#include "app/audit_trail.h"
#include "app/case_access.h"
#include "app/documents.h"
#include "app/london_time.h"
#include "app/text_list.h"
#include "core/rag.h"

namespace casereview::app {
namespace {

using db::Value;

Value DateValue(const std::optional<CivilDate>& date) {
  return date ? Value(FormatCivilDate(*date)) : Value(nullptr);
}

std::unexpected<Error> Invalid(std::string_view what, std::string field, std::string message) {
  return std::unexpected(
      Error{ErrorCode::kInvalid, std::string(what), {{std::move(field), std::move(message)}}});
}

Result<void> CheckVersion(db::Connection& tx, std::int64_t review_id, std::int64_t expected) {
  auto rows = tx.Query("SELECT version FROM review WHERE id = $1", {Value(review_id)});
  if (!rows) return Failure(rows);
  if (rows->empty() || rows->front().Int(0).value_or(0) != expected) {
    return Fail(ErrorCode::kPreconditionFailed,
                "the review was changed by someone else: reload it and make the change again");
  }
  return {};
}

// Who joins a review, restricted or not, is the coordinators' and admins'
// decision, never a member's (docs/security.md).
Result<void> CheckManagesMembers(const Principal& principal) {
  if (principal.Is(Role::kAdmin) || principal.Is(Role::kCoordinator)) return {};
  return Fail(ErrorCode::kForbidden, "only coordinators and admins assign people to a review");
}

Result<void> Touch(db::Connection& tx, std::int64_t review_id, const std::string& at) {
  auto updated =
      tx.Execute("UPDATE review SET version = version + 1, updated_at = $1 WHERE id = $2",
                 {Value(at), Value(review_id)});
  if (!updated) return Failure(updated);
  return {};
}

// The facts the stage guard rails weigh.
Result<StageFacts> LoadStageFacts(db::Connection& tx, std::int64_t review_id) {
  auto rows = tx.Query(
      "SELECT r.stage, r.paused_from, "
      "(SELECT d.outcome FROM decision d WHERE d.review_id = r.id ORDER BY d.id DESC LIMIT 1), "
      "r.tor_scope_start IS NOT NULL AND r.tor_scope_end IS NOT NULL AND "
      "coalesce(r.tor_lines_of_enquiry, '[]') <> '[]', "
      "EXISTS (SELECT 1 FROM review_member m WHERE m.review_id = r.id AND m.role = 'reviewer'), "
      "(SELECT count(*) FROM action x WHERE x.review_id = r.id AND "
      "        x.status IN ('not_started', 'in_progress')), "
      "r.nation = 'england' AND r.subject = 'child' "
      "FROM review r WHERE r.id = $1",
      {Value(review_id)});
  if (!rows) return Failure(rows);
  if (rows->empty()) return Fail(ErrorCode::kNotFound, "there is no such review");
  const db::Row& row = rows->front();
  StageFacts facts;
  facts.stage = kStages.Parse(row.Text(0).value_or("")).value_or(Stage::kReferral);
  if (const auto from = row.Text(1)) facts.paused_from = kStages.Parse(*from);
  if (const auto outcome = row.Text(2)) facts.decision = kDecisionOutcomes.Parse(*outcome);
  facts.has_terms_of_reference = row.Int(3).value_or(0) != 0;
  facts.has_reviewer = row.Int(4).value_or(0) != 0;
  facts.open_actions = static_cast<int>(row.Int(5).value_or(0));
  facts.rapid_review_required = row.Int(6).value_or(0) != 0;
  auto final_report = LatestFinalReport(tx, review_id);
  if (!final_report) return Failure(final_report);
  facts.has_final_report = final_report->has_value();
  if (*final_report) {
    auto signed_off =
        tx.Query("SELECT EXISTS (SELECT 1 FROM sign_off WHERE document_version_id = $1)",
                 {Value((*final_report)->version_id)});
    if (!signed_off) return Failure(signed_off);
    facts.has_sign_off = signed_off->front().Int(0).value_or(0) != 0;
  }
  return facts;
}

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

// Runs one change of review `review_id` in a transaction: checks access (edit
// rights unless `edit` is false) and that the review is open (a closed review
// is final, whoever asks), runs work(tx, now), and answers with the review as
// it now stands.
template <typename Work>
Result<ReviewDetail> RunChange(db::ConnectionPool& database, const Clock& clock,
                               const Principal& principal, std::int64_t review_id, bool edit,
                               Work work) {
  auto connection = database.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock.Now();
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<ReviewDetail> {
    auto access = edit ? AccessReviewForEdit(tx, principal, review_id)
                       : AccessReview(tx, principal, review_id);
    if (!access) return Failure(access);
    if (access->summary_only) return Fail(ErrorCode::kForbidden, "you may not change this review");
    if (auto open = CheckOpen(*access); !open) return Failure(open);
    if (auto done = work(tx, now); !done) return Failure(done);
    if (auto refreshed = RefreshMilestones(tx, review_id); !refreshed) return Failure(refreshed);
    return LoadReviewDetail(tx, principal, review_id, LondonDate(now));
  });
}

}  // namespace

Result<ReviewDetail> ReviewChanges::Edit(const Principal& principal, std::int64_t review_id,
                                         const ReviewEdit& edit, std::int64_t expected_version,
                                         const Actor& actor) {
  if (edit.restricted && !principal.Is(Role::kAdmin) && !principal.Is(Role::kCoordinator)) {
    return Fail(ErrorCode::kForbidden, "only coordinators and admins restrict or open a review");
  }
  return RunChange(
      database_, clock_, principal, review_id, true,
      [&](db::Connection& tx, Instant now) -> Result<void> {
        if (auto fresh = CheckVersion(tx, review_id, expected_version); !fresh) return fresh;
        // Days on which something happened are neither in the future nor before
        // the partnership became aware; only the planned publication lies ahead.
        auto aware = tx.Query("SELECT aware_on FROM review WHERE id = $1", {Value(review_id)});
        if (!aware) return Failure(aware);
        const auto aware_on = ParseCivilDate(aware->front().Text(0).value_or(""));
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
          columns.emplace_back("restricted", Value(std::int64_t{*edit.restricted ? 1 : 0}));
        }
        const std::pair<std::string_view, const std::optional<std::optional<CivilDate>>*> dates[] =
            {{"notified_on", &edit.notified_on},
             {"rapid_review_completed_on", &edit.rapid_review_completed_on},
             {"planned_publication_on", &edit.planned_publication_on},
             {"submitted_on", &edit.submitted_on},
             {"published_on", &edit.published_on}};
        for (const auto& [column, value] : dates) {
          if (*value) columns.emplace_back(column, DateValue(**value));
        }
        // Whoever restricts a review stays able to see it.
        if (edit.restricted == true && !principal.Is(Role::kAdmin)) {
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
        return RecordEvent(tx, actor, "review.updated", "review", std::to_string(review_id), now,
                           {{"fields", changed}});
      });
}

Result<ReviewDetail> ReviewChanges::ChangeStage(const Principal& principal, std::int64_t review_id,
                                                const StageChange& change,
                                                std::int64_t expected_version, const Actor& actor) {
  return RunChange(
      database_, clock_, principal, review_id, true,
      [&](db::Connection& tx, Instant now) -> Result<void> {
        if (auto fresh = CheckVersion(tx, review_id, expected_version); !fresh) return fresh;
        auto facts = LoadStageFacts(tx, review_id);
        if (!facts) return Failure(facts);
        if (auto allowed = CheckStageChange(*facts, change); !allowed) return allowed;
        const std::string at = FormatInstant(now);
        const CivilDate today = LondonDate(now);
        Result<std::int64_t> updated = 0;
        if (change.to == Stage::kPaused) {
          updated = tx.Execute(
              "UPDATE review SET stage = 'paused', paused_from = stage, pause_reason = $1, "
              "paused_since = $2 WHERE id = $3",
              {Value(change.reason), Value(FormatCivilDate(today)), Value(review_id)});
        } else if (facts->stage == Stage::kPaused) {
          auto since =
              tx.Query("SELECT paused_since FROM review WHERE id = $1", {Value(review_id)});
          if (!since) return Failure(since);
          const auto start = ParseCivilDate(since->front().Text(0).value_or(""));
          const std::int64_t days = start ? std::max(0, DaysBetween(*start, today)) : 0;
          updated = tx.Execute(
              "UPDATE review SET stage = $1, paused_from = NULL, pause_reason = NULL, "
              "paused_since = NULL, paused_days = paused_days + $2 WHERE id = $3",
              {Value(std::string(kStages.Name(change.to))), Value(days), Value(review_id)});
        } else {
          updated = tx.Execute("UPDATE review SET stage = $1 WHERE id = $2",
                               {Value(std::string(kStages.Name(change.to))), Value(review_id)});
        }
        if (!updated) return Failure(updated);
        auto history = tx.Execute(
            "INSERT INTO stage_transition (review_id, from_stage, to_stage, reason, by_user_id, "
            "at, "
            "on_date) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            {Value(review_id), Value(std::string(kStages.Name(facts->stage))),
             Value(std::string(kStages.Name(change.to))),
             change.reason.empty() ? Value(nullptr) : Value(change.reason),
             Value(principal.user_id), Value(at), Value(FormatCivilDate(today))});
        if (!history) return Failure(history);
        if (auto touched = Touch(tx, review_id, at); !touched) return touched;
        return RecordEvent(tx, actor, "review.stage_changed", "review", std::to_string(review_id),
                           now,
                           {{"from", std::string(kStages.Name(facts->stage))},
                            {"to", std::string(kStages.Name(change.to))}});
      });
}

Result<ReviewDetail> ReviewChanges::Decide(const Principal& principal, std::int64_t review_id,
                                           const NewDecision& decision, const Actor& actor) {
  return RunChange(
      database_, clock_, principal, review_id, false,
      [&](db::Connection& tx, Instant now) -> Result<void> {
        constexpr std::string_view kWhat = "the decision is not valid";
        auto aware = tx.Query("SELECT aware_on FROM review WHERE id = $1", {Value(review_id)});
        if (!aware) return Failure(aware);
        const auto aware_on = ParseCivilDate(aware->front().Text(0).value_or(""));
        const CivilDate today = LondonDate(now);
        if (aware_on && decision.decided_on < *aware_on) {
          return Invalid(kWhat, "decided_on", "cannot be before the partnership became aware");
        }
        if (decision.decided_on > today)
          return Invalid(kWhat, "decided_on", "cannot be in the future");
        if (decision.panel_told_on && *decision.panel_told_on < decision.decided_on) {
          return Invalid(kWhat, "panel_told_on", "cannot be before the decision");
        }
        if (decision.panel_told_on && *decision.panel_told_on > today) {
          return Invalid(kWhat, "panel_told_on", "cannot be in the future");
        }
        const std::string at = FormatInstant(now);
        const std::string outcome(kDecisionOutcomes.Name(decision.outcome));
        auto inserted = tx.Query(
            "INSERT INTO decision (review_id, outcome, rationale, decided_by, decided_on, "
            "panel_told_on, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
            "RETURNING id",
            {Value(review_id), Value(outcome), Value(decision.rationale),
             Value(decision.decided_by), Value(FormatCivilDate(decision.decided_on)),
             DateValue(decision.panel_told_on), Value(principal.user_id), Value(at)});
        if (!inserted) return Failure(inserted);
        auto typed = tx.Execute(
            "UPDATE review SET review_type = $1 WHERE id = $2",
            {decision.outcome == DecisionOutcome::kNoReview ? Value(nullptr) : Value(outcome),
             Value(review_id)});
        if (!typed) return Failure(typed);
        if (auto touched = Touch(tx, review_id, at); !touched) return touched;
        return RecordEvent(tx, actor, "decision.recorded", "review", std::to_string(review_id), now,
                           {{"decision_id", std::to_string(inserted->front().Int(0).value_or(0))},
                            {"outcome", outcome}});
      });
}

Result<ReviewDetail> ReviewChanges::SignOff(const Principal& principal, std::int64_t review_id,
                                            const NewSignOff& sign_off, const Actor& actor) {
  return RunChange(
      database_, clock_, principal, review_id, false,
      [&](db::Connection& tx, Instant now) -> Result<void> {
        auto stage = tx.Query("SELECT stage FROM review WHERE id = $1", {Value(review_id)});
        if (!stage) return Failure(stage);
        const auto at_stage = kStages.Parse(stage->front().Text(0).value_or(""));
        if (at_stage != Stage::kSignOff) {
          return Fail(ErrorCode::kConflict,
                      fmt::format("partners sign off a review at the sign-off stage; this one is "
                                  "at {}",
                                  StageInWords(at_stage.value_or(Stage::kReferral))));
        }
        auto report = LatestFinalReport(tx, review_id);
        if (!report) return Failure(report);
        // The sign-off is of the version the partner read: a newer one needs reading first.
        if (!*report || (*report)->version_id != sign_off.document_version_id) {
          return Invalid("the sign-off is not valid", "document_version_id",
                         "is not the latest version of the final report: read the latest and "
                         "sign that");
        }
        auto signed_before =
            tx.Query("SELECT 1 FROM sign_off WHERE document_version_id = $1 AND signed_by = $2",
                     {Value(sign_off.document_version_id), Value(principal.user_id)});
        if (!signed_before) return Failure(signed_before);
        if (!signed_before->empty()) {
          return Fail(ErrorCode::kConflict,
                      "you have already signed off this version of the report");
        }
        const std::string at = FormatInstant(now);
        auto inserted = tx.Query(
            "INSERT INTO sign_off (review_id, document_version_id, signed_by, signed_at, note) "
            "VALUES ($1, $2, $3, $4, $5) RETURNING id",
            {Value(review_id), Value(sign_off.document_version_id), Value(principal.user_id),
             Value(at), sign_off.note.empty() ? Value(nullptr) : Value(sign_off.note)});
        if (!inserted) return Failure(inserted);
        if (auto touched = Touch(tx, review_id, at); !touched) return touched;
        return RecordEvent(tx, actor, "review.signed_off", "review", std::to_string(review_id), now,
                           {{"sign_off_id", std::to_string(inserted->front().Int(0).value_or(0))},
                            {"document_version_id", std::to_string(sign_off.document_version_id)}});
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
      database_, clock_, principal, review_id, true,
      [&](db::Connection& tx, Instant now) -> Result<void> {
        if (auto fresh = CheckVersion(tx, review_id, expected_version); !fresh) return fresh;
        auto updated = tx.Execute(
            "UPDATE review SET tor_scope_start = $1, tor_scope_end = $2, tor_lines_of_enquiry = "
            "$3, "
            "tor_methodology = $4, tor_parallel_proceedings = $5, tor_agreed_on = $6 WHERE id = $7",
            {DateValue(terms.scope_start), DateValue(terms.scope_end),
             Value(TextListToJson(terms.lines_of_enquiry)), Value(terms.methodology),
             Value(terms.parallel_proceedings), DateValue(terms.agreed_on), Value(review_id)});
        if (!updated) return Failure(updated);
        if (auto touched = Touch(tx, review_id, FormatInstant(now)); !touched) return touched;
        return RecordEvent(tx, actor, "review.terms_set", "review", std::to_string(review_id), now,
                           {{"lines_of_enquiry", std::to_string(terms.lines_of_enquiry.size())}});
      });
}

Result<ReviewDetail> ReviewChanges::SetAgencies(const Principal& principal, std::int64_t review_id,
                                                const std::vector<std::int64_t>& agency_ids,
                                                std::int64_t expected_version, const Actor& actor) {
  return RunChange(
      database_, clock_, principal, review_id, true,
      [&](db::Connection& tx, Instant now) -> Result<void> {
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
        return RecordEvent(tx, actor, "review.agencies_set", "review", std::to_string(review_id),
                           now, {{"agencies", std::to_string(agency_ids.size())}});
      });
}

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
      database_, clock_, principal, review_id, true,
      [&](db::Connection& tx, Instant now) -> Result<void> {
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
          if (auto audited = RecordEvent(tx, actor, "review.independence_overridden", "review",
                                         std::to_string(review_id), now,
                                         {{"user_id", std::to_string(member.user_id)}});
              !audited) {
            return audited;
          }
        }
        return RecordAssignedMember(tx, actor, review_id, member.user_id, now, member.role);
      });
}

Result<ReviewDetail> ReviewChanges::Unassign(const Principal& principal, std::int64_t review_id,
                                             std::int64_t user_id, const Actor& actor) {
  return RunChange(
      database_, clock_, principal, review_id, true,
      [&](db::Connection& tx, Instant now) -> Result<void> {
        if (auto allowed = CheckManagesMembers(principal); !allowed) return allowed;
        if (user_id == principal.user_id && !principal.Is(Role::kAdmin)) {
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
        return RecordEvent(tx, actor, "review.member_removed", "review", std::to_string(review_id),
                           now, {{"user_id", std::to_string(user_id)}});
      });
}

Result<ReviewDetail> ReviewChanges::AddFamilyEntry(const Principal& principal,
                                                   std::int64_t review_id,
                                                   const NewFamilyEntry& entry,
                                                   const Actor& actor) {
  return RunChange(
      database_, clock_, principal, review_id, true,
      [&](db::Connection& tx, Instant now) -> Result<void> {
        if (entry.on > LondonDate(now)) {
          return Invalid("the family involvement entry is not valid", "on_date",
                         "cannot be in the future");
        }
        const std::string at = FormatInstant(now);
        auto inserted = tx.Execute(
            "INSERT INTO family_involvement (review_id, family_member, event, on_date, note, "
            "recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            {Value(review_id), Value(entry.family_member),
             Value(std::string(kFamilyEvents.Name(entry.event))), Value(FormatCivilDate(entry.on)),
             Value(entry.note), Value(principal.user_id), Value(at)});
        if (!inserted) return Failure(inserted);
        if (auto touched = Touch(tx, review_id, at); !touched) return touched;
        return RecordEvent(tx, actor, "review.family_involvement_added", "review",
                           std::to_string(review_id), now,
                           {{"event", std::string(kFamilyEvents.Name(entry.event))}});
      });
}

Result<ReviewDetail> ReviewChanges::AddPractitionerEntry(const Principal& principal,
                                                         std::int64_t review_id,
                                                         const NewPractitionerEntry& entry,
                                                         const Actor& actor) {
  return RunChange(
      database_, clock_, principal, review_id, true,
      [&](db::Connection& tx, Instant now) -> Result<void> {
        const std::string at = FormatInstant(now);
        auto inserted = tx.Execute(
            "INSERT INTO practitioner_event (review_id, kind, held_on, attendees, note, "
            "recorded_by, "
            "recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            {Value(review_id), Value(std::string(kPractitionerEventKinds.Name(entry.kind))),
             Value(FormatCivilDate(entry.held_on)), Value(std::int64_t{entry.attendees}),
             Value(entry.note), Value(principal.user_id), Value(at)});
        if (!inserted) return Failure(inserted);
        if (auto touched = Touch(tx, review_id, at); !touched) return touched;
        return RecordEvent(tx, actor, "review.practitioner_event_added", "review",
                           std::to_string(review_id), now,
                           {{"kind", std::string(kPractitionerEventKinds.Name(entry.kind))}});
      });
}

}  // namespace casereview::app
