#include "http/access.h"

namespace casereview::http {

std::string_view AccessName(Access access) {
  switch (access) {
    case Access::kPublic:
      return "public";
  }
  return "unknown";
}

}  // namespace casereview::http
