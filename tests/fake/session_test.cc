// The signed-in session: RS256 tokens verified with the pool's JWKS by an
// RSA verifier written here from the JWK members (not the fake's), keys
// and issuers, refresh, and the rules that refuse a token.

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/testing/matchers.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "internal/crypto.h"
#include "internal/signing_keys.h"
#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::StatusIs;
using ::testing::HasSubstr;
using Json = nlohmann::json;

Json Part(const std::string& jwt, int index) {
  std::size_t start = 0;
  for (int i = 0; i < index; ++i) start = jwt.find('.', start) + 1;
  const std::size_t end = jwt.find('.', start);
  return Json::parse(internal::Base64UrlDecode(jwt.substr(start, end - start)).value_or("null"),
                     nullptr, /*allow_exceptions=*/false);
}

// Whether `jwt` is an RS256 JWS signed by the key of `jwks` its header
// names: what any JWT library checks, done with OpenSSL from the JWK's `n`
// and `e`.
bool VerifiesWithJwks(const std::string& jwks, const std::string& jwt) {
  const Json header = Part(jwt, 0);
  if (!header.is_object() || header.value("alg", "") != "RS256") return false;
  const Json set = Json::parse(jwks);
  for (const Json& key : set.at("keys")) {
    if (key.at("kid") != header.at("kid")) continue;
    const std::string n = *internal::Base64UrlDecode(key.at("n").get<std::string>());
    const std::string e = *internal::Base64UrlDecode(key.at("e").get<std::string>());
    auto bignum = [](const std::string& bytes) {
      return BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.data()), int(bytes.size()),
                       nullptr);
    };
    BIGNUM* bn_n = bignum(n);
    BIGNUM* bn_e = bignum(e);
    OSSL_PARAM_BLD* build = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_RSA_N, bn_n);
    OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_RSA_E, bn_e);
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(build);
    EVP_PKEY_CTX* from = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY* pkey = nullptr;
    EVP_PKEY_fromdata_init(from);
    EVP_PKEY_fromdata(from, &pkey, EVP_PKEY_PUBLIC_KEY, params);
    const std::size_t cut = jwt.rfind('.');
    const std::string input = jwt.substr(0, cut);
    const std::string signature = internal::Base64UrlDecode(jwt.substr(cut + 1)).value_or("");
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    const bool ok =
        pkey != nullptr && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pkey) == 1 &&
        EVP_DigestVerify(md, reinterpret_cast<const unsigned char*>(signature.data()),
                         signature.size(), reinterpret_cast<const unsigned char*>(input.data()),
                         input.size()) == 1;
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(pkey);
    EVP_PKEY_CTX_free(from);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(build);
    BN_free(bn_n);
    BN_free(bn_e);
    return ok;
  }
  return false;
}

class Session : public FakeTest {
 protected:
  InitiateAuthRequest Refresh(const AuthenticationResultType& tokens,
                              const TestPool* pool = nullptr) {
    InitiateAuthRequest request;
    request.client_id = (pool ? *pool : pool_).client_id;
    request.auth_flow = AuthFlowType::kRefreshTokenAuth;
    request.auth_parameters = {{"REFRESH_TOKEN", *tokens.refresh_token}};
    return request;
  }
  StatusOr<ChangePasswordResponse> UseAccessToken(const std::string& access_token) {
    ChangePasswordRequest request;
    request.access_token = access_token;
    request.previous_password = kPassword;
    request.proposed_password = kPassword;
    return fake_.ChangePassword(request);
  }
};

TEST_F(Session, BothTokensVerifyWithThePoolsJwksAndNameDifferentKeys) {
  const AuthenticationResultType tokens = SignIn("alice", kPassword).value();
  const std::string jwks = fake_.Jwks(pool_.user_pool_id).value();
  EXPECT_TRUE(VerifiesWithJwks(jwks, *tokens.access_token));
  EXPECT_TRUE(VerifiesWithJwks(jwks, *tokens.id_token));
  EXPECT_NE(Part(*tokens.access_token, 0)["kid"], Part(*tokens.id_token, 0)["kid"]);
  // The edited token does not.
  std::string edited = *tokens.access_token;
  edited[edited.find('.') + 5] ^= 1;
  EXPECT_FALSE(VerifiesWithJwks(jwks, edited));
}

