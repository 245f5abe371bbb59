// casereview migrate: apply pending schema migrations to a data directory.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace casereview::cli {

struct MigrateSettings {
  std::string data_dir;
};

CLI::App* AddMigrateCommand(CLI::App& root, MigrateSettings& settings);

// Prints one "applied NNNN_name" line per migration applied, then the schema
// version. Returns the process exit code.
int RunMigrate(const MigrateSettings& settings);

}  // namespace casereview::cli
