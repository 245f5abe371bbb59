#include "cli/migrate_command.h"

#include <fmt/format.h>

#include "app/clock.h"
#include "app/data_directory.h"
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
  auto directory = app::PrepareDataDirectory(settings.data_dir);
  if (!directory) return ReportError(directory.error());
  const app::SystemClock clock;
  auto database = app::OpenDatabase(*directory, 1);
  auto migrated = app::MigrateDatabase(*database, clock);
  if (!migrated) return ReportError(migrated.error());
  for (const auto& migration : migrated->applied) {
    fmt::print("applied {:04}_{}\n", migration.version, migration.name);
  }
  fmt::print("schema at version {}\n", migrated->version);
  return kExitOk;
}

}  // namespace casereview::cli
