// Sign-in: InitiateAuth, AdminInitiateAuth, RespondToAuthChallenge,
// AdminRespondToAuthChallenge; tokens and lockout.

#include <algorithm>
#include <nlohmann/json.hpp>

#include "internal/ascii.h"
#include "internal/fake_impl.h"
#include "internal/messages.h"
#include "internal/token_issuer.h"
#include "internal/tokens.h"

namespace cognito_fake {

using internal::ClientRecord;
using internal::Param;
using internal::PoolRecord;
using internal::UserRecord;
namespace msg = internal::msg;
using Json = nlohmann::ordered_json;

namespace {

bool HasFlow(const ClientRecord& client, std::initializer_list<ExplicitAuthFlowsType> flows) {
  const auto& allowed = client.description.explicit_auth_flows;
  return std::any_of(flows.begin(), flows.end(), [&allowed](ExplicitAuthFlowsType flow) {
    return std::find(allowed.begin(), allowed.end(), flow) != allowed.end();
  });
}

bool AllowsSrp(const ClientRecord& client) {
  // Clients configured with the legacy values always allow USER_SRP_AUTH.
  return HasFlow(
      client,
      {ExplicitAuthFlowsType::kAllowUserSrpAuth, ExplicitAuthFlowsType::kAdminNoSrpAuth,
       ExplicitAuthFlowsType::kUserPasswordAuth, ExplicitAuthFlowsType::kCustomAuthFlowOnly});
}

bool AllowsRefresh(const ClientRecord& client) {
  // Clients configured with the legacy values always allow refresh.
  return HasFlow(
      client,
      {ExplicitAuthFlowsType::kAllowRefreshTokenAuth, ExplicitAuthFlowsType::kAdminNoSrpAuth,
       ExplicitAuthFlowsType::kUserPasswordAuth, ExplicitAuthFlowsType::kCustomAuthFlowOnly});
}

// The response of an operation whose flow (`flow(response)`, a Status)
// writes its outcome straight into it: the tokens' strings are moved once,
// into the StatusOr.
template <typename Response, typename Flow>
StatusOr<Response> Respond(Flow flow) {
  Response response;
  if (Status status = flow(response); !status.ok()) return status;
  return response;
}

}  // namespace

// ------------------------------------------------------------ tokens

void FakeIdentityProvider::Impl::StartSession(PoolRecord& pool, const ClientRecord& client,
                                              const UserRecord& user,
                                              AuthenticationResultType& result) {
  const Timestamp now = Now();
  std::string event_id;
  do {
    event_id = state.random.Uuid4();
  } while (pool.sign_ins.count(event_id) != 0);
  internal::SignIn session;
  session.client_id = *client.description.client_id;
  session.user_key = pool.UsernameKey(user.username);
  session.sub = user.sub();
  session.origin_jti = state.random.Uuid4();
  session.auth_time = now;
  session.refresh_expires_at = now + internal::ValidityOf(client.description).refresh;
  session.user_generation = user.token_generation;
  const internal::SignIn& stored =
      pool.sign_ins.emplace(event_id, std::move(session)).first->second;
  RefreshSession(pool, client, user, event_id, stored, result);
  result.refresh_token =
      internal::SealRefreshToken(state.token_key,
                                 internal::RefreshRecord{*pool.description.id, stored.client_id,
                                                         event_id, stored.refresh_expires_at},
                                 state.random);
  ScheduleSweep(internal::SweepKind::kSignIn,
                stored.refresh_expires_at + internal::kLongestTokenValidity, *pool.description.id,
                event_id);
}

void FakeIdentityProvider::Impl::RefreshSession(const PoolRecord& pool, const ClientRecord& client,
                                                const UserRecord& user, const std::string& event_id,
                                                const internal::SignIn& session,
                                                AuthenticationResultType& result) {
  const std::string issuer = IssuerOf(*pool.description.id);
  result = internal::IssueJwts(internal::TokenGrant{pool, client.description, user, session,
                                                    event_id, issuer, pool.GroupsOf(user)},
                               Now(), state.random);
}

bool FakeIdentityProvider::Impl::HasEnded(const internal::SignIn& session, const UserRecord& user) {
  return session.revoked || session.user_generation != user.token_generation;
}

StatusOr<UserRecord*> FakeIdentityProvider::Impl::CheckSessionUser(
    PoolRecord& pool, const internal::SignIn& session, std::string_view revoked_message) {
  UserRecord* user = pool.users.Find(session.user_key);
  if (user == nullptr || user->sub() != session.sub) {
    return msg::Error(ErrorCode::kUserNotFound, msg::kUserDoesNotExist);
  }
  if (!user->enabled) return msg::Error(ErrorCode::kNotAuthorized, msg::kUserIsDisabledSignIn);
  if (HasEnded(session, *user)) return msg::Error(ErrorCode::kNotAuthorized, revoked_message);
  return user;
}

std::string FakeIdentityProvider::Impl::IssuerOf(const std::string& user_pool_id) const {
  const std::string base =
      options.issuer_base.value_or("https://cognito-idp." + options.region + ".amazonaws.com");
  return base + "/" + user_pool_id;
}

internal::PoolKeys FakeIdentityProvider::Impl::NextPoolKeys(const std::string& user_pool_id) {
  return internal::BuiltInPoolKeys(user_pool_id, state.next_key_slot++);
}

StatusOr<FakeIdentityProvider::Impl::AccessTokenUser>
FakeIdentityProvider::Impl::ResolveAccessToken(const std::string& access_token) {
  const Status invalid = msg::Error(ErrorCode::kNotAuthorized, msg::kInvalidAccessToken);
  // Which pool's key to verify with comes from the token's own `iss`; the
  // signature then vouches for it and every other claim: the payload is read
  // (and its JSON parsed) once, before the signature over those same bytes
  // is checked.
  const std::optional<std::string> payload = internal::UnverifiedPayload(access_token);
  if (!payload) return invalid;
  const std::optional<internal::AccessTokenClaims> claims =
      internal::ReadAccessTokenClaims(*payload);
  if (!claims) return invalid;
  const std::optional<std::string> pool_id = internal::PoolIdOfIssuer(claims->issuer);
  if (!pool_id) return invalid;
  auto found = state.pools.pools.find(*pool_id);
  if (found == state.pools.pools.end()) return invalid;
  PoolRecord& pool = found->second;
  if (!internal::VerifyJwt(pool.keys.access, access_token)) return invalid;
  if (claims->token_use != "access" || claims->issuer != IssuerOf(*pool_id)) return invalid;
  const std::string& scope = claims->scope;
  if (scope != "aws.cognito.signin.user.admin" &&
      (" " + scope + " ").find(" aws.cognito.signin.user.admin ") == std::string::npos) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kAccessTokenScopes);
  }
  if (claims->expires_at <= internal::EpochSeconds(Now())) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kAccessTokenExpired);
  }
  const auto session = pool.sign_ins.find(claims->event_id);
  if (session == pool.sign_ins.end()) return invalid;  // never issued here
  auto checked = CheckSessionUser(pool, session->second, msg::kAccessTokenRevoked);
  if (!checked.ok()) return checked.status();
  UserRecord* user = *checked;
  if (user->status == UserStatusType::kResetRequired) {
    return msg::Error(ErrorCode::kPasswordResetRequired, msg::kPasswordResetRequired);
  }
  if (user->status == UserStatusType::kUnconfirmed) {
    return msg::Error(ErrorCode::kUserNotConfirmed, msg::kUserNotConfirmed);
  }
  return AccessTokenUser{&pool, user, session->first};
}

