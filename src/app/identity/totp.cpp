#include "app/identity/totp.h"

#include <fmt/format.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <array>

namespace casereview::app {
namespace {

constexpr std::string_view kBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::int64_t kStepSeconds = 30;

std::int64_t StepOf(Instant at) {
  return std::chrono::floor<std::chrono::seconds>(at).time_since_epoch().count() / kStepSeconds;
}

std::optional<std::string> CodeForStep(std::string_view base32_secret, std::int64_t step,
                                       int digits) {
  const auto key = Base32Decode(base32_secret);
  if (!key || key->empty() || step < 0) return std::nullopt;
  std::array<unsigned char, 8> counter{};
  for (int i = 7; i >= 0; --i) {
    counter[static_cast<std::size_t>(i)] = static_cast<unsigned char>(step & 0xff);
    step >>= 8;
  }
  std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
  unsigned int mac_length = 0;
  if (HMAC(EVP_sha1(), key->data(), static_cast<int>(key->size()), counter.data(), counter.size(),
           mac.data(), &mac_length) == nullptr ||
      mac_length < 20) {
    return std::nullopt;
  }
  // RFC 4226 dynamic truncation.
  const unsigned offset = mac[mac_length - 1] & 0x0f;
  const std::uint32_t binary = (static_cast<std::uint32_t>(mac[offset] & 0x7f) << 24) |
                               (static_cast<std::uint32_t>(mac[offset + 1]) << 16) |
                               (static_cast<std::uint32_t>(mac[offset + 2]) << 8) |
                               static_cast<std::uint32_t>(mac[offset + 3]);
  std::uint32_t modulus = 1;
  for (int i = 0; i < digits; ++i) modulus *= 10;
  return fmt::format("{:0{}}", binary % modulus, digits);
}

}  // namespace

std::string Base32Encode(std::string_view bytes) {
  std::string text;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (const char c : bytes) {
    buffer = (buffer << 8) | static_cast<unsigned char>(c);
    bits += 8;
    while (bits >= 5) {
      text.push_back(kBase32[(buffer >> (bits - 5)) & 0x1f]);
      bits -= 5;
    }
  }
  if (bits > 0) text.push_back(kBase32[(buffer << (5 - bits)) & 0x1f]);
  return text;
}

std::optional<std::string> Base32Decode(std::string_view text) {
  std::string bytes;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    if (c == ' ' || c == '=') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    const auto value = kBase32.find(c);
    if (value == std::string_view::npos) return std::nullopt;
    buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
    bits += 5;
    if (bits >= 8) {
      bytes.push_back(static_cast<char>((buffer >> (bits - 8)) & 0xff));
      bits -= 8;
    }
  }
  return bytes;
}

std::string NewTotpSecret() {
  std::array<unsigned char, 20> secret{};
  randombytes_buf(secret.data(), secret.size());
  return Base32Encode(
      std::string_view(reinterpret_cast<const char*>(secret.data()), secret.size()));
}

std::optional<std::string> TotpCode(std::string_view base32_secret, Instant at, int digits) {
  return CodeForStep(base32_secret, StepOf(at), digits);
}

std::optional<std::int64_t> MatchTotpStep(std::string_view base32_secret, std::string_view code,
                                          Instant at) {
  if (code.size() != 6) return std::nullopt;
  std::optional<std::int64_t> matched;
  for (const std::int64_t drift : {-1, 0, 1}) {
    const std::int64_t step = StepOf(at) + drift;
    const auto expected = CodeForStep(base32_secret, step, 6);
    // Compare every candidate in constant time, whatever matched before.
    if (expected && sodium_memcmp(expected->data(), code.data(), 6) == 0) matched = step;
  }
  return matched;
}

std::string TotpUri(std::string_view base32_secret, std::string_view email) {
  std::string label;
  for (const char c : email) {
    if (c == '@') {
      label += "%40";
    } else {
      label.push_back(c);
    }
  }
  return fmt::format(
      "otpauth://totp/casereview:{}?secret={}&issuer=casereview&algorithm=SHA1&digits=6&period=30",
      label, base32_secret);
}

}  // namespace casereview::app
