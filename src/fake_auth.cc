// Sign-in: InitiateAuth, AdminInitiateAuth, RespondToAuthChallenge,
// AdminRespondToAuthChallenge; tokens and lockout.

#include "internal/crypto.h"
#include "internal/fake_impl.h"
#include "internal/json_text.h"
#include "internal/messages.h"
#include "internal/schema.h"

#include <algorithm>

namespace cognito_fake {

using internal::ClientRecord;
using internal::PoolRecord;
using internal::UserRecord;
namespace msg = internal::msg;

namespace internal {
std::size_t LongStringHash::operator()(const std::string& text) const {
  return static_cast<std::size_t>(KeyedHash64(0, text));
}
}  // namespace internal

namespace {

constexpr std::string_view kSessionAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr auto kLockoutMemory = std::chrono::minutes(15);

bool HasFlow(const ClientRecord& client, std::initializer_list<ExplicitAuthFlowsType> flows) {
  const auto& allowed = client.description.explicit_auth_flows;
  return std::any_of(flows.begin(), flows.end(), [&allowed](ExplicitAuthFlowsType flow) {
    return std::find(allowed.begin(), allowed.end(), flow) != allowed.end();
  });
}

bool AllowsRefresh(const ClientRecord& client) {
  // Clients configured with the legacy values always allow refresh.
  return HasFlow(client, {ExplicitAuthFlowsType::kAllowRefreshTokenAuth,
                          ExplicitAuthFlowsType::kAdminNoSrpAuth,
                          ExplicitAuthFlowsType::kUserPasswordAuth,
                          ExplicitAuthFlowsType::kCustomAuthFlowOnly});
}

std::optional<std::string> Param(const std::map<std::string, std::string>& map, const char* key) {
  auto it = map.find(key);
  if (it == map.end()) return std::nullopt;
  return it->second;
}

std::chrono::seconds Validity(std::optional<int> amount, std::optional<TimeUnitsType> unit,
                              TimeUnitsType default_unit, std::chrono::seconds fallback) {
  if (!amount) return fallback;
  switch (unit.value_or(default_unit)) {
    case TimeUnitsType::kSeconds:
      return std::chrono::seconds(*amount);
    case TimeUnitsType::kMinutes:
      return std::chrono::minutes(*amount);
    case TimeUnitsType::kHours:
      return std::chrono::hours(*amount);
    case TimeUnitsType::kDays:
      return std::chrono::hours(24) * *amount;
  }
  return fallback;
}

std::int64_t EpochSeconds(Timestamp time) {
  return std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count();
}

template <typename Response, typename Outcome>
Response ToResponse(Outcome outcome) {
  Response response;
  response.challenge_name = outcome.challenge_name;
  response.session = std::move(outcome.session);
  response.challenge_parameters = std::move(outcome.challenge_parameters);
  response.authentication_result = std::move(outcome.authentication_result);
  return response;
}

}  // namespace

// ------------------------------------------------------------ tokens

AuthenticationResultType FakeIdentityProvider::Impl::IssueTokens(const PoolRecord& pool,
                                                                 const ClientRecord& client,
                                                                 const UserRecord& user,
                                                                 bool with_refresh_token,
                                                                 const std::string& origin_jti_in) {
  const UserPoolClientType& c = client.description;
  const Timestamp now = Now();
  const auto units = c.token_validity_units.value_or(TokenValidityUnitsType{});
  const auto access_validity =
      Validity(c.access_token_validity, units.access_token, TimeUnitsType::kHours, std::chrono::hours(1));
  const auto id_validity =
      Validity(c.id_token_validity, units.id_token, TimeUnitsType::kHours, std::chrono::hours(1));
  const auto refresh_validity = Validity(c.refresh_token_validity, units.refresh_token,
                                         TimeUnitsType::kDays, std::chrono::hours(24 * 30));
  const std::string origin_jti = origin_jti_in.empty() ? state.random.Uuid4() : origin_jti_in;
  const std::string event_id = state.random.Uuid4();
  const std::string issuer =
      "https://cognito-idp." + options.region + ".amazonaws.com/" + *pool.description.id;
  const std::string header = internal::JsonObjectWriter()
                                 .String("kid", state.key_id)
                                 .String("alg", "RS256")
                                 .Finish();
  const std::string encoded_header = internal::Base64UrlEncode(header);
  auto sign = [this, &encoded_header](const std::string& payload) {
    std::string token;
    token.reserve(encoded_header.size() + payload.size() * 4 / 3 + 350);
    token += encoded_header;
    token += '.';
    internal::AppendBase64Url(reinterpret_cast<const unsigned char*>(payload.data()), payload.size(), token);
    const std::string signature = internal::TokenSignature(state.signing_key, token);
    token += '.';
    token += signature;
    return token;
  };

  const std::string access_jti = state.random.Uuid4();
  internal::JsonObjectWriter access;
  access.String("sub", user.sub)
      .String("iss", issuer)
      .String("client_id", *c.client_id)
      .String("origin_jti", origin_jti)
      .String("event_id", event_id)
      .String("token_use", "access")
      .String("scope", "aws.cognito.signin.user.admin")
      .Int("auth_time", EpochSeconds(now))
      .Int("exp", EpochSeconds(now + access_validity))
      .Int("iat", EpochSeconds(now))
      .String("jti", access_jti)
      .String("username", user.username);

  internal::JsonObjectWriter id;
  id.String("sub", user.sub);
  for (const AttributeType& attribute : user.attributes) {
    if (attribute.name == "sub") continue;
    if (attribute.name == "email_verified" || attribute.name == "phone_number_verified") {
      id.Bool(attribute.name, attribute.value == "true" || attribute.value == "True");
    } else {
      id.String(attribute.name, attribute.value);
    }
  }
  id.String("iss", issuer)
      .String("cognito:username", user.username)
      .String("origin_jti", origin_jti)
      .String("aud", *c.client_id)
      .String("event_id", event_id)
      .String("token_use", "id")
      .Int("auth_time", EpochSeconds(now))
      .Int("exp", EpochSeconds(now + id_validity))
      .Int("iat", EpochSeconds(now))
      .String("jti", state.random.Uuid4());

  internal::TokenRecord record{*pool.description.id, *c.client_id,
                               UsernameKey(pool, user.username), user.sub,
                               user.token_generation, now + access_validity, origin_jti};
  state.access_tokens[access_jti] = record;

  AuthenticationResultType result;
  result.access_token = sign(std::move(access).Finish());
  result.expires_in = static_cast<int>(access_validity.count());
  result.token_type = "Bearer";
  result.id_token = sign(std::move(id).Finish());
  if (with_refresh_token) {
    // Opaque, shaped like Cognito's five-part encrypted refresh tokens.
    std::string token;
    token.reserve(960);
    token += "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ";
    for (int part : {342, 22, 480, 22}) {
      token += '.';
      state.random.AppendBase64UrlChars(part, token);
    }
    record.expires_at = now + refresh_validity;
    state.refresh_tokens[token] = record;
    result.refresh_token = std::move(token);
  }
  return result;
}

StatusOr<std::pair<PoolRecord*, UserRecord*>> FakeIdentityProvider::Impl::ResolveAccessToken(
    const std::string& access_token) {
  const Status invalid = msg::Error(ErrorCode::kNotAuthorized, msg::kInvalidAccessToken);
  const auto first_dot = access_token.find('.');
  const auto last_dot = access_token.rfind('.');
  if (first_dot == std::string::npos || first_dot == last_dot) return invalid;
  const std::string signing_input = access_token.substr(0, last_dot);
  const std::string expected = internal::TokenSignature(state.signing_key, signing_input);
  if (!internal::ConstantTimeEquals(access_token.substr(last_dot + 1), expected)) return invalid;
  auto payload = internal::Base64UrlDecode(
      access_token.substr(first_dot + 1, last_dot - first_dot - 1));
  if (!payload) return invalid;
  auto claims = internal::ParseFlatJsonObject(*payload);
  if (!claims) return invalid;
  auto jti = claims->find("jti");
  auto use = claims->find("token_use");
  if (jti == claims->end() || use == claims->end() ||
      !std::holds_alternative<std::string>(jti->second) ||
      std::get_if<std::string>(&use->second) == nullptr ||
      *std::get_if<std::string>(&use->second) != "access") {
    return invalid;
  }
  auto record = state.access_tokens.find(std::get<std::string>(jti->second));
  if (record == state.access_tokens.end()) return invalid;
  auto pool = state.pools.find(record->second.user_pool_id);
  if (pool == state.pools.end()) return invalid;
  if (record->second.expires_at <= Now()) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kAccessTokenExpired);
  }
  auto user = pool->second.users.find(record->second.user_key);
  if (user == pool->second.users.end() || user->second.sub != record->second.sub) {
    return msg::Error(ErrorCode::kUserNotFound, msg::kUserDoesNotExist);
  }
  if (user->second.token_generation != record->second.token_generation) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kAccessTokenRevoked);
  }
  return std::make_pair(&pool->second, &user->second);
}

