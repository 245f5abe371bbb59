#include "app/platform/text_list.h"

#include <nlohmann/json.hpp>

namespace casereview::app {

std::string TextListToJson(const std::vector<std::string>& items) {
  return nlohmann::json(items).dump();
}

std::vector<std::string> TextListFromJson(const std::optional<std::string>& text) {
  std::vector<std::string> items;
  if (!text) return items;
  const auto parsed = nlohmann::json::parse(*text, nullptr, false);
  if (!parsed.is_array()) return items;
  for (const auto& item : parsed) {
    if (item.is_string()) items.push_back(item.get<std::string>());
  }
  return items;
}

}  // namespace casereview::app
