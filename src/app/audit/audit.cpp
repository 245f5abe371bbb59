#include "app/audit/audit.h"

#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <limits>
#include <nlohmann/json.hpp>
#include <vector>

#include "app/platform/london_time.h"
#include "core/time/civil_date.h"

namespace casereview::app {
namespace {

using db::Value;

constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";
constexpr std::size_t kMaxActorBytes = 100;
constexpr std::size_t kMaxNameBytes = 64;
constexpr std::size_t kMaxTargetIdBytes = 200;
constexpr std::size_t kMaxClientAddressBytes = 100;
constexpr std::size_t kMaxDetailBytes = 2048;
constexpr std::int64_t kVerifyPageRows = 1000;

constexpr std::string_view kColumns =
    "seq, at, actor_user_id, actor, action, target_type, target_id, client_address, detail, "
    "prev_hash, hash";

// ---- field rules ----------------------------------------------------------

bool IsUtf8(std::string_view text) {
  // The smallest code point each sequence length may carry (shorter is overlong).
  constexpr std::array<char32_t, 5> kSmallest = {0, 0, 0x80, 0x800, 0x10000};
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    // 0x80..0xC1 cannot lead a sequence; 0xF5.. would pass U+10FFFF.
    if (lead < 0xC2 || lead > 0xF4) return false;
    const std::size_t length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2);
    if (i + length > text.size()) return false;
    char32_t code = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      code = (code << 6) | (next & 0x3F);
    }
    if (code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return false;
    }
    i += length;
  }
  return true;
}

