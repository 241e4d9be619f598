#ifndef COGNITO_FAKE_TYPES_H_
#define COGNITO_FAKE_TYPES_H_

/// @file
/// The cognito-idp data shapes shared by several operations (`UserPoolType`,
/// `UserType`, `CodeDeliveryDetailsType`, ...). Each struct is named after its
/// AWS shape and each member after the AWS member, in snake_case, so the AWS
/// API reference reads beside the code. Optional AWS members are
/// `std::optional`; an unset optional is an omitted member on the wire.

#include <cognito_fake/enums.h>

#include <chrono>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace cognito_fake {

/// A point in time as Cognito reports it (epoch seconds on the wire).
using Timestamp = std::chrono::system_clock::time_point;

/// `ClientMetadata`: a string map Cognito never stores, only forwards to the
/// Lambda triggers an operation invokes.
using ClientMetadataType = std::map<std::string, std::string>;

/// `AttributeType`: one user attribute. Values are always strings, booleans
/// included (`"true"` / `"false"`).
struct AttributeType {
  std::string name;   ///< `Name`, e.g. `email` or `custom:tier`.
  std::string value;  ///< `Value`.
  /// Equal when name and value are equal.
  friend bool operator==(const AttributeType& a, const AttributeType& b) {
    return a.name == b.name && a.value == b.value;
  }
};
/// `AttributeListType`.
using AttributeListType = std::vector<AttributeType>;

/// `CodeDeliveryDetailsType`: where a code went, with the destination masked
/// as Cognito masks it (`a***@e***`, `+*******1234`).
struct CodeDeliveryDetailsType {
  std::optional<std::string> destination;              ///< `Destination`, masked.
  std::optional<DeliveryMediumType> delivery_medium;   ///< `DeliveryMedium`.
  std::optional<std::string> attribute_name;           ///< `AttributeName`.
  /// Memberwise equality.
  friend bool operator==(const CodeDeliveryDetailsType& a, const CodeDeliveryDetailsType& b) {
    return a.destination == b.destination && a.delivery_medium == b.delivery_medium &&
           a.attribute_name == b.attribute_name;
  }
};

/// `PasswordPolicyType`. Members left unset in CreateUserPool take AWS's
/// values for an explicit policy that omits them (false / 0); a pool created
/// with no policy at all gets min length 8 and all four requirements.
struct PasswordPolicyType {
  std::optional<int> minimum_length;                   ///< `MinimumLength`, 6-99.
  std::optional<bool> require_uppercase;               ///< `RequireUppercase`.
  std::optional<bool> require_lowercase;               ///< `RequireLowercase`.
  std::optional<bool> require_numbers;                 ///< `RequireNumbers`.
  std::optional<bool> require_symbols;                 ///< `RequireSymbols`.
  std::optional<int> password_history_size;            ///< `PasswordHistorySize`, 0-24.
  std::optional<int> temporary_password_validity_days; ///< `TemporaryPasswordValidityDays`, 0-365 (0 = 7).
};

/// `UserPoolPolicyType`.
struct UserPoolPolicyType {
  std::optional<PasswordPolicyType> password_policy;  ///< `PasswordPolicy`.
};

/// `LambdaConfigType`: the ARNs of the pool's Lambda triggers. The fake
/// records them; in-process trigger callables are attached separately.
struct LambdaConfigType {
  std::optional<std::string> pre_sign_up;                     ///< `PreSignUp`.
  std::optional<std::string> custom_message;                  ///< `CustomMessage`.
  std::optional<std::string> post_confirmation;               ///< `PostConfirmation`.
  std::optional<std::string> pre_authentication;              ///< `PreAuthentication`.
  std::optional<std::string> post_authentication;             ///< `PostAuthentication`.
  std::optional<std::string> define_auth_challenge;           ///< `DefineAuthChallenge`.
  std::optional<std::string> create_auth_challenge;           ///< `CreateAuthChallenge`.
  std::optional<std::string> verify_auth_challenge_response;  ///< `VerifyAuthChallengeResponse`.
  std::optional<std::string> pre_token_generation;            ///< `PreTokenGeneration`.
  std::optional<std::string> user_migration;                  ///< `UserMigration`.
  std::optional<std::string> kms_key_id;                      ///< `KMSKeyID`.
};