// ------------------------------------------------------------ flows

Status FakeIdentityProvider::Impl::PasswordAuth(
    PoolRecord& pool, ClientRecord& client, const std::map<std::string, std::string>& parameters,
    AuthOutcome outcome) {
  const std::string* username = Param(parameters, "USERNAME");
  const std::string* password = Param(parameters, "PASSWORD");
  if (!username) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("USERNAME"));
  }
  if (!password) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("PASSWORD"));
  }
  if (Status status = CheckSecretHash(client, Param(parameters, "SECRET_HASH"), *username);
      !status.ok()) {
    return status;
  }
  auto user = SignInUser(pool, client, *username, *password);
  if (!user.ok()) return user.status();
  if (Status status = CheckPassword(pool, **user, *password); !status.ok()) return status;
  if ((*user)->status == UserStatusType::kForceChangePassword) {
    return StartNewPasswordChallenge(pool, client, **user, outcome);
  }
  // InitiateAuth's ClientMetadata goes to no trigger of the sign-in [D].
  return FinishSignIn(pool, client, **user, {}, outcome);
}

StatusOr<UserRecord*> FakeIdentityProvider::Impl::SignInUser(PoolRecord& pool,
                                                             const ClientRecord& client,
                                                             const std::string& username,
                                                             const std::string& password) {
  if (UserRecord* user = pool.FindUser(username)) return user;
  // ClientMetadata is not passed to triggers from sign-in [D].
  auto migrated = MigrateUser(pool, username, password, "UserMigration_Authentication",
                              *client.description.client_id, {}, UserStatusType::kConfirmed);
  if (!migrated.ok()) return migrated.status();
  if (*migrated != nullptr) return *migrated;
  return UsesPreventUserExistenceErrors(client)
             ? msg::Error(ErrorCode::kNotAuthorized, msg::kIncorrectUsernameOrPassword)
             : msg::Error(ErrorCode::kUserNotFound, msg::kUserDoesNotExist);
}