// ------------------------------------------------------------ flows

StatusOr<FakeIdentityProvider::Impl::AuthOutcome> FakeIdentityProvider::Impl::PasswordAuth(
    PoolRecord& pool, ClientRecord& client, const std::map<std::string, std::string>& parameters) {
  const auto username = Param(parameters, "USERNAME");
  if (!username) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("USERNAME"));
  }
  const auto password = Param(parameters, "PASSWORD");
  if (!password) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("PASSWORD"));
  }
  if (Status status = CheckSecretHash(client, Param(parameters, "SECRET_HASH"), *username);
      !status.ok()) {
    return status;
  }
  UserRecord* user = FindUser(pool, *username);
  if (user == nullptr) {
    // ClientMetadata is not passed to triggers from sign-in [D].
    auto migrated = MigrateUser(pool, *username, *password, "UserMigration_Authentication",
                                *client.description.client_id, {}, UserStatusType::kConfirmed);
    if (!migrated.ok()) return migrated.status();
    user = *migrated;
  }
  if (user == nullptr) {
    return UsesPreventUserExistenceErrors(client)
               ? msg::Error(ErrorCode::kNotAuthorized, msg::kIncorrectUsernameOrPassword)
               : msg::Error(ErrorCode::kUserNotFound, msg::kUserDoesNotExist);
  }

  const Timestamp now = Now();
  internal::LockoutState& lockout = user->mutable_activity().lockout;
  if (now - lockout.last_attempt >= kLockoutMemory) lockout = internal::LockoutState{};
  lockout.last_attempt = now;
  if (now < lockout.locked_until) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kPasswordAttemptsExceeded);
  }
  if (!user->enabled) return msg::Error(ErrorCode::kNotAuthorized, msg::kUserIsDisabledSignIn);

  const bool password_matches = user->password && *user->password == *password;
  if (user->status == UserStatusType::kResetRequired &&
      (password_matches || !options.behavior.reset_required_checks_password)) {
    return msg::Error(ErrorCode::kPasswordResetRequired, msg::kPasswordResetRequired);
  }
  if (!password_matches || user->status == UserStatusType::kExternalProvider) {
    const int threshold = options.limits.failed_sign_ins_before_lockout;
    ++lockout.failures;
    if (threshold > 0 && lockout.failures >= threshold) {
      const int doublings = std::min(lockout.failures - threshold, 30);
      const auto lock = std::min<std::chrono::seconds>(std::chrono::seconds(1LL << doublings),
                                                       options.limits.max_lockout);
      lockout.locked_until = now + lock;
    }
    return msg::Error(ErrorCode::kNotAuthorized, msg::kIncorrectUsernameOrPassword);
  }
  if (user->status == UserStatusType::kUnconfirmed) {
    return msg::Error(ErrorCode::kUserNotConfirmed, msg::kUserNotConfirmed);
  }
  lockout = internal::LockoutState{};
  lockout.last_attempt = now;

  AuthOutcome outcome;
  if (user->status == UserStatusType::kForceChangePassword) {
    const auto validity = std::chrono::hours(24) * pool.policy.temporary_password_validity_days;
    if (now - user->password_set_at > validity) {
      return msg::Error(ErrorCode::kNotAuthorized, msg::kTemporaryPasswordExpired);
    }
    std::string session_id;
    do {
      session_id = state.random.FromAlphabet(kSessionAlphabet, 96);
    } while (state.sessions.count(session_id) != 0);
    internal::AuthSession session;
    session.user_pool_id = *pool.description.id;
    session.client_id = *client.description.client_id;
    session.user_key = UsernameKey(pool, user->username);
    session.expires_at = now + std::chrono::minutes(client.description.auth_session_validity.value_or(3));
    state.sessions.emplace(session_id, session);

    internal::JsonObjectWriter attributes;
    for (const AttributeType& attribute : user->attributes) {
      if (attribute.name == "sub" || attribute.name == "email_verified" ||
          attribute.name == "phone_number_verified") {
        continue;
      }
      attributes.String(attribute.name, attribute.value);
    }
    std::vector<std::string> required;
    for (const SchemaAttributeType& schema : pool.description.schema_attributes) {
      if (schema.required.value_or(false) && *schema.name != "sub" && !user->Attribute(*schema.name)) {
        required.push_back("userAttributes." + *schema.name);
      }
    }
    std::string required_json = "[";
    for (std::size_t i = 0; i < required.size(); ++i) {
      required_json += (i == 0 ? "" : ",") + internal::JsonQuote(required[i]);
    }
    required_json += "]";
    outcome.challenge_name = ChallengeNameType::kNewPasswordRequired;
    outcome.session = session_id;
    outcome.challenge_parameters = {{"USER_ID_FOR_SRP", user->username},
                                    {"requiredAttributes", required_json},
                                    {"userAttributes", attributes.Finish()}};
    return outcome;
  }
  outcome.authentication_result = IssueTokens(pool, client, *user, /*with_refresh_token=*/true);
  return outcome;
}

