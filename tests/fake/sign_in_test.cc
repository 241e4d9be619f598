// InitiateAuth / AdminInitiateAuth in every user status, lockout, client
// flows and secrets, tokens, refresh, ChangePassword and the
// NEW_PASSWORD_REQUIRED challenge.

#include <cognito_fake/testing/matchers.h>
#include <gmock/gmock.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "internal/crypto.h"
#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::StatusIs;
using ::testing::HasSubstr;

using SigningIn = FakeTest;
using ChangePassword = FakeTest;
using NewPasswordRequired = FakeTest;

constexpr const char* kIncorrect = "Incorrect username or password.";

// The JSON object a JWT part (its header or payload) holds; null when none.
nlohmann::json JwtPart(const std::string& text) {
  auto json = internal::Base64UrlDecode(text);
  return json ? nlohmann::json::parse(*json, nullptr, /*allow_exceptions=*/false)
              : nlohmann::json();
}

nlohmann::json Claims(const std::string& jwt) {
  const auto first = jwt.find('.');
  const auto last = jwt.rfind('.');
  return JwtPart(jwt.substr(first + 1, last - first - 1));
}

std::string StringClaim(const nlohmann::json& claims, const std::string& name) {
  auto it = claims.find(name);
  if (it == claims.end() || !it->is_string()) return "<missing>";
  return it->get<std::string>();
}

// ChangePassword's request: `access_token`'s user changes `previous_password`
// to `proposed_password`.
ChangePasswordRequest ChangeRequest(const std::string& access_token,
                                    const std::string& previous_password,
                                    const std::string& proposed_password) {
  ChangePasswordRequest request;
  request.access_token = access_token;
  request.previous_password = previous_password;
  request.proposed_password = proposed_password;
  return request;
}

InitiateAuthRequest RefreshRequest(const std::string& client_id, const std::string& refresh_token) {
  InitiateAuthRequest refresh;
  refresh.client_id = client_id;
  refresh.auth_flow = AuthFlowType::kRefreshTokenAuth;
  refresh.auth_parameters = {{"REFRESH_TOKEN", refresh_token}};
  return refresh;
}

TEST_F(SigningIn, ConfirmedUserWithTheRightPasswordGetsTokens) {
  auto tokens = SignIn("alice", kPassword);
  ASSERT_OK(tokens);
  EXPECT_EQ(tokens->token_type, "Bearer");
  EXPECT_EQ(tokens->expires_in, 3600);
  ASSERT_TRUE(tokens->access_token && tokens->id_token && tokens->refresh_token);
  auto access = Claims(*tokens->access_token);
  EXPECT_EQ(StringClaim(access, "token_use"), "access");
  EXPECT_EQ(StringClaim(access, "username"), "alice");
  EXPECT_EQ(StringClaim(access, "client_id"), pool_.client_id);
  EXPECT_EQ(StringClaim(access, "scope"), "aws.cognito.signin.user.admin");
  EXPECT_EQ(StringClaim(access, "iss"),
            "https://cognito-idp.us-east-1.amazonaws.com/" + pool_.user_pool_id);
  auto id = Claims(*tokens->id_token);
  EXPECT_EQ(StringClaim(id, "token_use"), "id");
  EXPECT_EQ(StringClaim(id, "cognito:username"), "alice");
  EXPECT_EQ(StringClaim(id, "email"), "alice@example.com");
  EXPECT_EQ(StringClaim(id, "aud"), pool_.client_id);
  EXPECT_EQ(StringClaim(id, "sub"), StringClaim(access, "sub"));
}

