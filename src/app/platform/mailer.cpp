#include "app/platform/mailer.h"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>

#include "core/records/text.h"

namespace casereview::app {
namespace {

constexpr std::size_t kMaxAddress = 254;
constexpr std::size_t kMaxSubject = 200;
constexpr std::size_t kLineLength = 76;  // RFC 2045 §6.8

std::string Base64(std::string_view bytes) {
  std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7F;
  });
}

// A subject line: as it is when plain ASCII, else RFC 2047 encoded words.
std::string SubjectHeader(std::string_view subject) {
  if (IsAscii(subject)) return std::string(subject);
  return fmt::format("=?UTF-8?B?{}?=", Base64(subject));
}

std::string Wrapped(const std::string& text) {
  std::string out;
  for (std::size_t at = 0; at < text.size(); at += kLineLength) {
    out += text.substr(at, kLineLength);
    out += "\r\n";
  }
  return out;
}

Result<void> WriteWhole(const std::filesystem::path& path, std::string_view bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return Fail(ErrorCode::kUnavailable, "the outbox cannot be written");
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t wrote = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) {
      ::close(fd);
      return Fail(ErrorCode::kUnavailable, "the outbox is full or refuses writes");
    }
    done += static_cast<std::size_t>(wrote);
  }
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!synced) return Fail(ErrorCode::kUnavailable, "the outbox cannot be synced");
  return {};
}

}  // namespace

bool IsMailAddress(std::string_view address) {
  if (address.empty() || address.size() > kMaxAddress) return false;
  const auto at = address.find('@');
  if (at == 0 || at == std::string_view::npos || at + 1 >= address.size() ||
      address.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  const std::string_view domain = address.substr(at + 1);
  if (domain.front() == '.' || domain.back() == '.' || domain.find('.') == std::string_view::npos) {
    return false;
  }
  return std::all_of(address.begin(), address.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7F && c != '<' && c != '>' && c != '"' && c != '(' && c != ')' &&
           c != ',' && c != ';' && c != ':' && c != '\\' && c != '[' && c != ']';
  });
}

Result<void> OutboxMailer::Send(const MailMessage& message) {
  if (!IsMailAddress(message.to))
    return Invalid("the message cannot be sent", "to", "is not an e-mail address");
  if (message.subject.empty() || message.subject.size() > kMaxSubject || !IsUtf8(message.subject) ||
      message.subject.find_first_of("\r\n") != std::string::npos) {
    return Invalid("the message cannot be sent", "subject",
                   "must be one line of at most 200 bytes");
  }
  if (!IsUtf8(message.body))
    return Invalid("the message cannot be sent", "body", "is not UTF-8 text");
  const auto now = std::chrono::floor<std::chrono::seconds>(clock_.Now());
  unsigned char random[12];
  randombytes_buf(random, sizeof random);
  std::string unique;
  for (const unsigned char byte : random) unique += fmt::format("{:02x}", byte);
  const std::string name = fmt::format("{}.{}.casereview", now.time_since_epoch().count(), unique);
  const std::string domain = from_.substr(from_.find('@') + 1);
  const std::string text = fmt::format(
      "Date: {:%a, %d %b %Y %H:%M:%S} +0000\r\nFrom: {}\r\nTo: {}\r\nSubject: {}\r\n"
      "Message-ID: <{}@{}>\r\nMIME-Version: 1.0\r\n"
      "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{}",
      now, from_, message.to, SubjectHeader(message.subject), unique, domain,
      Wrapped(Base64(message.body)));
  std::error_code error;
  std::filesystem::create_directories(root_ / "tmp", error);
  std::filesystem::create_directories(root_ / "new", error);
  if (error) return Fail(ErrorCode::kUnavailable, "the outbox cannot be made");
  const auto staged = root_ / "tmp" / name;
  if (auto written = WriteWhole(staged, text); !written) {
    std::filesystem::remove(staged, error);
    return written;
  }
  std::filesystem::rename(staged, root_ / "new" / name, error);
  if (error) {
    std::filesystem::remove(staged, error);
    return Fail(ErrorCode::kUnavailable, "the message cannot be put in the outbox");
  }
  return {};
}

}  // namespace casereview::app
