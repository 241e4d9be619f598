#ifndef COGNITO_FAKE_MOCKS_H_
#define COGNITO_FAKE_MOCKS_H_

/// @file
/// GoogleMock support (target `cognito_fake::mocks`): `MockIdentityProvider`,
/// which can delegate every call to a real provider (usually the fake), and
/// the gtest matchers of `cognito_fake/testing/matchers.h`. These two are
/// the only cognito_fake headers that include `<gmock/gmock.h>`.
///
/// ```cpp
/// cognito_fake::FakeIdentityProvider fake;
/// ::testing::NiceMock<cognito_fake::MockIdentityProvider> cognito;
/// cognito.DelegateToFake(fake);                 // real behaviour by default
/// EXPECT_CALL(cognito, AdminResetUserPassword)  // ... and one expectation
///     .WillOnce(::testing::Return(cognito_fake::Status(
///         cognito_fake::ErrorCode::kLimitExceeded, "Attempt limit exceeded, please try after some
///         time.")));
/// ```

#include <cognito_fake/identity_provider.h>
#include <cognito_fake/testing/matchers.h>
#include <gmock/gmock.h>

namespace cognito_fake {

/// A GoogleMock of `IdentityProvider`: one `MOCK_METHOD` per operation.
///
/// Its constructor, destructor and DelegateToFake are compiled once, in the
/// `cognito_fake::mocks` library, not in every test that uses the mock (the
/// gmock cookbook's "Making the Compilation Faster"): they instantiate the
/// machinery of every mocked method.
class MockIdentityProvider : public IdentityProvider {
 public:
  MockIdentityProvider();
  ~MockIdentityProvider() override;

