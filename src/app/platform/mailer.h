// The mailer port: e-mail to people (reminders of actions falling due, issue
// 19). A message names its recipient and says what is due and where to look;
// it never carries the content of a review. Sent from jobs, never from a
// request's worker.
#pragma once

#include <filesystem>
#include <string>

#include "app/platform/clock.h"
#include "core/error.h"

namespace casereview::app {

struct MailMessage {
  std::string to;       // one address
  std::string subject;  // one line
  std::string body;     // plain text, UTF-8
};

class Mailer {
 public:
  virtual ~Mailer() = default;
  // kInvalid for a message that cannot be sent as it is (a bad address, a
  // subject with a line break); kUnavailable when the mail system refuses now.
  virtual Result<void> Send(const MailMessage& message) = 0;
};

// The real mailer until SMTP comes: each message is written as one RFC 5322
// file into a Maildir-style outbox (`root/tmp`, synced, renamed into
// `root/new`), which a local mail transfer agent collects. A message is in
// `new` whole or not at all. Thread-safe.
class OutboxMailer final : public Mailer {
 public:
  OutboxMailer(std::filesystem::path root, std::string from, const Clock& clock)
      : root_(std::move(root)), from_(std::move(from)), clock_(clock) {}
  Result<void> Send(const MailMessage& message) override;

 private:
  std::filesystem::path root_;
  std::string from_;
  const Clock& clock_;
};

// Whether `address` is a plain mailbox: local@domain, printable ASCII, no
// spaces, angle brackets, quotes or line breaks, at most 254 characters.
bool IsMailAddress(std::string_view address);

}  // namespace casereview::app
