#include "http/server/framing.h"

#include <string_view>

#include "core/records/text.h"

namespace casereview::http {
namespace {

Error Ambiguous(std::string message) { return Error{ErrorCode::kInvalid, std::move(message), {}}; }

}  // namespace

std::optional<Error> FramingProblem(const beast_http::request_header<>& head) {
  int hosts = 0;
  int encodings = 0;
  bool length = false;
  for (const auto& field : head) {
    const std::string_view value = field.value();
    switch (field.name()) {
      case beast_http::field::host:
        ++hosts;
        break;
      case beast_http::field::transfer_encoding:
        ++encodings;
        if (!EqualsIgnoringCase(Trimmed(value, " \t"), "chunked")) {
          return Ambiguous("the only Transfer-Encoding accepted is \"chunked\"");
        }
        break;
      case beast_http::field::content_length:
        length = true;
        break;
      default:
        break;
    }
  }
  if (encodings > 1) return Ambiguous("send Transfer-Encoding once");
  if (encodings > 0 && length) {
    return Ambiguous("send either Transfer-Encoding or Content-Length, not both");
  }
  if (hosts > 1) return Ambiguous("send Host once");
  if (hosts == 0 && head.version() >= 11) return Ambiguous("an HTTP/1.1 request must send Host");
  return std::nullopt;
}

std::optional<Error> FoldedLineProblem(std::string_view raw_head) {
  for (auto at = raw_head.find('\n'); at != std::string_view::npos && at + 1 < raw_head.size();
       at = raw_head.find('\n', at + 1)) {
    if (raw_head[at + 1] == ' ' || raw_head[at + 1] == '\t') {
      return Ambiguous("a header line is folded onto the next (obs-fold): send each on one line");
    }
  }
  return std::nullopt;
}

}  // namespace casereview::http
