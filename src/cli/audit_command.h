// casereview audit verify: walk the audit log's hash chain (src/app/audit/audit.h).
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace casereview::cli {

struct AuditSettings {
  std::string data_dir;
  std::vector<std::string> anchors;  // "SEQ:HASH", as a previous run printed the head
};

CLI::App* AddAuditCommand(CLI::App& root, AuditSettings& settings);

// Applies pending migrations, then walks the chain. Intact: prints
// "audit chain intact: N events" and "head: SEQ:HASH" on stdout, exits 0.
// Broken: prints "audit chain broken at event SEQ: WHY" on stderr, exits 1.
// A malformed --anchor exits 2.
int RunAudit(const AuditSettings& settings);

}  // namespace casereview::cli
