// The audit log against a real (temporary) SQLite database: the chain's exact
// bytes, listing with filters and pages, the database refusing changes, and
// verification finding the first broken event after tampering.
#include "app/audit/audit.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <array>
#include <vector>

#include "db/migrations.h"
#include "db/sqlite/sqlite_connection.h"
#include "support/fake_clock.h"
#include "support/temp_dir.h"

namespace casereview::app {
namespace {

using namespace std::chrono_literals;
using casereview::testing::FakeClock;
using db::Value;

constexpr std::string_view kZeros =
    "0000000000000000000000000000000000000000000000000000000000000000";

Instant At(std::string_view text) { return *ParseInstant(text); }

std::unique_ptr<db::Connection> MigratedDatabase(const std::filesystem::path& file) {
  auto opened = db::OpenSqlite(file);
  EXPECT_TRUE(opened) << opened.error().message;
  auto migrated = db::ApplyMigrations(**opened, db::EmbeddedMigrations(),
                                      [] { return std::string("2026-03-02T08:00:00.000Z"); });
  EXPECT_TRUE(migrated) << migrated.error().message;
  return std::move(*opened);
}

AuditEvent SystemEvent(std::string action, std::string target_type = "",
                       std::string target_id = "") {
  return AuditEvent{{}, "system", std::move(action), std::move(target_type), std::move(target_id),
                    "", {}};
}

AuditEvent UserEvent(std::int64_t user_id, std::string action, std::string target_type,
                     std::string target_id, std::string address = "192.0.2.1") {
  return AuditEvent{user_id,
                    "user:" + std::to_string(user_id),
                    std::move(action),
                    std::move(target_type),
                    std::move(target_id),
                    std::move(address),
                    {}};
}

class AuditTest : public ::testing::Test {
 protected:
  // Appends in a transaction of its own, as a use case would, `advance` after
  // the previous event.
  static std::int64_t AppendTo(db::Connection& database, FakeClock& clock, const AuditEvent& event,
                               std::chrono::milliseconds advance = 1s) {
    clock.Advance(advance);
    auto appended = db::InTransaction(
        database, [&](db::Connection& tx) { return AppendAudit(tx, event, clock.Now()); });
    EXPECT_TRUE(appended) << appended.error().message;
    return appended.value_or(0);
  }
  std::int64_t Append(const AuditEvent& event, std::chrono::milliseconds advance = 1s) {
    return AppendTo(*db_, clock_, event, advance);
  }

  // A mixed workload of the kinds of event the server writes; returns the count.
  std::int64_t AppendMixedWorkload() {
    AuditEvent created = SystemEvent("user.created", "user", "12");
    created.detail = {{"roles", "coordinator,panel_member"}};
    Append(created);
    AuditEvent failed{{}, "anonymous", "session.failed", "", "", "198.51.100.7", {}};
    failed.detail = {{"reason", "wrong_password"}};
    Append(failed);
    Append(UserEvent(12, "session.created", "session", "3"));
    Append(UserEvent(12, "review.read", "review", "41"));
    AuditEvent updated = UserEvent(12, "review.updated", "review", "41");
    updated.detail = {{"fields", "status,panel_date"}, {"version", "7"}};
    Append(updated);
    Append(UserEvent(12, "document.downloaded", "document", "sha256:ab12"));
    AuditEvent denied = UserEvent(15, "permission.denied", "route", "/api/audit");
    denied.detail = {{"method", "GET"}};
    Append(denied);
    Append(UserEvent(15, "review.read", "review", "42", "2001:db8::1"));
    return 8;
  }

  std::int64_t Count() {
    auto rows = db_->Query("SELECT count(*) FROM audit_event");
    return rows ? rows->front().Int(0).value_or(-1) : -1;
  }

  std::string Column(std::string_view column, std::int64_t seq) {
    auto rows =
        db_->Query(fmt::format("SELECT {} FROM audit_event WHERE seq = $1", column), {Value(seq)});
    EXPECT_TRUE(rows && rows->size() == 1);
    return rows && !rows->empty() ? rows->front().Text(0).value_or("") : "";
  }

  // What someone with the database file can do: remove the guards.
  void DropTriggers(db::Connection& connection) {
    ASSERT_TRUE(connection.ExecuteScript(
        "DROP TRIGGER audit_event_no_update; DROP TRIGGER audit_event_no_delete; "
        "DROP TRIGGER audit_event_append_only;"));
  }