TEST_F(SigningIn,
       AnInvalidRequestForAKnownClientAndUserIsRefusedForItsValidationAndChangesNothing) {
  // InitiateAuth looks its client and user up before the request is
  // validated (to fetch them while it is); what it finds decides nothing.
  InitiateAuthRequest request = PasswordAuthRequest("alice", "wrong-password");
  request.session = "short";  // a session has 20 characters at least
  const Status refused = fake_.InitiateAuth(request).status();
  EXPECT_EQ(refused.code(), ErrorCode::kInvalidParameter) << refused;
  EXPECT_NE(refused.message().find("'session'"), std::string::npos) << refused;
  // Refused for the request, not for the wrong password, which was never
  // tried: after four more wrong ones the right one still signs in (a
  // fifth failure on record would have locked the account).
  request.session.reset();
  for (int i = 0; i < 4; ++i)
    EXPECT_STATUS(fake_.InitiateAuth(request), ErrorCode::kNotAuthorized, kIncorrect);
  request.auth_parameters["PASSWORD"] = kPassword;
  EXPECT_OK(fake_.InitiateAuth(request));
  request.client_id = "unknownclient0123456789abc";
  EXPECT_STATUS(fake_.InitiateAuth(request), ErrorCode::kResourceNotFound,
                "User pool client unknownclient0123456789abc does not exist.");
}

TEST_F(SigningIn, EachPoolsTokensNameThatPoolAsIssuerWhenSignInsAlternate) {
  TestPool other = MakePool(FakeIdentityProvider::DefaultTestPoolRequest(),
                            FakeIdentityProvider::DefaultTestClientRequest());
  fake_.AddConfirmedUser(other, "alice", kPassword).value();
  for (int round = 0; round < 2; ++round) {
    for (const TestPool* pool : {&pool_, &other, &pool_}) {
      auto tokens = fake_.SignIn(*pool, "alice", kPassword);
      ASSERT_OK(tokens);
      const std::string expected =
          "https://cognito-idp.us-east-1.amazonaws.com/" + pool->user_pool_id;
      EXPECT_EQ(StringClaim(Claims(*tokens->access_token), "iss"), expected) << round;
      EXPECT_EQ(StringClaim(Claims(*tokens->id_token), "iss"), expected) << round;
    }
  }
}

