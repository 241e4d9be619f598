#ifndef COGNITO_FAKE_SRC_INTERNAL_MESSAGES_H_
#define COGNITO_FAKE_SRC_INTERNAL_MESSAGES_H_

// Every error message the fake sends, in one place, with the evidence tag of
// shared/cognito-behavior.md (E-numbers refer to its section 1). When a real
// AWS capture corrects one, this is the only file to change. docs/fidelity.md
// lists the ones marked [I] (inferred) or [E] (emulators only).

#include <cognito_fake/status.h>

#include <string>
#include <string_view>
#include <vector>

namespace cognito_fake {
namespace internal {
namespace msg {

// Sign-in.
inline constexpr std::string_view kIncorrectUsernameOrPassword =
    "Incorrect username or password.";                                          // E1 [R]
inline constexpr std::string_view kUserIsDisabledSignIn = "User is disabled.";  // E2 [R]
// USER_SRP_AUTH (session-behavior.md §7): a TIMESTAMP that does not parse
// (S19 [R]); an SRP_A that is not a hex number below the size limit, or is
// 0 mod N (InvalidParameterException [R] amazon-cognito-identity-js#356; the
// text is ours [I]).
inline constexpr std::string_view kSrpTimestampFormat =
    "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.";
inline constexpr std::string_view kInvalidSrpA = "SRP_A is not a valid SRP public value.";
inline constexpr std::string_view kUserIsDisabledAdminReset = "User is disabled";  // E3 [R weak]
inline constexpr std::string_view kPasswordAttemptsExceeded =
    "Password attempts exceeded";  // E4 [R]
inline constexpr std::string_view kCannotResetInCurrentState =
    "User password cannot be reset in the current state.";  // E5 [R]
inline constexpr std::string_view kTemporaryPasswordExpired =
    "Temporary password has expired and must be reset by an administrator.";  // E6 [R]
inline constexpr std::string_view kPasswordResetRequired =
    "Password reset required for the user";                                      // E11 [R]
inline constexpr std::string_view kUserNotConfirmed = "User is not confirmed.";  // E12 [R]
inline constexpr std::string_view kUserDoesNotExist = "User does not exist.";    // E13 [R]
inline constexpr std::string_view kUsernameClientIdNotFound =
    "Username/client id combination not found.";  // E14 [R]
inline constexpr std::string_view kNoVerifiedContact =
    "Cannot reset password for the user as there is no registered/verified email or "
    "phone_number";                                                                      // E15 [R]
inline constexpr std::string_view kUserAlreadyConfirmed = "User is already confirmed.";  // E16 [R]
inline constexpr std::string_view kUserPasswordAuthNotEnabled =
    "USER_PASSWORD_AUTH flow not enabled for this client";  // E17 [R]
inline constexpr std::string_view kUserSrpAuthNotEnabled =
    "USER_SRP_AUTH is not enabled for the client.";  // E17 [R weak]
inline constexpr std::string_view kAuthFlowNotEnabled =
    "Auth flow not enabled for this client";  // E17 [R]
inline constexpr std::string_view kRefreshFlowNotEnabled =
    "Refresh Token flow not enabled for this client";  // [I]
inline constexpr std::string_view kInitiateAuthMethodNotSupported =
    "Initiate Auth method not supported.";  // [R weak]
inline constexpr std::string_view kCodeMismatch =
    "Invalid verification code provided, please try again.";  // E20 [R]
inline constexpr std::string_view kExpiredCode =
    "Invalid code provided, please request a code again.";  // E21 [R]
inline constexpr std::string_view kAttemptLimitExceeded =
    "Attempt limit exceeded, please try after some time.";                            // E23 [R]
inline constexpr std::string_view kInvalidSession = "Invalid session for the user.";  // E10 [R]
inline constexpr std::string_view kSessionExpired =
    "Invalid session for the user, session is expired.";  // E10 [R]
inline constexpr std::string_view kSessionUsed =
    "Invalid session for the user, session can only be used once.";  // E10 [R]
// The session's (session-behavior.md §1).
inline constexpr std::string_view kInvalidAccessToken = "Invalid Access Token";           // S1 [R]
inline constexpr std::string_view kAccessTokenExpired = "Access Token has expired";       // S2 [R]
inline constexpr std::string_view kAccessTokenRevoked = "Access Token has been revoked";  // S3 [R]
inline constexpr std::string_view kAccessTokenScopes =
    "Access Token does not have required scopes";                                   // S4 [R]
inline constexpr std::string_view kInvalidRefreshToken = "Invalid Refresh Token.";  // S8 [R]
inline constexpr std::string_view kRefreshTokenOtherClient =
    "Refresh Token has different Client";  // S9 [R]
inline constexpr std::string_view kRefreshTokenRevoked =
    "Refresh Token has been revoked";  // S10 [R]
inline constexpr std::string_view kInvalidTokenValidityRange =
    "Invalid range for token validity.";                                // S12 [R weak]
inline constexpr std::string_view kGroupNotFound = "Group not found.";  // S14 [R]
inline constexpr std::string_view kGroupExists =
    "A group with the name already exists.";  // S15 [R weak]
inline constexpr std::string_view kTooManyGroupsForUser =
    "A user can belong to at most 100 groups.";  // [I text; D limit]
inline constexpr std::string_view kVerificationBeforeUpdateNotAutoVerified =
    "All attributes in AttributesRequireVerificationBeforeUpdate must exist in "
    "AutoVerifiedAttributes";  // S16 [R]
inline constexpr std::string_view kOAuthFlowsAndScopesRequired =
    "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use "
    "OAuth flows.";  // [R weak]
inline constexpr std::string_view kCallbackUrlRequired =
    "CallbackURLs are required when the code or implicit OAuth flow is allowed.";  // [I]
inline constexpr std::string_view kDefaultRedirectNotACallback =
    "DefaultRedirectURI must be one of the CallbackURLs.";  // [I]
inline constexpr std::string_view kClientCredentialsAlone =
    "client_credentials flow can not be selected along with code or implicit flow.";  // [I]
inline constexpr std::string_view kClientCredentialsNeedSecret =
    "client_credentials flow can not be selected if client does not have a client secret.";  // [I]
inline constexpr std::string_view kUnauthorizedAttribute =
    "A client attempted to write unauthorized attribute";  // S17 [R]
inline constexpr std::string_view kOnlyEmailOrPhoneVerifiable =
    "Invalid attribute name. Only phone_number and email can be verified";  // S18 [R weak]
inline constexpr std::string_view kOnlyRefreshTokensRevocable =
    "Only refresh tokens can be revoked; this is an ID or access token";  // S25 [I text]
inline constexpr std::string_view kContactAdministrator =
    "Contact administrator to reset password.";  // E41 [E]
inline constexpr std::string_view kSignUpNotPermitted =
    "SignUp is not permitted for this user pool";                              // [R]
inline constexpr std::string_view kUserAlreadyExists = "User already exists";  // E29 [D]
inline constexpr std::string_view kUserAccountAlreadyExists =
    "User account already exists";  // E28 [R]
inline constexpr std::string_view kCannotResendAutoVerificationOff =
    "Cannot resend codes. Auto verification not turned on.";  // [R weak]
inline constexpr std::string_view kNoEmailForDesiredMedium =
    "No email provided but desired delivery medium was Email";  // E39 [R]
inline constexpr std::string_view kNoPhoneForDesiredMedium =
    "No phone_number provided but desired delivery medium was Sms";  // [I] by analogy with E39
inline constexpr std::string_view kPasswordHistoryViolation =
    "The password you entered has been used previously.";  // [I] text unknown
inline constexpr std::string_view kUsernameShouldBeEmail =
    "Username should be an email.";  // [R weak]
inline constexpr std::string_view kUsernameShouldBePhone =
    "Username should be a phone number.";  // [I]
inline constexpr std::string_view kUsernameShouldBeEmailOrPhone =
    "Username should be either an email or a phone number.";  // [R weak]
inline constexpr std::string_view kPasswordPolicyPrefix =
    "Password does not conform to policy: ";  // E27 [R]
inline constexpr std::string_view kSignUpPasswordPolicyPrefix =
    "Password did not conform with policy: ";  // E26 [R]
inline constexpr std::string_view kDeletionProtectionActive =
    "The user pool cannot be deleted because deletion protection is activated.";          // [I]
inline constexpr std::string_view kInvalidPaginationToken = "Invalid pagination token.";  // [I]
inline constexpr std::string_view kAliasAndUsernameAttributes =
    "Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.";  // [R weak]
inline constexpr std::string_view kRecoveryNotUnique =
    "Invalid account recovery setting: priorities and mechanisms must be unique.";  // [R weak]
inline constexpr std::string_view kAdminOnlyCombined =
    "Invalid account recovery setting: admin_only cannot be combined with another "
    "recovery mechanism.";  // [R weak]
inline constexpr std::string_view kRequiredCustomAttribute =
    "Required custom attributes are not supported currently.";  // [R weak]
inline constexpr std::string_view kInvalidReadAttributes =
    "Invalid read attributes specified while creating a client";  // [R weak]
inline constexpr std::string_view kInvalidWriteAttributes =
    "Invalid write attributes specified while creating a client";  // [R weak]
inline constexpr std::string_view kMixedAuthFlows =
    "The combination of legacy and new explicit auth flows is not supported. Use only "
    "ALLOW_ prefixed values.";  // [R weak]
inline constexpr std::string_view kInvalidEmailFormat =
    "Invalid email address format.";                                                     // [R weak]
inline constexpr std::string_view kInvalidPhoneFormat = "Invalid phone number format.";  // [R weak]
inline constexpr std::string_view kMalformedRequestBody = "Malformed request body";      // [R]
inline constexpr std::string_view kRequestBodyTooLarge = "Request body is too large";    // [I]
inline constexpr std::string_view kRateExceeded = "Rate exceeded";  // [R] TooManyRequestsException
inline constexpr std::string_view kPasswordNull =
    "1 validation error detected: Value null at 'password' failed to satisfy constraint: Member "
    "must not be null";  // [R] the model's format
inline constexpr std::string_view kRefreshTokenExpired = "Refresh Token has expired";  // S11 [A]
inline constexpr std::string_view kUnrecognizableLambdaOutput =
    "Unrecognizable lambda output";  // E35 [R]
inline constexpr std::string_view kSmsRoleTrust =
    "Role does not have a trust relationship allowing Cognito to assume the role";  // E36 [R]
inline constexpr std::string_view kSmsRoleAccess =
    "Role does not have permission to publish with SNS";  // E37 [R]
inline constexpr std::string_view kEmailIdentityNotAllowed =
    "Cognito is not allowed to use your email identity.";  // [I]
inline constexpr std::string_view kUnableToSendEmail =
    "Invalid email provided/Unable to send the email";  // E38 [R]
inline constexpr std::string_view kDailyEmailLimit =
    "Exceeded daily email limit for the operation or the account. If a higher limit is "
    "required, "
    "please configure your user pool to use your own Amazon SES configuration for sending "
    "email.";  // E24 [R]

// Multi-factor authentication (MF-numbers: mfa-behavior.md section 1).
inline constexpr std::string_view kMfaWithoutFactor =
    "Invalid MFA configuration given, can't disable all MFAs with a required or optional "
    "configuration.";  // MF1 [R]
inline constexpr std::string_view kMfaOffWithFactor =
    "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.";  // MF2
                                                                                           // [R]
inline constexpr std::string_view kMfaNeedsSmsConfiguration =
    "SMS configuration and Auto verification for phone_number are required when MFA is "
    "required/optional";  // MF3 [R]
inline constexpr std::string_view kEmailMfaNeedsDeveloperSending =
    "Email MFA requires a user pool that sends email with Amazon SES "
    "(EmailSendingAccount DEVELOPER).";  // MF25 [I] text
inline constexpr std::string_view kTotpNotSetUp =
    "User has not set up software token mfa";  // MF6 [R]
inline constexpr std::string_view kTotpNotVerified =
    "User has not verified software token mfa";  // MF7 [R]
inline constexpr std::string_view kTotpNoDeliveryConfig =
    "User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA";  // MF8 [R]
inline constexpr std::string_view kSmsMfaNeedsPhone =
    "User does not have a phone_number set to turn on SMS MFA";  // MF9 [R]
inline constexpr std::string_view kEmailMfaNeedsEmail =
    "User does not have an email set to turn on EMAIL_OTP MFA";  // [I] by analogy with MF9
inline constexpr std::string_view kOnePreferredMfa =
    "Only one MFA method can be set as preferred.";  // [I] (aws-amplify/docs#5690: an error)
inline constexpr std::string_view kTotpCodeMismatch =
    "Code mismatch and fail enable Software Token MFA";  // MF10 [R]
inline constexpr std::string_view kTotpNotEnabledByPool =
    "Software Token MFA has not been enabled by the userPool";  // MF11 [D]
inline constexpr std::string_view kMfaCodeMismatch =
    "Invalid code or auth state for the user.";  // MF13 [R]
inline constexpr std::string_view kTotpNotFoundForUser =
    "Software Token MFA does not exist for the user.";  // MF12 [R]
inline constexpr std::string_view kTotpCodeMismatchSignIn =
    "Invalid code received for user";  // MF14 [A]
inline constexpr std::string_view kTotpAlreadyUsed =
    "Your software token has already been used once.";  // MF15 [R]
inline constexpr std::string_view kMfaNeedsSmsToSend =
    "Invalid phone number provided/Unable to send the message. User pool does not have SMS "
    "configuration to send messages.";  // MF22 [R weak]
inline constexpr std::string_view kMfaMethodNotFound =
    "The MFA method chosen is not one the user can use to sign in.";  // MF26 [I] text
inline constexpr std::string_view kAccessTokenOrSession =
    "Either AccessToken or Session must be given, not both.";  // [I] ("not both": the model)

// Formatted messages.
std::string UserPoolDoesNotExist(std::string_view user_pool_id);   // E32 [R]
std::string ClientDoesNotExist(std::string_view client_id);        // E31 [R]
std::string SecretHashNotReceived(std::string_view client_id);     // E8 [R]
std::string UnableToVerifySecretHash(std::string_view client_id);  // E7 [R]
std::string CannotBeConfirmed(std::string_view status);            // E9 [R] (CONFIRMED), [I] others
std::string MissingRequiredParameter(std::string_view name);       // E18 [R]
std::string ResendNotPossible(std::string_view username);          // E40 [E]
std::string AccountWithAttributeExists(std::string_view attribute);   // E30 [R weak]
std::string UsernameCannotBeAliasFormat(std::string_view attribute);  // [R weak]
std::string AttributeUnknown(std::string_view name);                  // [R weak]
std::string AttributeRequired(std::string_view name);                 // [R weak]
std::string RevocationNotEnabled(std::string_view client_id);         // S24 [I text]
std::string IdentityProviderDoesNotExist(std::string_view provider,
                                         std::string_view user_pool_id);     // [I]
std::string InvalidRedirectUrl(std::string_view url);                        // [I]
std::string RevokeClientUnauthorized(std::string_view client_id);            // S26 [I text]
std::string NoAttributeToVerify(std::string_view name);                      // [I]
std::string AttributeNotMutable(std::string_view name);                      // [I]
std::string InvalidAttributesGivenMissing(std::string_view name);            // [R]
std::string CannotModifyProvided(std::string_view name);                     // [R]
std::string DuplicateSchemaAttribute(std::string_view name);                 // [R weak]
std::string LambdaFailed(std::string_view trigger, std::string_view error);  // E33 [R]
std::string LambdaInvocationFailed(std::string_view trigger, std::string_view cause);  // E34 [R]
// What cognito_fake does not implement (UnimplementedException, ours).
std::string NotSupported(std::string_view what);

// Shorthands for the statuses built most often.
Status Error(ErrorCode code, std::string_view message);

// Schema fidelity (issue 26).
// "Attributes did not conform to the schema: " then each problem on a line of
// its own, every line ending in "\n": how AWS names several offending
// attributes at once (aws-amplify/amplify-flutter#509).
std::string AttributesDidNotConform(const std::vector<std::string>& problems);  // [R]
// The problems, one line each (no newline): "<name>: Attribute does not
// exist in the schema." [R], "<name>: The attribute is required" [R], the
// line of AttributeNotMutable [I], and the value checks [I].
std::string AttributeDoesNotExist(std::string_view name);                          // [R]
std::string AttributeIsRequired(std::string_view name);                            // [R]
std::string AttributeIsImmutable(std::string_view name);                           // [I]
std::string ValueTooLong(std::string_view name, std::string_view max_length);      // [I]
std::string ValueTooShort(std::string_view name, std::string_view min_length);     // [I]
std::string ValueNotANumber(std::string_view name);                                // [I]
std::string ValueAboveMaximum(std::string_view name, std::string_view max_value);  // [I]
std::string ValueBelowMinimum(std::string_view name, std::string_view min_value);  // [I]
// CreateUserPool's Schema, in moto's words [E], which read like AWS's.
// `constraints` is "StringAttributeConstraints" or
// "NumberAttributeConstraints"; `name` the attribute as the pool names it.
std::string InvalidSchemaConstraints(std::string_view constraints, std::string_view name);
std::string StringLengthOver2048(std::string_view name);
std::string MaxLengthBelowMinLength(std::string_view name);
std::string MaxValueBelowMinValue(std::string_view name);
std::string StandardAttributeRedefined(std::string_view name);

}  // namespace msg
}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_MESSAGES_H_
