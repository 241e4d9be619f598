#ifndef COGNITO_FAKE_AWS_SDK_MOCK_CLIENT_H_
#define COGNITO_FAKE_AWS_SDK_MOCK_CLIENT_H_

/// @file
/// GoogleMock support for apps that hold aws-sdk-cpp's
/// `CognitoIdentityProviderClient`: a mock of the client whose methods, by
/// default, call the real client (and so, through an `InProcessEndpoint`, a
/// fake), and a GoogleTest environment that initialises the SDK with the
/// in-process transport.
///
/// @code
/// int main(int argc, char** argv) {
///   ::testing::InitGoogleMock(&argc, argv);
///   ::testing::AddGlobalTestEnvironment(new cognito_fake::aws_sdk::AwsSdkEnvironment);
///   return RUN_ALL_TESTS();
/// }
///
/// TEST(App, ResetsThroughTheSdk) {
///   cognito_fake::FakeIdentityProvider fake;
///   cognito_fake::aws_sdk::InProcessEndpoint endpoint(fake);
///   ::testing::NiceMock<cognito_fake::aws_sdk::MockCognitoIdentityProviderClient> client(
///       endpoint.Credentials(), endpoint.ClientConfiguration());
///   EXPECT_CALL(client, AdminResetUserPassword).Times(1);  // and it still reaches the fake
///   ...
/// }
/// @endcode
///
/// Part of the `cognito_fake::aws_sdk` component; this header alone also
/// needs GoogleTest and GoogleMock (`GTest::gmock`).

#include <aws/cognito-idp/CognitoIdentityProviderClient.h>
// The request of every mocked operation, for matchers on its members.
// BEGIN GENERATED request headers (tools/generate_from_model.py; do not edit by hand)
#include <aws/cognito-idp/model/AdminAddUserToGroupRequest.h>
#include <aws/cognito-idp/model/AdminConfirmSignUpRequest.h>
#include <aws/cognito-idp/model/AdminCreateUserRequest.h>
#include <aws/cognito-idp/model/AdminDeleteUserAttributesRequest.h>
#include <aws/cognito-idp/model/AdminDeleteUserRequest.h>
#include <aws/cognito-idp/model/AdminDisableUserRequest.h>
#include <aws/cognito-idp/model/AdminEnableUserRequest.h>
#include <aws/cognito-idp/model/AdminGetUserRequest.h>
#include <aws/cognito-idp/model/AdminInitiateAuthRequest.h>
#include <aws/cognito-idp/model/AdminListGroupsForUserRequest.h>
#include <aws/cognito-idp/model/AdminRemoveUserFromGroupRequest.h>
#include <aws/cognito-idp/model/AdminResetUserPasswordRequest.h>
#include <aws/cognito-idp/model/AdminRespondToAuthChallengeRequest.h>
#include <aws/cognito-idp/model/AdminSetUserMFAPreferenceRequest.h>
#include <aws/cognito-idp/model/AdminSetUserPasswordRequest.h>
#include <aws/cognito-idp/model/AdminUpdateUserAttributesRequest.h>
#include <aws/cognito-idp/model/AdminUserGlobalSignOutRequest.h>
#include <aws/cognito-idp/model/AssociateSoftwareTokenRequest.h>
#include <aws/cognito-idp/model/ChangePasswordRequest.h>
#include <aws/cognito-idp/model/ConfirmForgotPasswordRequest.h>
#include <aws/cognito-idp/model/ConfirmSignUpRequest.h>
#include <aws/cognito-idp/model/CreateGroupRequest.h>
#include <aws/cognito-idp/model/CreateUserPoolClientRequest.h>
#include <aws/cognito-idp/model/CreateUserPoolRequest.h>
#include <aws/cognito-idp/model/DeleteGroupRequest.h>
#include <aws/cognito-idp/model/DeleteUserAttributesRequest.h>
#include <aws/cognito-idp/model/DeleteUserPoolClientRequest.h>
#include <aws/cognito-idp/model/DeleteUserPoolRequest.h>
#include <aws/cognito-idp/model/DeleteUserRequest.h>
#include <aws/cognito-idp/model/DescribeUserPoolClientRequest.h>
#include <aws/cognito-idp/model/DescribeUserPoolRequest.h>
#include <aws/cognito-idp/model/ForgotPasswordRequest.h>
#include <aws/cognito-idp/model/GetGroupRequest.h>
#include <aws/cognito-idp/model/GetUserAttributeVerificationCodeRequest.h>
#include <aws/cognito-idp/model/GetUserPoolMfaConfigRequest.h>
#include <aws/cognito-idp/model/GetUserRequest.h>
#include <aws/cognito-idp/model/GlobalSignOutRequest.h>
#include <aws/cognito-idp/model/InitiateAuthRequest.h>
#include <aws/cognito-idp/model/ListGroupsRequest.h>
#include <aws/cognito-idp/model/ListUserPoolClientsRequest.h>
#include <aws/cognito-idp/model/ListUserPoolsRequest.h>
#include <aws/cognito-idp/model/ListUsersInGroupRequest.h>
#include <aws/cognito-idp/model/ListUsersRequest.h>
#include <aws/cognito-idp/model/ResendConfirmationCodeRequest.h>
#include <aws/cognito-idp/model/RespondToAuthChallengeRequest.h>
#include <aws/cognito-idp/model/RevokeTokenRequest.h>
#include <aws/cognito-idp/model/SetUserMFAPreferenceRequest.h>
#include <aws/cognito-idp/model/SetUserPoolMfaConfigRequest.h>
#include <aws/cognito-idp/model/SignUpRequest.h>
#include <aws/cognito-idp/model/UpdateGroupRequest.h>
#include <aws/cognito-idp/model/UpdateUserAttributesRequest.h>
#include <aws/cognito-idp/model/UpdateUserPoolClientRequest.h>
#include <aws/cognito-idp/model/UpdateUserPoolRequest.h>
#include <aws/cognito-idp/model/VerifySoftwareTokenRequest.h>
#include <aws/cognito-idp/model/VerifyUserAttributeRequest.h>
// END GENERATED request headers
#include <cognito_fake/aws_sdk/in_process.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <utility>