TEST_F(SigningIn, TokensHaveCognitosHeaderAndSignatureShape) {
  auto tokens = SignIn("alice", kPassword);
  ASSERT_OK(tokens);
  for (const std::string& jwt : {*tokens->access_token, *tokens->id_token}) {
    const nlohmann::json header = JwtPart(jwt.substr(0, jwt.find('.')));
    ASSERT_TRUE(header.is_object()) << jwt;
    EXPECT_EQ(StringClaim(header, "alg"), "RS256");
    EXPECT_EQ(StringClaim(header, "kid").size(), 44u) << "base64 of 32 bytes, as Cognito's";
    const std::string signature = jwt.substr(jwt.rfind('.') + 1);
    EXPECT_EQ(signature.size(), 342u) << "a 256-byte RS256 signature in base64url";
    EXPECT_TRUE(internal::Base64UrlDecode(signature).has_value());
  }
  // Five base64url parts, like Cognito's encrypted refresh tokens.
  const std::string& refresh = *tokens->refresh_token;
  EXPECT_EQ(std::count(refresh.begin(), refresh.end(), '.'), 4);
  EXPECT_EQ(refresh.find_first_not_of(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."),
            std::string::npos);
}

TEST_F(SigningIn, AcceptsTheEmailAliasAndIsCaseInsensitiveWhenThePoolIs) {
  auto request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.alias_attributes = {AliasAttributeType::kEmail};
  TestPool pool = MakePool(request);
  fake_.AddConfirmedUser(pool, "bob", kPassword, {{"email", "Bob@Example.com"}}).value();
  EXPECT_OK(fake_.SignIn(pool, "bob@example.com", kPassword));
  EXPECT_OK(fake_.SignIn(pool, "BOB", kPassword));
}

TEST_F(SigningIn, AnUnverifiedEmailAliasIsNotASignInName) {
  auto request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.alias_attributes = {AliasAttributeType::kEmail};
  TestPool pool = MakePool(request);
  fake_
      .AddConfirmedUser(pool, "bob", kPassword,
                        {{"email", "bob@example.com"}, {"email_verified", "false"}})
      .value();
  EXPECT_STATUS(fake_.SignIn(pool, "bob@example.com", kPassword), ErrorCode::kUserNotFound,
                "User does not exist.");
}

TEST_F(SigningIn, EmailAsUsernamePoolsUseTheSubAsUsername) {
  auto request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.username_attributes = {UsernameAttributeType::kEmail};
  TestPool pool = MakePool(request);
  const std::string sub = fake_.AddConfirmedUser(pool, "carol@example.com", kPassword).value();
  auto user = fake_.AdminGetUser({pool.user_pool_id, "carol@example.com"}).value();
  EXPECT_EQ(user.username, sub);
  EXPECT_EQ(FindAttribute(user.user_attributes, "email"), "carol@example.com");
  auto tokens = fake_.SignIn(pool, "carol@example.com", kPassword);
  ASSERT_OK(tokens);
  EXPECT_EQ(StringClaim(Claims(*tokens->access_token), "username"), sub);
}

TEST_F(SigningIn, WrongPasswordIsNotAuthorized) {
  EXPECT_STATUS(SignIn("alice", "Wr0ng-password"), ErrorCode::kNotAuthorized, kIncorrect);
  EXPECT_STATUS(AdminSignIn("alice", "Wr0ng-password"), ErrorCode::kNotAuthorized, kIncorrect);
}

TEST_F(SigningIn, UnknownUserIsUserNotFoundUnderLegacyAndNotAuthorizedWhenEnabled) {
  EXPECT_STATUS(SignIn("nobody", kPassword), ErrorCode::kUserNotFound, "User does not exist.");
  auto client = FakeIdentityProvider::DefaultTestClientRequest();
  client.prevent_user_existence_errors = PreventUserExistenceErrorTypes::kEnabled;
  TestPool pool = MakePool(FakeIdentityProvider::DefaultTestPoolRequest(), client);
  EXPECT_STATUS(fake_.SignIn(pool, "nobody", kPassword), ErrorCode::kNotAuthorized, kIncorrect);
}

TEST_F(SigningIn, DisabledUserIsNotAuthorized) {
  ASSERT_OK(fake_.AdminDisableUser({pool_.user_pool_id, "alice"}));
  EXPECT_STATUS(SignIn("alice", kPassword), ErrorCode::kNotAuthorized, "User is disabled.");
  ASSERT_OK(fake_.AdminEnableUser({pool_.user_pool_id, "alice"}));
  EXPECT_OK(SignIn("alice", kPassword));
}

TEST_F(SigningIn, UnconfirmedUserIsUserNotConfirmedWithTheRightPassword) {
  ASSERT_OK(SignUpUser("dan", "dan@example.com"));
  EXPECT_STATUS(SignIn("dan", kPassword), ErrorCode::kUserNotConfirmed, "User is not confirmed.");
  EXPECT_STATUS(SignIn("dan", "Wr0ng-password"), ErrorCode::kNotAuthorized, kIncorrect);
}

TEST_F(SigningIn, ResetRequiredUserIsRefusedOnEveryPath) {
  ASSERT_OK(AdminReset("alice"));
  for (const char* password : {kPassword, "Wr0ng-password"}) {
    EXPECT_STATUS(SignIn("alice", password), ErrorCode::kPasswordResetRequired,
                  "Password reset required for the user");
    EXPECT_STATUS(AdminSignIn("alice", password), ErrorCode::kPasswordResetRequired,
                  "Password reset required for the user");
    AdminInitiateAuthRequest legacy =
        AdminAuthRequest("alice", password, AuthFlowType::kAdminNoSrpAuth);
    EXPECT_STATUS(fake_.AdminInitiateAuth(legacy), ErrorCode::kPasswordResetRequired,
                  "Password reset required for the user");
  }
}

TEST(SignInResetRequired, WrongPasswordIsNotAuthorizedWhenConfiguredToCheckIt) {
  FakeOptions options;
  options.behavior.reset_required_checks_password = true;
  FakeIdentityProvider fake(options);
  TestPool pool = PoolWithAlice(fake);
  ASSERT_OK(fake.AdminResetUserPassword({pool.user_pool_id, "alice", {}}));
  EXPECT_STATUS(fake.SignIn(pool, "alice", "Passw0rd!"), ErrorCode::kPasswordResetRequired,
                "Password reset required for the user");
  EXPECT_STATUS(fake.SignIn(pool, "alice", "Wr0ng"), ErrorCode::kNotAuthorized, kIncorrect);
}

TEST_F(SigningIn, FiveFailuresLockTheUserOutWithGrowingLocks) {
  for (int i = 0; i < 5; ++i) {
    EXPECT_STATUS(SignIn("alice", "Wr0ng-password"), ErrorCode::kNotAuthorized, kIncorrect);
  }
  // Locked for 1 s, even with the right password.
  EXPECT_STATUS(SignIn("alice", kPassword), ErrorCode::kNotAuthorized,
                "Password attempts exceeded");
  fake_.clock().Advance(std::chrono::seconds(1));
  EXPECT_STATUS(SignIn("alice", "Wr0ng-password"), ErrorCode::kNotAuthorized, kIncorrect);
  // The sixth failure locks for 2 s.
  fake_.clock().Advance(std::chrono::seconds(1));
  EXPECT_STATUS(SignIn("alice", kPassword), ErrorCode::kNotAuthorized,
                "Password attempts exceeded");
  fake_.clock().Advance(std::chrono::seconds(1));
  EXPECT_OK(SignIn("alice", kPassword));
  // Success clears the failures: four more (the sixth and later would
  // lock) leave the user free to sign in.
  for (int i = 0; i < 4; ++i) {
    EXPECT_STATUS(SignIn("alice", "Wr0ng-password"), ErrorCode::kNotAuthorized, kIncorrect);
  }
  EXPECT_OK(SignIn("alice", kPassword));
  // And after that success, five lock again.
  for (int i = 0; i < 5; ++i) {
    EXPECT_STATUS(SignIn("alice", "Wr0ng-password"), ErrorCode::kNotAuthorized, kIncorrect);
  }
  EXPECT_STATUS(SignIn("alice", kPassword), ErrorCode::kNotAuthorized,
                "Password attempts exceeded");
}

TEST_F(SigningIn, FailuresAreForgottenAfterFifteenQuietMinutes) {
  for (int i = 0; i < 4; ++i)
    ASSERT_THAT(SignIn("alice", "Wr0ng-password"), StatusIs(ErrorCode::kNotAuthorized));
  fake_.clock().Advance(std::chrono::minutes(15));
  ASSERT_THAT(SignIn("alice", "Wr0ng-password"), StatusIs(ErrorCode::kNotAuthorized));
  EXPECT_OK(SignIn("alice", kPassword)) << "only one failure counts after the quiet period";
}

TEST_F(SigningIn, FlowsNotAllowedForTheClientAreInvalidParameter) {
  auto client = FakeIdentityProvider::DefaultTestClientRequest();
  client.explicit_auth_flows = {ExplicitAuthFlowsType::kAllowRefreshTokenAuth};
  TestPool pool = MakePool(FakeIdentityProvider::DefaultTestPoolRequest(), client);
  fake_.AddConfirmedUser(pool, "eve", kPassword).value();
  EXPECT_STATUS(fake_.SignIn(pool, "eve", kPassword), ErrorCode::kInvalidParameter,
                "USER_PASSWORD_AUTH flow not enabled for this client");
  AdminInitiateAuthRequest admin =
      AdminAuthRequest("eve", kPassword, AuthFlowType::kAdminUserPasswordAuth, &pool);
  EXPECT_STATUS(fake_.AdminInitiateAuth(admin), ErrorCode::kInvalidParameter,
                "Auth flow not enabled for this client");
}

TEST_F(SigningIn, AdminFlowsAreRefusedByInitiateAuth) {
  InitiateAuthRequest request = PasswordAuthRequest("alice", kPassword);
  request.auth_flow = AuthFlowType::kAdminUserPasswordAuth;
  EXPECT_STATUS(fake_.InitiateAuth(request), ErrorCode::kInvalidParameter,
                "Initiate Auth method not supported.");
}

TEST_F(SigningIn, MissingUsernameOrPasswordIsInvalidParameter) {
  InitiateAuthRequest request = PasswordAuthRequest("alice", kPassword);
  request.auth_parameters.erase("USERNAME");
  EXPECT_STATUS(fake_.InitiateAuth(request), ErrorCode::kInvalidParameter,
                "Missing required parameter USERNAME");
  request.auth_parameters = {{"USERNAME", "alice"}};
  EXPECT_STATUS(fake_.InitiateAuth(request), ErrorCode::kInvalidParameter,
                "Missing required parameter PASSWORD");
}

TEST_F(SigningIn, OtherAuthParametersAreIgnoredHoweverMany) {
  // Up to eight parameters are scanned, more are looked up: both find the
  // two that count, and only those, whatever names sort around them (with
  // `others` pairs of other names: 2, 4, 8 and 10 parameters, then 42).
  for (int others : {0, 1, 3, 4, 20}) {
    InitiateAuthRequest request = PasswordAuthRequest("alice", kPassword);
    for (int i = 0; i < others; ++i) {
      // Names that sort beside the two that count ('P'/'U' + suffixes).
      const char suffix[] = {static_cast<char>('A' + i), '\0'};
      request.auth_parameters.emplace(std::string("OTHER") + suffix, "x");
      request.auth_parameters.emplace(std::string(i % 2 == 0 ? "PASSWORDS" : "USERNAM") + suffix,
                                      "x");
    }
    EXPECT_OK(fake_.InitiateAuth(request)) << others << " others";
    request.auth_parameters.erase("PASSWORD");
    EXPECT_STATUS(fake_.InitiateAuth(request), ErrorCode::kInvalidParameter,
                  "Missing required parameter PASSWORD")
        << others << " others";
  }
}

TEST_F(SigningIn, SecretHashIsRequiredAndVerifiedForClientsWithASecret) {
  auto client = FakeIdentityProvider::DefaultTestClientRequest();
  client.generate_secret = true;
  TestPool pool = MakePool(FakeIdentityProvider::DefaultTestPoolRequest(), client);
  fake_.AddConfirmedUser(pool, "fred", kPassword).value();
  InitiateAuthRequest request = PasswordAuthRequest("fred", kPassword, &pool);
  EXPECT_STATUS(
      fake_.InitiateAuth(request), ErrorCode::kNotAuthorized,
      "Client " + pool.client_id + " is configured for secret but secret was not received");
  request.auth_parameters["SECRET_HASH"] = "bm90IHRoZSBoYXNo";
  EXPECT_STATUS(fake_.InitiateAuth(request), ErrorCode::kNotAuthorized,
                "Unable to verify secret hash for client " + pool.client_id);
  EXPECT_OK(fake_.SignIn(pool, "fred", kPassword)) << "SignIn computes the hash itself";
}

TEST_F(SigningIn, TemporaryPasswordExpiresAfterTheValidityDays) {
  ASSERT_OK(CreateUninvited("gail", {}, "Temp0rary!"));
  fake_.clock().Advance(std::chrono::hours(24 * 7));
  EXPECT_THAT(AdminSignIn("gail", "Temp0rary!"), IsOk());
  fake_.clock().Advance(std::chrono::seconds(1));
  EXPECT_STATUS(AdminSignIn("gail", "Temp0rary!"), ErrorCode::kNotAuthorized,
                "Temporary password has expired and must be reset by an administrator.");
}

TEST_F(SigningIn, RefreshTokenAuthIssuesNewAccessAndIdTokensButNoRefreshToken) {
  auto tokens = SignIn("alice", kPassword).value();
  InitiateAuthRequest refresh = RefreshRequest(pool_.client_id, *tokens.refresh_token);
  auto refreshed = fake_.InitiateAuth(refresh);
  ASSERT_OK(refreshed);
  ASSERT_TRUE(refreshed->authentication_result.has_value());
  EXPECT_TRUE(refreshed->authentication_result->access_token.has_value());
  EXPECT_NE(refreshed->authentication_result->access_token, tokens.access_token);
  EXPECT_FALSE(refreshed->authentication_result->refresh_token.has_value());

  refresh.auth_parameters["REFRESH_TOKEN"] = "not-a-token";
  EXPECT_STATUS(fake_.InitiateAuth(refresh), ErrorCode::kNotAuthorized, "Invalid Refresh Token.");
}

TEST_F(SigningIn, DisablingAUserRevokesItsRefreshTokens) {
  auto tokens = SignIn("alice", kPassword).value();
  InitiateAuthRequest refresh = RefreshRequest(pool_.client_id, *tokens.refresh_token);
  ASSERT_OK(fake_.AdminDisableUser({pool_.user_pool_id, "alice"}));
  EXPECT_STATUS(fake_.InitiateAuth(refresh), ErrorCode::kNotAuthorized, "User is disabled.");
  ASSERT_OK(fake_.AdminEnableUser({pool_.user_pool_id, "alice"}));
  EXPECT_STATUS(fake_.InitiateAuth(refresh), ErrorCode::kNotAuthorized,
                "Refresh Token has been revoked");
}

TEST_F(SigningIn, ARecreatedUserDoesNotInheritTheOldUsersTokens) {
  auto tokens = SignIn("alice", kPassword).value();
  ASSERT_OK(fake_.AdminDeleteUser({pool_.user_pool_id, "alice"}));
  ASSERT_OK(fake_.AddConfirmedUser(pool_, "alice", kPassword, {}));  // a new sub
  InitiateAuthRequest refresh = RefreshRequest(pool_.client_id, *tokens.refresh_token);
  EXPECT_STATUS(fake_.InitiateAuth(refresh), ErrorCode::kUserNotFound, "User does not exist.");
  EXPECT_STATUS(fake_.ChangePassword(ChangeRequest(*tokens.access_token, kPassword, kNewPassword)),
                ErrorCode::kUserNotFound, "User does not exist.");
}

TEST_F(SigningIn, RefreshTokensExpireAfterTheClientsValidity) {
  auto tokens = SignIn("alice", kPassword).value();
  InitiateAuthRequest refresh = RefreshRequest(pool_.client_id, *tokens.refresh_token);
  fake_.clock().Advance(std::chrono::hours(24 * 30) - std::chrono::seconds(1));
  EXPECT_OK(fake_.InitiateAuth(refresh));
  fake_.clock().Advance(std::chrono::seconds(1));
  EXPECT_STATUS(fake_.InitiateAuth(refresh), ErrorCode::kNotAuthorized,
                "Refresh Token has expired");
}

TEST_F(SigningIn, ARefreshTokenWorksOnlyWithTheClientThatGotIt) {
  auto tokens = SignIn("alice", kPassword).value();
  CreateUserPoolClientRequest other_client;
  other_client.user_pool_id = pool_.user_pool_id;
  other_client.client_name = "other";
  other_client.explicit_auth_flows = {ExplicitAuthFlowsType::kAllowRefreshTokenAuth};
  const std::string other_id =
      *fake_.CreateUserPoolClient(other_client).value().user_pool_client->client_id;
  EXPECT_STATUS(fake_.InitiateAuth(RefreshRequest(other_id, *tokens.refresh_token)),
                ErrorCode::kNotAuthorized, "Refresh Token has different Client");
  // An edited refresh token is no refresh token.
  std::string edited = *tokens.refresh_token;
  edited[edited.size() / 2] = edited[edited.size() / 2] == 'A' ? 'B' : 'A';
  EXPECT_STATUS(fake_.InitiateAuth(RefreshRequest(pool_.client_id, edited)),
                ErrorCode::kNotAuthorized, "Invalid Refresh Token.");
  EXPECT_OK(fake_.InitiateAuth(RefreshRequest(pool_.client_id, *tokens.refresh_token)))
      << "it still works with its own client";
}

TEST_F(ChangePassword, ChangesThePasswordWithTheAccessToken) {
  auto tokens = SignIn("alice", kPassword).value();
  ChangePasswordRequest request = ChangeRequest(*tokens.access_token, kPassword, kNewPassword);
  ASSERT_OK(fake_.ChangePassword(request));
  EXPECT_OK(SignIn("alice", kNewPassword));
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kConfirmed);
}

