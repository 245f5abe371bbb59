#include "app/platform/health.h"

#include <gtest/gtest.h>

#include "app/platform/data_directory.h"
#include "support/temp_dir.h"

#include <fstream>

namespace casereview::app {
namespace {

class FixedClock final : public Clock {
 public:
  Instant Now() const override {
    return Instant{std::chrono::sys_days{std::chrono::year{2026} / 11 / 22}};
  }
};

TEST(Health, NeedsAMigratedDatabase) {
  testing::TempDir dir;
  auto directory = PrepareDataDirectory(dir.path() / "data");
  ASSERT_TRUE(directory);
  auto database = OpenDatabase(*directory, 1);
  EXPECT_FALSE(CheckHealth(*database).ok());
  ASSERT_TRUE(MigrateDatabase(*database, FixedClock{}));
  EXPECT_TRUE(CheckHealth(*database).ok());
}

TEST(Health, ReportsADatabaseThatCannotOpen) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "data" / "casereview.sqlite3");
  DataDirectory directory{dir.path() / "data"};
  auto database = OpenDatabase(directory, 1);
  EXPECT_FALSE(CheckHealth(*database).database_ok);
}

TEST(DataDirectory, RefusesAFileInPlaceOfTheDirectory) {
  testing::TempDir dir;
  std::ofstream(dir.path() / "file") << "x";
  auto refused = PrepareDataDirectory(dir.path() / "file");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalid);
  EXPECT_NE(refused.error().message.find("--data-dir"), std::string::npos);
}

TEST(DataDirectory, IsCreatedForTheOwnerOnly) {
  testing::TempDir dir;
  auto directory = PrepareDataDirectory(dir.path() / "a" / "b");
  ASSERT_TRUE(directory);
  const auto perms = std::filesystem::status(directory->root).permissions();
  EXPECT_EQ(perms & std::filesystem::perms::all, std::filesystem::perms::owner_all);
}

}  // namespace
}  // namespace casereview::app
