// aws-sdk-cpp's own CognitoIdentityProviderClient against a fake in the same
// process, through InProcessEndpoint: the reset flow, the errors the SDK
// caller sees, several fakes side by side, no network, and the client's mock.

#include <aws/cognito-idp/CognitoIdentityProviderClient.h>
#include <aws/cognito-idp/model/AdminGetUserRequest.h>
#include <aws/cognito-idp/model/AdminResetUserPasswordRequest.h>
#include <aws/cognito-idp/model/ConfirmForgotPasswordRequest.h>
#include <aws/cognito-idp/model/CreateUserPoolRequest.h>
#include <aws/cognito-idp/model/ForgotPasswordRequest.h>
#include <aws/cognito-idp/model/InitiateAuthRequest.h>
#include <aws/cognito-idp/model/ListUserPoolsRequest.h>
#include <cognito_fake/aws_sdk/in_process.h>
#include <cognito_fake/aws_sdk/mock_client.h>
#include <cognito_fake/errors.h>
#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/fault_injector.h>
#include <cognito_fake/iam.h>
#include <dirent.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <map>
#include <string>

#include "support/aws_sdk_util.h"
#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

namespace idp = ::Aws::CognitoIdentityProvider;
using ::cognito_fake::aws_sdk::InProcessEndpoint;
using ::cognito_fake::aws_sdk::MockCognitoIdentityProviderClient;
using ::cognito_fake::testing_util::SdkErrorIs;
using ::cognito_fake::testing_util::SdkSucceeded;
using ::testing::Eq;
using ::testing::SizeIs;

constexpr char kPassword[] = "Passw0rd!";
constexpr char kNewPassword[] = "N3w-Passw0rd!";

// The number of sockets this process has open, from /proc/self/fd.
int OpenSockets() {
  int sockets = 0;
  DIR* fds = opendir("/proc/self/fd");
  if (fds == nullptr) return -1;
  while (const dirent* entry = readdir(fds)) {
    char target[256];
    const std::string path = std::string("/proc/self/fd/") + entry->d_name;
    const ssize_t length = readlink(path.c_str(), target, sizeof(target) - 1);
    if (length > 0 && std::string(target, length).rfind("socket:", 0) == 0) ++sockets;
  }
  closedir(fds);
  return sockets;
}

class SdkClientTest : public ::testing::Test {
 protected:
  SdkClientTest()
      : fake_(FakeOptions().WithSeed(1).WithStartTime(FakeClock::DefaultStart())),
        pool_(EmailAliasPoolWithAlice(fake_)),
        endpoint_(fake_),
        client_(endpoint_.Credentials(), endpoint_.ClientConfiguration()) {}

  idp::Model::InitiateAuthOutcome SignIn(idp::CognitoIdentityProviderClient& client,
                                         const std::string& password) {
    idp::Model::InitiateAuthRequest request;
    request.SetAuthFlow(idp::Model::AuthFlowType::USER_PASSWORD_AUTH);
    request.SetClientId(pool_.client_id.c_str());
    request.AddAuthParameters("USERNAME", "alice").AddAuthParameters("PASSWORD", password.c_str());
    return client.InitiateAuth(request);
  }

  // AdminResetUserPassword, then the whole flow back to a sign-in, with
  // `client`.
  void RunResetFlow(idp::CognitoIdentityProviderClient& client) {
    idp::Model::AdminResetUserPasswordRequest reset;
    reset.SetUserPoolId(pool_.user_pool_id.c_str());
    reset.SetUsername("alice");
    reset.AddClientMetadata("reason", "audit");
    EXPECT_THAT(client.AdminResetUserPassword(reset), SdkSucceeded());

    EXPECT_THAT(SignIn(client, kPassword),
                SdkErrorIs(idp::CognitoIdentityProviderErrors::PASSWORD_RESET_REQUIRED,
                           "Password reset required for the user"));

    idp::Model::ForgotPasswordRequest forgot;
    forgot.SetClientId(pool_.client_id.c_str());
    forgot.SetUsername("alice");
    const auto forgot_outcome = client.ForgotPassword(forgot);
    ASSERT_THAT(forgot_outcome, SdkSucceeded());
    EXPECT_EQ(forgot_outcome.GetResult().GetCodeDeliveryDetails().GetDeliveryMedium(),
              idp::Model::DeliveryMediumType::EMAIL);
    const auto message = fake_.outbox().LastFor(pool_.user_pool_id, "alice");
    ASSERT_TRUE(message.has_value());
    ASSERT_FALSE(message->code.empty());

    idp::Model::ConfirmForgotPasswordRequest confirm;
    confirm.SetClientId(pool_.client_id.c_str());
    confirm.SetUsername("alice");
    confirm.SetConfirmationCode(message->code.c_str());
    confirm.SetPassword(kNewPassword);
    EXPECT_THAT(client.ConfirmForgotPassword(confirm), SdkSucceeded());

    const auto signed_in = SignIn(client, kNewPassword);
    ASSERT_THAT(signed_in, SdkSucceeded());
    EXPECT_FALSE(signed_in.GetResult().GetAuthenticationResult().GetAccessToken().empty());
    EXPECT_EQ(signed_in.GetResult().GetAuthenticationResult().GetTokenType(), "Bearer");
  }