StatusOr<FakeIdentityProvider::Impl::AuthOutcome> FakeIdentityProvider::Impl::RefreshAuth(
    PoolRecord& pool, ClientRecord& client, const std::map<std::string, std::string>& parameters) {
  const auto token = Param(parameters, "REFRESH_TOKEN");
  if (!token) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("REFRESH_TOKEN"));
  }
  auto record = state.refresh_tokens.find(*token);
  if (record == state.refresh_tokens.end() ||
      record->second.client_id != *client.description.client_id ||
      record->second.user_pool_id != *pool.description.id) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kInvalidRefreshToken);
  }
  auto user = pool.users.find(record->second.user_key);
  if (user == pool.users.end() || user->second.sub != record->second.sub) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kRefreshTokenRevoked);
  }
  if (client.description.client_secret) {
    // SECRET_HASH over the canonical username; the sub is accepted as well.
    const auto hash = Param(parameters, "SECRET_HASH");
    Status by_username = CheckSecretHash(client, hash, user->second.username);
    if (!by_username.ok() && (!hash || !CheckSecretHash(client, hash, user->second.sub).ok())) {
      return by_username;
    }
  }
  if (record->second.expires_at <= Now()) {
    return msg::Error(ErrorCode::kNotAuthorized, "Refresh Token has expired");
  }
  if (user->second.token_generation != record->second.token_generation) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kRefreshTokenRevoked);
  }
  if (!user->second.enabled) return msg::Error(ErrorCode::kNotAuthorized, msg::kUserIsDisabledSignIn);
  AuthOutcome outcome;
  outcome.authentication_result =
      IssueTokens(pool, client, user->second, /*with_refresh_token=*/false, record->second.origin_jti);
  return outcome;
}

