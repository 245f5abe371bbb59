// The temporary file a large request body is streamed to (RequestContext::body_file):
// a new, owner-only file with a random name in the upload directory (made
// owner-only if missing), removed when this object goes. Blocking, but
// quick: one mkdir and one open.
#pragma once

#include <cstddef>
#include <filesystem>

#include "core/error.h"

namespace casereview::http {

class UploadFile {
 public:
  // Creates the file in `directory`; kUnavailable when the disk refuses.
  static Result<UploadFile> Create(const std::filesystem::path& directory);

  // Removes the upload files a crash left in `directory` (call before the
  // server accepts a request: every such file is then left over). Answers
  // how many; a missing directory has none.
  static std::size_t RemoveLeftovers(const std::filesystem::path& directory);

  UploadFile(UploadFile&& other) noexcept;
  UploadFile& operator=(UploadFile&&) = delete;
  UploadFile(const UploadFile&) = delete;
  UploadFile& operator=(const UploadFile&) = delete;
  ~UploadFile();

  const std::filesystem::path& path() const { return path_; }

 private:
  explicit UploadFile(std::filesystem::path path) : path_(std::move(path)) {}

  std::filesystem::path path_;  // empty once moved from
};

}  // namespace casereview::http
