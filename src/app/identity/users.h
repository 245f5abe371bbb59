// Managing the people who use casereview: add, list, disable, reset, enrol a
// second factor, and the first administrator of a new installation. Every
// change is one transaction with its audit event. Blocking (database, and
// password hashing for Create and ResetPassword): call from a worker pool.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/identity/passwords.h"
#include "app/identity/principal.h"
#include "app/platform/clock.h"
#include "core/access/access.h"
#include "core/error.h"
#include "db/connection_pool.h"

namespace casereview::app {

struct NewUser {
  std::string email;
  std::string display_name;
  std::vector<Role> roles;
  std::optional<std::int64_t> agency_id;       // required for agency leads
  std::optional<std::int64_t> partnership_id;  // defaults to the only partnership
  std::optional<std::string> password;         // none: a one-time password is generated
};

struct UserSummary {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::string email;
  std::string display_name;
  std::optional<std::int64_t> agency_id;
  std::vector<Role> roles;
  bool disabled = false;
  bool totp_enrolled = false;
  bool password_change_required = false;
  std::string created_at;
};

struct CreatedUser {
  UserSummary user;
  std::optional<std::string> one_time_password;  // shown once; never stored in clear
};

struct FirstRun {
  std::int64_t partnership_id = 0;
  CreatedUser admin;
  std::string totp_uri;
};

class Users {
 public:
  Users(db::ConnectionPool& database, const Clock& clock, PasswordCost cost)
      : database_(database), clock_(clock), cost_(cost) {}

  // kInvalid naming the field (email, display_name, roles, agency_id,
  // partnership_id, password); kConflict when the email is taken.
  Result<CreatedUser> Create(const NewUser& user, const Actor& actor);
  // Users of one partnership (all partnerships when nullopt), by email.
  Result<std::vector<UserSummary>> List(std::optional<std::int64_t> partnership_id);
  Result<UserSummary> FindByEmail(std::string_view email);
  // Every user of one partnership, disabled ones too (history names them),
  // as {id, display_name} by id: who did what, for anyone who reads reviews.
  Result<std::vector<std::pair<std::int64_t, std::string>>> Names(std::int64_t partnership_id);
  // Disables the account and ends its sessions at once.
  Result<UserSummary> Disable(std::int64_t user_id, const Actor& actor);
  // A new one-time password; the user's sessions end at once.
  Result<std::string> ResetPassword(std::int64_t user_id, const Actor& actor);
  // A new TOTP secret (replacing any old one); returns the otpauth URI to show once.
  Result<std::string> EnrolTotp(std::int64_t user_id, const Actor& actor);

  // On a database with no partnership: creates it (audited as the system) and
  // returns its id; nullopt, writing nothing, when there is one already.
  Result<std::optional<std::int64_t>> CreateFirstPartnership(std::string_view name,
                                                             std::string_view nation);

  // On a database with no partnership: creates one and its first administrator
  // (with a one-time password and a second factor). nullopt when set up already.
  Result<std::optional<FirstRun>> SetUpFirstRun(std::string_view partnership_name,
                                                std::string_view nation,
                                                std::string_view admin_email);

 private:
  db::ConnectionPool& database_;
  const Clock& clock_;
  PasswordCost cost_;
};

// The lower-case form under which an email is unique.
std::string EmailKey(std::string_view email);

// Only a caller in `partnership_id` may manage its users (admins of one
// partnership never see another's); kNotFound otherwise.
Result<void> CheckSamePartnership(const Principal& principal, std::int64_t partnership_id);

}  // namespace casereview::app
