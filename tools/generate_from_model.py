#!/usr/bin/env python3
"""Generates what is mechanical in cognito_fake from the botocore cognito-idp model.

The model (botocore's service-2.json) is the source of truth for shapes,
member names and order, required members, lengths, ranges and patterns, and
each operation's documented errors. This script turns it into C++; the
generated files are committed, so building the library never needs botocore.
Re-run it when the supported operation list, a setting below or the model
changes, from the repository root:

    python3 tools/generate_from_model.py [path/to/service-2.json(.gz)]

Without an argument the model is read from the installed botocore package
(Debian's python3-botocore). Running it twice gives the same files.

Whole files, where the model says everything that is in them:
  include/cognito_fake/error_code.h   ErrorCode: one enumerator per exception shape
  include/cognito_fake/enums.h        the model's string enums as C++ enums
  include/cognito_fake/operation.h    Operation: one enumerator per supported op
  include/cognito_fake/model_types.h  the shared shapes (UserType, ...) as structs
  include/cognito_fake/requests.h     <Op>Request / <Op>Response structs, printers
  src/internal/operation_list.h       COGNITO_FAKE_FOR_EACH_OPERATION (src/ only)
  src/internal/model_shapes.h         the constraints of the request members:
                                      lengths, ranges, patterns, sensitivity
  src/wire/fields.h                   the field table of every struct, each
                                      request member with its constraints
  src/generated_tables.cc             names, HTTP status, documented errors,
                                      enum <-> string tables

Sections between `BEGIN GENERATED` / `END GENERATED` markers, where a
hand-written class contract surrounds the per-operation declarations (the
class comment, the non-operation members and their order are written by
hand; one explicit declaration per operation, so that a reader and Doxygen
find `AdminResetUserPassword` by grepping the header, is generated):
  include/cognito_fake/identity_provider.h       the virtual methods
  include/cognito_fake/fake_identity_provider.h  the fake's overrides
  include/cognito_fake/fault_injector.h          the decorator's overrides
  include/cognito_fake/mocks.h                   one MOCK_METHOD per operation
  include/cognito_fake/wire_client.h             the wire client's overrides
  include/cognito_fake/async.h                   XCallable / XAsync
  src/identity_provider.cc, src/fault_injector.cc, src/mocks.cc
                                                 the per-operation definitions

What stays hand-written: behaviour (the fake), the Java-regex semantics of
each pattern (src/patterns.cc), printers and helpers of the shared types
(include/cognito_fake/types.h), and the few choices below where the model has
nothing to say (which members the fake leaves out, default values of required
members, which empty lists Cognito still sends).
"""

import gzip
import html
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The operations cognito_fake supports, by section of IdentityProvider, in the
# order of the AWS API reference sections they belong to. Adding one here adds
# it to Operation, the error tables, the structs, the field table and every
# per-operation declaration; the fake then needs its behaviour.
SECTIONS = [
    ("Pools and app clients", [
        "CreateUserPool", "DescribeUserPool", "UpdateUserPool", "ListUserPools",
        "DeleteUserPool", "CreateUserPoolClient", "DescribeUserPoolClient",
        "UpdateUserPoolClient", "ListUserPoolClients", "DeleteUserPoolClient"]),
    ("Users", [
        "AdminCreateUser", "AdminGetUser", "ListUsers", "AdminDeleteUser",
        "AdminDisableUser", "AdminEnableUser", "AdminUpdateUserAttributes",
        "AdminDeleteUserAttributes", "SignUp", "ConfirmSignUp",
        "AdminConfirmSignUp", "ResendConfirmationCode"]),
    ("Passwords", [
        "AdminResetUserPassword", "ForgotPassword", "ConfirmForgotPassword",
        "AdminSetUserPassword", "ChangePassword"]),
    ("Sign-in", [
        "InitiateAuth", "AdminInitiateAuth", "RespondToAuthChallenge",
        "AdminRespondToAuthChallenge"]),
    ("The signed-in session", [
        "GetUser", "UpdateUserAttributes", "GetUserAttributeVerificationCode",
        "VerifyUserAttribute", "DeleteUserAttributes", "DeleteUser", "GlobalSignOut",
        "AdminUserGlobalSignOut", "RevokeToken"]),
    ("Groups", [
        "CreateGroup", "GetGroup", "ListGroups", "UpdateGroup", "DeleteGroup",
        "AdminAddUserToGroup", "AdminRemoveUserFromGroup", "AdminListGroupsForUser",
        "ListUsersInGroup"]),
    ("Multi-factor authentication", [
        "SetUserPoolMfaConfig", "GetUserPoolMfaConfig", "AssociateSoftwareToken",
        "VerifySoftwareToken", "SetUserMFAPreference", "AdminSetUserMFAPreference"]),
]
SUPPORTED_OPERATIONS = [op for _, ops in SECTIONS for op in ops]

# String enums of the model that appear in the supported operations' shapes.
ENUMS = [
    "UserStatusType", "DeliveryMediumType", "AuthFlowType",
    "ChallengeNameType", "MessageActionType", "ExplicitAuthFlowsType",
    "PreventUserExistenceErrorTypes", "RecoveryOptionNameType",
    "UsernameAttributeType", "AliasAttributeType", "VerifiedAttributeType",
    "EmailSendingAccountType", "DefaultEmailOptionType",
    "DeletionProtectionType", "UserPoolMfaType", "AttributeDataType",
    "TimeUnitsType", "StatusType", "OAuthFlowType", "VerifySoftwareTokenResponseType",
]

# HTTP status the Smithy model (JS v3 schema) gives each shape; see
# shared/wire-protocol.md section 3. Shapes not listed use 400, faults 500.
MODEL_HTTP_STATUS = {
    "AccessDeniedException": 403,
    "FeatureUnavailableInTierException": 403,
    "ForbiddenException": 403,
    "NotAuthorizedException": 403,
    "ResourceNotFoundException": 404,
    "TierChangeNotAllowedException": 403,
    "TooManyRequestsException": 429,
    "UnauthorizedException": 401,
    "UserNotFoundException": 404,
}

# aws-sdk-cpp's CognitoIdentityProviderErrorMapper marks these retryable.
RETRYABLE = {"LimitExceededException", "TooManyRequestsException"}

# ----------------------------------------------------------- struct choices

# Members AWS accepts but that carry no behaviour in a fake: left out of every
# struct.
NOT_MODELLED_ANYWHERE = {"AnalyticsMetadata", "UserContextData", "ContextData"}
# Members of features the fake does not have (OAuth, domains, devices, tiers,
# add-ons, sign-in policy, custom senders): left out of these structs.
NOT_MODELLED = {
    "UserPoolPolicyType": ["SignInPolicy"],
    "LambdaConfigType": ["PreTokenGenerationConfig", "CustomSMSSender",
                         "CustomEmailSender", "InboundFederation"],
    "UserPoolType": ["Status", "DeviceConfiguration",
                     "SmsConfigurationFailure", "EmailConfigurationFailure", "Domain",
                     "CustomDomain", "UserPoolAddOns", "UserPoolTier"],
    "UserPoolClientType": ["AnalyticsConfiguration", "EnablePropagateAdditionalUserContextData",
                           "RefreshTokenRotation"],
    "CreateUserPoolRequest": ["DeviceConfiguration", "UserPoolAddOns", "UserPoolTier"],
    "UpdateUserPoolRequest": ["DeviceConfiguration", "UserPoolAddOns", "UserPoolTier"],
    "CreateUserPoolClientRequest": ["ClientSecret", "AnalyticsConfiguration",
                                    "EnablePropagateAdditionalUserContextData",
                                    "RefreshTokenRotation"],
    "UpdateUserPoolClientRequest": ["AnalyticsConfiguration",
                                    "EnablePropagateAdditionalUserContextData",
                                    "RefreshTokenRotation"],
    "UserPoolDescriptionType": ["Status"],
    # Passkeys (WebAuthn) are out of the fake's scope (mfa-behavior.md).
    "SetUserPoolMfaConfigRequest": ["WebAuthnConfiguration"],
    "SetUserPoolMfaConfigResponse": ["WebAuthnConfiguration"],
    "GetUserPoolMfaConfigResponse": ["WebAuthnConfiguration"],
    "SetUserMFAPreferenceRequest": ["WebAuthnMfaSettings"],
    "AdminSetUserMFAPreferenceRequest": ["WebAuthnMfaSettings"],
}

# Optional model members that are plain values in C++.
PLAIN_MEMBERS = {
    # Cognito always stores a value, "" when none was given.
    "AttributeType.Value",
}

