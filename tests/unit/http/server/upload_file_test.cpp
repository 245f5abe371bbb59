// http/server/upload_file.h: a large body's temporary file is new, owner-only, and
// gone with its request; what a crash left behind is removed at start-up.
#include "http/server/upload_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "support/temp_dir.h"

namespace casereview::http {
namespace {

namespace fs = std::filesystem;

TEST(UploadFile, IsNewOwnerOnlyAndRemovedWithItsRequest) {
  testing::TempDir dir;
  const fs::path uploads = dir.path() / "blobs" / "tmp";
  fs::path path;
  {
    auto file = UploadFile::Create(uploads);
    ASSERT_TRUE(file) << file.error().message;
    path = file->path();
    EXPECT_EQ(path.parent_path(), uploads);
    struct stat status {};
    ASSERT_EQ(::stat(path.c_str(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0600u);
    ASSERT_EQ(::stat(uploads.c_str(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0700u);
    auto second = UploadFile::Create(uploads);
    ASSERT_TRUE(second);
    EXPECT_NE(second->path(), path) << "each upload has its own file";
  }
  EXPECT_FALSE(fs::exists(path));
  EXPECT_TRUE(fs::is_empty(uploads));
}

TEST(UploadFile, LeftoversOfACrashAreRemovedAndNothingElse) {
  testing::TempDir dir;
  const fs::path uploads = dir.path() / "tmp";
  EXPECT_EQ(UploadFile::RemoveLeftovers(uploads), 0u) << "no directory, nothing to remove";
  fs::create_directories(uploads);
  std::ofstream(uploads / "upload-0123456789abcdef") << "a cut-off upload (fictional)";
  std::ofstream(uploads / "upload-fedcba9876543210") << "another";
  std::ofstream(uploads / "blob-in-progress") << "a blob being stored";
  EXPECT_EQ(UploadFile::RemoveLeftovers(uploads), 2u);
  EXPECT_FALSE(fs::exists(uploads / "upload-0123456789abcdef"));
  EXPECT_TRUE(fs::exists(uploads / "blob-in-progress"));
}

}  // namespace
}  // namespace casereview::http
