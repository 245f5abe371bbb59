// The append-only, hash-chained audit log: who read or changed what, when and
// from where. Use cases write events through app/audit/audit_trail.h (RecordEvent),
// which calls AppendAudit inside the transaction of the change it records.
//
// The chain. Events are numbered seq = 1, 2, 3, ... with no gaps, and
//   hash(n) = lower-case hex SHA-256( prev_hash(n) || canonical_bytes(n) )
//   prev_hash(n) = hash(n - 1);  prev_hash(1) = 64 ASCII '0' characters
// where prev_hash(n) enters as its 64 ASCII hex characters and canonical_bytes(n)
// is each of these nine fields, in this order, written as
// <length in bytes, decimal ASCII, no leading zeros>:<the bytes>, with nothing
// between fields and nothing at the end:
//   seq             decimal ASCII, e.g. "17"
//   at              the `at` column: UTC, "YYYY-MM-DDTHH:MM:SS.mmmZ"
//   actor_user_id   decimal ASCII, or empty (length 0) when NULL
//   actor           "user:12", "system" or "anonymous"
//   action          "session.created", "review.read", ...
//   target_type     possibly empty
//   target_id       possibly empty
//   client_address  possibly empty
//   detail          the `detail` column, byte for byte (see below)
// e.g. event 1 hashes "000...000" (64 zeros) followed by
//   "1:124:2026-03-02T09:00:00.000Z0:6:system12:user.created..."
// Every column but `hash` itself is covered, so changing, inserting or removing
// any byte of any event breaks the chain at that event or the next.
//
// The detail object is stored exactly as hashed: a JSON object with its keys in
// ascending byte order, no whitespace, each key and value a JSON string in which
// '"' and '\' are escaped as \" and \\, U+0008, U+0009, U+000A, U+000C and U+000D
// as \b \t \n \f \r, other bytes below 0x20 as \u00XX (lower-case hex), and every
// other byte written as itself (UTF-8, no \u escapes). The empty detail is "{}".
//
// The database refuses UPDATE and DELETE on audit_event and any INSERT other
// than the next seq (migrations/sqlite/0003_audit.sql); no code path here
// changes an event. Blocking: call from the worker pool.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/time/instant.h"
#include "db/database.h"

namespace casereview::app {

// What happened, as a use case reports it. Every text must be valid UTF-8.
struct AuditEvent {
  std::optional<std::int64_t> actor_user_id;  // nullopt for system and anonymous
  std::string actor;           // "user:<actor_user_id>" when that is set; else "system",
                               // "anonymous" (non-empty, at most 100 bytes)
  std::string action;          // dotted lower-case name: "session.created", "review.read",
                               // "document.downloaded", "permission.denied", "user.created"
  std::string target_type;     // "" or a lower-case name: "user", "review", "route", ...
  std::string target_id;       // "" when none; at most 200 bytes
  std::string client_address;  // "" when none; at most 100 bytes
  // Small (at most 2048 bytes once serialised); keys are lower-case names
  // ([a-z][a-z0-9_]*). Never personal data about a child, family or anyone else
  // in a review: identifiers, counts, reasons, field names, not values.
  std::map<std::string, std::string> detail;
};

// Appends one event as the next link of the chain and returns its seq. Call it
// between Begin and Commit (within db::InTransaction), so that the event commits
// or rolls back with the change it records; the transaction's write lock (BEGIN
// IMMEDIATE) serialises appenders, and the unique seq makes a lost race fail
// (kConflict) rather than fork the chain. kInvalid when a field breaks the rules
// above (a bug in the caller; nothing is written).
Result<std::int64_t> AppendAudit(db::Connection& transaction, const AuditEvent& event, Instant at);

// One stored event, as read back.
struct AuditRecord {
  std::int64_t seq = 0;
  std::string at;  // UTC, FormatInstant form
  std::optional<std::int64_t> actor_user_id;
  std::string actor;
  std::string action;
  std::string target_type;
  std::string target_id;
  std::string client_address;
  std::map<std::string, std::string> detail;
  std::string prev_hash;
  std::string hash;
};

// Which events to list; unset fields match everything, set ones must all match.
struct AuditFilter {
  std::optional<std::string> target_type;
  std::optional<std::string> target_id;
  std::optional<std::string> actor;  // "user:12", "system", "anonymous"
  // Inclusive bounds, each either an instant ("2026-07-01T09:30:00.000Z" or
  // "2026-07-01T09:30:00Z") or a civil date ("2026-07-01"), which means that
  // whole day in UK local time (Europe/London): `from` its first instant, `to` its last.
  std::optional<std::string> from;
  std::optional<std::string> to;
};

struct AuditPage {
  std::vector<AuditRecord> events;  // ascending seq
  std::optional<std::int64_t>
      next_after;  // pass as after_seq for the next page; nullopt at the end
};

inline constexpr int kMaxAuditPage = 200;

// Events matching `filter` with seq > after_seq (all when nullopt), oldest
// first, at most `limit` (1..kMaxAuditPage). kInvalid names `limit`, `from` or
// `to` when one is malformed; kInternal when a stored detail is not a JSON
// object of strings (the row was tampered with: VerifyAuditChain says where).
Result<AuditPage> ListAudit(db::Connection& connection, const AuditFilter& filter,
                            std::optional<std::int64_t> after_seq, int limit);

// The first place where the chain does not hold.
struct ChainBreak {
  std::int64_t seq = 0;  // the first event that fails
  std::string why;       // plain words: "event 4 is missing", "its contents do not match ..."
};

// A hash recorded outside the server (e.g. `casereview audit verify` output kept
// in a ticket or another system): the chain must still hold `hash` at `seq`.
struct AuditAnchor {
  std::int64_t seq = 0;
  std::string hash;
};

struct AuditChainStatus {
  std::int64_t events = 0;    // events walked (those up to the head when the walk began)
  std::int64_t head_seq = 0;  // 0 when the log is empty
  std::string head_hash;      // hash of head_seq; 64 zeros when empty
  std::optional<ChainBreak> first_break;  // nullopt when intact
};

// Walks the whole chain in seq order, a page at a time (memory does not grow
// with the log), up to the head seen when it starts; events appended meanwhile
// are left for the next run. Reports the first event that is out of sequence
// (a gap, or a chain not starting at 1), whose prev_hash is not the previous
// event's hash, or whose contents do not match its hash; and the first anchor
// whose seq holds another hash or lies beyond the head (the log was cut short).
// Errors only when the database cannot be read.
Result<AuditChainStatus> VerifyAuditChain(db::Connection& connection,
                                          std::span<const AuditAnchor> anchors = {});

// Reads "SEQ:HASH" (as `casereview audit verify` prints the head); nullopt otherwise.
std::optional<AuditAnchor> ParseAuditAnchor(std::string_view text);

}  // namespace casereview::app
