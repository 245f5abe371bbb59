#include "http/server/request_body.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace casereview::http {

Result<RequestBody> RequestBody::Of(const RequestContext& context) {
  if (context.body_file == nullptr) return RequestBody(context.request.body(), nullptr, 0);
  const int fd = ::open(context.body_file->c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  struct stat status {};
  if (fd < 0 || ::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
    if (fd >= 0) ::close(fd);
    return Fail(ErrorCode::kUnavailable, "the uploaded file cannot be read");
  }
  const auto size = static_cast<std::size_t>(status.st_size);
  if (size == 0) {
    ::close(fd);
    return RequestBody(std::string_view(), nullptr, 0);
  }
  void* mapping = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (mapping == MAP_FAILED)
    return Fail(ErrorCode::kUnavailable, "the uploaded file cannot be read");
  return RequestBody(std::string_view(static_cast<const char*>(mapping), size), mapping, size);
}

RequestBody::RequestBody(RequestBody&& other) noexcept
    : bytes_(other.bytes_),
      mapping_(std::exchange(other.mapping_, nullptr)),
      mapped_(std::exchange(other.mapped_, 0)) {}

RequestBody::~RequestBody() {
  if (mapping_ != nullptr) ::munmap(mapping_, mapped_);
}

}  // namespace casereview::http
