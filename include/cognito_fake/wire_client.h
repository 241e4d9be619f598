#ifndef COGNITO_FAKE_WIRE_CLIENT_H_
#define COGNITO_FAKE_WIRE_CLIENT_H_

/// @file
/// An `IdentityProvider` that speaks AWS JSON 1.1: each call is serialised
/// as an AWS SDK would, sent through a transport (in-process to a
/// `WireDispatcher`, or over HTTP to a loopback endpoint), and the answer is
/// parsed back, errors included. Lets one test suite run unchanged against a
/// fake directly and through the wire.

#include <cognito_fake/identity_provider.h>
#include <cognito_fake/wire.h>

#include <functional>
#include <string_view>

namespace cognito_fake {

/// Sends one request (`X-Amz-Target`, JSON body) and returns the answer.
using WireTransport = std::function<WireResponse(std::string_view target, std::string_view body)>;

/// A transport that hands requests to `dispatcher` in-process.
WireTransport InProcessTransport(WireDispatcher& dispatcher);

/// `IdentityProvider` over a `WireTransport`.
class WireClient : public IdentityProvider {
 public:
  /// Sends every call through `transport`.
  explicit WireClient(WireTransport transport);

  // BEGIN GENERATED operations (tools/generate_from_model.py; do not edit by hand)
  /// Sends `CreateUserPool` through the transport and parses the answer.
  StatusOr<CreateUserPoolResponse> CreateUserPool(const CreateUserPoolRequest& request) override;
  /// Sends `DescribeUserPool` through the transport and parses the answer.
  StatusOr<DescribeUserPoolResponse> DescribeUserPool(
      const DescribeUserPoolRequest& request) override;
  /// Sends `UpdateUserPool` through the transport and parses the answer.
  StatusOr<UpdateUserPoolResponse> UpdateUserPool(const UpdateUserPoolRequest& request) override;
  /// Sends `ListUserPools` through the transport and parses the answer.
  StatusOr<ListUserPoolsResponse> ListUserPools(const ListUserPoolsRequest& request) override;
  /// Sends `DeleteUserPool` through the transport and parses the answer.
  StatusOr<DeleteUserPoolResponse> DeleteUserPool(const DeleteUserPoolRequest& request) override;
  /// Sends `CreateUserPoolClient` through the transport and parses the answer.
  StatusOr<CreateUserPoolClientResponse> CreateUserPoolClient(
      const CreateUserPoolClientRequest& request) override;
  /// Sends `DescribeUserPoolClient` through the transport and parses the answer.
  StatusOr<DescribeUserPoolClientResponse> DescribeUserPoolClient(
      const DescribeUserPoolClientRequest& request) override;
  /// Sends `UpdateUserPoolClient` through the transport and parses the answer.
  StatusOr<UpdateUserPoolClientResponse> UpdateUserPoolClient(
      const UpdateUserPoolClientRequest& request) override;
  /// Sends `ListUserPoolClients` through the transport and parses the answer.
  StatusOr<ListUserPoolClientsResponse> ListUserPoolClients(
      const ListUserPoolClientsRequest& request) override;
  /// Sends `DeleteUserPoolClient` through the transport and parses the answer.
  StatusOr<DeleteUserPoolClientResponse> DeleteUserPoolClient(
      const DeleteUserPoolClientRequest& request) override;
  /// Sends `AdminCreateUser` through the transport and parses the answer.
  StatusOr<AdminCreateUserResponse> AdminCreateUser(const AdminCreateUserRequest& request) override;
  /// Sends `AdminGetUser` through the transport and parses the answer.
  StatusOr<AdminGetUserResponse> AdminGetUser(const AdminGetUserRequest& request) override;
  /// Sends `ListUsers` through the transport and parses the answer.
  StatusOr<ListUsersResponse> ListUsers(const ListUsersRequest& request) override;
  /// Sends `AdminDeleteUser` through the transport and parses the answer.
  StatusOr<AdminDeleteUserResponse> AdminDeleteUser(const AdminDeleteUserRequest& request) override;
  /// Sends `AdminDisableUser` through the transport and parses the answer.
  StatusOr<AdminDisableUserResponse> AdminDisableUser(
      const AdminDisableUserRequest& request) override;
  /// Sends `AdminEnableUser` through the transport and parses the answer.
  StatusOr<AdminEnableUserResponse> AdminEnableUser(const AdminEnableUserRequest& request) override;
  /// Sends `AdminUpdateUserAttributes` through the transport and parses the answer.
  StatusOr<AdminUpdateUserAttributesResponse> AdminUpdateUserAttributes(
      const AdminUpdateUserAttributesRequest& request) override;
  /// Sends `AdminDeleteUserAttributes` through the transport and parses the answer.
  StatusOr<AdminDeleteUserAttributesResponse> AdminDeleteUserAttributes(
      const AdminDeleteUserAttributesRequest& request) override;
  /// Sends `SignUp` through the transport and parses the answer.
  StatusOr<SignUpResponse> SignUp(const SignUpRequest& request) override;
  /// Sends `ConfirmSignUp` through the transport and parses the answer.
  StatusOr<ConfirmSignUpResponse> ConfirmSignUp(const ConfirmSignUpRequest& request) override;
  /// Sends `AdminConfirmSignUp` through the transport and parses the answer.
  StatusOr<AdminConfirmSignUpResponse> AdminConfirmSignUp(
      const AdminConfirmSignUpRequest& request) override;
  /// Sends `ResendConfirmationCode` through the transport and parses the answer.
  StatusOr<ResendConfirmationCodeResponse> ResendConfirmationCode(
      const ResendConfirmationCodeRequest& request) override;
  /// Sends `AdminResetUserPassword` through the transport and parses the answer.
  StatusOr<AdminResetUserPasswordResponse> AdminResetUserPassword(
      const AdminResetUserPasswordRequest& request) override;
  /// Sends `ForgotPassword` through the transport and parses the answer.
  StatusOr<ForgotPasswordResponse> ForgotPassword(const ForgotPasswordRequest& request) override;
  /// Sends `ConfirmForgotPassword` through the transport and parses the answer.
  StatusOr<ConfirmForgotPasswordResponse> ConfirmForgotPassword(
      const ConfirmForgotPasswordRequest& request) override;
  /// Sends `AdminSetUserPassword` through the transport and parses the answer.
  StatusOr<AdminSetUserPasswordResponse> AdminSetUserPassword(
      const AdminSetUserPasswordRequest& request) override;
  /// Sends `ChangePassword` through the transport and parses the answer.
  StatusOr<ChangePasswordResponse> ChangePassword(const ChangePasswordRequest& request) override;
  /// Sends `InitiateAuth` through the transport and parses the answer.
  StatusOr<InitiateAuthResponse> InitiateAuth(const InitiateAuthRequest& request) override;
  /// Sends `AdminInitiateAuth` through the transport and parses the answer.
  StatusOr<AdminInitiateAuthResponse> AdminInitiateAuth(
      const AdminInitiateAuthRequest& request) override;
  /// Sends `RespondToAuthChallenge` through the transport and parses the answer.
  StatusOr<RespondToAuthChallengeResponse> RespondToAuthChallenge(
      const RespondToAuthChallengeRequest& request) override;
  /// Sends `AdminRespondToAuthChallenge` through the transport and parses the answer.
  StatusOr<AdminRespondToAuthChallengeResponse> AdminRespondToAuthChallenge(
      const AdminRespondToAuthChallengeRequest& request) override;
  /// Sends `GetUser` through the transport and parses the answer.
  StatusOr<GetUserResponse> GetUser(const GetUserRequest& request) override;
  /// Sends `UpdateUserAttributes` through the transport and parses the answer.
  StatusOr<UpdateUserAttributesResponse> UpdateUserAttributes(
      const UpdateUserAttributesRequest& request) override;
  /// Sends `GetUserAttributeVerificationCode` through the transport and parses the answer.
  StatusOr<GetUserAttributeVerificationCodeResponse> GetUserAttributeVerificationCode(
      const GetUserAttributeVerificationCodeRequest& request) override;
  /// Sends `VerifyUserAttribute` through the transport and parses the answer.
  StatusOr<VerifyUserAttributeResponse> VerifyUserAttribute(
      const VerifyUserAttributeRequest& request) override;
  /// Sends `DeleteUserAttributes` through the transport and parses the answer.
  StatusOr<DeleteUserAttributesResponse> DeleteUserAttributes(
      const DeleteUserAttributesRequest& request) override;
  /// Sends `DeleteUser` through the transport and parses the answer.
  StatusOr<DeleteUserResponse> DeleteUser(const DeleteUserRequest& request) override;
  /// Sends `GlobalSignOut` through the transport and parses the answer.
  StatusOr<GlobalSignOutResponse> GlobalSignOut(const GlobalSignOutRequest& request) override;
  /// Sends `AdminUserGlobalSignOut` through the transport and parses the answer.
  StatusOr<AdminUserGlobalSignOutResponse> AdminUserGlobalSignOut(
      const AdminUserGlobalSignOutRequest& request) override;
  /// Sends `RevokeToken` through the transport and parses the answer.
  StatusOr<RevokeTokenResponse> RevokeToken(const RevokeTokenRequest& request) override;
  /// Sends `CreateGroup` through the transport and parses the answer.
  StatusOr<CreateGroupResponse> CreateGroup(const CreateGroupRequest& request) override;
  /// Sends `GetGroup` through the transport and parses the answer.
  StatusOr<GetGroupResponse> GetGroup(const GetGroupRequest& request) override;
  /// Sends `ListGroups` through the transport and parses the answer.
  StatusOr<ListGroupsResponse> ListGroups(const ListGroupsRequest& request) override;
  /// Sends `UpdateGroup` through the transport and parses the answer.
  StatusOr<UpdateGroupResponse> UpdateGroup(const UpdateGroupRequest& request) override;
  /// Sends `DeleteGroup` through the transport and parses the answer.
  StatusOr<DeleteGroupResponse> DeleteGroup(const DeleteGroupRequest& request) override;
  /// Sends `AdminAddUserToGroup` through the transport and parses the answer.
  StatusOr<AdminAddUserToGroupResponse> AdminAddUserToGroup(
      const AdminAddUserToGroupRequest& request) override;
  /// Sends `AdminRemoveUserFromGroup` through the transport and parses the answer.
  StatusOr<AdminRemoveUserFromGroupResponse> AdminRemoveUserFromGroup(
      const AdminRemoveUserFromGroupRequest& request) override;
  /// Sends `AdminListGroupsForUser` through the transport and parses the answer.
  StatusOr<AdminListGroupsForUserResponse> AdminListGroupsForUser(
      const AdminListGroupsForUserRequest& request) override;
  /// Sends `ListUsersInGroup` through the transport and parses the answer.
  StatusOr<ListUsersInGroupResponse> ListUsersInGroup(
      const ListUsersInGroupRequest& request) override;
  /// Sends `SetUserPoolMfaConfig` through the transport and parses the answer.
  StatusOr<SetUserPoolMfaConfigResponse> SetUserPoolMfaConfig(
      const SetUserPoolMfaConfigRequest& request) override;
  /// Sends `GetUserPoolMfaConfig` through the transport and parses the answer.
  StatusOr<GetUserPoolMfaConfigResponse> GetUserPoolMfaConfig(
      const GetUserPoolMfaConfigRequest& request) override;
  /// Sends `AssociateSoftwareToken` through the transport and parses the answer.
  StatusOr<AssociateSoftwareTokenResponse> AssociateSoftwareToken(
      const AssociateSoftwareTokenRequest& request) override;
  /// Sends `VerifySoftwareToken` through the transport and parses the answer.
  StatusOr<VerifySoftwareTokenResponse> VerifySoftwareToken(
      const VerifySoftwareTokenRequest& request) override;
  /// Sends `SetUserMFAPreference` through the transport and parses the answer.
  StatusOr<SetUserMFAPreferenceResponse> SetUserMFAPreference(
      const SetUserMFAPreferenceRequest& request) override;
  /// Sends `AdminSetUserMFAPreference` through the transport and parses the answer.
  StatusOr<AdminSetUserMFAPreferenceResponse> AdminSetUserMFAPreference(
      const AdminSetUserMFAPreferenceRequest& request) override;
  // END GENERATED operations

 private:
  WireTransport transport_;
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_WIRE_CLIENT_H_
