#include "cli/config_file.h"

#include <fmt/format.h>
#include <fmt/std.h>

#include <toml++/toml.h>

namespace casereview::cli {
namespace {

// The value as the text a flag would carry; nullopt for tables and arrays.
std::optional<std::string> FlagText(const toml::node& node) {
  if (const auto* text = node.as_string()) return text->get();
  if (const auto* integer = node.as_integer()) return std::to_string(integer->get());
  if (const auto* boolean = node.as_boolean()) return boolean->get() ? "true" : "false";
  return std::nullopt;
}

}  // namespace

Result<void> ApplyConfigFile(CLI::App& command, const std::filesystem::path& file,
                             const std::set<std::string>& known_keys) {
  std::error_code error;
  if (!std::filesystem::exists(file, error)) return {};
  toml::table table;
  try {
    table = toml::parse_file(file.string());
  } catch (const toml::parse_error& failure) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("{}:{}: {}", file.string(), failure.source().begin.line,
                            failure.description()));
  }
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    if (!known_keys.contains(name)) {
      return Fail(ErrorCode::kInvalid, fmt::format("{}:{}: unknown setting '{}'", file.string(),
                                                   node.source().begin.line, name));
    }
    CLI::Option* option = command.get_option_no_throw("--" + name);
    if (option == nullptr || option->count() > 0) continue;
    const auto text = FlagText(node);
    if (!text) {
      return Fail(ErrorCode::kInvalid,
                  fmt::format("{}:{}: setting '{}' must be a string, number or boolean",
                              file.string(), node.source().begin.line, name));
    }
    option->add_result(*text);
    try {
      option->run_callback();
    } catch (const CLI::Error& failure) {
      return Fail(ErrorCode::kInvalid, fmt::format("{}:{}: setting '{}': {}", file.string(),
                                                   node.source().begin.line, name, failure.what()));
    }
  }
  return {};
}

}  // namespace casereview::cli