// [a-z][a-z0-9_]*
bool IsName(std::string_view text) {
  if (text.empty() || text.size() > kMaxNameBytes || text.front() < 'a' || text.front() > 'z') {
    return false;
  }
  return std::ranges::all_of(
      text, [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

// Two or more names joined by '.': "session.created".
bool IsAction(std::string_view text) {
  if (text.size() > kMaxNameBytes) return false;
  int parts = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = text.find('.', start);
    if (!IsName(text.substr(start, dot - start))) return false;
    ++parts;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return parts >= 2;
}

void AppendJsonString(std::string& out, std::string_view text) {
  out += '"';
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

// The canonical form documented in audit.h; std::map orders keys by byte value.
std::string SerialiseDetail(const std::map<std::string, std::string>& detail) {
  std::string out = "{";
  for (const auto& [key, value] : detail) {
    if (out.size() > 1) out += ',';
    AppendJsonString(out, key);
    out += ':';
    AppendJsonString(out, value);
  }
  out += '}';
  return out;
}

Result<void> Invalid(std::string_view what) {
  return Fail(ErrorCode::kInvalid, fmt::format("audit event: {}", what));
}

// Checks the rules audit.h states; messages name the field, never its value.
Result<void> CheckEvent(const AuditEvent& event, const std::string& detail) {
  if (event.actor.empty() || event.actor.size() > kMaxActorBytes || !IsUtf8(event.actor)) {
    return Invalid("actor must be 1 to 100 bytes of UTF-8");
  }
  if (event.actor_user_id) {
    if (event.actor != fmt::format("user:{}", *event.actor_user_id)) {
      return Invalid("actor must be \"user:<actor_user_id>\" when actor_user_id is set");
    }
  } else if (event.actor.starts_with("user:")) {
    return Invalid("actor names a user but actor_user_id is not set");
  }
  if (!IsAction(event.action)) return Invalid("action must be a dotted lower-case name");
  if (!event.target_type.empty() && !IsName(event.target_type)) {
    return Invalid("target_type must be a lower-case name");
  }
  if (event.target_type.empty() && !event.target_id.empty()) {
    return Invalid("target_id needs a target_type");
  }
  if (event.target_id.size() > kMaxTargetIdBytes || !IsUtf8(event.target_id)) {
    return Invalid("target_id must be at most 200 bytes of UTF-8");
  }
  if (event.client_address.size() > kMaxClientAddressBytes || !IsUtf8(event.client_address)) {
    return Invalid("client_address must be at most 100 bytes of UTF-8");
  }
  for (const auto& [key, value] : event.detail) {
    if (!IsName(key)) return Invalid("detail keys must be lower-case names");
    if (!IsUtf8(value)) return Invalid("detail values must be UTF-8");
  }
  if (detail.size() > kMaxDetailBytes) return Invalid("detail must be at most 2048 bytes");
  return {};
}

// ---- the hash -------------------------------------------------------------

// The nine hashed fields of one event, in canonical order, as text.
using CanonicalFields = std::array<std::string_view, 9>;

std::string ChainHash(std::string_view prev_hash, const CanonicalFields& fields) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  const auto feed = [&state](std::string_view bytes) {
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(bytes.data()),
                              bytes.size());
  };
  feed(prev_hash);
  for (const std::string_view field : fields) {
    const fmt::format_int length(field.size());
    feed(std::string_view(length.data(), length.size()));
    feed(":");
    feed(field);
  }
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256_final(&state, digest.data());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

// ---- reading rows ---------------------------------------------------------

// One row of kColumns. A column of a type the schema does not intend (possible
// only by editing the file) is named in `bad`.
struct StoredEvent {
  std::int64_t seq = 0;
  std::optional<std::int64_t> actor_user_id;
  std::string at, actor, action, target_type, target_id, client_address, detail, prev_hash, hash;
  std::string bad;

  std::string Hash() const {
    const std::string seq_text = std::to_string(seq);
    const std::string user_text = actor_user_id ? std::to_string(*actor_user_id) : "";
    return ChainHash(prev_hash, {seq_text, at, user_text, actor, action, target_type, target_id,
                                 client_address, detail});
  }
};

StoredEvent ReadStored(const db::Row& row) {
  StoredEvent stored;
  const auto text = [&](std::size_t column, std::string_view name, std::string& into) {
    if (auto value = row.Text(column)) {
      into = std::move(*value);
    } else if (stored.bad.empty()) {
      stored.bad = fmt::format("{} is not text", name);
    }
  };
  stored.seq = row.Int(0).value_or(0);
  if (!row.Int(0)) stored.bad = "seq is not an integer";
  text(1, "at", stored.at);
  if (!row.IsNull(2)) {
    stored.actor_user_id = row.Int(2);
    if (!stored.actor_user_id && stored.bad.empty()) stored.bad = "actor_user_id is not an integer";
  }
  text(3, "actor", stored.actor);
  text(4, "action", stored.action);
  text(5, "target_type", stored.target_type);
  text(6, "target_id", stored.target_id);
  text(7, "client_address", stored.client_address);
  text(8, "detail", stored.detail);
  text(9, "prev_hash", stored.prev_hash);
  text(10, "hash", stored.hash);
  return stored;
}

Result<std::map<std::string, std::string>> ParseDetail(std::int64_t seq, const std::string& text) {
  const auto unreadable = [seq] {
    return Fail(ErrorCode::kInternal,
                fmt::format("audit event {} has an unreadable detail; run `casereview audit "
                            "verify`",
                            seq));
  };
  const auto json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded() || !json.is_object()) return unreadable();
  std::map<std::string, std::string> detail;
  for (const auto& [key, value] : json.items()) {
    if (!value.is_string()) return unreadable();
    detail.emplace(key, value.get<std::string>());
  }
  return detail;
}

// ---- filter bounds --------------------------------------------------------

// The bound as FormatInstant text: an instant as given, or a London day's
// first instant (`from`) or last instant (`to`).
Result<std::string> Bound(const std::string& text, bool upper) {
  const std::string_view field = upper ? "to" : "from";
  if (const auto date = ParseCivilDate(text)) {
    if (!upper) {
      auto start = StartOfLondonDay(*date);
      if (!start) return std::unexpected(start.error());
      return FormatInstant(*start);
    }
    auto next = StartOfLondonDay(CivilDate{std::chrono::sys_days{*date} + std::chrono::days{1}});
    if (!next) return std::unexpected(next.error());
    return FormatInstant(*next - std::chrono::milliseconds{1});
  }
  std::string instant = text;
  if (instant.size() == 20 && instant.back() == 'Z') instant.insert(19, ".000");
  if (const auto parsed = ParseInstant(instant)) return FormatInstant(*parsed);
  return std::unexpected(
      Error{ErrorCode::kInvalid,
            fmt::format("{}: expected a date (YYYY-MM-DD) or a UTC instant (YYYY-MM-DDTHH:MM:SSZ)",
                        field),
            {FieldError{std::string(field), "expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS[.mmm]Z"}}});
}

}  // namespace

Result<std::int64_t> AppendAudit(db::Connection& transaction, const AuditEvent& event, Instant at) {
  const std::string detail = SerialiseDetail(event.detail);
  if (auto checked = CheckEvent(event, detail); !checked) return std::unexpected(checked.error());

  auto head = transaction.Query("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1");
  if (!head) return std::unexpected(head.error());
  const std::int64_t seq = head->empty() ? 1 : head->front().Int(0).value_or(0) + 1;

  StoredEvent stored{seq,
                     event.actor_user_id,
                     FormatInstant(at),
                     event.actor,
                     event.action,
                     event.target_type,
                     event.target_id,
                     event.client_address,
                     detail,
                     head->empty() ? std::string(kGenesisHash) : head->front().Text(1).value_or(""),
                     "",
                     ""};
  stored.hash = stored.Hash();

  auto inserted = transaction.Execute(
      "INSERT INTO audit_event (seq, at, actor_user_id, actor, action, target_type, target_id, "
      "client_address, detail, prev_hash, hash) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      {Value(seq), Value(stored.at),
       stored.actor_user_id ? Value(*stored.actor_user_id) : Value(nullptr), Value(stored.actor),
       Value(stored.action), Value(stored.target_type), Value(stored.target_id),
       Value(stored.client_address), Value(stored.detail), Value(stored.prev_hash),
       Value(stored.hash)});
  if (!inserted) return std::unexpected(inserted.error());
  return seq;
}

