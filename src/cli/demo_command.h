// casereview demo: loads the fictional demo partnership into a new data
// directory and prints its users' passwords once (app/demo/demo.h). With --reviews,
// also generates a large partnership for load tests.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "app/demo/demo.h"

namespace casereview::cli {

struct DemoSettings {
  std::string data_dir;
  app::DemoScale scale;
};

CLI::App* AddDemoCommand(CLI::App& root, DemoSettings& settings);

// Exit code: 0 loaded; 2 when the directory already holds a partnership
// (nothing is written) or a flag is out of range; 1 on any other failure.
int RunDemo(const DemoSettings& settings);

}  // namespace casereview::cli
