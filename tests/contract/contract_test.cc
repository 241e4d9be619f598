// One set of behaviour tests run against every way of reaching the fake:
// directly, behind a fault injector with no rules, through the wire
// dispatcher in-process, over HTTP through the loopback endpoint and, when the
// aws_sdk component is built, through aws-sdk-cpp in-process: the SDK client's
// own typed methods, and AwsSdkIdentityProvider over the SDK client. The same
// assertions must hold on every route.

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/fault_injector.h>
#include <cognito_fake/iam.h>
#include <cognito_fake/loopback_server.h>
#include <cognito_fake/srp_client.h>
#include <cognito_fake/testing/matchers.h>
#include <cognito_fake/wire.h>
#include <cognito_fake/wire_client.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>

#include "internal/crypto.h"
#include "support/fake_test_util.h"

#ifdef COGNITO_FAKE_TEST_AWS_SDK
#include <cognito_fake/aws_sdk/identity_provider.h>
#include <cognito_fake/aws_sdk/in_process.h>

#include "support/aws_sdk_util.h"
#endif

namespace cognito_fake {
namespace {

using ::cognito_fake_testing::StatusIs;

enum class Route {
  kDirect,
  kNoOpFaultInjector,
  kWireInProcess,
  kHttpEndpoint,
  // The server verifying SigV4 against a registered key of an IAM user
  // whose policies allow cognito-idp on the pools and `*`, signed by
  // HttpTransport: a wrong signature or resource ARN fails every test.
  kHttpEndpointVerifyingSignatures,
  kAwsSdkClient,
  kAwsSdkIdentityProvider
};

std::string RouteName(const ::testing::TestParamInfo<Route>& info) {
  switch (info.param) {
    case Route::kDirect:
      return "Direct";
    case Route::kNoOpFaultInjector:
      return "NoOpFaultInjector";
    case Route::kWireInProcess:
      return "WireInProcess";
    case Route::kHttpEndpoint:
      return "HttpEndpoint";
    case Route::kHttpEndpointVerifyingSignatures:
      return "HttpEndpointVerifyingSignatures";
    case Route::kAwsSdkClient:
      return "AwsSdkClient";
    case Route::kAwsSdkIdentityProvider:
      return "AwsSdkIdentityProvider";
  }
  return "Unknown";
}

class Contract : public ::testing::TestWithParam<Route> {
 protected:
  void SetUp() override {
    pool_ = EmailAliasPoolWithAlice(fake_);
    switch (GetParam()) {
      case Route::kDirect:
        break;
      case Route::kNoOpFaultInjector:
        faults_ = std::make_unique<FaultInjector>(fake_, &fake_.clock());
        break;
      case Route::kWireInProcess:
        dispatcher_ = std::make_unique<WireDispatcher>(fake_);
        client_ = std::make_unique<WireClient>(InProcessTransport(*dispatcher_));
        break;
      case Route::kHttpEndpoint:
        server_ = LoopbackServer::Start(fake_).value();
        client_ = std::make_unique<WireClient>(HttpTransport(server_->url()));
        break;
      case Route::kHttpEndpointVerifyingSignatures: {
        IamIdentity user;
        user.access_key_id = "AKIDCONTRACT";
        user.secret_access_key = "contract-secret";
        user.principal_arn = "arn:aws:iam::123456789012:user/contract";
        user.policies.push_back(*IamPolicy::Parse(R"({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "cognito-idp:*",
             "Resource": "arn:aws:cognito-idp:us-east-1:123456789012:userpool/*"},
            {"Effect": "Allow", "Action": ["cognito-idp:CreateUserPool",
                                           "cognito-idp:ListUserPools"], "Resource": "*"}]})"));
        ASSERT_TRUE(iam_.AddIdentity(user).ok());
        LoopbackServerOptions options;
        options.wire.auth = WireAuthMode::kVerify;
        options.iam = &iam_;
        server_ = LoopbackServer::Start(fake_, options).value();
        HttpTransportOptions signing;
        signing.credentials = AwsCredentials{user.access_key_id, user.secret_access_key, ""};
        signing.clock = &fake_.clock();
        client_ = std::make_unique<WireClient>(HttpTransport(server_->url(), signing));
        break;
      }
#ifdef COGNITO_FAKE_TEST_AWS_SDK
      case Route::kAwsSdkClient:
        client_ = std::make_unique<testing_util::SdkClientProvider>(fake_);
        break;
      case Route::kAwsSdkIdentityProvider:
        sdk_endpoint_ = std::make_unique<aws_sdk::InProcessEndpoint>(fake_);
        client_ = std::make_unique<aws_sdk::AwsSdkIdentityProvider>(
            Aws::MakeShared<Aws::Auth::SimpleAWSCredentialsProvider>(
                "contract", aws_sdk::InProcessEndpoint::Credentials()),
            sdk_endpoint_->ClientConfiguration());
        break;
#else
      case Route::kAwsSdkClient:
      case Route::kAwsSdkIdentityProvider:
        GTEST_SKIP() << "the aws_sdk component is not built";
#endif
    }
  }