/// `StringAttributeConstraintsType`.
struct StringAttributeConstraintsType {
  std::optional<std::string> min_length;  ///< `MinLength` (a number, as a string).
  std::optional<std::string> max_length;  ///< `MaxLength` (a number, as a string).
};

/// `NumberAttributeConstraintsType`.
struct NumberAttributeConstraintsType {
  std::optional<std::string> min_value;  ///< `MinValue` (a number, as a string).
  std::optional<std::string> max_value;  ///< `MaxValue` (a number, as a string).
};

/// `SchemaAttributeType`: a standard or custom attribute of the pool.
struct SchemaAttributeType {
  std::optional<std::string> name;                       ///< `Name` (without `custom:` on input).
  std::optional<AttributeDataType> attribute_data_type;  ///< `AttributeDataType`.
  std::optional<bool> developer_only_attribute;          ///< `DeveloperOnlyAttribute`.
  std::optional<bool> mutable_;                          ///< `Mutable`.
  std::optional<bool> required;                          ///< `Required`.
  std::optional<NumberAttributeConstraintsType> number_attribute_constraints;  ///< `NumberAttributeConstraints`.
  std::optional<StringAttributeConstraintsType> string_attribute_constraints;  ///< `StringAttributeConstraints`.
};

/// `VerificationMessageTemplateType`: the texts of verification, forgot
/// password and admin-reset messages (`{####}` is the code).
struct VerificationMessageTemplateType {
  std::optional<std::string> sms_message;            ///< `SmsMessage`.
  std::optional<std::string> email_message;          ///< `EmailMessage`.
  std::optional<std::string> email_subject;          ///< `EmailSubject`.
  std::optional<std::string> email_message_by_link;  ///< `EmailMessageByLink`.
  std::optional<std::string> email_subject_by_link;  ///< `EmailSubjectByLink`.
  std::optional<DefaultEmailOptionType> default_email_option;  ///< `DefaultEmailOption`.
};

/// `EmailConfigurationType`.
struct EmailConfigurationType {
  std::optional<std::string> source_arn;                        ///< `SourceArn`.
  std::optional<std::string> reply_to_email_address;            ///< `ReplyToEmailAddress`.
  std::optional<EmailSendingAccountType> email_sending_account; ///< `EmailSendingAccount`.
  std::optional<std::string> from;                              ///< `From`.
  std::optional<std::string> configuration_set;                 ///< `ConfigurationSet`.
};

/// `SmsConfigurationType`.
struct SmsConfigurationType {
  std::string sns_caller_arn;              ///< `SnsCallerArn` (required).
  std::optional<std::string> external_id;  ///< `ExternalId`.
  std::optional<std::string> sns_region;   ///< `SnsRegion`.
};

/// `MessageTemplateType`: the AdminCreateUser invitation texts (`{username}`,
/// `{####}` = temporary password).
struct MessageTemplateType {
  std::optional<std::string> sms_message;    ///< `SMSMessage`.
  std::optional<std::string> email_message;  ///< `EmailMessage`.
  std::optional<std::string> email_subject;  ///< `EmailSubject`.
};

/// `AdminCreateUserConfigType`.
struct AdminCreateUserConfigType {
  std::optional<bool> allow_admin_create_user_only;          ///< `AllowAdminCreateUserOnly`.
  std::optional<int> unused_account_validity_days;           ///< `UnusedAccountValidityDays`.
  std::optional<MessageTemplateType> invite_message_template;  ///< `InviteMessageTemplate`.
};

