#include "app/identity/users.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "app/audit/audit_trail.h"
#include "app/identity/totp.h"

namespace casereview::app {
namespace {

using db::Value;

constexpr std::string_view kUserColumns =
    "u.id, u.partnership_id, u.email, u.display_name, u.agency_id, u.disabled, "
    "u.totp_secret IS NOT NULL, u.password_change_required, u.created_at";

Result<std::vector<Role>> RolesOf(db::Connection& connection, std::int64_t user_id) {
  auto rows = connection.Query("SELECT role FROM user_role WHERE user_id = $1 ORDER BY role",
                               {Value(user_id)});
  if (!rows) return std::unexpected(rows.error());
  std::vector<Role> roles;
  for (const auto& row : *rows) {
    if (auto role = ParseRole(row.Text(0).value_or(""))) roles.push_back(*role);
  }
  return roles;
}

Result<UserSummary> ReadUser(db::Connection& connection, const db::Row& row) {
  UserSummary user;
  user.id = row.Int(0).value_or(0);
  user.partnership_id = row.Int(1).value_or(0);
  user.email = row.Text(2).value_or("");
  user.display_name = row.Text(3).value_or("");
  user.agency_id = row.Int(4);
  user.disabled = row.Int(5).value_or(0) != 0;
  user.totp_enrolled = row.Int(6).value_or(0) != 0;
  user.password_change_required = row.Int(7).value_or(0) != 0;
  user.created_at = row.Text(8).value_or("");
  auto roles = RolesOf(connection, user.id);
  if (!roles) return std::unexpected(roles.error());
  user.roles = std::move(*roles);
  return user;
}

Result<UserSummary> LoadUser(db::Connection& connection, std::int64_t user_id) {
  auto rows = connection.Query(
      fmt::format("SELECT {} FROM app_user u WHERE u.id = $1", kUserColumns), {Value(user_id)});
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return Fail(ErrorCode::kNotFound, "there is no such user");
  return ReadUser(connection, rows->front());
}

Result<void> Invalid(std::string field, std::string message) {
  return std::unexpected(Error{
      ErrorCode::kInvalid, "the user is not valid", {{std::move(field), std::move(message)}}});
}

// A plausible address: one '@' with text either side, a dot in the domain, no
// spaces or control characters, at most 254 characters.
bool LooksLikeEmail(std::string_view email) {
  const auto at = email.find('@');
  if (email.size() > 254 || at == 0 || at == std::string_view::npos ||
      email.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  const auto domain = email.substr(at + 1);
  if (domain.empty() || domain.find('.') == std::string_view::npos || domain.front() == '.' ||
      domain.back() == '.') {
    return false;
  }
  return std::none_of(email.begin(), email.end(), [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) ||
           std::iscntrl(static_cast<unsigned char>(c));
  });
}

Result<std::int64_t> ResolvePartnership(db::Connection& connection,
                                        std::optional<std::int64_t> requested) {
  if (requested) {
    auto rows = connection.Query("SELECT id FROM partnership WHERE id = $1", {Value(*requested)});
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) {
      return std::unexpected(Error{ErrorCode::kInvalid,
                                   "the user is not valid",
                                   {{"partnership_id", "there is no such partnership"}}});
    }
    return *requested;
  }
  auto rows = connection.Query("SELECT id FROM partnership ORDER BY id LIMIT 2");
  if (!rows) return std::unexpected(rows.error());
  if (rows->size() != 1) {
    return std::unexpected(
        Error{ErrorCode::kInvalid,
              "the user is not valid",
              {{"partnership_id", rows->empty() ? "there is no partnership yet"
                                                : "name the partnership: there are several"}}});
  }
  return rows->front().Int(0).value_or(0);
}

Result<void> ValidateNewUser(db::Connection& connection, const NewUser& user,
                             std::int64_t partnership_id) {
  if (!LooksLikeEmail(user.email)) return Invalid("email", "must be an email address");
  if (user.display_name.empty() || user.display_name.size() > 200) {
    return Invalid("display_name", "must be 1 to 200 characters");
  }
  if (user.roles.empty()) return Invalid("roles", "give at least one role");
  const bool agency_lead =
      std::find(user.roles.begin(), user.roles.end(), Role::kAgencyLead) != user.roles.end();
  if (agency_lead && !user.agency_id) {
    return Invalid("agency_id", "an agency lead must belong to an agency");
  }
  if (user.agency_id) {
    auto rows = connection.Query("SELECT 1 FROM agency WHERE id = $1 AND partnership_id = $2",
                                 {Value(*user.agency_id), Value(partnership_id)});
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return Invalid("agency_id", "there is no such agency in the partnership");
  }
  if (user.password) {
    if (auto strong = CheckPasswordStrength(*user.password); !strong) return strong;
  }
  return {};
}

Result<void> EndSessions(db::Connection& connection, std::int64_t user_id, const std::string& now) {
  auto ended = connection.Execute(
      "UPDATE user_session SET ended_at = $1 WHERE user_id = $2 AND ended_at IS NULL",
      {Value(now), Value(user_id)});
  if (!ended) return std::unexpected(ended.error());
  return {};
}

}  // namespace

