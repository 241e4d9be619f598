#include "internal/tokens.h"

#include "internal/crypto.h"
#include "internal/json_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace cognito_fake {
namespace internal {
namespace {

constexpr std::string_view kKey = "0123456789abcdefghijklmnopqrstuv";
constexpr std::string_view kPayload = R"({"sub":"abc","token_use":"access"})";

std::string Jwt(std::uint64_t generation, std::string_view key = kKey) {
  std::string token;
  AppendSignedJwt(key, EncodedJwtHeader("kid0123456789abc"), generation, kPayload, token);
  return token;
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
  EXPECT_EQ(Base64UrlDecode(token.substr(token.find('.') + 1, token.rfind('.') - token.find('.') - 1)),
            std::optional<std::string>(std::string(kPayload)));
  EXPECT_EQ(Signature(token).size(), 342u);
  EXPECT_EQ(Base64UrlDecode(Signature(token))->size(), 256u);
}

TEST(SignedJwt, AnOddKeyIdIsStillValidJson) {
  EXPECT_EQ(Base64UrlDecode(EncodedJwtHeader("k\"1")), std::optional<std::string>(R"({"kid":"k\"1","alg":"RS256"})"));
}

TEST(SignedJwt, OpeningGivesThePayloadAndTheGenerationItWasIssuedUnder) {
  for (std::uint64_t generation : {std::uint64_t{0}, std::uint64_t{3}, ~std::uint64_t{0}}) {
    const auto opened = OpenJwt(kKey, Jwt(generation));
    ASSERT_TRUE(opened.has_value()) << generation;
    EXPECT_EQ(opened->payload, kPayload);
    EXPECT_EQ(opened->generation, generation);
  }
  EXPECT_NE(Signature(Jwt(3)), Signature(Jwt(4))) << "the signature depends on the generation";
  EXPECT_EQ(Jwt(3), Jwt(3)) << "and on nothing random";
}

TEST(SignedJwt, AnotherKeyOrAnyEditedCharacterIsRefused) {
  const std::string token = Jwt(1);
  EXPECT_FALSE(OpenJwt("another key", token).has_value());
  for (const std::string& edited : OneCharacterEdits(token)) {
    EXPECT_FALSE(OpenJwt(kKey, edited).has_value()) << edited;
  }
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
                     Timestamp(std::chrono::nanoseconds(1'764'000'000'123'456'789)),
                     "0f1e2d3c-4b5a-4697-8877-665544332211"};
}

TEST(RefreshToken, IsShapedLikeCognitosFivePartJweAndCarriesItsRecord) {
  Random random(42);
  std::string token;
  AppendRefreshToken(kKey, SampleRecord(), random, token);
  ASSERT_EQ(std::count(token.begin(), token.end(), '.'), 4);
  EXPECT_EQ(token.substr(0, token.find('.')), "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ");
  std::vector<std::size_t> sizes;
  std::size_t start = 0;
  for (std::size_t dot = token.find('.'); start != std::string::npos;
       start = dot == std::string::npos ? dot : dot + 1, dot = token.find('.', start)) {
    sizes.push_back((dot == std::string::npos ? token.size() : dot) - start);
  }
  EXPECT_EQ(sizes, (std::vector<std::size_t>{62, 342, 22, 480, 22}));
  EXPECT_EQ(token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."),
            std::string::npos);
  EXPECT_EQ(token.find("alice"), std::string::npos) << "the record is masked";
  EXPECT_EQ(OpenRefreshToken(kKey, token), std::optional<TokenRecord>(SampleRecord()));
}

TEST(RefreshToken, TwoTokensForOneRecordDiffer) {
  Random random(42);
  std::string first, second;
  AppendRefreshToken(kKey, SampleRecord(), random, first);
  AppendRefreshToken(kKey, SampleRecord(), random, second);
  EXPECT_NE(first, second);
  EXPECT_EQ(OpenRefreshToken(kKey, second), std::optional<TokenRecord>(SampleRecord()));
}

TEST(RefreshToken, LongNamesGrowTheCiphertext) {
  TokenRecord record = SampleRecord();
  record.user_key = std::string(128 * 4, 'x');  // 128 four-byte characters
  Random random(1);
  std::string token;
  AppendRefreshToken(kKey, record, random, token);
  EXPECT_EQ(OpenRefreshToken(kKey, token), std::optional<TokenRecord>(record));
}

TEST(RefreshToken, AnyEditedCharacterOrAnotherKeyIsRefused) {
  Random random(42);
  std::string token;
  AppendRefreshToken(kKey, SampleRecord(), random, token);
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
