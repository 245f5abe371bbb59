// What a caller must hold to use a route. Deny by default: a route cannot be
// registered without naming one (see Router::Add), and a test walks the table.
#pragma once

#include <string_view>

namespace casereview::http {

enum class Access {
  // Open to anyone, signed in or not: health, version, the public pages.
  kPublic,
};

std::string_view AccessName(Access access);

}  // namespace casereview::http
