// The one way an optional value becomes JSON: the value, or null.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>

#include "core/enum_names.h"

namespace casereview::http {

template <typename T>
nlohmann::json OrNull(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

// An optional enumeration as its wire name, or null.
template <typename Enum, std::size_t N>
nlohmann::json NameOrNull(const std::optional<Enum>& value, const EnumNames<Enum, N>& names) {
  return value ? nlohmann::json(names.Name(*value)) : nlohmann::json(nullptr);
}

}  // namespace casereview::http
