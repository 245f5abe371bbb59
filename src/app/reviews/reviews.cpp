#include "app/reviews/reviews.h"

#include "db/rows.h"

#include <fmt/format.h>

#include <algorithm>

#include "app/audit/audit_trail.h"
#include "app/platform/london_time.h"
#include "app/platform/text_list.h"
#include "app/reviews/case_access.h"
#include "core/records/rag.h"
#include "core/statutory/incident_names.h"

namespace casereview::app {
namespace {

using db::Value;

// Columns 0..24 of a review row, read by ReadReview.
constexpr std::string_view kReviewColumns =
    "r.id, r.referral_id, r.pseudonym, r.review_type, r.framework, r.stage, r.paused_from, "
    "r.restricted, r.nation, r.subject, r.updated_at, r.version, r.aware_on, r.notified_on, "
    "r.rapid_review_completed_on, r.planned_publication_on, r.submitted_on, r.published_on, "
    "r.paused_days, r.paused_since, r.pause_reason, a.notify_due, a.rapid_review_due, "
    "a.domestic_homicide, "
    "(SELECT d.decided_on FROM decision d WHERE d.review_id = r.id ORDER BY d.id DESC LIMIT 1)";

constexpr std::string_view kReviewFrom =
    "review r LEFT JOIN referral_assessment a ON a.id = "
    "(SELECT max(x.id) FROM referral_assessment x WHERE x.referral_id = r.referral_id)";

std::optional<CivilDate> DateAt(const db::Row& row, std::size_t column) {
  const auto text = row.Text(column);
  return text ? ParseCivilDate(*text) : std::nullopt;
}

struct ReviewRow {
  ReviewSummary summary;
  ReviewDates dates;
  std::optional<std::string> pause_reason;
  std::optional<CivilDate> paused_since;
};

ReviewRow ReadReview(const db::Row& row, CivilDate today) {
  ReviewRow read;
  ReviewSummary& summary = read.summary;
  summary.id = row.Int(0).value_or(0);
  summary.referral_id = row.Int(1).value_or(0);
  summary.pseudonym = row.Text(2).value_or("");
  if (const auto type = row.Text(3)) summary.review_type = kDecisionOutcomes.Parse(*type);
  summary.framework = row.Text(4);
  summary.stage = kStages.Parse(row.Text(5).value_or("")).value_or(Stage::kReferral);
  if (const auto from = row.Text(6)) summary.paused_from = kStages.Parse(*from);
  summary.restricted = row.Int(7).value_or(0) != 0;
  summary.nation = kNations.Parse(row.Text(8).value_or("")).value_or(Nation::kEngland);
  summary.subject = kSubjects.Parse(row.Text(9).value_or("")).value_or(Subject::kChild);
  summary.updated_at = row.Text(10).value_or("");
  summary.version = row.Int(11).value_or(1);
  read.dates = {DateAt(row, 12).value_or(CivilDate{}),
                DateAt(row, 13),
                DateAt(row, 14),
                DateAt(row, 15),
                DateAt(row, 16),
                DateAt(row, 17)};
  read.pause_reason = row.Text(20);
  read.paused_since = DateAt(row, 19);

  MilestoneFacts facts;
  facts.nation = summary.nation;
  facts.subject = summary.subject;
  facts.review_type = summary.review_type;
  facts.domestic_homicide = row.Int(23).value_or(0) != 0;
  facts.aware_on = read.dates.aware_on;
  facts.notify_due = DateAt(row, 21);
  facts.notified_on = read.dates.notified_on;
  facts.rapid_review_due = DateAt(row, 22);
  facts.rapid_review_completed_on = read.dates.rapid_review_completed_on;
  facts.decided_on = DateAt(row, 24);
  facts.planned_publication_on = read.dates.planned_publication_on;
  facts.submitted_on = read.dates.submitted_on;
  facts.published_on = read.dates.published_on;
  facts.paused_days = static_cast<int>(row.Int(18).value_or(0));
  facts.paused_since = read.paused_since;
  summary.milestones = Milestones(facts, today);
  summary.paused_days = PausedDays(facts, today);
  return read;
}

// Escapes LIKE's wildcards so that the text matches literally (ESCAPE '\').
std::string LikePattern(std::string_view text) {
  std::string pattern = "%";
  for (const char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + "%";
}

// The parts of a review only full readers see.
Result<void> LoadParts(db::Connection& tx, ReviewDetail& detail) {
  const std::int64_t id = detail.summary.id;
  auto agencies = tx.Query(
      "SELECT g.id, g.name, g.kind FROM review_agency ra JOIN agency g ON g.id = ra.agency_id "
      "WHERE ra.review_id = $1 ORDER BY g.name",
      {Value(id)});
  if (!agencies) return Failure(agencies);
  for (const auto& row : *agencies) {
    detail.agencies.push_back(
        {row.Int(0).value_or(0), row.Text(1).value_or(""),
         kAgencyKinds.Parse(row.Text(2).value_or("")).value_or(AgencyKind::kOther)});
  }
  auto members = tx.Query(
      "SELECT u.id, u.display_name, u.agency_id, m.role, m.independence_override, m.assigned_at "
      "FROM review_member m JOIN app_user u ON u.id = m.user_id WHERE m.review_id = $1 "
      "ORDER BY m.role DESC, u.display_name",
      {Value(id)});
  if (!members) return Failure(members);
  for (const auto& row : *members) {
    detail.members.push_back(
        {row.Int(0).value_or(0), row.Text(1).value_or(""), row.Int(2),
         kMemberRoles.Parse(row.Text(3).value_or("")).value_or(MemberRole::kMember), row.Text(4),
         row.Text(5).value_or("")});
  }
  auto decisions = tx.Query(
      "SELECT id, outcome, rationale, decided_by, decided_on, panel_told_on, recorded_at "
      "FROM decision WHERE review_id = $1 ORDER BY id DESC",
      {Value(id)});
  if (!decisions) return Failure(decisions);
  for (const auto& row : *decisions) {
    detail.decisions.push_back(
        {row.Int(0).value_or(0),
         kDecisionOutcomes.Parse(row.Text(1).value_or("")).value_or(DecisionOutcome::kNoReview),
         row.Text(2).value_or(""), row.Text(3).value_or(""), DateAt(row, 4).value_or(CivilDate{}),
         DateAt(row, 5), row.Text(6).value_or("")});
  }
  auto history = tx.Query(
      "SELECT from_stage, to_stage, reason, by_user_id, at FROM stage_transition "
      "WHERE review_id = $1 ORDER BY id",
      {Value(id)});
  if (!history) return Failure(history);
  for (const auto& row : *history) {
    StageEntry entry;
    if (const auto from = row.Text(0)) entry.from = kStages.Parse(*from);
    entry.to = kStages.Parse(row.Text(1).value_or("")).value_or(Stage::kReferral);
    entry.reason = row.Text(2).value_or("");
    entry.by_user_id = row.Int(3);
    entry.at = row.Text(4).value_or("");
    detail.history.push_back(std::move(entry));
  }
  auto report = LatestFinalReport(tx, id);
  if (!report) return Failure(report);
  detail.final_report = *report;
  auto sign_offs = tx.Query(
      "SELECT s.id, s.signed_by, u.display_name, s.signed_at, s.note, s.document_version_id "
      "FROM sign_off s JOIN app_user u ON u.id = s.signed_by WHERE s.review_id = $1 ORDER BY s.id",
      {Value(id)});
  if (!sign_offs) return Failure(sign_offs);
  for (const auto& row : *sign_offs) {
    const std::int64_t version = row.Int(5).value_or(0);
    detail.sign_offs.push_back({row.Int(0).value_or(0), row.Int(1).value_or(0),
                                row.Text(2).value_or(""), row.Text(3).value_or(""),
                                row.Text(4).value_or(""), version,
                                detail.final_report && detail.final_report->version_id == version});
  }
  auto family = tx.Query(
      "SELECT id, family_member, event, on_date, note FROM family_involvement "
      "WHERE review_id = $1 ORDER BY on_date, id",
      {Value(id)});
  if (!family) return Failure(family);
  for (const auto& row : *family) {
    detail.family.push_back(
        {row.Int(0).value_or(0), row.Text(1).value_or(""),
         kFamilyEvents.Parse(row.Text(2).value_or("")).value_or(FamilyEvent::kInvited),
         DateAt(row, 3).value_or(CivilDate{}), row.Text(4).value_or("")});
  }
  auto practitioners = tx.Query(
      "SELECT id, kind, held_on, attendees, note FROM practitioner_event "
      "WHERE review_id = $1 ORDER BY held_on, id",
      {Value(id)});
  if (!practitioners) return Failure(practitioners);
  for (const auto& row : *practitioners) {
    detail.practitioners.push_back({row.Int(0).value_or(0),
                                    kPractitionerEventKinds.Parse(row.Text(1).value_or(""))
                                        .value_or(PractitionerEventKind::kLearningEvent),
                                    DateAt(row, 2).value_or(CivilDate{}),
                                    static_cast<int>(row.Int(3).value_or(0)),
                                    row.Text(4).value_or("")});
  }
  return {};
}

// Audits a page of `items` (each with `restricted`) as one read of the
// restricted reviews among them, whose ids `review_of` gives.
template <typename Item, typename ReviewOf>
Result<void> AuditRestricted(db::Connection& connection, const Actor& actor, Instant at,
                             std::string_view what, const std::vector<Item>& items,
                             ReviewOf review_of) {
  std::vector<std::int64_t> restricted;
  for (const Item& item : items) {
    if (item.restricted) restricted.push_back(review_of(item));
  }
  return RecordRestrictedListRead(connection, actor, at, what, restricted);
}

}  // namespace

Result<ReviewPage> Reviews::List(const Principal& principal, const ReviewFilter& filter,
                                 std::optional<std::int64_t> cursor, int limit,
                                 const Actor& actor) {
  if (limit < 1 || limit > kMaxReviewPage) {
    return std::unexpected(Error{ErrorCode::kInvalid,
                                 "the review query is not valid",
                                 {{"limit", "must be a whole number from 1 to 200"}}});
  }
  // An agency lead sees which reviews involve their own agency, and no other:
  // filtering by another agency would tell them which of theirs involve it.
  if (const auto confined = ConfinedAgency(principal);
      confined && filter.agency_id && *filter.agency_id != *confined) {
    return std::unexpected(Error{ErrorCode::kForbidden,
                                 "you may filter reviews only by your own agency",
                                 {{"agency_id", "must be your own agency"}}});
  }
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const CivilDate today = TodayInLondon(clock_);
  auto generation = ReadChangeGeneration(**connection);
  if (!generation) return Failure(generation);
  const std::string key =
      fmt::format("{}|{}|{}|{}|{}|{}|{}|{}|{}", VisibilityKey(principal), FormatCivilDate(today),
                  filter.stage ? kStages.Name(*filter.stage) : "",
                  filter.review_type ? kDecisionOutcomes.Name(*filter.review_type) : "",
                  filter.agency_id.value_or(0), filter.overdue ? (*filter.overdue ? "1" : "0") : "",
                  cursor.value_or(0), limit, filter.text.value_or(""));
  auto page = pages_.Find(key, *generation);
  if (!page) {
    auto read = ReadPage(**connection, principal, filter, cursor, limit, today);
    if (!read) return read;
    read->key = key;
    read->generation = *generation;
    pages_.Store(key, *generation, *read);
    page = std::move(*read);
  }
  if (auto audited = AuditRestricted(**connection, actor, clock_.Now(), "reviews", page->items,
                                     [](const ReviewSummary& review) { return review.id; });
      !audited) {
    return Failure(audited);
  }
  return std::move(*page);
}

Result<ReviewPage> Reviews::ReadPage(db::Connection& connection, const Principal& principal,
                                     const ReviewFilter& filter, std::optional<std::int64_t> cursor,
                                     int limit, CivilDate today) {
  std::vector<Value> params;
  std::string where;
  const auto param = [&params](Value value) {
    params.push_back(std::move(value));
    return fmt::format("${}", params.size());
  };
  if (filter.stage) where += " AND r.stage = " + param(std::string(kStages.Name(*filter.stage)));
  if (filter.review_type) {
    where +=
        " AND r.review_type = " + param(std::string(kDecisionOutcomes.Name(*filter.review_type)));
  }
  if (filter.agency_id) {
    where +=
        " AND EXISTS (SELECT 1 FROM review_agency ra WHERE ra.review_id = r.id AND "
        "ra.agency_id = " +
        param(*filter.agency_id) + ")";
  }
  if (filter.text) {
    where +=
        " AND lower(r.pseudonym) LIKE lower(" + param(LikePattern(*filter.text)) + ") ESCAPE '\\'";
  }
  if (filter.overdue) {
    const std::string overdue = fmt::format(
        "(r.stage <> 'closed' AND EXISTS (SELECT 1 FROM review_milestone m WHERE "
        "m.review_id = r.id AND m.done_on IS NULL AND m.due_on < {}))",
        param(FormatCivilDate(today)));
    where += (*filter.overdue ? " AND " : " AND NOT ") + overdue;
  }
  if (cursor) where += " AND r.id < " + param(*cursor);
  const Visibility visibility = VisibleReviews(principal, static_cast<int>(params.size()) + 1);
  params.insert(params.end(), visibility.params.begin(), visibility.params.end());
  const std::string sql =
      fmt::format("SELECT {} FROM {} WHERE {}{} ORDER BY r.id DESC LIMIT {}", kReviewColumns,
                  kReviewFrom, visibility.condition, where, param(std::int64_t{limit + 1}));
  auto rows = connection.Query(sql, db::Params(params));
  if (!rows) return Failure(rows);
  ReviewPage page;
  for (const auto& row : *rows) {
    if (static_cast<int>(page.items.size()) == limit) {
      page.next_cursor = page.items.back().id;
      break;
    }
    page.items.push_back(ReadReview(row, today).summary);
  }
  return page;
}

Result<std::vector<StageCount>> Reviews::CountByStage(const Principal& principal) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto generation = ReadChangeGeneration(**connection);
  if (!generation) return Failure(generation);
  const std::string key = VisibilityKey(principal);
  if (auto cached = stage_counts_.Find(key, *generation)) return *cached;
  const Visibility visibility = VisibleReviews(principal, 1);
  auto rows = db::QueryAll(
      **connection,
      fmt::format("SELECT r.stage AS stage, count(*) AS reviews FROM review r WHERE {} "
                  "GROUP BY r.stage",
                  visibility.condition),
      db::Params(visibility.params), [](db::RowReader& row) {
        return StageCount{row.Enum("stage", kStages), row.Int("reviews")};
      });
  if (!rows) return Failure(rows);
  std::vector<StageCount> counts;
  for (const auto& [stage, name] : kStages.entries()) counts.push_back({stage, 0});
  for (const StageCount& counted : *rows) {
    for (auto& entry : counts) {
      if (entry.stage == counted.stage) entry.count = counted.count;
    }
  }
  stage_counts_.Store(key, *generation, counts);
  return counts;
}

Result<ReviewDetail> LoadReviewDetail(db::Connection& tx, const Principal& principal,
                                      std::int64_t review_id, CivilDate today) {
  // One statement reads the review, checks that the caller may see it, and
  // whether they are assigned to it (columns 25..30: terms of reference; 31: assigned).
  const Visibility visibility = VisibleReviews(principal, 2);
  std::vector<Value> params{Value(review_id)};
  params.insert(params.end(), visibility.params.begin(), visibility.params.end());
  params.emplace_back(principal.user_id);
  auto rows =
      tx.Query(fmt::format("SELECT {}, r.tor_scope_start, r.tor_scope_end, r.tor_lines_of_enquiry, "
                           "r.tor_methodology, r.tor_parallel_proceedings, r.tor_agreed_on, "
                           "EXISTS (SELECT 1 FROM review_member m WHERE m.review_id = r.id AND "
                           "m.user_id = ${}) FROM {} WHERE r.id = $1 AND {}",
                           kReviewColumns, params.size(), kReviewFrom, visibility.condition),
               db::Params(params));
  if (!rows) return Failure(rows);
  if (rows->empty()) return Fail(ErrorCode::kNotFound, "there is no such review");
  const db::Row& found = rows->front();
  ReviewRow row = ReadReview(found, today);
  const ReviewAccess access =
      AccessOf(principal, review_id, row.summary.restricted, found.Int(31).value_or(0) != 0);
  ReviewDetail detail;
  detail.summary = std::move(row.summary);
  detail.summary_only = access.summary_only;
  detail.may_edit = access.may_edit;
  detail.may_read_people = access.may_read_people;
  if (access.summary_only) return detail;
  detail.dates = row.dates;
  detail.pause_reason = std::move(row.pause_reason);
  detail.paused_since = row.paused_since;
  detail.terms = {
      DateAt(found, 25),           DateAt(found, 26),           TextListFromJson(found.Text(27)),
      found.Text(28).value_or(""), found.Text(29).value_or(""), DateAt(found, 30)};
  if (auto parts = LoadParts(tx, detail); !parts) return Failure(parts);
  return detail;
}

Result<ReviewDetail> Reviews::Get(const Principal& principal, std::int64_t review_id,
                                  const Actor& actor) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  // Read without a write lock (several statements: WAL keeps each consistent,
  // and a review's parts change only under its own version bump). Only a read
  // of a restricted review writes: its audit event, before anything is shown.
  auto detail = LoadReviewDetail(**connection, principal, review_id, LondonDate(now));
  if (!detail) return detail;
  ReviewAccess read;
  read.review_id = review_id;
  read.restricted = detail->summary.restricted;
  if (auto audited = RecordRestrictedRead(**connection, read, actor, now, "review"); !audited) {
    return Failure(audited);
  }
  return detail;
}

