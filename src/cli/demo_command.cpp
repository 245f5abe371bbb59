#include "cli/demo_command.h"

#include <fmt/format.h>

#include <chrono>

#include "app/platform/data_directory.h"
#include "cli/exit_code.h"

namespace casereview::cli {

CLI::App* AddDemoCommand(CLI::App& root, DemoSettings& settings) {
  CLI::App* command =
      root.add_subcommand("demo", "Load the fictional demo partnership into a new data directory");
  command->add_option("--data-dir", settings.data_dir, "Data directory")
      ->envname("CASEREVIEW_DATA_DIR")
      ->required();
  command->add_option("--reviews", settings.scale.reviews,
                      "Generated reviews beyond the showcase (for load tests)");
  command
      ->add_option("--recommendations-per-review", settings.scale.recommendations_per_review,
                   "Recommendations of each generated review")
      ->capture_default_str();
  command
      ->add_option("--actions-per-recommendation", settings.scale.actions_per_recommendation,
                   "Actions of each generated recommendation")
      ->capture_default_str();
  return command;
}

int RunDemo(const DemoSettings& settings) {
  const auto started = std::chrono::steady_clock::now();
  const app::SystemClock clock;
  auto database = app::OpenMigratedDatabase(settings.data_dir, 1, clock);
  if (!database) return ReportError(database.error());
  app::BlobStore blobs(app::DataDirectory{settings.data_dir}.root / "blobs");
  auto report = app::LoadDemo(*database->pool, clock, blobs, app::PasswordCost::Interactive(),
                              settings.scale);
  if (!report) {
    const int code = ReportError(report.error());
    return report.error().code == ErrorCode::kConflict ? kExitBadInput : code;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  fmt::print("loaded {} (partnership {}): {} agencies, {} reviews, {} actions in {:.1f} s\n",
             app::kDemoPartnershipName, report->partnership_id, report->agencies, report->reviews,
             report->actions, seconds);
  fmt::print("\nusers (passwords shown once; every name and address here is fictional):\n");
  fmt::print("{:<22}  {:<34}  {}\n", "role", "email", "password");
  for (const app::DemoUser& user : report->users) {
    fmt::print("{:<22}  {:<34}  {}\n", user.role, user.email, user.password);
  }
  fmt::print("\nthe admin's second factor: add this to an authenticator app (shown once):\n{}\n",
             report->admin_totp_uri);
  return kExitOk;
}

}  // namespace casereview::cli
