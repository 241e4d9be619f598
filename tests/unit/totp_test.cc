#include "internal/totp.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>

namespace cognito_fake {
namespace internal {
namespace {

// RFC 6238 Appendix B's SHA-1 key.
constexpr char kRfcSecret[] = "12345678901234567890";
constexpr std::int64_t kNeverAccepted = std::numeric_limits<std::int64_t>::min();

// The bytes 0, 1, ..., 31.
std::string Bytes0To31() {
  std::string bytes;
  for (int i = 0; i < 32; ++i) bytes += static_cast<char>(i);
  return bytes;
}

// The first second of a 30-second step.
std::int64_t StartOf(std::int64_t step) { return step * 30; }

TEST(TotpCode, MatchesTheRfc6238Sha1VectorsWithEightDigits) {
  const std::pair<std::int64_t, const char*> kVectors[] = {
      {59, "94287082"},         {1111111109, "07081804"}, {1111111111, "14050471"},
      {1234567890, "89005924"}, {2000000000, "69279037"}, {20000000000, "65353130"},
  };
  for (const auto& [time, code] : kVectors) EXPECT_EQ(TotpCode(kRfcSecret, time, 8), code) << time;
}

TEST(TotpCode, GivesTheLastSixOfThoseDigitsWithSix) {
  EXPECT_EQ(TotpCode(kRfcSecret, 59), "287082");
  EXPECT_EQ(TotpCode(kRfcSecret, 1111111109), "081804") << "the leading zero is kept";
  EXPECT_EQ(TotpCode(kRfcSecret, 2000000000, 6, 30), "279037");
}

TEST(TotpCode, MatchesAnAuthenticatorAppsCodesForA32ByteSecret) {
  const std::optional<std::string> secret =
      Base32Decode("AAAQEAYEAUDAOCAJBIFQYDIOB4IBCEQTCQKRMFYYDENBWHA5DYPQ");
  ASSERT_EQ(secret, Bytes0To31());
  EXPECT_EQ(TotpCode(*secret, 1767225570), "846654");
  EXPECT_EQ(TotpCode(*secret, 1767225600), "985336");
  EXPECT_EQ(TotpCode(*secret, 1767225630), "990525");
}

TEST(TotpCode, IsTheSameThroughoutAStep) {
  EXPECT_EQ(TotpCode(kRfcSecret, 1767225600), TotpCode(kRfcSecret, 1767225629));
  EXPECT_NE(TotpCode(kRfcSecret, 1767225629), TotpCode(kRfcSecret, 1767225630));
  EXPECT_EQ(TotpCode(kRfcSecret, 120, 8, 60), TotpCode(kRfcSecret, 60, 8, 30))
      << "step 2 of 60 seconds is step 2 of 30";
}

TEST(TotpStep, RoundsDownForPositiveAndNegativeTimes) {
  EXPECT_EQ(TotpStep(0), 0);
  EXPECT_EQ(TotpStep(29), 0);
  EXPECT_EQ(TotpStep(30), 1);
  EXPECT_EQ(TotpStep(59), 1);
  EXPECT_EQ(TotpStep(-1), -1);
  EXPECT_EQ(TotpStep(-29), -1);
  EXPECT_EQ(TotpStep(-30), -1);
  EXPECT_EQ(TotpStep(-31), -2);
  EXPECT_EQ(TotpStep(-60), -2);
  EXPECT_EQ(TotpStep(-61, 60), -2);
  EXPECT_EQ(TotpStep(1767225570), 58907519);
  EXPECT_EQ(TotpStep(std::numeric_limits<std::int64_t>::min(), 1),
            std::numeric_limits<std::int64_t>::min());
}

TEST(Base32, EncodesTheRfc4648Vectors) {
  const std::pair<const char*, const char*> kVectors[] = {
      {"", ""},
      {"f", "MY"},
      {"fo", "MZXQ"},
      {"foo", "MZXW6"},
      {"foob", "MZXW6YQ"},
      {"fooba", "MZXW6YTB"},
      {"foobar", "MZXW6YTBOI"},
  };
  for (const auto& [bytes, encoded] : kVectors) {
    EXPECT_EQ(Base32Encode(bytes), encoded) << bytes;
    EXPECT_EQ(Base32Decode(encoded), std::optional<std::string>(bytes)) << encoded;
  }
  EXPECT_EQ(Base32Encode(Bytes0To31()), "AAAQEAYEAUDAOCAJBIFQYDIOB4IBCEQTCQKRMFYYDENBWHA5DYPQ");
  EXPECT_EQ(Base32Encode("\xff\xff\xff\xff\xff"), "77777777");
}

TEST(Base32, RandomBytesOfEveryLengthRoundTrip) {
  std::string bytes;
  std::uint64_t state = 1;
  for (std::size_t length = 0; length <= 40; ++length) {
    const std::string text = Base32Encode(bytes);
    EXPECT_EQ(text.size(), (length * 8 + 4) / 5) << length;
    EXPECT_EQ(text.find('='), std::string::npos) << length;
    EXPECT_EQ(Base32Decode(text), bytes) << length;
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    bytes += static_cast<char>(state >> 56);
  }
}

TEST(Base32, DecodesLowerCasePaddingAndSpaces) {
  EXPECT_EQ(Base32Decode("mzxw6ytboi"), std::optional<std::string>("foobar"));
  EXPECT_EQ(Base32Decode("MzXw6YtBoI"), std::optional<std::string>("foobar"));
  EXPECT_EQ(Base32Decode("MY======"), std::optional<std::string>("f"));
  EXPECT_EQ(Base32Decode("MZXW6YQ="), std::optional<std::string>("foob"));
  EXPECT_EQ(Base32Decode("MZXW6YTBOI======"), std::optional<std::string>("foobar"));
  EXPECT_EQ(Base32Decode("mzxw 6ytb oi"), std::optional<std::string>("foobar"))
      << "as apps show secrets in groups of four";
  EXPECT_EQ(Base32Decode(" MZXQ = = "), std::optional<std::string>("fo"));
  EXPECT_EQ(Base32Decode("========"), std::optional<std::string>(""));
}

TEST(Base32, RefusesCharactersOutsideTheAlphabet) {
  EXPECT_EQ(Base32Decode("1"), std::nullopt);
  EXPECT_EQ(Base32Decode("0"), std::nullopt);
  EXPECT_EQ(Base32Decode("8"), std::nullopt);
  EXPECT_EQ(Base32Decode("MZXW6!"), std::nullopt);
  EXPECT_EQ(Base32Decode("MZXW1YQ"), std::nullopt);
  EXPECT_EQ(Base32Decode("MZXW8YQ"), std::nullopt);
  EXPECT_EQ(Base32Decode("MZ+W6YQ"), std::nullopt);
  EXPECT_EQ(Base32Decode("MZXW\t6YQ"), std::nullopt) << "spaces only, not other white space";
  EXPECT_EQ(Base32Decode("MY==MZXQ"), std::nullopt) << "nothing after the padding";
  EXPECT_EQ(Base32Decode(std::string("MZ\0Q", 4)), std::nullopt);
}

TEST(Base32, RefusesLengthsThatNoBytesEncodeTo) {
  EXPECT_EQ(Base32Decode("M"), std::nullopt);
  EXPECT_EQ(Base32Decode("MZX"), std::nullopt);
  EXPECT_EQ(Base32Decode("MZXW6Y"), std::nullopt);
  EXPECT_EQ(Base32Decode("MZXW6YTBO"), std::nullopt);
  EXPECT_EQ(Base32Decode("M======="), std::nullopt) << "padding does not make up a length";
  EXPECT_EQ(Base32Decode("MZXW6YTBOIA"), std::nullopt);
}

TEST(MatchTotp, AcceptsThePreviousCurrentAndNextStep) {
  const std::int64_t now = TotpStep(1767225615);
  for (std::int64_t step : {now - 1, now, now + 1}) {
    EXPECT_EQ(
        MatchTotp(kRfcSecret, TotpCode(kRfcSecret, StartOf(step)), 1767225615, kNeverAccepted),
        step)
        << step - now;
  }
}

TEST(MatchTotp, RefusesCodesTwoStepsAway) {
  const std::int64_t now = TotpStep(1767225615);
  for (std::int64_t step : {now - 2, now + 2}) {
    const std::string code = TotpCode(kRfcSecret, StartOf(step));
    for (std::int64_t near = now - 1; near <= now + 1; ++near)
      ASSERT_NE(TotpCode(kRfcSecret, StartOf(near)), code) << "the test needs distinct codes";
    EXPECT_EQ(MatchTotp(kRfcSecret, code, 1767225615, kNeverAccepted), std::nullopt) << step - now;
  }
}

TEST(MatchTotp, RefusesAStepAlreadyAcceptedOrEarlier) {
  const std::int64_t now = TotpStep(1767225615);
  const std::string current = TotpCode(kRfcSecret, 1767225615);
  const std::string previous = TotpCode(kRfcSecret, StartOf(now - 1));
  const std::string next = TotpCode(kRfcSecret, StartOf(now + 1));
  EXPECT_EQ(MatchTotp(kRfcSecret, current, 1767225615, now - 1), now);
  EXPECT_EQ(MatchTotp(kRfcSecret, current, 1767225615, now), std::nullopt) << "reuse";
  EXPECT_EQ(MatchTotp(kRfcSecret, previous, 1767225615, now - 1), std::nullopt);
  EXPECT_EQ(MatchTotp(kRfcSecret, previous, 1767225615, now), std::nullopt)
      << "an earlier step after a later one";
  EXPECT_EQ(MatchTotp(kRfcSecret, next, 1767225615, now), now + 1);
  EXPECT_EQ(MatchTotp(kRfcSecret, next, 1767225615, now + 1), std::nullopt);
}

TEST(MatchTotp, PrefersTheExactStepThenThePreviousOne) {
  // Found by search: steps 59061240 and 59061241 of the RFC key share a
  // code, and so do steps 61331809 and 61331811 (but not 61331810).
  const std::string shared = "963181";
  ASSERT_EQ(TotpCode(kRfcSecret, StartOf(59061240)), shared);
  ASSERT_EQ(TotpCode(kRfcSecret, StartOf(59061241)), shared);
  EXPECT_EQ(MatchTotp(kRfcSecret, shared, StartOf(59061241), kNeverAccepted), 59061241)
      << "now over the previous step";
  EXPECT_EQ(MatchTotp(kRfcSecret, shared, StartOf(59061240), kNeverAccepted), 59061240)
      << "now over the next step";
  EXPECT_EQ(MatchTotp(kRfcSecret, shared, StartOf(59061240), 59061240), 59061241)
      << "the next step when now was accepted";

  const std::string gap = "768734";
  ASSERT_EQ(TotpCode(kRfcSecret, StartOf(61331809)), gap);
  ASSERT_NE(TotpCode(kRfcSecret, StartOf(61331810)), gap);
  ASSERT_EQ(TotpCode(kRfcSecret, StartOf(61331811)), gap);
  EXPECT_EQ(MatchTotp(kRfcSecret, gap, StartOf(61331810), kNeverAccepted), 61331809)
      << "the previous step over the next";
  EXPECT_EQ(MatchTotp(kRfcSecret, gap, StartOf(61331810), 61331809), 61331811);
}

TEST(MatchTotp, RefusesCodesThatAreNotSixDigits) {
  const std::string code = TotpCode(kRfcSecret, 1767225615);
  ASSERT_EQ(MatchTotp(kRfcSecret, code, 1767225615, kNeverAccepted), TotpStep(1767225615));
  EXPECT_EQ(MatchTotp(kRfcSecret, "", 1767225615, kNeverAccepted), std::nullopt);
  EXPECT_EQ(MatchTotp(kRfcSecret, code.substr(1), 1767225615, kNeverAccepted), std::nullopt);
  EXPECT_EQ(MatchTotp(kRfcSecret, code + "0", 1767225615, kNeverAccepted), std::nullopt);
  EXPECT_EQ(MatchTotp(kRfcSecret, "0" + code, 1767225615, kNeverAccepted), std::nullopt);
  EXPECT_EQ(MatchTotp(kRfcSecret, " " + code.substr(1), 1767225615, kNeverAccepted), std::nullopt);
  EXPECT_EQ(MatchTotp(kRfcSecret, code.substr(0, 5) + "a", 1767225615, kNeverAccepted),
            std::nullopt);
  EXPECT_EQ(MatchTotp(kRfcSecret, TotpCode(kRfcSecret, 1767225615, 8), 1767225615, kNeverAccepted),
            std::nullopt)
      << "the 8-digit code of the step";
  EXPECT_EQ(MatchTotp(kRfcSecret, "-12345", 1767225615, kNeverAccepted), std::nullopt);
}

TEST(MatchTotp, UsesTheSecretsBytes) {
  const std::string code = TotpCode(Bytes0To31(), 1767225570);
  EXPECT_EQ(MatchTotp(Bytes0To31(), code, 1767225570, kNeverAccepted), TotpStep(1767225570));
  EXPECT_EQ(MatchTotp(kRfcSecret, code, 1767225570, kNeverAccepted), std::nullopt);
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