TEST_F(ChangePassword, WrongPreviousPasswordIsNotAuthorized) {
  auto tokens = SignIn("alice", kPassword).value();
  ChangePasswordRequest request =
      ChangeRequest(*tokens.access_token, "Wr0ng-password", kNewPassword);
  EXPECT_STATUS(fake_.ChangePassword(request), ErrorCode::kNotAuthorized, kIncorrect);
  EXPECT_OK(SignIn("alice", kPassword));
}

TEST_F(ChangePassword, EnforcesThePolicy) {
  auto tokens = SignIn("alice", kPassword).value();
  ChangePasswordRequest request = ChangeRequest(*tokens.access_token, kPassword, "NoDigitsHere!");
  EXPECT_STATUS(fake_.ChangePassword(request), ErrorCode::kInvalidPassword,
                "Password does not conform to policy: Password must have numeric characters");
}

TEST_F(ChangePassword, RejectsForgedExpiredAndRevokedTokens) {
  auto tokens = SignIn("alice", kPassword).value();
  std::string forged = *tokens.access_token;
  forged.back() = forged.back() == 'A' ? 'B' : 'A';
  ChangePasswordRequest request = ChangeRequest(forged, kPassword, kNewPassword);
  EXPECT_STATUS(fake_.ChangePassword(request), ErrorCode::kNotAuthorized, "Invalid Access Token");
  // An edited payload (here a claim's text) under the original signature.
  std::string edited = *tokens.access_token;
  const std::size_t payload_start = edited.find('.') + 1;
  edited[payload_start + 10] = edited[payload_start + 10] == 'A' ? 'B' : 'A';
  request.access_token = edited;
  EXPECT_STATUS(fake_.ChangePassword(request), ErrorCode::kNotAuthorized, "Invalid Access Token");

  request.access_token = *tokens.access_token;
  ASSERT_OK(fake_.AdminDisableUser({pool_.user_pool_id, "alice"}));
  EXPECT_STATUS(fake_.ChangePassword(request), ErrorCode::kNotAuthorized, "User is disabled.");
  ASSERT_OK(fake_.AdminEnableUser({pool_.user_pool_id, "alice"}));
  EXPECT_STATUS(fake_.ChangePassword(request), ErrorCode::kNotAuthorized,
                "Access Token has been revoked")
      << "disabling the user revoked it for good";

  request.access_token = *SignIn("alice", kPassword).value().access_token;
  fake_.clock().Advance(std::chrono::hours(1));
  EXPECT_STATUS(fake_.ChangePassword(request), ErrorCode::kNotAuthorized,
                "Access Token has expired");
}