  // The provider under test.
  IdentityProvider& cognito() {
    if (client_) return *client_;
    if (faults_) return *faults_;
    return fake_;
  }

  StatusOr<InitiateAuthResponse> SignIn(const std::string& username, const std::string& password) {
    InitiateAuthRequest request;
    request.auth_flow = AuthFlowType::kUserPasswordAuth;
    request.client_id = pool_.client_id;
    request.auth_parameters = {{"USERNAME", username}, {"PASSWORD", password}};
    return cognito().InitiateAuth(request);
  }
  StatusOr<ConfirmForgotPasswordResponse> Confirm(const std::string& code,
                                                  const std::string& password) {
    ConfirmForgotPasswordRequest request;
    request.client_id = pool_.client_id;
    request.username = "alice";
    request.confirmation_code = code;
    request.password = password;
    return cognito().ConfirmForgotPassword(request);
  }
  std::string Code() { return fake_.LastCodeFor(pool_.user_pool_id, "alice").value_or(""); }

  // USER_SRP_AUTH's two steps through the provider under test.
  StatusOr<RespondToAuthChallengeResponse> SrpSignIn(const std::string& username,
                                                     const std::string& password) {
    SrpClient srp(pool_.user_pool_id);
    InitiateAuthRequest start;
    start.auth_flow = AuthFlowType::kUserSrpAuth;
    start.client_id = pool_.client_id;
    start.auth_parameters = {{"USERNAME", username}, {"SRP_A", srp.srp_a()}};
    auto challenge = cognito().InitiateAuth(start);
    if (!challenge.ok()) return challenge.status();
    EXPECT_EQ(challenge->challenge_name, ChallengeNameType::kPasswordVerifier);
    EXPECT_FALSE(challenge->session.has_value());
    RespondToAuthChallengeRequest answer;
    answer.client_id = pool_.client_id;
    answer.challenge_name = ChallengeNameType::kPasswordVerifier;
    auto responses = srp.PasswordVerifierResponses(challenge->challenge_parameters, password,
                                                   fake_.clock().Now());
    if (!responses.ok()) return responses.status();
    answer.challenge_responses = *std::move(responses);
    return cognito().RespondToAuthChallenge(answer);
  }

  FakeIdentityProvider fake_{FakeOptions().WithSeed(21).WithStartTime(FakeClock::DefaultStart())};
  TestPool pool_;
  std::unique_ptr<FaultInjector> faults_;
  std::unique_ptr<WireDispatcher> dispatcher_;
  IamRegistry iam_;  // before server_, which reads it until destroyed
  std::unique_ptr<LoopbackServer> server_;
#ifdef COGNITO_FAKE_TEST_AWS_SDK
  std::unique_ptr<aws_sdk::InProcessEndpoint> sdk_endpoint_;
#endif
  std::unique_ptr<WireClient> client_;
};

TEST_P(Contract, AdminResetRefusesSignInUntilTheUserConfirmsANewPassword) {
  ASSERT_OK(
      cognito().AdminResetUserPassword({pool_.user_pool_id, "alice@example.com", {{"k", "v"}}}));
  EXPECT_STATUS(SignIn("alice", "Passw0rd!"), ErrorCode::kPasswordResetRequired,
                "Password reset required for the user");
  EXPECT_STATUS(SignIn("alice", "wrong"), ErrorCode::kPasswordResetRequired,
                "Password reset required for the user");
  auto forgot = cognito().ForgotPassword({pool_.client_id, std::nullopt, "alice", {}});
  ASSERT_OK(forgot);
  EXPECT_EQ(*forgot->code_delivery_details,
            (CodeDeliveryDetailsType{"a***@e***", DeliveryMediumType::kEmail, "email"}));
  const std::string code = Code();
  EXPECT_OK(Confirm(code, "N3w-Passw0rd!"));
  EXPECT_STATUS(Confirm(code, "N3w-Passw0rd!2"), ErrorCode::kExpiredCode,
                "Invalid code provided, please request a code again.");
  EXPECT_OK(SignIn("alice", "N3w-Passw0rd!"));
  EXPECT_STATUS(SignIn("alice", "Passw0rd!"), ErrorCode::kNotAuthorized,
                "Incorrect username or password.");
  EXPECT_EQ(cognito().AdminGetUser({pool_.user_pool_id, "alice"})->user_status,
            UserStatusType::kConfirmed);
}