Result<ReviewAccess> Reviews::Access(const Principal& principal, std::int64_t review_id) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  return AccessReview(**connection, principal, review_id);
}

Result<void> Reviews::RecordRead(const ReviewAccess& access, const Actor& actor) {
  if (!access.restricted) return {};
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  return RecordRestrictedRead(**connection, access, actor, clock_.Now(), "review");
}

Result<void> RefreshMilestones(db::Connection& tx, std::int64_t review_id) {
  static const std::string kSql =
      fmt::format("SELECT {} FROM {} WHERE r.id = $1", kReviewColumns, kReviewFrom);
  auto rows = tx.Query(kSql, {Value(review_id)});
  if (!rows) return Failure(rows);
  if (rows->empty()) return Fail(ErrorCode::kNotFound, "there is no such review");
  // Due and done dates do not depend on the day; states are computed on reading.
  const ReviewRow row = ReadReview(rows->front(), CivilDate{});
  auto cleared =
      tx.Execute("DELETE FROM review_milestone WHERE review_id = $1", {Value(review_id)});
  if (!cleared) return Failure(cleared);
  for (const Milestone& milestone : row.summary.milestones) {
    auto stored = tx.Execute(
        "INSERT INTO review_milestone (review_id, milestone, title, basis, due_on, done_on) "
        "VALUES ($1, $2, $3, $4, $5, $6)",
        {Value(review_id), Value(std::string(kMilestoneIds.Name(milestone.id))),
         Value(std::string(milestone.title)), Value(std::string(milestone.basis)),
         db::Nullable(milestone.due), db::Nullable(milestone.done_on)});
    if (!stored) return Failure(stored);
  }
  return {};
}