TEST_F(ChangePassword, AnIdTokenIsNotAnAccessToken) {
  auto tokens = SignIn("alice", kPassword).value();
  // Ours, unedited, but token_use "id".
  ChangePasswordRequest request = ChangeRequest(*tokens.id_token, kPassword, kNewPassword);
  EXPECT_STATUS(fake_.ChangePassword(request), ErrorCode::kNotAuthorized, "Invalid Access Token");
}

TEST_F(ChangePassword, AnAccessTokenExpiresAtItsExpClaimInWholeSeconds) {
  // Sign in 0.6 s into a second.
  fake_.clock().Set(FakeClock::DefaultStart() + std::chrono::milliseconds(600));
  auto tokens = SignIn("alice", kPassword).value();
  const auto exp = Claims(*tokens.access_token).at("exp").get<std::int64_t>();
  const auto iat = Claims(*tokens.access_token).at("iat").get<std::int64_t>();
  EXPECT_EQ(exp - iat, 3600);
  ChangePasswordRequest request = ChangeRequest(*tokens.access_token, kPassword, kNewPassword);
  // The token works until the clock reaches exp, 3599.4 s after the
  // sign-in, and has expired from then on, as a client reading the claim
  // would conclude.
  fake_.clock().Advance(std::chrono::milliseconds(3'599'399));
  ASSERT_OK(fake_.ChangePassword(request));
  request.previous_password = kNewPassword;
  request.proposed_password = "An0ther-Passw0rd!";
  fake_.clock().Advance(std::chrono::milliseconds(1));
  EXPECT_STATUS(fake_.ChangePassword(request), ErrorCode::kNotAuthorized,
                "Access Token has expired");
}