TEST_P(Contract, SrpSignInIsRefusedAfterTheResetAndWorksWithTheNewPassword) {
  const auto before = SrpSignIn("alice@example.com", "Passw0rd!");
  ASSERT_OK(before);
  EXPECT_TRUE(before->authentication_result.has_value());
  EXPECT_STATUS(SrpSignIn("alice", "wrong"), ErrorCode::kNotAuthorized,
                "Incorrect username or password.");
  ASSERT_OK(cognito().AdminResetUserPassword({pool_.user_pool_id, "alice", {}}));
  EXPECT_STATUS(SrpSignIn("alice", "Passw0rd!"), ErrorCode::kPasswordResetRequired,
                "Password reset required for the user");
  ForgotPasswordRequest forgot;
  forgot.client_id = pool_.client_id;
  forgot.username = "alice";
  ASSERT_OK(cognito().ForgotPassword(forgot));
  ASSERT_OK(Confirm(Code(), "N3w-Passw0rd!"));
  EXPECT_OK(SrpSignIn("alice", "N3w-Passw0rd!"));
  EXPECT_STATUS(SrpSignIn("nobody", "Passw0rd!"), ErrorCode::kUserNotFound, "User does not exist.");
}

TEST_P(Contract, AnAuthenticatorAppChallengesTheSignInAfterTheReset) {
  SetUserPoolMfaConfigRequest config;
  config.user_pool_id = pool_.user_pool_id;
  config.mfa_configuration = UserPoolMfaType::kOptional;
  config.software_token_mfa_configuration = SoftwareTokenMfaConfigType{true};
  ASSERT_OK(cognito().SetUserPoolMfaConfig(config));
  auto signed_in = SignIn("alice", "Passw0rd!");
  ASSERT_OK(signed_in);
  ASSERT_TRUE(signed_in->authentication_result.has_value());
  const std::string access_token = signed_in->authentication_result->access_token.value_or("");
  auto associated = cognito().AssociateSoftwareToken({access_token, std::nullopt});
  ASSERT_OK(associated);
  const std::string secret = associated->secret_code.value_or("");
  VerifySoftwareTokenRequest verify;
  verify.access_token = access_token;
  verify.user_code = fake_.SoftwareTokenCode(secret).value_or("");
  ASSERT_OK(cognito().VerifySoftwareToken(verify));
  SetUserMFAPreferenceRequest prefer;
  prefer.access_token = access_token;
  prefer.software_token_mfa_settings = SoftwareTokenMfaSettingsType{true, true};
  ASSERT_OK(cognito().SetUserMFAPreference(prefer));

  ASSERT_OK(cognito().AdminResetUserPassword({pool_.user_pool_id, "alice", {}}));
  ASSERT_OK(cognito().ForgotPassword({pool_.client_id, std::nullopt, "alice", {}}));
  ASSERT_OK(Confirm(Code(), "N3w-Passw0rd!"));
  auto started = SignIn("alice", "N3w-Passw0rd!");
  ASSERT_OK(started);
  EXPECT_EQ(started->challenge_name, ChallengeNameType::kSoftwareTokenMfa);
  EXPECT_FALSE(started->authentication_result.has_value());
  RespondToAuthChallengeRequest answer;
  answer.client_id = pool_.client_id;
  answer.challenge_name = ChallengeNameType::kSoftwareTokenMfa;
  answer.session = started->session;
  answer.challenge_responses = {{"USERNAME", "alice"},
                                {"SOFTWARE_TOKEN_MFA_CODE", verify.user_code}};
  EXPECT_STATUS(cognito().RespondToAuthChallenge(answer), ErrorCode::kExpiredCode,
                "Your software token has already been used once.");
  fake_.clock().Advance(std::chrono::seconds(30));
  answer.challenge_responses["SOFTWARE_TOKEN_MFA_CODE"] =
      fake_.SoftwareTokenCode(secret).value_or("");
  auto answered = cognito().RespondToAuthChallenge(answer);
  ASSERT_OK(answered);
  ASSERT_TRUE(answered->authentication_result.has_value());
  EXPECT_TRUE(answered->authentication_result->id_token.has_value());
  EXPECT_STATUS(cognito().RespondToAuthChallenge(answer), ErrorCode::kNotAuthorized,
                "Invalid session for the user, session can only be used once.");
}

TEST_P(Contract, AdminResetReportsUnknownUserUnknownPoolBadPoolIdAndDisabledUser) {
  EXPECT_STATUS(cognito().AdminResetUserPassword({pool_.user_pool_id, "nobody", {}}),
                ErrorCode::kUserNotFound, "User does not exist.");
  EXPECT_STATUS(cognito().AdminResetUserPassword({"us-east-1_Missing1", "alice", {}}),
                ErrorCode::kResourceNotFound, "User pool us-east-1_Missing1 does not exist.");
  EXPECT_STATUS(
      cognito().AdminResetUserPassword({"bad", "alice", {}}), ErrorCode::kInvalidParameter,
      "1 validation error detected: Value 'bad' at 'userPoolId' failed to satisfy constraint: "
      "Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+");
  ASSERT_OK(cognito().AdminDisableUser({pool_.user_pool_id, "alice"}));
  EXPECT_STATUS(cognito().AdminResetUserPassword({pool_.user_pool_id, "alice", {}}),
                ErrorCode::kNotAuthorized, "User is disabled");
}