StatusOr<FakeIdentityProvider::Impl::AuthOutcome> FakeIdentityProvider::Impl::RespondNewPassword(
    PoolRecord& pool, ClientRecord& client, const std::optional<std::string>& session_id,
    const std::map<std::string, std::string>& responses) {
  if (!session_id) return msg::Error(ErrorCode::kNotAuthorized, msg::kInvalidSession);
  auto found = state.sessions.find(*session_id);
  if (found == state.sessions.end() || found->second.client_id != *client.description.client_id ||
      found->second.user_pool_id != *pool.description.id) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kInvalidSession);
  }
  internal::AuthSession& session = found->second;
  if (session.used) return msg::Error(ErrorCode::kNotAuthorized, msg::kSessionUsed);
  if (session.expires_at <= Now()) return msg::Error(ErrorCode::kNotAuthorized, msg::kSessionExpired);
  const auto username = Param(responses, "USERNAME");
  if (!username) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("USERNAME"));
  }
  const auto new_password = Param(responses, "NEW_PASSWORD");
  if (!new_password) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("NEW_PASSWORD"));
  }
  auto user_it = pool.users.find(session.user_key);
  if (user_it == pool.users.end()) return msg::Error(ErrorCode::kUserNotFound, msg::kUserDoesNotExist);
  UserRecord& user = user_it->second;
  if (FindUser(pool, *username) != &user) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kIncorrectUsernameOrPassword);
  }
  if (Status status = CheckSecretHash(client, Param(responses, "SECRET_HASH"), *username);
      !status.ok()) {
    return status;
  }
  if (user.status != UserStatusType::kForceChangePassword) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kInvalidSession);
  }
  if (!user.enabled) return msg::Error(ErrorCode::kNotAuthorized, msg::kUserIsDisabledSignIn);

  AttributeListType attributes;
  constexpr std::string_view kPrefix = "userAttributes.";
  for (const auto& [key, value] : responses) {
    if (key.rfind(kPrefix, 0) != 0) continue;
    const std::string name = key.substr(kPrefix.size());
    if (user.Attribute(name)) {
      return Status(ErrorCode::kNotAuthorized, msg::CannotModifyProvided(name));
    }
    attributes.push_back(AttributeType{name, value});
  }
  if (Status status = CheckWritableAttributes(pool, attributes); !status.ok()) return status;
  for (const SchemaAttributeType& schema : pool.description.schema_attributes) {
    if (!schema.required.value_or(false) || *schema.name == "sub") continue;
    if (!user.Attribute(*schema.name) && !FindAttribute(attributes, *schema.name)) {
      return Status(ErrorCode::kInvalidParameter, msg::InvalidAttributesGivenMissing(*schema.name));
    }
  }
  if (Status status = CheckNewPassword(pool, &user, *new_password, false, true); !status.ok()) {
    return status;
  }
  if (Status status = CheckAliasConflicts(pool, &user, [&] {
        AttributeListType merged = user.attributes;
        for (const auto& a : attributes) merged.push_back(a);
        return merged;
      }(), false);
      !status.ok()) {
    return status;
  }

  if (!attributes.empty()) ApplyAttributes(pool, user, attributes, false);
  SetPassword(pool, user, *new_password, /*permanent=*/true);
  user.status = UserStatusType::kConfirmed;
  session.used = true;
  AuthOutcome outcome;
  outcome.authentication_result = IssueTokens(pool, client, user, /*with_refresh_token=*/true);
  return outcome;
}

