#include "app/platform/blob_store.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

namespace casereview::app {
namespace {

namespace fs = std::filesystem;

std::unexpected<Error> Unavailable(std::string message) {
  return Fail(ErrorCode::kUnavailable, std::move(message));
}

bool IsSha256Hex(std::string_view text) {
  return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// Creates `directory` owner-only unless it exists.
bool EnsureDirectory(const fs::path& directory) {
  return ::mkdir(directory.c_str(), 0700) == 0 || errno == EEXIST;
}

bool SyncDirectory(const fs::path& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  return synced;
}

// Writes `bytes` to a new file `path` (0600) and syncs it.
bool WriteSynced(const fs::path& path, std::string_view bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return false;
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      return false;
    }
    written += static_cast<std::size_t>(n);
  }
  const bool synced = ::fsync(fd) == 0;
  return ::close(fd) == 0 && synced;
}

std::string RandomSuffix() {
  unsigned char random[8];
  randombytes_buf(random, sizeof random);
  char hex[2 * sizeof random + 1];
  sodium_bin2hex(hex, sizeof hex, random, sizeof random);
  return hex;
}

std::string HexOf(const unsigned char (&digest)[crypto_hash_sha256_BYTES]) {
  char hex[2 * crypto_hash_sha256_BYTES + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

}  // namespace

std::string BlobStore::Sha256Hex(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return HexOf(digest);
}

fs::path BlobStore::PathOf(std::string_view sha256) const {
  return root_ / std::string(sha256.substr(0, 2)) / std::string(sha256.substr(2, 2)) /
         std::string(sha256);
}

Result<std::string> BlobStore::Put(std::string_view bytes) const {
  std::string sha = Sha256Hex(bytes);
  const fs::path target = PathOf(sha);
  const fs::path temp_dir = root_ / "tmp";
  if (!EnsureDirectory(root_) || !EnsureDirectory(temp_dir) ||
      !EnsureDirectory(target.parent_path().parent_path()) ||
      !EnsureDirectory(target.parent_path())) {
    return Unavailable("the document store cannot be written");
  }
  struct stat existing {};
  if (::stat(target.c_str(), &existing) == 0) return sha;
  const fs::path temp = temp_dir / (sha + "." + RandomSuffix());
  if (!WriteSynced(temp, bytes)) {
    ::unlink(temp.c_str());
    return Unavailable("the document store cannot be written");
  }
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    ::unlink(temp.c_str());
    return Unavailable("the document store cannot be written");
  }
  if (!SyncDirectory(target.parent_path())) {
    return Unavailable("the document store cannot be written");
  }
  return sha;
}

Result<VerifiedBlob> BlobStore::Verify(std::string_view sha256) const {
  if (!IsSha256Hex(sha256)) return Fail(ErrorCode::kNotFound, "there is no such document");
  VerifiedBlob blob{PathOf(sha256), 0};
  const int fd = ::open(blob.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Unavailable("the stored document is missing");
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  std::vector<unsigned char> chunk(std::size_t{64} << 10);
  while (true) {
    const ssize_t n = ::read(fd, chunk.data(), chunk.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      return Unavailable("the stored document cannot be read");
    }
    if (n == 0) break;
    crypto_hash_sha256_update(&state, chunk.data(), static_cast<unsigned long long>(n));
    blob.size += static_cast<std::uintmax_t>(n);
  }
  ::close(fd);
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state, digest);
  if (sha256 != HexOf(digest)) return Unavailable("the stored document is damaged");
  return blob;
}

}  // namespace casereview::app