namespace cognito_fake {
namespace aws_sdk {

/// A GoogleTest environment holding an `AwsSdkApi`: the SDK is initialised
/// with the in-process transport before the first test and shut down after
/// the last. Register one with `::testing::AddGlobalTestEnvironment`.
class AwsSdkEnvironment : public ::testing::Environment {
 public:
  /// Initialises the SDK with `options` (see `AwsSdkApi`).
  explicit AwsSdkEnvironment(Aws::SDKOptions options = {}) : options_(std::move(options)) {}
  /// Initialises the SDK.
  void SetUp() override { api_ = std::make_unique<AwsSdkApi>(options_); }
  /// Shuts the SDK down.
  void TearDown() override { api_.reset(); }

 private:
  Aws::SDKOptions options_;
  std::unique_ptr<AwsSdkApi> api_;
};

/// A `CognitoIdentityProviderClient` whose operations that cognito_fake
/// implements are mocked. Each one's default action calls the real client's
/// method, so a test sets expectations on one operation and keeps real
/// behaviour for all of them: constructed with an `InProcessEndpoint`'s
/// credentials and configuration, every call reaches the fake. Constructors
/// are the client's. Use `::testing::NiceMock` to silence the calls a test
/// does not expect.
class MockCognitoIdentityProviderClient
    : public Aws::CognitoIdentityProvider::CognitoIdentityProviderClient {
 public:
  /// The real client, the default action of every mocked method.
  using Base = Aws::CognitoIdentityProvider::CognitoIdentityProviderClient;

  /// Takes the arguments of one of `CognitoIdentityProviderClient`'s
  /// constructors.
  template <typename... Args>
  explicit MockCognitoIdentityProviderClient(Args&&... args) : Base(std::forward<Args>(args)...) {
    DelegateToBase();
  }

  // BEGIN GENERATED mocked operations (tools/generate_from_model.py; do not edit by hand)
  /// Mocks `CognitoIdentityProviderClient::CreateUserPool`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::CreateUserPoolOutcome, CreateUserPool,
              (const Aws::CognitoIdentityProvider::Model::CreateUserPoolRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::DescribeUserPool`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::DescribeUserPoolOutcome, DescribeUserPool,
              (const Aws::CognitoIdentityProvider::Model::DescribeUserPoolRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::UpdateUserPool`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::UpdateUserPoolOutcome, UpdateUserPool,
              (const Aws::CognitoIdentityProvider::Model::UpdateUserPoolRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::ListUserPools`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::ListUserPoolsOutcome, ListUserPools,
              (const Aws::CognitoIdentityProvider::Model::ListUserPoolsRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::DeleteUserPool`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::DeleteUserPoolOutcome, DeleteUserPool,
              (const Aws::CognitoIdentityProvider::Model::DeleteUserPoolRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::CreateUserPoolClient`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::CreateUserPoolClientOutcome,
              CreateUserPoolClient,
              (const Aws::CognitoIdentityProvider::Model::CreateUserPoolClientRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::DescribeUserPoolClient`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::DescribeUserPoolClientOutcome,
              DescribeUserPoolClient,
              (const Aws::CognitoIdentityProvider::Model::DescribeUserPoolClientRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::UpdateUserPoolClient`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::UpdateUserPoolClientOutcome,
              UpdateUserPoolClient,
              (const Aws::CognitoIdentityProvider::Model::UpdateUserPoolClientRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::ListUserPoolClients`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::ListUserPoolClientsOutcome, ListUserPoolClients,
              (const Aws::CognitoIdentityProvider::Model::ListUserPoolClientsRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::DeleteUserPoolClient`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::DeleteUserPoolClientOutcome,
              DeleteUserPoolClient,
              (const Aws::CognitoIdentityProvider::Model::DeleteUserPoolClientRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminCreateUser`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::AdminCreateUserOutcome, AdminCreateUser,
              (const Aws::CognitoIdentityProvider::Model::AdminCreateUserRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminGetUser`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::AdminGetUserOutcome, AdminGetUser,
              (const Aws::CognitoIdentityProvider::Model::AdminGetUserRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::ListUsers`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::ListUsersOutcome, ListUsers,
              (const Aws::CognitoIdentityProvider::Model::ListUsersRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminDeleteUser`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::AdminDeleteUserOutcome, AdminDeleteUser,
              (const Aws::CognitoIdentityProvider::Model::AdminDeleteUserRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminDisableUser`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::AdminDisableUserOutcome, AdminDisableUser,
              (const Aws::CognitoIdentityProvider::Model::AdminDisableUserRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminEnableUser`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::AdminEnableUserOutcome, AdminEnableUser,
              (const Aws::CognitoIdentityProvider::Model::AdminEnableUserRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminUpdateUserAttributes`; by default calls it.
  MOCK_METHOD(
      Aws::CognitoIdentityProvider::Model::AdminUpdateUserAttributesOutcome,
      AdminUpdateUserAttributes,
      (const Aws::CognitoIdentityProvider::Model::AdminUpdateUserAttributesRequest& request),
      (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminDeleteUserAttributes`; by default calls it.
  MOCK_METHOD(
      Aws::CognitoIdentityProvider::Model::AdminDeleteUserAttributesOutcome,
      AdminDeleteUserAttributes,
      (const Aws::CognitoIdentityProvider::Model::AdminDeleteUserAttributesRequest& request),
      (const, override));
  /// Mocks `CognitoIdentityProviderClient::SignUp`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::SignUpOutcome, SignUp,
              (const Aws::CognitoIdentityProvider::Model::SignUpRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::ConfirmSignUp`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::ConfirmSignUpOutcome, ConfirmSignUp,
              (const Aws::CognitoIdentityProvider::Model::ConfirmSignUpRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminConfirmSignUp`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::AdminConfirmSignUpOutcome, AdminConfirmSignUp,
              (const Aws::CognitoIdentityProvider::Model::AdminConfirmSignUpRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::ResendConfirmationCode`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::ResendConfirmationCodeOutcome,
              ResendConfirmationCode,
              (const Aws::CognitoIdentityProvider::Model::ResendConfirmationCodeRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminResetUserPassword`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::AdminResetUserPasswordOutcome,
              AdminResetUserPassword,
              (const Aws::CognitoIdentityProvider::Model::AdminResetUserPasswordRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::ForgotPassword`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::ForgotPasswordOutcome, ForgotPassword,
              (const Aws::CognitoIdentityProvider::Model::ForgotPasswordRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::ConfirmForgotPassword`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::ConfirmForgotPasswordOutcome,
              ConfirmForgotPassword,
              (const Aws::CognitoIdentityProvider::Model::ConfirmForgotPasswordRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminSetUserPassword`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::AdminSetUserPasswordOutcome,
              AdminSetUserPassword,
              (const Aws::CognitoIdentityProvider::Model::AdminSetUserPasswordRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::ChangePassword`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::ChangePasswordOutcome, ChangePassword,
              (const Aws::CognitoIdentityProvider::Model::ChangePasswordRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::InitiateAuth`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::InitiateAuthOutcome, InitiateAuth,
              (const Aws::CognitoIdentityProvider::Model::InitiateAuthRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminInitiateAuth`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::AdminInitiateAuthOutcome, AdminInitiateAuth,
              (const Aws::CognitoIdentityProvider::Model::AdminInitiateAuthRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::RespondToAuthChallenge`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::RespondToAuthChallengeOutcome,
              RespondToAuthChallenge,
              (const Aws::CognitoIdentityProvider::Model::RespondToAuthChallengeRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminRespondToAuthChallenge`; by default calls it.
  MOCK_METHOD(
      Aws::CognitoIdentityProvider::Model::AdminRespondToAuthChallengeOutcome,
      AdminRespondToAuthChallenge,
      (const Aws::CognitoIdentityProvider::Model::AdminRespondToAuthChallengeRequest& request),
      (const, override));
  /// Mocks `CognitoIdentityProviderClient::GetUser`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::GetUserOutcome, GetUser,
              (const Aws::CognitoIdentityProvider::Model::GetUserRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::UpdateUserAttributes`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::UpdateUserAttributesOutcome,
              UpdateUserAttributes,
              (const Aws::CognitoIdentityProvider::Model::UpdateUserAttributesRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::GetUserAttributeVerificationCode`; by default calls it.
  MOCK_METHOD(
      Aws::CognitoIdentityProvider::Model::GetUserAttributeVerificationCodeOutcome,
      GetUserAttributeVerificationCode,
      (const Aws::CognitoIdentityProvider::Model::GetUserAttributeVerificationCodeRequest& request),
      (const, override));
  /// Mocks `CognitoIdentityProviderClient::VerifyUserAttribute`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::VerifyUserAttributeOutcome, VerifyUserAttribute,
              (const Aws::CognitoIdentityProvider::Model::VerifyUserAttributeRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::DeleteUserAttributes`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::DeleteUserAttributesOutcome,
              DeleteUserAttributes,
              (const Aws::CognitoIdentityProvider::Model::DeleteUserAttributesRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::DeleteUser`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::DeleteUserOutcome, DeleteUser,
              (const Aws::CognitoIdentityProvider::Model::DeleteUserRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::GlobalSignOut`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::GlobalSignOutOutcome, GlobalSignOut,
              (const Aws::CognitoIdentityProvider::Model::GlobalSignOutRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminUserGlobalSignOut`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::AdminUserGlobalSignOutOutcome,
              AdminUserGlobalSignOut,
              (const Aws::CognitoIdentityProvider::Model::AdminUserGlobalSignOutRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::RevokeToken`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::RevokeTokenOutcome, RevokeToken,
              (const Aws::CognitoIdentityProvider::Model::RevokeTokenRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::CreateGroup`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::CreateGroupOutcome, CreateGroup,
              (const Aws::CognitoIdentityProvider::Model::CreateGroupRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::GetGroup`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::GetGroupOutcome, GetGroup,
              (const Aws::CognitoIdentityProvider::Model::GetGroupRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::ListGroups`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::ListGroupsOutcome, ListGroups,
              (const Aws::CognitoIdentityProvider::Model::ListGroupsRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::UpdateGroup`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::UpdateGroupOutcome, UpdateGroup,
              (const Aws::CognitoIdentityProvider::Model::UpdateGroupRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::DeleteGroup`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::DeleteGroupOutcome, DeleteGroup,
              (const Aws::CognitoIdentityProvider::Model::DeleteGroupRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminAddUserToGroup`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::AdminAddUserToGroupOutcome, AdminAddUserToGroup,
              (const Aws::CognitoIdentityProvider::Model::AdminAddUserToGroupRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminRemoveUserFromGroup`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::AdminRemoveUserFromGroupOutcome,
              AdminRemoveUserFromGroup,
              (const Aws::CognitoIdentityProvider::Model::AdminRemoveUserFromGroupRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminListGroupsForUser`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::AdminListGroupsForUserOutcome,
              AdminListGroupsForUser,
              (const Aws::CognitoIdentityProvider::Model::AdminListGroupsForUserRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::ListUsersInGroup`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::ListUsersInGroupOutcome, ListUsersInGroup,
              (const Aws::CognitoIdentityProvider::Model::ListUsersInGroupRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::SetUserPoolMfaConfig`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::SetUserPoolMfaConfigOutcome,
              SetUserPoolMfaConfig,
              (const Aws::CognitoIdentityProvider::Model::SetUserPoolMfaConfigRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::GetUserPoolMfaConfig`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::GetUserPoolMfaConfigOutcome,
              GetUserPoolMfaConfig,
              (const Aws::CognitoIdentityProvider::Model::GetUserPoolMfaConfigRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AssociateSoftwareToken`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::AssociateSoftwareTokenOutcome,
              AssociateSoftwareToken,
              (const Aws::CognitoIdentityProvider::Model::AssociateSoftwareTokenRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::VerifySoftwareToken`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::VerifySoftwareTokenOutcome, VerifySoftwareToken,
              (const Aws::CognitoIdentityProvider::Model::VerifySoftwareTokenRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::SetUserMFAPreference`; by default calls it.
  MOCK_METHOD(Aws::CognitoIdentityProvider::Model::SetUserMFAPreferenceOutcome,
              SetUserMFAPreference,
              (const Aws::CognitoIdentityProvider::Model::SetUserMFAPreferenceRequest& request),
              (const, override));
  /// Mocks `CognitoIdentityProviderClient::AdminSetUserMFAPreference`; by default calls it.
  MOCK_METHOD(
      Aws::CognitoIdentityProvider::Model::AdminSetUserMFAPreferenceOutcome,
      AdminSetUserMFAPreference,
      (const Aws::CognitoIdentityProvider::Model::AdminSetUserMFAPreferenceRequest& request),
      (const, override));
  // END GENERATED mocked operations

 private:
  void DelegateToBase() {
    // BEGIN GENERATED delegation (tools/generate_from_model.py; do not edit by hand)
    ON_CALL(*this, CreateUserPool).WillByDefault([this](const auto& request) {
      return Base::CreateUserPool(request);
    });
    ON_CALL(*this, DescribeUserPool).WillByDefault([this](const auto& request) {
      return Base::DescribeUserPool(request);
    });
    ON_CALL(*this, UpdateUserPool).WillByDefault([this](const auto& request) {
      return Base::UpdateUserPool(request);
    });
    ON_CALL(*this, ListUserPools).WillByDefault([this](const auto& request) {
      return Base::ListUserPools(request);
    });
    ON_CALL(*this, DeleteUserPool).WillByDefault([this](const auto& request) {
      return Base::DeleteUserPool(request);
    });
    ON_CALL(*this, CreateUserPoolClient).WillByDefault([this](const auto& request) {
      return Base::CreateUserPoolClient(request);
    });
    ON_CALL(*this, DescribeUserPoolClient).WillByDefault([this](const auto& request) {
      return Base::DescribeUserPoolClient(request);
    });
    ON_CALL(*this, UpdateUserPoolClient).WillByDefault([this](const auto& request) {
      return Base::UpdateUserPoolClient(request);
    });
    ON_CALL(*this, ListUserPoolClients).WillByDefault([this](const auto& request) {
      return Base::ListUserPoolClients(request);
    });
    ON_CALL(*this, DeleteUserPoolClient).WillByDefault([this](const auto& request) {
      return Base::DeleteUserPoolClient(request);
    });
    ON_CALL(*this, AdminCreateUser).WillByDefault([this](const auto& request) {
      return Base::AdminCreateUser(request);
    });
    ON_CALL(*this, AdminGetUser).WillByDefault([this](const auto& request) {
      return Base::AdminGetUser(request);
    });
    ON_CALL(*this, ListUsers).WillByDefault([this](const auto& request) {
      return Base::ListUsers(request);
    });
    ON_CALL(*this, AdminDeleteUser).WillByDefault([this](const auto& request) {
      return Base::AdminDeleteUser(request);
    });
    ON_CALL(*this, AdminDisableUser).WillByDefault([this](const auto& request) {
      return Base::AdminDisableUser(request);
    });
    ON_CALL(*this, AdminEnableUser).WillByDefault([this](const auto& request) {
      return Base::AdminEnableUser(request);
    });
    ON_CALL(*this, AdminUpdateUserAttributes).WillByDefault([this](const auto& request) {
      return Base::AdminUpdateUserAttributes(request);
    });
    ON_CALL(*this, AdminDeleteUserAttributes).WillByDefault([this](const auto& request) {
      return Base::AdminDeleteUserAttributes(request);
    });
    ON_CALL(*this, SignUp).WillByDefault([this](const auto& request) {
      return Base::SignUp(request);
    });
    ON_CALL(*this, ConfirmSignUp).WillByDefault([this](const auto& request) {
      return Base::ConfirmSignUp(request);
    });
    ON_CALL(*this, AdminConfirmSignUp).WillByDefault([this](const auto& request) {
      return Base::AdminConfirmSignUp(request);
    });
    ON_CALL(*this, ResendConfirmationCode).WillByDefault([this](const auto& request) {
      return Base::ResendConfirmationCode(request);
    });
    ON_CALL(*this, AdminResetUserPassword).WillByDefault([this](const auto& request) {
      return Base::AdminResetUserPassword(request);
    });
    ON_CALL(*this, ForgotPassword).WillByDefault([this](const auto& request) {
      return Base::ForgotPassword(request);
    });
    ON_CALL(*this, ConfirmForgotPassword).WillByDefault([this](const auto& request) {
      return Base::ConfirmForgotPassword(request);
    });
    ON_CALL(*this, AdminSetUserPassword).WillByDefault([this](const auto& request) {
      return Base::AdminSetUserPassword(request);
    });
    ON_CALL(*this, ChangePassword).WillByDefault([this](const auto& request) {
      return Base::ChangePassword(request);
    });
    ON_CALL(*this, InitiateAuth).WillByDefault([this](const auto& request) {
      return Base::InitiateAuth(request);
    });
    ON_CALL(*this, AdminInitiateAuth).WillByDefault([this](const auto& request) {
      return Base::AdminInitiateAuth(request);
    });
    ON_CALL(*this, RespondToAuthChallenge).WillByDefault([this](const auto& request) {
      return Base::RespondToAuthChallenge(request);
    });
    ON_CALL(*this, AdminRespondToAuthChallenge).WillByDefault([this](const auto& request) {
      return Base::AdminRespondToAuthChallenge(request);
    });
    ON_CALL(*this, GetUser).WillByDefault([this](const auto& request) {
      return Base::GetUser(request);
    });
    ON_CALL(*this, UpdateUserAttributes).WillByDefault([this](const auto& request) {
      return Base::UpdateUserAttributes(request);
    });
    ON_CALL(*this, GetUserAttributeVerificationCode).WillByDefault([this](const auto& request) {
      return Base::GetUserAttributeVerificationCode(request);
    });
    ON_CALL(*this, VerifyUserAttribute).WillByDefault([this](const auto& request) {
      return Base::VerifyUserAttribute(request);
    });
    ON_CALL(*this, DeleteUserAttributes).WillByDefault([this](const auto& request) {
      return Base::DeleteUserAttributes(request);
    });
    ON_CALL(*this, DeleteUser).WillByDefault([this](const auto& request) {
      return Base::DeleteUser(request);
    });
    ON_CALL(*this, GlobalSignOut).WillByDefault([this](const auto& request) {
      return Base::GlobalSignOut(request);
    });
    ON_CALL(*this, AdminUserGlobalSignOut).WillByDefault([this](const auto& request) {
      return Base::AdminUserGlobalSignOut(request);
    });
    ON_CALL(*this, RevokeToken).WillByDefault([this](const auto& request) {
      return Base::RevokeToken(request);
    });
    ON_CALL(*this, CreateGroup).WillByDefault([this](const auto& request) {
      return Base::CreateGroup(request);
    });
    ON_CALL(*this, GetGroup).WillByDefault([this](const auto& request) {
      return Base::GetGroup(request);
    });
    ON_CALL(*this, ListGroups).WillByDefault([this](const auto& request) {
      return Base::ListGroups(request);
    });
    ON_CALL(*this, UpdateGroup).WillByDefault([this](const auto& request) {
      return Base::UpdateGroup(request);
    });
    ON_CALL(*this, DeleteGroup).WillByDefault([this](const auto& request) {
      return Base::DeleteGroup(request);
    });
    ON_CALL(*this, AdminAddUserToGroup).WillByDefault([this](const auto& request) {
      return Base::AdminAddUserToGroup(request);
    });
    ON_CALL(*this, AdminRemoveUserFromGroup).WillByDefault([this](const auto& request) {
      return Base::AdminRemoveUserFromGroup(request);
    });
    ON_CALL(*this, AdminListGroupsForUser).WillByDefault([this](const auto& request) {
      return Base::AdminListGroupsForUser(request);
    });
    ON_CALL(*this, ListUsersInGroup).WillByDefault([this](const auto& request) {
      return Base::ListUsersInGroup(request);
    });
    ON_CALL(*this, SetUserPoolMfaConfig).WillByDefault([this](const auto& request) {
      return Base::SetUserPoolMfaConfig(request);
    });
    ON_CALL(*this, GetUserPoolMfaConfig).WillByDefault([this](const auto& request) {
      return Base::GetUserPoolMfaConfig(request);
    });
    ON_CALL(*this, AssociateSoftwareToken).WillByDefault([this](const auto& request) {
      return Base::AssociateSoftwareToken(request);
    });
    ON_CALL(*this, VerifySoftwareToken).WillByDefault([this](const auto& request) {
      return Base::VerifySoftwareToken(request);
    });
    ON_CALL(*this, SetUserMFAPreference).WillByDefault([this](const auto& request) {
      return Base::SetUserMFAPreference(request);
    });
    ON_CALL(*this, AdminSetUserMFAPreference).WillByDefault([this](const auto& request) {
      return Base::AdminSetUserMFAPreference(request);
    });
    // END GENERATED delegation
  }
};

}  // namespace aws_sdk
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_AWS_SDK_MOCK_CLIENT_H_
