// Process exit codes shared by every subcommand.
#pragma once

#include "core/error.h"

namespace casereview::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;   // the command could not do its job
inline constexpr int kExitBadInput = 2;  // flags, settings or input are wrong

// Prints the error on stderr and returns the exit code that fits it.
int ReportError(const Error& error);

}  // namespace casereview::cli