  FakeIdentityProvider fake_;
  TestPool pool_;
  InProcessEndpoint endpoint_;
  idp::CognitoIdentityProviderClient client_;
};

TEST_F(SdkClientTest, TheResetFlowRunsThroughTheSdkClientInProcess) {
  RunResetFlow(client_);
  // The CustomMessage-visible metadata and the message went where Cognito's would.
  EXPECT_THAT(fake_.outbox().For(pool_.user_pool_id, "alice"), SizeIs(2));
}

TEST_F(SdkClientTest, NoSocketIsOpenedAndNoServerIsNeeded) {
  // The endpoint's host is a .invalid name, which never resolves: a client
  // that tried the network could not have reached the fake.
  EXPECT_THAT(endpoint_.url(), ::testing::EndsWith(".invalid"));
  const int before = OpenSockets();
  ASSERT_GE(before, 0);
  RunResetFlow(client_);
  EXPECT_EQ(OpenSockets(), before);
}

TEST_F(SdkClientTest, AnSdkErrorFromStateCarriesCognitosMessage) {
  idp::Model::AdminGetUserRequest request;
  request.SetUserPoolId(pool_.user_pool_id.c_str());
  request.SetUsername("nobody");
  EXPECT_THAT(
      client_.AdminGetUser(request),
      SdkErrorIs(idp::CognitoIdentityProviderErrors::USER_NOT_FOUND, "User does not exist."));
}

// The SDK's error for each exception AdminResetUserPassword documents.
const std::map<ErrorCode, idp::CognitoIdentityProviderErrors>& SdkErrorFor() {
  using E = idp::CognitoIdentityProviderErrors;
  static const auto* table = new std::map<ErrorCode, E>{
      {ErrorCode::kResourceNotFound, E::RESOURCE_NOT_FOUND},
      {ErrorCode::kInvalidParameter, E::INVALID_PARAMETER},
      {ErrorCode::kUnexpectedLambda, E::UNEXPECTED_LAMBDA},
      {ErrorCode::kUserLambdaValidation, E::USER_LAMBDA_VALIDATION},
      {ErrorCode::kNotAuthorized, E::NOT_AUTHORIZED},
      {ErrorCode::kInvalidLambdaResponse, E::INVALID_LAMBDA_RESPONSE},
      {ErrorCode::kTooManyRequests, E::TOO_MANY_REQUESTS},
      {ErrorCode::kLimitExceeded, E::LIMIT_EXCEEDED},
      {ErrorCode::kUserNotFound, E::USER_NOT_FOUND},
      {ErrorCode::kInvalidSmsRoleAccessPolicy, E::INVALID_SMS_ROLE_ACCESS_POLICY},
      {ErrorCode::kInvalidEmailRoleAccessPolicy, E::INVALID_EMAIL_ROLE_ACCESS_POLICY},
      {ErrorCode::kInvalidSmsRoleTrustRelationship, E::INVALID_SMS_ROLE_TRUST_RELATIONSHIP},
      {ErrorCode::kInternalError, E::INTERNAL_ERROR},
  };
  return *table;
}