Result<AuditPage> ListAudit(db::Connection& connection, const AuditFilter& filter,
                            std::optional<std::int64_t> after_seq, int limit) {
  if (limit < 1 || limit > kMaxAuditPage) {
    return std::unexpected(Error{ErrorCode::kInvalid,
                                 fmt::format("limit: must be 1 to {}", kMaxAuditPage),
                                 {FieldError{"limit", "must be 1 to 200"}}});
  }
  std::string sql = fmt::format("SELECT {} FROM audit_event WHERE seq > $1", kColumns);
  std::vector<Value> params = {Value(after_seq.value_or(std::numeric_limits<std::int64_t>::min()))};
  const auto add = [&](std::string_view condition, std::string value) {
    params.emplace_back(std::move(value));
    sql += fmt::format(" AND {} ${}", condition, params.size());
  };
  if (filter.target_type) add("target_type =", *filter.target_type);
  if (filter.target_id) add("target_id =", *filter.target_id);
  if (filter.actor) add("actor =", *filter.actor);
  if (filter.from) {
    auto from = Bound(*filter.from, false);
    if (!from) return std::unexpected(from.error());
    add("at >=", *from);
  }
  if (filter.to) {
    auto to = Bound(*filter.to, true);
    if (!to) return std::unexpected(to.error());
    add("at <=", *to);
  }
  // One row more than asked says whether another page follows.
  params.emplace_back(std::int64_t{limit} + 1);
  sql += fmt::format(" ORDER BY seq LIMIT ${}", params.size());

  auto rows = connection.Query(sql, db::Params(params));
  if (!rows) return std::unexpected(rows.error());
  AuditPage page;
  for (const auto& row : *rows) {
    if (page.events.size() == static_cast<std::size_t>(limit)) {
      page.next_after = page.events.back().seq;
      break;
    }
    StoredEvent stored = ReadStored(row);
    auto detail = ParseDetail(stored.seq, stored.detail);
    if (!detail) return std::unexpected(detail.error());
    page.events.push_back(AuditRecord{stored.seq, std::move(stored.at), stored.actor_user_id,
                                      std::move(stored.actor), std::move(stored.action),
                                      std::move(stored.target_type), std::move(stored.target_id),
                                      std::move(stored.client_address), std::move(*detail),
                                      std::move(stored.prev_hash), std::move(stored.hash)});
  }
  return page;
}

