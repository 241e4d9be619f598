#include <cognito_fake/identity_provider.h>

#include <string>

namespace cognito_fake {
namespace {

// The answer of every operation a provider does not override.
Status Unsupported(const char* operation) {
  return Status(ErrorCode::kUnimplemented,
                std::string(operation) + " is not supported by this provider");
}

}  // namespace

IdentityProvider::~IdentityProvider() = default;

// BEGIN GENERATED operations (tools/generate_from_model.py; do not edit by hand)
StatusOr<CreateUserPoolResponse> IdentityProvider::CreateUserPool(const CreateUserPoolRequest&) {
  return Unsupported("CreateUserPool");
}
StatusOr<DescribeUserPoolResponse> IdentityProvider::DescribeUserPool(
    const DescribeUserPoolRequest&) {
  return Unsupported("DescribeUserPool");
}
StatusOr<UpdateUserPoolResponse> IdentityProvider::UpdateUserPool(const UpdateUserPoolRequest&) {
  return Unsupported("UpdateUserPool");
}
StatusOr<ListUserPoolsResponse> IdentityProvider::ListUserPools(const ListUserPoolsRequest&) {
  return Unsupported("ListUserPools");
}
StatusOr<DeleteUserPoolResponse> IdentityProvider::DeleteUserPool(const DeleteUserPoolRequest&) {
  return Unsupported("DeleteUserPool");
}
StatusOr<CreateUserPoolClientResponse> IdentityProvider::CreateUserPoolClient(
    const CreateUserPoolClientRequest&) {
  return Unsupported("CreateUserPoolClient");
}
StatusOr<DescribeUserPoolClientResponse> IdentityProvider::DescribeUserPoolClient(
    const DescribeUserPoolClientRequest&) {
  return Unsupported("DescribeUserPoolClient");
}
StatusOr<UpdateUserPoolClientResponse> IdentityProvider::UpdateUserPoolClient(
    const UpdateUserPoolClientRequest&) {
  return Unsupported("UpdateUserPoolClient");
}
StatusOr<ListUserPoolClientsResponse> IdentityProvider::ListUserPoolClients(
    const ListUserPoolClientsRequest&) {
  return Unsupported("ListUserPoolClients");
}
StatusOr<DeleteUserPoolClientResponse> IdentityProvider::DeleteUserPoolClient(
    const DeleteUserPoolClientRequest&) {
  return Unsupported("DeleteUserPoolClient");
}
StatusOr<AdminCreateUserResponse> IdentityProvider::AdminCreateUser(const AdminCreateUserRequest&) {
  return Unsupported("AdminCreateUser");
}
StatusOr<AdminGetUserResponse> IdentityProvider::AdminGetUser(const AdminGetUserRequest&) {
  return Unsupported("AdminGetUser");
}
StatusOr<ListUsersResponse> IdentityProvider::ListUsers(const ListUsersRequest&) {
  return Unsupported("ListUsers");
}
StatusOr<AdminDeleteUserResponse> IdentityProvider::AdminDeleteUser(const AdminDeleteUserRequest&) {
  return Unsupported("AdminDeleteUser");
}
StatusOr<AdminDisableUserResponse> IdentityProvider::AdminDisableUser(
    const AdminDisableUserRequest&) {
  return Unsupported("AdminDisableUser");
}
StatusOr<AdminEnableUserResponse> IdentityProvider::AdminEnableUser(const AdminEnableUserRequest&) {
  return Unsupported("AdminEnableUser");
}
StatusOr<AdminUpdateUserAttributesResponse> IdentityProvider::AdminUpdateUserAttributes(
    const AdminUpdateUserAttributesRequest&) {
  return Unsupported("AdminUpdateUserAttributes");
}
StatusOr<AdminDeleteUserAttributesResponse> IdentityProvider::AdminDeleteUserAttributes(
    const AdminDeleteUserAttributesRequest&) {
  return Unsupported("AdminDeleteUserAttributes");
}
StatusOr<SignUpResponse> IdentityProvider::SignUp(const SignUpRequest&) {
  return Unsupported("SignUp");
}
StatusOr<ConfirmSignUpResponse> IdentityProvider::ConfirmSignUp(const ConfirmSignUpRequest&) {
  return Unsupported("ConfirmSignUp");
}
StatusOr<AdminConfirmSignUpResponse> IdentityProvider::AdminConfirmSignUp(
    const AdminConfirmSignUpRequest&) {
  return Unsupported("AdminConfirmSignUp");
}
StatusOr<ResendConfirmationCodeResponse> IdentityProvider::ResendConfirmationCode(
    const ResendConfirmationCodeRequest&) {
  return Unsupported("ResendConfirmationCode");
}
StatusOr<AdminResetUserPasswordResponse> IdentityProvider::AdminResetUserPassword(
    const AdminResetUserPasswordRequest&) {
  return Unsupported("AdminResetUserPassword");
}
StatusOr<ForgotPasswordResponse> IdentityProvider::ForgotPassword(const ForgotPasswordRequest&) {
  return Unsupported("ForgotPassword");
}
StatusOr<ConfirmForgotPasswordResponse> IdentityProvider::ConfirmForgotPassword(
    const ConfirmForgotPasswordRequest&) {
  return Unsupported("ConfirmForgotPassword");
}
StatusOr<AdminSetUserPasswordResponse> IdentityProvider::AdminSetUserPassword(
    const AdminSetUserPasswordRequest&) {
  return Unsupported("AdminSetUserPassword");
}
StatusOr<ChangePasswordResponse> IdentityProvider::ChangePassword(const ChangePasswordRequest&) {
  return Unsupported("ChangePassword");
}
StatusOr<InitiateAuthResponse> IdentityProvider::InitiateAuth(const InitiateAuthRequest&) {
  return Unsupported("InitiateAuth");
}
StatusOr<AdminInitiateAuthResponse> IdentityProvider::AdminInitiateAuth(
    const AdminInitiateAuthRequest&) {
  return Unsupported("AdminInitiateAuth");
}
StatusOr<RespondToAuthChallengeResponse> IdentityProvider::RespondToAuthChallenge(
    const RespondToAuthChallengeRequest&) {
  return Unsupported("RespondToAuthChallenge");
}
StatusOr<AdminRespondToAuthChallengeResponse> IdentityProvider::AdminRespondToAuthChallenge(
    const AdminRespondToAuthChallengeRequest&) {
  return Unsupported("AdminRespondToAuthChallenge");
}
StatusOr<GetUserResponse> IdentityProvider::GetUser(const GetUserRequest&) {
  return Unsupported("GetUser");
}
StatusOr<UpdateUserAttributesResponse> IdentityProvider::UpdateUserAttributes(
    const UpdateUserAttributesRequest&) {
  return Unsupported("UpdateUserAttributes");
}
StatusOr<GetUserAttributeVerificationCodeResponse>
IdentityProvider::GetUserAttributeVerificationCode(const GetUserAttributeVerificationCodeRequest&) {
  return Unsupported("GetUserAttributeVerificationCode");
}
StatusOr<VerifyUserAttributeResponse> IdentityProvider::VerifyUserAttribute(
    const VerifyUserAttributeRequest&) {
  return Unsupported("VerifyUserAttribute");
}
StatusOr<DeleteUserAttributesResponse> IdentityProvider::DeleteUserAttributes(
    const DeleteUserAttributesRequest&) {
  return Unsupported("DeleteUserAttributes");
}
StatusOr<DeleteUserResponse> IdentityProvider::DeleteUser(const DeleteUserRequest&) {
  return Unsupported("DeleteUser");
}
StatusOr<GlobalSignOutResponse> IdentityProvider::GlobalSignOut(const GlobalSignOutRequest&) {
  return Unsupported("GlobalSignOut");
}
StatusOr<AdminUserGlobalSignOutResponse> IdentityProvider::AdminUserGlobalSignOut(
    const AdminUserGlobalSignOutRequest&) {
  return Unsupported("AdminUserGlobalSignOut");
}
StatusOr<RevokeTokenResponse> IdentityProvider::RevokeToken(const RevokeTokenRequest&) {
  return Unsupported("RevokeToken");
}
StatusOr<CreateGroupResponse> IdentityProvider::CreateGroup(const CreateGroupRequest&) {
  return Unsupported("CreateGroup");
}
StatusOr<GetGroupResponse> IdentityProvider::GetGroup(const GetGroupRequest&) {
  return Unsupported("GetGroup");
}
StatusOr<ListGroupsResponse> IdentityProvider::ListGroups(const ListGroupsRequest&) {
  return Unsupported("ListGroups");
}
StatusOr<UpdateGroupResponse> IdentityProvider::UpdateGroup(const UpdateGroupRequest&) {
  return Unsupported("UpdateGroup");
}
StatusOr<DeleteGroupResponse> IdentityProvider::DeleteGroup(const DeleteGroupRequest&) {
  return Unsupported("DeleteGroup");
}
StatusOr<AdminAddUserToGroupResponse> IdentityProvider::AdminAddUserToGroup(
    const AdminAddUserToGroupRequest&) {
  return Unsupported("AdminAddUserToGroup");
}
StatusOr<AdminRemoveUserFromGroupResponse> IdentityProvider::AdminRemoveUserFromGroup(
    const AdminRemoveUserFromGroupRequest&) {
  return Unsupported("AdminRemoveUserFromGroup");
}
StatusOr<AdminListGroupsForUserResponse> IdentityProvider::AdminListGroupsForUser(
    const AdminListGroupsForUserRequest&) {
  return Unsupported("AdminListGroupsForUser");
}
StatusOr<ListUsersInGroupResponse> IdentityProvider::ListUsersInGroup(
    const ListUsersInGroupRequest&) {
  return Unsupported("ListUsersInGroup");
}
StatusOr<SetUserPoolMfaConfigResponse> IdentityProvider::SetUserPoolMfaConfig(
    const SetUserPoolMfaConfigRequest&) {
  return Unsupported("SetUserPoolMfaConfig");
}
StatusOr<GetUserPoolMfaConfigResponse> IdentityProvider::GetUserPoolMfaConfig(
    const GetUserPoolMfaConfigRequest&) {
  return Unsupported("GetUserPoolMfaConfig");
}
StatusOr<AssociateSoftwareTokenResponse> IdentityProvider::AssociateSoftwareToken(
    const AssociateSoftwareTokenRequest&) {
  return Unsupported("AssociateSoftwareToken");
}
StatusOr<VerifySoftwareTokenResponse> IdentityProvider::VerifySoftwareToken(
    const VerifySoftwareTokenRequest&) {
  return Unsupported("VerifySoftwareToken");
}
StatusOr<SetUserMFAPreferenceResponse> IdentityProvider::SetUserMFAPreference(
    const SetUserMFAPreferenceRequest&) {
  return Unsupported("SetUserMFAPreference");
}
StatusOr<AdminSetUserMFAPreferenceResponse> IdentityProvider::AdminSetUserMFAPreference(
    const AdminSetUserMFAPreferenceRequest&) {
  return Unsupported("AdminSetUserMFAPreference");
}
// END GENERATED operations

}  // namespace cognito_fake
