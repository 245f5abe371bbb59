#include "app/identity/sessions.h"

#include <fmt/format.h>
#include <sodium.h>

#include <array>

#include "app/audit/audit_trail.h"
#include "app/identity/totp.h"
#include "app/identity/users.h"

namespace casereview::app {
namespace {

using db::Value;

// One answer for a wrong email, password or code, a missing code and a locked
// account, so that no answer tells a guesser which part was right.
constexpr std::string_view kWrongCredentials =
    "the email address, password or code is not right, or the account is locked after too "
    "many attempts (wait 15 minutes and try again)";

// Base64url of `size` random bytes.
std::string RandomToken(std::size_t size = 32) {
  std::array<unsigned char, 64> bytes{};
  randombytes_buf(bytes.data(), size);
  std::array<char, 96> text{};
  sodium_bin2base64(text.data(), text.size(), bytes.data(), size,
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return std::string(text.data());
}

Result<std::optional<Account>> FindAccount(db::Connection& connection, const std::string& key) {
  auto rows = connection.Query(
      "SELECT u.id, u.password_hash, u.totp_secret, u.disabled, "
      "CASE WHEN EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'admin') "
      "THEN 1 ELSE 0 END, u.totp_last_step "
      "FROM app_user u WHERE u.email_key = $1",
      {Value(key)});
  if (!rows) return Failure(rows);
  if (rows->empty()) return std::optional<Account>{};
  const auto& row = rows->front();
  return Account{row.Int(0).value_or(0),      row.Text(1).value_or(""),    row.Text(2),
                 row.Int(3).value_or(0) != 0, row.Int(4).value_or(0) != 0, row.Int(5)};
}

// A session with its user, as stored. `column` is "s.id" or "s.token_hash".
struct StoredSession {
  Principal principal;
  std::optional<Instant> last_seen;
  bool ended = false;
  bool disabled = false;
};

Result<std::optional<StoredSession>> ReadSession(db::Connection& connection,
                                                 std::string_view column, const Value& key) {
  auto rows = connection.Query(
      fmt::format("SELECT s.id, s.csrf_token, s.expires_at, s.last_seen_at, s.ended_at, u.id, "
                  "u.partnership_id, u.agency_id, u.email, u.display_name, "
                  "u.password_change_required, u.disabled FROM user_session s "
                  "JOIN app_user u ON u.id = s.user_id WHERE {} = $1",
                  column),
      {key});
  if (!rows) return Failure(rows);
  if (rows->empty()) return std::optional<StoredSession>{};
  const auto& row = rows->front();
  StoredSession session;
  Principal& principal = session.principal;
  principal.session_id = row.Int(0).value_or(0);
  principal.csrf_token = row.Text(1).value_or("");
  const auto expires_at = ParseInstant(row.Text(2).value_or(""));
  session.last_seen = ParseInstant(row.Text(3).value_or(""));
  session.ended = !row.IsNull(4) || !expires_at || !session.last_seen;
  if (expires_at) principal.expires_at = *expires_at;
  principal.user_id = row.Int(5).value_or(0);
  principal.partnership_id = row.Int(6).value_or(0);
  principal.agency_id = row.Int(7);
  principal.email = row.Text(8).value_or("");
  principal.display_name = row.Text(9).value_or("");
  principal.password_change_required = row.Int(10).value_or(0) != 0;
  session.disabled = row.Int(11).value_or(1) != 0;
  auto roles = connection.Query("SELECT role FROM user_role WHERE user_id = $1 ORDER BY role",
                                {Value(principal.user_id)});
  if (!roles) return Failure(roles);
  for (const auto& role_row : *roles) {
    if (auto role = ParseRole(role_row.Text(0).value_or(""))) principal.roles.push_back(*role);
  }
  return session;
}

}  // namespace

std::string TokenHash(std::string_view token) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(token.data()),
                     token.size());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data());
}

void AddressThrottle::Prune(std::deque<Instant>& failures, Instant now) const {
  while (!failures.empty() && failures.front() <= now - policy_.failure_window) {
    failures.pop_front();
  }
}

bool AddressThrottle::Allows(const std::string& address, Instant now) {
  std::lock_guard lock(mutex_);
  auto found = failures_.find(address);
  if (found == failures_.end()) return true;
  Prune(found->second, now);
  return static_cast<int>(found->second.size()) < policy_.failures_per_address;
}