Status FakeIdentityProvider::Impl::CheckPassword(const PoolRecord& pool, UserRecord& user,
                                                 const std::string& password) {
  if (Status status = CheckSignInAllowed(pool, user); !status.ok()) return status;
  const bool password_matches = user.password && *user.password == password;
  if (user.status == UserStatusType::kResetRequired &&
      (password_matches || !options.behavior.reset_required_checks_password)) {
    return msg::Error(ErrorCode::kPasswordResetRequired, msg::kPasswordResetRequired);
  }
  if (!password_matches || user.status == UserStatusType::kExternalProvider) {
    return RecordFailedSignIn(pool, user);
  }
  return CheckProvenUser(pool, user);
}

Status FakeIdentityProvider::Impl::CheckSignInAllowed(const PoolRecord& pool, UserRecord& user) {
  const Timestamp now = Now();
  // The lockout state is written only for a user with a failure on record,
  // or on a failure: `last_attempt` only dates failures (forgotten
  // kLockoutMemory after it), and most users never fail (they have no
  // activity record at all).
  const internal::LockoutState& recorded = user.activity().lockout;
  if (recorded.failures != 0 || recorded.locked_until != Timestamp()) {
    internal::LockoutState& lockout = MutableActivity(pool, user).lockout;
    if (now - lockout.last_attempt >= internal::kLockoutMemory) lockout = internal::LockoutState{};
    lockout.last_attempt = now;
    if (now < lockout.locked_until) {
      return msg::Error(ErrorCode::kNotAuthorized, msg::kPasswordAttemptsExceeded);
    }
  }
  if (!user.enabled) return msg::Error(ErrorCode::kNotAuthorized, msg::kUserIsDisabledSignIn);
  return Status();
}

Status FakeIdentityProvider::Impl::RecordFailedSignIn(const PoolRecord& pool, UserRecord& user) {
  const Timestamp now = Now();
  internal::LockoutState& lockout = MutableActivity(pool, user).lockout;
  lockout.last_attempt = now;
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

Status FakeIdentityProvider::Impl::CheckProvenUser(const PoolRecord& pool, UserRecord& user) {
  if (user.status == UserStatusType::kResetRequired) {
    return msg::Error(ErrorCode::kPasswordResetRequired, msg::kPasswordResetRequired);
  }
  if (user.status == UserStatusType::kUnconfirmed) {
    return msg::Error(ErrorCode::kUserNotConfirmed, msg::kUserNotConfirmed);
  }
  const internal::LockoutState& recorded = user.activity().lockout;
  if (recorded.failures != 0 || recorded.locked_until != Timestamp()) {
    internal::LockoutState& lockout = MutableActivity(pool, user).lockout;
    lockout = internal::LockoutState{};
    lockout.last_attempt = Now();
  }
  return Status();
}

Status FakeIdentityProvider::Impl::StartNewPasswordChallenge(const PoolRecord& pool,
                                                             const ClientRecord& client,
                                                             const UserRecord& user,
                                                             AuthOutcome outcome) {
  const Timestamp now = Now();
  const auto validity = std::chrono::hours(24) * pool.policy.temporary_password_validity_days;
  if (now - user.password_set_at > validity) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kTemporaryPasswordExpired);
  }
  std::string session_id =
      OpenAuthSession(NewAuthSession(pool, client, user, ChallengeNameType::kNewPasswordRequired));

  Json attributes = Json::object();
  for (const AttributeType& attribute : user.attributes) {
    if (attribute.name == "sub" || attribute.name == "email_verified" ||
        attribute.name == "phone_number_verified") {
      continue;
    }
    attributes[attribute.name] = attribute.value;
  }
  Json required = Json::array();
  for (const SchemaAttributeType& schema : pool.description.schema_attributes) {
    if (schema.required.value_or(false) && *schema.name != "sub" && !user.Attribute(*schema.name)) {
      required.push_back("userAttributes." + *schema.name);
    }
  }
  outcome.challenge_name = ChallengeNameType::kNewPasswordRequired;
  outcome.session = std::move(session_id);
  outcome.challenge_parameters = {
      {"USER_ID_FOR_SRP", user.username},
      {"requiredAttributes", required.dump()},
      {"userAttributes", attributes.dump(-1, ' ', false, Json::error_handler_t::replace)}};
  return Status();
}

