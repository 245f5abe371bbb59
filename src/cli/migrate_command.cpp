#include "cli/migrate_command.h"

#include <fmt/format.h>

#include "app/platform/clock.h"
#include "app/platform/data_directory.h"
#include "cli/exit_code.h"

namespace casereview::cli {

CLI::App* AddMigrateCommand(CLI::App& root, MigrateSettings& settings) {
  CLI::App* command = root.add_subcommand("migrate", "Apply pending database migrations");
  command->add_option("--data-dir", settings.data_dir, "Data directory (created if absent)")
      ->envname("CASEREVIEW_DATA_DIR")
      ->required();
  return command;
}

int RunMigrate(const MigrateSettings& settings) {
  const app::SystemClock clock;
  auto database = app::OpenMigratedDatabase(settings.data_dir, 1, clock);
  if (!database) return ReportError(database.error());
  for (const auto& migration : database->migrations.applied) {
    fmt::print("applied {:04}_{}\n", migration.version, migration.name);
  }
  fmt::print("schema at version {}\n", database->migrations.version);
  return kExitOk;
}

}  // namespace casereview::cli