  AuditChainStatus Verify(std::span<const AuditAnchor> anchors = {}) {
    auto status = VerifyAuditChain(*db_, anchors);
    EXPECT_TRUE(status) << status.error().message;
    return status.value_or(AuditChainStatus{});
  }

  casereview::testing::TempDir dir_;
  FakeClock clock_{At("2026-03-02T08:59:59.000Z")};
  std::unique_ptr<db::Connection> db_ = MigratedDatabase(dir_.path() / "audit.sqlite3");
};

// The bytes hashed are exactly those audit.h documents: these hashes were
// computed independently (Python's hashlib over the documented canonical bytes).
TEST_F(AuditTest, HashesTheDocumentedCanonicalBytes) {
  AuditEvent first = SystemEvent("user.created", "user", "1");
  first.detail = {{"roles", "admin"}};
  EXPECT_EQ(Append(first), 1);
  EXPECT_EQ(Column("prev_hash", 1), kZeros);
  EXPECT_EQ(Column("hash", 1), "72268e6ebf199a675516a4f9d3eabd8eeb36bc933c5e4b003a661be899ccef6a");

  EXPECT_EQ(Append(UserEvent(12, "session.created", "session", "5"), 1500ms), 2);
  EXPECT_EQ(Column("at", 2), "2026-03-02T09:00:01.500Z");
  EXPECT_EQ(Column("prev_hash", 2), Column("hash", 1));
  EXPECT_EQ(Column("hash", 2), "4abe362c4d65f7c2e5d85d421069f7bf694f0af637717ac3911abf508189f8d7");
}

TEST_F(AuditTest, TheChainVerifiesAfterAMixedWorkload) {
  const auto empty = Verify();
  EXPECT_FALSE(empty.first_break);
  EXPECT_EQ(empty.events, 0);
  EXPECT_EQ(empty.head_seq, 0);
  EXPECT_EQ(empty.head_hash, kZeros);

  const std::int64_t count = AppendMixedWorkload();
  const auto status = Verify();
  EXPECT_FALSE(status.first_break) << status.first_break->why;
  EXPECT_EQ(status.events, count);
  EXPECT_EQ(status.head_seq, count);
  EXPECT_EQ(status.head_hash, Column("hash", count));
}

TEST_F(AuditTest, StoresTheDetailCanonicallyAndReadsItBack) {
  AuditEvent event = SystemEvent("import.finished", "import", "7");
  event.detail = {{"zeta", "last"},
                  {"alpha", "say \"hi\"\\ \n\t\r\b\f end"},
                  {"bell", std::string("\x07\x1f", 2)},
                  {"place", "Ynys Môn – 東京 🦉"}};
  Append(event);
  EXPECT_EQ(Column("detail", 1),
            "{\"alpha\":\"say \\\"hi\\\"\\\\ \\n\\t\\r\\b\\f end\",\"bell\":\"\\u0007\\u001f\","
            "\"place\":\"Ynys Môn – 東京 🦉\",\"zeta\":\"last\"}");
  Append(SystemEvent("server.started"));
  EXPECT_EQ(Column("detail", 2), "{}");

  auto page = ListAudit(*db_, {}, std::nullopt, 10);
  ASSERT_TRUE(page) << page.error().message;
  ASSERT_EQ(page->events.size(), 2u);
  EXPECT_EQ(page->events[0].detail, event.detail);
  EXPECT_TRUE(page->events[1].detail.empty());
  EXPECT_FALSE(Verify().first_break);
}

TEST_F(AuditTest, RefusesMalformedEventsAndWritesNothing) {
  const auto refused = [this](const AuditEvent& event) {
    auto appended = db::InTransaction(
        *db_, [&](db::Connection& tx) { return AppendAudit(tx, event, clock_.Now()); });
    EXPECT_FALSE(appended);
    return appended ? ErrorCode::kInternal : appended.error().code;
  };
  EXPECT_EQ(refused(SystemEvent("created")), ErrorCode::kInvalid);
  EXPECT_EQ(refused(SystemEvent("User.Created")), ErrorCode::kInvalid);
  EXPECT_EQ(refused(SystemEvent("user.created", "", "12")), ErrorCode::kInvalid);
  EXPECT_EQ(refused(AuditEvent{12, "user:13", "review.read", "review", "1", "", {}}),
            ErrorCode::kInvalid);
  EXPECT_EQ(refused(AuditEvent{{}, "user:13", "review.read", "review", "1", "", {}}),
            ErrorCode::kInvalid);
  EXPECT_EQ(refused(AuditEvent{{}, "", "review.read", "review", "1", "", {}}), ErrorCode::kInvalid);
  for (const std::string not_utf8 :
       {"\xc3\x28", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82"}) {
    EXPECT_EQ(refused(SystemEvent("review.read", "review", not_utf8)), ErrorCode::kInvalid);
  }
  AuditEvent bad_key = SystemEvent("review.read");
  bad_key.detail = {{"Child Name", "x"}};
  EXPECT_EQ(refused(bad_key), ErrorCode::kInvalid);
  AuditEvent too_big = SystemEvent("review.read");
  too_big.detail = {{"note", std::string(3000, 'x')}};
  EXPECT_EQ(refused(too_big), ErrorCode::kInvalid);
  EXPECT_EQ(Count(), 0);
}

TEST_F(AuditTest, ListsByTargetActorAndTime) {
  AppendMixedWorkload();  // seq 1..8 at 09:00:00 + (seq - 1) s

  AuditFilter by_review;
  by_review.target_type = "review";
  by_review.target_id = "41";
  auto review = ListAudit(*db_, by_review, std::nullopt, 50);
  ASSERT_TRUE(review) << review.error().message;
  ASSERT_EQ(review->events.size(), 2u);
  EXPECT_EQ(review->events[0].action, "review.read");
  EXPECT_EQ(review->events[1].action, "review.updated");
  EXPECT_EQ(review->events[1].detail.at("version"), "7");
  EXPECT_EQ(review->events[1].actor_user_id, 12);
  EXPECT_EQ(review->events[1].client_address, "192.0.2.1");
  EXPECT_EQ(review->events[1].prev_hash, review->events[0].hash);  // seq 4 then 5
  EXPECT_FALSE(review->next_after);

  AuditFilter by_actor;
  by_actor.actor = "user:15";
  auto actor = ListAudit(*db_, by_actor, std::nullopt, 50);
  ASSERT_TRUE(actor);
  ASSERT_EQ(actor->events.size(), 2u);
  EXPECT_EQ(actor->events[0].seq, 7);
  EXPECT_EQ(actor->events[1].seq, 8);

  AuditFilter system;
  system.actor = "system";
  auto by_system = ListAudit(*db_, system, std::nullopt, 50);
  ASSERT_TRUE(by_system);
  ASSERT_EQ(by_system->events.size(), 1u);
  EXPECT_FALSE(by_system->events[0].actor_user_id);

  AuditFilter window;  // inclusive at both ends
  window.from = "2026-03-02T09:00:02.000Z";
  window.to = "2026-03-02T09:00:04Z";
  auto timed = ListAudit(*db_, window, std::nullopt, 50);
  ASSERT_TRUE(timed) << timed.error().message;
  ASSERT_EQ(timed->events.size(), 3u);
  EXPECT_EQ(timed->events.front().seq, 3);
  EXPECT_EQ(timed->events.back().seq, 5);

  AuditFilter day;
  day.from = "2026-03-02";
  day.to = "2026-03-02";
  auto whole_day = ListAudit(*db_, day, std::nullopt, 50);
  ASSERT_TRUE(whole_day);
  EXPECT_EQ(whole_day->events.size(), 8u);
  day.from = "2026-03-03";
  day.to = std::nullopt;
  EXPECT_TRUE(ListAudit(*db_, day, std::nullopt, 50)->events.empty());
}

// A date means a day in UK local time: in summer that day starts at 23:00 UTC
// the evening before.
TEST_F(AuditTest, DatesAreDaysInUkLocalTime) {
  clock_.Set(At("2026-07-01T22:29:00.000Z"));
  Append(SystemEvent("server.started"), 1min);  // 23:30 BST on 1 July
  Append(SystemEvent("server.started"), 1h);    // 00:30 BST on 2 July
  AuditFilter second;
  second.from = "2026-07-02";
  second.to = "2026-07-02";
  auto page = ListAudit(*db_, second, std::nullopt, 10);
  ASSERT_TRUE(page) << page.error().message;
  ASSERT_EQ(page->events.size(), 1u);
  EXPECT_EQ(page->events[0].seq, 2);
  AuditFilter first;
  first.to = "2026-07-01";
  page = ListAudit(*db_, first, std::nullopt, 10);
  ASSERT_TRUE(page);
  ASSERT_EQ(page->events.size(), 1u);
  EXPECT_EQ(page->events[0].seq, 1);
}

TEST_F(AuditTest, PagesThroughWithNextAfterAndBoundsTheLimit) {
  for (int i = 0; i < 7; ++i) Append(SystemEvent("server.started"));
  std::vector<std::int64_t> seen;
  std::optional<std::int64_t> after;
  int pages = 0;
  do {
    auto page = ListAudit(*db_, {}, after, 3);
    ASSERT_TRUE(page) << page.error().message;
    EXPECT_LE(page->events.size(), 3u);
    for (const auto& event : page->events) seen.push_back(event.seq);
    after = page->next_after;
    ++pages;
  } while (after);
  EXPECT_EQ(pages, 3);
  EXPECT_EQ(seen, (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6, 7}));

  // A page that ends exactly at the last event says there is no next one.
  auto exact = ListAudit(*db_, {}, 4, 3);
  ASSERT_TRUE(exact);
  EXPECT_EQ(exact->events.size(), 3u);
  EXPECT_FALSE(exact->next_after);

  for (const int limit : {0, -1, kMaxAuditPage + 1}) {
    auto refused = ListAudit(*db_, {}, std::nullopt, limit);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::kInvalid);
    ASSERT_EQ(refused.error().fields.size(), 1u);
    EXPECT_EQ(refused.error().fields[0].field, "limit");
  }
  EXPECT_TRUE(ListAudit(*db_, {}, std::nullopt, 1));
  EXPECT_TRUE(ListAudit(*db_, {}, std::nullopt, kMaxAuditPage));