void AddressThrottle::RecordFailure(const std::string& address, Instant now) {
  constexpr std::size_t kMaxAddresses = 100'000;
  std::lock_guard lock(mutex_);
  if (failures_.size() >= kMaxAddresses) {
    for (auto it = failures_.begin(); it != failures_.end();) {
      Prune(it->second, now);
      it = it->second.empty() ? failures_.erase(it) : std::next(it);
    }
    if (failures_.size() >= kMaxAddresses) failures_.clear();
  }
  auto& failures = failures_[address];
  Prune(failures, now);
  failures.push_back(now);
}

Result<Attempt> Sessions::ReserveAttempt(const std::string& email_key, Instant now) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  // One write transaction (BEGIN IMMEDIATE), so that concurrent attempts on
  // one account are counted one after another: once the limit is reserved,
  // no further password is checked, however many hashing threads there are.
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<Attempt> {
    Attempt attempt;
    auto found = FindAccount(tx, email_key);
    if (!found) return Failure(found);
    attempt.account = std::move(*found);
    auto lock =
        tx.Query("SELECT locked_until FROM sign_in_lock WHERE email_key = $1", {Value(email_key)});
    if (!lock) return Failure(lock);
    attempt.locked = !lock->empty() && lock->front().Text(0).value_or("") > FormatInstant(now);
    if (attempt.locked) return attempt;
    auto pruned =
        tx.Execute("DELETE FROM sign_in_failure WHERE email_key = $1 AND at <= $2",
                   {Value(email_key), Value(FormatInstant(now - policy_.failure_window))});
    if (!pruned) return Failure(pruned);
    auto count =
        tx.Query("SELECT count(*) FROM sign_in_failure WHERE email_key = $1", {Value(email_key)});
    if (!count) return Failure(count);
    if (count->front().Int(0).value_or(0) >= policy_.failures_before_lockout) {
      attempt.locked = true;  // the limit is taken by attempts still being checked
      return attempt;
    }
    // Counted as a failure until it proves otherwise.
    auto reserved = tx.Query(
        "INSERT INTO sign_in_failure (email_key, at) VALUES ($1, $2) "
        "RETURNING id",
        {Value(email_key), Value(FormatInstant(now))});
    if (!reserved) return Failure(reserved);
    attempt.reservation = reserved->front().Int(0);
    return attempt;
  });
}

Result<void> Sessions::RecordFailedAttempt(const std::string& email_key, const Attempt& attempt,
                                           std::string reason, const Actor& actor, Instant now) {
  throttle_.RecordFailure(actor.client_address, now);
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  std::map<std::string, std::string> detail{{"reason", attempt.locked ? "locked" : reason}};
  // The count and the lock commit on their own, before the audit event, so
  // that nothing the event holds can undo them. A lock is never extended by
  // attempts made while it holds; they are recorded all the same.
  if (attempt.reservation) {
    auto locked = db::InTransaction(**connection, [&](db::Connection& tx) -> Result<bool> {
      auto count =
          tx.Query("SELECT count(*) FROM sign_in_failure WHERE email_key = $1", {Value(email_key)});
      if (!count) return Failure(count);
      if (count->front().Int(0).value_or(0) < policy_.failures_before_lockout) return false;
      auto lock = tx.Execute(
          "INSERT INTO sign_in_lock (email_key, locked_until) VALUES ($1, $2) "
          "ON CONFLICT (email_key) DO UPDATE SET locked_until = excluded.locked_until",
          {Value(email_key), Value(FormatInstant(now + policy_.lockout))});
      if (!lock) return Failure(lock);
      auto cleared =
          tx.Execute("DELETE FROM sign_in_failure WHERE email_key = $1", {Value(email_key)});
      if (!cleared) return Failure(cleared);
      return true;
    });
    if (!locked) return Failure(locked);
    if (*locked) detail["locked"] = "true";
  }
  // The email is not recorded: a mistyped address may be someone else's.
  return db::InTransaction(**connection, [&](db::Connection& tx) {
    return RecordEvent(tx, actor, "session.failed", "", "", now, std::move(detail));
  });
}

Result<void> Sessions::ForgetReservation(const Attempt& attempt) {
  if (!attempt.reservation) return {};
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto forgotten =
      (*connection)
          ->Execute("DELETE FROM sign_in_failure WHERE id = $1", {Value(*attempt.reservation)});
  if (!forgotten) return Failure(forgotten);
  return {};
}

