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

  // BEGIN GENERATED operations (tools/generate_from_model.py; do not edit by hand)
  // ------------------------------------------------------- Pools and app clients

  /// Creates a new Amazon Cognito user pool.
  ///
  /// Returns the `CreateUserPoolResponse`, or one of the operation's documented errors as a
  /// `Status`: `InvalidParameterException`, `TooManyRequestsException`, `LimitExceededException`,
  /// `InvalidSmsRoleAccessPolicyException`, `InvalidSmsRoleTrustRelationshipException`,
  /// `InvalidEmailRoleAccessPolicyException`, `NotAuthorizedException`, `UserPoolTaggingException`,
  /// `InternalErrorException`, `TierChangeNotAllowedException`,
  /// `FeatureUnavailableInTierException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<CreateUserPoolResponse> CreateUserPool(const CreateUserPoolRequest& request);

  /// Given a user pool ID, returns configuration information.
  ///
  /// Returns the `DescribeUserPoolResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `UserPoolTaggingException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<DescribeUserPoolResponse> DescribeUserPool(
      const DescribeUserPoolRequest& request);

  /// Updates the configuration of a user pool.
  ///
  /// Returns the `UpdateUserPoolResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `ConcurrentModificationException`, `TooManyRequestsException`, `NotAuthorizedException`,
  /// `UserImportInProgressException`, `InternalErrorException`,
  /// `InvalidSmsRoleAccessPolicyException`, `InvalidSmsRoleTrustRelationshipException`,
  /// `UserPoolTaggingException`, `InvalidEmailRoleAccessPolicyException`,
  /// `TierChangeNotAllowedException`, `FeatureUnavailableInTierException`. The default body answers
  /// `ErrorCode::kUnimplemented`.
  virtual StatusOr<UpdateUserPoolResponse> UpdateUserPool(const UpdateUserPoolRequest& request);

  /// Lists user pools and their details in the current Amazon Web Services account.
  ///
  /// Returns the `ListUserPoolsResponse`, or one of the operation's documented errors as a
  /// `Status`: `InvalidParameterException`, `TooManyRequestsException`, `NotAuthorizedException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<ListUserPoolsResponse> ListUserPools(const ListUserPoolsRequest& request);

  /// Deletes a user pool.
  ///
  /// Returns the `DeleteUserPoolResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `UserImportInProgressException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<DeleteUserPoolResponse> DeleteUserPool(const DeleteUserPoolRequest& request);

  /// Creates an app client in a user pool.
  ///
  /// Returns the `CreateUserPoolClientResponse`, or one of the operation's documented errors as a
  /// `Status`: `InvalidParameterException`, `ResourceNotFoundException`,
  /// `TooManyRequestsException`, `LimitExceededException`, `NotAuthorizedException`,
  /// `ScopeDoesNotExistException`, `InvalidOAuthFlowException`, `InternalErrorException`,
  /// `FeatureUnavailableInTierException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<CreateUserPoolClientResponse> CreateUserPoolClient(
      const CreateUserPoolClientRequest& request);

  /// Given an app client ID, returns configuration information.
  ///
  /// Returns the `DescribeUserPoolClientResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `InternalErrorException`. The default
  /// body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<DescribeUserPoolClientResponse> DescribeUserPoolClient(
      const DescribeUserPoolClientRequest& request);

  /// Given a user pool app client ID, updates the configuration.
  ///
  /// Returns the `UpdateUserPoolClientResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `ConcurrentModificationException`, `TooManyRequestsException`, `NotAuthorizedException`,
  /// `ScopeDoesNotExistException`, `InvalidOAuthFlowException`, `InternalErrorException`,
  /// `FeatureUnavailableInTierException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<UpdateUserPoolClientResponse> UpdateUserPoolClient(
      const UpdateUserPoolClientRequest& request);

  /// Given a user pool ID, lists app clients.
  ///
  /// Returns the `ListUserPoolClientsResponse`, or one of the operation's documented errors as a
  /// `Status`: `InvalidParameterException`, `ResourceNotFoundException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `InternalErrorException`. The default
  /// body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<ListUserPoolClientsResponse> ListUserPoolClients(
      const ListUserPoolClientsRequest& request);

  /// Deletes a user pool app client.
  ///
  /// Returns the `DeleteUserPoolClientResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `ConcurrentModificationException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<DeleteUserPoolClientResponse> DeleteUserPoolClient(
      const DeleteUserPoolClientRequest& request);

  // ----------------------------------------------------------------------- Users

  /// Creates a new user in the specified user pool.
  ///
  /// Returns the `AdminCreateUserResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`, `UserNotFoundException`,
  /// `UsernameExistsException`, `InvalidPasswordException`, `CodeDeliveryFailureException`,
  /// `UnexpectedLambdaException`, `UserLambdaValidationException`,
  /// `InvalidLambdaResponseException`, `PreconditionNotMetException`,
  /// `InvalidSmsRoleAccessPolicyException`, `InvalidSmsRoleTrustRelationshipException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `UnsupportedUserStateException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminCreateUserResponse> AdminCreateUser(const AdminCreateUserRequest& request);

  /// Given a username, returns details about a user profile in a user pool.
  ///
  /// Returns the `AdminGetUserResponse`, or one of the operation's documented errors as a `Status`:
  /// `ResourceNotFoundException`, `InvalidParameterException`, `TooManyRequestsException`,
  /// `NotAuthorizedException`, `UserNotFoundException`, `InternalErrorException`. The default body
  /// answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminGetUserResponse> AdminGetUser(const AdminGetUserRequest& request);

  /// Given a user pool ID, returns a list of users and their basic details in a user pool.
  ///
  /// Returns the `ListUsersResponse`, or one of the operation's documented errors as a `Status`:
  /// `InvalidParameterException`, `ResourceNotFoundException`, `TooManyRequestsException`,
  /// `NotAuthorizedException`, `InternalErrorException`. The default body answers
  /// `ErrorCode::kUnimplemented`.
  virtual StatusOr<ListUsersResponse> ListUsers(const ListUsersRequest& request);

  /// Deletes a user profile in your user pool.
  ///
  /// Returns the `AdminDeleteUserResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `UserNotFoundException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminDeleteUserResponse> AdminDeleteUser(const AdminDeleteUserRequest& request);

  /// Deactivates a user profile and revokes all access tokens for the user.
  ///
  /// Returns the `AdminDisableUserResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `UserNotFoundException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminDisableUserResponse> AdminDisableUser(
      const AdminDisableUserRequest& request);

  /// Activates sign-in for a user profile that previously had sign-in access disabled.
  ///
  /// Returns the `AdminEnableUserResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `UserNotFoundException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminEnableUserResponse> AdminEnableUser(const AdminEnableUserRequest& request);

  /// Updates the specified user's attributes.
  ///
  /// Returns the `AdminUpdateUserAttributesResponse`, or one of the operation's documented errors
  /// as a `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `UnexpectedLambdaException`, `UserLambdaValidationException`,
  /// `InvalidLambdaResponseException`, `AliasExistsException`, `TooManyRequestsException`,
  /// `NotAuthorizedException`, `UserNotFoundException`, `InternalErrorException`,
  /// `InvalidSmsRoleAccessPolicyException`, `InvalidEmailRoleAccessPolicyException`,
  /// `InvalidSmsRoleTrustRelationshipException`. The default body answers
  /// `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminUpdateUserAttributesResponse> AdminUpdateUserAttributes(
      const AdminUpdateUserAttributesRequest& request);

  /// Deletes attribute values from a user.
  ///
  /// Returns the `AdminDeleteUserAttributesResponse`, or one of the operation's documented errors
  /// as a `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `UserNotFoundException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminDeleteUserAttributesResponse> AdminDeleteUserAttributes(
      const AdminDeleteUserAttributesRequest& request);

  /// Registers a user with an app client and requests a user name, password, and user attributes in
  /// the user pool.
  ///
  /// Returns the `SignUpResponse`, or one of the operation's documented errors as a `Status`:
  /// `ResourceNotFoundException`, `InvalidParameterException`, `UnexpectedLambdaException`,
  /// `UserLambdaValidationException`, `NotAuthorizedException`, `InvalidPasswordException`,
  /// `InvalidLambdaResponseException`, `UsernameExistsException`, `TooManyRequestsException`,
  /// `InternalErrorException`, `LimitExceededException`, `InvalidSmsRoleAccessPolicyException`,
  /// `InvalidSmsRoleTrustRelationshipException`, `InvalidEmailRoleAccessPolicyException`,
  /// `CodeDeliveryFailureException`, `ForbiddenException`. The default body answers
  /// `ErrorCode::kUnimplemented`.
  virtual StatusOr<SignUpResponse> SignUp(const SignUpRequest& request);

  /// Confirms the account of a new user.
  ///
  /// Returns the `ConfirmSignUpResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `UnexpectedLambdaException`, `UserLambdaValidationException`, `NotAuthorizedException`,
  /// `TooManyFailedAttemptsException`, `CodeMismatchException`, `ExpiredCodeException`,
  /// `InvalidLambdaResponseException`, `AliasExistsException`, `TooManyRequestsException`,
  /// `LimitExceededException`, `UserNotFoundException`, `InternalErrorException`,
  /// `ForbiddenException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<ConfirmSignUpResponse> ConfirmSignUp(const ConfirmSignUpRequest& request);

  /// Confirms user sign-up as an administrator.
  ///
  /// Returns the `AdminConfirmSignUpResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `UnexpectedLambdaException`, `UserLambdaValidationException`, `NotAuthorizedException`,
  /// `TooManyFailedAttemptsException`, `InvalidLambdaResponseException`,
  /// `TooManyRequestsException`, `LimitExceededException`, `UserNotFoundException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminConfirmSignUpResponse> AdminConfirmSignUp(
      const AdminConfirmSignUpRequest& request);

  /// Resends the code that confirms a new account for a user who has signed up in your user pool.
  ///
  /// Returns the `ResendConfirmationCodeResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `UnexpectedLambdaException`, `UserLambdaValidationException`, `NotAuthorizedException`,
  /// `InvalidLambdaResponseException`, `TooManyRequestsException`, `LimitExceededException`,
  /// `InvalidSmsRoleAccessPolicyException`, `InvalidSmsRoleTrustRelationshipException`,
  /// `InvalidEmailRoleAccessPolicyException`, `CodeDeliveryFailureException`,
  /// `UserNotFoundException`, `InternalErrorException`, `ForbiddenException`. The default body
  /// answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<ResendConfirmationCodeResponse> ResendConfirmationCode(
      const ResendConfirmationCodeRequest& request);

  // ------------------------------------------------------------------- Passwords

  /// Begins the password reset process.
  ///
  /// Returns the `AdminResetUserPasswordResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `UnexpectedLambdaException`, `UserLambdaValidationException`, `NotAuthorizedException`,
  /// `InvalidLambdaResponseException`, `TooManyRequestsException`, `LimitExceededException`,
  /// `UserNotFoundException`, `InvalidSmsRoleAccessPolicyException`,
  /// `InvalidEmailRoleAccessPolicyException`, `InvalidSmsRoleTrustRelationshipException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminResetUserPasswordResponse> AdminResetUserPassword(
      const AdminResetUserPasswordRequest& request);

  /// Sends a password-reset confirmation code to the email address or phone number of the requested
  /// username.
  ///
  /// Returns the `ForgotPasswordResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `UnexpectedLambdaException`, `UserLambdaValidationException`, `NotAuthorizedException`,
  /// `InvalidLambdaResponseException`, `TooManyRequestsException`, `LimitExceededException`,
  /// `InvalidSmsRoleAccessPolicyException`, `InvalidSmsRoleTrustRelationshipException`,
  /// `InvalidEmailRoleAccessPolicyException`, `CodeDeliveryFailureException`,
  /// `UserNotFoundException`, `InternalErrorException`, `ForbiddenException`. The default body
  /// answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<ForgotPasswordResponse> ForgotPassword(const ForgotPasswordRequest& request);

  /// This public API operation accepts a confirmation code that Amazon Cognito sent to a user and
  /// accepts a new password for that user.
  ///
  /// Returns the `ConfirmForgotPasswordResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `UnexpectedLambdaException`,
  /// `UserLambdaValidationException`, `InvalidParameterException`, `InvalidPasswordException`,
  /// `PasswordHistoryPolicyViolationException`, `NotAuthorizedException`, `CodeMismatchException`,
  /// `ExpiredCodeException`, `TooManyFailedAttemptsException`, `InvalidLambdaResponseException`,
  /// `TooManyRequestsException`, `LimitExceededException`, `UserNotFoundException`,
  /// `UserNotConfirmedException`, `InternalErrorException`, `ForbiddenException`. The default body
  /// answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<ConfirmForgotPasswordResponse> ConfirmForgotPassword(
      const ConfirmForgotPasswordRequest& request);

  /// Sets the specified user's password in a user pool.
  ///
  /// Returns the `AdminSetUserPasswordResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `NotAuthorizedException`, `UserNotFoundException`,
  /// `InternalErrorException`, `TooManyRequestsException`, `InvalidParameterException`,
  /// `InvalidPasswordException`, `PasswordHistoryPolicyViolationException`. The default body
  /// answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminSetUserPasswordResponse> AdminSetUserPassword(
      const AdminSetUserPasswordRequest& request);

  /// Changes the password for the currently signed-in user.
  ///
  /// Returns the `ChangePasswordResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `InvalidPasswordException`, `PasswordHistoryPolicyViolationException`,
  /// `NotAuthorizedException`, `TooManyRequestsException`, `LimitExceededException`,
  /// `PasswordResetRequiredException`, `UserNotFoundException`, `UserNotConfirmedException`,
  /// `InternalErrorException`, `ForbiddenException`. The default body answers
  /// `ErrorCode::kUnimplemented`.
  virtual StatusOr<ChangePasswordResponse> ChangePassword(const ChangePasswordRequest& request);

  // --------------------------------------------------------------------- Sign-in

  /// Declares an authentication flow and initiates sign-in for a user in the Amazon Cognito user
  /// directory.
  ///
  /// Returns the `InitiateAuthResponse`, or one of the operation's documented errors as a `Status`:
  /// `UnsupportedOperationException`, `ResourceNotFoundException`, `InvalidParameterException`,
  /// `NotAuthorizedException`, `TooManyRequestsException`, `UnexpectedLambdaException`,
  /// `InvalidUserPoolConfigurationException`, `UserLambdaValidationException`,
  /// `InvalidLambdaResponseException`, `PasswordResetRequiredException`, `UserNotFoundException`,
  /// `UserNotConfirmedException`, `InternalErrorException`, `InvalidSmsRoleAccessPolicyException`,
  /// `InvalidEmailRoleAccessPolicyException`, `InvalidSmsRoleTrustRelationshipException`,
  /// `ForbiddenException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<InitiateAuthResponse> InitiateAuth(const InitiateAuthRequest& request);

  /// Starts sign-in for applications with a server-side component, for example a traditional web
  /// application.
  ///
  /// Returns the `AdminInitiateAuthResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `UnsupportedOperationException`,
  /// `InvalidParameterException`, `NotAuthorizedException`, `TooManyRequestsException`,
  /// `InternalErrorException`, `UnexpectedLambdaException`,
  /// `InvalidUserPoolConfigurationException`, `UserLambdaValidationException`,
  /// `InvalidLambdaResponseException`, `MFAMethodNotFoundException`,
  /// `InvalidSmsRoleAccessPolicyException`, `InvalidEmailRoleAccessPolicyException`,
  /// `InvalidSmsRoleTrustRelationshipException`, `PasswordResetRequiredException`,
  /// `UserNotFoundException`, `UserNotConfirmedException`. The default body answers
  /// `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminInitiateAuthResponse> AdminInitiateAuth(
      const AdminInitiateAuthRequest& request);

  /// Some API operations in a user pool generate a challenge, like a prompt for an MFA code, for
  /// device authentication that bypasses MFA, or for a custom authentication challenge.
  ///
  /// Returns the `RespondToAuthChallengeResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`, `NotAuthorizedException`,
  /// `CodeMismatchException`, `ExpiredCodeException`, `UnexpectedLambdaException`,
  /// `UserLambdaValidationException`, `InvalidPasswordException`,
  /// `PasswordHistoryPolicyViolationException`, `InvalidLambdaResponseException`,
  /// `TooManyRequestsException`, `InvalidUserPoolConfigurationException`,
  /// `MFAMethodNotFoundException`, `PasswordResetRequiredException`, `UserNotFoundException`,
  /// `UserNotConfirmedException`, `InvalidSmsRoleAccessPolicyException`,
  /// `InvalidSmsRoleTrustRelationshipException`, `InvalidEmailRoleAccessPolicyException`,
  /// `AliasExistsException`, `InternalErrorException`, `SoftwareTokenMFANotFoundException`,
  /// `ForbiddenException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<RespondToAuthChallengeResponse> RespondToAuthChallenge(
      const RespondToAuthChallengeRequest& request);

  /// Some API operations in a user pool generate a challenge, like a prompt for an MFA code, for
  /// device authentication that bypasses MFA, or for a custom authentication challenge.
  ///
  /// Returns the `AdminRespondToAuthChallengeResponse`, or one of the operation's documented errors
  /// as a `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `NotAuthorizedException`, `CodeMismatchException`, `ExpiredCodeException`,
  /// `UnexpectedLambdaException`, `InvalidPasswordException`,
  /// `PasswordHistoryPolicyViolationException`, `UserLambdaValidationException`,
  /// `InvalidLambdaResponseException`, `TooManyRequestsException`,
  /// `InvalidUserPoolConfigurationException`, `InternalErrorException`,
  /// `MFAMethodNotFoundException`, `InvalidEmailRoleAccessPolicyException`,
  /// `InvalidSmsRoleAccessPolicyException`, `InvalidSmsRoleTrustRelationshipException`,
  /// `AliasExistsException`, `PasswordResetRequiredException`, `UserNotFoundException`,
  /// `UserNotConfirmedException`, `SoftwareTokenMFANotFoundException`. The default body answers
  /// `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminRespondToAuthChallengeResponse> AdminRespondToAuthChallenge(
      const AdminRespondToAuthChallengeRequest& request);

  // ------------------------------------------------------- The signed-in session

  /// Gets user attributes and and MFA settings for the currently signed-in user.
  ///
  /// Returns the `GetUserResponse`, or one of the operation's documented errors as a `Status`:
  /// `ResourceNotFoundException`, `InvalidParameterException`, `NotAuthorizedException`,
  /// `TooManyRequestsException`, `PasswordResetRequiredException`, `UserNotFoundException`,
  /// `UserNotConfirmedException`, `InternalErrorException`, `ForbiddenException`. The default body
  /// answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<GetUserResponse> GetUser(const GetUserRequest& request);

  /// Updates the currently signed-in user's attributes.
  ///
  /// Returns the `UpdateUserAttributesResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`, `CodeMismatchException`,
  /// `ExpiredCodeException`, `NotAuthorizedException`, `UnexpectedLambdaException`,
  /// `UserLambdaValidationException`, `InvalidLambdaResponseException`, `TooManyRequestsException`,
  /// `AliasExistsException`, `InvalidSmsRoleAccessPolicyException`,
  /// `InvalidSmsRoleTrustRelationshipException`, `InvalidEmailRoleAccessPolicyException`,
  /// `CodeDeliveryFailureException`, `PasswordResetRequiredException`, `UserNotFoundException`,
  /// `UserNotConfirmedException`, `InternalErrorException`, `ForbiddenException`. The default body
  /// answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<UpdateUserAttributesResponse> UpdateUserAttributes(
      const UpdateUserAttributesRequest& request);

  /// Given an attribute name, sends a user attribute verification code for the specified attribute
  /// name to the currently signed-in user.
  ///
  /// Returns the `GetUserAttributeVerificationCodeResponse`, or one of the operation's documented
  /// errors as a `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `UnexpectedLambdaException`,
  /// `UserLambdaValidationException`, `InvalidLambdaResponseException`,
  /// `InvalidSmsRoleAccessPolicyException`, `InvalidSmsRoleTrustRelationshipException`,
  /// `InvalidEmailRoleAccessPolicyException`, `CodeDeliveryFailureException`,
  /// `LimitExceededException`, `PasswordResetRequiredException`, `UserNotFoundException`,
  /// `UserNotConfirmedException`, `InternalErrorException`, `ForbiddenException`. The default body
  /// answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<GetUserAttributeVerificationCodeResponse> GetUserAttributeVerificationCode(
      const GetUserAttributeVerificationCodeRequest& request);

  /// Submits a verification code for a signed-in user who has added or changed a value of an
  /// auto-verified attribute.
  ///
  /// Returns the `VerifyUserAttributeResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`, `CodeMismatchException`,
  /// `ExpiredCodeException`, `NotAuthorizedException`, `TooManyRequestsException`,
  /// `LimitExceededException`, `PasswordResetRequiredException`, `UserNotFoundException`,
  /// `UserNotConfirmedException`, `InternalErrorException`, `AliasExistsException`,
  /// `ForbiddenException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<VerifyUserAttributeResponse> VerifyUserAttribute(
      const VerifyUserAttributeRequest& request);

  /// Deletes attributes from the currently signed-in user.
  ///
  /// Returns the `DeleteUserAttributesResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`, `NotAuthorizedException`,
  /// `TooManyRequestsException`, `PasswordResetRequiredException`, `UserNotFoundException`,
  /// `UserNotConfirmedException`, `InternalErrorException`, `ForbiddenException`. The default body
  /// answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<DeleteUserAttributesResponse> DeleteUserAttributes(
      const DeleteUserAttributesRequest& request);

  /// Deletes the profile of the currently signed-in user.
  ///
  /// Returns the `DeleteUserResponse`, or one of the operation's documented errors as a `Status`:
  /// `ResourceNotFoundException`, `InvalidParameterException`, `NotAuthorizedException`,
  /// `TooManyRequestsException`, `PasswordResetRequiredException`, `UserNotFoundException`,
  /// `UserNotConfirmedException`, `InternalErrorException`, `ForbiddenException`. The default body
  /// answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<DeleteUserResponse> DeleteUser(const DeleteUserRequest& request);

  /// Invalidates the identity, access, and refresh tokens that Amazon Cognito issued to a user.
  ///
  /// Returns the `GlobalSignOutResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`, `NotAuthorizedException`,
  /// `TooManyRequestsException`, `PasswordResetRequiredException`, `UserNotConfirmedException`,
  /// `InternalErrorException`, `ForbiddenException`. The default body answers
  /// `ErrorCode::kUnimplemented`.
  virtual StatusOr<GlobalSignOutResponse> GlobalSignOut(const GlobalSignOutRequest& request);

  /// Invalidates the identity, access, and refresh tokens that Amazon Cognito issued to a user.
  ///
  /// Returns the `AdminUserGlobalSignOutResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `UserNotFoundException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminUserGlobalSignOutResponse> AdminUserGlobalSignOut(
      const AdminUserGlobalSignOutRequest& request);

  /// Revokes all of the access tokens generated by, and at the same time as, the specified refresh
  /// token.
  ///
  /// Returns the `RevokeTokenResponse`, or one of the operation's documented errors as a `Status`:
  /// `TooManyRequestsException`, `InternalErrorException`, `UnauthorizedException`,
  /// `InvalidParameterException`, `UnsupportedOperationException`, `UnsupportedTokenTypeException`,
  /// `ForbiddenException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<RevokeTokenResponse> RevokeToken(const RevokeTokenRequest& request);

  // ---------------------------------------------------------------------- Groups

  /// Creates a new group in the specified user pool.
  ///
  /// Returns the `CreateGroupResponse`, or one of the operation's documented errors as a `Status`:
  /// `InvalidParameterException`, `GroupExistsException`, `ResourceNotFoundException`,
  /// `TooManyRequestsException`, `LimitExceededException`, `NotAuthorizedException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<CreateGroupResponse> CreateGroup(const CreateGroupRequest& request);

  /// Given a user pool ID and a group name, returns information about the user group.
  ///
  /// Returns the `GetGroupResponse`, or one of the operation's documented errors as a `Status`:
  /// `ResourceNotFoundException`, `InvalidParameterException`, `TooManyRequestsException`,
  /// `NotAuthorizedException`, `InternalErrorException`. The default body answers
  /// `ErrorCode::kUnimplemented`.
  virtual StatusOr<GetGroupResponse> GetGroup(const GetGroupRequest& request);

  /// Given a user pool ID, returns user pool groups and their details.
  ///
  /// Returns the `ListGroupsResponse`, or one of the operation's documented errors as a `Status`:
  /// `InvalidParameterException`, `ResourceNotFoundException`, `TooManyRequestsException`,
  /// `NotAuthorizedException`, `InternalErrorException`. The default body answers
  /// `ErrorCode::kUnimplemented`.
  virtual StatusOr<ListGroupsResponse> ListGroups(const ListGroupsRequest& request);

  /// Given the name of a user pool group, updates any of the properties for precedence, IAM role,
  /// or description.
  ///
  /// Returns the `UpdateGroupResponse`, or one of the operation's documented errors as a `Status`:
  /// `ResourceNotFoundException`, `InvalidParameterException`, `TooManyRequestsException`,
  /// `NotAuthorizedException`, `InternalErrorException`. The default body answers
  /// `ErrorCode::kUnimplemented`.
  virtual StatusOr<UpdateGroupResponse> UpdateGroup(const UpdateGroupRequest& request);

  /// Deletes a group from the specified user pool.
  ///
  /// Returns the `DeleteGroupResponse`, or one of the operation's documented errors as a `Status`:
  /// `ResourceNotFoundException`, `InvalidParameterException`, `TooManyRequestsException`,
  /// `NotAuthorizedException`, `InternalErrorException`. The default body answers
  /// `ErrorCode::kUnimplemented`.
  virtual StatusOr<DeleteGroupResponse> DeleteGroup(const DeleteGroupRequest& request);

  /// Adds a user to a group.
  ///
  /// Returns the `AdminAddUserToGroupResponse`, or one of the operation's documented errors as a
  /// `Status`: `InvalidParameterException`, `ResourceNotFoundException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `UserNotFoundException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminAddUserToGroupResponse> AdminAddUserToGroup(
      const AdminAddUserToGroupRequest& request);

  /// Given a username and a group name, removes them from the group.
  ///
  /// Returns the `AdminRemoveUserFromGroupResponse`, or one of the operation's documented errors as
  /// a `Status`: `InvalidParameterException`, `ResourceNotFoundException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `UserNotFoundException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminRemoveUserFromGroupResponse> AdminRemoveUserFromGroup(
      const AdminRemoveUserFromGroupRequest& request);

  /// Lists the groups that a user belongs to.
  ///
  /// Returns the `AdminListGroupsForUserResponse`, or one of the operation's documented errors as a
  /// `Status`: `InvalidParameterException`, `ResourceNotFoundException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `UserNotFoundException`,
  /// `InternalErrorException`. The default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminListGroupsForUserResponse> AdminListGroupsForUser(
      const AdminListGroupsForUserRequest& request);

  /// Given a user pool ID and a group name, returns a list of users in the group.
  ///
  /// Returns the `ListUsersInGroupResponse`, or one of the operation's documented errors as a
  /// `Status`: `InvalidParameterException`, `ResourceNotFoundException`,
  /// `TooManyRequestsException`, `NotAuthorizedException`, `InternalErrorException`. The default
  /// body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<ListUsersInGroupResponse> ListUsersInGroup(
      const ListUsersInGroupRequest& request);

  // ------------------------------------------------- Multi-factor authentication

  /// Sets user pool multi-factor authentication (MFA) and passkey configuration.
  ///
  /// Returns the `SetUserPoolMfaConfigResponse`, or one of the operation's documented errors as a
  /// `Status`: `InvalidParameterException`, `TooManyRequestsException`,
  /// `ConcurrentModificationException`, `ResourceNotFoundException`,
  /// `InvalidSmsRoleAccessPolicyException`, `InvalidSmsRoleTrustRelationshipException`,
  /// `NotAuthorizedException`, `InternalErrorException`, `FeatureUnavailableInTierException`. The
  /// default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<SetUserPoolMfaConfigResponse> SetUserPoolMfaConfig(
      const SetUserPoolMfaConfigRequest& request);

  /// Given a user pool ID, returns configuration for sign-in with WebAuthn authenticators and for
  /// multi-factor authentication (MFA).
  ///
  /// Returns the `GetUserPoolMfaConfigResponse`, or one of the operation's documented errors as a
  /// `Status`: `InvalidParameterException`, `TooManyRequestsException`,
  /// `ResourceNotFoundException`, `NotAuthorizedException`, `InternalErrorException`. The default
  /// body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<GetUserPoolMfaConfigResponse> GetUserPoolMfaConfig(
      const GetUserPoolMfaConfigRequest& request);

  /// Begins setup of time-based one-time password (TOTP) multi-factor authentication (MFA) for a
  /// user, with a unique private key that Amazon Cognito generates and returns in the API response.
  ///
  /// Returns the `AssociateSoftwareTokenResponse`, or one of the operation's documented errors as a
  /// `Status`: `ConcurrentModificationException`, `InvalidParameterException`,
  /// `NotAuthorizedException`, `ResourceNotFoundException`, `InternalErrorException`,
  /// `SoftwareTokenMFANotFoundException`, `ForbiddenException`. The default body answers
  /// `ErrorCode::kUnimplemented`.
  virtual StatusOr<AssociateSoftwareTokenResponse> AssociateSoftwareToken(
      const AssociateSoftwareTokenRequest& request);

  /// Registers the current user's time-based one-time password (TOTP) authenticator with a code
  /// generated in their authenticator app from a private key that's supplied by your user pool.
  ///
  /// Returns the `VerifySoftwareTokenResponse`, or one of the operation's documented errors as a
  /// `Status`: `InvalidParameterException`, `ResourceNotFoundException`,
  /// `InvalidUserPoolConfigurationException`, `NotAuthorizedException`, `TooManyRequestsException`,
  /// `PasswordResetRequiredException`, `UserNotFoundException`, `UserNotConfirmedException`,
  /// `InternalErrorException`, `EnableSoftwareTokenMFAException`, `NotAuthorizedException`,
  /// `SoftwareTokenMFANotFoundException`, `CodeMismatchException`, `ForbiddenException`. The
  /// default body answers `ErrorCode::kUnimplemented`.
  virtual StatusOr<VerifySoftwareTokenResponse> VerifySoftwareToken(
      const VerifySoftwareTokenRequest& request);

  /// Set the user's multi-factor authentication (MFA) method preference, including which MFA
  /// factors are activated and if any are preferred.
  ///
  /// Returns the `SetUserMFAPreferenceResponse`, or one of the operation's documented errors as a
  /// `Status`: `ResourceNotFoundException`, `InvalidParameterException`, `NotAuthorizedException`,
  /// `PasswordResetRequiredException`, `UserNotFoundException`, `UserNotConfirmedException`,
  /// `InternalErrorException`, `ForbiddenException`. The default body answers
  /// `ErrorCode::kUnimplemented`.
  virtual StatusOr<SetUserMFAPreferenceResponse> SetUserMFAPreference(
      const SetUserMFAPreferenceRequest& request);

  /// Sets the user's multi-factor authentication (MFA) preference, including which MFA options are
  /// activated, and if any are preferred.
  ///
  /// Returns the `AdminSetUserMFAPreferenceResponse`, or one of the operation's documented errors
  /// as a `Status`: `ResourceNotFoundException`, `InvalidParameterException`,
  /// `NotAuthorizedException`, `PasswordResetRequiredException`, `UserNotFoundException`,
  /// `UserNotConfirmedException`, `InternalErrorException`. The default body answers
  /// `ErrorCode::kUnimplemented`.
  virtual StatusOr<AdminSetUserMFAPreferenceResponse> AdminSetUserMFAPreference(
      const AdminSetUserMFAPreferenceRequest& request);
  // END GENERATED operations
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_IDENTITY_PROVIDER_H_