TEST_P(Contract, WrongCodesAreCountedThenRefusedAndCodesExpire) {
  ASSERT_OK(cognito().ForgotPassword({pool_.client_id, std::nullopt, "alice", {}}));
  const std::string code = Code();
  const std::string wrong = code == "000000" ? "111111" : "000000";
  EXPECT_STATUS(Confirm(wrong, "N3w-Passw0rd!"), ErrorCode::kCodeMismatch,
                "Invalid verification code provided, please try again.");
  fake_.clock().Advance(std::chrono::minutes(61));
  EXPECT_STATUS(Confirm(code, "N3w-Passw0rd!"), ErrorCode::kExpiredCode,
                "Invalid code provided, please request a code again.");
}

TEST_P(Contract, PasswordPolicyAndValidationMessagesArePreserved) {
  ASSERT_OK(cognito().ForgotPassword({pool_.client_id, std::nullopt, "alice", {}}));
  EXPECT_STATUS(Confirm(Code(), "short"), ErrorCode::kInvalidPassword,
                "Password does not conform to policy: Password not long enough");
  EXPECT_STATUS(Confirm(Code(), "has space"), ErrorCode::kInvalidParameter,
                "1 validation error detected: Value at 'password' failed to satisfy constraint: "
                "Member must satisfy regular expression pattern: [\\S]+");
}

TEST_P(Contract, UnknownUsersFollowPreventUserExistenceErrors) {
  EXPECT_STATUS(cognito().ForgotPassword({pool_.client_id, std::nullopt, "nobody", {}}),
                ErrorCode::kUserNotFound, "Username/client id combination not found.");
  auto client = FakeIdentityProvider::DefaultTestClientRequest();
  client.user_pool_id = pool_.user_pool_id;
  client.prevent_user_existence_errors = PreventUserExistenceErrorTypes::kEnabled;
  const std::string enabled_client =
      *cognito().CreateUserPoolClient(client)->user_pool_client->client_id;
  auto simulated =
      cognito().ForgotPassword({enabled_client, std::nullopt, "nobody@example.com", {}});
  ASSERT_OK(simulated);
  EXPECT_EQ(simulated->code_delivery_details->delivery_medium, DeliveryMediumType::kEmail);
  EXPECT_EQ(simulated->code_delivery_details->destination, "n***@e***");
}

TEST_P(Contract, TokensFromSignInChangeThePassword) {
  auto tokens = SignIn("alice", "Passw0rd!");
  ASSERT_OK(tokens);
  ChangePasswordRequest change;
  change.access_token = *tokens->authentication_result->access_token;
  change.previous_password = "Passw0rd!";
  change.proposed_password = "Changed-Passw0rd!";
  EXPECT_OK(cognito().ChangePassword(change));
  EXPECT_OK(SignIn("alice", "Changed-Passw0rd!"));
}

TEST_P(Contract, GetUserReadsTheUserAndRefusesBadTokensWithCognitosMessages) {
  auto tokens = SignIn("alice", "Passw0rd!");
  ASSERT_OK(tokens);
  const std::string access = *tokens->authentication_result->access_token;
  auto user = cognito().GetUser({access});
  ASSERT_OK(user);
  EXPECT_EQ(user->username, "alice");
  EXPECT_EQ(FindAttribute(user->user_attributes, "email"), "alice@example.com");
  EXPECT_EQ(FindAttribute(user->user_attributes, "email_verified"), "true")
      << "GetUser's flags are strings, unlike the ID token's";
  EXPECT_STATUS(cognito().GetUser({*tokens->authentication_result->id_token}),
                ErrorCode::kNotAuthorized, "Invalid Access Token");
  EXPECT_STATUS(cognito().GetUser({"not a token!"}), ErrorCode::kInvalidParameter,
                "1 validation error detected: Value at 'accessToken' failed to satisfy "
                "constraint: Member must satisfy regular expression pattern: [A-Za-z0-9-_=.]+");
  ASSERT_OK(cognito().AdminResetUserPassword({pool_.user_pool_id, "alice", {}}));
  EXPECT_STATUS(cognito().GetUser({access}), ErrorCode::kPasswordResetRequired,
                "Password reset required for the user");
}