TEST_F(ChangePassword, IsLimitedToFiveCallsPerHour) {
  auto tokens = SignIn("alice", kPassword).value();
  ChangePasswordRequest request =
      ChangeRequest(*tokens.access_token, "Wr0ng-password", kNewPassword);
  for (int i = 0; i < 5; ++i)
    ASSERT_THAT(fake_.ChangePassword(request), StatusIs(ErrorCode::kNotAuthorized));
  EXPECT_STATUS(fake_.ChangePassword(request), ErrorCode::kLimitExceeded,
                "Attempt limit exceeded, please try after some time.");
}

TEST_F(NewPasswordRequired, SessionsExpireAfterTheClientsAuthSessionValidity) {
  ASSERT_OK(CreateUninvited("hugo", {}, "Temp0rary!"));
  auto challenge = AdminSignIn("hugo", "Temp0rary!").value();
  ASSERT_EQ(challenge.challenge_name, ChallengeNameType::kNewPasswordRequired);
  fake_.clock().Advance(std::chrono::minutes(3));
  AdminRespondToAuthChallengeRequest respond;
  respond.user_pool_id = pool_.user_pool_id;
  respond.client_id = pool_.client_id;
  respond.session = challenge.session;
  respond.challenge_responses = {{"USERNAME", "hugo"}, {"NEW_PASSWORD", kNewPassword}};
  EXPECT_STATUS(fake_.AdminRespondToAuthChallenge(respond), ErrorCode::kNotAuthorized,
                "Invalid session for the user, session is expired.");
  respond.session = std::string(40, 'x');
  EXPECT_STATUS(fake_.AdminRespondToAuthChallenge(respond), ErrorCode::kNotAuthorized,
                "Invalid session for the user.");
}

