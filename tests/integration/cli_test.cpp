// The casereview binary's subcommands, run as a user would.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

#include "integration/server_process.h"
#include "support/temp_dir.h"

namespace casereview::testing {
namespace {

TEST(MigrateCommand, AppliesThenReportsUpToDate) {
  TempDir dir;
  const auto data = (dir.path() / "data").string();
  const auto first = RunCasereview({"migrate", "--data-dir", data});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("applied 0001_partnership"), std::string::npos) << first.out;
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "data" / "casereview.sqlite3"));
  const auto second = RunCasereview({"migrate", "--data-dir", data});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(second.out.find("applied"), std::string::npos) << second.out;
  EXPECT_NE(second.out.find("schema at version"), std::string::npos);
}

TEST(MigrateCommand, TakesTheDataDirFromTheEnvironment) {
  TempDir dir;
  const auto data = (dir.path() / "from-env").string();
  setenv("CASEREVIEW_DATA_DIR", data.c_str(), 1);
  const auto result = RunCasereview({"migrate"});
  unsetenv("CASEREVIEW_DATA_DIR");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "from-env" / "casereview.sqlite3"));
}

TEST(Cli, BadInputExitsTwoWithAMessageNamingIt) {
  TempDir dir;
  const auto no_dir = RunCasereview({"migrate"});
  EXPECT_EQ(no_dir.exit_code, 2);
  EXPECT_NE(no_dir.err.find("--data-dir"), std::string::npos) << no_dir.err;

  const auto unknown = RunCasereview({"frobnicate"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_FALSE(unknown.err.empty());

  const auto listen =
      RunCasereview({"serve", "--data-dir", (dir.path() / "d").string(), "--listen", "nowhere"});
  EXPECT_EQ(listen.exit_code, 2);
  EXPECT_NE(listen.err.find("--listen"), std::string::npos) << listen.err;

  const auto format =
      RunCasereview({"serve", "--data-dir", (dir.path() / "d").string(), "--log-format", "xml"});
  EXPECT_EQ(format.exit_code, 2);
  EXPECT_NE(format.err.find("--log-format"), std::string::npos) << format.err;
}

TEST(Cli, ABadConfigFileIsNamedAndNothingStarts) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "data");
  std::ofstream(dir.path() / "data" / "casereview.toml") << "lisen = \"127.0.0.1:0\"\n";
  const auto result = RunCasereview({"serve", "--data-dir", (dir.path() / "data").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("casereview.toml:1"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("lisen"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "data" / "casereview.sqlite3"));
}

TEST(Cli, ServeReadsItsSettingsFromTheConfigFile) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "data");
  std::ofstream(dir.path() / "data" / "casereview.toml") << "log-format = \"json\"\n";
  {
    ServerProcess server(dir.path() / "data");
    ASSERT_TRUE(server.running());
    server.Terminate(std::chrono::seconds(2));
    const std::string log = server.Log();
    EXPECT_NE(log.find("{\"level\":\"info\""), std::string::npos) << log;
  }
}

TEST(Cli, RefusesADatabaseWithAnEditedMigration) {
  TempDir dir;
  const auto data = (dir.path() / "data").string();
  ASSERT_EQ(RunCasereview({"migrate", "--data-dir", data}).exit_code, 0);
  // Simulate a migration edited after it ran: its recorded checksum no longer matches.
  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open((dir.path() / "data" / "casereview.sqlite3").c_str(), &handle), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(handle, "UPDATE schema_migrations SET checksum = 'x'", nullptr, nullptr,
                         nullptr),
            SQLITE_OK);
  sqlite3_close(handle);
  const auto refused = RunCasereview({"migrate", "--data-dir", data});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.err.find("0001_partnership was edited"), std::string::npos) << refused.err;
}

TEST(Cli, PrintsItsVersion) {
  const auto result = RunCasereview({"--version"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_FALSE(result.out.empty());
}

}  // namespace
}  // namespace casereview::testing
