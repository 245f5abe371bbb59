// RFC 6238 appendix B's published test vectors (SHA-1, 8 digits), and the
// 6-digit, one-step-of-drift behaviour sign-in relies on.
#include "app/identity/totp.h"

#include <gtest/gtest.h>

namespace casereview::app {
namespace {

Instant At(std::int64_t seconds) { return Instant{std::chrono::seconds(seconds)}; }

// The RFC's SHA-1 key is the ASCII string "12345678901234567890".
const std::string kRfcSecret = Base32Encode("12345678901234567890");

TEST(Totp, MatchesRfc6238Sha1Vectors) {
  EXPECT_EQ(TotpCode(kRfcSecret, At(59), 8), "94287082");
  EXPECT_EQ(TotpCode(kRfcSecret, At(1111111109), 8), "07081804");
  EXPECT_EQ(TotpCode(kRfcSecret, At(1111111111), 8), "14050471");
  EXPECT_EQ(TotpCode(kRfcSecret, At(1234567890), 8), "89005924");
  EXPECT_EQ(TotpCode(kRfcSecret, At(2000000000), 8), "69279037");
  EXPECT_EQ(TotpCode(kRfcSecret, At(20000000000), 8), "65353130");
}

TEST(Totp, SixDigitsAreTheLastSixOfTheVector) {
  EXPECT_EQ(TotpCode(kRfcSecret, At(59)), "287082");
  EXPECT_EQ(TotpCode(kRfcSecret, At(1111111109)), "081804");
}

TEST(Totp, AcceptsOneStepOfDriftEitherWayAndNoMore) {
  const std::string code = *TotpCode(kRfcSecret, At(1111111109));
  const std::int64_t step = 1111111109 / 30;
  EXPECT_EQ(MatchTotpStep(kRfcSecret, code, At(1111111109)), step);
  EXPECT_EQ(MatchTotpStep(kRfcSecret, code, At(1111111109 + 30)), step);
  EXPECT_EQ(MatchTotpStep(kRfcSecret, code, At(1111111109 - 30)), step);
  EXPECT_FALSE(MatchTotpStep(kRfcSecret, code, At(1111111109 + 60)));
  EXPECT_FALSE(MatchTotpStep(kRfcSecret, code, At(1111111109 - 60)));
  EXPECT_FALSE(MatchTotpStep(kRfcSecret, "12345", At(1111111109)));
  EXPECT_FALSE(MatchTotpStep(kRfcSecret, "", At(1111111109)));
}

TEST(Totp, Base32RoundTripsAndRejectsForeignCharacters) {
  EXPECT_EQ(Base32Encode("foobar"), "MZXW6YTBOI");
  EXPECT_EQ(Base32Decode("MZXW6YTBOI"), "foobar");
  EXPECT_EQ(Base32Decode("mzxw 6ytb oi=="), "foobar");
  EXPECT_FALSE(Base32Decode("MZXW1").has_value());
  EXPECT_FALSE(TotpCode("not base32!", At(59)).has_value());
}

TEST(Totp, NewSecretsAre160BitsAndDiffer) {
  const std::string a = NewTotpSecret();
  EXPECT_EQ(Base32Decode(a)->size(), 20u);
  EXPECT_NE(a, NewTotpSecret());
}

TEST(Totp, UriNamesTheAccountAndParameters) {
  EXPECT_EQ(TotpUri("ABC", "lead@example.invalid"),
            "otpauth://totp/casereview:lead%40example.invalid?secret=ABC&issuer=casereview&"
            "algorithm=SHA1&digits=6&period=30");
}

}  // namespace
}  // namespace casereview::app
