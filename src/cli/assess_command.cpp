#include "cli/assess_command.h"

#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/exit_code.h"
#include "core/statutory/assessment.h"
#include "http/json/assessment_json.h"

namespace casereview::cli {
namespace {

Result<std::string> ReadInput(const std::string& input) {
  std::ostringstream text;
  if (input == "-") {
    text << std::cin.rdbuf();
    return std::move(text).str();
  }
  std::ifstream file(input, std::ios::binary);
  if (!file) return Fail(ErrorCode::kInvalid, fmt::format("cannot read '{}'", input));
  text << file.rdbuf();
  return std::move(text).str();
}

}  // namespace

CLI::App* AddAssessCommand(CLI::App& root, AssessSettings& settings) {
  CLI::App* command = root.add_subcommand(
      "assess", "Which statutory notifications and reviews an incident requires (JSON in and out)");
  command->add_option("input", settings.input, "The incident as JSON: a file, or - for stdin")
      ->capture_default_str();
  return command;
}

int RunAssess(const AssessSettings& settings) {
  auto text = ReadInput(settings.input);
  if (!text) return ReportError(text.error());
  auto incident = http::ParseIncidentText(*text);
  if (!incident) return ReportError(incident.error());
  fmt::print("{}\n", http::AssessmentToJson(Assess(*incident)).dump(2));
  return kExitOk;
}

}  // namespace casereview::cli