Result<AuditChainStatus> VerifyAuditChain(db::Connection& connection,
                                          std::span<const AuditAnchor> anchors) {
  std::vector<AuditAnchor> pending(anchors.begin(), anchors.end());
  for (const auto& anchor : pending) {
    if (anchor.seq < 1) return Fail(ErrorCode::kInvalid, "an anchor's seq must be 1 or more");
  }
  std::ranges::sort(pending, {}, &AuditAnchor::seq);
  auto next_anchor = pending.begin();

  AuditChainStatus status;
  status.head_hash = std::string(kGenesisHash);
  auto head = connection.Query("SELECT seq FROM audit_event ORDER BY seq DESC LIMIT 1");
  if (!head) return std::unexpected(head.error());
  const std::int64_t head_seq = head->empty() ? 0 : head->front().Int(0).value_or(0);

  const std::string page_sql = fmt::format(
      "SELECT {} FROM audit_event WHERE seq >= $1 AND seq <= $2 ORDER BY seq LIMIT $3", kColumns);
  std::int64_t cursor = std::numeric_limits<std::int64_t>::min();
  std::int64_t expected = 1;
  std::string prev_hash(kGenesisHash);
  const auto broken = [&status](std::int64_t seq, std::string why) {
    status.first_break = ChainBreak{seq, std::move(why)};
    return status;
  };

  while (!head->empty()) {
    auto rows =
        connection.Query(page_sql, {Value(cursor), Value(head_seq), Value(kVerifyPageRows)});
    if (!rows) return std::unexpected(rows.error());
    for (const auto& row : *rows) {
      const StoredEvent stored = ReadStored(row);
      const std::int64_t seq = stored.seq;
      if (!stored.bad.empty()) return broken(seq, fmt::format("its {}", stored.bad));
      if (seq < expected) return broken(seq, "the chain must start at event 1");
      if (seq == expected + 1) return broken(seq, fmt::format("event {} is missing", expected));
      if (seq > expected) {
        return broken(seq, fmt::format("events {} to {} are missing", expected, seq - 1));
      }
      if (stored.prev_hash != prev_hash) {
        return broken(seq, seq == 1
                               ? std::string("its prev_hash is not the start of the chain "
                                             "(64 zeros)")
                               : fmt::format("its prev_hash is not the hash of event {}", seq - 1));
      }
      if (stored.Hash() != stored.hash) {
        return broken(seq, "its contents do not match its hash (the event was changed)");
      }
      for (; next_anchor != pending.end() && next_anchor->seq == seq; ++next_anchor) {
        if (next_anchor->hash != stored.hash) {
          return broken(seq,
                        "its hash differs from the anchor recorded for it (the chain was "
                        "rewritten up to here)");
        }
      }
      ++status.events;
      status.head_seq = seq;
      status.head_hash = stored.hash;
      prev_hash = stored.hash;
      expected = seq + 1;
    }
    if (rows->size() < static_cast<std::size_t>(kVerifyPageRows)) break;
    cursor = status.head_seq + 1;
  }
  if (next_anchor != pending.end()) {
    return broken(next_anchor->seq,
                  status.head_seq == 0
                      ? fmt::format("the log is empty but an anchor records event {} (events "
                                    "were removed)",
                                    next_anchor->seq)
                      : fmt::format("the log ends at event {} but an anchor records event {} "
                                    "(events were removed from the end)",
                                    status.head_seq, next_anchor->seq));
  }
  return status;
}

std::optional<AuditAnchor> ParseAuditAnchor(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 18) return std::nullopt;
  AuditAnchor anchor;
  for (const char c : text.substr(0, colon)) {
    if (c < '0' || c > '9') return std::nullopt;
    anchor.seq = anchor.seq * 10 + (c - '0');
  }
  const std::string_view hash = text.substr(colon + 1);
  if (anchor.seq < 1 || hash.size() != crypto_hash_sha256_BYTES * 2) return std::nullopt;
  for (const char c : hash) {
    const bool digit = c >= '0' && c <= '9';
    const bool lower = c >= 'a' && c <= 'f';
    const bool upper = c >= 'A' && c <= 'F';
    if (!digit && !lower && !upper) return std::nullopt;
    anchor.hash += upper ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return anchor;
}

}  // namespace casereview::app