std::string EmailKey(std::string_view email) {
  std::string key(email);
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

Result<void> CheckSamePartnership(const Principal& principal, std::int64_t partnership_id) {
  if (principal.partnership_id != partnership_id) {
    return Fail(ErrorCode::kNotFound, "there is no such user");
  }
  return {};
}

Result<CreatedUser> Users::Create(const NewUser& user, const Actor& actor) {
  CreatedUser created;
  const std::string password = user.password.value_or(GenerateOneTimePassword());
  if (!user.password) created.one_time_password = password;
  if (user.password) {
    if (auto strong = CheckPasswordStrength(*user.password); !strong) return Failure(strong);
  }
  auto hash = HashPassword(password, cost_);  // outside the transaction: it takes a while
  if (!hash) return Failure(hash);

  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  auto stored = db::InTransaction(**connection, [&](db::Connection& tx) -> Result<UserSummary> {
    auto partnership = ResolvePartnership(tx, user.partnership_id);
    if (!partnership) return Failure(partnership);
    if (auto valid = ValidateNewUser(tx, user, *partnership); !valid) return Failure(valid);
    auto taken =
        tx.Query("SELECT 1 FROM app_user WHERE email_key = $1", {Value(EmailKey(user.email))});
    if (!taken) return Failure(taken);
    if (!taken->empty()) {
      return std::unexpected(Error{ErrorCode::kConflict,
                                   "a user with that email already exists",
                                   {{"email", "is already in use"}}});
    }
    const std::string at = FormatInstant(now);
    auto inserted = tx.Query(
        "INSERT INTO app_user (partnership_id, email, email_key, display_name, agency_id, "
        "password_hash, password_change_required, created_at, updated_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
        {Value(*partnership), Value(user.email), Value(EmailKey(user.email)),
         Value(user.display_name), user.agency_id ? Value(*user.agency_id) : Value(nullptr),
         Value(*hash), Value(std::int64_t{user.password ? 0 : 1}), Value(at)});
    if (!inserted) return Failure(inserted);
    const std::int64_t id = inserted->front().Int(0).value_or(0);
    std::vector<Role> roles = user.roles;
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    std::string role_list;
    for (const Role role : roles) {
      auto added = tx.Execute("INSERT INTO user_role (user_id, role) VALUES ($1, $2)",
                              {Value(id), Value(std::string(RoleName(role)))});
      if (!added) return Failure(added);
      role_list += (role_list.empty() ? "" : ",") + std::string(RoleName(role));
    }
    if (auto audited = RecordEvent(tx, actor, "user.created", "user", std::to_string(id), now,
                                   {{"roles", role_list}});
        !audited) {
      return Failure(audited);
    }
    return LoadUser(tx, id);
  });
  if (!stored) return Failure(stored);
  created.user = std::move(*stored);
  return created;
}

Result<std::vector<UserSummary>> Users::List(std::optional<std::int64_t> partnership_id) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto rows = partnership_id
                  ? (*connection)
                        ->Query(fmt::format("SELECT {} FROM app_user u WHERE "
                                            "u.partnership_id = $1 ORDER BY u.email_key",
                                            kUserColumns),
                                {Value(*partnership_id)})
                  : (*connection)
                        ->Query(fmt::format("SELECT {} FROM app_user u ORDER BY u.email_key",
                                            kUserColumns));
  if (!rows) return Failure(rows);
  std::vector<UserSummary> users;
  for (const auto& row : *rows) {
    auto user = ReadUser(**connection, row);
    if (!user) return Failure(user);
    users.push_back(std::move(*user));
  }
  return users;
}

Result<std::vector<std::pair<std::int64_t, std::string>>> Users::Names(
    std::int64_t partnership_id) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto rows = (*connection)
                  ->Query(
                      "SELECT id, display_name FROM app_user WHERE partnership_id = $1 "
                      "ORDER BY id",
                      {Value(partnership_id)});
  if (!rows) return Failure(rows);
  std::vector<std::pair<std::int64_t, std::string>> names;
  for (const auto& row : *rows)
    names.emplace_back(row.Int(0).value_or(0), row.Text(1).value_or(""));
  return names;
}