// ------------------------------------------------------------ operations

StatusOr<InitiateAuthResponse> FakeIdentityProvider::Impl::InitiateAuth(
    const InitiateAuthRequest& request) {
  auto found = FindClient(request.client_id);
  if (!found.ok()) return found.status();
  auto [pool, client] = *found;
  StatusOr<AuthOutcome> outcome = Status(ErrorCode::kInternalError, "unreachable");
  switch (request.auth_flow) {
    case AuthFlowType::kUserPasswordAuth:
      if (!HasFlow(*client, {ExplicitAuthFlowsType::kAllowUserPasswordAuth,
                             ExplicitAuthFlowsType::kUserPasswordAuth})) {
        return msg::Error(ErrorCode::kInvalidParameter, msg::kUserPasswordAuthNotEnabled);
      }
      outcome = PasswordAuth(*pool, *client, request.auth_parameters);
      break;
    case AuthFlowType::kRefreshTokenAuth:
    case AuthFlowType::kRefreshToken:
      if (!AllowsRefresh(*client)) {
        return msg::Error(ErrorCode::kInvalidParameter, msg::kRefreshFlowNotEnabled);
      }
      outcome = RefreshAuth(*pool, *client, request.auth_parameters);
      break;
    case AuthFlowType::kAdminNoSrpAuth:
    case AuthFlowType::kAdminUserPasswordAuth:
      return msg::Error(ErrorCode::kInvalidParameter, msg::kInitiateAuthMethodNotSupported);
    default:
      return Status(ErrorCode::kUnimplemented, "InitiateAuth with AuthFlow " +
                                                   std::string(ToString(request.auth_flow)) +
                                                   " is not supported by cognito_fake");
  }
  if (!outcome.ok()) return outcome.status();
  return ToResponse<InitiateAuthResponse>(*std::move(outcome));
}