# Values of required members, for a default-constructed struct (a required
# bool is false and a required integer 0 unless listed; a required enum must
# be listed).
DEFAULTS = {
    "UsernameConfigurationType.CaseSensitive": "true",
    "RecoveryOptionType.Priority": "1",
    "RecoveryOptionType.Name": "RecoveryOptionNameType::kVerifiedEmail",
    "InitiateAuthRequest.AuthFlow": "AuthFlowType::kUserPasswordAuth",
    "AdminInitiateAuthRequest.AuthFlow": "AuthFlowType::kAdminUserPasswordAuth",
    "RespondToAuthChallengeRequest.ChallengeName": "ChallengeNameType::kNewPasswordRequired",
    "AdminRespondToAuthChallengeRequest.ChallengeName":
        "ChallengeNameType::kNewPasswordRequired",
}

# Response members the model calls optional that Cognito always sends, even
# empty (`"Users": []`, `"ChallengeParameters": {}`): Required in the field
# table, so that the writer sends them.
ALWAYS_SENT = {
    "UserType.Attributes", "AdminGetUserResponse.UserAttributes", "ListUsersResponse.Users",
    "InitiateAuthResponse.ChallengeParameters",
    "AdminInitiateAuthResponse.ChallengeParameters",
    "RespondToAuthChallengeResponse.ChallengeParameters",
    "AdminRespondToAuthChallengeResponse.ChallengeParameters",
}

# Required members the service reads as their default when absent, so that
# its range check, not the null check, answers: ListUserPools without
# MaxResults gets "Value '0' at 'maxResults' failed to satisfy constraint:
# Member must have value greater than or equal to 1" (session-behavior.md S13).
ABSENT_READS_AS_DEFAULT = {"ListUserPoolsRequest.MaxResults"}

# List shapes whose length Cognito checks even when the list is empty (an
# `AccountRecoverySetting` without mechanisms is refused). Other empty lists
# are absent members, as on the wire.
CHECKED_WHEN_EMPTY = {"RecoveryMechanismsType"}

# List and map shapes that get a C++ alias (the rest are spelled out).
ALIASES = {"AttributeListType", "ClientMetadataType"}

# Structs compared in tests: memberwise operator==.
EQUALITY_COMPARABLE = {"AttributeType", "CodeDeliveryDetailsType"}

# The model's patterns, by the name of the Pattern enumerator that stands for
# each; src/patterns.cc implements each one's Java semantics. A new pattern
# in a supported request stops the generator until it is named here (and the
# compiler then asks for its matcher).
PATTERN_NAMES = {
    r"[\w-]+_[0-9a-zA-Z]+": "kUserPoolId",
    r"[\p{L}\p{M}\p{S}\p{N}\p{P}]+": "kUsername",
    r"[\w+]+": "kClientId",
    r"[\S]+": "kNonWhitespace",
    r"[\w+=/]+": "kSecretHash",
    r"[A-Za-z0-9-_=.]+": "kTokenModel",
    r"[\x21\x23-\x5B\x5D-\x7E]+": "kScope",
    r"[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+": "kProviderName",
    r"[\w\s+=,.@-]+": "kName",
    r"[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\r ]+": "kAttributeName",
    r".*\{####\}.*": "kSmsVerificationMessage",
    r"[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*\{####\}[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*":
        "kEmailVerificationMessage",
    r"[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*\{##[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*##\}"
    r"[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*": "kEmailVerificationMessageByLink",
    r"[\p{L}\p{M}\p{S}\p{N}\p{P}\s]+": "kEmailVerificationSubject",
    r"[\p{L}\p{M}\p{S}\p{N}\p{P}]+@[\p{L}\p{M}\p{S}\p{N}\p{P}]+": "kEmailAddress",
    r"^[a-zA-Z0-9_-]+$": "kSesConfigurationSet",
    r"(?s).*": "kAnyText",
    r"[0-9]+": "kDigits",
    r"[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*": "kEmailInviteMessage",
    r"arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?"
    r"(:[\w+=/,.@-]+)?": "kArn",
}

# ------------------------------------------------------------ documentation

# What a struct is for in the fake, where the model's sentence is not enough.
STRUCT_NOTES = {
    "AttributeType": "one user attribute. Values are always strings, booleans included "
                     "(`\"true\"` / `\"false\"`).",
    "ClientMetadataType": "a string map Cognito never stores, only forwards to the Lambda "
                          "triggers an operation invokes.",
    "CodeDeliveryDetailsType": "where a code went, with the destination masked as Cognito "
                               "masks it (`a***@e***`, `+*******1234`).",
    "PasswordPolicyType": "members left unset in CreateUserPool take AWS's values for an "
                          "explicit policy that omits them (false / 0); a pool created with "
                          "no policy at all gets min length 8 and all four requirements.",
    "LambdaConfigType": "the ARNs of the pool's Lambda triggers. The fake records them; "
                        "in-process trigger callables are attached separately.",
    "SchemaAttributeType": "a standard or custom attribute of the pool.",
    "VerificationMessageTemplateType": "the texts of verification, forgot password and "
                                       "admin-reset messages (`{####}` is the code).",
    "MessageTemplateType": "the AdminCreateUser invitation texts (`{username}`, `{####}` = "
                           "temporary password).",
    "RecoveryOptionType": "one account-recovery mechanism and its priority.",
    "UserPoolType": "what DescribeUserPool returns.",
    "UserPoolClientType": "what DescribeUserPoolClient returns.",
    "UserType": "a user as AdminCreateUser and ListUsers return it. Note the member is "
                "`Attributes`, not `UserAttributes` as in AdminGetUser.",
    "AuthenticationResultType": "the tokens of a successful sign-in.",
    "AdminGetUserResponse": "`Username` is always the canonical username.",
    "AdminResetUserPasswordResponse": "no `CodeDeliveryDetails`.",
    "InitiateAuthResponse": "tokens, or a challenge.",
    "AdminInitiateAuthResponse": "tokens, or a challenge.",
}

# What a member means in the fake, beyond its name, requiredness and range.
MEMBER_NOTES = {
    "AttributeType.Name": "e.g. `email` or `custom:tier`",
    "CodeDeliveryDetailsType.Destination": "masked",
    "PasswordPolicyType.TemporaryPasswordValidityDays": "0 = 7",
    "StringAttributeConstraintsType.MinLength": "a number, as a string",
    "StringAttributeConstraintsType.MaxLength": "a number, as a string",
    "NumberAttributeConstraintsType.MinValue": "a number, as a string",
    "NumberAttributeConstraintsType.MaxValue": "a number, as a string",
    "SchemaAttributeType.Name": "without `custom:` on input",
    "UserPoolType.Id": "e.g. `us-east-1_AbC123xyZ`",
    "TokenValidityUnitsType.AccessToken": "default hours",
    "TokenValidityUnitsType.IdToken": "default hours",
    "TokenValidityUnitsType.RefreshToken": "default days",
    "UserPoolClientType.ClientSecret": "when generated",
    "UserPoolClientType.AuthSessionValidity": "minutes",
    "CreateUserPoolClientRequest.AuthSessionValidity": "minutes",
    "UserType.Username": "canonical",
    "UserType.MFAOptions": "omitted when empty",
    "AuthenticationResultType.ExpiresIn": "seconds",
    "AuthenticationResultType.TokenType": "`Bearer`",
    "AuthenticationResultType.RefreshToken": "absent on refresh",
    "AdminCreateUserRequest.DesiredDeliveryMediums": "default SMS",
    "AdminGetUserRequest.Username": "username, alias or sub",
    "AdminGetUserResponse.MFAOptions": "omitted when empty",
    "ListUsersRequest.Limit": "default 60",
    "ListUsersRequest.Filter": "e.g. `email ^= \"al\"`",
    "AdminResetUserPasswordRequest.Username": "username, alias or sub",
    "AdminResetUserPasswordRequest.ClientMetadata": "forwarded to triggers, never stored",
    "ConfirmForgotPasswordRequest.Password": "the new password",
    "AdminSetUserPasswordRequest.Permanent": "default false: temporary",
    "InitiateAuthRequest.AuthParameters": "USERNAME, PASSWORD, SECRET_HASH, REFRESH_TOKEN",
    "RespondToAuthChallengeRequest.ChallengeResponses":
        "USERNAME, NEW_PASSWORD, userAttributes.*",
}

