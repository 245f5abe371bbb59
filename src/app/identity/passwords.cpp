#include "app/identity/passwords.h"

#include <fmt/format.h>
#include <sodium.h>

#include <array>
#include <mutex>

namespace casereview::app {
namespace {

constexpr std::size_t kMaximumPasswordLength = 256;

// A hash of a random password, made once, checked against for unknown accounts.
const std::string& DecoyHash(const PasswordCost& cost) {
  static std::once_flag once;
  static std::string decoy;
  std::call_once(once, [&cost] {
    auto hash = HashPassword(GenerateOneTimePassword(), cost);
    decoy = hash ? *hash : std::string();
  });
  return decoy;
}

}  // namespace

PasswordCost PasswordCost::Interactive() {
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordCost PasswordCost::Minimum() {
  return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Result<std::string> HashPassword(std::string_view password, const PasswordCost& cost) {
  std::array<char, crypto_pwhash_STRBYTES> hash{};
  if (crypto_pwhash_str(hash.data(), password.data(), password.size(), cost.ops,
                        cost.memory_bytes) != 0) {
    return Fail(ErrorCode::kUnavailable, "not enough memory to hash the password");
  }
  return std::string(hash.data());
}

PasswordCheck CheckPassword(std::string_view hash, std::string_view password,
                            const PasswordCost& cost) {
  PasswordCheck check;
  const std::string stored(hash);
  check.matches = crypto_pwhash_str_verify(stored.c_str(), password.data(), password.size()) == 0;
  if (check.matches) {
    check.needs_rehash =
        crypto_pwhash_str_needs_rehash(stored.c_str(), cost.ops, cost.memory_bytes) != 0;
  }
  return check;
}

void SpendPasswordCheckTime(std::string_view password, const PasswordCost& cost) {
  (void)CheckPassword(DecoyHash(cost), password, cost);
}

std::string GenerateOneTimePassword() {
  // No 0/O, 1/l/I: the password is read off a screen and typed.
  constexpr std::string_view kAlphabet = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::string password;
  for (int i = 0; i < 20; ++i) {
    password.push_back(
        kAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kAlphabet.size()))]);
  }
  return password;
}

Result<void> CheckPasswordStrength(std::string_view password) {
  if (password.size() < kMinimumPasswordLength || password.size() > kMaximumPasswordLength) {
    return std::unexpected(
        Error{ErrorCode::kInvalid,
              "the password is not acceptable",
              {{"password", fmt::format("must be {} to {} characters long", kMinimumPasswordLength,
                                        kMaximumPasswordLength)}}});
  }
  return {};
}

}  // namespace casereview::app
