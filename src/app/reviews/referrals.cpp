#include "app/reviews/referrals.h"

#include <fmt/format.h>

#include "app/audit/audit_trail.h"
#include "app/platform/london_time.h"
#include "app/reviews/case_access.h"
#include "app/reviews/incident_record.h"
#include "app/reviews/reviews.h"
#include "core/statutory/assessment.h"
#include "core/statutory/incident_names.h"
#include "db/rows.h"

namespace casereview::app {
namespace {

using db::Value;

std::optional<CivilDate> DueOf(const Assessment& assessment, ObligationId id) {
  for (const auto& obligation : assessment.obligations) {
    if (obligation.id == id) return obligation.due;
  }
  return std::nullopt;
}

bool Names(const Assessment& assessment, ObligationId id) {
  for (const auto& obligation : assessment.obligations) {
    if (obligation.id == id) return true;
  }
  return false;
}

// Assesses `incident` and stores the assessment as the referral's newest.
Result<Assessment> StoreAssessment(db::Connection& tx, std::int64_t referral_id,
                                   const Incident& incident, const Actor& actor,
                                   const std::string& at) {
  const Assessment assessment = Assess(incident);
  auto stored = tx.Execute(
      "INSERT INTO referral_assessment (referral_id, assessed_at, assessed_by, facts, assessment, "
      "framework, notify_due, rapid_review_due, domestic_homicide) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {Value(referral_id), Value(at), actor.user_id ? Value(*actor.user_id) : Value(nullptr),
       Value(IncidentToJson(incident).dump()), Value(AssessmentToJson(assessment).dump()),
       assessment.framework ? Value(std::string(*assessment.framework)) : Value(nullptr),
       db::Nullable(DueOf(assessment, ObligationId::kNotifyPanel)),
       db::Nullable(DueOf(assessment, ObligationId::kRapidReview)),
       Value(std::int64_t{Names(assessment, ObligationId::kDhr) ? 1 : 0})});
  if (!stored) return Failure(stored);
  return assessment;
}

Result<Referral> LoadReferral(db::Connection& connection, std::int64_t partnership_id,
                              std::int64_t referral_id) {
  auto rows = connection.Query(
      "SELECT f.id, r.id, f.referring_agency_id, f.referrer_name, f.received_on, f.summary, "
      "f.created_at, f.updated_at, f.version FROM referral f JOIN review r ON r.referral_id = f.id "
      "WHERE f.id = $1 AND f.partnership_id = $2",
      {Value(referral_id), Value(partnership_id)});
  if (!rows) return Failure(rows);
  if (rows->empty()) return Fail(ErrorCode::kNotFound, "there is no such referral");
  const db::Row& row = rows->front();
  Referral referral;
  referral.id = row.Int(0).value_or(0);
  referral.review_id = row.Int(1).value_or(0);
  referral.referring_agency_id = row.Int(2);
  referral.referrer_name = row.Text(3).value_or("");
  referral.received_on = ParseCivilDate(row.Text(4).value_or("")).value_or(CivilDate{});
  referral.summary = row.Text(5).value_or("");
  referral.created_at = row.Text(6).value_or("");
  referral.updated_at = row.Text(7).value_or("");
  referral.version = row.Int(8).value_or(1);
  auto assessments = connection.Query(
      "SELECT id, assessed_at, assessed_by, facts, assessment FROM referral_assessment "
      "WHERE referral_id = $1 ORDER BY id DESC",
      {Value(referral_id)});
  if (!assessments) return Failure(assessments);
  for (const auto& entry : *assessments) {
    referral.assessments.push_back({entry.Int(0).value_or(0), entry.Text(1).value_or(""),
                                    entry.Int(2), entry.Text(3).value_or("{}"),
                                    entry.Text(4).value_or("{}")});
  }
  return referral;
}

// A review the caller may not see in full hides its referral too.
std::unexpected<Error> NoSuchReferral(const Result<ReviewAccess>& access) {
  if (access.error().code == ErrorCode::kNotFound) {
    return Fail(ErrorCode::kNotFound, "there is no such referral");
  }
  return Failure(access);
}

Result<void> CheckAgency(db::Connection& tx, std::int64_t partnership_id,
                         std::optional<std::int64_t> agency_id) {
  if (!agency_id) return {};
  auto rows = tx.Query("SELECT 1 FROM agency WHERE id = $1 AND partnership_id = $2",
                       {Value(*agency_id), Value(partnership_id)});
  if (!rows) return Failure(rows);
  if (rows->empty()) {
    return std::unexpected(Error{ErrorCode::kInvalid,
                                 "the referral is not valid",
                                 {{"referring_agency_id", "there is no such agency"}}});
  }
  return {};
}

}  // namespace

