// SRP-6a as Cognito runs it: session-behavior.md §7.9's vectors on both
// sides, the TIMESTAMP format, and round trips between SrpClient and the
// fake's side of the computation.

#include "internal/srp.h"

#include <cognito_fake/srp_client.h>
#include <cognito_fake/testing/matchers.h>
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>

#include "internal/crypto.h"

namespace cognito_fake {
namespace {

namespace srp = internal::srp;
using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::StatusIs;

std::string Repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

Timestamp At(long long seconds) { return Timestamp(std::chrono::seconds(seconds)); }

TEST(Srp, TheMultiplierIsTheSpecsK) {
  EXPECT_EQ(srp::ToHex(srp::Multiplier()),
            "538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6");
  EXPECT_EQ(srp::PadHex(srp::Prime()).size(), 2u * 385u);
}

TEST(Srp, PadHexAddsAZeroByteBeforeAHighFirstDigit) {
  EXPECT_EQ(srp::PadHex(srp::FromHex("8ce8291892390f6b53a245933faf6164").get()),
            "008ce8291892390f6b53a245933faf6164");
  EXPECT_EQ(srp::PadHex(srp::FromHex("abc").get()), "0abc");
  EXPECT_EQ(srp::PadHex(srp::FromHex("7f").get()), "7f");
}

TEST(Srp, ThePrivateKeyMatchesTheSpecsVector) {
  EXPECT_EQ(srp::Sha256Hex("ExAmPlE12carol:Tr0ub4dor&3"),
            "db2d8fc1f943e68ee43172809a0ac7f5bdcc209ae854982687be78fbab76e5db");
  const auto salt = srp::FromHex("8ce8291892390f6b53a245933faf6164");
  EXPECT_EQ(srp::ToHex(srp::PrivateKey(salt.get(), "ExAmPlE12", "carol", "Tr0ub4dor&3").get()),
            "5c95fa4dd706c86cca51ae1a4c67d96eeb25f7e5b7cf1ad32ac5a697940534ba");
}

TEST(Srp, TheDerivedKeyMatchesTheSpecsVector) {
  const auto u = srp::FromHex(Repeat("fedcba98", 8));
  const auto s = srp::FromHex(Repeat("1234abcd", 8));
  EXPECT_EQ(internal::HexEncode(srp::DerivedKey(u.get(), s.get())),
            "82866d3ce3981db1540acbb3da966918");
}

TEST(Srp, TheSignatureMatchesTheSpecsVectorsAndDependsOnTheDaysPadding) {
  std::string key;
  for (std::size_t i = 0; i < 32; i += 2) {
    key += static_cast<char>(
        std::stoi(std::string("3b6b6ea88f818bba18a3979736d3616a").substr(i, 2), nullptr, 16));
  }
  const auto block = internal::Base64Decode("c2VjcmV0LWJsb2NrLWJ5dGVzLWV4YW1wbGU=");
  ASSERT_TRUE(block.has_value());
  EXPECT_EQ(internal::Base64Encode(
                srp::Signature(key, "ExAmPlE12", "carol", *block, "Sun Feb 1 06:07:08 UTC 2026")),
            "AiL2cl9FyEft14Ffs+txUuMW3GQv3strDFCGlOttpkA=");
  EXPECT_EQ(internal::Base64Encode(
                srp::Signature(key, "ExAmPlE12", "carol", *block, "Sun Feb 01 06:07:08 UTC 2026")),
            "PpY/7vqGj3Ox7TpHuIkb/TNfZqprA5QNuVedZTNIfKA=");
}

TEST(Srp, TimestampsAreFormattedWithAnUnpaddedDayAndParsedWhateverThePadding) {
  // 2026-02-01T06:07:08Z and 2025-12-25T23:59:01Z.
  EXPECT_EQ(SrpClient::FormatTimestamp(At(1769926028)), "Sun Feb 1 06:07:08 UTC 2026");
  EXPECT_EQ(SrpClient::FormatTimestamp(At(1766707141)), "Thu Dec 25 23:59:01 UTC 2025");
  EXPECT_EQ(srp::ParseTimestamp("Sun Feb 1 06:07:08 UTC 2026"), At(1769926028));
  EXPECT_EQ(srp::ParseTimestamp("Sun Feb 01 06:07:08 UTC 2026"), At(1769926028));
  EXPECT_EQ(srp::ParseTimestamp("Mon Feb 1 06:07:08 UTC 2026"), At(1769926028));  // weekday wrong
  EXPECT_FALSE(srp::ParseTimestamp("2026-02-01T06:07:08Z").has_value());
  EXPECT_FALSE(srp::ParseTimestamp("Sun Fev 1 06:07:08 UTC 2026").has_value());
  EXPECT_FALSE(srp::ParseTimestamp("Sun Feb 1 06:07:08 GMT 2026").has_value());
  EXPECT_FALSE(srp::ParseTimestamp("Sun Feb 1 06:07:08 UTC 2026 ").has_value());
  EXPECT_FALSE(srp::ParseTimestamp("").has_value());
}

TEST(Srp, HexParsingRefusesWhatIsNotAPlainHexNumberOfBoundedSize) {
  EXPECT_EQ(srp::FromHex(""), nullptr);
  EXPECT_EQ(srp::FromHex("-1"), nullptr);
  EXPECT_EQ(srp::FromHex("0x12"), nullptr);
  EXPECT_EQ(srp::FromHex("12 34"), nullptr);
  EXPECT_EQ(srp::FromHex(std::string(srp::kMaxPublicHexDigits + 1, 'a')), nullptr);
  EXPECT_NE(srp::FromHex("ABCdef"), nullptr);
}

TEST(Srp, TheServerRefusesAPublicValueThatIsZeroModuloN) {
  const auto b = srp::FromHex("1234");
  const auto v = srp::Verifier(b.get());
  const auto b_public = srp::ServerPublic(v.get(), b.get());
  EXPECT_FALSE(srp::ServerKey(srp::FromHex("0").get(), b_public.get(), b.get(), v.get()));
  EXPECT_FALSE(srp::ServerKey(srp::Prime(), b_public.get(), b.get(), v.get()));
  const auto two_n = srp::FromHex("2" + std::string(768, '0'));  // some multiple-free large value
  EXPECT_TRUE(srp::ServerKey(two_n.get(), b_public.get(), b.get(), v.get()).has_value());
}

// The fake's side for one user: salt, verifier, and a challenge with its b.
struct ServerSide {
  ServerSide(const std::string& pool_name, const std::string& user_id, const std::string& password,
             std::mt19937_64& random) {
    salt = srp::FromHex(Hex(random, 16));
    v = srp::Verifier(srp::PrivateKey(salt.get(), pool_name, user_id, password).get());
    b = srp::FromHex(Hex(random, 32));
    b_public = srp::ServerPublic(v.get(), b.get());
  }
  static std::string Hex(std::mt19937_64& random, int bytes) {
    std::string raw;
    for (int i = 0; i < bytes; ++i) raw += static_cast<char>(random() & 0xff);
    raw[0] = static_cast<char>(raw[0] | 1);  // never all zero
    return internal::HexEncode(raw);
  }
  srp::BigNum salt, v, b, b_public;
};

// The signature the fake expects for `responses`, or "" when it cannot
// derive a key from SRP_A.
std::string ExpectedSignature(const ServerSide& server, const std::string& srp_a,
                              const std::string& pool_name, const std::string& user_id,
                              const std::string& block, const std::string& timestamp) {
  const auto a_public = srp::FromHex(srp_a);
  const auto key =
      srp::ServerKey(a_public.get(), server.b_public.get(), server.b.get(), server.v.get());
  if (!key) return "";
  return internal::Base64Encode(srp::Signature(*key, pool_name, user_id, block, timestamp));
}

TEST(Srp, ClientAndServerAgreeForRandomUsersAndAnyOneBitChangeIsRefused) {
  std::mt19937_64 random(20261207);
  const std::string pool_id = "us-east-1_ExAmPlE12";
  const std::string pool_name = srp::PoolName(pool_id);
  for (int trial = 0; trial < 12; ++trial) {
    SCOPED_TRACE(trial);
    const std::string user_id = "user-" + ServerSide::Hex(random, 4);
    std::string password = "Pw-" + ServerSide::Hex(random, 6);
    ServerSide server(pool_name, user_id, password, random);
    const std::string block_bytes = "block-" + std::to_string(trial);
    const std::string block = internal::Base64Encode(block_bytes);
    SrpClient client(pool_id);
    auto responses = client.PasswordVerifierResponses({{"SALT", srp::ToHex(server.salt.get())},
                                                       {"SRP_B", srp::ToHex(server.b_public.get())},
                                                       {"SECRET_BLOCK", block},
                                                       {"USER_ID_FOR_SRP", user_id}},
                                                      password, At(1769926028 + trial));
    ASSERT_THAT(responses, IsOk());
    EXPECT_EQ((*responses)["USERNAME"], user_id);
    EXPECT_EQ((*responses)["PASSWORD_CLAIM_SECRET_BLOCK"], block);
    const std::string timestamp = (*responses)["TIMESTAMP"];
    const std::string signature = (*responses)["PASSWORD_CLAIM_SIGNATURE"];
    EXPECT_EQ(signature, ExpectedSignature(server, client.srp_a(), pool_name, user_id, block_bytes,
                                           timestamp));

    // One bit of the password.
    std::string wrong = password;
    wrong[static_cast<std::size_t>(trial) % wrong.size()] ^= 1;
    auto with_wrong_password =
        client.PasswordVerifierResponses({{"SALT", srp::ToHex(server.salt.get())},
                                          {"SRP_B", srp::ToHex(server.b_public.get())},
                                          {"SECRET_BLOCK", block},
                                          {"USER_ID_FOR_SRP", user_id}},
                                         wrong, At(1769926028 + trial));
    ASSERT_THAT(with_wrong_password, IsOk());
    EXPECT_NE((*with_wrong_password)["PASSWORD_CLAIM_SIGNATURE"], signature);

    // One bit of the signature.
    std::string raw = *internal::Base64Decode(signature);
    raw[static_cast<std::size_t>(trial) % raw.size()] ^= static_cast<char>(1 << (trial % 8));
    EXPECT_NE(internal::Base64Encode(raw), ExpectedSignature(server, client.srp_a(), pool_name,
                                                             user_id, block_bytes, timestamp));
  }
}

TEST(Srp, TheClientRefusesMissingOrMalformedChallengeParameters) {
  SrpClient client("us-east-1_ExAmPlE12", "1234");
  const std::map<std::string, std::string> good = {
      {"SALT", "abcd"}, {"SRP_B", "1234"}, {"SECRET_BLOCK", "AAAA"}, {"USER_ID_FOR_SRP", "carol"}};
  for (const char* name : {"SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP"}) {
    auto missing = good;
    missing.erase(name);
    EXPECT_THAT(
        client.PasswordVerifierResponses(missing, "pw", At(0)),
        StatusIs(ErrorCode::kInvalidParameter, "PASSWORD_VERIFIER challenge parameter " +
                                                   std::string(name) + " is missing or malformed"));
  }
  auto zero_b = good;
  zero_b["SRP_B"] = srp::ToHex(srp::Prime());
  EXPECT_THAT(client.PasswordVerifierResponses(zero_b, "pw", At(0)),
              StatusIs(ErrorCode::kInvalidParameter));
  EXPECT_THAT(client.PasswordVerifierResponses(good, "pw", At(0)), IsOk());
}

TEST(Srp, AGivenSecretGivesAReproducibleA) {
  EXPECT_EQ(SrpClient("us-east-1_X", "2").srp_a(), "4");
  EXPECT_EQ(SrpClient("us-east-1_X", "abc").srp_a(), SrpClient("us-east-1_Y", "ABC").srp_a());
}

}  // namespace
}  // namespace cognito_fake
