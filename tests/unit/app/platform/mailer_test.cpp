#include "app/platform/mailer.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <fstream>
#include <sstream>

#include "support/fake_clock.h"
#include "support/temp_dir.h"

namespace casereview::app {
namespace {

std::vector<std::filesystem::path> Files(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    files.push_back(entry.path());
  }
  return files;
}

std::string Read(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class OutboxMailerTest : public ::testing::Test {
 protected:
  testing::TempDir dir_;
  testing::FakeClock clock_{*ParseInstant("2027-03-28T00:30:00.000Z")};
  OutboxMailer mailer_{dir_.path() / "outbox", "casereview@northmoor.example", clock_};
};

TEST_F(OutboxMailerTest, WritesOneWholeMessageIntoTheOutbox) {
  const std::string body = "Action 12 is due on 4 January 2027.\nNi\xC3\xB1o\n";
  ASSERT_TRUE(mailer_.Send({"lead@northmoor.example", "An action is due \xE2\x80\x93 soon", body}));
  const auto files = Files(dir_.path() / "outbox" / "new");
  ASSERT_EQ(files.size(), 1u);
  EXPECT_TRUE(Files(dir_.path() / "outbox" / "tmp").empty());
  EXPECT_EQ(std::filesystem::status(files[0]).permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  const std::string message = Read(files[0]);
  EXPECT_NE(message.find("Date: Sun, 28 Mar 2027 00:30:00 +0000\r\n"), std::string::npos);
  EXPECT_NE(message.find("From: casereview@northmoor.example\r\n"), std::string::npos);
  EXPECT_NE(message.find("To: lead@northmoor.example\r\n"), std::string::npos);
  EXPECT_NE(message.find("Subject: =?UTF-8?B?"), std::string::npos) << "a non-ASCII subject";
  EXPECT_NE(message.find("Content-Type: text/plain; charset=UTF-8\r\n"), std::string::npos);
  // The body, base64 in lines of at most 76, reads back as it was given.
  const std::string encoded = message.substr(message.find("\r\n\r\n") + 4);
  std::string joined;
  std::istringstream lines(encoded);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    EXPECT_LE(line.size(), 76u);
    joined += line;
  }
  std::string decoded(joined.size(), '\0');
  std::size_t length = 0;
  ASSERT_EQ(sodium_base642bin(reinterpret_cast<unsigned char*>(decoded.data()), decoded.size(),
                              joined.data(), joined.size(), nullptr, &length, nullptr,
                              sodium_base64_VARIANT_ORIGINAL),
            0);
  decoded.resize(length);
  EXPECT_EQ(decoded, body);
}

TEST_F(OutboxMailerTest, RefusesHeaderInjectionAndBadAddressesAndWritesNothing) {
  const struct {
    MailMessage message;
    std::string field;
  } refused[] = {
      {{"lead@northmoor.example\r\nBcc: all@elsewhere.example", "Due", "x"}, "to"},
      {{"Lead <lead@northmoor.example>", "Due", "x"}, "to"},
      {{"lead@localhost", "Due", "x"}, "to"},
      {{"lead@northmoor.example", "Due\r\nBcc: all@elsewhere.example", "x"}, "subject"},
      {{"lead@northmoor.example", "", "x"}, "subject"},
      {{"lead@northmoor.example", "Due", "caf\xE9"}, "body"},
  };
  for (const auto& [message, field] : refused) {
    auto sent = mailer_.Send(message);
    ASSERT_FALSE(sent) << message.to << " / " << message.subject;
    EXPECT_EQ(sent.error().code, ErrorCode::kInvalid);
    ASSERT_EQ(sent.error().fields.size(), 1u);
    EXPECT_EQ(sent.error().fields[0].field, field);
  }
  EXPECT_TRUE(Files(dir_.path() / "outbox" / "new").empty());
}

}  // namespace
}  // namespace casereview::app