Result<SignedIn> Sessions::SignIn(const SignInRequest& request) {
  const Instant now = clock_.Now();
  const Actor anonymous = Actor::Anonymous(request.client_address);
  if (!throttle_.Allows(request.client_address, now)) {
    auto connection = database_.Acquire();
    if (!connection) return Failure(connection);
    auto recorded = db::InTransaction(**connection, [&](db::Connection& tx) {
      return RecordEvent(tx, anonymous, "session.failed", "", "", now, {{"reason", "throttled"}});
    });
    if (!recorded) return Failure(recorded);
    return Fail(ErrorCode::kTooManyRequests,
                "too many failed sign-ins from this address: wait 15 minutes and try again");
  }
  const std::string key = EmailKey(request.email);
  auto attempt = ReserveAttempt(key, now);
  if (!attempt) return Failure(attempt);
  const std::optional<Account>& account = attempt->account;

  // Spend the same time whatever happens, so the answer's speed reveals nothing.
  PasswordCheck check;
  if (account && !attempt->locked) {
    check = CheckPassword(account->password_hash, request.password, cost_);
  } else {
    SpendPasswordCheckTime(request.password, cost_);
  }
  const auto refuse = [&](std::string reason) -> Result<SignedIn> {
    if (auto recorded = RecordFailedAttempt(key, *attempt, std::move(reason), anonymous, now);
        !recorded) {
      return Failure(recorded);
    }
    return Fail(ErrorCode::kUnauthenticated, std::string(kWrongCredentials));
  };
  if (!account || attempt->locked || !check.matches || account->disabled) {
    return refuse("credentials");
  }

  // Right password: now the second factor, whose steps are each accepted once.
  if (account->admin && !account->totp_secret) {
    if (auto forgotten = ForgetReservation(*attempt); !forgotten) return Failure(forgotten);
    return Fail(ErrorCode::kForbidden,
                "an administrator must set up a second factor first: run 'casereview user totp "
                "--email EMAIL' on the server");
  }
  std::optional<std::int64_t> step;
  if (account->totp_secret) {
    step = MatchTotpStep(*account->totp_secret, request.totp_code.value_or(""), now);
    if (!step || (account->totp_last_step && *step <= *account->totp_last_step)) {
      return refuse("second_factor");
    }
  }

  std::optional<std::string> rehashed;
  if (check.needs_rehash) {
    if (auto hash = HashPassword(request.password, cost_)) rehashed = std::move(*hash);
  }
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  std::string token;
  bool replayed = false;
  auto principal = db::InTransaction(**connection, [&](db::Connection& tx) -> Result<Principal> {
    if (step) {
      // Claims the step; a concurrent sign-in with the same code finds it taken.
      auto claimed = tx.Execute(
          "UPDATE app_user SET totp_last_step = $1 WHERE id = $2 AND "
          "(totp_last_step IS NULL OR totp_last_step < $1)",
          {Value(*step), Value(account->id)});
      if (!claimed) return Failure(claimed);
      if (*claimed == 0) {
        replayed = true;
        return Fail(ErrorCode::kUnauthenticated, std::string(kWrongCredentials));
      }
    }
    auto cleared = tx.Execute("DELETE FROM sign_in_failure WHERE email_key = $1", {Value(key)});
    if (!cleared) return Failure(cleared);
    if (rehashed) {
      auto updated = tx.Execute("UPDATE app_user SET password_hash = $1 WHERE id = $2",
                                {Value(*rehashed), Value(account->id)});
      if (!updated) return Failure(updated);
    }
    return OpenSession(tx, account->id, now, request.client_address, token);
  });
  if (replayed) return refuse("second_factor");
  if (!principal) return Failure(principal);
  return SignedIn{std::move(token), std::move(*principal)};
}

Result<Principal> Sessions::OpenSession(db::Connection& tx, std::int64_t user_id, Instant now,
                                        const std::string& client_address, std::string& token) {
  token = RandomToken();
  const std::string at = FormatInstant(now);
  auto inserted = tx.Query(
      "INSERT INTO user_session (token_hash, user_id, csrf_token, created_at, last_seen_at, "
      "expires_at) VALUES ($1, $2, $3, $4, $4, $5) RETURNING id",
      {Value(TokenHash(token)), Value(user_id), Value(RandomToken()), Value(at),
       Value(FormatInstant(now + policy_.absolute_lifetime))});
  if (!inserted) return Failure(inserted);
  const std::int64_t session_id = inserted->front().Int(0).value_or(0);
  if (auto audited = RecordEvent(tx, Actor{user_id, client_address, false}, "session.created",
                                 "session", std::to_string(session_id), now);
      !audited) {
    return Failure(audited);
  }
  auto session = ReadSession(tx, "s.id", Value(session_id));
  if (!session) return Failure(session);
  if (!*session) return Fail(ErrorCode::kInternal, "the new session could not be read back");
  return std::move((*session)->principal);
}

