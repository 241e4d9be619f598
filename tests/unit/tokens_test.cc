#include "internal/tokens.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "internal/crypto.h"

namespace cognito_fake {
namespace internal {
namespace {

const std::string kKey = "0123456789abcdefghijklmnopqrstuv";
constexpr std::string_view kPayload = R"({"sub":"abc","token_use":"access"})";

PoolKey Key(std::size_t built_in, std::string key_id = "kid-of-the-test") {
  return PoolKey{SigningKey::BuiltIn(built_in), std::move(key_id)};
}

std::string Jwt(const PoolKey& key = Key(0)) { return SignJwt(key, kPayload); }

std::string Signature(const std::string& token) { return token.substr(token.rfind('.') + 1); }
std::string SigningInput(const std::string& token) { return token.substr(0, token.rfind('.')); }

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

TEST(SignedJwt, HasCognitosHeaderThePayloadAndA256ByteSignature) {
  const std::string token = Jwt();
  ASSERT_EQ(std::count(token.begin(), token.end(), '.'), 2);
  EXPECT_EQ(Base64UrlDecode(token.substr(0, token.find('.'))),
            std::optional<std::string>(R"({"kid":"kid-of-the-test","alg":"RS256"})"));
  EXPECT_EQ(
      Base64UrlDecode(token.substr(token.find('.') + 1, token.rfind('.') - token.find('.') - 1)),
      std::optional<std::string>(std::string(kPayload)));
  EXPECT_EQ(Signature(token).size(), 342u);
  EXPECT_EQ(Base64UrlDecode(Signature(token))->size(), 256u);
}

TEST(SignedJwt, IsAnRs256SignatureOfTheHeaderAndPayloadWithTheKey) {
  const std::string token = Jwt();
  EXPECT_TRUE(Key(0).key->Verifies(SigningInput(token), *Base64UrlDecode(Signature(token))));
  EXPECT_FALSE(Key(1).key->Verifies(SigningInput(token), *Base64UrlDecode(Signature(token))));
  EXPECT_EQ(Jwt(), token) << "RSASSA-PKCS1-v1_5 is deterministic";
}

TEST(SignedJwt, VerifyingGivesThePayload) {
  EXPECT_EQ(VerifyJwt(Key(0), Jwt()), std::optional<std::string>(std::string(kPayload)));
  EXPECT_EQ(UnverifiedPayload(Jwt()), std::optional<std::string>(std::string(kPayload)));
}

TEST(SignedJwt, AnotherKeyOrAnotherKeyIdIsRefused) {
  EXPECT_FALSE(VerifyJwt(Key(1), Jwt()).has_value());
  EXPECT_FALSE(VerifyJwt(Key(0, "another-kid"), Jwt()).has_value());
  EXPECT_FALSE(VerifyJwt(Key(0), Jwt(Key(0, "another-kid"))).has_value());
}

TEST(SignedJwt, AnyEditedCharacterIsRefused) {
  const std::string token = Jwt();
  for (const std::string& edited : OneCharacterEdits(token)) {
    EXPECT_FALSE(VerifyJwt(Key(0), edited).has_value()) << edited;
  }
}

TEST(SignedJwt, AlgNoneIsRefused) {
  const std::string header = Base64UrlEncode(R"({"kid":"kid-of-the-test","alg":"none"})");
  const std::string body = Base64UrlEncode(kPayload);
  EXPECT_FALSE(VerifyJwt(Key(0), header + "." + body + ".").has_value());
  // The same header with the RS256 signature of the genuine token.
  EXPECT_FALSE(VerifyJwt(Key(0), header + "." + body + "." + Signature(Jwt())).has_value());
}

TEST(SignedJwt, Hs256KeyedWithThePublicKeyIsRefused) {
  // The classic confusion: an HMAC keyed with the public key, which a
  // verifier that trusts the header's `alg` would check with the same key.
  const std::string header = Base64UrlEncode(R"({"kid":"kid-of-the-test","alg":"HS256"})");
  const std::string input = header + "." + Base64UrlEncode(kPayload);
  const std::string mac = DigestBytes(HmacSha256(Key(0).key->Modulus(), input));
  EXPECT_FALSE(VerifyJwt(Key(0), input + "." + Base64UrlEncode(mac)).has_value());
}

TEST(SignedJwt, AnotherTextOfTheSamePayloadIsRefused) {
  // Padding decodes to the same JSON: only the canonical text passes.
  const std::string token = Jwt();
  const std::size_t second_dot = token.rfind('.');
  for (const char* padding : {"=", "==", "==="}) {
    std::string padded = token;
    padded.insert(second_dot, padding);
    EXPECT_FALSE(VerifyJwt(Key(0), padded).has_value()) << padding;
  }
  EXPECT_TRUE(VerifyJwt(Key(0), token).has_value());
}

TEST(SignedJwt, MalformedTextIsRefused) {
  for (std::string_view text : {"", ".", "..", "a.b", "a.b.c.d", "not a token"}) {
    EXPECT_FALSE(VerifyJwt(Key(0), text).has_value()) << text;
  }
  const std::string token = Jwt();
  EXPECT_FALSE(VerifyJwt(Key(0), token + ".extra").has_value());
  EXPECT_FALSE(VerifyJwt(Key(0), token.substr(0, token.size() - 1)).has_value());
}

// 2024-01-31T00:00:00Z.
const Timestamp kExpiry = Timestamp(std::chrono::seconds(1706659200));

RefreshRecord SampleRecord() {
  return RefreshRecord{"us-east-1_AbCdEfGhI", "1example23456789abcdefghij",
                       "0f1e2d3c-4b5a-4697-8877-665544332211", kExpiry};
}

// A refresh token for `record`, its random parts drawn from `seed`.
std::string RefreshTokenFor(const RefreshRecord& record, std::uint64_t seed = 42) {
  Random random(seed);
  return SealRefreshToken(kKey, record, random);
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
  EXPECT_EQ(token.find("AbCdEfGhI"), std::string::npos) << "the record is sealed";
  EXPECT_EQ(OpenRefreshToken(kKey, token), std::optional<RefreshRecord>(SampleRecord()));
}

TEST(RefreshToken, TwoTokensForOneRecordDiffer) {
  Random random(42);
  const std::string first = SealRefreshToken(kKey, SampleRecord(), random);
  const std::string second = SealRefreshToken(kKey, SampleRecord(), random);
  EXPECT_NE(first, second);
  EXPECT_EQ(OpenRefreshToken(kKey, second), std::optional<RefreshRecord>(SampleRecord()));
}

TEST(RefreshToken, AnotherLengthOfAnyPartIsRefused) {
  {
    const RefreshRecord record = SampleRecord();
    const std::string token = RefreshTokenFor(record);
    ASSERT_EQ(OpenRefreshToken(kKey, token), std::optional<RefreshRecord>(record));
    const std::size_t tag_dot = token.rfind('.');
    // Four characters more or fewer in the ciphertext (whole base64 groups,
    // which decode), or padding.
    // (Built by appending: g++ 12 warns, wrongly, on std::string::insert.)
    const std::string head = token.substr(0, tag_dot);
    const std::string tag = token.substr(tag_dot);
    EXPECT_FALSE(OpenRefreshToken(kKey, std::string(head).append("AAAA").append(tag)).has_value());
    EXPECT_FALSE(OpenRefreshToken(kKey, head.substr(0, head.size() - 4).append(tag)).has_value());
    EXPECT_FALSE(OpenRefreshToken(kKey, std::string(head).append("=").append(tag)).has_value());
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

TEST(RefreshToken, ARecordWithoutItsExpiryIsSealedAsVersionTwoAndOpens) {
  // Tokens issued before the fake sealed the expiry (a state document of
  // then) still name their session.
  RefreshRecord record = SampleRecord();
  record.expires_at = std::nullopt;
  const std::string token = RefreshTokenFor(record);
  EXPECT_EQ(OpenRefreshToken(kKey, token), std::optional<RefreshRecord>(record));
  EXPECT_NE(token, RefreshTokenFor(SampleRecord()));
}

SessionSeal SampleSeal() {
  return SessionSeal{"us-east-1_AbCdEfGhI", "1example23456789abcdefghij", kExpiry};
}

bool SameSeal(const std::optional<SessionSeal>& opened, const SessionSeal& expected) {
  return opened && opened->user_pool_id == expected.user_pool_id &&
         opened->client_id == expected.client_id && opened->expires_at == expected.expires_at;
}

TEST(SessionSeal, ASessionStringCarriesItsPoolClientAndExpiry) {
  Random random(7);
  const std::string session = SealSession(kKey, SampleSeal(), random);
  EXPECT_TRUE(SameSeal(OpenSession(kKey, session), SampleSeal()));
  // Within the model's 20 to 2048 characters, in the characters of base64url.
  EXPECT_GE(session.size(), 20u);
  EXPECT_LE(session.size(), 2048u);
  EXPECT_EQ(
      session.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
      std::string::npos);
  EXPECT_EQ(session.find("AbCdEfGhI"), std::string::npos) << "the seal is encrypted";
}

TEST(SessionSeal, TheSameSeedMakesTheSameStringAndAnotherDrawAnother) {
  Random first(7);
  Random again(7);
  const std::string session = SealSession(kKey, SampleSeal(), first);
  EXPECT_EQ(session, SealSession(kKey, SampleSeal(), again));
  EXPECT_NE(session, SealSession(kKey, SampleSeal(), first));
}

TEST(SessionSeal, AnEditedStringAnotherKeyOrARefreshTokenDoesNotOpen) {
  Random random(7);
  const std::string session = SealSession(kKey, SampleSeal(), random);
  EXPECT_FALSE(OpenSession("another key", session).has_value());
  for (const std::string& edited : OneCharacterEdits(session)) {
    EXPECT_FALSE(OpenSession(kKey, edited).has_value()) << edited;
  }
  EXPECT_FALSE(OpenSession(kKey, RefreshTokenFor(SampleRecord())).has_value());
  for (std::string_view text : {"", "AAAA", "not a session", "a.b.c"}) {
    EXPECT_FALSE(OpenSession(kKey, text).has_value()) << text;
  }
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
