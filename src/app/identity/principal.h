// Who is making a request: a signed-in user, their roles and their session.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/access/access.h"
#include "core/time/instant.h"

namespace casereview::app {

struct Principal {
  std::int64_t user_id = 0;
  std::int64_t partnership_id = 0;
  std::optional<std::int64_t> agency_id;
  std::string email;
  std::string display_name;
  std::vector<Role> roles;
  std::int64_t session_id = 0;
  std::string csrf_token;
  bool password_change_required = false;
  Instant expires_at;

  bool Holds(Capability capability) const { return AnyRoleHolds(roles, capability); }
  bool Is(Role role) const {
    for (const Role held : roles) {
      if (held == role) return true;
    }
    return false;
  }
};

// Who did something, for the audit log: a signed-in user, someone not (yet)
// signed in, or the system itself (the command line, start-up).
struct Actor {
  std::optional<std::int64_t> user_id;
  std::string client_address;
  bool anonymous = false;

  static Actor System() { return Actor{}; }
  static Actor Anonymous(std::string client_address) {
    return Actor{std::nullopt, std::move(client_address), true};
  }
  static Actor Of(const Principal& principal, std::string client_address) {
    return Actor{principal.user_id, std::move(client_address), false};
  }
  // "user:12", "anonymous" or "system".
  std::string Label() const {
    if (user_id) return "user:" + std::to_string(*user_id);
    return anonymous ? "anonymous" : "system";
  }
};

}  // namespace casereview::app
