#include "app/platform/blob_store.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <iterator>

#include "app/documents/documents.h"
#include "support/temp_dir.h"

namespace casereview::app {
namespace {

namespace fs = std::filesystem;

std::size_t FileCount(const fs::path& root) {
  std::size_t count = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) ++count;
  }
  return count;
}

unsigned Mode(const fs::path& path) {
  struct stat status {};
  EXPECT_EQ(::stat(path.c_str(), &status), 0) << path;
  return status.st_mode & 0777;
}

class BlobStoreTest : public ::testing::Test {
 protected:
  testing::TempDir dir_;
  fs::path root_ = dir_.path() / "blobs";
  BlobStore store_{root_};
};

TEST_F(BlobStoreTest, PutThenVerifyRoundTrips) {
  const std::string bytes = "%PDF-1.7 a fictional report\n";
  const auto sha = store_.Put(bytes);
  ASSERT_TRUE(sha) << sha.error().message;
  EXPECT_EQ(*sha, BlobStore::Sha256Hex(bytes));
  const fs::path path = store_.PathOf(*sha);
  EXPECT_EQ(path, root_ / sha->substr(0, 2) / sha->substr(2, 2) / *sha);
  EXPECT_TRUE(fs::exists(path));
  const auto read = store_.Verify(*sha);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(read->path, path);
  EXPECT_EQ(read->size, bytes.size());
  std::ifstream in(read->path, std::ios::binary);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), bytes);
}

// A blob is hashed a chunk at a time: a large one verifies, and damage in
// its last chunk is found.
TEST_F(BlobStoreTest, ALargeBlobIsVerifiedChunkByChunk) {
  std::string bytes;
  for (int i = 0; bytes.size() < 300000; ++i) bytes += std::to_string(i) + ",";
  const auto sha = store_.Put(bytes);
  ASSERT_TRUE(sha);
  const auto read = store_.Verify(*sha);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(read->size, bytes.size());
  fs::permissions(store_.PathOf(*sha), fs::perms::owner_write, fs::perm_options::add);
  std::fstream(store_.PathOf(*sha), std::ios::binary | std::ios::in | std::ios::out)
          .seekp(static_cast<std::streamoff>(bytes.size() - 1))
      << '!';
  EXPECT_FALSE(store_.Verify(*sha));
}

TEST_F(BlobStoreTest, KnownDigest) {
  EXPECT_EQ(BlobStore::Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_F(BlobStoreTest, PuttingTheSameBytesTwiceKeepsOneBlob) {
  ASSERT_TRUE(store_.Put("same bytes"));
  ASSERT_TRUE(store_.Put("same bytes"));
  EXPECT_EQ(FileCount(root_), 1u);
  EXPECT_TRUE(fs::is_empty(root_ / "tmp"));
}

TEST_F(BlobStoreTest, DetectsADamagedBlob) {
  const auto sha = store_.Put("original fictional bytes");
  ASSERT_TRUE(sha);
  fs::permissions(store_.PathOf(*sha), fs::perms::owner_write, fs::perm_options::add);
  std::ofstream(store_.PathOf(*sha), std::ios::binary | std::ios::trunc) << "tampered";
  const auto read = store_.Verify(*sha);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(read.error().message, "the stored document is damaged");
}

TEST_F(BlobStoreTest, AMissingBlobIsUnavailableAndABadNameIsNotFound) {
  const auto missing = store_.Verify(std::string(64, 'a'));
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kUnavailable);
  const auto traversal = store_.Verify("../../etc/passwd");
  ASSERT_FALSE(traversal);
  EXPECT_EQ(traversal.error().code, ErrorCode::kNotFound);
}

TEST_F(BlobStoreTest, FilesAndDirectoriesAreOwnerOnly) {
  const auto sha = store_.Put("private fictional bytes");
  ASSERT_TRUE(sha);
  const fs::path path = store_.PathOf(*sha);
  EXPECT_EQ(Mode(path), 0600u);
  EXPECT_EQ(Mode(path.parent_path()), 0700u);
  EXPECT_EQ(Mode(path.parent_path().parent_path()), 0700u);
  EXPECT_EQ(Mode(root_), 0700u);
  EXPECT_EQ(Mode(root_ / "tmp"), 0700u);
}

TEST(SafeFileNameTest, KeepsTheBaseNameWithoutControlsAndWithTheRightExtension) {
  EXPECT_EQ(SafeFileName("../../evil\"\r\nX: y.pdf", MediaType::kPdf), "evil\"X: y.pdf");
  EXPECT_EQ(SafeFileName("C:\\Users\\x\\report.docx", MediaType::kDocx), "report.docx");
  EXPECT_EQ(SafeFileName("report.html", MediaType::kPdf), "report.html.pdf");
  EXPECT_EQ(SafeFileName("", MediaType::kText), "document.txt");
  EXPECT_EQ(SafeFileName("..", MediaType::kPng), "document.png");
  EXPECT_EQ(SafeFileName("r\xC3\xA9sum\xC3\xA9.pdf", MediaType::kPdf), "r\xC3\xA9sum\xC3\xA9.pdf");
  EXPECT_EQ(SafeFileName("bad\xFFutf8.pdf", MediaType::kPdf), "badutf8.pdf");
  // Issue 12, finding 15: U+202E made "x\u202Efdp.exe" read as "xexe.pdf".
  EXPECT_EQ(SafeFileName("x\u202Efdp.exe", MediaType::kPdf), "xfdp.exe.pdf");
  EXPECT_EQ(SafeFileName("\u2066report\u2069.pdf", MediaType::kPdf), "report.pdf");
  const std::string long_name = std::string(150, 'a') + std::string(100, '\xC3') + ".pdf";
  EXPECT_LE(SafeFileName(long_name, MediaType::kPdf).size(), 200u);
  std::string accented;
  for (int i = 0; i < 150; ++i) accented += "\xC3\xA9";
  const std::string cut = SafeFileName(accented + ".pdf", MediaType::kPdf);
  EXPECT_LE(cut.size(), 200u);
  EXPECT_TRUE(cut.ends_with(".pdf"));
  EXPECT_EQ((cut.size() - 4) % 2, 0u) << "whole characters only";
}

}  // namespace
}  // namespace casereview::app
