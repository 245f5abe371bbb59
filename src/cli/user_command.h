// casereview user add|list|disable|reset-password|totp: managing users from the
// server's command line (the same use cases as the API, audited as "system").
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace casereview::cli {

struct UserSettings {
  std::string data_dir;
  std::string email;
  std::string name;
  std::vector<std::string> roles;
  std::optional<std::int64_t> agency_id;
  std::optional<std::int64_t> partnership_id;
  bool password_stdin = false;
};

CLI::App* AddUserCommand(CLI::App& root, UserSettings& settings);

// Runs whichever of the user subcommands was parsed; returns the exit code.
int RunUser(const UserSettings& settings, const CLI::App& command);

}  // namespace casereview::cli
