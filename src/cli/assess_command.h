// casereview assess: the statutory assessment of one incident, JSON in and out.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace casereview::cli {

struct AssessSettings {
  std::string input = "-";  // a file, or "-" for standard input
};

CLI::App* AddAssessCommand(CLI::App& root, AssessSettings& settings);

// Reads the incident, prints the assessment as JSON on stdout. A bad incident
// prints each field's problem on stderr and exits 2.
int RunAssess(const AssessSettings& settings);

}  // namespace casereview::cli