TEST_P(Contract, GlobalSignOutRevokesEverySessionOfTheUser) {
  auto first = SignIn("alice", "Passw0rd!");
  auto second = SignIn("alice", "Passw0rd!");
  ASSERT_OK(first);
  ASSERT_OK(second);
  EXPECT_OK(cognito().GlobalSignOut({*second->authentication_result->access_token}));
  for (const auto* tokens : {&*first, &*second}) {
    EXPECT_STATUS(cognito().GetUser({*tokens->authentication_result->access_token}),
                  ErrorCode::kNotAuthorized, "Access Token has been revoked");
    InitiateAuthRequest refresh;
    refresh.client_id = pool_.client_id;
    refresh.auth_flow = AuthFlowType::kRefreshTokenAuth;
    refresh.auth_parameters = {{"REFRESH_TOKEN", *tokens->authentication_result->refresh_token}};
    EXPECT_STATUS(cognito().InitiateAuth(refresh), ErrorCode::kNotAuthorized,
                  "Refresh Token has been revoked");
  }
  auto later = SignIn("alice", "Passw0rd!");
  ASSERT_OK(later);
  EXPECT_OK(cognito().GetUser({*later->authentication_result->access_token}))
      << "tokens issued afterwards work";
  EXPECT_OK(cognito().AdminUserGlobalSignOut({pool_.user_pool_id, "alice@example.com"}));
  EXPECT_STATUS(cognito().GetUser({*later->authentication_result->access_token}),
                ErrorCode::kNotAuthorized, "Access Token has been revoked");
  EXPECT_STATUS(cognito().AdminUserGlobalSignOut({pool_.user_pool_id, "nobody"}),
                ErrorCode::kUserNotFound, "User does not exist.");
}

TEST_P(Contract, RevokeTokenEndsOneSessionOnly) {
  auto first = SignIn("alice", "Passw0rd!");
  auto second = SignIn("alice", "Passw0rd!");
  ASSERT_OK(first);
  ASSERT_OK(second);
  const AuthenticationResultType& revoked = *first->authentication_result;
  EXPECT_STATUS(cognito().RevokeToken({*revoked.access_token, pool_.client_id, {}}),
                ErrorCode::kUnsupportedTokenType,
                "Only refresh tokens can be revoked; this is an ID or access token");
  EXPECT_OK(cognito().RevokeToken({*revoked.refresh_token, pool_.client_id, {}}));
  EXPECT_OK(cognito().RevokeToken({*revoked.refresh_token, pool_.client_id, {}})) << "idempotent";
  EXPECT_STATUS(cognito().GetUser({*revoked.access_token}), ErrorCode::kNotAuthorized,
                "Access Token has been revoked");
  EXPECT_OK(cognito().GetUser({*second->authentication_result->access_token}));
}

TEST_P(Contract, UpdateAndVerifyAnAttributeThroughTheAccessToken) {
  auto tokens = SignIn("alice", "Passw0rd!");
  ASSERT_OK(tokens);
  const std::string access = *tokens->authentication_result->access_token;
  auto updated = cognito().UpdateUserAttributes(
      {{{"email", "alice@example.org"}, {"name", "Alice"}}, access, {{"k", "v"}}});
  ASSERT_OK(updated);
  ASSERT_EQ(updated->code_delivery_details_list.size(), 1u);
  EXPECT_EQ(updated->code_delivery_details_list[0].attribute_name, "email");
  auto user = cognito().GetUser({access});
  EXPECT_EQ(FindAttribute(user->user_attributes, "email_verified"), "false");
  EXPECT_STATUS(cognito().VerifyUserAttribute({access, "email", "000000"}),
                ErrorCode::kCodeMismatch, "Invalid verification code provided, please try again.");
  auto resent = cognito().GetUserAttributeVerificationCode({access, "email", {}});
  ASSERT_OK(resent);
  EXPECT_EQ(resent->code_delivery_details->destination, "a***@e***");
  EXPECT_OK(cognito().VerifyUserAttribute(
      {access, "email", fake_.LastCodeFor(pool_.user_pool_id, "alice").value_or("")}));
  EXPECT_EQ(FindAttribute(cognito().GetUser({access})->user_attributes, "email_verified"), "true");
  EXPECT_STATUS(cognito().VerifyUserAttribute({access, "name", "123456"}),
                ErrorCode::kInvalidParameter,
                "Invalid attribute name. Only phone_number and email can be verified");
  EXPECT_OK(cognito().DeleteUserAttributes({{"name"}, access}));
  EXPECT_EQ(FindAttribute(cognito().GetUser({access})->user_attributes, "name"), std::nullopt);
}

TEST_P(Contract, DeleteUserDeletesTheTokensUser) {
  auto tokens = SignIn("alice", "Passw0rd!");
  ASSERT_OK(tokens);
  const std::string access = *tokens->authentication_result->access_token;
  EXPECT_OK(cognito().DeleteUser({access}));
  EXPECT_STATUS(cognito().AdminGetUser({pool_.user_pool_id, "alice"}), ErrorCode::kUserNotFound,
                "User does not exist.");
  EXPECT_STATUS(cognito().GetUser({access}), ErrorCode::kUserNotFound, "User does not exist.");
}