/// `UsernameConfigurationType`.
struct UsernameConfigurationType {
  bool case_sensitive = true;  ///< `CaseSensitive` (required in the shape).
};

/// `RecoveryOptionType`: one account-recovery mechanism and its priority.
struct RecoveryOptionType {
  int priority = 1;                                             ///< `Priority`, 1-2.
  RecoveryOptionNameType name = RecoveryOptionNameType::kVerifiedEmail;  ///< `Name`.
};

/// `AccountRecoverySettingType`.
struct AccountRecoverySettingType {
  std::vector<RecoveryOptionType> recovery_mechanisms;  ///< `RecoveryMechanisms`, 1-2 entries.
};

/// `UserPoolType`: what DescribeUserPool returns.
struct UserPoolType {
  std::optional<std::string> id;    ///< `Id`, e.g. `us-east-1_AbC123xyZ`.
  std::optional<std::string> name;  ///< `Name`.
  std::optional<UserPoolPolicyType> policies;                 ///< `Policies`.
  std::optional<DeletionProtectionType> deletion_protection;  ///< `DeletionProtection`.
  std::optional<LambdaConfigType> lambda_config;              ///< `LambdaConfig`.
  std::optional<Timestamp> last_modified_date;                ///< `LastModifiedDate`.
  std::optional<Timestamp> creation_date;                     ///< `CreationDate`.
  std::vector<SchemaAttributeType> schema_attributes;         ///< `SchemaAttributes`.
  std::vector<VerifiedAttributeType> auto_verified_attributes;  ///< `AutoVerifiedAttributes`.
  std::vector<AliasAttributeType> alias_attributes;           ///< `AliasAttributes`.
  std::vector<UsernameAttributeType> username_attributes;     ///< `UsernameAttributes`.
  std::optional<std::string> sms_verification_message;        ///< `SmsVerificationMessage`.
  std::optional<std::string> email_verification_message;      ///< `EmailVerificationMessage`.
  std::optional<std::string> email_verification_subject;      ///< `EmailVerificationSubject`.
  std::optional<VerificationMessageTemplateType> verification_message_template;  ///< `VerificationMessageTemplate`.
  std::optional<std::string> sms_authentication_message;      ///< `SmsAuthenticationMessage`.
  std::optional<UserPoolMfaType> mfa_configuration;           ///< `MfaConfiguration`.
  std::optional<int> estimated_number_of_users;               ///< `EstimatedNumberOfUsers`.
  std::optional<EmailConfigurationType> email_configuration;  ///< `EmailConfiguration`.
  std::optional<SmsConfigurationType> sms_configuration;      ///< `SmsConfiguration`.
  std::map<std::string, std::string> user_pool_tags;          ///< `UserPoolTags`.
  std::optional<AdminCreateUserConfigType> admin_create_user_config;  ///< `AdminCreateUserConfig`.
  std::optional<UsernameConfigurationType> username_configuration;    ///< `UsernameConfiguration`.
  std::optional<std::string> arn;                                     ///< `Arn`.
  std::optional<AccountRecoverySettingType> account_recovery_setting;  ///< `AccountRecoverySetting`.
};

/// `TokenValidityUnitsType`.
struct TokenValidityUnitsType {
  std::optional<TimeUnitsType> access_token;   ///< `AccessToken` (default hours).
  std::optional<TimeUnitsType> id_token;       ///< `IdToken` (default hours).
  std::optional<TimeUnitsType> refresh_token;  ///< `RefreshToken` (default days).
};

