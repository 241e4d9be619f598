// MockIdentityProvider's out-of-line members: compiled once here instead of
// in every test translation unit that includes cognito_fake/mocks.h.

#include <cognito_fake/mocks.h>

namespace cognito_fake {

MockIdentityProvider::MockIdentityProvider() = default;
MockIdentityProvider::~MockIdentityProvider() = default;

void MockIdentityProvider::DelegateToFake(IdentityProvider& provider) {
  // BEGIN GENERATED operations (tools/generate_from_model.py; do not edit by hand)
  ON_CALL(*this, CreateUserPool).WillByDefault([&provider](const CreateUserPoolRequest& request) {
    return provider.CreateUserPool(request);
  });
  ON_CALL(*this, DescribeUserPool)
      .WillByDefault([&provider](const DescribeUserPoolRequest& request) {
        return provider.DescribeUserPool(request);
      });
  ON_CALL(*this, UpdateUserPool).WillByDefault([&provider](const UpdateUserPoolRequest& request) {
    return provider.UpdateUserPool(request);
  });
  ON_CALL(*this, ListUserPools).WillByDefault([&provider](const ListUserPoolsRequest& request) {
    return provider.ListUserPools(request);
  });
  ON_CALL(*this, DeleteUserPool).WillByDefault([&provider](const DeleteUserPoolRequest& request) {
    return provider.DeleteUserPool(request);
  });
  ON_CALL(*this, CreateUserPoolClient)
      .WillByDefault([&provider](const CreateUserPoolClientRequest& request) {
        return provider.CreateUserPoolClient(request);
      });
  ON_CALL(*this, DescribeUserPoolClient)
      .WillByDefault([&provider](const DescribeUserPoolClientRequest& request) {
        return provider.DescribeUserPoolClient(request);
      });
  ON_CALL(*this, UpdateUserPoolClient)
      .WillByDefault([&provider](const UpdateUserPoolClientRequest& request) {
        return provider.UpdateUserPoolClient(request);
      });
  ON_CALL(*this, ListUserPoolClients)
      .WillByDefault([&provider](const ListUserPoolClientsRequest& request) {
        return provider.ListUserPoolClients(request);
      });
  ON_CALL(*this, DeleteUserPoolClient)
      .WillByDefault([&provider](const DeleteUserPoolClientRequest& request) {
        return provider.DeleteUserPoolClient(request);
      });
  ON_CALL(*this, AdminCreateUser).WillByDefault([&provider](const AdminCreateUserRequest& request) {
    return provider.AdminCreateUser(request);
  });
  ON_CALL(*this, AdminGetUser).WillByDefault([&provider](const AdminGetUserRequest& request) {
    return provider.AdminGetUser(request);
  });
  ON_CALL(*this, ListUsers).WillByDefault([&provider](const ListUsersRequest& request) {
    return provider.ListUsers(request);
  });
  ON_CALL(*this, AdminDeleteUser).WillByDefault([&provider](const AdminDeleteUserRequest& request) {
    return provider.AdminDeleteUser(request);
  });
  ON_CALL(*this, AdminDisableUser)
      .WillByDefault([&provider](const AdminDisableUserRequest& request) {
        return provider.AdminDisableUser(request);
      });
  ON_CALL(*this, AdminEnableUser).WillByDefault([&provider](const AdminEnableUserRequest& request) {
    return provider.AdminEnableUser(request);
  });
  ON_CALL(*this, AdminUpdateUserAttributes)
      .WillByDefault([&provider](const AdminUpdateUserAttributesRequest& request) {
        return provider.AdminUpdateUserAttributes(request);
      });
  ON_CALL(*this, AdminDeleteUserAttributes)
      .WillByDefault([&provider](const AdminDeleteUserAttributesRequest& request) {
        return provider.AdminDeleteUserAttributes(request);
      });
  ON_CALL(*this, SignUp).WillByDefault([&provider](const SignUpRequest& request) {
    return provider.SignUp(request);
  });
  ON_CALL(*this, ConfirmSignUp).WillByDefault([&provider](const ConfirmSignUpRequest& request) {
    return provider.ConfirmSignUp(request);
  });
  ON_CALL(*this, AdminConfirmSignUp)
      .WillByDefault([&provider](const AdminConfirmSignUpRequest& request) {
        return provider.AdminConfirmSignUp(request);
      });
  ON_CALL(*this, ResendConfirmationCode)
      .WillByDefault([&provider](const ResendConfirmationCodeRequest& request) {
        return provider.ResendConfirmationCode(request);
      });
  ON_CALL(*this, AdminResetUserPassword)
      .WillByDefault([&provider](const AdminResetUserPasswordRequest& request) {
        return provider.AdminResetUserPassword(request);
      });
  ON_CALL(*this, ForgotPassword).WillByDefault([&provider](const ForgotPasswordRequest& request) {
    return provider.ForgotPassword(request);
  });
  ON_CALL(*this, ConfirmForgotPassword)
      .WillByDefault([&provider](const ConfirmForgotPasswordRequest& request) {
        return provider.ConfirmForgotPassword(request);
      });
  ON_CALL(*this, AdminSetUserPassword)
      .WillByDefault([&provider](const AdminSetUserPasswordRequest& request) {
        return provider.AdminSetUserPassword(request);
      });
  ON_CALL(*this, ChangePassword).WillByDefault([&provider](const ChangePasswordRequest& request) {
    return provider.ChangePassword(request);
  });
  ON_CALL(*this, InitiateAuth).WillByDefault([&provider](const InitiateAuthRequest& request) {
    return provider.InitiateAuth(request);
  });
  ON_CALL(*this, AdminInitiateAuth)
      .WillByDefault([&provider](const AdminInitiateAuthRequest& request) {
        return provider.AdminInitiateAuth(request);
      });
  ON_CALL(*this, RespondToAuthChallenge)
      .WillByDefault([&provider](const RespondToAuthChallengeRequest& request) {
        return provider.RespondToAuthChallenge(request);
      });
  ON_CALL(*this, AdminRespondToAuthChallenge)
      .WillByDefault([&provider](const AdminRespondToAuthChallengeRequest& request) {
        return provider.AdminRespondToAuthChallenge(request);
      });
  ON_CALL(*this, GetUser).WillByDefault([&provider](const GetUserRequest& request) {
    return provider.GetUser(request);
  });
  ON_CALL(*this, UpdateUserAttributes)
      .WillByDefault([&provider](const UpdateUserAttributesRequest& request) {
        return provider.UpdateUserAttributes(request);
      });
  ON_CALL(*this, GetUserAttributeVerificationCode)
      .WillByDefault([&provider](const GetUserAttributeVerificationCodeRequest& request) {
        return provider.GetUserAttributeVerificationCode(request);
      });
  ON_CALL(*this, VerifyUserAttribute)
      .WillByDefault([&provider](const VerifyUserAttributeRequest& request) {
        return provider.VerifyUserAttribute(request);
      });
  ON_CALL(*this, DeleteUserAttributes)
      .WillByDefault([&provider](const DeleteUserAttributesRequest& request) {
        return provider.DeleteUserAttributes(request);
      });
  ON_CALL(*this, DeleteUser).WillByDefault([&provider](const DeleteUserRequest& request) {
    return provider.DeleteUser(request);
  });
  ON_CALL(*this, GlobalSignOut).WillByDefault([&provider](const GlobalSignOutRequest& request) {
    return provider.GlobalSignOut(request);
  });
  ON_CALL(*this, AdminUserGlobalSignOut)
      .WillByDefault([&provider](const AdminUserGlobalSignOutRequest& request) {
        return provider.AdminUserGlobalSignOut(request);
      });
  ON_CALL(*this, RevokeToken).WillByDefault([&provider](const RevokeTokenRequest& request) {
    return provider.RevokeToken(request);
  });
  ON_CALL(*this, CreateGroup).WillByDefault([&provider](const CreateGroupRequest& request) {
    return provider.CreateGroup(request);
  });
  ON_CALL(*this, GetGroup).WillByDefault([&provider](const GetGroupRequest& request) {
    return provider.GetGroup(request);
  });
  ON_CALL(*this, ListGroups).WillByDefault([&provider](const ListGroupsRequest& request) {
    return provider.ListGroups(request);
  });
  ON_CALL(*this, UpdateGroup).WillByDefault([&provider](const UpdateGroupRequest& request) {
    return provider.UpdateGroup(request);
  });
  ON_CALL(*this, DeleteGroup).WillByDefault([&provider](const DeleteGroupRequest& request) {
    return provider.DeleteGroup(request);
  });
  ON_CALL(*this, AdminAddUserToGroup)
      .WillByDefault([&provider](const AdminAddUserToGroupRequest& request) {
        return provider.AdminAddUserToGroup(request);
      });
  ON_CALL(*this, AdminRemoveUserFromGroup)
      .WillByDefault([&provider](const AdminRemoveUserFromGroupRequest& request) {
        return provider.AdminRemoveUserFromGroup(request);
      });
  ON_CALL(*this, AdminListGroupsForUser)
      .WillByDefault([&provider](const AdminListGroupsForUserRequest& request) {
        return provider.AdminListGroupsForUser(request);
      });
  ON_CALL(*this, ListUsersInGroup)
      .WillByDefault([&provider](const ListUsersInGroupRequest& request) {
        return provider.ListUsersInGroup(request);
      });
  ON_CALL(*this, SetUserPoolMfaConfig)
      .WillByDefault([&provider](const SetUserPoolMfaConfigRequest& request) {
        return provider.SetUserPoolMfaConfig(request);
      });
  ON_CALL(*this, GetUserPoolMfaConfig)
      .WillByDefault([&provider](const GetUserPoolMfaConfigRequest& request) {
        return provider.GetUserPoolMfaConfig(request);
      });
  ON_CALL(*this, AssociateSoftwareToken)
      .WillByDefault([&provider](const AssociateSoftwareTokenRequest& request) {
        return provider.AssociateSoftwareToken(request);
      });
  ON_CALL(*this, VerifySoftwareToken)
      .WillByDefault([&provider](const VerifySoftwareTokenRequest& request) {
        return provider.VerifySoftwareToken(request);
      });
  ON_CALL(*this, SetUserMFAPreference)
      .WillByDefault([&provider](const SetUserMFAPreferenceRequest& request) {
        return provider.SetUserMFAPreference(request);
      });
  ON_CALL(*this, AdminSetUserMFAPreference)
      .WillByDefault([&provider](const AdminSetUserMFAPreferenceRequest& request) {
        return provider.AdminSetUserMFAPreference(request);
      });
  // END GENERATED operations
}

}  // namespace cognito_fake

template class ::testing::NiceMock<::cognito_fake::MockIdentityProvider>;
template class ::testing::NaggyMock<::cognito_fake::MockIdentityProvider>;
template class ::testing::StrictMock<::cognito_fake::MockIdentityProvider>;
