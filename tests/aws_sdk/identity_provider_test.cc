// AwsSdkIdentityProvider, the production IdentityProvider over aws-sdk-cpp,
// against a fake in-process: typed calls in, typed answers and Cognito's
// errors out, through the SDK client's own signing and transport.

#include <aws/core/auth/AWSCredentialsProvider.h>
#include <cognito_fake/aws_sdk/identity_provider.h>
#include <cognito_fake/aws_sdk/in_process.h>
#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/testing/matchers.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "support/aws_sdk_util.h"
#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using ::cognito_fake::aws_sdk::AwsSdkIdentityProvider;
using ::cognito_fake::aws_sdk::InProcessEndpoint;
using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::StatusIs;
using ::testing::HasSubstr;

class AwsSdkIdentityProviderTest : public ::testing::Test {
 protected:
  AwsSdkIdentityProviderTest()
      : fake_(FakeOptions().WithSeed(1).WithStartTime(FakeClock::DefaultStart())),
        pool_(PoolWithAlice(fake_)),
        endpoint_(fake_),
        cognito_(Aws::MakeShared<Aws::Auth::SimpleAWSCredentialsProvider>(
                     "test", InProcessEndpoint::Credentials()),
                 endpoint_.ClientConfiguration()) {}

  InitiateAuthRequest PasswordSignIn(const std::string& password) const {
    InitiateAuthRequest request;
    request.auth_flow = AuthFlowType::kUserPasswordAuth;
    request.client_id = pool_.client_id;
    request.auth_parameters = {{"USERNAME", "alice"}, {"PASSWORD", password}};
    return request;
  }

  FakeIdentityProvider fake_;
  TestPool pool_;
  InProcessEndpoint endpoint_;
  AwsSdkIdentityProvider cognito_;
};

TEST_F(AwsSdkIdentityProviderTest, TheResetFlowRunsThroughTheInterface) {
  ASSERT_THAT(cognito_.AdminResetUserPassword({pool_.user_pool_id, "alice", {}}), IsOk());
  EXPECT_THAT(cognito_.InitiateAuth(PasswordSignIn("Passw0rd!")),
              StatusIs(ErrorCode::kPasswordResetRequired, "Password reset required for the user"));
  ForgotPasswordRequest forgot;
  forgot.client_id = pool_.client_id;
  forgot.username = "alice";
  const auto sent = cognito_.ForgotPassword(forgot);
  ASSERT_THAT(sent, IsOk());
  EXPECT_EQ(sent->code_delivery_details->delivery_medium, DeliveryMediumType::kEmail);
  ConfirmForgotPasswordRequest confirm;
  confirm.client_id = pool_.client_id;
  confirm.username = "alice";
  confirm.confirmation_code = fake_.outbox().LastFor(pool_.user_pool_id, "alice")->code;
  confirm.password = "N3w-Passw0rd!";
  ASSERT_THAT(cognito_.ConfirmForgotPassword(confirm), IsOk());
  const auto signed_in = cognito_.InitiateAuth(PasswordSignIn("N3w-Passw0rd!"));
  ASSERT_THAT(signed_in, IsOk());
  EXPECT_FALSE(signed_in->authentication_result->access_token->empty());
}

TEST_F(AwsSdkIdentityProviderTest, CognitoErrorsArriveAsStatusesWithAwsMessages) {
  EXPECT_THAT(cognito_.AdminGetUser({pool_.user_pool_id, "nobody"}),
              StatusIs(ErrorCode::kUserNotFound, "User does not exist."));
  EXPECT_THAT(cognito_.InitiateAuth(PasswordSignIn("wrong")),
              StatusIs(ErrorCode::kNotAuthorized, "Incorrect username or password."));
  // A validation error of the fake's wire layer, as AWS words it.
  EXPECT_THAT(cognito_.AdminGetUser({"not a pool id", "alice"}),
              StatusIs(ErrorCode::kInvalidParameter));
}

TEST_F(AwsSdkIdentityProviderTest, ResultsCarryEveryMemberTheFakeAnswered) {
  const auto direct = fake_.AdminGetUser({pool_.user_pool_id, "alice"});
  const auto through_sdk = cognito_.AdminGetUser({pool_.user_pool_id, "alice"});
  ASSERT_THAT(through_sdk, IsOk());
  ASSERT_THAT(direct, IsOk());
  EXPECT_EQ(through_sdk->username, direct->username);
  EXPECT_EQ(through_sdk->user_status, direct->user_status);
  EXPECT_EQ(through_sdk->user_create_date, direct->user_create_date);
  EXPECT_EQ(through_sdk->user_attributes, direct->user_attributes);
}

TEST_F(AwsSdkIdentityProviderTest, AnUnreachableEndpointIsAnInternalErrorWithTheSdksReason) {
  auto configuration = endpoint_.ClientConfiguration();
  configuration.endpointOverride = "http://no-such-fake.invalid";
  AwsSdkIdentityProvider unreachable(Aws::MakeShared<Aws::Auth::SimpleAWSCredentialsProvider>(
                                         "test", InProcessEndpoint::Credentials()),
                                     configuration);
  const auto result = unreachable.AdminGetUser({pool_.user_pool_id, "alice"});
  ASSERT_EQ(result.status().code(), ErrorCode::kInternalError);
  EXPECT_THAT(result.status().message(), HasSubstr("no-such-fake.invalid"));
}

TEST_F(AwsSdkIdentityProviderTest, TheSdkClientIsAvailableForWhatTheInterfaceLacks) {
  Aws::CognitoIdentityProvider::Model::AdminGetUserRequest request;
  request.SetUserPoolId(pool_.user_pool_id.c_str());
  request.SetUsername("alice");
  EXPECT_THAT(cognito_.client().AdminGetUser(request), testing_util::SdkSucceeded());
}

}  // namespace
}  // namespace cognito_fake
