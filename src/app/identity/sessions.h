// Signing in and out, and recognising a signed-in user on each request.
// docs/security.md states the rules (timeouts, lockout, second factor).
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "app/identity/passwords.h"
#include "app/identity/principal.h"
#include "app/platform/clock.h"
#include "core/error.h"
#include "db/connection_pool.h"

namespace casereview::app {

struct SessionPolicy {
  std::chrono::minutes idle_timeout{30};
  std::chrono::minutes absolute_lifetime{12 * 60};
  int failures_before_lockout = 5;          // per account ...
  std::chrono::minutes failure_window{15};  // ... within this window
  std::chrono::minutes lockout{15};         // locks the account for this long
  int failures_per_address = 20;            // per client address within failure_window
};

// Counts failed sign-ins per client address in memory, to slow guessing across
// many accounts from one place. Thread-safe; bounded in size.
class AddressThrottle {
 public:
  explicit AddressThrottle(const SessionPolicy& policy) : policy_(policy) {}
  bool Allows(const std::string& address, Instant now);
  void RecordFailure(const std::string& address, Instant now);

 private:
  void Prune(std::deque<Instant>& failures, Instant now) const;

  const SessionPolicy& policy_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::deque<Instant>> failures_;
};

struct SignInRequest {
  std::string email;
  std::string password;
  std::optional<std::string> totp_code;
  std::string client_address;
};

// An account as sign-in reads it.
struct Account {
  std::int64_t id = 0;
  std::string password_hash;
  std::optional<std::string> totp_secret;
  bool disabled = false;
  bool admin = false;
  std::optional<std::int64_t> totp_last_step;  // the last second-factor step accepted
};

// One attempt on an account's password, reserved before the password is
// checked: counted as a failure unless it succeeds.
struct Attempt {
  std::optional<Account> account;
  bool locked = false;                      // locked, or the limit is reserved: nothing is checked
  std::optional<std::int64_t> reservation;  // its sign_in_failure row
};

struct SignedIn {
  std::string token;  // for the cookie; only its hash is stored
  Principal principal;
};

class Sessions {
 public:
  Sessions(db::ConnectionPool& database, const Clock& clock, PasswordCost cost,
           SessionPolicy policy = {})
      : database_(database), clock_(clock), cost_(cost), policy_(policy), throttle_(policy_) {}

  // Checks the password (Argon2id: call from the hashing pool) and the second
  // factor, and opens a session. A wrong email, password or code, a missing
  // code, a code already used (RFC 6238 section 5.2) and a locked account all
  // give the same kUnauthenticated answer, naming no field; too many failures
  // from one address is kTooManyRequests. Every refusal is a session.failed
  // event; at most failures_before_lockout passwords are ever checked in a
  // window, however many run at once.
  Result<SignedIn> SignIn(const SignInRequest& request);

  // The user behind a session token, or kUnauthenticated when the session
  // does not exist, ended, idled out, expired or belongs to a disabled user.
  Result<Principal> Authenticate(std::string_view token);

  Result<void> SignOut(const Principal& principal, const Actor& actor);

  // Replaces the password (checking the current one) and clears the
  // one-time-password flag; other sessions of the user end.
  Result<void> ChangePassword(const Principal& principal, std::string_view current_password,
                              std::string_view new_password, const Actor& actor);

  const SessionPolicy& policy() const { return policy_; }

 private:
  Result<Principal> OpenSession(db::Connection& transaction, std::int64_t user_id, Instant now,
                                const std::string& client_address, std::string& token);
  Result<Attempt> ReserveAttempt(const std::string& email_key, Instant now);
  Result<void> RecordFailedAttempt(const std::string& email_key, const Attempt& attempt,
                                   std::string reason, const Actor& actor, Instant now);
  Result<void> ForgetReservation(const Attempt& attempt);

  db::ConnectionPool& database_;
  const Clock& clock_;
  PasswordCost cost_;
  SessionPolicy policy_;
  AddressThrottle throttle_;
};

// The SHA-256 (hex) under which a session token is stored.
std::string TokenHash(std::string_view token);

}  // namespace casereview::app
