#include "cli/config_file.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <fstream>

#include "support/temp_dir.h"

namespace casereview::cli {
namespace {

class ConfigFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    command_.add_option("--listen", listen_)->envname("CASEREVIEW_TEST_LISTEN");
    command_.add_option("--log-format", log_format_)->envname("CASEREVIEW_TEST_LOG_FORMAT");
    command_.add_option("--max-connections", max_connections_);
    unsetenv("CASEREVIEW_TEST_LISTEN");
    unsetenv("CASEREVIEW_TEST_LOG_FORMAT");
  }
  void TearDown() override { unsetenv("CASEREVIEW_TEST_LISTEN"); }

  std::filesystem::path Write(std::string_view text) {
    auto path = dir_.path() / "casereview.toml";
    std::ofstream(path) << text;
    return path;
  }

  Result<void> Parse(std::vector<std::string> args, const std::filesystem::path& file) {
    std::reverse(args.begin(), args.end());
    command_.parse(args);
    return ApplyConfigFile(command_, file, {"listen", "log-format", "max-connections", "workers"});
  }

  testing::TempDir dir_;
  CLI::App command_{"test"};
  std::string listen_ = "127.0.0.1:8080";
  std::string log_format_ = "text";
  std::size_t max_connections_ = 1024;
};

TEST_F(ConfigFileTest, FillsWhatNoFlagOrVariableSet) {
  const auto file =
      Write("listen = \"0.0.0.0:9000\"\nlog-format = \"json\"\nmax-connections = 12\n");
  ASSERT_TRUE(Parse({}, file));
  EXPECT_EQ(listen_, "0.0.0.0:9000");
  EXPECT_EQ(log_format_, "json");
  EXPECT_EQ(max_connections_, 12u);
}

TEST_F(ConfigFileTest, FlagBeatsVariableBeatsFile) {
  setenv("CASEREVIEW_TEST_LISTEN", "127.0.0.1:7000", 1);
  setenv("CASEREVIEW_TEST_LOG_FORMAT", "json", 1);
  const auto file = Write("listen = \"0.0.0.0:9000\"\nlog-format = \"text\"\n");
  ASSERT_TRUE(Parse({"--log-format", "text"}, file));
  EXPECT_EQ(listen_, "127.0.0.1:7000");
  EXPECT_EQ(log_format_, "text");
  unsetenv("CASEREVIEW_TEST_LOG_FORMAT");
}

TEST_F(ConfigFileTest, AMissingFileChangesNothing) {
  ASSERT_TRUE(Parse({}, dir_.path() / "absent.toml"));
  EXPECT_EQ(listen_, "127.0.0.1:8080");
}

TEST_F(ConfigFileTest, AKeyForAnotherCommandIsAccepted) {
  ASSERT_TRUE(Parse({}, Write("workers = 3\n")));
}

TEST_F(ConfigFileTest, NamesTheUnknownKeyAndLine) {
  auto refused = Parse({}, Write("listen = \"0.0.0.0:9000\"\nlisten_port = 9\n"));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalid);
  EXPECT_NE(refused.error().message.find("casereview.toml:2"), std::string::npos);
  EXPECT_NE(refused.error().message.find("listen_port"), std::string::npos);
}

TEST_F(ConfigFileTest, ReportsMalformedTomlAndWrongKinds) {
  EXPECT_FALSE(Parse({}, Write("listen = \n")));
  auto wrong_kind = Parse({}, Write("max-connections = \"many\"\n"));
  ASSERT_FALSE(wrong_kind);
  EXPECT_NE(wrong_kind.error().message.find("max-connections"), std::string::npos);
  auto table = Parse({}, Write("[listen]\nhost = 1\n"));
  EXPECT_FALSE(table);
}

}  // namespace
}  // namespace casereview::cli