Result<Principal> Sessions::Authenticate(std::string_view token) {
  const Instant now = clock_.Now();
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto session = ReadSession(**connection, "s.token_hash", Value(TokenHash(token)));
  if (!session) return Failure(session);
  if (!*session || (*session)->ended || (*session)->disabled ||
      now >= (*session)->principal.expires_at ||
      now >= *(*session)->last_seen + policy_.idle_timeout) {
    return Fail(ErrorCode::kUnauthenticated, "your session has ended: sign in again");
  }
  Principal principal = std::move((*session)->principal);
  const Instant last_seen = *(*session)->last_seen;
  // Keep the idle clock running; a minute's precision spares a write per request.
  if (now - last_seen >= std::chrono::minutes(1)) {
    auto touched = (*connection)
                       ->Execute("UPDATE user_session SET last_seen_at = $1 WHERE id = $2",
                                 {Value(FormatInstant(now)), Value(principal.session_id)});
    if (!touched) return Failure(touched);
  }
  return principal;
}

Result<void> Sessions::SignOut(const Principal& principal, const Actor& actor) {
  const Instant now = clock_.Now();
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<void> {
    auto ended =
        tx.Execute("UPDATE user_session SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL",
                   {Value(FormatInstant(now)), Value(principal.session_id)});
    if (!ended) return Failure(ended);
    return RecordEvent(tx, actor, "session.ended", "session", std::to_string(principal.session_id),
                       now);
  });
}

Result<void> Sessions::ChangePassword(const Principal& principal, std::string_view current_password,
                                      std::string_view new_password, const Actor& actor) {
  if (auto strong = CheckPasswordStrength(new_password); !strong) {
    return std::unexpected(Error{ErrorCode::kInvalid,
                                 strong.error().message,
                                 {{"new_password", strong.error().fields.front().message}}});
  }
  // A wrong current password counts towards the account's lockout, as a wrong
  // password at sign-in does: a stolen session is no way to guess it.
  const std::string key = EmailKey(principal.email);
  auto attempt = ReserveAttempt(key, clock_.Now());
  if (!attempt) return Failure(attempt);
  if (!attempt->account) return Fail(ErrorCode::kUnauthenticated, "your session has ended");
  PasswordCheck check;
  if (attempt->locked) {
    SpendPasswordCheckTime(current_password, cost_);
  } else {
    check = CheckPassword(attempt->account->password_hash, current_password, cost_);
  }
  if (!check.matches) {
    if (auto recorded = RecordFailedAttempt(key, *attempt, "password_change", actor, clock_.Now());
        !recorded) {
      return Failure(recorded);
    }
    return std::unexpected(Error{ErrorCode::kInvalid,
                                 "the current password is not right, or the account is locked "
                                 "after too many attempts (wait 15 minutes and try again)",
                                 {{"current_password", "is not right"}}});
  }
  if (auto forgotten = ForgetReservation(*attempt); !forgotten) return Failure(forgotten);
  if (current_password == new_password) {
    return std::unexpected(Error{ErrorCode::kInvalid,
                                 "choose a new password",
                                 {{"new_password", "must differ from the current password"}}});
  }
  auto hash = HashPassword(new_password, cost_);
  if (!hash) return Failure(hash);
  const Instant now = clock_.Now();
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<void> {
    const std::string at = FormatInstant(now);
    auto updated = tx.Execute(
        "UPDATE app_user SET password_hash = $1, password_change_required = 0, updated_at = $2 "
        "WHERE id = $3",
        {Value(*hash), Value(at), Value(principal.user_id)});
    if (!updated) return Failure(updated);
    auto others = tx.Execute(
        "UPDATE user_session SET ended_at = $1 WHERE user_id = $2 AND id <> $3 AND ended_at IS "
        "NULL",
        {Value(at), Value(principal.user_id), Value(principal.session_id)});
    if (!others) return Failure(others);
    return RecordEvent(tx, actor, "user.password_changed", "user",
                       std::to_string(principal.user_id), now);
  });
}

}  // namespace casereview::app
