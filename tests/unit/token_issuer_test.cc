// TokenIssuer: the tokens of a sign-in, and what a token presented later says.

#include "internal/token_issuer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>

#include "internal/crypto.h"

namespace cognito_fake {
namespace internal {
namespace {

constexpr std::string_view kKey = "0123456789abcdefghijklmnopqrstuv";
const Timestamp kNow = Timestamp(std::chrono::seconds(1'800'000'000));

class TokenIssuerTest : public ::testing::Test {
 protected:
  TokenIssuerTest() {
    pool_.id = "us-east-1_AbCdEfGhI";
    client_.client_id = "1example23456789abcdefghij";
    user_.username = "Alice";
    user_.attributes = {{"sub", "5c2a1e6a-4a7b-4c1d-9e0f-123456789abc"},
                        {"email", "alice@example.com"},
                        {"email_verified", "true"}};
    user_.token_generation = 4;
  }

  TokenGrant Grant(std::string origin_jti = "", bool with_refresh_token = true) const {
    return TokenGrant{pool_, client_, user_, "alice", std::move(origin_jti), with_refresh_token};
  }

  static nlohmann::json Claims(const std::string& jwt) {
    const std::size_t first = jwt.find('.');
    return nlohmann::json::parse(
        *Base64UrlDecode(jwt.substr(first + 1, jwt.rfind('.') - first - 1)));
  }

  UserPoolType pool_;
  UserPoolClientType client_;
  UserRecord user_;
  const TokenIssuer issuer_{kKey, "kid0123456789abc", "us-east-1"};
  Random random_{7};
};

TEST_F(TokenIssuerTest, AnAccessTokenOpensToItsPoolUserExpiryAndGeneration) {
  const AuthenticationResultType tokens = issuer_.Issue(Grant(), kNow, random_);
  const std::optional<AccessTokenClaims> claims = issuer_.OpenAccessToken(*tokens.access_token);
  ASSERT_TRUE(claims.has_value());
  EXPECT_EQ(claims->user_pool_id, "us-east-1_AbCdEfGhI");
  EXPECT_EQ(claims->username, "Alice");
  EXPECT_EQ(claims->sub, "5c2a1e6a-4a7b-4c1d-9e0f-123456789abc");
  EXPECT_EQ(claims->expires_at, 1'800'000'000 + 3600) << "an hour by default";
  EXPECT_EQ(claims->generation, 4u);
  EXPECT_EQ(tokens.expires_in, 3600);
  EXPECT_EQ(tokens.token_type, "Bearer");
}

TEST_F(TokenIssuerTest, TheIdTokenCarriesTheAttributesAndIsNoAccessToken) {
  const AuthenticationResultType tokens = issuer_.Issue(Grant(), kNow, random_);
  const nlohmann::json id = Claims(*tokens.id_token);
  EXPECT_EQ(id["email"], "alice@example.com");
  EXPECT_EQ(id["email_verified"], true) << "a verified flag is a JSON boolean";
  EXPECT_EQ(id["cognito:username"], "Alice");
  EXPECT_EQ(id["aud"], "1example23456789abcdefghij");
  EXPECT_EQ(id["token_use"], "id");
  EXPECT_EQ(id["iss"], "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI");
  EXPECT_EQ(Claims(*tokens.access_token)["origin_jti"], id["origin_jti"]);
  EXPECT_FALSE(issuer_.OpenAccessToken(*tokens.id_token).has_value());
}

TEST_F(TokenIssuerTest, TheClientsValiditySettingsSetTheExpiries) {
  client_.access_token_validity = 5;
  client_.id_token_validity = 2;
  client_.refresh_token_validity = 90;
  client_.token_validity_units = TokenValidityUnitsType{
      TimeUnitsType::kMinutes, TimeUnitsType::kHours, TimeUnitsType::kMinutes};
  const AuthenticationResultType tokens = issuer_.Issue(Grant(), kNow, random_);
  EXPECT_EQ(tokens.expires_in, 300);
  EXPECT_EQ(Claims(*tokens.access_token)["exp"], 1'800'000'000 + 300);
  EXPECT_EQ(Claims(*tokens.id_token)["exp"], 1'800'000'000 + 7200);
  const std::optional<TokenRecord> record = issuer_.OpenRefreshToken(*tokens.refresh_token);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->expires_at, kNow + std::chrono::minutes(90));
}

TEST_F(TokenIssuerTest, TheRefreshTokenOpensToItsRecord) {
  const AuthenticationResultType tokens = issuer_.Issue(Grant(), kNow, random_);
  const std::optional<TokenRecord> record = issuer_.OpenRefreshToken(*tokens.refresh_token);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->user_pool_id, "us-east-1_AbCdEfGhI");
  EXPECT_EQ(record->client_id, "1example23456789abcdefghij");
  EXPECT_EQ(record->user_key, "alice");
  EXPECT_EQ(record->sub, "5c2a1e6a-4a7b-4c1d-9e0f-123456789abc");
  EXPECT_EQ(record->token_generation, 4u);
  EXPECT_EQ(record->expires_at, kNow + std::chrono::hours(24 * 30)) << "30 days by default";
  EXPECT_EQ(record->origin_jti, Claims(*tokens.access_token)["origin_jti"]);
}

TEST_F(TokenIssuerTest, ARefreshKeepsItsOriginAndIssuesNoNewRefreshToken) {
  const AuthenticationResultType tokens = issuer_.Issue(Grant("the-origin", false), kNow, random_);
  EXPECT_FALSE(tokens.refresh_token.has_value());
  EXPECT_EQ(Claims(*tokens.access_token)["origin_jti"], "the-origin");
}

TEST_F(TokenIssuerTest, AnotherKeyOpensNoneOfItsTokens) {
  const AuthenticationResultType tokens = issuer_.Issue(Grant(), kNow, random_);
  const TokenIssuer other("another key", "kid0123456789abc", "us-east-1");
  EXPECT_FALSE(other.OpenAccessToken(*tokens.access_token).has_value());
  EXPECT_FALSE(other.OpenRefreshToken(*tokens.refresh_token).has_value());
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
