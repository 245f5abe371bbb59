// The JSON forms shared by the session and user routes.
#pragma once

#include <nlohmann/json.hpp>
#include <span>

#include "core/access/access.h"

namespace casereview::http {

// ["coordinator", "panel_member"]
inline nlohmann::json RolesJson(std::span<const Role> roles) {
  nlohmann::json names = nlohmann::json::array();
  for (const Role role : roles) names.push_back(RoleName(role));
  return names;
}

}  // namespace casereview::http
