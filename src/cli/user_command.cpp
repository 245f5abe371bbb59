#include "cli/user_command.h"

#include <fmt/format.h>

#include <iostream>

#include "app/identity/users.h"
#include "app/platform/clock.h"
#include "app/platform/data_directory.h"
#include "cli/exit_code.h"

namespace casereview::cli {
namespace {

void AddDataDir(CLI::App& command, UserSettings& settings) {
  command.add_option("--data-dir", settings.data_dir, "Data directory")
      ->envname("CASEREVIEW_DATA_DIR")
      ->required();
}

void AddEmail(CLI::App& command, UserSettings& settings) {
  command.add_option("--email", settings.email, "The user's email address")->required();
}

std::string RoleList(const std::vector<Role>& roles) {
  std::vector<std::string_view> names;
  for (const Role role : roles) names.push_back(RoleName(role));
  return fmt::format("{}", fmt::join(names, ","));
}

// The settings' roles, each one checked; kInvalid naming --role otherwise.
Result<std::vector<Role>> ParseRoles(const std::vector<std::string>& names) {
  std::vector<Role> roles;
  for (const auto& name : names) {
    const auto role = ParseRole(name);
    if (!role) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("--role: '{}' is not one of admin, coordinator, panel_member, "
                              "partner, reviewer, agency_lead",
                              name));
    }
    roles.push_back(*role);
  }
  return roles;
}

int Add(app::Users& users, const UserSettings& settings) {
  auto roles = ParseRoles(settings.roles);
  if (!roles) return ReportError(roles.error());
  app::NewUser user{settings.email,     settings.name,           *roles,
                    settings.agency_id, settings.partnership_id, {}};
  if (settings.password_stdin) {
    std::string password;
    std::getline(std::cin, password);
    user.password = password;
  }
  auto created = users.Create(user, app::Actor::System());
  if (!created) return ReportError(created.error());
  fmt::print("created user {} {} ({})\n", created->user.id, created->user.email,
             RoleList(created->user.roles));
  if (created->one_time_password) {
    fmt::print("one-time password (shown once; change it at first sign-in): {}\n",
               *created->one_time_password);
  }
  return kExitOk;
}

int List(app::Users& users) {
  auto all = users.List(std::nullopt);
  if (!all) return ReportError(all.error());
  fmt::print("id\temail\tname\troles\tagency\tstatus\n");
  for (const auto& user : *all) {
    fmt::print("{}\t{}\t{}\t{}\t{}\t{}\n", user.id, user.email, user.display_name,
               RoleList(user.roles), user.agency_id ? std::to_string(*user.agency_id) : "-",
               user.disabled ? "disabled" : "active");
  }
  return kExitOk;
}

}  // namespace

CLI::App* AddUserCommand(CLI::App& root, UserSettings& settings) {
  CLI::App* command = root.add_subcommand("user", "Add, list, disable and reset users");
  command->require_subcommand(1);

  CLI::App* add = command->add_subcommand("add", "Add a user; prints a one-time password");
  AddDataDir(*add, settings);
  AddEmail(*add, settings);
  add->add_option("--name", settings.name, "The name shown for the user")->required();
  add->add_option("--role", settings.roles, "Roles, comma-separated")->required()->delimiter(',');
  add->add_option("--agency", settings.agency_id, "The user's agency (required for agency leads)");
  add->add_option("--partnership", settings.partnership_id,
                  "The partnership (needed only when there are several)");
  add->add_flag("--password-stdin", settings.password_stdin,
                "Read the password from standard input instead of generating one");

  CLI::App* list = command->add_subcommand("list", "List users");
  AddDataDir(*list, settings);

  for (const auto& [name, help] :
       {std::pair{"disable", "Disable a user and end their sessions"},
        std::pair{"reset-password", "Give a user a new one-time password; ends their sessions"},
        std::pair{"totp", "Set up a user's second factor; prints the otpauth URI once"}}) {
    CLI::App* sub = command->add_subcommand(name, help);
    AddDataDir(*sub, settings);
    AddEmail(*sub, settings);
  }
  return command;
}

int RunUser(const UserSettings& settings, const CLI::App& command) {
  const app::SystemClock clock;
  auto database = app::OpenMigratedDatabase(settings.data_dir, 1, clock);
  if (!database) return ReportError(database.error());
  app::Users users(*database->pool, clock, app::PasswordCost::Interactive());
  const auto parsed = [&command](const char* name) { return command.got_subcommand(name); };
  if (parsed("add")) return Add(users, settings);
  if (parsed("list")) return List(users);

  auto user = users.FindByEmail(settings.email);
  if (!user) return ReportError(user.error());
  if (parsed("disable")) {
    auto disabled = users.Disable(user->id, app::Actor::System());
    if (!disabled) return ReportError(disabled.error());
    fmt::print("disabled {}; their sessions have ended\n", disabled->email);
    return kExitOk;
  }
  if (parsed("reset-password")) {
    auto password = users.ResetPassword(user->id, app::Actor::System());
    if (!password) return ReportError(password.error());
    fmt::print("one-time password for {} (shown once; change it at first sign-in): {}\n",
               user->email, *password);
    return kExitOk;
  }
  auto uri = users.EnrolTotp(user->id, app::Actor::System());
  if (!uri) return ReportError(uri.error());
  fmt::print("add this to {}'s authenticator app (shown once): {}\n", user->email, *uri);
  return kExitOk;
}

}  // namespace casereview::cli