TEST_P(Contract, GroupsAreManagedAndNamedInTheTokensOfTheirMembers) {
  const std::string pool = pool_.user_pool_id;
  auto created = cognito().CreateGroup(
      {"admins", pool, "Administrators", "arn:aws:iam::123456789012:role/Admin", 1});
  ASSERT_OK(created);
  EXPECT_EQ(created->group->group_name, "admins");
  EXPECT_EQ(created->group->precedence, 1);
  EXPECT_STATUS(cognito().CreateGroup({"ADMINS", pool, {}, {}, {}}), ErrorCode::kGroupExists,
                "A group with the name already exists.");
  ASSERT_OK(cognito().CreateGroup({"readers", pool, {}, {}, {}}));
  EXPECT_STATUS(cognito().GetGroup({"writers", pool}), ErrorCode::kResourceNotFound,
                "Group not found.");
  EXPECT_STATUS(cognito().AdminAddUserToGroup({pool, "alice", "writers"}),
                ErrorCode::kResourceNotFound, "Group not found.");
  EXPECT_STATUS(cognito().AdminAddUserToGroup({pool, "nobody", "admins"}), ErrorCode::kUserNotFound,
                "User does not exist.");
  ASSERT_OK(cognito().AdminAddUserToGroup({pool, "alice@example.com", "readers"}));
  ASSERT_OK(cognito().AdminAddUserToGroup({pool, "alice", "admins"}));
  ASSERT_OK(cognito().AdminAddUserToGroup({pool, "alice", "admins"})) << "twice: no change";

  auto listed = cognito().AdminListGroupsForUser({"alice", pool, {}, {}});
  ASSERT_OK(listed);
  ASSERT_EQ(listed->groups.size(), 2u);
  EXPECT_EQ(listed->groups[0].group_name, "admins") << "by precedence, unranked last";
  EXPECT_EQ(listed->groups[1].group_name, "readers");
  auto members = cognito().ListUsersInGroup({pool, "admins", {}, {}});
  ASSERT_OK(members);
  ASSERT_EQ(members->users.size(), 1u);
  EXPECT_EQ(members->users[0].username, "alice");

  auto first = cognito().ListGroups({pool, 1, {}});
  ASSERT_OK(first);
  ASSERT_EQ(first->groups.size(), 1u);
  ASSERT_TRUE(first->next_token.has_value());
  auto second = cognito().ListGroups({pool, 1, first->next_token});
  ASSERT_OK(second);
  ASSERT_EQ(second->groups.size(), 1u);
  EXPECT_EQ(second->groups[0].group_name, "readers");
  EXPECT_FALSE(second->next_token.has_value());
  EXPECT_STATUS(cognito().ListGroups({pool, 1, "garbage"}), ErrorCode::kInvalidParameter,
                "Invalid pagination token.");

  auto tokens = SignIn("alice", "Passw0rd!");
  ASSERT_OK(tokens);
  auto claims = [](const std::string& jwt) {
    const std::size_t start = jwt.find('.') + 1;
    return nlohmann::json::parse(
        internal::Base64UrlDecode(jwt.substr(start, jwt.rfind('.') - start)).value());
  };
  const auto id = claims(*tokens->authentication_result->id_token);
  const auto access = claims(*tokens->authentication_result->access_token);
  EXPECT_EQ(id["cognito:groups"], nlohmann::json::array({"admins", "readers"}));
  EXPECT_EQ(access["cognito:groups"], nlohmann::json::array({"admins", "readers"}));
  EXPECT_EQ(id["cognito:preferred_role"], "arn:aws:iam::123456789012:role/Admin");

  ASSERT_OK(cognito().AdminRemoveUserFromGroup({pool, "alice", "readers"}));
  ASSERT_OK(cognito().UpdateGroup({"admins", pool, {}, {}, 7}));
  EXPECT_EQ(cognito().GetGroup({"admins", pool})->group->role_arn,
            "arn:aws:iam::123456789012:role/Admin")
      << "members left out keep their value";
  ASSERT_OK(cognito().DeleteGroup({"admins", pool}));
  auto after = SignIn("alice", "Passw0rd!");
  ASSERT_OK(after);
  EXPECT_FALSE(claims(*after->authentication_result->id_token).contains("cognito:groups"));
}