  // BEGIN GENERATED operations (tools/generate_from_model.py; do not edit by hand)
  /// Mocks `IdentityProvider::CreateUserPool`.
  MOCK_METHOD(StatusOr<CreateUserPoolResponse>, CreateUserPool,
              (const CreateUserPoolRequest& request), (override));
  /// Mocks `IdentityProvider::DescribeUserPool`.
  MOCK_METHOD(StatusOr<DescribeUserPoolResponse>, DescribeUserPool,
              (const DescribeUserPoolRequest& request), (override));
  /// Mocks `IdentityProvider::UpdateUserPool`.
  MOCK_METHOD(StatusOr<UpdateUserPoolResponse>, UpdateUserPool,
              (const UpdateUserPoolRequest& request), (override));
  /// Mocks `IdentityProvider::ListUserPools`.
  MOCK_METHOD(StatusOr<ListUserPoolsResponse>, ListUserPools, (const ListUserPoolsRequest& request),
              (override));
  /// Mocks `IdentityProvider::DeleteUserPool`.
  MOCK_METHOD(StatusOr<DeleteUserPoolResponse>, DeleteUserPool,
              (const DeleteUserPoolRequest& request), (override));
  /// Mocks `IdentityProvider::CreateUserPoolClient`.
  MOCK_METHOD(StatusOr<CreateUserPoolClientResponse>, CreateUserPoolClient,
              (const CreateUserPoolClientRequest& request), (override));
  /// Mocks `IdentityProvider::DescribeUserPoolClient`.
  MOCK_METHOD(StatusOr<DescribeUserPoolClientResponse>, DescribeUserPoolClient,
              (const DescribeUserPoolClientRequest& request), (override));
  /// Mocks `IdentityProvider::UpdateUserPoolClient`.
  MOCK_METHOD(StatusOr<UpdateUserPoolClientResponse>, UpdateUserPoolClient,
              (const UpdateUserPoolClientRequest& request), (override));
  /// Mocks `IdentityProvider::ListUserPoolClients`.
  MOCK_METHOD(StatusOr<ListUserPoolClientsResponse>, ListUserPoolClients,
              (const ListUserPoolClientsRequest& request), (override));
  /// Mocks `IdentityProvider::DeleteUserPoolClient`.
  MOCK_METHOD(StatusOr<DeleteUserPoolClientResponse>, DeleteUserPoolClient,
              (const DeleteUserPoolClientRequest& request), (override));
  /// Mocks `IdentityProvider::AdminCreateUser`.
  MOCK_METHOD(StatusOr<AdminCreateUserResponse>, AdminCreateUser,
              (const AdminCreateUserRequest& request), (override));
  /// Mocks `IdentityProvider::AdminGetUser`.
  MOCK_METHOD(StatusOr<AdminGetUserResponse>, AdminGetUser, (const AdminGetUserRequest& request),
              (override));
  /// Mocks `IdentityProvider::ListUsers`.
  MOCK_METHOD(StatusOr<ListUsersResponse>, ListUsers, (const ListUsersRequest& request),
              (override));
  /// Mocks `IdentityProvider::AdminDeleteUser`.
  MOCK_METHOD(StatusOr<AdminDeleteUserResponse>, AdminDeleteUser,
              (const AdminDeleteUserRequest& request), (override));
  /// Mocks `IdentityProvider::AdminDisableUser`.
  MOCK_METHOD(StatusOr<AdminDisableUserResponse>, AdminDisableUser,
              (const AdminDisableUserRequest& request), (override));
  /// Mocks `IdentityProvider::AdminEnableUser`.
  MOCK_METHOD(StatusOr<AdminEnableUserResponse>, AdminEnableUser,
              (const AdminEnableUserRequest& request), (override));
  /// Mocks `IdentityProvider::AdminUpdateUserAttributes`.
  MOCK_METHOD(StatusOr<AdminUpdateUserAttributesResponse>, AdminUpdateUserAttributes,
              (const AdminUpdateUserAttributesRequest& request), (override));
  /// Mocks `IdentityProvider::AdminDeleteUserAttributes`.
  MOCK_METHOD(StatusOr<AdminDeleteUserAttributesResponse>, AdminDeleteUserAttributes,
              (const AdminDeleteUserAttributesRequest& request), (override));
  /// Mocks `IdentityProvider::SignUp`.
  MOCK_METHOD(StatusOr<SignUpResponse>, SignUp, (const SignUpRequest& request), (override));
  /// Mocks `IdentityProvider::ConfirmSignUp`.
  MOCK_METHOD(StatusOr<ConfirmSignUpResponse>, ConfirmSignUp, (const ConfirmSignUpRequest& request),
              (override));
  /// Mocks `IdentityProvider::AdminConfirmSignUp`.
  MOCK_METHOD(StatusOr<AdminConfirmSignUpResponse>, AdminConfirmSignUp,
              (const AdminConfirmSignUpRequest& request), (override));
  /// Mocks `IdentityProvider::ResendConfirmationCode`.
  MOCK_METHOD(StatusOr<ResendConfirmationCodeResponse>, ResendConfirmationCode,
              (const ResendConfirmationCodeRequest& request), (override));
  /// Mocks `IdentityProvider::AdminResetUserPassword`.
  MOCK_METHOD(StatusOr<AdminResetUserPasswordResponse>, AdminResetUserPassword,
              (const AdminResetUserPasswordRequest& request), (override));
  /// Mocks `IdentityProvider::ForgotPassword`.
  MOCK_METHOD(StatusOr<ForgotPasswordResponse>, ForgotPassword,
              (const ForgotPasswordRequest& request), (override));
  /// Mocks `IdentityProvider::ConfirmForgotPassword`.
  MOCK_METHOD(StatusOr<ConfirmForgotPasswordResponse>, ConfirmForgotPassword,
              (const ConfirmForgotPasswordRequest& request), (override));
  /// Mocks `IdentityProvider::AdminSetUserPassword`.
  MOCK_METHOD(StatusOr<AdminSetUserPasswordResponse>, AdminSetUserPassword,
              (const AdminSetUserPasswordRequest& request), (override));
  /// Mocks `IdentityProvider::ChangePassword`.
  MOCK_METHOD(StatusOr<ChangePasswordResponse>, ChangePassword,
              (const ChangePasswordRequest& request), (override));
  /// Mocks `IdentityProvider::InitiateAuth`.
  MOCK_METHOD(StatusOr<InitiateAuthResponse>, InitiateAuth, (const InitiateAuthRequest& request),
              (override));
  /// Mocks `IdentityProvider::AdminInitiateAuth`.
  MOCK_METHOD(StatusOr<AdminInitiateAuthResponse>, AdminInitiateAuth,
              (const AdminInitiateAuthRequest& request), (override));
  /// Mocks `IdentityProvider::RespondToAuthChallenge`.
  MOCK_METHOD(StatusOr<RespondToAuthChallengeResponse>, RespondToAuthChallenge,
              (const RespondToAuthChallengeRequest& request), (override));
  /// Mocks `IdentityProvider::AdminRespondToAuthChallenge`.
  MOCK_METHOD(StatusOr<AdminRespondToAuthChallengeResponse>, AdminRespondToAuthChallenge,
              (const AdminRespondToAuthChallengeRequest& request), (override));
  /// Mocks `IdentityProvider::GetUser`.
  MOCK_METHOD(StatusOr<GetUserResponse>, GetUser, (const GetUserRequest& request), (override));
  /// Mocks `IdentityProvider::UpdateUserAttributes`.
  MOCK_METHOD(StatusOr<UpdateUserAttributesResponse>, UpdateUserAttributes,
              (const UpdateUserAttributesRequest& request), (override));
  /// Mocks `IdentityProvider::GetUserAttributeVerificationCode`.
  MOCK_METHOD(StatusOr<GetUserAttributeVerificationCodeResponse>, GetUserAttributeVerificationCode,
              (const GetUserAttributeVerificationCodeRequest& request), (override));
  /// Mocks `IdentityProvider::VerifyUserAttribute`.
  MOCK_METHOD(StatusOr<VerifyUserAttributeResponse>, VerifyUserAttribute,
              (const VerifyUserAttributeRequest& request), (override));
  /// Mocks `IdentityProvider::DeleteUserAttributes`.
  MOCK_METHOD(StatusOr<DeleteUserAttributesResponse>, DeleteUserAttributes,
              (const DeleteUserAttributesRequest& request), (override));
  /// Mocks `IdentityProvider::DeleteUser`.
  MOCK_METHOD(StatusOr<DeleteUserResponse>, DeleteUser, (const DeleteUserRequest& request),
              (override));
  /// Mocks `IdentityProvider::GlobalSignOut`.
  MOCK_METHOD(StatusOr<GlobalSignOutResponse>, GlobalSignOut, (const GlobalSignOutRequest& request),
              (override));
  /// Mocks `IdentityProvider::AdminUserGlobalSignOut`.
  MOCK_METHOD(StatusOr<AdminUserGlobalSignOutResponse>, AdminUserGlobalSignOut,
              (const AdminUserGlobalSignOutRequest& request), (override));
  /// Mocks `IdentityProvider::RevokeToken`.
  MOCK_METHOD(StatusOr<RevokeTokenResponse>, RevokeToken, (const RevokeTokenRequest& request),
              (override));
  /// Mocks `IdentityProvider::CreateGroup`.
  MOCK_METHOD(StatusOr<CreateGroupResponse>, CreateGroup, (const CreateGroupRequest& request),
              (override));
  /// Mocks `IdentityProvider::GetGroup`.
  MOCK_METHOD(StatusOr<GetGroupResponse>, GetGroup, (const GetGroupRequest& request), (override));
  /// Mocks `IdentityProvider::ListGroups`.
  MOCK_METHOD(StatusOr<ListGroupsResponse>, ListGroups, (const ListGroupsRequest& request),
              (override));
  /// Mocks `IdentityProvider::UpdateGroup`.
  MOCK_METHOD(StatusOr<UpdateGroupResponse>, UpdateGroup, (const UpdateGroupRequest& request),
              (override));
  /// Mocks `IdentityProvider::DeleteGroup`.
  MOCK_METHOD(StatusOr<DeleteGroupResponse>, DeleteGroup, (const DeleteGroupRequest& request),
              (override));
  /// Mocks `IdentityProvider::AdminAddUserToGroup`.
  MOCK_METHOD(StatusOr<AdminAddUserToGroupResponse>, AdminAddUserToGroup,
              (const AdminAddUserToGroupRequest& request), (override));
  /// Mocks `IdentityProvider::AdminRemoveUserFromGroup`.
  MOCK_METHOD(StatusOr<AdminRemoveUserFromGroupResponse>, AdminRemoveUserFromGroup,
              (const AdminRemoveUserFromGroupRequest& request), (override));
  /// Mocks `IdentityProvider::AdminListGroupsForUser`.
  MOCK_METHOD(StatusOr<AdminListGroupsForUserResponse>, AdminListGroupsForUser,
              (const AdminListGroupsForUserRequest& request), (override));
  /// Mocks `IdentityProvider::ListUsersInGroup`.
  MOCK_METHOD(StatusOr<ListUsersInGroupResponse>, ListUsersInGroup,
              (const ListUsersInGroupRequest& request), (override));
  /// Mocks `IdentityProvider::SetUserPoolMfaConfig`.
  MOCK_METHOD(StatusOr<SetUserPoolMfaConfigResponse>, SetUserPoolMfaConfig,
              (const SetUserPoolMfaConfigRequest& request), (override));
  /// Mocks `IdentityProvider::GetUserPoolMfaConfig`.
  MOCK_METHOD(StatusOr<GetUserPoolMfaConfigResponse>, GetUserPoolMfaConfig,
              (const GetUserPoolMfaConfigRequest& request), (override));
  /// Mocks `IdentityProvider::AssociateSoftwareToken`.
  MOCK_METHOD(StatusOr<AssociateSoftwareTokenResponse>, AssociateSoftwareToken,
              (const AssociateSoftwareTokenRequest& request), (override));
  /// Mocks `IdentityProvider::VerifySoftwareToken`.
  MOCK_METHOD(StatusOr<VerifySoftwareTokenResponse>, VerifySoftwareToken,
              (const VerifySoftwareTokenRequest& request), (override));
  /// Mocks `IdentityProvider::SetUserMFAPreference`.
  MOCK_METHOD(StatusOr<SetUserMFAPreferenceResponse>, SetUserMFAPreference,
              (const SetUserMFAPreferenceRequest& request), (override));
  /// Mocks `IdentityProvider::AdminSetUserMFAPreference`.
  MOCK_METHOD(StatusOr<AdminSetUserMFAPreferenceResponse>, AdminSetUserMFAPreference,
              (const AdminSetUserMFAPreferenceRequest& request), (override));
  // END GENERATED operations

  /// Makes every method call `provider` by default (gmock's delegate-to-fake
  /// pattern): `ON_CALL(*this, X).WillByDefault(...)` for each operation.
  /// `EXPECT_CALL`s added afterwards still take precedence. `provider` must
  /// outlive the mock.
  void DelegateToFake(IdentityProvider& provider);
};

}  // namespace cognito_fake

/// @cond
// The NiceMock, NaggyMock and StrictMock of it are compiled once too, in the
// library: each one's vtable would otherwise instantiate every mocked method
// in every test that names it.
extern template class ::testing::NiceMock<::cognito_fake::MockIdentityProvider>;
extern template class ::testing::NaggyMock<::cognito_fake::MockIdentityProvider>;
extern template class ::testing::StrictMock<::cognito_fake::MockIdentityProvider>;
/// @endcond

#endif  // COGNITO_FAKE_MOCKS_H_