StatusOr<AdminInitiateAuthResponse> FakeIdentityProvider::Impl::AdminInitiateAuth(
    const AdminInitiateAuthRequest& request) {
  auto pool = FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  auto client = FindClientInPool(**pool, request.client_id);
  if (!client.ok()) return client.status();
  StatusOr<AuthOutcome> outcome = Status(ErrorCode::kInternalError, "unreachable");
  switch (request.auth_flow) {
    case AuthFlowType::kAdminUserPasswordAuth:
    case AuthFlowType::kAdminNoSrpAuth:
      if (!HasFlow(**client, {ExplicitAuthFlowsType::kAllowAdminUserPasswordAuth,
                              ExplicitAuthFlowsType::kAdminNoSrpAuth})) {
        return msg::Error(ErrorCode::kInvalidParameter, msg::kAuthFlowNotEnabled);
      }
      outcome = PasswordAuth(**pool, **client, request.auth_parameters);
      break;
    case AuthFlowType::kRefreshTokenAuth:
    case AuthFlowType::kRefreshToken:
      if (!AllowsRefresh(**client)) {
        return msg::Error(ErrorCode::kInvalidParameter, msg::kRefreshFlowNotEnabled);
      }
      outcome = RefreshAuth(**pool, **client, request.auth_parameters);
      break;
    case AuthFlowType::kUserPasswordAuth:
      return msg::Error(ErrorCode::kInvalidParameter, msg::kInitiateAuthMethodNotSupported);
    default:
      return Status(ErrorCode::kUnimplemented, "AdminInitiateAuth with AuthFlow " +
                                                   std::string(ToString(request.auth_flow)) +
                                                   " is not supported by cognito_fake");
  }
  if (!outcome.ok()) return outcome.status();
  return ToResponse<AdminInitiateAuthResponse>(*std::move(outcome));
}

StatusOr<RespondToAuthChallengeResponse> FakeIdentityProvider::Impl::RespondToAuthChallenge(
    const RespondToAuthChallengeRequest& request) {
  auto found = FindClient(request.client_id);
  if (!found.ok()) return found.status();
  auto [pool, client] = *found;
  if (request.challenge_name != ChallengeNameType::kNewPasswordRequired) {
    return Status(ErrorCode::kUnimplemented, "Challenge " + std::string(ToString(request.challenge_name)) +
                                                 " is not supported by cognito_fake");
  }
  auto outcome = RespondNewPassword(*pool, *client, request.session, request.challenge_responses);
  if (!outcome.ok()) return outcome.status();
  return ToResponse<RespondToAuthChallengeResponse>(*std::move(outcome));
}

StatusOr<AdminRespondToAuthChallengeResponse> FakeIdentityProvider::Impl::AdminRespondToAuthChallenge(
    const AdminRespondToAuthChallengeRequest& request) {
  auto pool = FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  auto client = FindClientInPool(**pool, request.client_id);
  if (!client.ok()) return client.status();
  if (request.challenge_name != ChallengeNameType::kNewPasswordRequired) {
    return Status(ErrorCode::kUnimplemented, "Challenge " + std::string(ToString(request.challenge_name)) +
                                                 " is not supported by cognito_fake");
  }
  auto outcome = RespondNewPassword(**pool, **client, request.session, request.challenge_responses);
  if (!outcome.ok()) return outcome.status();
  return ToResponse<AdminRespondToAuthChallengeResponse>(*std::move(outcome));
}

}  // namespace cognito_fake