Status FakeIdentityProvider::Impl::RefreshAuth(PoolRecord& pool, ClientRecord& client,
                                               const std::map<std::string, std::string>& parameters,
                                               AuthOutcome outcome) {
  const auto token = Param(parameters, "REFRESH_TOKEN");
  if (!token) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("REFRESH_TOKEN"));
  }
  const std::optional<internal::RefreshRecord> record =
      internal::OpenRefreshToken(state.token_key, *token);
  if (!record || record->user_pool_id != *pool.description.id) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kInvalidRefreshToken);
  }
  // A sign-in swept after its refresh token expired is answered from the
  // token's seal, as it was before: expired.
  const auto session = pool.sign_ins.find(record->event_id);
  const bool swept = session == pool.sign_ins.end() && WasSwept(pool, *record);
  if (session == pool.sign_ins.end() && !swept) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kInvalidRefreshToken);
  }
  if (record->client_id != *client.description.client_id) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kRefreshTokenOtherClient);
  }
  if (swept || session->second.refresh_expires_at <= Now()) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kRefreshTokenExpired);
  }
  auto checked = CheckSessionUser(pool, session->second, msg::kRefreshTokenRevoked);
  if (!checked.ok()) return checked.status();
  UserRecord* user = *checked;
  if (user->status == UserStatusType::kResetRequired) {
    return msg::Error(ErrorCode::kPasswordResetRequired, msg::kPasswordResetRequired);
  }
  if (client.description.client_secret) {
    // SECRET_HASH over the canonical username; the sub is accepted as well.
    const auto hash = Param(parameters, "SECRET_HASH");
    Status by_username = CheckSecretHash(client, hash, user->username);
    if (!by_username.ok() && (!hash || !CheckSecretHash(client, hash, user->sub()).ok())) {
      return by_username;
    }
  }
  RefreshSession(pool, client, *user, session->first, session->second,
                 outcome.authentication_result.emplace());
  return Status();
}