TEST_F(Session, TheJwksHasTwoKeysWithExactlyCognitosMembers) {
  const Json jwks = Json::parse(fake_.Jwks(pool_.user_pool_id).value());
  ASSERT_EQ(jwks.size(), 1u);
  ASSERT_EQ(jwks.at("keys").size(), 2u);
  for (const Json& key : jwks.at("keys")) {
    std::vector<std::string> names;
    for (const auto& item : key.items()) names.push_back(item.key());
    EXPECT_EQ(names, (std::vector<std::string>{"alg", "e", "kid", "kty", "n", "use"}));
    EXPECT_EQ(key["alg"], "RS256");
    EXPECT_EQ(key["e"], "AQAB");
    EXPECT_EQ(key["kty"], "RSA");
    EXPECT_EQ(key["use"], "sig");
    EXPECT_EQ(key["kid"].get<std::string>().size(), 44u);
    EXPECT_EQ(internal::Base64UrlDecode(key["n"].get<std::string>())->size(), 256u);
  }
}

TEST_F(Session, KeyIdsDifferBetweenPoolsAndRepeatWithTheSeed) {
  const TestPool other = MakePool();
  const Json ours = Json::parse(fake_.Jwks(pool_.user_pool_id).value());
  const Json theirs = Json::parse(fake_.Jwks(other.user_pool_id).value());
  EXPECT_NE(ours["keys"][0]["kid"], theirs["keys"][0]["kid"]);
  EXPECT_NE(ours["keys"][0]["n"], theirs["keys"][0]["n"]) << "consecutive pools, other keys";
  FakeIdentityProvider again(FakeOptions().WithSeed(1));
  const TestPool same = PoolWithAlice(again);
  ASSERT_EQ(same.user_pool_id, pool_.user_pool_id);
  EXPECT_EQ(again.Jwks(same.user_pool_id).value(), fake_.Jwks(pool_.user_pool_id).value());
}

TEST_F(Session, AnUnknownPoolHasNoKeysNoIssuerAndNoConfiguration) {
  EXPECT_THAT(fake_.Jwks("us-east-1_Unknown00"), StatusIs(ErrorCode::kResourceNotFound));
  EXPECT_THAT(fake_.OpenIdConfiguration("us-east-1_Unknown00"),
              StatusIs(ErrorCode::kResourceNotFound));
  EXPECT_THAT(fake_.Issuer("us-east-1_Unknown00"), StatusIs(ErrorCode::kResourceNotFound));
}

TEST_F(Session, TheOpenIdConfigurationNamesTheIssuerAndTheJwks) {
  const Json config = Json::parse(fake_.OpenIdConfiguration(pool_.user_pool_id).value());
  const std::string issuer = "https://cognito-idp.us-east-1.amazonaws.com/" + pool_.user_pool_id;
  EXPECT_EQ(config["issuer"], issuer);
  EXPECT_EQ(config["jwks_uri"], issuer + "/.well-known/jwks.json");
  EXPECT_EQ(config["id_token_signing_alg_values_supported"], Json::array({"RS256"}));
  EXPECT_EQ(fake_.Issuer(pool_.user_pool_id).value(), issuer);
  EXPECT_EQ(Part(*SignIn("alice", kPassword).value().access_token, 1)["iss"], issuer);
}

TEST_F(Session, TheIssuerBaseCanBeSetForAppsThatFetchKeysFromTheIssuer) {
  FakeOptions options = FakeOptions().WithSeed(1);
  options.issuer_base = "http://127.0.0.1:9229";
  FakeIdentityProvider fake(options);
  const TestPool pool = PoolWithAlice(fake);
  const std::string issuer = "http://127.0.0.1:9229/" + pool.user_pool_id;
  const AuthenticationResultType tokens = fake.SignIn(pool, "alice", kPassword).value();
  EXPECT_EQ(Part(*tokens.id_token, 1)["iss"], issuer);
  EXPECT_EQ(Json::parse(fake.OpenIdConfiguration(pool.user_pool_id).value())["jwks_uri"],
            issuer + "/.well-known/jwks.json");
  ChangePasswordRequest change;
  change.access_token = *tokens.access_token;
  change.previous_password = kPassword;
  change.proposed_password = kPassword;
  EXPECT_THAT(fake.ChangePassword(change), IsOk()) << "its own issuer's tokens are accepted";
}

TEST_F(Session, ByDefaultTheClockStartsAtTheSystemTimeSoRealLibrariesAcceptTheTokens) {
  FakeIdentityProvider fake;
  const TestPool pool = PoolWithAlice(fake);
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  const Json claims = Part(*fake.SignIn(pool, "alice", kPassword).value().access_token, 1);
  EXPECT_LE(std::abs(claims["iat"].get<std::int64_t>() - now), 5) << claims;
  // It stands still unless moved.
  const Timestamp start = fake.clock().Now();
  std::this_thread::sleep_for(std::chrono::milliseconds(2));
  EXPECT_EQ(fake.clock().Now(), start);
}