  for (const char* bad :
       {"yesterday", "2026-02-30", "2026-03-02 09:00:00", "2026-03-02T25:00:00Z"}) {
    AuditFilter filter;
    filter.from = bad;
    auto refused = ListAudit(*db_, filter, std::nullopt, 10);
    ASSERT_FALSE(refused) << bad;
    EXPECT_EQ(refused.error().code, ErrorCode::kInvalid);
    EXPECT_EQ(refused.error().fields.at(0).field, "from");
  }
}

TEST_F(AuditTest, TheDatabaseRefusesUpdateAndDelete) {
  AppendMixedWorkload();
  const std::string before = Column("hash", 3);
  const auto refused = [](const Result<std::int64_t>& result) {
    ASSERT_FALSE(result);
    // The trigger's refusal: a bug if ever met (kInternal, logged, never sent).
    EXPECT_EQ(result.error().code, ErrorCode::kInternal);
    EXPECT_NE(result.error().message.find("append-only"), std::string::npos)
        << result.error().message;
  };
  refused(db_->Execute("UPDATE audit_event SET target_id = $1 WHERE seq = $2",
                       {Value("99"), Value(std::int64_t{3})}));
  refused(db_->Execute("UPDATE audit_event SET detail = '{}'"));
  refused(db_->Execute("DELETE FROM audit_event WHERE seq = $1", {Value(std::int64_t{3})}));
  refused(db_->Execute("DELETE FROM audit_event"));
  // REPLACE deletes without firing DELETE triggers; the INSERT trigger stops it.
  refused(db_->Execute(
      "INSERT OR REPLACE INTO audit_event (seq, at, actor, action, prev_hash, hash) "
      "SELECT seq, at, actor, 'review.deleted', prev_hash, hash FROM audit_event WHERE seq = 3"));
  refused(
      db_->Execute("INSERT INTO audit_event (seq, at, actor, action, prev_hash, hash) "
                   "VALUES (20, 'x', 'system', 'a.b', $1, $1)",
                   {Value(std::string(kZeros))}));
  EXPECT_EQ(Count(), 8);
  EXPECT_EQ(Column("hash", 3), before);
  EXPECT_EQ(Column("target_id", 3), "3");
  EXPECT_FALSE(Verify().first_break);
}

TEST_F(AuditTest, AnEventInATransactionThatRollsBackLeavesNoTrace) {
  Append(SystemEvent("server.started"));
  auto failed = db::InTransaction(*db_, [&](db::Connection& tx) -> Result<std::int64_t> {
    auto appended = AppendAudit(tx, UserEvent(3, "review.updated", "review", "9"), clock_.Now());
    EXPECT_TRUE(appended);
    return Fail(ErrorCode::kConflict, "the change it recorded failed");
  });
  ASSERT_FALSE(failed);
  EXPECT_EQ(Count(), 1);
  EXPECT_EQ(Append(UserEvent(3, "review.updated", "review", "9")), 2);
  const auto status = Verify();
  EXPECT_FALSE(status.first_break);
  EXPECT_EQ(status.events, 2);
}

// Changing one byte of any column of event k breaks the chain exactly at k.
TEST_F(AuditTest, ChangingOneByteOfAnyFieldIsFoundAtThatEvent) {
  for (const std::string_view column : {"at", "actor", "action", "target_type", "target_id",
                                        "client_address", "detail", "prev_hash", "hash"}) {
    SCOPED_TRACE(column);
    db_ = MigratedDatabase(dir_.path() / fmt::format("{}.sqlite3", column));
    AppendMixedWorkload();
    DropTriggers(*db_);
    constexpr std::int64_t kTampered = 5;
    std::string value = Column(column, kTampered);
    ASSERT_FALSE(value.empty());
    value[value.size() / 2] ^= 0x01;
    ASSERT_TRUE(db_->Execute(fmt::format("UPDATE audit_event SET {} = $1 WHERE seq = $2", column),
                             {Value(value), Value(kTampered)}));
    const auto status = Verify();
    ASSERT_TRUE(status.first_break);
    EXPECT_EQ(status.first_break->seq, kTampered) << status.first_break->why;
  }
}

TEST_F(AuditTest, ChangingTheActorsUserIdIsFound) {
  AppendMixedWorkload();
  DropTriggers(*db_);
  ASSERT_TRUE(db_->Execute("UPDATE audit_event SET actor_user_id = 13 WHERE seq = 4"));
  auto status = Verify();
  ASSERT_TRUE(status.first_break);
  EXPECT_EQ(status.first_break->seq, 4);
  // Erasing it, or storing something that is not a number, is found as well.
  ASSERT_TRUE(db_->Execute("UPDATE audit_event SET actor_user_id = 12 WHERE seq = 4"));
  ASSERT_TRUE(db_->Execute("UPDATE audit_event SET actor_user_id = NULL WHERE seq = 6"));
  status = Verify();
  ASSERT_TRUE(status.first_break);
  EXPECT_EQ(status.first_break->seq, 6);
  ASSERT_TRUE(db_->Execute("UPDATE audit_event SET actor_user_id = 12 WHERE seq = 6"));
  ASSERT_TRUE(db_->Execute("UPDATE audit_event SET actor_user_id = 'twelve' WHERE seq = 2"));
  status = Verify();
  ASSERT_TRUE(status.first_break);
  EXPECT_EQ(status.first_break->seq, 2);
  EXPECT_EQ(status.first_break->why, "its actor_user_id is not an integer");
}

TEST_F(AuditTest, ADeletedEventIsFoundAtTheNextOne) {
  AppendMixedWorkload();
  DropTriggers(*db_);
  ASSERT_TRUE(db_->Execute("DELETE FROM audit_event WHERE seq = 4"));
  auto status = Verify();
  ASSERT_TRUE(status.first_break);
  EXPECT_EQ(status.first_break->seq, 5);
  EXPECT_EQ(status.first_break->why, "event 4 is missing");

  ASSERT_TRUE(db_->Execute("DELETE FROM audit_event WHERE seq IN (1, 2)"));
  status = Verify();
  ASSERT_TRUE(status.first_break);
  EXPECT_EQ(status.first_break->seq, 3);
  EXPECT_EQ(status.first_break->why, "events 1 to 2 are missing");
}

// An event taken from another chain carries a correct hash of its own contents,
// but its prev_hash does not link to the event before it here.
TEST_F(AuditTest, AForgedEventWithAValidOwnHashButWrongLinkIsFound) {
  AppendMixedWorkload();
  casereview::testing::TempDir other_dir;
  auto other = MigratedDatabase(other_dir.path() / "other.sqlite3");
  FakeClock other_clock{At("2026-03-02T08:59:59.000Z")};
  AppendTo(*other, other_clock, SystemEvent("user.created", "user", "13"));  // not the original
  for (int i = 2; i <= 4; ++i) AppendTo(*other, other_clock, SystemEvent("server.started"));
  auto forged = other->Query(
      "SELECT seq, at, actor_user_id, actor, action, target_type, target_id, client_address, "
      "detail, prev_hash, hash FROM audit_event WHERE seq = 4");
  ASSERT_TRUE(forged && forged->size() == 1);
  ASSERT_FALSE(VerifyAuditChain(*other)->first_break);  // its own chain holds

  DropTriggers(*db_);
  ASSERT_TRUE(db_->Execute("DELETE FROM audit_event WHERE seq = 4"));
  std::vector<Value> values;
  for (std::size_t i = 0; i < forged->front().size(); ++i) values.push_back(forged->front().at(i));
  ASSERT_TRUE(db_->Execute(
      "INSERT INTO audit_event (seq, at, actor_user_id, actor, action, target_type, target_id, "
      "client_address, detail, prev_hash, hash) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      db::Params(values)));
  const auto status = Verify();
  ASSERT_TRUE(status.first_break);
  EXPECT_EQ(status.first_break->seq, 4);
  EXPECT_EQ(status.first_break->why, "its prev_hash is not the hash of event 3");
}

TEST_F(AuditTest, ABrokenFirstLinkIsNamed) {
  AppendMixedWorkload();
  DropTriggers(*db_);
  ASSERT_TRUE(db_->Execute("UPDATE audit_event SET prev_hash = $1 WHERE seq = 1",
                           {Value(std::string(64, 'f'))}));
  const auto status = Verify();
  ASSERT_TRUE(status.first_break);
  EXPECT_EQ(status.first_break->seq, 1);
  EXPECT_EQ(status.first_break->why, "its prev_hash is not the start of the chain (64 zeros)");
}

TEST_F(AuditTest, VerifiesAcrossPagesAndFindsABreakDeepInTheLog) {
  constexpr int kEvents = 2500;  // more than two pages of the walk
  ASSERT_TRUE(db::InTransaction(*db_, [&](db::Connection& tx) -> Result<void> {
    for (int i = 0; i < kEvents; ++i) {
      clock_.Advance(10ms);
      auto appended = AppendAudit(
          tx, UserEvent(1 + i % 5, "review.read", "review", std::to_string(i % 97)), clock_.Now());
      if (!appended) return std::unexpected(appended.error());
    }
    return {};
  }));
  auto status = Verify();
  EXPECT_FALSE(status.first_break);
  EXPECT_EQ(status.events, kEvents);
  EXPECT_EQ(status.head_seq, kEvents);

  DropTriggers(*db_);
  ASSERT_TRUE(db_->Execute("UPDATE audit_event SET client_address = '192.0.2.2' WHERE seq = 2001"));
  status = Verify();
  ASSERT_TRUE(status.first_break);
  EXPECT_EQ(status.first_break->seq, 2001);
  EXPECT_EQ(status.first_break->why, "its contents do not match its hash (the event was changed)");
}

// An anchor (a head recorded elsewhere) catches what the chain alone cannot:
// events cut from the end, or the whole chain rewritten.
TEST_F(AuditTest, AnchorsCatchTruncationAndRewriting) {
  AppendMixedWorkload();
  const AuditAnchor head{8, Column("hash", 8)};
  const AuditAnchor middle{5, Column("hash", 5)};
  const std::array intact = {head, middle};
  EXPECT_FALSE(Verify(intact).first_break);

  const std::array wrong = {AuditAnchor{5, std::string(64, 'a')}};
  auto status = Verify(wrong);
  ASSERT_TRUE(status.first_break);
  EXPECT_EQ(status.first_break->seq, 5);

  DropTriggers(*db_);
  ASSERT_TRUE(db_->Execute("DELETE FROM audit_event WHERE seq >= 7"));
  EXPECT_FALSE(Verify().first_break);  // the chain alone cannot tell
  const std::array cut = {head};
  status = Verify(cut);
  ASSERT_TRUE(status.first_break);
  EXPECT_EQ(status.first_break->seq, 8);
  EXPECT_EQ(status.first_break->why,
            "the log ends at event 6 but an anchor records event 8 (events were removed from the "
            "end)");

  const std::array zero = {AuditAnchor{0, std::string(kZeros)}};
  EXPECT_FALSE(VerifyAuditChain(*db_, zero));
}

TEST(AuditAnchor, ParsesSeqColonHash) {
  const std::string hash(64, 'a');
  const auto anchor = ParseAuditAnchor("12:" + std::string(64, 'A'));
  ASSERT_TRUE(anchor);
  EXPECT_EQ(anchor->seq, 12);
  EXPECT_EQ(anchor->hash, hash);
  for (const std::string& bad : std::vector<std::string>{
           "12", ":" + hash, "0:" + hash, "-1:" + hash, "x:" + hash, "12:" + hash.substr(1),
           "12:" + hash + "0", "12:" + std::string(63, 'a') + "g",
           "99999999999999999999:" + hash}) {
    EXPECT_FALSE(ParseAuditAnchor(bad)) << bad;
  }
}

}  // namespace
}  // namespace casereview::app
