// Reads a table out of a Markdown document, so tests can hold the code to what
// the documentation says.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace casereview::testing {

// The body rows of the first table whose header line starts with `header`,
// each as its cells with surrounding spaces and backticks removed.
inline std::vector<std::vector<std::string>> MarkdownTable(const std::string& path,
                                                           const std::string& header) {
  std::ifstream file(path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  bool in_table = false;
  while (std::getline(file, line)) {
    if (!in_table) {
      in_table = line.starts_with(header);
      continue;
    }
    if (!line.starts_with("|")) break;
    if (line.starts_with("|---")) continue;
    std::vector<std::string> cells;
    std::stringstream stream(line.substr(1));
    std::string cell;
    while (std::getline(stream, cell, '|')) {
      const auto first = cell.find_first_not_of(" `");
      const auto last = cell.find_last_not_of(" `");
      cells.push_back(first == std::string::npos ? "" : cell.substr(first, last - first + 1));
    }
    rows.push_back(std::move(cells));
  }
  return rows;
}

}  // namespace casereview::testing