TEST_F(Session, ATestsOwnKeysSignFromThenOn) {
  const AuthenticationResultType before = SignIn("alice", kPassword).value();
  const std::string pem = internal::kBuiltInKeyPems[7];  // any RSA-2048 PEM of the test's
  ASSERT_OK(fake_.SetSigningKeys(pool_.user_pool_id, pem, pem));
  const AuthenticationResultType after = SignIn("alice", kPassword).value();
  const std::string jwks = fake_.Jwks(pool_.user_pool_id).value();
  EXPECT_TRUE(VerifiesWithJwks(jwks, *after.access_token));
  EXPECT_TRUE(VerifiesWithJwks(jwks, *after.id_token));
  EXPECT_FALSE(VerifiesWithJwks(jwks, *before.access_token));
  EXPECT_THAT(UseAccessToken(*before.access_token),
              StatusIs(ErrorCode::kNotAuthorized, "Invalid Access Token"));
  EXPECT_THAT(UseAccessToken(*after.access_token), IsOk());
}

TEST_F(Session, AKeyThatIsNoRsaKeyOfAtLeast2048BitsIsRefused) {
  const std::string jwks = fake_.Jwks(pool_.user_pool_id).value();
  const std::string good = internal::kBuiltInKeyPems[0];
  EXPECT_THAT(fake_.SetSigningKeys(pool_.user_pool_id, "not a key", good),
              StatusIs(ErrorCode::kInvalidParameter, HasSubstr("RSA key of at least 2048 bits")));
  EXPECT_THAT(fake_.SetSigningKeys("us-east-1_Unknown00", good, good),
              StatusIs(ErrorCode::kResourceNotFound));
  EXPECT_EQ(fake_.Jwks(pool_.user_pool_id).value(), jwks) << "nothing changed";
}

TEST_F(Session, ARefreshKeepsTheSessionsIdsAndAuthTimeAndIssuesNewJtis) {
  const AuthenticationResultType tokens = SignIn("alice", kPassword).value();
  fake_.clock().Advance(std::chrono::minutes(20));
  const AuthenticationResultType refreshed =
      *fake_.InitiateAuth(Refresh(tokens)).value().authentication_result;
  EXPECT_FALSE(refreshed.refresh_token.has_value());
  for (auto [old_token, new_token] : {std::pair{*tokens.access_token, *refreshed.access_token},
                                      std::pair{*tokens.id_token, *refreshed.id_token}}) {
    const Json before = Part(old_token, 1);
    const Json after = Part(new_token, 1);
    EXPECT_EQ(after["origin_jti"], before["origin_jti"]);
    EXPECT_EQ(after["event_id"], before["event_id"]);
    EXPECT_EQ(after["auth_time"], before["auth_time"]);
    EXPECT_EQ(after["iat"].get<std::int64_t>(), before["iat"].get<std::int64_t>() + 1200);
    EXPECT_NE(after["jti"], before["jti"]);
  }
  const AuthenticationResultType again = SignIn("alice", kPassword).value();
  EXPECT_NE(Part(*again.access_token, 1)["origin_jti"],
            Part(*tokens.access_token, 1)["origin_jti"]);
}

TEST_F(Session, ForgedAccessTokensAreRefused) {
  const AuthenticationResultType tokens = SignIn("alice", kPassword).value();
  const std::string& access = *tokens.access_token;
  const std::string header = access.substr(0, access.find('.'));
  const std::string payload =
      access.substr(access.find('.') + 1, access.rfind('.') - access.find('.') - 1);
  const std::string signature = access.substr(access.rfind('.') + 1);
  const std::string kid = Part(access, 0)["kid"];
  auto encode = [](const Json& json) { return internal::Base64UrlEncode(json.dump()); };
  const Json jwks = Json::parse(fake_.Jwks(pool_.user_pool_id).value());
  const std::string modulus = *internal::Base64UrlDecode(jwks["keys"][1]["n"].get<std::string>());
  const std::string hs256_input = encode({{"kid", kid}, {"alg", "HS256"}}) + "." + payload;
  Json edited_claims = Part(access, 1);
  edited_claims["username"] = "bob";
  const TestPool other = MakePool();
  fake_.AddConfirmedUser(other, "alice", kPassword).value();
  const std::string other_pools = *fake_.SignIn(other, "alice", kPassword).value().access_token;

  for (const std::string& forged : {
           encode({{"kid", kid}, {"alg", "none"}}) + "." + payload + ".",
           hs256_input + "." +
               internal::Base64UrlEncode(
                   internal::DigestBytes(internal::HmacSha256(modulus, hs256_input))),
           encode({{"kid", "an-unknown-key-id"}, {"alg", "RS256"}}) + "." + payload + "." +
               signature,
           header + "." + encode(edited_claims) + "." + signature,
           *tokens.id_token,
           // Another pool's token, its `iss` edited to name this pool.
           other_pools.substr(0, other_pools.find('.')) + "." + payload + "." +
               other_pools.substr(other_pools.rfind('.') + 1),
       }) {
    EXPECT_THAT(UseAccessToken(forged), StatusIs(ErrorCode::kNotAuthorized, "Invalid Access Token"))
        << forged;
  }
  EXPECT_THAT(UseAccessToken(access), IsOk()) << "the genuine token";
}

