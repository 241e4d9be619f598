// User pools and app clients: CreateUserPool, DescribeUserPool,
// DeleteUserPool, CreateUserPoolClient, DescribeUserPoolClient.

#include <algorithm>
#include <set>
#include <tuple>

#include "internal/fake_impl.h"
#include "internal/messages.h"
#include "internal/pagination.h"
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
// ListUserPools' and ListUserPoolClients' NextToken: the id of the first
// pool (client) of its page, as is.
constexpr internal::PageTokenFormat kIdPageTokens{};

// Semantic checks of CreateUserPool that the model's constraints cannot express.
Status CheckPoolSettings(const CreateUserPoolRequest& request) {
  if (!request.alias_attributes.empty() && !request.username_attributes.empty()) {
    return InvalidParameter(std::string(msg::kAliasAndUsernameAttributes));
  }
  if (Status status = internal::CheckSchemaRequest(request.schema); !status.ok()) return status;
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

// The settings CreateUserPool and UpdateUserPool share, from `request`, with
// AWS's defaults for the members it leaves out: an update replaces them all
// (session-behavior.md §6.3).
template <typename Request>
void ApplyPoolSettings(const Request& request, Timestamp now, PoolRecord& pool) {
  UserPoolType& d = pool.description;
  pool.policy = ResolvePolicy(request.policies);
  d.policies = UserPoolPolicyType{Describe(pool.policy)};
  d.deletion_protection = request.deletion_protection.value_or(DeletionProtectionType::kInactive);
  d.lambda_config = request.lambda_config.value_or(LambdaConfigType{});
  d.last_modified_date = now;
  d.auto_verified_attributes = request.auto_verified_attributes;
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
  d.user_attribute_update_settings = request.user_attribute_update_settings;
  d.mfa_configuration = request.mfa_configuration.value_or(UserPoolMfaType::kOff);
  // These switch on the SMS factor only; TOTP and email stay as
  // SetUserPoolMfaConfig left them, unless MFA is now off [I].
  if (d.mfa_configuration == UserPoolMfaType::kOff) {
    pool.mfa = internal::PoolMfa{};
  } else {
    pool.mfa.sms = SmsMfaConfigType{request.sms_authentication_message, request.sms_configuration};
  }
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
  d.account_recovery_setting = request.account_recovery_setting;
}

// What CreateUserPool and UpdateUserPool check of the settings they share.
template <typename Request>
Status CheckSharedPoolSettings(const Request& request) {
  // Create/UpdateUserPool switch MFA on only with SMS (mfa-behavior.md §2.4).
  if (request.mfa_configuration.value_or(UserPoolMfaType::kOff) != UserPoolMfaType::kOff &&
      !request.sms_configuration) {
    return InvalidParameter(std::string(msg::kMfaNeedsSmsConfiguration));
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
  if (request.user_attribute_update_settings) {
    for (VerifiedAttributeType attribute :
         request.user_attribute_update_settings->attributes_require_verification_before_update) {
      const auto& verified = request.auto_verified_attributes;
      if (std::find(verified.begin(), verified.end(), attribute) == verified.end()) {
        return InvalidParameter(std::string(msg::kVerificationBeforeUpdateNotAutoVerified));
      }
    }
  }
  return Status();
}

}  // namespace

StatusOr<CreateUserPoolResponse> FakeIdentityProvider::Impl::CreateUserPool(
    const CreateUserPoolRequest& request) {
  if (Status status = CheckPoolSettings(request); !status.ok()) return status;
  if (Status status = CheckSharedPoolSettings(request); !status.ok()) return status;

  std::string id;
  do {
    id = options.region + "_" + state.random.FromAlphabet(kPoolIdAlphabet, 9);
  } while (state.pools.HasPool(id));

  PoolRecord pool;
  pool.keys = NextPoolKeys(id);
  pool.case_sensitive =
      !request.username_configuration || request.username_configuration->case_sensitive;
  UserPoolType& d = pool.description;
  const Timestamp now = Now();
  d.id = id;
  d.name = request.pool_name;
  d.creation_date = now;
  d.schema_attributes = internal::DescribeSchema(request.schema);
  d.alias_attributes = request.alias_attributes;
  d.username_attributes = request.username_attributes;
  d.username_configuration = request.username_configuration;
  d.arn = "arn:aws:cognito-idp:" + options.region + ":" + options.account_id + ":userpool/" + id;
  ApplyPoolSettings(request, now, pool);

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

StatusOr<UpdateUserPoolResponse> FakeIdentityProvider::Impl::UpdateUserPool(
    const UpdateUserPoolRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  if (Status status = CheckSharedPoolSettings(request); !status.ok()) return status;
  // Every setting left out returns to its default (session-behavior.md
  // §6.3); the name stays when left out [I].
  ApplyPoolSettings(request, Now(), **pool);
  if (request.pool_name) (*pool)->description.name = request.pool_name;
  return UpdateUserPoolResponse{};
}

StatusOr<ListUserPoolsResponse> FakeIdentityProvider::Impl::ListUserPools(
    const ListUserPoolsRequest& request) {
  std::vector<const PoolRecord*> pools;
  for (const auto& [id, pool] : state.pools.pools) pools.push_back(&pool);
  std::sort(pools.begin(), pools.end(), [](const PoolRecord* a, const PoolRecord* b) {
    return std::tie(*a->description.creation_date, *a->description.id) <
           std::tie(*b->description.creation_date, *b->description.id);
  });
  std::vector<std::string> ids;
  ids.reserve(pools.size());
  for (const PoolRecord* pool : pools) ids.push_back(*pool->description.id);
  auto page = internal::PageOf(ids, request.next_token,
                               static_cast<std::size_t>(request.max_results), kIdPageTokens);
  if (!page.ok()) return page.status();
  ListUserPoolsResponse response;
  for (std::size_t i = page->begin; i < page->end; ++i) {
    const UserPoolType& d = pools[i]->description;
    UserPoolDescriptionType item;
    item.id = d.id;
    item.name = d.name;
    item.lambda_config = d.lambda_config;
    item.last_modified_date = d.last_modified_date;
    item.creation_date = d.creation_date;
    response.user_pools.push_back(std::move(item));
  }
  response.next_token = std::move(page->next_token);
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
bool TokenValidityInRange(const UserPoolClientType& settings) {
  using std::chrono::hours;
  using std::chrono::minutes;
  const internal::TokenValidity validity = internal::ValidityOf(settings);
  auto within = [](std::chrono::seconds value, std::chrono::seconds low,
                   std::chrono::seconds high) { return value >= low && value <= high; };
  return within(validity.access, minutes(5), hours(24)) &&
         within(validity.id, minutes(5), hours(24)) &&
         within(validity.refresh, hours(1), hours(24) * 3650);
}

}  // namespace

namespace {

// The scopes a client may allow without resource servers (the fake has none).
bool IsStandardScope(const std::string& scope) {
  return scope == "openid" || scope == "email" || scope == "phone" || scope == "profile" ||
         scope == "aws.cognito.signin.user.admin";
}

// A URL Cognito accepts as a callback or sign-out URL: https, or http on
// localhost only, and no fragment.
bool IsAcceptableRedirect(const std::string& url) {
  if (url.find('#') != std::string::npos) return false;
  if (url.rfind("https://", 0) == 0) return url.size() > 8;
  return url.rfind("http://localhost", 0) == 0 &&
         (url.size() == 16 || url[16] == ':' || url[16] == '/');
}

}  // namespace

template <typename Request>
Status FakeIdentityProvider::Impl::CheckClientSettings(const PoolRecord& pool,
                                                       const Request& request,
                                                       bool has_secret) const {
  for (const std::string& name : request.read_attributes) {
    if (!internal::IsKnownAttribute(pool.description, name)) {
      return InvalidParameter(std::string(msg::kInvalidReadAttributes));
    }
  }
  for (const std::string& name : request.write_attributes) {
    if (!internal::IsKnownAttribute(pool.description, name)) {
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
  UserPoolClientType validity;
  validity.access_token_validity = request.access_token_validity;
  validity.id_token_validity = request.id_token_validity;
  validity.refresh_token_validity = request.refresh_token_validity;
  validity.token_validity_units = request.token_validity_units;
  if (!TokenValidityInRange(validity)) {
    return InvalidParameter(std::string(msg::kInvalidTokenValidityRange));
  }
  // OAuth settings (session-behavior.md §6; texts [R] where marked).
  for (const std::string& provider : request.supported_identity_providers) {
    if (provider != "COGNITO") {
      return InvalidParameter(msg::IdentityProviderDoesNotExist(provider, *pool.description.id));
    }
  }
  for (const std::string& scope : request.allowed_oauth_scopes) {
    if (!IsStandardScope(scope)) {
      return Status(ErrorCode::kScopeDoesNotExist, "Invalid scope requested: " + scope);  // [R]
    }
  }
  for (const auto* urls : {&request.callback_urls, &request.logout_urls}) {
    for (const std::string& url : *urls) {
      if (!IsAcceptableRedirect(url)) return InvalidParameter(msg::InvalidRedirectUrl(url));
    }
  }
  if (request.default_redirect_uri) {
    const auto& callbacks = request.callback_urls;
    if (!IsAcceptableRedirect(*request.default_redirect_uri) ||
        std::find(callbacks.begin(), callbacks.end(), *request.default_redirect_uri) ==
            callbacks.end()) {
      return InvalidParameter(std::string(msg::kDefaultRedirectNotACallback));
    }
  }
  const auto& flows = request.allowed_oauth_flows;
  const bool client_credentials =
      std::find(flows.begin(), flows.end(), OAuthFlowType::kClientCredentials) != flows.end();
  if (client_credentials && flows.size() > 1) {
    return Status(ErrorCode::kInvalidOAuthFlow, std::string(msg::kClientCredentialsAlone));
  }
  if (client_credentials && !has_secret) {
    return Status(ErrorCode::kInvalidOAuthFlow, std::string(msg::kClientCredentialsNeedSecret));
  }
  if (client_credentials) {
    for (const std::string& scope : request.allowed_oauth_scopes) {
      if (scope == "openid") {
        return Status(ErrorCode::kInvalidOAuthFlow,
                      "openid is not supported with client_credentials flow");  // [R]
      }
    }
  }
  if (request.allowed_oauth_flows_user_pool_client.value_or(false)) {
    if (flows.empty() || request.allowed_oauth_scopes.empty()) {
      return InvalidParameter(std::string(msg::kOAuthFlowsAndScopesRequired));
    }
    if (!client_credentials && request.callback_urls.empty()) {
      return InvalidParameter(std::string(msg::kCallbackUrlRequired));
    }
  }
  return Status();
}

template <typename Request>
void FakeIdentityProvider::Impl::ApplyClientSettings(const Request& request, Timestamp now,
                                                     ClientRecord& client) const {
  UserPoolClientType& d = client.description;
  d.client_name = request.client_name;
  d.last_modified_date = now;
  d.refresh_token_validity = request.refresh_token_validity.value_or(30);
  if (d.refresh_token_validity == 0 && !request.token_validity_units) {
    d.refresh_token_validity = 30;  // 0 days means the default
  }
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
  d.supported_identity_providers = request.supported_identity_providers;
  d.callback_urls = request.callback_urls;
  d.logout_urls = request.logout_urls;
  d.default_redirect_uri = request.default_redirect_uri;
  d.allowed_oauth_flows = request.allowed_oauth_flows;
  d.allowed_oauth_scopes = request.allowed_oauth_scopes;
  d.allowed_oauth_flows_user_pool_client =
      request.allowed_oauth_flows_user_pool_client.value_or(false);
  d.prevent_user_existence_errors =
      request.prevent_user_existence_errors.value_or(PreventUserExistenceErrorTypes::kLegacy);
  d.enable_token_revocation = request.enable_token_revocation.value_or(true);
  d.auth_session_validity = request.auth_session_validity.value_or(3);
}

StatusOr<CreateUserPoolClientResponse> FakeIdentityProvider::Impl::CreateUserPoolClient(
    const CreateUserPoolClientRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  const bool secret = request.generate_secret.value_or(false);
  if (Status status = CheckClientSettings(**pool, request, secret); !status.ok()) return status;

  std::string client_id;
  do {
    client_id = state.random.FromAlphabet(kLowerAlnum, 26);
  } while (state.pools.HasClient(client_id));

  ClientRecord client;
  UserPoolClientType& d = client.description;
  const Timestamp now = Now();
  d.user_pool_id = request.user_pool_id;
  d.client_id = client_id;
  if (secret) d.client_secret = state.random.FromAlphabet(kLowerAlnum, 51);
  d.creation_date = now;
  ApplyClientSettings(request, now, client);

  CreateUserPoolClientResponse response;
  response.user_pool_client = d;
  state.pools.AddClient(**pool, client_id, std::move(client));
  return response;
}

StatusOr<UpdateUserPoolClientResponse> FakeIdentityProvider::Impl::UpdateUserPoolClient(
    const UpdateUserPoolClientRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  auto client = state.pools.FindClientInPool(**pool, request.client_id);
  if (!client.ok()) return client.status();
  ClientRecord& record = **client;
  if (Status status =
          CheckClientSettings(**pool, request, record.description.client_secret.has_value());
      !status.ok()) {
    return status;
  }
  // Every member left out returns to its default; the name stays when left
  // out [I], and the id, secret and creation date cannot change.
  const std::optional<std::string> name = record.description.client_name;
  ApplyClientSettings(request, Now(), record);
  if (!request.client_name) record.description.client_name = name;
  UpdateUserPoolClientResponse response;
  response.user_pool_client = record.description;
  return response;
}

StatusOr<ListUserPoolClientsResponse> FakeIdentityProvider::Impl::ListUserPoolClients(
    const ListUserPoolClientsRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  std::vector<const ClientRecord*> clients;
  for (const auto& [id, client] : (*pool)->clients) clients.push_back(&client);
  std::sort(clients.begin(), clients.end(), [](const ClientRecord* a, const ClientRecord* b) {
    return std::tie(*a->description.creation_date, *a->description.client_id) <
           std::tie(*b->description.creation_date, *b->description.client_id);
  });
  std::vector<std::string> ids;
  ids.reserve(clients.size());
  for (const ClientRecord* client : clients) ids.push_back(*client->description.client_id);
  auto page = internal::PageOf(ids, request.next_token, internal::PageSize(request.max_results),
                               kIdPageTokens);
  if (!page.ok()) return page.status();
  ListUserPoolClientsResponse response;
  for (std::size_t i = page->begin; i < page->end; ++i) {
    const UserPoolClientType& d = clients[i]->description;
    response.user_pool_clients.push_back(
        UserPoolClientDescription{d.client_id, d.user_pool_id, d.client_name});
  }
  response.next_token = std::move(page->next_token);
  return response;
}

StatusOr<DeleteUserPoolClientResponse> FakeIdentityProvider::Impl::DeleteUserPoolClient(
    const DeleteUserPoolClientRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  auto client = state.pools.FindClientInPool(**pool, request.client_id);
  if (!client.ok()) return client.status();
  state.pools.RemoveClient(**pool, request.client_id);
  return DeleteUserPoolClientResponse{};
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