Result<Referral> Referrals::Create(const Principal& principal, const NewReferral& referral,
                                   const Actor& actor) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  const std::string at = FormatInstant(now);
  const CivilDate today_in_london = LondonDate(now);
  const std::string today = FormatCivilDate(today_in_london);
  const Incident& incident = referral.incident;
  // A referral is about an incident that had happened, received by today.
  if (referral.received_on < incident.incident_date || referral.received_on > today_in_london) {
    return std::unexpected(Error{ErrorCode::kInvalid,
                                 "the referral is not valid",
                                 {{"received_on", referral.received_on < incident.incident_date
                                                      ? "cannot be before the incident"
                                                      : "cannot be in the future"}}});
  }
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<Referral> {
    if (auto agency = CheckAgency(tx, principal.partnership_id, referral.referring_agency_id);
        !agency) {
      return Failure(agency);
    }
    auto inserted = tx.Query(
        "INSERT INTO referral (partnership_id, referring_agency_id, referrer_name, received_on, "
        "summary, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) "
        "RETURNING id",
        {Value(principal.partnership_id),
         referral.referring_agency_id ? Value(*referral.referring_agency_id) : Value(nullptr),
         Value(referral.referrer_name), Value(FormatCivilDate(referral.received_on)),
         Value(referral.summary), Value(principal.user_id), Value(at)});
    if (!inserted) return Failure(inserted);
    const std::int64_t referral_id = inserted->front().Int(0).value_or(0);
    auto assessment = StoreAssessment(tx, referral_id, incident, actor, at);
    if (!assessment) return Failure(assessment);
    auto review = tx.Query(
        "INSERT INTO review (partnership_id, referral_id, pseudonym, nation, subject, framework, "
        "stage, restricted, aware_on, notified_on, created_at, updated_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, 'referral', $7, $8, $9, $10, $10) RETURNING id",
        {Value(principal.partnership_id), Value(referral_id), Value(referral.pseudonym),
         Value(std::string(kNations.Name(incident.nation))),
         Value(std::string(kSubjects.Name(incident.subject))),
         assessment->framework ? Value(std::string(*assessment->framework)) : Value(nullptr),
         Value(std::int64_t{referral.restricted ? 1 : 0}),
         Value(FormatCivilDate(incident.aware_date)), db::Nullable(incident.notification_date),
         Value(at)});
    if (!review) return Failure(review);
    const std::int64_t review_id = review->front().Int(0).value_or(0);
    auto history = tx.Execute(
        "INSERT INTO stage_transition (review_id, from_stage, to_stage, by_user_id, at, on_date) "
        "VALUES ($1, NULL, 'referral', $2, $3, $4)",
        {Value(review_id), Value(principal.user_id), Value(at), Value(today)});
    if (!history) return Failure(history);
    auto member = tx.Execute(
        "INSERT INTO review_member (review_id, user_id, role, assigned_at) "
        "VALUES ($1, $2, 'member', $3)",
        {Value(review_id), Value(principal.user_id), Value(at)});
    if (!member) return Failure(member);
    if (auto audited = RecordAssignedMember(tx, actor, review_id, principal.user_id, now);
        !audited) {
      return Failure(audited);
    }
    if (auto refreshed = RefreshMilestones(tx, review_id); !refreshed) return Failure(refreshed);
    if (auto audited =
            RecordEvent(tx, actor, "referral.created", "referral", std::to_string(referral_id), now,
                        {{"review_id", std::to_string(review_id)},
                         {"restricted", referral.restricted ? "true" : "false"}});
        !audited) {
      return Failure(audited);
    }
    return LoadReferral(tx, principal.partnership_id, referral_id);
  });
}

Result<Referral> Referrals::Get(const Principal& principal, std::int64_t referral_id,
                                const Actor& actor) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto referral = LoadReferral(**connection, principal.partnership_id, referral_id);
  if (!referral) return referral;
  auto access = AccessReviewInFull(**connection, principal, referral->review_id);
  if (!access) return NoSuchReferral(access);
  if (auto audited = RecordRestrictedRead(**connection, *access, actor, clock_.Now(), "referral");
      !audited) {
    return Failure(audited);
  }
  return referral;
}

Result<Referral> Referrals::Reassess(const Principal& principal, std::int64_t referral_id,
                                     const Incident& incident, std::int64_t expected_version,
                                     const Actor& actor) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  const std::string at = FormatInstant(now);
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<Referral> {
    auto referral = LoadReferral(tx, principal.partnership_id, referral_id);
    if (!referral) return referral;
    auto access = AccessReviewInFull(tx, principal, referral->review_id);
    if (!access) return NoSuchReferral(access);
    if (!access->may_edit) return Fail(ErrorCode::kForbidden, "you may not change this review");
    if (auto open = CheckOpen(*access); !open) return Failure(open);
    if (referral->version != expected_version) {
      return Fail(ErrorCode::kPreconditionFailed,
                  "the referral was changed by someone else: reload it and make the change again");
    }
    auto assessment = StoreAssessment(tx, referral_id, incident, actor, at);
    if (!assessment) return Failure(assessment);
    auto updated =
        tx.Execute("UPDATE referral SET version = version + 1, updated_at = $1 WHERE id = $2",
                   {Value(at), Value(referral_id)});
    if (!updated) return Failure(updated);
    auto review = tx.Execute(
        "UPDATE review SET nation = $1, subject = $2, framework = $3, aware_on = $4, "
        "notified_on = coalesce($5, notified_on), version = version + 1, updated_at = $6 "
        "WHERE id = $7",
        {Value(std::string(kNations.Name(incident.nation))),
         Value(std::string(kSubjects.Name(incident.subject))),
         assessment->framework ? Value(std::string(*assessment->framework)) : Value(nullptr),
         Value(FormatCivilDate(incident.aware_date)), db::Nullable(incident.notification_date),
         Value(at), Value(referral->review_id)});
    if (!review) return Failure(review);
    if (auto refreshed = RefreshMilestones(tx, referral->review_id); !refreshed) {
      return Failure(refreshed);
    }
    if (auto audited =
            RecordEvent(tx, actor, "referral.reassessed", "referral", std::to_string(referral_id),
                        now, {{"review_id", std::to_string(referral->review_id)}});
        !audited) {
      return Failure(audited);
    }
    return LoadReferral(tx, principal.partnership_id, referral_id);
  });
}

}  // namespace casereview::app