TEST_F(NewPasswordRequired, RequiredAttributesMustBeSuppliedAndSetOnesCannotChange) {
  auto pool_request = FakeIdentityProvider::DefaultTestPoolRequest();
  SchemaAttributeType name;
  name.name = "name";
  name.required = true;
  pool_request.schema = {name};
  TestPool pool = MakePool(pool_request);
  ASSERT_OK(CreateUninvited("iris", {{"name", "Iris"}, {"email", "iris@example.com"}}, "Temp0rary!",
                            &pool));

  auto challenge = fake_.SignIn(pool, "iris", "Temp0rary!");
  EXPECT_THAT(challenge,
              StatusIs(ErrorCode::kInvalidParameter, HasSubstr("challenge instead of tokens")))
      << "SignIn reports a challenge as an error";
  RespondToAuthChallengeRequest respond = NewPasswordAnswer(
      "iris", "Temp0rary!", {{"userAttributes.email", "other@example.com"}}, &pool);
  ASSERT_TRUE(respond.session.has_value());
  EXPECT_STATUS(fake_.RespondToAuthChallenge(respond), ErrorCode::kNotAuthorized,
                "Cannot modify an already provided email");
  respond.challenge_responses.erase("userAttributes.email");
  respond.challenge_responses["userAttributes.nickname"] = "iri";
  EXPECT_OK(fake_.RespondToAuthChallenge(respond));
  auto user = fake_.AdminGetUser({pool.user_pool_id, "iris"}).value();
  EXPECT_EQ(FindAttribute(user.user_attributes, "nickname"), "iri");
}

}  // namespace
}  // namespace cognito_fake