Status FakeIdentityProvider::Impl::RespondNewPassword(
    PoolRecord& pool, ClientRecord& client, const std::optional<std::string>& session_id,
    const std::map<std::string, std::string>& responses, const ClientMetadataType& client_metadata,
    AuthOutcome outcome) {
  if (!session_id) return msg::Error(ErrorCode::kNotAuthorized, msg::kInvalidSession);
  auto found = FindAuthSession(*session_id, &*pool.description.id, &*client.description.client_id);
  if (!found.ok()) return found.status();
  internal::AuthSession& session = **found;
  // Only a NEW_PASSWORD_REQUIRED session: an MFA challenge's never proved
  // the temporary password.
  if (session.challenge != ChallengeNameType::kNewPasswordRequired) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kInvalidSession);
  }
  const auto username = Param(responses, "USERNAME");
  if (!username) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("USERNAME"));
  }
  const auto new_password = Param(responses, "NEW_PASSWORD");
  if (!new_password) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("NEW_PASSWORD"));
  }
  UserRecord* session_user = pool.users.Find(session.user_key);
  if (session_user == nullptr) return msg::Error(ErrorCode::kUserNotFound, msg::kUserDoesNotExist);
  UserRecord& user = *session_user;
  if (pool.FindUser(*username) != &user) {
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
  // The answers are the user's, through RespondToAuthChallenge or
  // AdminRespondToAuthChallenge alike.
  if (Status status = CheckWritableAttributes(pool, attributes, /*from_client=*/true);
      !status.ok()) {
    return status;
  }
  for (const SchemaAttributeType& schema : pool.description.schema_attributes) {
    if (!schema.required.value_or(false) || *schema.name == "sub") continue;
    if (!user.Attribute(*schema.name) && !FindAttribute(attributes, *schema.name)) {
      return Status(ErrorCode::kInvalidParameter, msg::InvalidAttributesGivenMissing(*schema.name));
    }
  }
  if (Status status = CheckNewPassword(pool, &user, *new_password, false, true); !status.ok()) {
    return status;
  }
  if (Status status = CheckAliasConflicts(
          pool, &user,
          [&] {
            AttributeListType merged = user.attributes;
            for (const auto& a : attributes) merged.push_back(a);
            return merged;
          }(),
          false);
      !status.ok()) {
    return status;
  }

  // The MFA step after the new password can still fail (a code that cannot
  // be sent): then the answer is undone, and the session stays open.
  const UserRecord before = user;
  if (!attributes.empty()) ApplyAttributes(pool, user, attributes, false);
  SetPassword(pool, user, *new_password, /*permanent=*/true);
  user.status = UserStatusType::kConfirmed;
  session.used = true;
  if (Status status = FinishSignIn(pool, client, user, client_metadata, outcome); !status.ok()) {
    pool.UnindexUser(user);
    user = before;
    pool.IndexUser(user);
    session.used = false;
    return status;
  }
  return Status();
}

// ------------------------------------------------------------ operations

StatusOr<InitiateAuthResponse> FakeIdentityProvider::Impl::InitiateAuth(
    const InitiateAuthRequest& request) {
  auto found = state.pools.FindClient(request.client_id);
  if (!found.ok()) return found.status();
  PoolRecord* const pool = found->first;  // captured below: not a structured binding
  ClientRecord* const client = found->second;
  switch (request.auth_flow) {
    case AuthFlowType::kUserPasswordAuth:
      if (!HasFlow(*client, {ExplicitAuthFlowsType::kAllowUserPasswordAuth,
                             ExplicitAuthFlowsType::kUserPasswordAuth})) {
        return msg::Error(ErrorCode::kInvalidParameter, msg::kUserPasswordAuthNotEnabled);
      }
      return Respond<InitiateAuthResponse>([&](auto& response) {
        return PasswordAuth(*pool, *client, request.auth_parameters, AuthOutcome(response));
      });
    case AuthFlowType::kRefreshTokenAuth:
    case AuthFlowType::kRefreshToken:
      if (!AllowsRefresh(*client)) {
        return msg::Error(ErrorCode::kInvalidParameter, msg::kRefreshFlowNotEnabled);
      }
      return Respond<InitiateAuthResponse>([&](auto& response) {
        return RefreshAuth(*pool, *client, request.auth_parameters, AuthOutcome(response));
      });
    case AuthFlowType::kUserSrpAuth:
      if (!AllowsSrp(*client)) {
        return msg::Error(ErrorCode::kInvalidParameter, msg::kUserSrpAuthNotEnabled);
      }
      return Respond<InitiateAuthResponse>([&](auto& response) {
        return SrpAuth(*pool, *client, request.auth_parameters, AuthOutcome(response));
      });
    case AuthFlowType::kAdminNoSrpAuth:
    case AuthFlowType::kAdminUserPasswordAuth:
      return msg::Error(ErrorCode::kInvalidParameter, msg::kInitiateAuthMethodNotSupported);
    default:
      return Status(ErrorCode::kUnimplemented,
                    msg::NotSupported("InitiateAuth with AuthFlow " +
                                      std::string(ToString(request.auth_flow))));
  }
}