# What FakeIdentityProvider does for each operation (its override's comment).
FAKE_NOTES = {
    "CreateUserPool": "Creates a user pool. The fake assigns `<region>_<9 alphanumerics>` ids "
                      "from its seed.",
    "DescribeUserPool": "Returns a pool's configuration, with AWS's defaults filled in.",
    "DeleteUserPool": "Deletes a pool with its clients, users and codes. Refused while "
                      "`DeletionProtection` is `ACTIVE`.",
    "CreateUserPoolClient": "Creates an app client; `GenerateSecret` makes SECRET_HASH "
                            "mandatory for it.",
    "DescribeUserPoolClient": "Returns an app client's configuration, secret included.",
    "AdminCreateUser": "Creates a user in `FORCE_CHANGE_PASSWORD` with a temporary password, "
                       "or re-sends the invitation (`MessageAction` `RESEND`).",
    "AdminGetUser": "Looks a user up by username, alias or `sub`; `Username` in the response "
                    "is always the canonical one.",
    "ListUsers": "Lists users, with AWS's `Filter` syntax (`attr = \"v\"`, `attr ^= "
                 "\"prefix\"`) and pagination.",
    "AdminDeleteUser": "Deletes a user, its aliases and outstanding codes.",
    "AdminDisableUser": "Disables a user (status unchanged) and revokes its tokens.",
    "AdminEnableUser": "Enables a user.",
    "AdminUpdateUserAttributes": "Adds or replaces user attributes; a new email/phone is "
                                 "unverified unless `*_verified` is set in the same call.",
    "AdminDeleteUserAttributes": "Removes user attributes.",
    "SignUp": "Self-service registration: the user starts `UNCONFIRMED` and gets a sign-up "
              "code if an auto-verified attribute is present.",
    "ConfirmSignUp": "Confirms a sign-up with its code; verifies the attribute the code went "
                     "to.",
    "AdminConfirmSignUp": "Confirms an `UNCONFIRMED` user without a code (verifies nothing).",
    "ResendConfirmationCode": "Issues a new sign-up code to an `UNCONFIRMED` user.",
    "AdminResetUserPassword": "Deactivates the user's password (status `RESET_REQUIRED`) and "
                              "sends a reset code on one verified channel; `ClientMetadata` "
                              "goes to triggers only.",
    "ForgotPassword": "Sends a new reset code (replacing any older one) and returns masked "
                      "`CodeDeliveryDetails`; never changes `UserStatus`.",
    "ConfirmForgotPassword": "Sets a new password with a reset code; the user becomes "
                             "`CONFIRMED` and the code is consumed.",
    "AdminSetUserPassword": "Sets a permanent password (`CONFIRMED`) or a temporary one "
                            "(`FORCE_CHANGE_PASSWORD`).",
    "ChangePassword": "Changes the password of the user an access token belongs to.",
    "InitiateAuth": "Starts a sign-in: `USER_PASSWORD_AUTH`, `USER_SRP_AUTH` or "
                    "`REFRESH_TOKEN_AUTH`; a proven password gets tokens or the MFA challenge "
                    "the pool and the user's factors call for.",
    "AdminInitiateAuth": "Starts a server-side sign-in: `ADMIN_USER_PASSWORD_AUTH` "
                         "(`ADMIN_NO_SRP_AUTH`), `USER_SRP_AUTH` or `REFRESH_TOKEN_AUTH`; MFA "
                         "challenges as InitiateAuth.",
    "RespondToAuthChallenge": "Answers a challenge: `NEW_PASSWORD_REQUIRED`, "
                              "`PASSWORD_VERIFIER`, `SMS_MFA`, `EMAIL_OTP`, "
                              "`SOFTWARE_TOKEN_MFA`, `SELECT_MFA_TYPE` or `MFA_SETUP`.",
    "AdminRespondToAuthChallenge": "Server-side form of RespondToAuthChallenge, with the same "
                                   "challenges.",
    "GetUser": "The user an access token belongs to: username, attributes (verified flags "
               "as strings) and MFA settings.",
    "UpdateUserAttributes": "Changes the attributes of the access token's user; a changed "
                            "email or phone number is unverified and gets a code.",
    "GetUserAttributeVerificationCode": "Sends a code to verify the access token's user's "
                                        "`email` or `phone_number`.",
    "VerifyUserAttribute": "Verifies the access token's user's `email` or `phone_number` "
                           "with the code sent to it.",
    "DeleteUserAttributes": "Removes attributes of the access token's user.",
    "DeleteUser": "Deletes the access token's user; every token of theirs is refused from "
                  "then on.",
    "GlobalSignOut": "Ends every session of the access token's user: their refresh and "
                     "access tokens are refused; tokens issued later work.",
    "AdminUserGlobalSignOut": "Ends every session of a user, as GlobalSignOut does.",
    "RevokeToken": "Ends the session of a refresh token: it and the access tokens issued "
                   "from it are refused. Answers `{}` for a token it does not know.",
    "UpdateUserPool": "Replaces a pool's settings: members left out return to their defaults, "
                      "as in Cognito (schema, sign-in names and case sensitivity cannot change).",
    "ListUserPools": "Lists the pools, oldest first; `MaxResults` is required.",
    "UpdateUserPoolClient": "Replaces an app client's settings: members left out return to their "
                            "defaults, as in Cognito (the id and secret stay).",
    "ListUserPoolClients": "Lists a pool's app clients (id, pool, name), oldest first.",
    "DeleteUserPoolClient": "Deletes an app client; calls naming it answer "
                            "ResourceNotFoundException and its tokens are refused.",
    "CreateGroup": "Creates a group; names are unique regardless of case.",
    "GetGroup": "Returns a group.",
    "ListGroups": "Lists the pool's groups by precedence (groups without one last), then name.",
    "UpdateGroup": "Changes a group's description, role and precedence; members left out keep "
                   "their value.",
    "DeleteGroup": "Deletes a group; its members' next tokens no longer name it.",
    "AdminAddUserToGroup": "Adds a user (username, alias or sub) to a group; its next tokens "
                           "carry `cognito:groups`. Adding twice changes nothing.",
    "AdminRemoveUserFromGroup": "Removes a user from a group.",
    "AdminListGroupsForUser": "Lists the groups of a user, in ListGroups' order.",
    "ListUsersInGroup": "Lists the members of a group.",
    "SetUserPoolMfaConfig": "Replaces the pool's MFA mode and factors: an omitted factor is "
                            "turned off; ON or OPTIONAL needs a factor, OFF refuses one.",
    "GetUserPoolMfaConfig": "Returns the pool's MFA mode and enabled factors (`OFF` alone for a "
                            "pool never configured).",
    "AssociateSoftwareToken": "Issues a new authenticator-app secret (base32) to the user of an "
                              "access token or of an MFA_SETUP challenge's Session (then with "
                              "the Session VerifySoftwareToken continues from); it replaces a "
                              "verified one only once verified.",
    "VerifySoftwareToken": "Checks an RFC 6238 code of the pending secret (30 s steps on the "
                           "fake clock, one step either side, each step once) and registers it; "
                           "with AssociateSoftwareToken's Session, answers the Session that "
                           "completes MFA_SETUP.",
    "SetUserMFAPreference": "Activates, deactivates or prefers the caller's factors.",
    "AdminSetUserMFAPreference": "Activates, deactivates or prefers a user's factors.",
}

CPP_KEYWORDS = {"mutable", "default", "delete", "new", "operator", "private", "public",
                "protected", "class", "struct", "template", "this", "throw", "try",
                "union", "virtual", "namespace", "register", "explicit", "friend"}

HEADER = (
    "// Generated by tools/generate_from_model.py from the botocore cognito-idp model\n"
    "// ({version}): do not edit. To regenerate, run\n"
    "// `python3 tools/generate_from_model.py` from the repository root.\n"
)
BEGIN = "// BEGIN GENERATED {what} (tools/generate_from_model.py; do not edit by hand)"
END = "// END GENERATED {what}"
COLUMNS = 100


# ---------------------------------------------------------------- helpers

def load_model(path):
    if path is None:
        import botocore  # noqa: imported only when no path is given

        path = os.path.join(os.path.dirname(botocore.__file__),
                            "data/cognito-idp/2016-04-18/service-2.json.gz")
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f), path


def camel_words(value):
    """Splits 'USER_PASSWORD_AUTH', 'verified_email' or 'String' into words."""
    return [w for w in re.split(r"[_\-\s]+", value) if w]


def enumerator(value):
    return "k" + "".join(w[:1].upper() + w[1:].lower() for w in camel_words(value))


def error_enumerator(shape):
    base = shape[: -len("Exception")] if shape.endswith("Exception") else shape
    return "k" + base


def snake(name):
    """'KMSKeyID' -> 'kms_key_id', 'UserMFASettingList' -> 'user_mfa_setting_list',
    'CallbackURLs' -> 'callback_urls', 'AllowedOAuthFlows' -> 'allowed_oauth_flows'."""
    name = name.replace("URLs", "Urls").replace("OAuth", "Oauth")
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text).lower()
    return text + "_" if text in CPP_KEYWORDS else text


