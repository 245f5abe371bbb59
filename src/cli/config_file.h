// DATA_DIR/casereview.toml: the lowest-precedence source of settings. A flag
// beats an environment variable (CASEREVIEW_*), which beats the file.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <set>
#include <string>

#include "core/error.h"

namespace casereview::cli {

// Fills each option of `command` that neither a flag nor the environment set
// from the top-level key of the same name ("listen" for --listen). A missing
// file is fine; a malformed file, a key no command knows (`known_keys`) or a
// value of the wrong kind is kInvalid naming the file, key and line.
Result<void> ApplyConfigFile(CLI::App& command, const std::filesystem::path& file,
                             const std::set<std::string>& known_keys);

}  // namespace casereview::cli
