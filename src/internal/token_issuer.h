#ifndef COGNITO_FAKE_SRC_INTERNAL_TOKEN_ISSUER_H_
#define COGNITO_FAKE_SRC_INTERNAL_TOKEN_ISSUER_H_

// The ID and access tokens of a session as Cognito writes them (claims,
// validity), and what an access token presented later says. The token text
// is internal/tokens.h's.

#include <cognito_fake/types.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "internal/civil_time.h"
#include "internal/pool_record.h"
#include "internal/random.h"
#include "internal/user_record.h"

namespace cognito_fake {
namespace internal {

// How long a client's tokens live (its validity settings, or AWS's
// defaults: 1 hour, 1 hour, 30 days).
struct TokenValidity {
  std::chrono::seconds access;
  std::chrono::seconds id;
  std::chrono::seconds refresh;
};
TokenValidity ValidityOf(const UserPoolClientType& client);

// Whether the client's tokens carry `origin_jti` and can be revoked
// (EnableTokenRevocation, true unless set false).
bool RevocationEnabled(const UserPoolClientType& client);

// What the ID and access tokens of one issue are made of.
struct TokenGrant {
  const PoolRecord& pool;
  const UserPoolClientType& client;
  const UserRecord& user;
  const SignIn& session;
  std::string_view event_id;  // the session's name
  std::string_view issuer;    // `iss`
  // The user's groups in ListGroups' order: `cognito:groups` in both
  // tokens, `cognito:roles` and `cognito:preferred_role` in the ID token.
  std::vector<const GroupType*> groups;
};

// The ID token's `cognito:preferred_role` for `groups`: the role of the group
// with the lowest precedence among those with a role (groups without a
// precedence rank last); nullopt when there is none, or when two groups tie
// with different roles.
std::optional<std::string> PreferredRole(const std::vector<const GroupType*>& groups);

// The ID and access tokens of `grant` issued at `now` (no refresh token:
// the caller seals one for a new session), with ExpiresIn and TokenType;
// the `jti`s are drawn from `random`.
AuthenticationResultType IssueJwts(const TokenGrant& grant, Timestamp now, Random& random);

// What an access token says (to be trusted once its signature is verified).
struct AccessTokenClaims {
  std::string issuer;
  std::string token_use;
  std::string scope;
  std::string username;
  std::string sub;
  std::string client_id;
  std::string event_id;
  std::int64_t expires_at = 0;  // `exp`, in seconds since the epoch
};

// The claims of a token's payload text; nullopt when one of them is missing
// or of another type.
std::optional<AccessTokenClaims> ReadAccessTokenClaims(std::string_view payload);

// The pool id at the end of a token's `iss`, after its last '/'; nullopt
// when it has no '/'.
std::optional<std::string> PoolIdOfIssuer(std::string_view issuer);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_TOKEN_ISSUER_H_