def cpp_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def first_sentence(doc):
    """The first sentence of a model documentation string, as Doxygen-safe text."""
    doc = re.sub(r"<(note|important)>.*?</\1>", " ", doc or "", flags=re.S)
    doc = re.sub(r"<code>(.*?)</code>", r"`\1`", doc, flags=re.S)
    doc = re.sub(r"<[^>]+>", " ", doc)
    doc = html.unescape(doc).replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    doc = " ".join(doc.split())
    match = re.match(r"(.+?[.!?])(\s|$)", doc)
    sentence = match.group(1) if match else doc
    for special in "\\@<>#%$&":
        sentence = sentence.replace(special, "\\" + special)
    return sentence


def wrap(text, indent, first_prefix, next_prefix=None, width=COLUMNS):
    """Word-wraps `text` into comment lines."""
    next_prefix = first_prefix if next_prefix is None else next_prefix
    lines, line, prefix = [], "", first_prefix
    for word in text.split():
        candidate = (line + " " + word) if line else word
        if line and len(indent + prefix + candidate) > width:
            lines.append(indent + prefix + line)
            line, prefix = word, next_prefix
        else:
            line = candidate
    if line:
        lines.append(indent + prefix + line)
    return lines


def call(indent, head, args, tail, brackets="()", width=COLUMNS):
    """`head(arg, arg)tail`, broken as clang-format would when too long: the
    arguments packed after the bracket, else on lines of their own indented
    four spaces more."""
    open_, close = brackets
    one = "%s%s%s%s%s%s" % (indent, head, open_, ", ".join(args), close, tail)
    if len(one) <= width:
        return [one]
    for first, rest in ((indent + head + open_, " " * len(indent + head + open_)),
                        (None, indent + "    ")):
        lines = [first] if first is None else []
        line = first if first is not None else rest
        fresh = first is None
        ok = True
        for i, arg in enumerate(args):
            piece = arg + (", " if i + 1 < len(args) else close + tail)
            if not fresh and len(line + piece.rstrip()) > width:
                lines.append(line.rstrip())
                line, fresh = rest, True
            line += piece
            fresh = False
            if len(line.rstrip()) > width:
                ok = False
        lines.append(line.rstrip())
        if first is None:
            lines[0] = indent + head + open_
        if ok:
            return lines
    return lines


def signature(indent, head, params, tail, width=COLUMNS):
    """`head(params)tail`, broken after '(' when too long."""
    return call(indent, head, [params] if params else [], tail, width=width)


# Every file written, formatted with the tree's .clang-format once all are.
WRITTEN = []


def write(path, text):
    full = os.path.join(ROOT, path)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)
    WRITTEN.append(full)
    print("wrote", path)


def format_written():
    """Formats what was written as the rest of the tree is (.clang-format), so
    that the committed files are what a run of this script leaves."""
    clang_format = shutil.which("clang-format") or shutil.which("clang-format-14")
    if not clang_format:
        sys.exit("clang-format not found: install it (Debian: clang-format) and run again")
    subprocess.run([clang_format, "-i"] + sorted(set(WRITTEN)), check=True)


def replace_section(path, what, lines):
    """Replaces the lines between the BEGIN/END markers named `what` in `path`."""
    full = os.path.join(ROOT, path)
    with open(full, encoding="utf-8") as f:
        text = f.read()
    begin = BEGIN.format(what=what)
    end = END.format(what=what)
    pattern = re.compile(r"^([ \t]*)" + re.escape(begin) + r"\n.*?^[ \t]*" + re.escape(end) + "\n",
                         re.S | re.M)
    match = pattern.search(text)
    if not match:
        sys.exit("%s: no '%s' ... '%s' markers" % (path, begin, end))
    indent = match.group(1)
    body = "".join(line + "\n" for line in lines)
    new = "%s%s\n%s%s%s\n" % (indent, begin, body, indent, end)
    text = text[:match.start()] + new + text[match.end():]
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)
    WRITTEN.append(full)
    print("updated", path, "(%s)" % what)


# ------------------------------------------------------------------ model

class Model:
    def __init__(self, model):
        self.model = model
        self.shapes = model["shapes"]
        self.ops = model["operations"]
        for op in SUPPORTED_OPERATIONS:
            assert op in self.ops, op
        # Structs: name -> (shape dict or None for an operation without output).
        self.request_structs = {}
        self.response_structs = {}
        for op in SUPPORTED_OPERATIONS:
            spec = self.ops[op]
            assert spec["input"]["shape"] == op + "Request", op
            self.request_structs[op + "Request"] = self.shapes[spec["input"]["shape"]]
            output = spec.get("output")
            if output:
                assert output["shape"] == op + "Response", op
            self.response_structs[op + "Response"] = (
                self.shapes[output["shape"]] if output else {"type": "structure", "members": {}})
        self.top = dict(self.request_structs)
        self.top.update(self.response_structs)
        # Shared shapes, dependencies first, and which structs requests reach.
        self.shared = []  # names of structure / alias shapes, in emission order
        seen = set()
        for op in SUPPORTED_OPERATIONS:
            for name in (op + "Request", op + "Response"):
                for member in self.members(name):
                    self._visit(member["shape"], seen)
        self.request_reachable = set()
        for name in self.request_structs:
            self._reach(name)

    def struct(self, name):
        return self.top.get(name) or self.shapes[name]

    def members(self, name):
        """The modelled members of struct `name`: dicts with name, shape, required."""
        shape = self.struct(name)
        left_out = set(NOT_MODELLED.get(name, [])) | NOT_MODELLED_ANYWHERE
        for member in NOT_MODELLED.get(name, []):
            assert member in shape["members"], (name, member)
        required = set(shape.get("required", []))
        return [{"name": m, "shape": spec["shape"], "required": m in required,
                 "doc": spec.get("documentation", "")}
                for m, spec in shape["members"].items() if m not in left_out]

    def _visit(self, shape_name, seen):
        shape = self.shapes[shape_name]
        kind = shape["type"]
        if shape_name in seen:
            return
        if kind == "structure":
            seen.add(shape_name)
            for member in self.members(shape_name):
                self._visit(member["shape"], seen)
            self.shared.append(shape_name)
        elif kind == "list":
            self._visit(shape["member"]["shape"], seen)
            if shape_name in ALIASES:
                seen.add(shape_name)
                self.shared.append(shape_name)
        elif kind == "map":
            self._visit(shape["key"]["shape"], seen)
            self._visit(shape["value"]["shape"], seen)
            if shape_name in ALIASES:
                seen.add(shape_name)
                self.shared.append(shape_name)

    def _reach(self, name):
        if name in self.request_reachable:
            return
        self.request_reachable.add(name)
        for member in self.members(name):
            target = self.shapes[member["shape"]]
            if target["type"] == "list":
                target_name = target["member"]["shape"]
            else:
                target_name = member["shape"]
            if self.shapes[target_name]["type"] == "structure":
                self._reach(target_name)

    # ---- C++ types

    def cpp_type(self, shape_name):
        """The C++ type of a value of `shape_name` (never optional)."""
        shape = self.shapes[shape_name]
        kind = shape["type"]
        if kind == "string":
            if "enum" in shape:
                assert shape_name in ENUMS, "add %s to ENUMS" % shape_name
                return shape_name
            return "std::string"
        if kind == "boolean":
            return "bool"
        if kind == "integer":
            return "int"
        if kind == "long":
            return "std::int64_t"
        if kind == "timestamp":
            return "Timestamp"
        if kind == "structure":
            return shape_name
        if kind == "list":
            if shape_name in ALIASES:
                return shape_name
            return "std::vector<%s>" % self.cpp_type(shape["member"]["shape"])
        if kind == "map":
            if shape_name in ALIASES:
                return shape_name
            key = self.cpp_type(shape["key"]["shape"])
            assert key == "std::string", shape_name
            return "std::map<std::string, %s>" % self.cpp_type(shape["value"]["shape"])
        sys.exit("no C++ type for %s (%s)" % (shape_name, kind))

    def member_decl(self, struct_name, member):
        """(type, name, default) of a struct member."""
        key = "%s.%s" % (struct_name, member["name"])
        shape = self.shapes[member["shape"]]
        base = self.cpp_type(member["shape"])
        plain = member["required"] or key in PLAIN_MEMBERS or shape["type"] in ("list", "map")
        default = DEFAULTS.get(key)
        if plain and default is None and member["required"]:
            if base == "bool":
                default = "false"
            elif base in ("int", "std::int64_t"):
                default = "0"
            elif shape["type"] == "string" and "enum" in shape:
                sys.exit("%s is a required enum: give it a value in DEFAULTS" % key)
        return (base if plain else "std::optional<%s>" % base), snake(member["name"]), default

    def member_doc(self, struct_name, member):
        key = "%s.%s" % (struct_name, member["name"])
        shape = self.shapes[member["shape"]]
        text = "`%s`" % member["name"]
        details = []
        if member["required"]:
            details.append("required")
        if shape["type"] in ("integer", "long") and ("min" in shape or "max" in shape):
            details.append("%s-%s" % (shape.get("min", ""), shape.get("max", "")))
        if shape["type"] == "list" and ("min" in shape or "max" in shape):
            details.append("%s-%s entries" % (shape.get("min", 0), shape.get("max", "")))
        if key in MEMBER_NOTES:
            details.append(MEMBER_NOTES[key])
        if details:
            text += " (%s)" % "; ".join(details)
        return text + "."

    # ---- constraints

    def string_constrained(self, shape_name):
        shape = self.shapes[shape_name]
        return (shape["type"] == "string" and "enum" not in shape
                and any(k in shape for k in ("min", "max", "pattern")))

    def constraint(self, member):
        """The name of the model_shapes.h constant for a request member, or None."""
        name = member["shape"]
        shape = self.shapes[name]
        kind = shape["type"]
        if kind == "string":
            return name if self.string_constrained(name) else None
        if kind in ("integer", "long"):
            return name if ("min" in shape or "max" in shape) else None
        if kind == "list":
            element = shape["member"]["shape"]
            if "min" in shape or "max" in shape or self.string_constrained(element):
                return name
            return None
        if kind == "map":
            if self.string_constrained(shape["key"]["shape"]) or \
                    self.string_constrained(shape["value"]["shape"]):
                return name
            return None
        return None