Result<DeadlinePage> Reviews::Deadlines(const Principal& principal, int within_days,
                                        const std::optional<DeadlineCursor>& cursor, int limit,
                                        const Actor& actor) {
  if (within_days < 0 || within_days > 366) {
    return std::unexpected(Error{ErrorCode::kInvalid,
                                 "the deadline query is not valid",
                                 {{"within_days", "must be a whole number from 0 to 366"}}});
  }
  if (limit < 1 || limit > kMaxDeadlinePage) {
    return std::unexpected(Error{ErrorCode::kInvalid,
                                 "the deadline query is not valid",
                                 {{"limit", "must be a whole number from 1 to 500"}}});
  }
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const CivilDate today = TodayInLondon(clock_);
  const CivilDate last = CivilDate{std::chrono::sys_days{today} + std::chrono::days{within_days}};
  std::vector<Value> params{
      Value(FormatCivilDate(last)), Value(cursor ? FormatCivilDate(cursor->due) : std::string()),
      Value(cursor ? cursor->review_id : std::int64_t{0}),
      Value(cursor ? cursor->milestone : std::string()), Value(std::int64_t{limit + 1})};
  const Visibility visibility = VisibleReviews(principal, static_cast<int>(params.size()) + 1);
  params.insert(params.end(), visibility.params.begin(), visibility.params.end());
  // Walks the open-milestone index in due order and stops at the page's end:
  // CROSS JOIN keeps SQLite from starting at the reviews (it fixes the join
  // order there, and is plain SQL elsewhere).
  auto rows =
      (*connection)
          ->Query(fmt::format("SELECT r.id, r.pseudonym, r.stage, m.milestone, m.title, m.basis, "
                              "m.due_on, r.restricted FROM review_milestone m CROSS JOIN review r "
                              "WHERE r.id = m.review_id AND m.done_on IS NULL AND "
                              "m.due_on IS NOT NULL AND m.due_on <= $1 "
                              "AND (m.due_on, m.review_id, m.milestone) > ($2, $3, $4) "
                              "AND r.stage <> 'closed' AND {} "
                              "ORDER BY m.due_on, m.review_id, m.milestone LIMIT $5",
                              visibility.condition),
                  db::Params(params));
  if (!rows) return Failure(rows);
  DeadlinePage page;
  for (const auto& row : *rows) {
    if (static_cast<int>(page.items.size()) == limit) {
      const Deadline& end = page.items.back();
      page.next_cursor =
          DeadlineCursor{end.due, end.review_id, std::string(kMilestoneIds.Name(end.milestone))};
      break;
    }
    Deadline deadline;
    deadline.review_id = row.Int(0).value_or(0);
    deadline.pseudonym = row.Text(1).value_or("");
    deadline.stage = kStages.Parse(row.Text(2).value_or("")).value_or(Stage::kReferral);
    deadline.milestone =
        kMilestoneIds.Parse(row.Text(3).value_or("")).value_or(MilestoneId::kDecision);
    deadline.title = row.Text(4).value_or("");
    deadline.basis = row.Text(5).value_or("");
    deadline.due = DateAt(row, 6).value_or(today);
    deadline.state = StateOn(deadline.due, std::nullopt, today);
    deadline.restricted = row.Int(7).value_or(0) != 0;
    page.items.push_back(std::move(deadline));
  }
  if (auto audited = AuditRestricted(**connection, actor, clock_.Now(), "deadlines", page.items,
                                     [](const Deadline& deadline) { return deadline.review_id; });
      !audited) {
    return Failure(audited);
  }
  return page;
}

}  // namespace casereview::app
