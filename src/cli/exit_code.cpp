#include "cli/exit_code.h"

#include <fmt/format.h>

namespace casereview::cli {

int ReportError(const Error& error) {
  fmt::print(stderr, "casereview: {}\n", error.message);
  for (const auto& field : error.fields) {
    fmt::print(stderr, "  {}: {}\n", field.field, field.message);
  }
  return error.code == ErrorCode::kInvalid ? kExitBadInput : kExitFailure;
}

}  // namespace casereview::cli