# --------------------------------------------------------------- outputs

def gen_error_code(head, errors):
    lines = [head, "#ifndef COGNITO_FAKE_ERROR_CODE_H_", "#define COGNITO_FAKE_ERROR_CODE_H_", "",
             "namespace cognito_fake {", "",
             "/// Every exception shape of the cognito-idp service (%d in the model), plus"
             % len(errors),
             "/// `kOk` and the protocol-level errors that AWS's JSON 1.1 front end returns",
             "/// before a request reaches Cognito. `ErrorInfoFor()` gives each one's AWS name,",
             "/// HTTP status and retryable flag.",
             "enum class ErrorCode {",
             "  /// Not an error.",
             "  kOk = 0,"]
    for e in errors:
        lines.append("  /// AWS `%s`." % e)
        lines.append("  %s," % error_enumerator(e))
    lines += [
        "  /// Protocol level: the request body is not valid JSON or a member has the",
        "  /// wrong JSON type (`SerializationException`).",
        "  kSerialization,",
        "  /// Protocol level: the `X-Amz-Target` names no operation",
        "  /// (`UnknownOperationException`).",
        "  kUnknownOperation,",
        "  /// Not an AWS error: the provider does not implement this operation.",
        "  /// Sent on the wire as `UnknownOperationException`.",
        "  kUnimplemented,",
        "  /// Authentication (AWS's front end, before Cognito; iam-behavior.md §3): an",
        "  /// IAM operation without an `Authorization` header",
        "  /// (`MissingAuthenticationTokenException`).",
        "  kMissingAuthenticationToken,",
        "  /// Authentication: the SigV4 header lacks a part or its date is",
        "  /// malformed (`IncompleteSignatureException`).",
        "  kIncompleteSignature,",
        "  /// Authentication: the signature, its scope or its time is wrong",
        "  /// (`InvalidSignatureException`).",
        "  kInvalidSignature,",
        "  /// Authentication: the access key or session token is unknown",
        "  /// (`UnrecognizedClientException`).",
        "  kUnrecognizedClient,",
        "  /// Authentication: the session token has expired (`ExpiredTokenException`).",
        "  kExpiredToken,",
        "};", "",
        "/// Number of exception shapes in the cognito-idp model.",
        "inline constexpr int kServiceErrorCount = %d;" % len(errors), "",
        "}  // namespace cognito_fake", "", "#endif  // COGNITO_FAKE_ERROR_CODE_H_", ""]
    write("include/cognito_fake/error_code.h", "\n".join(lines))


# While src/internal/fake_impl.h and src/fake_identity_provider.cc expand
# COGNITO_FAKE_FOR_EACH_OPERATION without including internal/operation_list.h,
# operation.h keeps a copy of the macro for them. Set this to False (and
# regenerate) once they include internal/operation_list.h: the macro is then
# private to src/.
KEEP_MACRO_IN_OPERATION_H = False


def for_each_macro():
    return ["#define COGNITO_FAKE_FOR_EACH_OPERATION(X) \\"] + [
        "  X(%s)%s" % (op, " \\" if i + 1 < len(SUPPORTED_OPERATIONS) else "")
        for i, op in enumerate(SUPPORTED_OPERATIONS)]


def gen_operation(head):
    lines = [head, "#ifndef COGNITO_FAKE_OPERATION_H_", "#define COGNITO_FAKE_OPERATION_H_", "",
             "/// @file",
             "/// `Operation`: the cognito-idp operations that `IdentityProvider` declares.", "",
             "namespace cognito_fake {", "",
             "/// The cognito-idp operations that `IdentityProvider` declares.",
             "enum class Operation {"]
    for op in SUPPORTED_OPERATIONS:
        lines.append("  k%s,  ///< `%s`" % (op, op))
    lines += ["};", "",
              "/// Number of enumerators in `Operation`.",
              "inline constexpr int kOperationCount = %d;" % len(SUPPORTED_OPERATIONS), "",
              "}  // namespace cognito_fake", ""]
    if KEEP_MACRO_IN_OPERATION_H:
        lines += ["/// @cond",
                  "// Not part of the API: a transitional copy of src/internal/operation_list.h's",
                  "// macro, until every file of src/ that expands it includes that header.",
                  "#ifndef COGNITO_FAKE_FOR_EACH_OPERATION"] + for_each_macro() + [
                  "#endif", "/// @endcond", ""]
    lines += ["#endif  // COGNITO_FAKE_OPERATION_H_", ""]
    write("include/cognito_fake/operation.h", "\n".join(lines))

    lines = [head, "#ifndef COGNITO_FAKE_SRC_INTERNAL_OPERATION_LIST_H_",
             "#define COGNITO_FAKE_SRC_INTERNAL_OPERATION_LIST_H_", "",
             "// Calls `X(Name)` once per supported operation, in `Operation` order: the one",
             "// list that the private, mechanical layers of src/ (wire dispatch, the fake's",
             "// wrappers, printers) expand instead of repeating the operation names. Public",
             "// headers declare each operation explicitly instead.", "",
             "#include <cognito_fake/operation.h>", "",
             "#ifndef COGNITO_FAKE_FOR_EACH_OPERATION"] + for_each_macro() + [
             "#endif", "", "#endif  // COGNITO_FAKE_SRC_INTERNAL_OPERATION_LIST_H_", ""]
    write("src/internal/operation_list.h", "\n".join(lines))


def gen_enums(head, shapes):
    lines = [head, "#ifndef COGNITO_FAKE_ENUMS_H_", "#define COGNITO_FAKE_ENUMS_H_", "",
             "#include <optional>", "#include <ostream>", "#include <string_view>", "",
             "namespace cognito_fake {", "",
             "/// Parses the AWS spelling of an enum value; `std::nullopt` if `text` is not",
             "/// one of the model's values for `E`. Specialised for every enum below.",
             "template <typename E>",
             "std::optional<E> FromString(std::string_view text);", ""]
    for name in ENUMS:
        values = shapes[name]["enum"]
        lines.append("/// The model's `%s`: %s." % (name, ", ".join("`%s`" % v for v in values)))
        lines.append("enum class %s {" % name)
        for v in values:
            lines.append("  %s,  ///< `%s`" % (enumerator(v), v))
        lines.append("};")
        lines.append("/// The AWS spelling of `value`.")
        lines.append("std::string_view ToString(%s value);" % name)
        lines.append("/// Parses the AWS spelling of a `%s`." % name)
        lines.append("template <>")
        lines.append("std::optional<%s> FromString<%s>(std::string_view text);" % (name, name))
        lines.append("/// Streams the AWS spelling, so the value prints readably in test failures.")
        lines.append("std::ostream& operator<<(std::ostream& os, %s value);" % name)
        lines.append("")
    lines += ["}  // namespace cognito_fake", "", "#endif  // COGNITO_FAKE_ENUMS_H_", ""]
    write("include/cognito_fake/enums.h", "\n".join(lines))


