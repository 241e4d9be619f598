#ifndef COGNITO_FAKE_SRC_WIRE_FIELDS_H_
#define COGNITO_FAKE_SRC_WIRE_FIELDS_H_

// The one table that maps every AWS member name to its C++ member, for every
// shape the supported operations send or receive. `Fields(visitor, value)`
// calls `visitor(name, member)` or `visitor.Required(name, member)` once per
// member, in the model's order. In a request, Required marks the model's
// required members; in a response, the members AWS always sends (an empty
// `Users` list, `ChallengeParameters: {}`). The JSON reader, the JSON writer and the
// state export all walk this table; none of them knows a shape by name.
//
// Member names are exactly the model's (note `SMSMessage`, `KMSKeyID`,
// `MFAOptions`, `UserMFASettingList`, and `Attributes` in UserType versus
// `UserAttributes` in AdminGetUser's output).

#include <cognito_fake/requests.h>
#include <cognito_fake/types.h>

#include <deque>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace cognito_fake {
namespace wire {

// Declares the field list of `Type`, usable on `Type&` and `const Type&`.
#define COGNITO_FAKE_FIELDS(Type)                                                         \
  template <typename V, typename T,                                                       \
            std::enable_if_t<std::is_same_v<std::remove_const_t<T>, Type>, int> = 0>    \
  void Fields(V& v, T& t)

// The member kinds the visitors tell apart.

template <typename T>
struct IsOptional : std::false_type {};
template <typename T>
struct IsOptional<std::optional<T>> : std::true_type {};
// Lists: JSON arrays.
template <typename T>
struct IsVector : std::false_type {};
template <typename T>
struct IsVector<std::vector<T>> : std::true_type {};
template <typename T>
struct IsVector<std::deque<T>> : std::true_type {};
// String-keyed maps: JSON objects (whose keys nlohmann keeps sorted, so the
// output does not depend on hash order).
template <typename T>
struct IsStringMap : std::false_type {};
template <typename V, typename Less>
struct IsStringMap<std::map<std::string, V, Less>> : std::true_type {};
template <typename V, typename Hash, typename Equal>
struct IsStringMap<std::unordered_map<std::string, V, Hash, Equal>> : std::true_type {};
// Integers other than bool.
template <typename T>
inline constexpr bool kIsInteger = std::is_integral_v<T> && !std::is_same_v<T, bool>;

// True for the structs that have a field list (and so are JSON objects).
template <typename T, typename = void>
struct HasFields : std::false_type {};

// --------------------------------------------------------------- shared types

COGNITO_FAKE_FIELDS(AttributeType) {
  v.Required("Name", t.name);
  v("Value", t.value);
}
COGNITO_FAKE_FIELDS(CodeDeliveryDetailsType) {
  v("Destination", t.destination);
  v("DeliveryMedium", t.delivery_medium);
  v("AttributeName", t.attribute_name);
}
COGNITO_FAKE_FIELDS(PasswordPolicyType) {
  v("MinimumLength", t.minimum_length);
  v("RequireUppercase", t.require_uppercase);
  v("RequireLowercase", t.require_lowercase);
  v("RequireNumbers", t.require_numbers);
  v("RequireSymbols", t.require_symbols);
  v("PasswordHistorySize", t.password_history_size);
  v("TemporaryPasswordValidityDays", t.temporary_password_validity_days);
}
COGNITO_FAKE_FIELDS(UserPoolPolicyType) { v("PasswordPolicy", t.password_policy); }
COGNITO_FAKE_FIELDS(LambdaConfigType) {
  v("PreSignUp", t.pre_sign_up);
  v("CustomMessage", t.custom_message);
  v("PostConfirmation", t.post_confirmation);
  v("PreAuthentication", t.pre_authentication);
  v("PostAuthentication", t.post_authentication);
  v("DefineAuthChallenge", t.define_auth_challenge);
  v("CreateAuthChallenge", t.create_auth_challenge);
  v("VerifyAuthChallengeResponse", t.verify_auth_challenge_response);
  v("PreTokenGeneration", t.pre_token_generation);
  v("UserMigration", t.user_migration);
  v("KMSKeyID", t.kms_key_id);
}
COGNITO_FAKE_FIELDS(StringAttributeConstraintsType) {
  v("MinLength", t.min_length);
  v("MaxLength", t.max_length);
}
COGNITO_FAKE_FIELDS(NumberAttributeConstraintsType) {
  v("MinValue", t.min_value);
  v("MaxValue", t.max_value);
}
COGNITO_FAKE_FIELDS(SchemaAttributeType) {
  v("Name", t.name);
  v("AttributeDataType", t.attribute_data_type);
  v("DeveloperOnlyAttribute", t.developer_only_attribute);
  v("Mutable", t.mutable_);
  v("Required", t.required);
  v("NumberAttributeConstraints", t.number_attribute_constraints);
  v("StringAttributeConstraints", t.string_attribute_constraints);
}
COGNITO_FAKE_FIELDS(VerificationMessageTemplateType) {
  v("SmsMessage", t.sms_message);
  v("EmailMessage", t.email_message);
  v("EmailSubject", t.email_subject);
  v("EmailMessageByLink", t.email_message_by_link);
  v("EmailSubjectByLink", t.email_subject_by_link);
  v("DefaultEmailOption", t.default_email_option);
}
COGNITO_FAKE_FIELDS(EmailConfigurationType) {
  v("SourceArn", t.source_arn);
  v("ReplyToEmailAddress", t.reply_to_email_address);
  v("EmailSendingAccount", t.email_sending_account);
  v("From", t.from);
  v("ConfigurationSet", t.configuration_set);
}
COGNITO_FAKE_FIELDS(SmsConfigurationType) {
  v.Required("SnsCallerArn", t.sns_caller_arn);
  v("ExternalId", t.external_id);
  v("SnsRegion", t.sns_region);
}
COGNITO_FAKE_FIELDS(MessageTemplateType) {
  v("SMSMessage", t.sms_message);
  v("EmailMessage", t.email_message);
  v("EmailSubject", t.email_subject);
}
COGNITO_FAKE_FIELDS(AdminCreateUserConfigType) {
  v("AllowAdminCreateUserOnly", t.allow_admin_create_user_only);
  v("UnusedAccountValidityDays", t.unused_account_validity_days);
  v("InviteMessageTemplate", t.invite_message_template);
}
COGNITO_FAKE_FIELDS(UsernameConfigurationType) { v.Required("CaseSensitive", t.case_sensitive); }
COGNITO_FAKE_FIELDS(RecoveryOptionType) {
  v.Required("Priority", t.priority);
  v.Required("Name", t.name);
}
COGNITO_FAKE_FIELDS(AccountRecoverySettingType) { v("RecoveryMechanisms", t.recovery_mechanisms); }
COGNITO_FAKE_FIELDS(UserPoolType) {
  v("Id", t.id);
  v("Name", t.name);
  v("Policies", t.policies);
  v("DeletionProtection", t.deletion_protection);
  v("LambdaConfig", t.lambda_config);
  v("LastModifiedDate", t.last_modified_date);
  v("CreationDate", t.creation_date);
  v("SchemaAttributes", t.schema_attributes);
  v("AutoVerifiedAttributes", t.auto_verified_attributes);
  v("AliasAttributes", t.alias_attributes);
  v("UsernameAttributes", t.username_attributes);
  v("SmsVerificationMessage", t.sms_verification_message);
  v("EmailVerificationMessage", t.email_verification_message);
  v("EmailVerificationSubject", t.email_verification_subject);
  v("VerificationMessageTemplate", t.verification_message_template);
  v("SmsAuthenticationMessage", t.sms_authentication_message);
  v("MfaConfiguration", t.mfa_configuration);
  v("EstimatedNumberOfUsers", t.estimated_number_of_users);
  v("EmailConfiguration", t.email_configuration);
  v("SmsConfiguration", t.sms_configuration);
  v("UserPoolTags", t.user_pool_tags);
  v("AdminCreateUserConfig", t.admin_create_user_config);
  v("UsernameConfiguration", t.username_configuration);
  v("Arn", t.arn);
  v("AccountRecoverySetting", t.account_recovery_setting);
}
COGNITO_FAKE_FIELDS(TokenValidityUnitsType) {
  v("AccessToken", t.access_token);
  v("IdToken", t.id_token);
  v("RefreshToken", t.refresh_token);
}
COGNITO_FAKE_FIELDS(UserPoolClientType) {
  v("UserPoolId", t.user_pool_id);
  v("ClientName", t.client_name);
  v("ClientId", t.client_id);
  v("ClientSecret", t.client_secret);
  v("LastModifiedDate", t.last_modified_date);
  v("CreationDate", t.creation_date);
  v("RefreshTokenValidity", t.refresh_token_validity);
  v("AccessTokenValidity", t.access_token_validity);
  v("IdTokenValidity", t.id_token_validity);
  v("TokenValidityUnits", t.token_validity_units);
  v("ReadAttributes", t.read_attributes);
  v("WriteAttributes", t.write_attributes);
  v("ExplicitAuthFlows", t.explicit_auth_flows);
  v("PreventUserExistenceErrors", t.prevent_user_existence_errors);
  v("EnableTokenRevocation", t.enable_token_revocation);
  v("AuthSessionValidity", t.auth_session_validity);
}
COGNITO_FAKE_FIELDS(MFAOptionType) {
  v("DeliveryMedium", t.delivery_medium);
  v("AttributeName", t.attribute_name);
}
COGNITO_FAKE_FIELDS(UserType) {
  v("Username", t.username);
  v.Required("Attributes", t.attributes);
  v("UserCreateDate", t.user_create_date);
  v("UserLastModifiedDate", t.user_last_modified_date);
  v("Enabled", t.enabled);
  v("UserStatus", t.user_status);
  v("MFAOptions", t.mfa_options);
}
COGNITO_FAKE_FIELDS(NewDeviceMetadataType) {
  v("DeviceKey", t.device_key);
  v("DeviceGroupKey", t.device_group_key);
}
COGNITO_FAKE_FIELDS(AuthenticationResultType) {
  v("AccessToken", t.access_token);
  v("ExpiresIn", t.expires_in);
  v("TokenType", t.token_type);
  v("RefreshToken", t.refresh_token);
  v("IdToken", t.id_token);
  v("NewDeviceMetadata", t.new_device_metadata);
}

// ---------------------------------------------------------------- pools

COGNITO_FAKE_FIELDS(CreateUserPoolRequest) {
  v.Required("PoolName", t.pool_name);
  v("Policies", t.policies);
  v("DeletionProtection", t.deletion_protection);
  v("LambdaConfig", t.lambda_config);
  v("AutoVerifiedAttributes", t.auto_verified_attributes);
  v("AliasAttributes", t.alias_attributes);
  v("UsernameAttributes", t.username_attributes);
  v("SmsVerificationMessage", t.sms_verification_message);
  v("EmailVerificationMessage", t.email_verification_message);
  v("EmailVerificationSubject", t.email_verification_subject);
  v("VerificationMessageTemplate", t.verification_message_template);
  v("SmsAuthenticationMessage", t.sms_authentication_message);
  v("MfaConfiguration", t.mfa_configuration);
  v("EmailConfiguration", t.email_configuration);
  v("SmsConfiguration", t.sms_configuration);
  v("UserPoolTags", t.user_pool_tags);
  v("AdminCreateUserConfig", t.admin_create_user_config);
  v("Schema", t.schema);
  v("UsernameConfiguration", t.username_configuration);
  v("AccountRecoverySetting", t.account_recovery_setting);
}
COGNITO_FAKE_FIELDS(CreateUserPoolResponse) { v("UserPool", t.user_pool); }
COGNITO_FAKE_FIELDS(DescribeUserPoolRequest) { v.Required("UserPoolId", t.user_pool_id); }
COGNITO_FAKE_FIELDS(DescribeUserPoolResponse) { v("UserPool", t.user_pool); }
COGNITO_FAKE_FIELDS(DeleteUserPoolRequest) { v.Required("UserPoolId", t.user_pool_id); }
COGNITO_FAKE_FIELDS(DeleteUserPoolResponse) { (void)v, (void)t; }
COGNITO_FAKE_FIELDS(CreateUserPoolClientRequest) {
  v.Required("UserPoolId", t.user_pool_id);
  v.Required("ClientName", t.client_name);
  v("GenerateSecret", t.generate_secret);
  v("RefreshTokenValidity", t.refresh_token_validity);
  v("AccessTokenValidity", t.access_token_validity);
  v("IdTokenValidity", t.id_token_validity);
  v("TokenValidityUnits", t.token_validity_units);
  v("ReadAttributes", t.read_attributes);
  v("WriteAttributes", t.write_attributes);
  v("ExplicitAuthFlows", t.explicit_auth_flows);
  v("PreventUserExistenceErrors", t.prevent_user_existence_errors);
  v("EnableTokenRevocation", t.enable_token_revocation);
  v("AuthSessionValidity", t.auth_session_validity);
}
COGNITO_FAKE_FIELDS(CreateUserPoolClientResponse) { v("UserPoolClient", t.user_pool_client); }
COGNITO_FAKE_FIELDS(DescribeUserPoolClientRequest) {
  v.Required("UserPoolId", t.user_pool_id);
  v.Required("ClientId", t.client_id);
}
COGNITO_FAKE_FIELDS(DescribeUserPoolClientResponse) { v("UserPoolClient", t.user_pool_client); }

// ---------------------------------------------------------------- users

COGNITO_FAKE_FIELDS(AdminCreateUserRequest) {
  v.Required("UserPoolId", t.user_pool_id);
  v.Required("Username", t.username);
  v("UserAttributes", t.user_attributes);
  v("ValidationData", t.validation_data);
  v("TemporaryPassword", t.temporary_password);
  v("ForceAliasCreation", t.force_alias_creation);
  v("MessageAction", t.message_action);
  v("DesiredDeliveryMediums", t.desired_delivery_mediums);
  v("ClientMetadata", t.client_metadata);
}
COGNITO_FAKE_FIELDS(AdminCreateUserResponse) { v("User", t.user); }
COGNITO_FAKE_FIELDS(AdminGetUserRequest) {
  v.Required("UserPoolId", t.user_pool_id);
  v.Required("Username", t.username);
}
COGNITO_FAKE_FIELDS(AdminGetUserResponse) {
  v.Required("Username", t.username);
  v.Required("UserAttributes", t.user_attributes);
  v("UserCreateDate", t.user_create_date);
  v("UserLastModifiedDate", t.user_last_modified_date);
  v("Enabled", t.enabled);
  v("UserStatus", t.user_status);
  v("MFAOptions", t.mfa_options);
  v("PreferredMfaSetting", t.preferred_mfa_setting);
  v("UserMFASettingList", t.user_mfa_setting_list);
}
COGNITO_FAKE_FIELDS(ListUsersRequest) {
  v.Required("UserPoolId", t.user_pool_id);
  v("AttributesToGet", t.attributes_to_get);
  v("Limit", t.limit);
  v("PaginationToken", t.pagination_token);
  v("Filter", t.filter);
}
COGNITO_FAKE_FIELDS(ListUsersResponse) {
  v.Required("Users", t.users);  // always sent, [] when empty
  v("PaginationToken", t.pagination_token);
}
COGNITO_FAKE_FIELDS(AdminDeleteUserRequest) {
  v.Required("UserPoolId", t.user_pool_id);
  v.Required("Username", t.username);
}
COGNITO_FAKE_FIELDS(AdminDeleteUserResponse) { (void)v, (void)t; }
COGNITO_FAKE_FIELDS(AdminDisableUserRequest) {
  v.Required("UserPoolId", t.user_pool_id);
  v.Required("Username", t.username);
}
COGNITO_FAKE_FIELDS(AdminDisableUserResponse) { (void)v, (void)t; }
COGNITO_FAKE_FIELDS(AdminEnableUserRequest) {
  v.Required("UserPoolId", t.user_pool_id);
  v.Required("Username", t.username);
}
COGNITO_FAKE_FIELDS(AdminEnableUserResponse) { (void)v, (void)t; }
COGNITO_FAKE_FIELDS(AdminUpdateUserAttributesRequest) {
  v.Required("UserPoolId", t.user_pool_id);
  v.Required("Username", t.username);
  v.Required("UserAttributes", t.user_attributes);
  v("ClientMetadata", t.client_metadata);
}
COGNITO_FAKE_FIELDS(AdminUpdateUserAttributesResponse) { (void)v, (void)t; }
COGNITO_FAKE_FIELDS(AdminDeleteUserAttributesRequest) {
  v.Required("UserPoolId", t.user_pool_id);
  v.Required("Username", t.username);
  v.Required("UserAttributeNames", t.user_attribute_names);
}
COGNITO_FAKE_FIELDS(AdminDeleteUserAttributesResponse) { (void)v, (void)t; }
COGNITO_FAKE_FIELDS(SignUpRequest) {
  v.Required("ClientId", t.client_id);
  v("SecretHash", t.secret_hash);
  v.Required("Username", t.username);
  v("Password", t.password);
  v("UserAttributes", t.user_attributes);
  v("ValidationData", t.validation_data);
  v("ClientMetadata", t.client_metadata);
}
COGNITO_FAKE_FIELDS(SignUpResponse) {
  v.Required("UserConfirmed", t.user_confirmed);
  v("CodeDeliveryDetails", t.code_delivery_details);
  v.Required("UserSub", t.user_sub);
  v("Session", t.session);
}
COGNITO_FAKE_FIELDS(ConfirmSignUpRequest) {
  v.Required("ClientId", t.client_id);
  v("SecretHash", t.secret_hash);
  v.Required("Username", t.username);
  v.Required("ConfirmationCode", t.confirmation_code);
  v("ForceAliasCreation", t.force_alias_creation);
  v("ClientMetadata", t.client_metadata);
  v("Session", t.session);
}
COGNITO_FAKE_FIELDS(ConfirmSignUpResponse) { v("Session", t.session); }
COGNITO_FAKE_FIELDS(AdminConfirmSignUpRequest) {
  v.Required("UserPoolId", t.user_pool_id);
  v.Required("Username", t.username);
  v("ClientMetadata", t.client_metadata);
}
COGNITO_FAKE_FIELDS(AdminConfirmSignUpResponse) { (void)v, (void)t; }
COGNITO_FAKE_FIELDS(ResendConfirmationCodeRequest) {
  v.Required("ClientId", t.client_id);
  v("SecretHash", t.secret_hash);
  v.Required("Username", t.username);
  v("ClientMetadata", t.client_metadata);
}
COGNITO_FAKE_FIELDS(ResendConfirmationCodeResponse) { v("CodeDeliveryDetails", t.code_delivery_details); }

// ------------------------------------------------------------- passwords

COGNITO_FAKE_FIELDS(AdminResetUserPasswordRequest) {
  v.Required("UserPoolId", t.user_pool_id);
  v.Required("Username", t.username);
  v("ClientMetadata", t.client_metadata);
}
COGNITO_FAKE_FIELDS(AdminResetUserPasswordResponse) { (void)v, (void)t; }
COGNITO_FAKE_FIELDS(ForgotPasswordRequest) {
  v.Required("ClientId", t.client_id);
  v("SecretHash", t.secret_hash);
  v.Required("Username", t.username);
  v("ClientMetadata", t.client_metadata);
}
COGNITO_FAKE_FIELDS(ForgotPasswordResponse) { v("CodeDeliveryDetails", t.code_delivery_details); }
COGNITO_FAKE_FIELDS(ConfirmForgotPasswordRequest) {
  v.Required("ClientId", t.client_id);
  v("SecretHash", t.secret_hash);
  v.Required("Username", t.username);
  v.Required("ConfirmationCode", t.confirmation_code);
  v.Required("Password", t.password);
  v("ClientMetadata", t.client_metadata);
}
COGNITO_FAKE_FIELDS(ConfirmForgotPasswordResponse) { (void)v, (void)t; }
COGNITO_FAKE_FIELDS(AdminSetUserPasswordRequest) {
  v.Required("UserPoolId", t.user_pool_id);
  v.Required("Username", t.username);
  v.Required("Password", t.password);
  v("Permanent", t.permanent);
}
COGNITO_FAKE_FIELDS(AdminSetUserPasswordResponse) { (void)v, (void)t; }
COGNITO_FAKE_FIELDS(ChangePasswordRequest) {
  v("PreviousPassword", t.previous_password);
  v.Required("ProposedPassword", t.proposed_password);
  v.Required("AccessToken", t.access_token);
}
COGNITO_FAKE_FIELDS(ChangePasswordResponse) { (void)v, (void)t; }

// --------------------------------------------------------------- sign-in

COGNITO_FAKE_FIELDS(InitiateAuthRequest) {
  v.Required("AuthFlow", t.auth_flow);
  v("AuthParameters", t.auth_parameters);
  v("ClientMetadata", t.client_metadata);
  v.Required("ClientId", t.client_id);
  v("Session", t.session);
}
COGNITO_FAKE_FIELDS(InitiateAuthResponse) {
  v("ChallengeName", t.challenge_name);
  v("Session", t.session);
  v.Required("ChallengeParameters", t.challenge_parameters);  // {} on success
  v("AuthenticationResult", t.authentication_result);
  v("AvailableChallenges", t.available_challenges);
}
COGNITO_FAKE_FIELDS(AdminInitiateAuthRequest) {
  v.Required("UserPoolId", t.user_pool_id);
  v.Required("ClientId", t.client_id);
  v.Required("AuthFlow", t.auth_flow);
  v("AuthParameters", t.auth_parameters);
  v("ClientMetadata", t.client_metadata);
  v("Session", t.session);
}
COGNITO_FAKE_FIELDS(AdminInitiateAuthResponse) {
  v("ChallengeName", t.challenge_name);
  v("Session", t.session);
  v.Required("ChallengeParameters", t.challenge_parameters);  // {} on success
  v("AuthenticationResult", t.authentication_result);
  v("AvailableChallenges", t.available_challenges);
}
COGNITO_FAKE_FIELDS(RespondToAuthChallengeRequest) {
  v.Required("ClientId", t.client_id);
  v.Required("ChallengeName", t.challenge_name);
  v("Session", t.session);
  v("ChallengeResponses", t.challenge_responses);
  v("ClientMetadata", t.client_metadata);
}
COGNITO_FAKE_FIELDS(RespondToAuthChallengeResponse) {
  v("ChallengeName", t.challenge_name);
  v("Session", t.session);
  v.Required("ChallengeParameters", t.challenge_parameters);  // {} on success
  v("AuthenticationResult", t.authentication_result);
}
COGNITO_FAKE_FIELDS(AdminRespondToAuthChallengeRequest) {
  v.Required("UserPoolId", t.user_pool_id);
  v.Required("ClientId", t.client_id);
  v.Required("ChallengeName", t.challenge_name);
  v("ChallengeResponses", t.challenge_responses);
  v("Session", t.session);
  v("ClientMetadata", t.client_metadata);
}
COGNITO_FAKE_FIELDS(AdminRespondToAuthChallengeResponse) {
  v("ChallengeName", t.challenge_name);
  v("Session", t.session);
  v.Required("ChallengeParameters", t.challenge_parameters);  // {} on success
  v("AuthenticationResult", t.authentication_result);
}

// COGNITO_FAKE_FIELDS stays defined for state_fields.h.

// A probe visitor: HasFields<T> is true when Fields(probe, T&) compiles.
struct FieldsProbe {
  template <typename M>
  void operator()(const char*, M&) {}
  template <typename M>
  void Required(const char*, M&) {}
};
template <typename T>
struct HasFields<T, std::void_t<decltype(Fields(std::declval<FieldsProbe&>(), std::declval<T&>()))>>
    : std::true_type {};

}  // namespace wire
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_WIRE_FIELDS_H_