StatusOr<AdminInitiateAuthResponse> FakeIdentityProvider::Impl::AdminInitiateAuth(
    const AdminInitiateAuthRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  auto client = state.pools.FindClientInPool(**pool, request.client_id);
  if (!client.ok()) return client.status();
  switch (request.auth_flow) {
    case AuthFlowType::kAdminUserPasswordAuth:
    case AuthFlowType::kAdminNoSrpAuth:
      if (!HasFlow(**client, {ExplicitAuthFlowsType::kAllowAdminUserPasswordAuth,
                              ExplicitAuthFlowsType::kAdminNoSrpAuth})) {
        return msg::Error(ErrorCode::kInvalidParameter, msg::kAuthFlowNotEnabled);
      }
      return Respond<AdminInitiateAuthResponse>([&](auto& response) {
        return PasswordAuth(**pool, **client, request.auth_parameters, AuthOutcome(response));
      });
    case AuthFlowType::kRefreshTokenAuth:
    case AuthFlowType::kRefreshToken:
      if (!AllowsRefresh(**client)) {
        return msg::Error(ErrorCode::kInvalidParameter, msg::kRefreshFlowNotEnabled);
      }
      return Respond<AdminInitiateAuthResponse>([&](auto& response) {
        return RefreshAuth(**pool, **client, request.auth_parameters, AuthOutcome(response));
      });
    case AuthFlowType::kUserSrpAuth:
      if (!AllowsSrp(**client)) {
        return msg::Error(ErrorCode::kInvalidParameter, msg::kUserSrpAuthNotEnabled);
      }
      return Respond<AdminInitiateAuthResponse>([&](auto& response) {
        return SrpAuth(**pool, **client, request.auth_parameters, AuthOutcome(response));
      });
    case AuthFlowType::kUserPasswordAuth:
      return msg::Error(ErrorCode::kInvalidParameter, msg::kInitiateAuthMethodNotSupported);
    default:
      return Status(ErrorCode::kUnimplemented,
                    msg::NotSupported("AdminInitiateAuth with AuthFlow " +
                                      std::string(ToString(request.auth_flow))));
  }
}

Status FakeIdentityProvider::Impl::AnswerChallenge(
    PoolRecord& pool, ClientRecord& client, ChallengeNameType challenge,
    const std::optional<std::string>& session, const std::map<std::string, std::string>& responses,
    const ClientMetadataType& client_metadata, AuthOutcome outcome) {
  switch (challenge) {
    case ChallengeNameType::kNewPasswordRequired:
      return RespondNewPassword(pool, client, session, responses, client_metadata, outcome);
    case ChallengeNameType::kPasswordVerifier:
      return RespondPasswordVerifier(pool, client, responses, client_metadata, outcome);
    case ChallengeNameType::kSmsMfa:
    case ChallengeNameType::kEmailOtp:
    case ChallengeNameType::kSoftwareTokenMfa:
    case ChallengeNameType::kSelectMfaType:
    case ChallengeNameType::kMfaSetup:
      return RespondMfa(pool, client, challenge, session, responses, client_metadata, outcome);
    default:
      return Status(ErrorCode::kUnimplemented,
                    msg::NotSupported("Challenge " + std::string(ToString(challenge))));
  }
}

StatusOr<RespondToAuthChallengeResponse> FakeIdentityProvider::Impl::RespondToAuthChallenge(
    const RespondToAuthChallengeRequest& request) {
  auto found = state.pools.FindClient(request.client_id);
  if (!found.ok()) return found.status();
  return Respond<RespondToAuthChallengeResponse>([&](auto& response) {
    return AnswerChallenge(*found->first, *found->second, request.challenge_name, request.session,
                           request.challenge_responses, request.client_metadata,
                           AuthOutcome(response));
  });
}

StatusOr<AdminRespondToAuthChallengeResponse>
FakeIdentityProvider::Impl::AdminRespondToAuthChallenge(
    const AdminRespondToAuthChallengeRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  auto client = state.pools.FindClientInPool(**pool, request.client_id);
  if (!client.ok()) return client.status();
  return Respond<AdminRespondToAuthChallengeResponse>([&](auto& response) {
    return AnswerChallenge(**pool, **client, request.challenge_name, request.session,
                           request.challenge_responses, request.client_metadata,
                           AuthOutcome(response));
  });
}

}  // namespace cognito_fake
