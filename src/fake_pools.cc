// User pools and app clients: CreateUserPool, DescribeUserPool,
// DeleteUserPool, CreateUserPoolClient, DescribeUserPoolClient.

#include <algorithm>
#include <set>

#include "internal/fake_impl.h"
#include "internal/messages.h"
#include "internal/schema.h"
#include "internal/token_issuer.h"

namespace cognito_fake {

namespace msg = internal::msg;
using internal::InvalidParameter;

using internal::ClientRecord;
using internal::PoolRecord;

namespace {

constexpr std::string_view kPoolIdAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr std::string_view kLowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789";

// Semantic checks of CreateUserPool that the model's constraints cannot express.
Status CheckPoolSettings(const CreateUserPoolRequest& request) {
  if (!request.alias_attributes.empty() && !request.username_attributes.empty()) {
    return InvalidParameter(std::string(msg::kAliasAndUsernameAttributes));
  }
  if (request.account_recovery_setting) {
    const auto& mechanisms = request.account_recovery_setting->recovery_mechanisms;
    std::set<int> priorities;
    std::set<RecoveryOptionNameType> names;
    bool admin_only = false;
    for (const auto& option : mechanisms) {
      if (!priorities.insert(option.priority).second || !names.insert(option.name).second) {
        return InvalidParameter(std::string(msg::kRecoveryNotUnique));
      }
      admin_only |= option.name == RecoveryOptionNameType::kAdminOnly;
    }
    if (admin_only && mechanisms.size() > 1) {
      return InvalidParameter(std::string(msg::kAdminOnlyCombined));
    }
  }
  std::set<std::string> custom_names;
  for (const SchemaAttributeType& attribute : request.schema) {
    const std::string name = attribute.name.value_or("");
    if (internal::FindStandardAttribute(name) != nullptr) continue;  // tuning a standard one
    if (!custom_names.insert(name).second) {
      return InvalidParameter(msg::DuplicateSchemaAttribute(name));
    }
    if (attribute.required.value_or(false)) {
      return InvalidParameter(std::string(msg::kRequiredCustomAttribute));
    }
  }
  return Status();
}

internal::EffectivePasswordPolicy ResolvePolicy(const std::optional<UserPoolPolicyType>& policies) {
  internal::EffectivePasswordPolicy policy;  // AWS's policy for a pool created without one
  if (!policies || !policies->password_policy) return policy;
  const PasswordPolicyType& given = *policies->password_policy;
  policy.minimum_length = given.minimum_length.value_or(8);
  policy.require_uppercase = given.require_uppercase.value_or(false);
  policy.require_lowercase = given.require_lowercase.value_or(false);
  policy.require_numbers = given.require_numbers.value_or(false);
  policy.require_symbols = given.require_symbols.value_or(false);
  policy.password_history_size = given.password_history_size.value_or(0);
  const int days = given.temporary_password_validity_days.value_or(0);
  policy.temporary_password_validity_days = days == 0 ? 7 : days;
  return policy;
}

PasswordPolicyType Describe(const internal::EffectivePasswordPolicy& policy) {
  PasswordPolicyType described;
  described.minimum_length = policy.minimum_length;
  described.require_uppercase = policy.require_uppercase;
  described.require_lowercase = policy.require_lowercase;
  described.require_numbers = policy.require_numbers;
  described.require_symbols = policy.require_symbols;
  if (policy.password_history_size > 0)
    described.password_history_size = policy.password_history_size;
  described.temporary_password_validity_days = policy.temporary_password_validity_days;
  return described;
}

}  // namespace

StatusOr<CreateUserPoolResponse> FakeIdentityProvider::Impl::CreateUserPool(
    const CreateUserPoolRequest& request) {
  if (Status status = CheckPoolSettings(request); !status.ok()) return status;

  std::string id;
  do {
    id = options.region + "_" + state.random.FromAlphabet(kPoolIdAlphabet, 9);
  } while (state.pools.HasPool(id));

  PoolRecord pool;
  pool.keys = NextPoolKeys(id);
  pool.policy = ResolvePolicy(request.policies);
  pool.case_sensitive =
      !request.username_configuration || request.username_configuration->case_sensitive;

  UserPoolType& d = pool.description;
  const Timestamp now = Now();
  d.id = id;
  d.name = request.pool_name;
  d.policies = UserPoolPolicyType{Describe(pool.policy)};
  d.deletion_protection = request.deletion_protection.value_or(DeletionProtectionType::kInactive);
  d.lambda_config = request.lambda_config.value_or(LambdaConfigType{});
  d.last_modified_date = now;
  d.creation_date = now;
  d.schema_attributes = internal::DescribeSchema(request.schema);
  d.auto_verified_attributes = request.auto_verified_attributes;
  d.alias_attributes = request.alias_attributes;
  d.username_attributes = request.username_attributes;
  d.sms_verification_message = request.sms_verification_message;
  d.email_verification_message = request.email_verification_message;
  d.email_verification_subject = request.email_verification_subject;
  VerificationMessageTemplateType tmpl =
      request.verification_message_template.value_or(VerificationMessageTemplateType{});
  // The template and the legacy members describe the same texts; AWS keeps
  // them in step, so DescribeUserPool shows both.
  if (!tmpl.sms_message) tmpl.sms_message = request.sms_verification_message;
  if (!tmpl.email_message) tmpl.email_message = request.email_verification_message;
  if (!tmpl.email_subject) tmpl.email_subject = request.email_verification_subject;
  if (!d.sms_verification_message) d.sms_verification_message = tmpl.sms_message;
  if (!d.email_verification_message) d.email_verification_message = tmpl.email_message;
  if (!d.email_verification_subject) d.email_verification_subject = tmpl.email_subject;
  if (!tmpl.default_email_option)
    tmpl.default_email_option = DefaultEmailOptionType::kConfirmWithCode;
  d.verification_message_template = tmpl;
  d.sms_authentication_message = request.sms_authentication_message;
  d.mfa_configuration = request.mfa_configuration.value_or(UserPoolMfaType::kOff);
  EmailConfigurationType email = request.email_configuration.value_or(EmailConfigurationType{});
  if (!email.email_sending_account)
    email.email_sending_account = EmailSendingAccountType::kCognitoDefault;
  d.email_configuration = email;
  d.sms_configuration = request.sms_configuration;
  d.user_pool_tags = request.user_pool_tags;
  AdminCreateUserConfigType admin =
      request.admin_create_user_config.value_or(AdminCreateUserConfigType{});
  if (!admin.allow_admin_create_user_only) admin.allow_admin_create_user_only = false;
  if (!admin.unused_account_validity_days) {
    admin.unused_account_validity_days = pool.policy.temporary_password_validity_days;
  }
  d.admin_create_user_config = admin;
  d.username_configuration = request.username_configuration;
  d.arn = "arn:aws:cognito-idp:" + options.region + ":" + options.account_id + ":userpool/" + id;
  d.account_recovery_setting = request.account_recovery_setting;

  CreateUserPoolResponse response;
  response.user_pool = d;
  response.user_pool->estimated_number_of_users = 0;
  state.pools.AddPool(id, std::move(pool));
  return response;
}

StatusOr<DescribeUserPoolResponse> FakeIdentityProvider::Impl::DescribeUserPool(
    const DescribeUserPoolRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  DescribeUserPoolResponse response;
  response.user_pool = (*pool)->description;
  response.user_pool->estimated_number_of_users = static_cast<int>((*pool)->users.size());
  return response;
}

StatusOr<DeleteUserPoolResponse> FakeIdentityProvider::Impl::DeleteUserPool(
    const DeleteUserPoolRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  if ((*pool)->description.deletion_protection == DeletionProtectionType::kActive) {
    return internal::msg::Error(ErrorCode::kInvalidParameter,
                                internal::msg::kDeletionProtectionActive);
  }
  // The pool's tokens die with it: each names its pool, which is gone.
  for (auto it = state.sessions.begin(); it != state.sessions.end();) {
    it = it->second.user_pool_id == request.user_pool_id ? state.sessions.erase(it) : std::next(it);
  }
  state.pools.RemovePool(request.user_pool_id);
  return DeleteUserPoolResponse{};
}

namespace {

// Whether a client's token validity settings lie in AWS's ranges: ID and
// access tokens 5 minutes to a day, refresh tokens an hour to 3650 days (0:
// the default, 30 days) (session-behavior.md §2.10).
bool TokenValidityInRange(const CreateUserPoolClientRequest& request) {
  using std::chrono::hours;
  using std::chrono::minutes;
  UserPoolClientType settings;
  settings.access_token_validity = request.access_token_validity;
  settings.id_token_validity = request.id_token_validity;
  settings.refresh_token_validity = request.refresh_token_validity;
  settings.token_validity_units = request.token_validity_units;
  const internal::TokenValidity validity = internal::ValidityOf(settings);
  auto within = [](std::chrono::seconds value, std::chrono::seconds low,
                   std::chrono::seconds high) { return value >= low && value <= high; };
  return within(validity.access, minutes(5), hours(24)) &&
         within(validity.id, minutes(5), hours(24)) &&
         within(validity.refresh, hours(1), hours(24) * 3650);
}

}  // namespace

StatusOr<CreateUserPoolClientResponse> FakeIdentityProvider::Impl::CreateUserPoolClient(
    const CreateUserPoolClientRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  for (const std::string& name : request.read_attributes) {
    if (!internal::IsKnownAttribute((*pool)->description, name)) {
      return InvalidParameter(std::string(msg::kInvalidReadAttributes));
    }
  }
  for (const std::string& name : request.write_attributes) {
    if (!internal::IsKnownAttribute((*pool)->description, name)) {
      return InvalidParameter(std::string(msg::kInvalidWriteAttributes));
    }
  }
  bool legacy = false;
  bool allow = false;
  for (ExplicitAuthFlowsType flow : request.explicit_auth_flows) {
    const bool is_legacy = flow == ExplicitAuthFlowsType::kAdminNoSrpAuth ||
                           flow == ExplicitAuthFlowsType::kCustomAuthFlowOnly ||
                           flow == ExplicitAuthFlowsType::kUserPasswordAuth;
    legacy |= is_legacy;
    allow |= !is_legacy;
  }
  if (legacy && allow) {
    return InvalidParameter(std::string(msg::kMixedAuthFlows));
  }
  if (!TokenValidityInRange(request)) {
    return InvalidParameter(std::string(msg::kInvalidTokenValidityRange));
  }

  std::string client_id;
  do {
    client_id = state.random.FromAlphabet(kLowerAlnum, 26);
  } while (state.pools.HasClient(client_id));

  ClientRecord client;
  UserPoolClientType& d = client.description;
  const Timestamp now = Now();
  d.user_pool_id = request.user_pool_id;
  d.client_name = request.client_name;
  d.client_id = client_id;
  if (request.generate_secret.value_or(false)) {
    d.client_secret = state.random.FromAlphabet(kLowerAlnum, 51);
  }
  d.last_modified_date = now;
  d.creation_date = now;
  d.refresh_token_validity = request.refresh_token_validity.value_or(30);
  d.access_token_validity = request.access_token_validity;
  d.id_token_validity = request.id_token_validity;
  d.token_validity_units = request.token_validity_units;
  d.read_attributes = request.read_attributes;
  d.write_attributes = request.write_attributes;
  d.explicit_auth_flows = request.explicit_auth_flows;
  if (d.explicit_auth_flows.empty()) {
    // What AWS gives a client created without ExplicitAuthFlows.
    d.explicit_auth_flows = {ExplicitAuthFlowsType::kAllowRefreshTokenAuth,
                             ExplicitAuthFlowsType::kAllowUserSrpAuth,
                             ExplicitAuthFlowsType::kAllowCustomAuth};
  }
  d.prevent_user_existence_errors =
      request.prevent_user_existence_errors.value_or(PreventUserExistenceErrorTypes::kLegacy);
  d.enable_token_revocation = request.enable_token_revocation.value_or(true);
  d.auth_session_validity = request.auth_session_validity.value_or(3);

  CreateUserPoolClientResponse response;
  response.user_pool_client = d;
  state.pools.AddClient(**pool, client_id, std::move(client));
  return response;
}

StatusOr<DescribeUserPoolClientResponse> FakeIdentityProvider::Impl::DescribeUserPoolClient(
    const DescribeUserPoolClientRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  auto client = state.pools.FindClientInPool(**pool, request.client_id);
  if (!client.ok()) return client.status();
  DescribeUserPoolClientResponse response;
  response.user_pool_client = (*client)->description;
  return response;
}

}  // namespace cognito_fake
