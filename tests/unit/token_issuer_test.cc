// The ID and access tokens of a session as Cognito writes them, and what an
// access token presented later says.

#include "internal/token_issuer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>

#include "internal/crypto.h"
#include "internal/tokens.h"

namespace cognito_fake {
namespace internal {
namespace {

using Json = nlohmann::ordered_json;

const Timestamp kNow = Timestamp(std::chrono::seconds(1'800'000'000));
const Timestamp kSignedIn = kNow - std::chrono::minutes(10);
constexpr char kIssuer[] = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI";

class TokenIssuerTest : public ::testing::Test {
 protected:
  TokenIssuerTest() {
    pool_.description.id = "us-east-1_AbCdEfGhI";
    pool_.keys = BuiltInPoolKeys("us-east-1_AbCdEfGhI", 0);
    client_.client_id = "1example23456789abcdefghij";
    user_.username = "Alice";
    user_.attributes = {{"sub", "5c2a1e6a-4a7b-4c1d-9e0f-123456789abc"},
                        {"email", "alice@example.com"},
                        {"email_verified", "true"},
                        {"custom:team", "blue"}};
    session_.origin_jti = "0f1e2d3c-4b5a-4697-8877-665544332211";
    session_.auth_time = kSignedIn;
  }

  AuthenticationResultType Issue() {
    return IssueJwts(TokenGrant{pool_, client_, user_, session_, "the-event", kIssuer, groups_},
                     kNow, random_);
  }

  static Json Claims(const std::string& jwt) { return Json::parse(*UnverifiedPayload(jwt)); }
  static std::vector<std::string> Names(const Json& claims) {
    std::vector<std::string> names;
    for (const auto& item : claims.items()) names.push_back(item.key());
    return names;
  }

  PoolRecord pool_;
  UserPoolClientType client_;
  UserRecord user_;
  SignIn session_;
  std::vector<const GroupType*> groups_;
  Random random_{7};
};

GroupType Group(std::string name, std::optional<int> precedence,
                std::optional<std::string> role_arn = std::nullopt) {
  GroupType group;
  group.group_name = std::move(name);
  group.precedence = precedence;
  group.role_arn = std::move(role_arn);
  return group;
}

TEST_F(TokenIssuerTest, TheAccessTokenHasCognitosClaimsInCognitosOrder) {
  const AuthenticationResultType tokens = Issue();
  const Json access = Claims(*tokens.access_token);
  EXPECT_EQ(Names(access), (std::vector<std::string>{"sub", "iss", "client_id", "origin_jti",
                                                     "event_id", "token_use", "scope", "auth_time",
                                                     "exp", "iat", "jti", "username"}));
  EXPECT_EQ(access["sub"], "5c2a1e6a-4a7b-4c1d-9e0f-123456789abc");
  EXPECT_EQ(access["iss"], kIssuer);
  EXPECT_EQ(access["client_id"], "1example23456789abcdefghij");
  EXPECT_EQ(access["origin_jti"], session_.origin_jti);
  EXPECT_EQ(access["event_id"], "the-event");
  EXPECT_EQ(access["token_use"], "access");
  EXPECT_EQ(access["scope"], "aws.cognito.signin.user.admin");
  EXPECT_EQ(access["auth_time"], 1'800'000'000 - 600) << "the sign-in's time, kept by refreshes";
  EXPECT_EQ(access["iat"], 1'800'000'000);
  EXPECT_EQ(access["exp"], 1'800'000'000 + 3600) << "an hour by default";
  EXPECT_EQ(access["username"], "Alice");
  EXPECT_EQ(tokens.expires_in, 3600);
  EXPECT_EQ(tokens.token_type, "Bearer");
  EXPECT_FALSE(tokens.refresh_token.has_value()) << "the caller seals one for a new session";
}

TEST_F(TokenIssuerTest, TheIdTokenCarriesTheAttributesWithBooleanVerifiedFlags) {
  const Json id = Claims(*Issue().id_token);
  EXPECT_EQ(Names(id),
            (std::vector<std::string>{"sub", "email", "email_verified", "custom:team", "iss",
                                      "cognito:username", "origin_jti", "aud", "event_id",
                                      "token_use", "auth_time", "exp", "iat", "jti"}));
  EXPECT_EQ(id["email"], "alice@example.com");
  EXPECT_EQ(id["email_verified"], true) << "a verified flag is a JSON boolean";
  EXPECT_EQ(id["custom:team"], "blue");
  EXPECT_EQ(id["cognito:username"], "Alice");
  EXPECT_EQ(id["aud"], "1example23456789abcdefghij");
  EXPECT_EQ(id["token_use"], "id");
  EXPECT_EQ(id["iss"], kIssuer);
}

TEST_F(TokenIssuerTest, TheTwoTokensAreSignedWithTheTwoKeysOfThePool) {
  const AuthenticationResultType tokens = Issue();
  EXPECT_TRUE(VerifyJwt(pool_.keys.access, *tokens.access_token).has_value());
  EXPECT_TRUE(VerifyJwt(pool_.keys.id, *tokens.id_token).has_value());
  EXPECT_FALSE(VerifyJwt(pool_.keys.access, *tokens.id_token).has_value());
  EXPECT_FALSE(VerifyJwt(pool_.keys.id, *tokens.access_token).has_value());
  EXPECT_NE(Claims(*tokens.access_token)["jti"], Claims(*tokens.id_token)["jti"]);
}

TEST_F(TokenIssuerTest, TheClientsReadAttributesFilterTheIdToken) {
  client_.read_attributes = {"email"};
  const Json id = Claims(*Issue().id_token);
  EXPECT_EQ(id["email"], "alice@example.com");
  EXPECT_FALSE(id.contains("email_verified"));
  EXPECT_FALSE(id.contains("custom:team"));
  EXPECT_EQ(id["sub"], "5c2a1e6a-4a7b-4c1d-9e0f-123456789abc") << "the sub is always there";
}

TEST_F(TokenIssuerTest, WithoutRevocationNeitherTokenHasOriginJtiAndTheIdTokenNoJti) {
  client_.enable_token_revocation = false;
  const AuthenticationResultType tokens = Issue();
  const Json access = Claims(*tokens.access_token);
  const Json id = Claims(*tokens.id_token);
  EXPECT_FALSE(access.contains("origin_jti"));
  EXPECT_FALSE(id.contains("origin_jti"));
  EXPECT_FALSE(id.contains("jti"));
  EXPECT_TRUE(access.contains("jti"));
}

TEST_F(TokenIssuerTest, TheClientsValiditySettingsSetTheExpiries) {
  client_.access_token_validity = 5;
  client_.id_token_validity = 2;
  client_.refresh_token_validity = 90;
  client_.token_validity_units = TokenValidityUnitsType{
      TimeUnitsType::kMinutes, TimeUnitsType::kHours, TimeUnitsType::kMinutes};
  const AuthenticationResultType tokens = Issue();
  EXPECT_EQ(tokens.expires_in, 300);
  EXPECT_EQ(Claims(*tokens.access_token)["exp"], 1'800'000'000 + 300);
  EXPECT_EQ(Claims(*tokens.id_token)["exp"], 1'800'000'000 + 7200);
  EXPECT_EQ(ValidityOf(client_).refresh, std::chrono::minutes(90));
}

TEST_F(TokenIssuerTest, ValiditiesDefaultToAnHourAnHourAndThirtyDaysAndZeroDaysMeansThirty) {
  EXPECT_EQ(ValidityOf(client_).access, std::chrono::hours(1));
  EXPECT_EQ(ValidityOf(client_).id, std::chrono::hours(1));
  EXPECT_EQ(ValidityOf(client_).refresh, std::chrono::hours(24 * 30));
  client_.refresh_token_validity = 0;
  EXPECT_EQ(ValidityOf(client_).refresh, std::chrono::hours(24 * 30));
  client_.refresh_token_validity = 3;
  EXPECT_EQ(ValidityOf(client_).refresh, std::chrono::hours(24 * 3)) << "in days by default";
}

TEST_F(TokenIssuerTest, AnAccessTokensClaimsReadBack) {
  const AuthenticationResultType tokens = Issue();
  const std::optional<AccessTokenClaims> claims =
      ReadAccessTokenClaims(*VerifyJwt(pool_.keys.access, *tokens.access_token));
  ASSERT_TRUE(claims.has_value());
  EXPECT_EQ(claims->issuer, kIssuer);
  EXPECT_EQ(claims->token_use, "access");
  EXPECT_EQ(claims->username, "Alice");
  EXPECT_EQ(claims->client_id, "1example23456789abcdefghij");
  EXPECT_EQ(claims->event_id, "the-event");
  EXPECT_EQ(claims->expires_at, 1'800'000'000 + 3600);
  EXPECT_EQ(PoolIdOfIssuer(claims->issuer), std::optional<std::string>("us-east-1_AbCdEfGhI"));
  EXPECT_EQ(ReadAccessTokenClaims(*UnverifiedPayload(*tokens.access_token))->issuer, kIssuer)
      << "the same claims before the signature is checked";
  EXPECT_FALSE(ReadAccessTokenClaims(*UnverifiedPayload(*tokens.id_token)).has_value())
      << "an ID token has no client_id, scope or username";
  EXPECT_FALSE(ReadAccessTokenClaims("[1]").has_value());
  EXPECT_FALSE(PoolIdOfIssuer("no-slash").has_value());
}

TEST_F(TokenIssuerTest, GroupsAreInBothTokensAndRolesOnlyInTheIdToken) {
  const GroupType admins = Group("admins", 1, "arn:aws:iam::123456789012:role/Admin");
  const GroupType readers = Group("readers", std::nullopt);
  groups_ = {&admins, &readers};
  const AuthenticationResultType tokens = Issue();
  const Json id = Claims(*tokens.id_token);
  const Json access = Claims(*tokens.access_token);
  EXPECT_EQ(id["cognito:groups"], Json::array({"admins", "readers"}));
  EXPECT_EQ(access["cognito:groups"], Json::array({"admins", "readers"}));
  EXPECT_EQ(id["cognito:roles"], Json::array({"arn:aws:iam::123456789012:role/Admin"}));
  EXPECT_EQ(id["cognito:preferred_role"], "arn:aws:iam::123456789012:role/Admin");
  EXPECT_FALSE(access.contains("cognito:roles"));
  EXPECT_FALSE(access.contains("cognito:preferred_role"));
}

TEST_F(TokenIssuerTest, WithoutGroupsThereIsNoGroupClaim) {
  const AuthenticationResultType tokens = Issue();
  EXPECT_FALSE(Claims(*tokens.id_token).contains("cognito:groups"));
  EXPECT_FALSE(Claims(*tokens.access_token).contains("cognito:groups"));
  EXPECT_FALSE(Claims(*tokens.id_token).contains("cognito:roles"));
}

TEST(PreferredRole, IsTheRoleOfTheLowestPrecedenceAndAbsentOnADifferentTie) {
  const GroupType low = Group("low", 0, "arn:aws:iam::1:role/Low");
  const GroupType high = Group("high", 5, "arn:aws:iam::1:role/High");
  const GroupType unranked = Group("unranked", std::nullopt, "arn:aws:iam::1:role/Unranked");
  const GroupType no_role = Group("no-role", -1);
  const GroupType also_low = Group("also-low", 0, "arn:aws:iam::1:role/Other");
  const GroupType same_low = Group("same-low", 0, "arn:aws:iam::1:role/Low");
  using Groups = std::vector<const GroupType*>;
  EXPECT_EQ(PreferredRole(Groups{&high, &low}), "arn:aws:iam::1:role/Low");
  EXPECT_EQ(PreferredRole(Groups{&unranked, &high}), "arn:aws:iam::1:role/High")
      << "a group without precedence ranks last";
  EXPECT_EQ(PreferredRole(Groups{&unranked}), "arn:aws:iam::1:role/Unranked");
  EXPECT_EQ(PreferredRole(Groups{&no_role, &high}), "arn:aws:iam::1:role/High")
      << "groups without a role do not count";
  EXPECT_EQ(PreferredRole(Groups{&low, &also_low}), std::nullopt) << "a tie, different roles";
  EXPECT_EQ(PreferredRole(Groups{&low, &same_low}), "arn:aws:iam::1:role/Low");
  EXPECT_EQ(PreferredRole(Groups{}), std::nullopt);
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