TEST_F(SdkClientTest, EachDocumentedAdminResetErrorReachesTheSdkCallerOnceAsTheSdksOwnError) {
  const auto& documented = OperationInfoFor(Operation::kAdminResetUserPassword).documented_errors;
  ASSERT_THAT(documented, SizeIs(13));
  FaultInjector faults(fake_, &fake_.clock());
  WireDispatcher dispatcher(faults);
  std::atomic<int> requests{0};
  InProcessEndpoint counting([&](std::string_view target, std::string_view body) {
    ++requests;
    return dispatcher.Dispatch(target, body);
  });
  idp::CognitoIdentityProviderClient client(counting.Credentials(), counting.ClientConfiguration());
  idp::Model::AdminResetUserPasswordRequest reset;
  reset.SetUserPoolId(pool_.user_pool_id.c_str());
  reset.SetUsername("alice");

  for (ErrorCode code : documented) {
    const std::string name(ErrorInfoFor(code).name);
    SCOPED_TRACE(name);
    ASSERT_EQ(SdkErrorFor().count(code), 1u) << "no SDK error listed for " << name;
    faults.ClearRules();
    const std::string message = "injected " + name;
    ASSERT_TRUE(
        faults.Add(FaultRule::On(Operation::kAdminResetUserPassword).Fail(code, message)).ok());
    requests = 0;
    EXPECT_THAT(client.AdminResetUserPassword(reset), SdkErrorIs(SdkErrorFor().at(code), message));
    // Retries are off: TooManyRequests and LimitExceeded, which the SDK
    // retries by default, reach the fake once.
    EXPECT_EQ(requests.load(), 1);
  }
  // None of those calls reset alice.
  EXPECT_THAT(SignIn(client_, kPassword), SdkSucceeded());
}

TEST_F(SdkClientTest, TheSdksOwnSignerIsVerifiedInProcess) {
  IamRegistry iam;
  ASSERT_OK(LoadIamConfig(iam, R"({"Identities": [
      {"AccessKeyId": "AKIDADMIN", "SecretAccessKey": "admin-secret",
       "Principal": "arn:aws:iam::123456789012:root"},
      {"AccessKeyId": "AKIDBACKOFFICE", "SecretAccessKey": "back-office-secret",
       "Principal": "arn:aws:iam::123456789012:user/back-office",
       "Policies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
           "Action": "cognito-idp:AdminGetUser", "Resource": "*"}]}]}]})"));
  WireOptions options;
  options.auth = WireAuthMode::kVerify;
  options.iam = &iam;
  options.region = "us-east-1";
  InProcessEndpoint verifying(fake_, options);
  auto client = [&](const char* key, const char* secret) {
    return idp::CognitoIdentityProviderClient(Aws::Auth::AWSCredentials(key, secret),
                                              verifying.ClientConfiguration());
  };
  idp::Model::AdminResetUserPasswordRequest reset;
  reset.SetUserPoolId(pool_.user_pool_id.c_str());
  reset.SetUsername("alice");

  EXPECT_THAT(client("AKIDADMIN", "wrong").AdminResetUserPassword(reset),
              SdkErrorIs(idp::CognitoIdentityProviderErrors::INVALID_SIGNATURE,
                         "The request signature we calculated does not match the signature you "
                         "provided. Check your AWS Secret Access Key and signing method. Consult "
                         "the service documentation for details."));
  EXPECT_THAT(client("AKIDUNKNOWN", "x").AdminResetUserPassword(reset),
              SdkErrorIs(idp::CognitoIdentityProviderErrors::UNRECOGNIZED_CLIENT,
                         "The security token included in the request is invalid."));
  // With empty keys aws-sdk-cpp sends the request unsigned, and AWS refuses it.
  EXPECT_THAT(client("", "").AdminResetUserPassword(reset),
              SdkErrorIs(idp::CognitoIdentityProviderErrors::MISSING_AUTHENTICATION_TOKEN,
                         "Missing Authentication Token"));
  const std::string action = "cognito-idp:AdminResetUserPassword";
  EXPECT_THAT(client("AKIDBACKOFFICE", "back-office-secret").AdminResetUserPassword(reset),
              SdkErrorIs(idp::CognitoIdentityProviderErrors::ACCESS_DENIED,
                         "User: arn:aws:iam::123456789012:user/back-office is not authorized to "
                         "perform: " +
                             action +
                             " on resource: arn:aws:cognito-idp:us-east-1:"
                             "123456789012:userpool/" +
                             pool_.user_pool_id + " because no identity-based policy allows the " +
                             action + " action"));
  // None of that reset alice; the admin's signed call does.
  EXPECT_THAT(SignIn(client_, kPassword), SdkSucceeded());
  auto admin = client("AKIDADMIN", "admin-secret");
  RunResetFlow(admin);
}