TEST_P(Contract, UpdateUserPoolClientResetsWhatItLeavesOutAndKeepsTheIdAndSecret) {
  CreateUserPoolClientRequest create = FakeIdentityProvider::DefaultTestClientRequest();
  create.user_pool_id = pool_.user_pool_id;
  create.client_name = "web";
  create.generate_secret = true;
  create.access_token_validity = 30;
  create.token_validity_units = TokenValidityUnitsType{TimeUnitsType::kMinutes, {}, {}};
  auto created = cognito().CreateUserPoolClient(create);
  ASSERT_OK(created);
  const UserPoolClientType before = *created->user_pool_client;
  UpdateUserPoolClientRequest update;
  update.user_pool_id = pool_.user_pool_id;
  update.client_id = *before.client_id;
  update.client_name = "web-2";
  auto updated = cognito().UpdateUserPoolClient(update);
  ASSERT_OK(updated);
  const UserPoolClientType& after = *updated->user_pool_client;
  EXPECT_EQ(after.client_id, before.client_id);
  EXPECT_EQ(after.client_secret, before.client_secret);
  EXPECT_EQ(after.client_name, "web-2");
  EXPECT_EQ(after.access_token_validity, std::nullopt) << "back to the default, an hour";
  EXPECT_EQ(after.explicit_auth_flows,
            (std::vector<ExplicitAuthFlowsType>{ExplicitAuthFlowsType::kAllowRefreshTokenAuth,
                                                ExplicitAuthFlowsType::kAllowUserSrpAuth,
                                                ExplicitAuthFlowsType::kAllowCustomAuth}));
  // So password sign-in through it is no longer allowed.
  InitiateAuthRequest sign_in;
  sign_in.client_id = *before.client_id;
  sign_in.auth_flow = AuthFlowType::kUserPasswordAuth;
  sign_in.auth_parameters = {{"USERNAME", "alice"}, {"PASSWORD", "Passw0rd!"}};
  EXPECT_THAT(cognito().InitiateAuth(sign_in), StatusIs(ErrorCode::kInvalidParameter));
  EXPECT_EQ(cognito()
                .DescribeUserPoolClient({pool_.user_pool_id, *before.client_id})
                ->user_pool_client->client_name,
            "web-2");
}

TEST_P(Contract, OAuthSettingsAreStoredValidatedAndReturned) {
  CreateUserPoolClientRequest create = FakeIdentityProvider::DefaultTestClientRequest();
  create.user_pool_id = pool_.user_pool_id;
  create.client_name = "hosted";
  create.callback_urls = {"https://app.example.com/cb", "http://localhost:3000/cb"};
  create.logout_urls = {"https://app.example.com/bye"};
  create.default_redirect_uri = "https://app.example.com/cb";
  create.allowed_oauth_flows = {OAuthFlowType::kCode};
  create.allowed_oauth_scopes = {"openid", "email", "aws.cognito.signin.user.admin"};
  create.allowed_oauth_flows_user_pool_client = true;
  create.supported_identity_providers = {"COGNITO"};
  auto created = cognito().CreateUserPoolClient(create);
  ASSERT_OK(created);
  auto described =
      cognito().DescribeUserPoolClient({pool_.user_pool_id, *created->user_pool_client->client_id});
  ASSERT_OK(described);
  const UserPoolClientType& client = *described->user_pool_client;
  EXPECT_EQ(client.callback_urls, create.callback_urls);
  EXPECT_EQ(client.logout_urls, create.logout_urls);
  EXPECT_EQ(client.default_redirect_uri, create.default_redirect_uri);
  EXPECT_EQ(client.allowed_oauth_flows, create.allowed_oauth_flows);
  EXPECT_EQ(client.allowed_oauth_scopes, create.allowed_oauth_scopes);
  EXPECT_EQ(client.allowed_oauth_flows_user_pool_client, true);
  EXPECT_EQ(client.supported_identity_providers, create.supported_identity_providers);

  CreateUserPoolClientRequest bad = create;
  bad.allowed_oauth_scopes = {"openid", "orders/read"};
  EXPECT_STATUS(cognito().CreateUserPoolClient(bad), ErrorCode::kScopeDoesNotExist,
                "Invalid scope requested: orders/read");
  bad = create;
  bad.allowed_oauth_flows.clear();
  EXPECT_STATUS(cognito().CreateUserPoolClient(bad), ErrorCode::kInvalidParameter,
                "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is "
                "allowed to use OAuth flows.");
  bad = create;
  bad.callback_urls = {"http://app.example.com/cb"};
  bad.default_redirect_uri.reset();
  EXPECT_THAT(cognito().CreateUserPoolClient(bad), StatusIs(ErrorCode::kInvalidParameter));
  bad = create;
  bad.allowed_oauth_flows = {OAuthFlowType::kClientCredentials};
  EXPECT_THAT(cognito().CreateUserPoolClient(bad), StatusIs(ErrorCode::kInvalidOAuthFlow));
  bad = create;
  bad.access_token_validity = 2;
  bad.token_validity_units = TokenValidityUnitsType{TimeUnitsType::kMinutes, {}, {}};
  EXPECT_STATUS(cognito().CreateUserPoolClient(bad), ErrorCode::kInvalidParameter,
                "Invalid range for token validity.");
  EXPECT_EQ(cognito().ListUserPoolClients({pool_.user_pool_id, 60, {}})->user_pool_clients.size(),
            2u)
      << "nothing was created by the refused requests";
}

