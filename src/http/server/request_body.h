// A request's body as bytes, wherever the server put it: in the request
// itself, or in the temporary file it streamed a large body to
// (RequestContext::body_file), mapped read-only so that the bytes are read
// from the page cache and never copied onto the heap.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/error.h"
#include "http/server/router.h"

namespace casereview::http {

class RequestBody {
 public:
  // The body of the request; kUnavailable when its file cannot be mapped.
  // The request must outlive the answer.
  static Result<RequestBody> Of(const RequestContext& context);

  RequestBody(RequestBody&& other) noexcept;
  RequestBody& operator=(RequestBody&&) = delete;
  RequestBody(const RequestBody&) = delete;
  RequestBody& operator=(const RequestBody&) = delete;
  ~RequestBody();

  std::string_view bytes() const { return bytes_; }

 private:
  RequestBody(std::string_view bytes, void* mapping, std::size_t mapped)
      : bytes_(bytes), mapping_(mapping), mapped_(mapped) {}

  std::string_view bytes_;
  void* mapping_ = nullptr;  // owned when not null
  std::size_t mapped_ = 0;
};

}  // namespace casereview::http
