#include "cli/audit_command.h"

#include <fmt/format.h>

#include "app/audit/audit.h"
#include "app/platform/clock.h"
#include "app/platform/data_directory.h"
#include "cli/exit_code.h"

namespace casereview::cli {

CLI::App* AddAuditCommand(CLI::App& root, AuditSettings& settings) {
  CLI::App* command = root.add_subcommand("audit", "Check the audit log");
  command->require_subcommand(1);
  CLI::App* verify =
      command->add_subcommand("verify", "Walk the audit log's hash chain; exit 1 if it is broken");
  verify->add_option("--data-dir", settings.data_dir, "Data directory")
      ->envname("CASEREVIEW_DATA_DIR")
      ->required();
  verify->add_option("--anchor", settings.anchors,
                     "SEQ:HASH of an earlier head kept outside the server; the chain must still "
                     "hold it (repeatable)");
  return command;
}

int RunAudit(const AuditSettings& settings) {
  std::vector<app::AuditAnchor> anchors;
  for (const auto& text : settings.anchors) {
    const auto anchor = app::ParseAuditAnchor(text);
    if (!anchor) {
      return ReportError(Error{ErrorCode::kInvalid,
                               "--anchor: expected SEQ:HASH (an event number, a colon and 64 hex "
                               "digits)",
                               {}});
    }
    anchors.push_back(*anchor);
  }
  const app::SystemClock clock;
  auto database = app::OpenMigratedDatabase(settings.data_dir, 1, clock);
  if (!database) return ReportError(database.error());
  auto connection = database->pool->Acquire();
  if (!connection) return ReportError(connection.error());
  auto status = app::VerifyAuditChain(**connection, anchors);
  if (!status) return ReportError(status.error());
  if (status->first_break) {
    fmt::print(stderr, "audit chain broken at event {}: {}\n", status->first_break->seq,
               status->first_break->why);
    return kExitFailure;
  }
  fmt::print("audit chain intact: {} events\n", status->events);
  if (status->head_seq > 0) fmt::print("head: {}:{}\n", status->head_seq, status->head_hash);
  return kExitOk;
}

}  // namespace casereview::cli