/// `UserPoolClientType`: what DescribeUserPoolClient returns.
struct UserPoolClientType {
  std::optional<std::string> user_pool_id;   ///< `UserPoolId`.
  std::optional<std::string> client_name;    ///< `ClientName`.
  std::optional<std::string> client_id;      ///< `ClientId`.
  std::optional<std::string> client_secret;  ///< `ClientSecret`, when generated.
  std::optional<Timestamp> last_modified_date;  ///< `LastModifiedDate`.
  std::optional<Timestamp> creation_date;       ///< `CreationDate`.
  std::optional<int> refresh_token_validity;    ///< `RefreshTokenValidity`.
  std::optional<int> access_token_validity;     ///< `AccessTokenValidity`.
  std::optional<int> id_token_validity;         ///< `IdTokenValidity`.
  std::optional<TokenValidityUnitsType> token_validity_units;  ///< `TokenValidityUnits`.
  std::vector<std::string> read_attributes;                    ///< `ReadAttributes`.
  std::vector<std::string> write_attributes;                   ///< `WriteAttributes`.
  std::vector<ExplicitAuthFlowsType> explicit_auth_flows;      ///< `ExplicitAuthFlows`.
  std::optional<PreventUserExistenceErrorTypes> prevent_user_existence_errors;  ///< `PreventUserExistenceErrors`.
  std::optional<bool> enable_token_revocation;  ///< `EnableTokenRevocation`.
  std::optional<int> auth_session_validity;     ///< `AuthSessionValidity`, minutes (3-15).
};

/// `MFAOptionType`.
struct MFAOptionType {
  std::optional<DeliveryMediumType> delivery_medium;  ///< `DeliveryMedium`.
  std::optional<std::string> attribute_name;          ///< `AttributeName`.
};

/// `UserType`: a user as AdminCreateUser and ListUsers return it. Note the
/// member is `Attributes`, not `UserAttributes` as in AdminGetUser.
struct UserType {
  std::optional<std::string> username;          ///< `Username` (canonical).
  AttributeListType attributes;                 ///< `Attributes`.
  std::optional<Timestamp> user_create_date;    ///< `UserCreateDate`.
  std::optional<Timestamp> user_last_modified_date;  ///< `UserLastModifiedDate`.
  std::optional<bool> enabled;                  ///< `Enabled`.
  std::optional<UserStatusType> user_status;    ///< `UserStatus`.
  std::vector<MFAOptionType> mfa_options;       ///< `MFAOptions` (omitted when empty).
};

/// `NewDeviceMetadataType`.
struct NewDeviceMetadataType {
  std::optional<std::string> device_key;        ///< `DeviceKey`.
  std::optional<std::string> device_group_key;  ///< `DeviceGroupKey`.
};

/// `AuthenticationResultType`: the tokens of a successful sign-in.
struct AuthenticationResultType {
  std::optional<std::string> access_token;   ///< `AccessToken`.
  std::optional<int> expires_in;             ///< `ExpiresIn`, seconds.
  std::optional<std::string> token_type;     ///< `TokenType` (`Bearer`).
  std::optional<std::string> refresh_token;  ///< `RefreshToken` (absent on refresh).
  std::optional<std::string> id_token;       ///< `IdToken`.
  std::optional<NewDeviceMetadataType> new_device_metadata;  ///< `NewDeviceMetadata`.
};

/// Prints `Name=Value`.
std::ostream& operator<<(std::ostream& os, const AttributeType& value);
/// Prints the delivery details as `{Destination, DeliveryMedium, AttributeName}`.
std::ostream& operator<<(std::ostream& os, const CodeDeliveryDetailsType& value);
/// Prints the user's name, status, enabled flag and attributes.
std::ostream& operator<<(std::ostream& os, const UserType& value);
/// Prints the pool's settings as `{Member: value, ...}`.
std::ostream& operator<<(std::ostream& os, const UserPoolType& value);
/// Prints the client's settings, the secret redacted.
std::ostream& operator<<(std::ostream& os, const UserPoolClientType& value);
/// Prints the token set, the tokens redacted.
std::ostream& operator<<(std::ostream& os, const AuthenticationResultType& value);

/// The value of attribute `name` in `attributes`, if present.
std::optional<std::string> FindAttribute(const AttributeListType& attributes,
                                         const std::string& name);

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_TYPES_H_