TEST_F(Session, AfterAdminResetUserPasswordTheSessionAnswersPasswordResetRequired) {
  const AuthenticationResultType tokens = SignIn("alice", kPassword).value();
  ASSERT_OK(AdminReset("alice"));
  EXPECT_THAT(UseAccessToken(*tokens.access_token),
              StatusIs(ErrorCode::kPasswordResetRequired, "Password reset required for the user"));
  EXPECT_THAT(fake_.InitiateAuth(Refresh(tokens)),
              StatusIs(ErrorCode::kPasswordResetRequired, "Password reset required for the user"));
  // A reset does not end the session: once the user has a password again,
  // its tokens work (only sign-outs and disabling end sessions).
  ASSERT_OK(ConfirmForgot("alice", LastCode("alice"), kNewPassword));
  EXPECT_THAT(fake_.InitiateAuth(Refresh(tokens)), IsOk());
}

TEST_F(Session, AnAccessTokenOutlivesNoLongerThanItsExp) {
  const AuthenticationResultType tokens = SignIn("alice", kPassword).value();
  fake_.clock().Advance(std::chrono::hours(1));
  EXPECT_THAT(UseAccessToken(*tokens.access_token),
              StatusIs(ErrorCode::kNotAuthorized, "Access Token has expired"));
  EXPECT_THAT(fake_.InitiateAuth(Refresh(tokens)), IsOk()) << "the refresh token lives 30 days";
}

TEST_F(Session, AClientWithoutRevocationIssuesTokensWithoutOriginJti) {
  CreateUserPoolClientRequest request = FakeIdentityProvider::DefaultTestClientRequest();
  request.enable_token_revocation = false;
  const TestPool other = MakePool(FakeIdentityProvider::DefaultTestPoolRequest(), request);
  fake_.AddConfirmedUser(other, "alice", kPassword).value();
  const AuthenticationResultType tokens = fake_.SignIn(other, "alice", kPassword).value();
  EXPECT_FALSE(Part(*tokens.access_token, 1).contains("origin_jti"));
  EXPECT_FALSE(Part(*tokens.id_token, 1).contains("jti"));
  EXPECT_THAT(fake_.InitiateAuth(Refresh(tokens, &other)), IsOk());
}

TEST_F(Session, DeveloperOnlyAttributesAreReadOnlyToAppClients) {
  CreateUserPoolRequest request = FakeIdentityProvider::DefaultTestPoolRequest();
  SchemaAttributeType secret;
  secret.name = "tier";
  secret.attribute_data_type = AttributeDataType::kString;
  secret.developer_only_attribute = true;
  request.schema = {secret};
  const TestPool pool = PoolWithAlice(fake_, request);
  const std::string access = *fake_.SignIn(pool, "alice", kPassword).value().access_token;
  EXPECT_THAT(
      fake_.UpdateUserAttributes({{{"dev:custom:tier", "gold"}}, access, {}}),
      StatusIs(ErrorCode::kNotAuthorized, "A client attempted to write unauthorized attribute"));
  EXPECT_THAT(fake_.GetUser({access}).value().user_attributes,
              ::testing::Not(::testing::Contains(AttributeType{"dev:custom:tier", "gold"})));
  ASSERT_OK(fake_.AdminUpdateUserAttributes(
      {pool.user_pool_id, "alice", {{"dev:custom:tier", "gold"}}, {}}));
  EXPECT_THAT(fake_.GetUser({access}).value().user_attributes,
              ::testing::Contains(AttributeType{"dev:custom:tier", "gold"}));
}

