#ifndef COGNITO_FAKE_REQUESTS_H_
#define COGNITO_FAKE_REQUESTS_H_

/// @file
/// Request and response structs, one pair per supported operation, named
/// `<Operation>Request` / `<Operation>Response` as in the AWS API reference.
/// Members are the AWS members in snake_case. Required AWS members are plain
/// values (an empty string is sent as `""` and fails the model's length
/// check, as with aws-sdk-cpp); optional members are `std::optional` or
/// empty containers.
///
/// Members AWS accepts but that carry no behaviour in a fake
/// (`AnalyticsMetadata`, `UserContextData`, `ContextData`) are not modelled.

#include <cognito_fake/enums.h>
#include <cognito_fake/operation.h>
#include <cognito_fake/types.h>

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace cognito_fake {

// ---------------------------------------------------------------- user pools

/// CreateUserPool input.
struct CreateUserPoolRequest {
  std::string pool_name;                                  ///< `PoolName` (required).
  std::optional<UserPoolPolicyType> policies;             ///< `Policies`.
  std::optional<DeletionProtectionType> deletion_protection;  ///< `DeletionProtection`.
  std::optional<LambdaConfigType> lambda_config;          ///< `LambdaConfig`.
  std::vector<VerifiedAttributeType> auto_verified_attributes;  ///< `AutoVerifiedAttributes`.
  std::vector<AliasAttributeType> alias_attributes;       ///< `AliasAttributes`.
  std::vector<UsernameAttributeType> username_attributes; ///< `UsernameAttributes`.
  std::optional<std::string> sms_verification_message;    ///< `SmsVerificationMessage`.
  std::optional<std::string> email_verification_message;  ///< `EmailVerificationMessage`.
  std::optional<std::string> email_verification_subject;  ///< `EmailVerificationSubject`.
  std::optional<VerificationMessageTemplateType> verification_message_template;  ///< `VerificationMessageTemplate`.
  std::optional<std::string> sms_authentication_message;  ///< `SmsAuthenticationMessage`.
  std::optional<UserPoolMfaType> mfa_configuration;       ///< `MfaConfiguration`.
  std::optional<EmailConfigurationType> email_configuration;  ///< `EmailConfiguration`.
  std::optional<SmsConfigurationType> sms_configuration;  ///< `SmsConfiguration`.
  std::map<std::string, std::string> user_pool_tags;      ///< `UserPoolTags`.
  std::optional<AdminCreateUserConfigType> admin_create_user_config;  ///< `AdminCreateUserConfig`.
  std::vector<SchemaAttributeType> schema;                ///< `Schema`.
  std::optional<UsernameConfigurationType> username_configuration;    ///< `UsernameConfiguration`.
  std::optional<AccountRecoverySettingType> account_recovery_setting;  ///< `AccountRecoverySetting`.
};
/// CreateUserPool output.
struct CreateUserPoolResponse {
  std::optional<UserPoolType> user_pool;  ///< `UserPool`.
};

/// DescribeUserPool input.
struct DescribeUserPoolRequest {
  std::string user_pool_id;  ///< `UserPoolId` (required).
};
/// DescribeUserPool output.
struct DescribeUserPoolResponse {
  std::optional<UserPoolType> user_pool;  ///< `UserPool`.
};

/// DeleteUserPool input.
struct DeleteUserPoolRequest {
  std::string user_pool_id;  ///< `UserPoolId` (required).
};
/// DeleteUserPool output (empty).
struct DeleteUserPoolResponse {};

/// CreateUserPoolClient input.
struct CreateUserPoolClientRequest {
  std::string user_pool_id;                ///< `UserPoolId` (required).
  std::string client_name;                 ///< `ClientName` (required).
  std::optional<bool> generate_secret;     ///< `GenerateSecret`.
  std::optional<int> refresh_token_validity;  ///< `RefreshTokenValidity`.
  std::optional<int> access_token_validity;   ///< `AccessTokenValidity`.
  std::optional<int> id_token_validity;       ///< `IdTokenValidity`.
  std::optional<TokenValidityUnitsType> token_validity_units;  ///< `TokenValidityUnits`.
  std::vector<std::string> read_attributes;                    ///< `ReadAttributes`.
  std::vector<std::string> write_attributes;                   ///< `WriteAttributes`.
  std::vector<ExplicitAuthFlowsType> explicit_auth_flows;      ///< `ExplicitAuthFlows`.
  std::optional<PreventUserExistenceErrorTypes> prevent_user_existence_errors;  ///< `PreventUserExistenceErrors`.
  std::optional<bool> enable_token_revocation;  ///< `EnableTokenRevocation`.
  std::optional<int> auth_session_validity;     ///< `AuthSessionValidity`, minutes 3-15.
};
/// CreateUserPoolClient output.
struct CreateUserPoolClientResponse {
  std::optional<UserPoolClientType> user_pool_client;  ///< `UserPoolClient`.
};

/// DescribeUserPoolClient input.
struct DescribeUserPoolClientRequest {
  std::string user_pool_id;  ///< `UserPoolId` (required).
  std::string client_id;     ///< `ClientId` (required).
};
/// DescribeUserPoolClient output.
struct DescribeUserPoolClientResponse {
  std::optional<UserPoolClientType> user_pool_client;  ///< `UserPoolClient`.
};

// --------------------------------------------------------------------- users

/// AdminCreateUser input.
struct AdminCreateUserRequest {
  std::string user_pool_id;                 ///< `UserPoolId` (required).
  std::string username;                     ///< `Username` (required).
  AttributeListType user_attributes;        ///< `UserAttributes`.
  AttributeListType validation_data;        ///< `ValidationData`.
  std::optional<std::string> temporary_password;    ///< `TemporaryPassword`.
  std::optional<bool> force_alias_creation;         ///< `ForceAliasCreation`.
  std::optional<MessageActionType> message_action;  ///< `MessageAction`.
  std::vector<DeliveryMediumType> desired_delivery_mediums;  ///< `DesiredDeliveryMediums` (default SMS).
  ClientMetadataType client_metadata;       ///< `ClientMetadata`.
};
/// AdminCreateUser output.
struct AdminCreateUserResponse {
  std::optional<UserType> user;  ///< `User`.
};

/// AdminGetUser input.
struct AdminGetUserRequest {
  std::string user_pool_id;  ///< `UserPoolId` (required).
  std::string username;      ///< `Username` (required): username, alias or sub.
};
/// AdminGetUser output. `Username` is always the canonical username.
struct AdminGetUserResponse {
  std::string username;                         ///< `Username`.
  AttributeListType user_attributes;            ///< `UserAttributes`.
  std::optional<Timestamp> user_create_date;    ///< `UserCreateDate`.
  std::optional<Timestamp> user_last_modified_date;  ///< `UserLastModifiedDate`.
  std::optional<bool> enabled;                  ///< `Enabled`.
  std::optional<UserStatusType> user_status;    ///< `UserStatus`.
  std::vector<MFAOptionType> mfa_options;       ///< `MFAOptions` (omitted when empty).
  std::optional<std::string> preferred_mfa_setting;  ///< `PreferredMfaSetting`.
  std::vector<std::string> user_mfa_setting_list;    ///< `UserMFASettingList`.
};

/// ListUsers input.
struct ListUsersRequest {
  std::string user_pool_id;                  ///< `UserPoolId` (required).
  std::vector<std::string> attributes_to_get;  ///< `AttributesToGet`.
  std::optional<int> limit;                  ///< `Limit`, 0-60 (default 60).
  std::optional<std::string> pagination_token;  ///< `PaginationToken`.
  std::optional<std::string> filter;         ///< `Filter`, e.g. `email ^= "al"`.
};
/// ListUsers output.
struct ListUsersResponse {
  std::vector<UserType> users;                  ///< `Users`.
  std::optional<std::string> pagination_token;  ///< `PaginationToken`.
};

/// AdminDeleteUser input.
struct AdminDeleteUserRequest {
  std::string user_pool_id;  ///< `UserPoolId` (required).
  std::string username;      ///< `Username` (required).
};
/// AdminDeleteUser output (empty).
struct AdminDeleteUserResponse {};

/// AdminDisableUser input.
struct AdminDisableUserRequest {
  std::string user_pool_id;  ///< `UserPoolId` (required).
  std::string username;      ///< `Username` (required).
};
/// AdminDisableUser output (empty).
struct AdminDisableUserResponse {};

/// AdminEnableUser input.
struct AdminEnableUserRequest {
  std::string user_pool_id;  ///< `UserPoolId` (required).
  std::string username;      ///< `Username` (required).
};
/// AdminEnableUser output (empty).
struct AdminEnableUserResponse {};

/// AdminUpdateUserAttributes input.
struct AdminUpdateUserAttributesRequest {
  std::string user_pool_id;           ///< `UserPoolId` (required).
  std::string username;               ///< `Username` (required).
  AttributeListType user_attributes;  ///< `UserAttributes` (required).
  ClientMetadataType client_metadata;  ///< `ClientMetadata`.
};
/// AdminUpdateUserAttributes output (empty).
struct AdminUpdateUserAttributesResponse {};

/// AdminDeleteUserAttributes input.
struct AdminDeleteUserAttributesRequest {
  std::string user_pool_id;                      ///< `UserPoolId` (required).
  std::string username;                          ///< `Username` (required).
  std::vector<std::string> user_attribute_names;  ///< `UserAttributeNames` (required).
};
/// AdminDeleteUserAttributes output (empty).
struct AdminDeleteUserAttributesResponse {};

/// SignUp input.
struct SignUpRequest {
  std::string client_id;                  ///< `ClientId` (required).
  std::optional<std::string> secret_hash;  ///< `SecretHash`.
  std::string username;                   ///< `Username` (required).
  std::optional<std::string> password;    ///< `Password`.
  AttributeListType user_attributes;      ///< `UserAttributes`.
  AttributeListType validation_data;      ///< `ValidationData`.
  ClientMetadataType client_metadata;     ///< `ClientMetadata`.
};
/// SignUp output.
struct SignUpResponse {
  bool user_confirmed = false;  ///< `UserConfirmed`.
  std::optional<CodeDeliveryDetailsType> code_delivery_details;  ///< `CodeDeliveryDetails`.
  std::string user_sub;         ///< `UserSub`.
  std::optional<std::string> session;  ///< `Session`.
};

/// ConfirmSignUp input.
struct ConfirmSignUpRequest {
  std::string client_id;                  ///< `ClientId` (required).
  std::optional<std::string> secret_hash;  ///< `SecretHash`.
  std::string username;                   ///< `Username` (required).
  std::string confirmation_code;          ///< `ConfirmationCode` (required).
  std::optional<bool> force_alias_creation;  ///< `ForceAliasCreation`.
  ClientMetadataType client_metadata;     ///< `ClientMetadata`.
  std::optional<std::string> session;     ///< `Session`.
};
/// ConfirmSignUp output.
struct ConfirmSignUpResponse {
  std::optional<std::string> session;  ///< `Session`.
};

/// AdminConfirmSignUp input.
struct AdminConfirmSignUpRequest {
  std::string user_pool_id;            ///< `UserPoolId` (required).
  std::string username;                ///< `Username` (required).
  ClientMetadataType client_metadata;  ///< `ClientMetadata`.
};
/// AdminConfirmSignUp output (empty).
struct AdminConfirmSignUpResponse {};

/// ResendConfirmationCode input.
struct ResendConfirmationCodeRequest {
  std::string client_id;                  ///< `ClientId` (required).
  std::optional<std::string> secret_hash;  ///< `SecretHash`.
  std::string username;                   ///< `Username` (required).
  ClientMetadataType client_metadata;     ///< `ClientMetadata`.
};
/// ResendConfirmationCode output.
struct ResendConfirmationCodeResponse {
  std::optional<CodeDeliveryDetailsType> code_delivery_details;  ///< `CodeDeliveryDetails`.
};

// -------------------------------------------------------------- passwords

/// AdminResetUserPassword input.
struct AdminResetUserPasswordRequest {
  std::string user_pool_id;            ///< `UserPoolId` (required).
  std::string username;                ///< `Username` (required): username, alias or sub.
  ClientMetadataType client_metadata;  ///< `ClientMetadata`: forwarded to triggers, never stored.
};
/// AdminResetUserPassword output (empty: no CodeDeliveryDetails).
struct AdminResetUserPasswordResponse {};

/// ForgotPassword input.
struct ForgotPasswordRequest {
  std::string client_id;                  ///< `ClientId` (required).
  std::optional<std::string> secret_hash;  ///< `SecretHash`.
  std::string username;                   ///< `Username` (required).
  ClientMetadataType client_metadata;     ///< `ClientMetadata`.
};
/// ForgotPassword output.
struct ForgotPasswordResponse {
  std::optional<CodeDeliveryDetailsType> code_delivery_details;  ///< `CodeDeliveryDetails`.
};

/// ConfirmForgotPassword input.
struct ConfirmForgotPasswordRequest {
  std::string client_id;                  ///< `ClientId` (required).
  std::optional<std::string> secret_hash;  ///< `SecretHash`.
  std::string username;                   ///< `Username` (required).
  std::string confirmation_code;          ///< `ConfirmationCode` (required).
  std::string password;                   ///< `Password` (required): the new password.
  ClientMetadataType client_metadata;     ///< `ClientMetadata`.
};
/// ConfirmForgotPassword output (empty).
struct ConfirmForgotPasswordResponse {};

/// AdminSetUserPassword input.
struct AdminSetUserPasswordRequest {
  std::string user_pool_id;        ///< `UserPoolId` (required).
  std::string username;            ///< `Username` (required).
  std::string password;            ///< `Password` (required).
  std::optional<bool> permanent;   ///< `Permanent` (default false: temporary).
};
/// AdminSetUserPassword output (empty).
struct AdminSetUserPasswordResponse {};

/// ChangePassword input.
struct ChangePasswordRequest {
  std::optional<std::string> previous_password;  ///< `PreviousPassword`.
  std::string proposed_password;                 ///< `ProposedPassword` (required).
  std::string access_token;                      ///< `AccessToken` (required).
};
/// ChangePassword output (empty).
struct ChangePasswordResponse {};

// ------------------------------------------------------------------ sign-in

/// InitiateAuth input.
struct InitiateAuthRequest {
  AuthFlowType auth_flow = AuthFlowType::kUserPasswordAuth;  ///< `AuthFlow` (required).
  std::map<std::string, std::string> auth_parameters;  ///< `AuthParameters` (USERNAME, PASSWORD, SECRET_HASH, REFRESH_TOKEN).
  ClientMetadataType client_metadata;                  ///< `ClientMetadata`.
  std::string client_id;                               ///< `ClientId` (required).
  std::optional<std::string> session;                  ///< `Session`.
};
/// InitiateAuth output: tokens, or a challenge.
struct InitiateAuthResponse {
  std::optional<ChallengeNameType> challenge_name;          ///< `ChallengeName`.
  std::optional<std::string> session;                       ///< `Session`.
  std::map<std::string, std::string> challenge_parameters;  ///< `ChallengeParameters`.
  std::optional<AuthenticationResultType> authentication_result;  ///< `AuthenticationResult`.
  std::vector<ChallengeNameType> available_challenges;      ///< `AvailableChallenges`.
};

/// AdminInitiateAuth input.
struct AdminInitiateAuthRequest {
  std::string user_pool_id;  ///< `UserPoolId` (required).
  std::string client_id;     ///< `ClientId` (required).
  AuthFlowType auth_flow = AuthFlowType::kAdminUserPasswordAuth;  ///< `AuthFlow` (required).
  std::map<std::string, std::string> auth_parameters;  ///< `AuthParameters`.
  ClientMetadataType client_metadata;                  ///< `ClientMetadata`.
  std::optional<std::string> session;                  ///< `Session`.
};
/// AdminInitiateAuth output: tokens, or a challenge.
struct AdminInitiateAuthResponse {
  std::optional<ChallengeNameType> challenge_name;          ///< `ChallengeName`.
  std::optional<std::string> session;                       ///< `Session`.
  std::map<std::string, std::string> challenge_parameters;  ///< `ChallengeParameters`.
  std::optional<AuthenticationResultType> authentication_result;  ///< `AuthenticationResult`.
  std::vector<ChallengeNameType> available_challenges;      ///< `AvailableChallenges`.
};

/// RespondToAuthChallenge input.
struct RespondToAuthChallengeRequest {
  std::string client_id;                                    ///< `ClientId` (required).
  ChallengeNameType challenge_name = ChallengeNameType::kNewPasswordRequired;  ///< `ChallengeName` (required).
  std::optional<std::string> session;                       ///< `Session`.
  std::map<std::string, std::string> challenge_responses;   ///< `ChallengeResponses` (USERNAME, NEW_PASSWORD, userAttributes.*).
  ClientMetadataType client_metadata;                       ///< `ClientMetadata`.
};
/// RespondToAuthChallenge output.
struct RespondToAuthChallengeResponse {
  std::optional<ChallengeNameType> challenge_name;          ///< `ChallengeName`.
  std::optional<std::string> session;                       ///< `Session`.
  std::map<std::string, std::string> challenge_parameters;  ///< `ChallengeParameters`.
  std::optional<AuthenticationResultType> authentication_result;  ///< `AuthenticationResult`.
};

/// AdminRespondToAuthChallenge input.
struct AdminRespondToAuthChallengeRequest {
  std::string user_pool_id;                                 ///< `UserPoolId` (required).
  std::string client_id;                                    ///< `ClientId` (required).
  ChallengeNameType challenge_name = ChallengeNameType::kNewPasswordRequired;  ///< `ChallengeName` (required).
  std::map<std::string, std::string> challenge_responses;   ///< `ChallengeResponses`.
  std::optional<std::string> session;                       ///< `Session`.
  ClientMetadataType client_metadata;                       ///< `ClientMetadata`.
};
/// AdminRespondToAuthChallenge output.
struct AdminRespondToAuthChallengeResponse {
  std::optional<ChallengeNameType> challenge_name;          ///< `ChallengeName`.
  std::optional<std::string> session;                       ///< `Session`.
  std::map<std::string, std::string> challenge_parameters;  ///< `ChallengeParameters`.
  std::optional<AuthenticationResultType> authentication_result;  ///< `AuthenticationResult`.
};

/// @cond
// Every request and response prints as `{Member: value, ...}` in AWS member
// names, unset members left out and secrets (passwords, tokens, sessions,
// secret hashes) shown as `<redacted>`, so gtest failures read well.
#define COGNITO_FAKE_DECLARE_PRINTERS(Name)                                  \
  std::ostream& operator<<(std::ostream& os, const Name##Request& value);   \
  std::ostream& operator<<(std::ostream& os, const Name##Response& value);
COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_DECLARE_PRINTERS)
#undef COGNITO_FAKE_DECLARE_PRINTERS
/// @endcond

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_REQUESTS_H_
