#include "internal/tokens.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "internal/crypto.h"

namespace cognito_fake {
namespace internal {
namespace {

const std::string kKey = "0123456789abcdefghijklmnopqrstuv";
constexpr std::string_view kPayload = R"({"sub":"abc","token_use":"access"})";

std::string Jwt(std::uint64_t generation, const std::string& key = kKey) {
  return SignJwt(key, "kid0123456789abc", generation, kPayload);
}

std::string Signature(const std::string& token) { return token.substr(token.rfind('.') + 1); }

// `token` with one character changed, for each character but the dots.
std::vector<std::string> OneCharacterEdits(const std::string& token) {
  std::vector<std::string> edits;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '.') continue;
    std::string edited = token;
    edited[i] = edited[i] == 'A' ? 'B' : 'A';
    edits.push_back(std::move(edited));
  }
  return edits;
}

TEST(SignedJwt, HasCognitosHeaderTheClaimsAndA256ByteSignature) {
  const std::string token = Jwt(0);
  ASSERT_EQ(std::count(token.begin(), token.end(), '.'), 2);
  EXPECT_EQ(Base64UrlDecode(token.substr(0, token.find('.'))),
            std::optional<std::string>(R"({"kid":"kid0123456789abc","alg":"RS256"})"));
  EXPECT_EQ(
      Base64UrlDecode(token.substr(token.find('.') + 1, token.rfind('.') - token.find('.') - 1)),
      std::optional<std::string>(std::string(kPayload)));
  EXPECT_EQ(Signature(token).size(), 342u);
  EXPECT_EQ(Base64UrlDecode(Signature(token))->size(), 256u);
}

TEST(SignedJwt, TheSameKeyTextSignsTheSameAndAnotherKeyOtherwise) {
  EXPECT_EQ(Jwt(5, std::string(kKey)), Jwt(5));
  EXPECT_NE(Signature(Jwt(5, "0123456789abcdefghijklmnopqrstuw")), Signature(Jwt(5)));
}

TEST(SignedJwt, IsSignedUnderItsHeadersKeyIdAndOpensWhateverTheKeyIdIs) {
  const std::string token = SignJwt(kKey, "another-kid", 9, kPayload);
  EXPECT_EQ(token.substr(0, token.find('.')), EncodedJwtHeader("another-kid"));
  const auto opened = OpenJwt(kKey, token);
  ASSERT_TRUE(opened.has_value());
  EXPECT_EQ(opened->generation, 9u);
  EXPECT_NE(Signature(token), Signature(Jwt(9))) << "the header is signed too";
  EXPECT_FALSE(OpenJwt("0123456789abcdefghijklmnopqrstuw", token).has_value());
}

TEST(SignedJwt, AnOddKeyIdIsStillValidJson) {
  EXPECT_EQ(Base64UrlDecode(EncodedJwtHeader("k\"1")),
            std::optional<std::string>(R"({"kid":"k\"1","alg":"RS256"})"));
}

TEST(SignedJwt, OpeningGivesThePayloadAndTheGenerationItWasIssuedUnder) {
  for (std::uint64_t generation : {std::uint64_t{0}, std::uint64_t{3}, ~std::uint64_t{0}}) {
    const auto opened = OpenJwt(kKey, Jwt(generation));
    ASSERT_TRUE(opened.has_value()) << generation;
    EXPECT_EQ(opened->payload, kPayload);
    EXPECT_EQ(opened->generation, generation);
  }
  EXPECT_NE(Signature(Jwt(3)), Signature(Jwt(4))) << "the signature depends on the generation";
}

TEST(SignedJwt, AnotherKeyOrAnyEditedCharacterIsRefused) {
  const std::string token = Jwt(1);
  EXPECT_FALSE(OpenJwt("another key", token).has_value());
  for (const std::string& edited : OneCharacterEdits(token)) {
    EXPECT_FALSE(OpenJwt(kKey, edited).has_value()) << edited;
  }
}

TEST(SignedJwt, TheSignatureDoesNotGiveAwayWhatSigningAnotherGenerationNeeds) {
  // A forger who knows a token was issued under generation 0 knows the
  // mask over its last eight bytes, and can write generation 1 there; the
  // other 248 bytes are drawn from the generation too, so the token is
  // still refused.
  const std::string token = Jwt(0);
  std::string signature = *Base64UrlDecode(Signature(token));
  ASSERT_EQ(signature.size(), 256u);
  signature[248] = static_cast<char>(signature[248] ^ 1);  // generation 0 -> 1
  const std::string forged = token.substr(0, token.rfind('.') + 1) + Base64UrlEncode(signature);
  EXPECT_FALSE(OpenJwt(kKey, forged).has_value());
  EXPECT_NE(Signature(Jwt(1)), Base64UrlEncode(signature));
}

TEST(SignedJwt, TheSignatureDecodesToExactly256Bytes) {
  // The last character's four spare bits are clear in every signature, as
  // strict decoders want.
  for (std::uint64_t generation = 0; generation < 64; ++generation) {
    const auto bytes = Base64UrlDecode(Signature(Jwt(generation)));
    ASSERT_TRUE(bytes.has_value()) << generation;
    EXPECT_EQ(bytes->size(), 256u);
  }
}

TEST(SignedJwt, AnotherTextOfTheSamePayloadIsRefused) {
  // Padding decodes to the same JSON, which is what the signature covers:
  // only the canonical text passes.
  const std::string token = Jwt(0);
  const std::size_t second_dot = token.rfind('.');
  for (const char* padding : {"=", "==", "==="}) {
    std::string padded = token;
    padded.insert(second_dot, padding);
    EXPECT_FALSE(OpenJwt(kKey, padded).has_value()) << padding;
  }
  EXPECT_TRUE(OpenJwt(kKey, token).has_value());
}

TEST(SignedJwt, MalformedTextIsRefused) {
  for (std::string_view text : {"", ".", "..", "a.b", "a.b.c.d", "not a token"}) {
    EXPECT_FALSE(OpenJwt(kKey, text).has_value()) << text;
  }
  const std::string token = Jwt(0);
  EXPECT_FALSE(OpenJwt(kKey, token + ".extra").has_value());
  EXPECT_FALSE(OpenJwt(kKey, token.substr(0, token.size() - 1)).has_value());
}

TokenRecord SampleRecord() {
  return TokenRecord{"us-east-1_AbCdEfGhI",
                     "1example23456789abcdefghij",
                     "alice",
                     "5c2a1e6a-4a7b-4c1d-9e0f-123456789abc",
                     7,
                     Timestamp(std::chrono::duration_cast<Timestamp::duration>(
                         std::chrono::nanoseconds(1'764'000'000'123'456'789))),
                     "0f1e2d3c-4b5a-4697-8877-665544332211"};
}

// SampleRecord with a users key too long for Cognito's 480 characters:
// 128 four-byte characters.
TokenRecord LongNameRecord() {
  TokenRecord record = SampleRecord();
  record.user_key = std::string(128 * 4, 'x');
  return record;
}

// A refresh token for `record`, its random parts drawn from `seed`.
std::string RefreshTokenFor(const TokenRecord& record, std::uint64_t seed = 42) {
  Random random(seed);
  return IssueRefreshToken(kKey, record, random);
}

TEST(RefreshToken, IsShapedLikeCognitosFivePartJweAndCarriesItsRecord) {
  const std::string token = RefreshTokenFor(SampleRecord());
  ASSERT_EQ(std::count(token.begin(), token.end(), '.'), 4);
  EXPECT_EQ(token.substr(0, token.find('.')),
            "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ");
  std::vector<std::size_t> sizes;
  std::size_t start = 0;
  for (std::size_t dot = token.find('.'); start != std::string::npos;
       start = dot == std::string::npos ? dot : dot + 1, dot = token.find('.', start)) {
    sizes.push_back((dot == std::string::npos ? token.size() : dot) - start);
  }
  EXPECT_EQ(sizes, (std::vector<std::size_t>{62, 342, 22, 480, 22}));
  // Each part decodes to as many bytes as Cognito's: a 256-byte encrypted
  // key, a 16-byte IV, 360 bytes of ciphertext and a 16-byte tag.
  std::vector<std::size_t> decoded;
  for (std::size_t at = 0, i = 0; i < sizes.size(); at += sizes[i] + 1, ++i) {
    const auto bytes = Base64UrlDecode(token.substr(at, sizes[i]));
    ASSERT_TRUE(bytes.has_value()) << "part " << i;
    decoded.push_back(bytes->size());
  }
  EXPECT_EQ(decoded, (std::vector<std::size_t>{46, 256, 16, 360, 16}));
  EXPECT_EQ(
      token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."),
      std::string::npos);
  EXPECT_EQ(token.find("alice"), std::string::npos) << "the record is sealed";
  EXPECT_EQ(OpenRefreshToken(kKey, token), std::optional<TokenRecord>(SampleRecord()));
}

TEST(RefreshToken, TwoTokensForOneRecordDiffer) {
  Random random(42);
  const std::string first = IssueRefreshToken(kKey, SampleRecord(), random);
  const std::string second = IssueRefreshToken(kKey, SampleRecord(), random);
  EXPECT_NE(first, second);
  EXPECT_EQ(OpenRefreshToken(kKey, second), std::optional<TokenRecord>(SampleRecord()));
}

TEST(RefreshToken, LongNamesGrowTheCiphertext) {
  const TokenRecord record = LongNameRecord();
  const std::string token = RefreshTokenFor(record, 1);
  EXPECT_EQ(OpenRefreshToken(kKey, token), std::optional<TokenRecord>(record));
  const std::size_t tag_dot = token.rfind('.');
  const std::size_t ciphertext_dot = token.rfind('.', tag_dot - 1);
  const std::size_t ciphertext = tag_dot - ciphertext_dot - 1;
  EXPECT_GT(ciphertext, 480u) << "the record no longer fits Cognito's 480 characters";
  EXPECT_EQ(ciphertext % 4, 0u) << "whole base64 groups";
}

TEST(RefreshToken, AnotherLengthOfAnyPartIsRefused) {
  for (const TokenRecord& record : {SampleRecord(), LongNameRecord()}) {
    const std::string token = RefreshTokenFor(record);
    ASSERT_EQ(OpenRefreshToken(kKey, token), std::optional<TokenRecord>(record));
    const std::size_t tag_dot = token.rfind('.');
    const std::size_t ciphertext_dot = token.rfind('.', tag_dot - 1);
    // Four characters more or fewer in the ciphertext (whole base64 groups,
    // which decode), padding, or the long record's ciphertext cut to 480.
    // (Built by appending: g++ 12 warns, wrongly, on std::string::insert.)
    const std::string head = token.substr(0, tag_dot);
    const std::string tag = token.substr(tag_dot);
    EXPECT_FALSE(OpenRefreshToken(kKey, std::string(head).append("AAAA").append(tag)).has_value());
    EXPECT_FALSE(OpenRefreshToken(kKey, head.substr(0, head.size() - 4).append(tag)).has_value());
    EXPECT_FALSE(OpenRefreshToken(kKey, std::string(head).append("=").append(tag)).has_value());
    if (tag_dot - ciphertext_dot - 1 > 480) {
      EXPECT_FALSE(OpenRefreshToken(kKey, token.substr(0, ciphertext_dot + 1 + 480).append(tag))
                       .has_value());
    }
  }
}

TEST(RefreshToken, AnyEditedCharacterOrAnotherKeyIsRefused) {
  const std::string token = RefreshTokenFor(SampleRecord());
  EXPECT_FALSE(OpenRefreshToken("another key", token).has_value());
  for (const std::string& edited : OneCharacterEdits(token)) {
    EXPECT_FALSE(OpenRefreshToken(kKey, edited).has_value()) << edited;
  }
  for (std::string_view text : {"", "....", "not-a-token", "a.b.c.d.e.f"}) {
    EXPECT_FALSE(OpenRefreshToken(kKey, text).has_value()) << text;
  }
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