TEST_F(SdkClientTest, EachFakeIsReachedThroughItsOwnHost) {
  FakeIdentityProvider other(FakeOptions().WithSeed(2));
  InProcessEndpoint other_endpoint(other);
  EXPECT_NE(other_endpoint.url(), endpoint_.url());
  idp::CognitoIdentityProviderClient other_client(other_endpoint.Credentials(),
                                                  other_endpoint.ClientConfiguration());
  idp::Model::CreateUserPoolRequest create;
  create.SetPoolName("second");
  ASSERT_THAT(other_client.CreateUserPool(create), SdkSucceeded());

  idp::Model::ListUserPoolsRequest list;
  list.SetMaxResults(60);
  const auto here = client_.ListUserPools(list);
  const auto there = other_client.ListUserPools(list);
  ASSERT_THAT(here, SdkSucceeded());
  ASSERT_THAT(there, SdkSucceeded());
  ASSERT_THAT(here.GetResult().GetUserPools(), SizeIs(1));
  ASSERT_THAT(there.GetResult().GetUserPools(), SizeIs(1));
  EXPECT_EQ(here.GetResult().GetUserPools()[0].GetId(), pool_.user_pool_id.c_str());
  EXPECT_EQ(there.GetResult().GetUserPools()[0].GetName(), "second");
}

TEST_F(SdkClientTest, AHostWithNoEndpointFailsAsANetworkErrorNamingIt) {
  std::string url;
  {
    InProcessEndpoint gone(fake_);
    url = gone.url();
  }
  auto configuration = endpoint_.ClientConfiguration();
  configuration.endpointOverride = url.c_str();
  idp::CognitoIdentityProviderClient client(InProcessEndpoint::Credentials(), configuration);
  idp::Model::AdminGetUserRequest request;
  request.SetUserPoolId(pool_.user_pool_id.c_str());
  request.SetUsername("alice");
  const auto outcome = client.AdminGetUser(request);
  ASSERT_FALSE(outcome.IsSuccess());
  EXPECT_EQ(outcome.GetError().GetErrorType(),
            idp::CognitoIdentityProviderErrors::NETWORK_CONNECTION);
  EXPECT_THAT(std::string(outcome.GetError().GetMessage().c_str()),
              ::testing::HasSubstr(url.substr(std::string("http://").size())));
}

TEST_F(SdkClientTest, TheMockDelegatesToTheFakeWhileAnExpectationOnOneOperationIsMet) {
  ::testing::NiceMock<MockCognitoIdentityProviderClient> mock(endpoint_.Credentials(),
                                                              endpoint_.ClientConfiguration());
  EXPECT_CALL(mock, AdminResetUserPassword(::testing::Property(
                        &idp::Model::AdminResetUserPasswordRequest::GetUsername, Eq("alice"))))
      .Times(1);
  EXPECT_CALL(mock, ConfirmForgotPassword).Times(1);
  RunResetFlow(mock);
}

TEST_F(SdkClientTest, TheMockCanAnswerOneCallItselfAndLeaveTheFakeUntouched) {
  ::testing::NiceMock<MockCognitoIdentityProviderClient> mock(endpoint_.Credentials(),
                                                              endpoint_.ClientConfiguration());
  EXPECT_CALL(mock, AdminResetUserPassword)
      .WillOnce(::testing::Return(idp::Model::AdminResetUserPasswordOutcome(
          Aws::Client::AWSError<idp::CognitoIdentityProviderErrors>(
              idp::CognitoIdentityProviderErrors::LIMIT_EXCEEDED, "LimitExceededException",
              "Attempt limit exceeded, please try after some time.", /*isRetryable=*/false))));
  idp::Model::AdminResetUserPasswordRequest reset;
  reset.SetUserPoolId(pool_.user_pool_id.c_str());
  reset.SetUsername("alice");
  EXPECT_THAT(mock.AdminResetUserPassword(reset),
              SdkErrorIs(idp::CognitoIdentityProviderErrors::LIMIT_EXCEEDED,
                         "Attempt limit exceeded, please try after some time."));
  // The fake never saw it: alice still signs in with her password.
  EXPECT_THAT(SignIn(mock, kPassword), SdkSucceeded());
}

}  // namespace
}  // namespace cognito_fake