Result<UserSummary> Users::FindByEmail(std::string_view email) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto rows =
      (*connection)
          ->Query(fmt::format("SELECT {} FROM app_user u WHERE u.email_key = $1", kUserColumns),
                  {Value(EmailKey(email))});
  if (!rows) return Failure(rows);
  if (rows->empty()) return Fail(ErrorCode::kNotFound, "there is no user with that email");
  return ReadUser(**connection, rows->front());
}

Result<UserSummary> Users::Disable(std::int64_t user_id, const Actor& actor) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<UserSummary> {
    auto user = LoadUser(tx, user_id);
    if (!user) return user;
    const std::string at = FormatInstant(now);
    auto updated = tx.Execute("UPDATE app_user SET disabled = 1, updated_at = $1 WHERE id = $2",
                              {Value(at), Value(user_id)});
    if (!updated) return Failure(updated);
    if (auto ended = EndSessions(tx, user_id, at); !ended) return Failure(ended);
    if (auto audited =
            RecordEvent(tx, actor, "user.disabled", "user", std::to_string(user_id), now);
        !audited) {
      return Failure(audited);
    }
    return LoadUser(tx, user_id);
  });
}

Result<std::string> Users::ResetPassword(std::int64_t user_id, const Actor& actor) {
  const std::string password = GenerateOneTimePassword();
  auto hash = HashPassword(password, cost_);
  if (!hash) return Failure(hash);
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  auto reset = db::InTransaction(**connection, [&](db::Connection& tx) -> Result<bool> {
    if (auto user = LoadUser(tx, user_id); !user) return Failure(user);
    const std::string at = FormatInstant(now);
    auto updated = tx.Execute(
        "UPDATE app_user SET password_hash = $1, password_change_required = 1, updated_at = $2 "
        "WHERE id = $3",
        {Value(*hash), Value(at), Value(user_id)});
    if (!updated) return Failure(updated);
    if (auto ended = EndSessions(tx, user_id, at); !ended) return Failure(ended);
    if (auto audited =
            RecordEvent(tx, actor, "user.password_reset", "user", std::to_string(user_id), now);
        !audited) {
      return Failure(audited);
    }
    return true;
  });
  if (!reset) return Failure(reset);
  return password;
}

Result<std::string> Users::EnrolTotp(std::int64_t user_id, const Actor& actor) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  const std::string secret = NewTotpSecret();
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<std::string> {
    auto user = LoadUser(tx, user_id);
    if (!user) return Failure(user);
    // A new secret starts its steps afresh.
    auto updated = tx.Execute(
        "UPDATE app_user SET totp_secret = $1, totp_last_step = NULL, updated_at = $2 "
        "WHERE id = $3",
        {Value(secret), Value(FormatInstant(now)), Value(user_id)});
    if (!updated) return Failure(updated);
    if (auto audited =
            RecordEvent(tx, actor, "user.totp_enrolled", "user", std::to_string(user_id), now);
        !audited) {
      return Failure(audited);
    }
    return TotpUri(secret, user->email);
  });
}

Result<std::optional<std::int64_t>> Users::CreateFirstPartnership(std::string_view name,
                                                                  std::string_view nation) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  return db::InTransaction(
      **connection, [&](db::Connection& tx) -> Result<std::optional<std::int64_t>> {
        auto existing = tx.Query("SELECT 1 FROM partnership LIMIT 1");
        if (!existing) return Failure(existing);
        if (!existing->empty()) return std::optional<std::int64_t>{};
        auto inserted = tx.Query(
            "INSERT INTO partnership (name, nation, created_at) VALUES ($1, $2, $3) RETURNING id",
            {Value(std::string(name)), Value(std::string(nation)), Value(FormatInstant(now))});
        if (!inserted) return Failure(inserted);
        const std::int64_t id = inserted->front().Int(0).value_or(0);
        if (auto audited = RecordEvent(tx, Actor::System(), "partnership.created", "partnership",
                                       std::to_string(id), now);
            !audited) {
          return Failure(audited);
        }
        return std::optional<std::int64_t>{id};
      });
}

Result<std::optional<FirstRun>> Users::SetUpFirstRun(std::string_view partnership_name,
                                                     std::string_view nation,
                                                     std::string_view admin_email) {
  auto created = CreateFirstPartnership(partnership_name, nation);
  if (!created) return Failure(created);
  if (!*created) return std::optional<FirstRun>{};
  const std::int64_t partnership_id = **created;
  FirstRun first;
  first.partnership_id = partnership_id;
  auto admin = Create(
      NewUser{std::string(admin_email), "Administrator", {Role::kAdmin}, {}, partnership_id, {}},
      Actor::System());
  if (!admin) return Failure(admin);
  first.admin = std::move(*admin);
  auto uri = EnrolTotp(first.admin.user.id, Actor::System());
  if (!uri) return Failure(uri);
  first.totp_uri = std::move(*uri);
  return first;
}

}  // namespace casereview::app
