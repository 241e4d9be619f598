#ifndef COGNITO_FAKE_SRC_INTERNAL_TOKEN_ISSUER_H_
#define COGNITO_FAKE_SRC_INTERNAL_TOKEN_ISSUER_H_

// The tokens of a sign-in as Cognito writes them (claims, validity), and
// what a token presented later says. The token text is internal/tokens.h's.

#include <cognito_fake/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "internal/random.h"
#include "internal/tokens.h"
#include "internal/user_record.h"

namespace cognito_fake {
namespace internal {

// Who a sign-in's tokens are for.
struct TokenGrant {
  const UserPoolType& pool;
  const UserPoolClientType& client;
  const UserRecord& user;
  std::string user_key;    // the pool's users key of `user`
  std::string origin_jti;  // empty: a new sign-in, which draws its own
  bool with_refresh_token = true;
};

// What a valid access token says.
struct AccessTokenClaims {
  std::string user_pool_id;  // the last path segment of `iss`
  std::string username;
  std::string sub;
  std::int64_t expires_at = 0;   // `exp`, in seconds since the epoch
  std::uint64_t generation = 0;  // the user's token generation it was issued under
};

// Issues and opens one fake's tokens. Holds views of the key, the key id
// and the region: it lives no longer than the call that made it.
class TokenIssuer {
 public:
  TokenIssuer(std::string_view signing_key, std::string_view key_id, std::string_view region)
      : signing_key_(signing_key), key_id_(key_id), region_(region) {}

  // The ID, access and (unless refreshing) refresh tokens of `grant` at
  // `now`, valid for the client's validity settings; the UUIDs in them are
  // drawn from `random`.
  AuthenticationResultType Issue(const TokenGrant& grant, Timestamp now, Random& random) const;

  // The claims of an access token this issuer signed; nullopt for any
  // other text (an edited token, an ID token, another key's). It may have
  // expired: the caller compares `expires_at` with its clock.
  std::optional<AccessTokenClaims> OpenAccessToken(std::string_view token) const;

  // The record of a refresh token this issuer sealed; nullopt otherwise.
  std::optional<TokenRecord> OpenRefreshToken(std::string_view token) const;

 private:
  std::string_view signing_key_;
  std::string_view key_id_;
  std::string_view region_;
};

// Whole seconds since the epoch, as the tokens' time claims count.
std::int64_t EpochSeconds(Timestamp time);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_TOKEN_ISSUER_H_
