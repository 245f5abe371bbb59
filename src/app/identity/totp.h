// Time-based one-time passwords (RFC 6238): HMAC-SHA-1, 6 digits, 30-second
// steps, accepting one step of clock drift either way. Pure apart from the
// randomness of NewTotpSecret. Thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/time/instant.h"

namespace casereview::app {

// 20 random bytes, base32-encoded (RFC 4648, no padding): what authenticator apps take.
std::string NewTotpSecret();

// The code for the 30-second step containing `at`, with `digits` digits (6, or 8
// for RFC 6238's published vectors). nullopt when the secret is not base32.
std::optional<std::string> TotpCode(std::string_view base32_secret, Instant at, int digits = 6);

// The 30-second step whose code `code` is, among `at`'s step and the one
// before or after (the latest, should two match); nullopt when none is. A
// verifier must then refuse that step and every earlier one for the user, so
// that no code is accepted twice (RFC 6238 section 5.2).
std::optional<std::int64_t> MatchTotpStep(std::string_view base32_secret, std::string_view code,
                                          Instant at);

// otpauth://totp/casereview:EMAIL?secret=...&issuer=casereview&... for an app to scan.
std::string TotpUri(std::string_view base32_secret, std::string_view email);

// Base32 (RFC 4648) without padding; decoding ignores case, spaces and '='.
std::string Base32Encode(std::string_view bytes);
std::optional<std::string> Base32Decode(std::string_view text);

}  // namespace casereview::app