TEST_P(Contract, ADeletedClientIsGoneForEveryCallAndItsTokensAreRefused) {
  auto tokens = SignIn("alice", "Passw0rd!");
  ASSERT_OK(tokens);
  ASSERT_OK(cognito().DeleteUserPoolClient({pool_.user_pool_id, pool_.client_id}));
  const std::string gone = "User pool client " + pool_.client_id + " does not exist.";
  EXPECT_STATUS(SignIn("alice", "Passw0rd!"), ErrorCode::kResourceNotFound, gone);
  EXPECT_STATUS(cognito().DescribeUserPoolClient({pool_.user_pool_id, pool_.client_id}),
                ErrorCode::kResourceNotFound, gone);
  EXPECT_STATUS(cognito().ForgotPassword({pool_.client_id, std::nullopt, "alice", {}}),
                ErrorCode::kResourceNotFound, gone);
  EXPECT_STATUS(cognito().GetUser({*tokens->authentication_result->access_token}),
                ErrorCode::kNotAuthorized, "Invalid Access Token");
  EXPECT_STATUS(cognito().DeleteUserPoolClient({pool_.user_pool_id, pool_.client_id}),
                ErrorCode::kResourceNotFound, gone);
}

TEST_P(Contract, PoolsAndClientsAreListedOldestFirstPageByPage) {
  const TestPool second = fake_.CreateUserPoolForTest().value();
  auto first_page = cognito().ListUserPools({{}, 1});
  ASSERT_OK(first_page);
  ASSERT_EQ(first_page->user_pools.size(), 1u);
  EXPECT_EQ(first_page->user_pools[0].id, pool_.user_pool_id);
  ASSERT_TRUE(first_page->next_token.has_value());
  auto second_page = cognito().ListUserPools({first_page->next_token, 1});
  ASSERT_OK(second_page);
  ASSERT_EQ(second_page->user_pools.size(), 1u);
  EXPECT_EQ(second_page->user_pools[0].id, second.user_pool_id);
  EXPECT_FALSE(second_page->next_token.has_value());
  EXPECT_STATUS(cognito().ListUserPools({{}, 0}), ErrorCode::kInvalidParameter,
                "1 validation error detected: Value '0' at 'maxResults' failed to satisfy "
                "constraint: Member must have value greater than or equal to 1");
  auto clients = cognito().ListUserPoolClients({pool_.user_pool_id, {}, {}});
  ASSERT_OK(clients);
  ASSERT_EQ(clients->user_pool_clients.size(), 1u);
  EXPECT_EQ(clients->user_pool_clients[0].client_id, pool_.client_id);
  EXPECT_EQ(clients->user_pool_clients[0].user_pool_id, pool_.user_pool_id);
}

TEST_P(Contract, UpdateUserPoolResetsWhatItLeavesOut) {
  UpdateUserPoolRequest update;
  update.user_pool_id = pool_.user_pool_id;
  update.lambda_config = LambdaConfigType{};
  ASSERT_OK(cognito().UpdateUserPool(update));
  auto pool = cognito().DescribeUserPool({pool_.user_pool_id});
  ASSERT_OK(pool);
  EXPECT_TRUE(pool->user_pool->auto_verified_attributes.empty())
      << "left out: back to none, so email changes no longer send codes";
  EXPECT_EQ(pool->user_pool->alias_attributes,
            std::vector<AliasAttributeType>{AliasAttributeType::kEmail})
      << "sign-in names cannot change";
  update.user_attribute_update_settings =
      UserAttributeUpdateSettingsType{{VerifiedAttributeType::kEmail}};
  EXPECT_STATUS(cognito().UpdateUserPool(update), ErrorCode::kInvalidParameter,
                "All attributes in AttributesRequireVerificationBeforeUpdate must exist in "
                "AutoVerifiedAttributes");
}

INSTANTIATE_TEST_SUITE_P(EveryRoute, Contract,
                         ::testing::Values(Route::kDirect, Route::kNoOpFaultInjector,
                                           Route::kWireInProcess, Route::kHttpEndpoint,
                                           Route::kHttpEndpointVerifyingSignatures),
                         RouteName);
#ifdef COGNITO_FAKE_TEST_AWS_SDK
INSTANTIATE_TEST_SUITE_P(AwsSdkInProcess, Contract,
                         ::testing::Values(Route::kAwsSdkClient, Route::kAwsSdkIdentityProvider),
                         RouteName);
#endif

}  // namespace
}  // namespace cognito_fake
