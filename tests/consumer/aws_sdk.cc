// A user's program with the aws_sdk component: aws-sdk-cpp's own
// CognitoIdentityProviderClient reaching a fake in-process, and the
// production AwsSdkIdentityProvider over it, with no GoogleTest.

#include <aws/cognito-idp/CognitoIdentityProviderClient.h>
#include <aws/cognito-idp/model/AdminResetUserPasswordRequest.h>
#include <aws/core/auth/AWSCredentialsProvider.h>
#include <cognito_fake/aws_sdk/identity_provider.h>
#include <cognito_fake/aws_sdk/in_process.h>
#include <cognito_fake/fake_identity_provider.h>

#include <cstdio>

int main() {
  cognito_fake::aws_sdk::AwsSdkApi sdk;
  cognito_fake::FakeIdentityProvider fake(cognito_fake::FakeOptions().WithSeed(3));
  auto pool = fake.CreateUserPoolForTest().value();
  fake.AddConfirmedUser(pool, "alice", "Passw0rd!", {{"email", "alice@example.com"}}).value();
  cognito_fake::aws_sdk::InProcessEndpoint endpoint(fake);
  {
    Aws::CognitoIdentityProvider::CognitoIdentityProviderClient client(
        endpoint.Credentials(), endpoint.ClientConfiguration());
    Aws::CognitoIdentityProvider::Model::AdminResetUserPasswordRequest request;
    request.SetUserPoolId(pool.user_pool_id.c_str());
    request.SetUsername("alice");
    if (!client.AdminResetUserPassword(request).IsSuccess()) {
      std::puts("FAIL: AdminResetUserPassword through the SDK client");
      return 1;
    }
  }
  cognito_fake::aws_sdk::AwsSdkIdentityProvider cognito(
      Aws::MakeShared<Aws::Auth::SimpleAWSCredentialsProvider>(
          "consumer", cognito_fake::aws_sdk::InProcessEndpoint::Credentials()),
      endpoint.ClientConfiguration());
  auto user = cognito.AdminGetUser({pool.user_pool_id, "alice"});
  if (!user.ok() || user->user_status != cognito_fake::UserStatusType::kResetRequired) {
    std::puts("FAIL: AdminGetUser through AwsSdkIdentityProvider is not RESET_REQUIRED");
    return 1;
  }
  std::puts("aws_sdk: ok");
  return 0;
}
