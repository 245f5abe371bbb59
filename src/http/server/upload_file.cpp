#include "http/server/upload_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <random>
#include <string>
#include <string_view>
#include <system_error>

#include <fmt/format.h>

namespace casereview::http {
namespace {

constexpr std::string_view kPrefix = "upload-";

}  // namespace

Result<UploadFile> UploadFile::Create(const std::filesystem::path& directory) {
  // DATA_DIR/blobs/tmp: blobs/ may not be there before the first document.
  for (const auto& level : {directory.parent_path(), directory}) {
    if (::mkdir(level.c_str(), 0700) != 0 && errno != EEXIST) {
      return Fail(ErrorCode::kUnavailable, "the upload cannot be stored");
    }
  }
  // The name need only be unique: O_EXCL refuses a clash, and a second try follows.
  std::random_device random;
  for (int attempt = 0; attempt < 4; ++attempt) {
    std::filesystem::path path = directory / fmt::format("upload-{:08x}{:08x}", random(), random());
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
      ::close(fd);
      return UploadFile(std::move(path));
    }
    if (errno != EEXIST) break;
  }
  return Fail(ErrorCode::kUnavailable, "the upload cannot be stored");
}

std::size_t UploadFile::RemoveLeftovers(const std::filesystem::path& directory) {
  std::size_t removed = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(directory, ec)) {
    if (entry.path().filename().string().starts_with(kPrefix) &&
        ::unlink(entry.path().c_str()) == 0) {
      ++removed;
    }
  }
  return removed;
}

UploadFile::UploadFile(UploadFile&& other) noexcept : path_(std::move(other.path_)) {
  other.path_.clear();
}

UploadFile::~UploadFile() {
  if (!path_.empty()) ::unlink(path_.c_str());
}

}  // namespace casereview::http
