#ifndef COGNITO_FAKE_IDENTITY_PROVIDER_H_
#define COGNITO_FAKE_IDENTITY_PROVIDER_H_

/// @file
/// `IdentityProvider`: the one seam between an application and Amazon
/// Cognito user pools.

#include <cognito_fake/requests.h>
#include <cognito_fake/status.h>

namespace cognito_fake {

/// One virtual method per supported cognito-idp operation, named exactly as
/// the AWS API, taking `<Op>Request` and returning `StatusOr<<Op>Response>`.
///
/// Applications depend on this interface; tests hand them a
/// `FakeIdentityProvider`, a fault-injecting decorator or a mock, and
/// production code an adapter over aws-sdk-cpp. Every method has a default
/// body that answers `ErrorCode::kUnimplemented` ("<Op> is not supported by
/// this provider"), so a subclass implements only what it needs and an
/// unmodelled path fails loudly instead of silently succeeding.
///
/// Implementations report service errors as `Status` values with the AWS
/// exception name and message; they never throw them.
class IdentityProvider {
 public:
  virtual ~IdentityProvider();

  // ---------------------------------------
  // Pools and app clients

  /// Creates a user pool. The fake assigns `<region>_<9 alphanumerics>` ids from its seed.
  virtual StatusOr<CreateUserPoolResponse> CreateUserPool(const CreateUserPoolRequest& request);

  /// Returns a pool's configuration, with AWS's defaults filled in.
  virtual StatusOr<DescribeUserPoolResponse> DescribeUserPool(const DescribeUserPoolRequest& request);

  /// Deletes a pool with its clients, users and codes. Refused while `DeletionProtection` is `ACTIVE`.
  virtual StatusOr<DeleteUserPoolResponse> DeleteUserPool(const DeleteUserPoolRequest& request);

  /// Creates an app client; `GenerateSecret` makes SECRET_HASH mandatory for it.
  virtual StatusOr<CreateUserPoolClientResponse> CreateUserPoolClient(const CreateUserPoolClientRequest& request);

  /// Returns an app client's configuration, secret included.
  virtual StatusOr<DescribeUserPoolClientResponse> DescribeUserPoolClient(const DescribeUserPoolClientRequest& request);

  // -------------------------------------------------------
  // Users

  /// Creates a user in `FORCE_CHANGE_PASSWORD` with a temporary password, or re-sends the invitation (`MessageAction` `RESEND`).
  virtual StatusOr<AdminCreateUserResponse> AdminCreateUser(const AdminCreateUserRequest& request);

  /// Looks a user up by username, alias or `sub`; `Username` in the response is always the canonical one.
  virtual StatusOr<AdminGetUserResponse> AdminGetUser(const AdminGetUserRequest& request);

  /// Lists users, with AWS's `Filter` syntax (`attr = "v"`, `attr ^= "prefix"`) and pagination.
  virtual StatusOr<ListUsersResponse> ListUsers(const ListUsersRequest& request);

  /// Deletes a user, its aliases and outstanding codes.
  virtual StatusOr<AdminDeleteUserResponse> AdminDeleteUser(const AdminDeleteUserRequest& request);

  /// Disables a user (status unchanged) and revokes its tokens.
  virtual StatusOr<AdminDisableUserResponse> AdminDisableUser(const AdminDisableUserRequest& request);

  /// Enables a user.
  virtual StatusOr<AdminEnableUserResponse> AdminEnableUser(const AdminEnableUserRequest& request);

  /// Adds or replaces user attributes; a new email/phone is unverified unless `*_verified` is set in the same call.
  virtual StatusOr<AdminUpdateUserAttributesResponse> AdminUpdateUserAttributes(const AdminUpdateUserAttributesRequest& request);

  /// Removes user attributes.
  virtual StatusOr<AdminDeleteUserAttributesResponse> AdminDeleteUserAttributes(const AdminDeleteUserAttributesRequest& request);

  /// Self-service registration: the user starts `UNCONFIRMED` and gets a sign-up code if an auto-verified attribute is present.
  virtual StatusOr<SignUpResponse> SignUp(const SignUpRequest& request);

  /// Confirms a sign-up with its code; verifies the attribute the code went to.
  virtual StatusOr<ConfirmSignUpResponse> ConfirmSignUp(const ConfirmSignUpRequest& request);

  /// Confirms an `UNCONFIRMED` user without a code (verifies nothing).
  virtual StatusOr<AdminConfirmSignUpResponse> AdminConfirmSignUp(const AdminConfirmSignUpRequest& request);

  /// Issues a new sign-up code to an `UNCONFIRMED` user.
  virtual StatusOr<ResendConfirmationCodeResponse> ResendConfirmationCode(const ResendConfirmationCodeRequest& request);

  // ---------------------------------------------------
  // Passwords

  /// Deactivates the user's password (status `RESET_REQUIRED`) and sends a reset code on one verified channel; `ClientMetadata` goes to triggers only.
  virtual StatusOr<AdminResetUserPasswordResponse> AdminResetUserPassword(const AdminResetUserPasswordRequest& request);

  /// Sends a new reset code (replacing any older one) and returns masked `CodeDeliveryDetails`; never changes `UserStatus`.
  virtual StatusOr<ForgotPasswordResponse> ForgotPassword(const ForgotPasswordRequest& request);

  /// Sets a new password with a reset code; the user becomes `CONFIRMED` and the code is consumed.
  virtual StatusOr<ConfirmForgotPasswordResponse> ConfirmForgotPassword(const ConfirmForgotPasswordRequest& request);

  /// Sets a permanent password (`CONFIRMED`) or a temporary one (`FORCE_CHANGE_PASSWORD`).
  virtual StatusOr<AdminSetUserPasswordResponse> AdminSetUserPassword(const AdminSetUserPasswordRequest& request);

  /// Changes the password of the user an access token belongs to.
  virtual StatusOr<ChangePasswordResponse> ChangePassword(const ChangePasswordRequest& request);

  // -----------------------------------------------------
  // Sign-in

  /// Starts a sign-in: `USER_PASSWORD_AUTH` or `REFRESH_TOKEN_AUTH`.
  virtual StatusOr<InitiateAuthResponse> InitiateAuth(const InitiateAuthRequest& request);

  /// Starts a server-side sign-in: `ADMIN_USER_PASSWORD_AUTH` (`ADMIN_NO_SRP_AUTH`) or `REFRESH_TOKEN_AUTH`.
  virtual StatusOr<AdminInitiateAuthResponse> AdminInitiateAuth(const AdminInitiateAuthRequest& request);

  /// Answers a challenge; the fake supports `NEW_PASSWORD_REQUIRED`.
  virtual StatusOr<RespondToAuthChallengeResponse> RespondToAuthChallenge(const RespondToAuthChallengeRequest& request);

  /// Server-side form of RespondToAuthChallenge.
  virtual StatusOr<AdminRespondToAuthChallengeResponse> AdminRespondToAuthChallenge(const AdminRespondToAuthChallengeRequest& request);
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_IDENTITY_PROVIDER_H_
