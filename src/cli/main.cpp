// casereview: one binary, one subcommand per job (see README.md).
#include <sodium.h>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <functional>
#include <set>
#include <vector>

#include "app/platform/data_directory.h"
#include "casereview_version.h"
#include "cli/assess_command.h"
#include "cli/audit_command.h"
#include "cli/clock_command.h"
#include "cli/config_file.h"
#include "cli/demo_command.h"
#include "cli/exit_code.h"
#include "cli/holidays_command.h"
#include "cli/migrate_command.h"
#include "cli/serve_command.h"
#include "cli/user_command.h"

namespace {

using namespace casereview::cli;

// A registered subcommand: how to run it once parsed, and (for those that work
// on a data directory) where its DATA_DIR/casereview.toml is.
struct Command {
  CLI::App* app;
  std::function<int()> run;
  const std::string* data_dir = nullptr;
};

// Every key DATA_DIR/casereview.toml may hold: the long flag names of all commands.
std::set<std::string> ConfigKeys(const CLI::App& root) {
  std::set<std::string> keys;
  for (const CLI::App* command : root.get_subcommands({})) {
    for (const CLI::Option* option : command->get_options()) {
      if (option->get_lnames().empty()) continue;
      const std::string& name = option->get_lnames().front();
      if (name != "help" && name != "data-dir") keys.insert(name);
    }
  }
  return keys;
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) {
    fmt::print(stderr, "casereview: libsodium could not initialise\n");
    return kExitFailure;
  }

  CLI::App root{"casereview: statutory case reviews for UK safeguarding partnerships",
                "casereview"};
  root.set_version_flag("--version", casereview::kVersion);
  root.require_subcommand(1);

  ServeSettings serve;
  MigrateSettings migrate;
  UserSettings user;
  HolidaysSettings holidays;
  ClockSettings clock;
  AssessSettings assess;
  AuditSettings audit;
  DemoSettings demo;
  CLI::App* user_app = nullptr;
  const std::vector<Command> commands = {
      {AddServeCommand(root, serve), [&] { return RunServe(serve); }, &serve.data_dir},
      {AddMigrateCommand(root, migrate), [&] { return RunMigrate(migrate); }, &migrate.data_dir},
      {user_app = AddUserCommand(root, user), [&] { return RunUser(user, *user_app); }},
      {AddHolidaysCommand(root, holidays), [&] { return RunHolidays(holidays); }},
      {AddClockCommand(root, clock), [&] { return RunClock(clock); }},
      {AddAssessCommand(root, assess), [&] { return RunAssess(assess); }},
      {AddAuditCommand(root, audit), [&] { return RunAudit(audit); }, &audit.data_dir},
      {AddDemoCommand(root, demo), [&] { return RunDemo(demo); }, &demo.data_dir},
  };

  try {
    root.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return root.exit(error) == 0 ? kExitOk : kExitBadInput;
  }

  const auto keys = ConfigKeys(root);
  for (const Command& command : commands) {
    if (!command.app->parsed()) continue;
    if (command.data_dir != nullptr) {
      const casereview::app::DataDirectory directory{*command.data_dir};
      if (auto applied = ApplyConfigFile(*command.app, directory.ConfigFile(), keys); !applied) {
        return ReportError(applied.error());
      }
    }
    return command.run();
  }
  return kExitBadInput;
}