def gen_tables(head, model, errors, faults):
    shapes = model["shapes"]
    out = [head, '#include "internal/generated_tables.h"', "",
           "#include <cognito_fake/enums.h>", "", "namespace cognito_fake {", "namespace internal {", "",
           "const ErrorRow kErrorTable[] = {",
           '    {ErrorCode::kOk, "", 200, 200, false, false},']
    for e in errors:
        fault = e in faults
        status = 500 if fault else 400
        model_status = 500 if fault else MODEL_HTTP_STATUS.get(e, 400)
        out.append('    {ErrorCode::%s, "%s", %d, %d, %s, %s},' % (
            error_enumerator(e), e, status, model_status,
            "true" if e in RETRYABLE else "false", "true" if fault else "false"))
    out += ['    {ErrorCode::kSerialization, "SerializationException", 400, 400, false, false},',
            '    {ErrorCode::kUnknownOperation, "UnknownOperationException", 400, 400, false, false},',
            '    {ErrorCode::kUnimplemented, "UnknownOperationException", 400, 400, false, false},',
            '    {ErrorCode::kMissingAuthenticationToken, "MissingAuthenticationTokenException", 400, 400,',
            '     false, false},',
            '    {ErrorCode::kIncompleteSignature, "IncompleteSignatureException", 400, 400, false, false},',
            '    {ErrorCode::kInvalidSignature, "InvalidSignatureException", 400, 400, false, false},',
            '    {ErrorCode::kUnrecognizedClient, "UnrecognizedClientException", 400, 400, false, false},',
            '    {ErrorCode::kExpiredToken, "ExpiredTokenException", 400, 400, false, false},',
            "};", "const int kErrorTableSize = sizeof(kErrorTable) / sizeof(kErrorTable[0]);", ""]
    for op in SUPPORTED_OPERATIONS:
        errs = model["operations"][op].get("errors", [])
        out.append("static const ErrorCode k%sErrors[] = {" % op)
        for e in errs:
            out.append("    ErrorCode::%s," % error_enumerator(e["shape"]))
        out.append("};")
    out += ["", "const OperationRow kOperationTable[] = {"]
    for op in SUPPORTED_OPERATIONS:
        errs = model["operations"][op].get("errors", [])
        auth = model["operations"][op].get("authtype") == "none"
        out.append('    {Operation::k%s, "%s", %s, k%sErrors, %d},' % (
            op, op, "false" if auth else "true", op, len(errs)))
    out += ["};", ""]
    out.append("const char* const kModelOperationNames[] = {")
    for op in sorted(model["operations"]):
        out.append('    "%s",' % op)
    out += ["};", "const int kModelOperationCount =",
            "    sizeof(kModelOperationNames) / sizeof(kModelOperationNames[0]);", ""]
    for name in ENUMS:
        values = shapes[name]["enum"]
        out.append("static const EnumName<%s> k%sNames[] = {" % (name, name))
        for v in values:
            out.append('    {%s::%s, "%s"},' % (name, enumerator(v), v))
        out.append("};")
        out.append("std::string_view ToStringImpl(%s value) { return Lookup(k%sNames, value); }" % (name, name))
        out.append("std::optional<%s> ParseImpl(std::string_view text, %s*) {" % (name, name))
        out.append("  return Parse(k%sNames, text);" % name)
        out.append("}")
        out.append("")
    out += ["}  // namespace internal", ""]
    for name in ENUMS:
        out.append("std::string_view ToString(%s value) { return internal::ToStringImpl(value); }" % name)
        out.append("template <>")
        out.append("std::optional<%s> FromString<%s>(std::string_view text) {" % (name, name))
        out.append("  return internal::ParseImpl(text, static_cast<%s*>(nullptr));" % name)
        out.append("}")
        out.append("std::ostream& operator<<(std::ostream& os, %s value) { return os << ToString(value); }" % name)
    out += ["", "}  // namespace cognito_fake", ""]
    write("src/generated_tables.cc", "\n".join(out))


def struct_lines(m, name, doc):
    """A struct definition with its members' trailing comments."""
    members = m.members(name)
    lines = wrap(doc, "", "/// ")
    if not members:
        return lines + ["struct %s {};" % name]
    lines.append("struct %s {" % name)
    decls = []
    for member in members:
        cpp, field, default = m.member_decl(name, member)
        decl = "  %s %s%s;" % (cpp, field, " = %s" % default if default else "")
        decls.append((decl, m.member_doc(name, member)))
    # Trailing comments aligned in runs, as clang-format does; a comment that
    # does not fit behind its member goes above it and ends the run.
    runs, run = [], []
    for decl, comment in decls:
        if len(decl + "  ///< " + comment) > COLUMNS:
            runs += [run, [(decl, comment, False)]]
            run = []
            continue
        widest = max([len(d) for d, _, _ in run] + [len(decl)]) + 2
        if any(widest + len("///< " + c) > COLUMNS for _, c, _ in run + [(decl, comment, True)]):
            runs.append(run)
            run = []
        run.append((decl, comment, True))
    runs.append(run)
    for run in runs:
        column = max([len(d) for d, _, _ in run] + [0]) + 2
        for decl, comment, trailing in run:
            if trailing:
                lines.append(decl.ljust(column) + "///< " + comment)
            else:
                lines += wrap(comment, "  ", "/// ")
                lines.append(decl)
    if name in EQUALITY_COMPARABLE:
        fields = [m.member_decl(name, member)[1] for member in members]
        lines.append("  /// Memberwise equality.")
        lines.append("  friend bool operator==(const %s& a, const %s& b) {" % (name, name))
        terms = ["a.%s == b.%s" % (f, f) for f in fields]
        text = "    return " + " && ".join(terms) + ";"
        if len(text) <= COLUMNS:
            lines.append(text)
        else:
            line = "    return " + terms[0]
            for term in terms[1:]:
                if len(line + " && " + term) > COLUMNS - 3:
                    lines.append(line + " &&")
                    line = "           " + term
                else:
                    line += " && " + term
            lines.append(line + ";")
        lines.append("  }")
    lines.append("};")
    return lines


def shape_doc(m, name):
    note = STRUCT_NOTES.get(name)
    if note is None:
        sentence = first_sentence(m.shapes[name].get("documentation", ""))
        note = sentence[:1].lower() + sentence[1:] if sentence else ""
    return "`%s`%s" % (name, ": " + note if note else ".")


def gen_model_types(head, m):
    lines = [head, "#ifndef COGNITO_FAKE_MODEL_TYPES_H_", "#define COGNITO_FAKE_MODEL_TYPES_H_", "",
             "/// @file",
             "/// The cognito-idp data shapes that the supported operations share (`UserPoolType`,",
             "/// `UserType`, `CodeDeliveryDetailsType`, ...). Each struct is named after its AWS",
             "/// shape and each member after the AWS member, in snake_case and in the model's",
             "/// order, so the AWS API reference reads beside the code. Optional AWS members are",
             "/// `std::optional`: an unset optional is an omitted member on the wire; an empty",
             "/// list or map is omitted too. Members of features the fake does not have are",
             "/// left out. Include `cognito_fake/types.h`, which adds printers and helpers.", "",
             "#include <cognito_fake/enums.h>", "",
             "#include <chrono>"]
    if any(m.shapes[x["shape"]]["type"] == "long" for n in m.shared
           if m.shapes[n]["type"] == "structure" for x in m.members(n)):
        lines.append("#include <cstdint>")
    lines += ["#include <map>", "#include <optional>", "#include <string>", "#include <vector>", "",
              "namespace cognito_fake {", "",
              "/// A point in time as Cognito reports it (epoch seconds on the wire).",
              "using Timestamp = std::chrono::system_clock::time_point;", ""]
    for name in m.shared:
        shape = m.shapes[name]
        if shape["type"] == "structure":
            lines += struct_lines(m, name, shape_doc(m, name))
        else:
            target = ("std::vector<%s>" % m.cpp_type(shape["member"]["shape"])
                      if shape["type"] == "list" else
                      "std::map<std::string, %s>" % m.cpp_type(shape["value"]["shape"]))
            lines += wrap(shape_doc(m, name), "", "/// ")
            lines.append("using %s = %s;" % (name, target))
        lines.append("")
    lines += ["}  // namespace cognito_fake", "", "#endif  // COGNITO_FAKE_MODEL_TYPES_H_", ""]
    write("include/cognito_fake/model_types.h", "\n".join(lines))