TEST_F(Session, AVerifiedEmailStaysUntilTheNewOneIsVerifiedWhenThePoolSaysSo) {
  CreateUserPoolRequest request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.user_attribute_update_settings =
      UserAttributeUpdateSettingsType{{VerifiedAttributeType::kEmail}};
  const TestPool pool = PoolWithAlice(fake_, request);
  const std::string access = *fake_.SignIn(pool, "alice", kPassword).value().access_token;
  auto updated = fake_.UpdateUserAttributes({{{"email", "alice@example.org"}}, access, {}});
  ASSERT_OK(updated);
  ASSERT_EQ(updated->code_delivery_details_list.size(), 1u);
  EXPECT_EQ(fake_.outbox().Peek().back().destination, "alice@example.org")
      << "the code goes to the new address";
  AttributeListType attributes = fake_.GetUser({access}).value().user_attributes;
  EXPECT_EQ(FindAttribute(attributes, "email"), "alice@example.com") << "the original stays";
  EXPECT_EQ(FindAttribute(attributes, "email_verified"), "true");
  ASSERT_OK(fake_.VerifyUserAttribute(
      {access, "email", fake_.LastCodeFor(pool.user_pool_id, "alice").value_or("")}));
  attributes = fake_.GetUser({access}).value().user_attributes;
  EXPECT_EQ(FindAttribute(attributes, "email"), "alice@example.org");
  EXPECT_EQ(FindAttribute(attributes, "email_verified"), "true");
}

TEST_F(Session, WithoutThatSettingAChangedEmailIsReplacedAtOnceAndUnverified) {
  const std::string access = *SignIn("alice", kPassword).value().access_token;
  ASSERT_OK(fake_.UpdateUserAttributes({{{"email", "alice@example.org"}}, access, {}}));
  const AttributeListType attributes = fake_.GetUser({access}).value().user_attributes;
  EXPECT_EQ(FindAttribute(attributes, "email"), "alice@example.org");
  EXPECT_EQ(FindAttribute(attributes, "email_verified"), "false");
}

TEST_F(Session, RevokeTokenNeedsRevocationOnTheClientAndItsSecretAndOnlyItsOwnTokens) {
  CreateUserPoolClientRequest no_revocation = FakeIdentityProvider::DefaultTestClientRequest();
  no_revocation.user_pool_id = pool_.user_pool_id;
  no_revocation.client_name = "no-revocation";
  no_revocation.enable_token_revocation = false;
  const std::string plain =
      *fake_.CreateUserPoolClient(no_revocation).value().user_pool_client->client_id;
  CreateUserPoolClientRequest with_secret = FakeIdentityProvider::DefaultTestClientRequest();
  with_secret.user_pool_id = pool_.user_pool_id;
  with_secret.client_name = "with-secret";
  with_secret.generate_secret = true;
  const UserPoolClientType secret_client =
      *fake_.CreateUserPoolClient(with_secret).value().user_pool_client;
  const AuthenticationResultType tokens = SignIn("alice", kPassword).value();

  EXPECT_THAT(
      fake_.RevokeToken({*tokens.refresh_token, plain, {}}),
      StatusIs(ErrorCode::kUnsupportedOperation, "Token revocation is not enabled for client " +
                                                     plain + " (EnableTokenRevocation is false)"));
  const std::string unauthorized =
      "Client " + *secret_client.client_id +
      " is not authorized to revoke this token: the client secret is missing or wrong, or the "
      "token was issued to another client";
  EXPECT_THAT(fake_.RevokeToken({*tokens.refresh_token, *secret_client.client_id, {}}),
              StatusIs(ErrorCode::kUnauthorized, unauthorized));
  EXPECT_THAT(
      fake_.RevokeToken({*tokens.refresh_token, *secret_client.client_id, std::string(51, 'w')}),
      StatusIs(ErrorCode::kUnauthorized, unauthorized));
  EXPECT_THAT(fake_.RevokeToken(
                  {*tokens.refresh_token, *secret_client.client_id, secret_client.client_secret}),
              StatusIs(ErrorCode::kUnauthorized, unauthorized))
      << "the token belongs to the test client";
  EXPECT_THAT(fake_.InitiateAuth(Refresh(tokens)), IsOk()) << "and still works there";
  EXPECT_THAT(fake_.RevokeToken({"not-a-refresh-token", pool_.client_id, {}}), IsOk())
      << "an unknown token answers {}";
}

}  // namespace
}  // namespace cognito_fake
