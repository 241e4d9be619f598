// Challenge sessions (NEW_PASSWORD_REQUIRED, the MFA challenges, MFA_SETUP's
// steps): opened under a sealed Session string, found by every answer in one
// order, and answered from their seal once forgotten (docs/fidelity.md,
// "What the fake forgets").

#include <chrono>
#include <utility>

#include "internal/fake_impl.h"
#include "internal/messages.h"
#include "internal/tokens.h"

namespace cognito_fake {

using internal::ClientRecord;
using internal::PoolRecord;
using internal::UserRecord;
namespace msg = internal::msg;

internal::AuthSession FakeIdentityProvider::Impl::NewAuthSession(
    const PoolRecord& pool, const ClientRecord& client, const UserRecord& user,
    ChallengeNameType challenge) const {
  internal::AuthSession session;
  session.user_pool_id = *pool.description.id;
  session.client_id = *client.description.client_id;
  session.user_key = pool.UsernameKey(user.username);
  session.challenge = challenge;
  session.started_at = Now();
  session.expires_at = session.started_at +
                       std::chrono::minutes(client.description.auth_session_validity.value_or(3));
  return session;
}

std::string FakeIdentityProvider::Impl::OpenAuthSession(internal::AuthSession session) {
  const internal::SessionSeal seal{session.user_pool_id, session.client_id, session.expires_at};
  std::string id;
  do {
    id = internal::SealSession(state.token_key, seal, state.random);
  } while (state.sessions.count(id) != 0);
  ScheduleSweep(internal::SweepKind::kChallenge, session.expires_at, "", id);
  state.sessions.emplace(id, std::move(session));
  return id;
}

StatusOr<internal::AuthSession*> FakeIdentityProvider::Impl::FindAuthSession(
    const std::string& session_id, const std::string* user_pool_id, const std::string* client_id) {
  const Status invalid = msg::Error(ErrorCode::kNotAuthorized, msg::kInvalidSession);
  const Status expired = msg::Error(ErrorCode::kNotAuthorized, msg::kSessionExpired);
  const auto names = [&](const std::string& pool, const std::string& client) {
    return (user_pool_id == nullptr || pool == *user_pool_id) &&
           (client_id == nullptr || client == *client_id);
  };
  const auto found = state.sessions.find(session_id);
  if (found == state.sessions.end()) {
    // Swept once it expired: its seal still says so. (A pool deleted since
    // took its sessions with it, as it always did.)
    const std::optional<internal::SessionSeal> seal =
        internal::OpenSession(state.token_key, session_id);
    if (seal && names(seal->user_pool_id, seal->client_id) && seal->expires_at <= Now() &&
        state.pools.pools.count(seal->user_pool_id) != 0) {
      return expired;
    }
    return invalid;
  }
  internal::AuthSession& session = found->second;
  if (session.srp || !names(session.user_pool_id, session.client_id)) return invalid;
  if (session.expires_at <= Now()) return expired;
  if (session.used) return msg::Error(ErrorCode::kNotAuthorized, msg::kSessionUsed);
  return &session;
}

}  // namespace cognito_fake