def gen_requests(head, m):
    lines = [head, "#ifndef COGNITO_FAKE_REQUESTS_H_", "#define COGNITO_FAKE_REQUESTS_H_", "",
             "/// @file",
             "/// Request and response structs, one pair per supported operation, named",
             "/// `<Operation>Request` / `<Operation>Response` as in the AWS API reference.",
             "/// Members are the AWS members in snake_case, in the model's order. Required AWS",
             "/// members are plain values (an empty string is sent as `\"\"` and fails the",
             "/// model's length check, as with aws-sdk-cpp); optional members are",
             "/// `std::optional` or empty containers.",
             "///",
             "/// Members AWS accepts but that carry no behaviour in a fake",
             "/// (`AnalyticsMetadata`, `UserContextData`, `ContextData`) are not modelled.",
             "/// Every request and response prints as `{Member: value, ...}` in AWS member",
             "/// names, unset members left out and secrets (passwords, tokens, sessions,",
             "/// secret hashes) shown as `<redacted>`, so gtest failures read well.", "",
             "#include <cognito_fake/enums.h>",
             "#include <cognito_fake/operation.h>",
             "#include <cognito_fake/types.h>", "",
             "#include <map>", "#include <optional>", "#include <ostream>", "#include <string>",
             "#include <vector>", "",
             "namespace cognito_fake {", ""]
    for section, ops in SECTIONS:
        lines.append("// " + "-" * (76 - len(section)) + " " + section)
        lines.append("")
        for op in ops:
            for kind, word in (("Request", "input"), ("Response", "output")):
                name = op + kind
                doc = "`%s` %s" % (op, word)
                if not m.members(name):
                    doc += " (empty)"
                doc += (": " + STRUCT_NOTES[name]) if name in STRUCT_NOTES else "."
                lines += struct_lines(m, name, doc)
                lines.append("/// Prints the %s as `{Member: value, ...}`, secrets redacted." %
                             word.replace("input", "request").replace("output", "response"))
                lines += signature("", "std::ostream& operator<<",
                                   "std::ostream& os, const %s& value" % name, ";")
            lines.append("")
    lines += ["}  // namespace cognito_fake", "", "#endif  // COGNITO_FAKE_REQUESTS_H_", ""]
    write("include/cognito_fake/requests.h", "\n".join(lines))


def pattern_name(text):
    if text not in PATTERN_NAMES:
        sys.exit("pattern %r has no name: add it to PATTERN_NAMES and its matcher to "
                 "src/patterns.cc" % text)
    return PATTERN_NAMES[text]


def gen_model_shapes(head, m):
    """The constraint constants the field table passes for request members."""
    used = set()
    for name in sorted(m.request_reachable):
        for member in m.members(name):
            constraint = m.constraint(member)
            if constraint:
                used.add(constraint)
    strings, integers, lists, maps = set(), set(), set(), set()
    for name in used:
        shape = m.shapes[name]
        kind = shape["type"]
        if kind == "string":
            strings.add(name)
        elif kind in ("integer", "long"):
            integers.add(name)
        elif kind == "list":
            lists.add(name)
            element = shape["member"]["shape"]
            if m.string_constrained(element):
                strings.add(element)
        elif kind == "map":
            maps.add(name)
            for part in ("key", "value"):
                strings.add(shape[part]["shape"])
    patterns = {}
    for name in strings:
        if "pattern" in m.shapes[name]:
            text = m.shapes[name]["pattern"]
            patterns.setdefault(pattern_name(text), (text, []))[1].append(name)
    order = ["kNone"] + [n for n in PATTERN_NAMES.values() if n in patterns]

    lines = [head, "#ifndef COGNITO_FAKE_SRC_INTERNAL_MODEL_SHAPES_H_",
             "#define COGNITO_FAKE_SRC_INTERNAL_MODEL_SHAPES_H_", "",
             "// The constraints the cognito-idp model puts on the members of the supported",
             "// requests: string lengths (in UTF-16 code units, as Java counts) and patterns,",
             "// integer ranges, list lengths, map keys and values, and which members are",
             "// sensitive (never echoed in a message). src/wire/fields.h passes each request",
             "// member's constraint to the field visitors; internal/validation.h checks them.",
             "", "#include <string_view>", "",
             "namespace cognito_fake {", "namespace internal {", "",
             "// The model's regular expression patterns that the supported requests use.",
             "// internal/patterns.h gives each one its Java semantics.",
             "enum class Pattern {",
             "  kNone,  // no pattern"]
    for name in order[1:]:
        text, users = patterns[name]
        lines.append("  %s,  // %s" % (name, ", ".join(sorted(users))))
    lines += ["};",
              "// Number of enumerators in Pattern.",
              "inline constexpr int kPatternCount = %d;" % len(order), "",
              "// The pattern's text exactly as the model (and AWS's messages) spell it.",
              "constexpr std::string_view PatternText(Pattern pattern) {",
              "  switch (pattern) {",
              '    case Pattern::kNone:',
              '      return "";']
    for name in order[1:]:
        lines.append("    case Pattern::%s:" % name)
        text = patterns[name][0]
        chunks = [text[i:i + 60] for i in range(0, len(text), 60)]
        if len(chunks) == 1:
            lines.append("      return %s;" % cpp_string(text))
        else:
            lines.append("      return %s" % cpp_string(chunks[0]))
            lines += ["             %s" % cpp_string(c) for c in chunks[1:-1]]
            lines.append("             %s;" % cpp_string(chunks[-1]))
    lines += ["  }", '  return "";', "}", "",
              "// A string shape: -1 is no bound.",
              "struct StringShape {",
              "  int min_length = -1;",
              "  int max_length = -1;",
              "  Pattern pattern = Pattern::kNone;",
              "  bool sensitive = false;",
              "};",
              "// An integer shape's range.",
              "struct IntegerShape {",
              "  long long min;",
              "  long long max;",
              "};",
              "// A list shape: its length bounds (-1: none) and its elements' shape when",
              "// they are constrained strings. An empty list is an absent member, not",
              "// checked, unless `checked_when_empty`.",
              "struct ListShape {",
              "  int min_length = -1;",
              "  int max_length = -1;",
              "  const StringShape* element = nullptr;",
              "  bool checked_when_empty = false;",
              "};",
              "// A map shape: its keys' and values' shapes.",
              "struct MapShape {",
              "  const StringShape* key;",
              "  const StringShape* value;",
              "};", ""]
    for name in sorted(strings):
        shape = m.shapes[name]
        pattern = pattern_name(shape["pattern"]) if "pattern" in shape else "kNone"
        lines += call("", "inline constexpr StringShape k" + name,
                      [str(shape.get("min", -1)), str(shape.get("max", -1)), "Pattern::" + pattern,
                       "true" if shape.get("sensitive") else "false"], ";", "{}")
    lines.append("")
    for name in sorted(integers):
        shape = m.shapes[name]
        low = shape.get("min", -2 ** 63 if shape["type"] == "long" else -2 ** 31)
        high = shape.get("max", 2 ** 63 - 1 if shape["type"] == "long" else 2 ** 31 - 1)
        lines.append("inline constexpr IntegerShape k%s{%d, %d};" % (name, low, high))
    lines.append("")
    for name in sorted(lists):
        shape = m.shapes[name]
        element = shape["member"]["shape"]
        lines.append("inline constexpr ListShape k%s{%d, %d, %s, %s};" % (
            name, shape.get("min", -1), shape.get("max", -1),
            "&k" + element if m.string_constrained(element) else "nullptr",
            "true" if name in CHECKED_WHEN_EMPTY else "false"))
    lines.append("")
    for name in sorted(maps):
        shape = m.shapes[name]
        lines.append("inline constexpr MapShape k%s{&k%s, &k%s};" % (
            name, shape["key"]["shape"], shape["value"]["shape"]))
    lines += ["", "}  // namespace internal", "}  // namespace cognito_fake", "",
              "#endif  // COGNITO_FAKE_SRC_INTERNAL_MODEL_SHAPES_H_", ""]
    write("src/internal/model_shapes.h", "\n".join(lines))


def fields_lines(m, name):
    members = m.members(name)
    if not members:
        return ["COGNITO_FAKE_FIELDS(%s) { (void)v, (void)t; }" % name]
    lines = ["COGNITO_FAKE_FIELDS(%s) {" % name]
    for member in members:
        key = "%s.%s" % (name, member["name"])
        required = (member["required"] or key in ALWAYS_SENT) and \
            key not in ABSENT_READS_AS_DEFAULT
        field = snake(member["name"])
        args = ['"%s"' % member["name"], "t." + field]
        constraint = m.constraint(member) if name in m.request_reachable else None
        if constraint:
            args.append("internal::k" + constraint)
        lines += call("  ", "v.Required" if required else "v", args, ";")
    lines.append("}")
    return lines


