// casereview: one binary, one subcommand per job (see README.md).
#include <sodium.h>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <set>

#include "app/data_directory.h"
#include "casereview_version.h"
#include "cli/config_file.h"
#include "cli/exit_code.h"
#include "cli/migrate_command.h"
#include "cli/serve_command.h"

namespace {

// Every key DATA_DIR/casereview.toml may hold: the long flag names of all commands.
std::set<std::string> ConfigKeys(const CLI::App& root) {
  std::set<std::string> keys;
  for (const CLI::App* command : root.get_subcommands({})) {
    for (const CLI::Option* option : command->get_options()) {
      if (option->get_lnames().empty() || option->get_lnames().front() == "help") continue;
      if (option->get_lnames().front() == "data-dir") continue;
      keys.insert(option->get_lnames().front());
    }
  }
  return keys;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace casereview::cli;
  if (sodium_init() < 0) {
    fmt::print(stderr, "casereview: libsodium could not initialise\n");
    return kExitFailure;
  }

  CLI::App root{"casereview: statutory case reviews for UK safeguarding partnerships",
                "casereview"};
  root.set_version_flag("--version", casereview::kVersion);
  root.require_subcommand(1);

  ServeSettings serve_settings;
  MigrateSettings migrate_settings;
  CLI::App* serve = AddServeCommand(root, serve_settings);
  CLI::App* migrate = AddMigrateCommand(root, migrate_settings);

  try {
    root.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = root.exit(error);
    return code == 0 ? kExitOk : kExitBadInput;
  }

  const auto keys = ConfigKeys(root);
  for (CLI::App* command : {serve, migrate}) {
    if (!command->parsed()) continue;
    const auto& data_dir = command == serve ? serve_settings.data_dir : migrate_settings.data_dir;
    const casereview::app::DataDirectory directory{data_dir};
    if (auto applied = ApplyConfigFile(*command, directory.ConfigFile(), keys); !applied) {
      return ReportError(applied.error());
    }
  }
  if (serve->parsed()) return RunServe(serve_settings);
  return RunMigrate(migrate_settings);
}
