// Password hashing with Argon2id (libsodium crypto_pwhash_str). Each call costs
// tens of milliseconds and tens of MiB by design: call only from the hashing
// worker pool, never from an I/O thread. Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"

namespace casereview::app {

// The work factors. The defaults are libsodium's "interactive" limits; tests
// may use cheaper ones. Raising them makes old hashes rehash on next sign-in.
struct PasswordCost {
  unsigned long long ops;
  std::size_t memory_bytes;
  static PasswordCost Interactive();
  static PasswordCost Minimum();  // for tests only
};

// Minimum length of a password a person chooses (NCSC: length over complexity).
inline constexpr std::size_t kMinimumPasswordLength = 12;

Result<std::string> HashPassword(std::string_view password, const PasswordCost& cost);

struct PasswordCheck {
  bool matches = false;
  bool needs_rehash = false;  // matches, but was hashed with other limits
};
PasswordCheck CheckPassword(std::string_view hash, std::string_view password,
                            const PasswordCost& cost);

// Spends the time a check would, for an account that does not exist, so that
// timing does not reveal which emails are registered.
void SpendPasswordCheckTime(std::string_view password, const PasswordCost& cost);

// A random one-time password of 20 characters from an unambiguous alphabet.
std::string GenerateOneTimePassword();

// kInvalid naming "password" when a chosen password is too short or too long.
Result<void> CheckPasswordStrength(std::string_view password);

}  // namespace casereview::app