def gen_fields(head, m):
    lines = [head, "#ifndef COGNITO_FAKE_SRC_WIRE_FIELDS_H_", "#define COGNITO_FAKE_SRC_WIRE_FIELDS_H_",
             "",
             "// The one table that maps every AWS member name to its C++ member, for every",
             "// shape the supported operations send or receive. `Fields(visitor, value)` calls",
             "// `visitor(name, member[, constraint])` or `visitor.Required(name, member[,",
             "// constraint])` once per member, in the model's order. In a request, Required",
             "// marks the model's required members; in a response, the members AWS always",
             "// sends (an empty `Users` list, `ChallengeParameters: {}`). Members of the",
             "// shapes a request reaches carry their model constraint (internal/model_shapes.h)",
             "// when they have one; visitors that do not check them ignore the argument. The",
             "// JSON reader and writer, the state export, the printers and the request",
             "// validation all walk this table; none of them knows a shape by name.",
             "//",
             "// Member names are exactly the model's (note `SMSMessage`, `KMSKeyID`,",
             "// `MFAOptions`, `UserMFASettingList`, and `Attributes` in UserType versus",
             "// `UserAttributes` in AdminGetUser's output).", "",
             '#include "internal/model_shapes.h"',
             '#include "wire/field_traits.h"', "",
             "#include <cognito_fake/requests.h>",
             "#include <cognito_fake/types.h>", "",
             "namespace cognito_fake {", "namespace wire {", "",
             "// --------------------------------------------------------------- shared types", ""]
    for name in m.shared:
        if m.shapes[name]["type"] == "structure":
            lines += fields_lines(m, name)
    for section, ops in SECTIONS:
        lines += ["", "// " + "-" * (76 - len(section)) + " " + section, ""]
        for op in ops:
            lines += fields_lines(m, op + "Request")
            lines += fields_lines(m, op + "Response")
    lines += ["", "}  // namespace wire", "}  // namespace cognito_fake", "",
              "#endif  // COGNITO_FAKE_SRC_WIRE_FIELDS_H_", ""]
    write("src/wire/fields.h", "\n".join(lines))


def declaration(op, prefix, suffix, indent="  "):
    return signature(indent, "%sStatusOr<%sResponse> %s" % (prefix, op, op),
                     "const %sRequest& request" % op, suffix)


def gen_sections(m):
    # IdentityProvider: the virtual methods, with the model's first sentence
    # and the contract.
    lines = []
    for section, ops in SECTIONS:
        lines += ["", "  // " + "-" * (76 - len(section)) + " " + section, ""]
        for op in ops:
            errors = [e["shape"] for e in m.ops[op].get("errors", [])]
            lines += wrap(first_sentence(m.ops[op].get("documentation", "")), "  ", "/// ")
            lines.append("  ///")
            lines += wrap("Returns the `%sResponse`, or one of the operation's documented errors "
                          "as a `Status`: %s. The default body answers `ErrorCode::kUnimplemented`."
                          % (op, ", ".join("`%s`" % e for e in errors)), "  ", "/// ")
            lines += declaration(op, "virtual ", ";")
            lines.append("")
    lines = [line for i, line in enumerate(lines) if line or (i > 0 and lines[i - 1])]
    while lines and not lines[0]:
        del lines[0]
    while lines and not lines[-1]:
        del lines[-1]
    replace_section("include/cognito_fake/identity_provider.h", "operations", lines)

    lines = []
    for op in SUPPORTED_OPERATIONS:
        lines += wrap(FAKE_NOTES[op], "  ", "/// ")
        lines += declaration(op, "", " override;")
    replace_section("include/cognito_fake/fake_identity_provider.h", "operations", lines)

    lines = []
    for op in SUPPORTED_OPERATIONS:
        lines += wrap("Runs the rules on `%s`; unless one fails the call, forwards it to the "
                      "wrapped provider." % op, "  ", "/// ")
        lines += declaration(op, "", " override;")
    replace_section("include/cognito_fake/fault_injector.h", "operations", lines)

    lines = []
    for op in SUPPORTED_OPERATIONS:
        lines.append("  /// Mocks `IdentityProvider::%s`." % op)
        lines += call("  ", "MOCK_METHOD", ["StatusOr<%sResponse>" % op, op,
                                            "(const %sRequest& request)" % op, "(override)"], ";")
    replace_section("include/cognito_fake/mocks.h", "operations", lines)

    # The aws-sdk-cpp client's mock: the SDK names each operation's outcome
    # and request `Model::<Op>Outcome` and `Model::<Op>Request`.
    lines = []
    for op in SUPPORTED_OPERATIONS:
        lines.append("  /// Mocks `CognitoIdentityProviderClient::%s`; by default calls it." % op)
        lines += call("  ", "MOCK_METHOD", [
            "Aws::CognitoIdentityProvider::Model::%sOutcome" % op, op,
            "(const Aws::CognitoIdentityProvider::Model::%sRequest& request)" % op,
            "(const, override)"], ";")
    replace_section("include/cognito_fake/aws_sdk/mock_client.h", "mocked operations", lines)
    replace_section("include/cognito_fake/aws_sdk/mock_client.h", "request headers",
                    ["#include <aws/cognito-idp/model/%sRequest.h>" % op
                     for op in sorted(SUPPORTED_OPERATIONS)])
    lines = []
    for op in SUPPORTED_OPERATIONS:
        lines += ["    ON_CALL(*this, %s).WillByDefault([this](const auto& request) {" % op,
                  "      return Base::%s(request);" % op, "    });"]
    replace_section("include/cognito_fake/aws_sdk/mock_client.h", "delegation", lines)

    lines = []
    for op in SUPPORTED_OPERATIONS:
        lines.append("  /// Sends `%s` through the transport and parses the answer." % op)
        lines += declaration(op, "", " override;")
    replace_section("include/cognito_fake/wire_client.h", "operations", lines)

    lines = []
    for op in SUPPORTED_OPERATIONS:
        lines += ["  /// The handler of `%sAsync`: `(provider, request, result)`." % op,
] + call("  ", "using %sHandler = Handler" % op, ["%sRequest" % op, "%sResponse" % op],
                       ";", "<>")
        if len(lines[-1]) > COLUMNS:
            del lines[-2:]
            lines += ["  using %sHandler =" % op,
                      "      Handler<%sRequest, %sResponse>;" % (op, op)]
        lines += [
                  "  /// Starts `%s` on another thread; the future holds its result." % op]
        lines += signature("  ", "std::future<StatusOr<%sResponse>> %sCallable" % (op, op),
                           "%sRequest request" % op, " {")
        lines += ["    return StartCallable(std::move(request), &IdentityProvider::%s);" % op, "  }",
                  "  /// Starts `%s` on another thread and calls `handler` with the result." % op]
        lines += call("  ", "void %sAsync" % op, ["%sRequest request" % op, "%sHandler handler" % op],
                      " {")
        lines += call("    ", "StartAsync", ["std::move(request)", "std::move(handler)",
                                           "&IdentityProvider::%s" % op], ";")
        lines.append("  }")
    replace_section("include/cognito_fake/async.h", "operations", lines)

    # Definitions.
    lines = []
    for op in SUPPORTED_OPERATIONS:
        lines += signature("", "StatusOr<%sResponse> IdentityProvider::%s" % (op, op),
                           "const %sRequest&" % op, " {")
        lines += ['  return Unsupported("%s");' % op, "}"]
    replace_section("src/identity_provider.cc", "operations", lines)


    lines = []
    for op in SUPPORTED_OPERATIONS:
        text = "  ON_CALL(*this, %s).WillByDefault([&provider](const %sRequest& request) {" % (op, op)
        if len(text) > COLUMNS:
            text = ("  ON_CALL(*this, %s)\n      .WillByDefault([&provider](const %sRequest& request) {"
                    % (op, op))
        lines += text.split("\n") + ["    return provider.%s(request);" % op, "  });"]
    replace_section("src/mocks.cc", "operations", lines)


def main():
    model, path = load_model(sys.argv[1] if len(sys.argv) > 1 else None)
    shapes = model["shapes"]
    version = model["metadata"].get("apiVersion", "?")
    try:
        import botocore

        version = "botocore %s, api %s" % (botocore.__version__, version)
    except ImportError:
        version = "api " + version
    head = HEADER.format(version=version)

    errors = sorted(k for k, v in shapes.items() if v.get("exception"))
    faults = {k for k in errors if shapes[k].get("fault")}
    m = Model(model)

    gen_error_code(head, errors)
    gen_operation(head)
    gen_enums(head, shapes)
    gen_tables(head, model, errors, faults)
    gen_model_types(head, m)
    gen_requests(head, m)
    gen_model_shapes(head, m)
    gen_fields(head, m)
    gen_sections(m)
    format_written()


if __name__ == "__main__":
    main()
