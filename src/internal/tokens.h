#ifndef COGNITO_FAKE_SRC_INTERNAL_TOKENS_H_
#define COGNITO_FAKE_SRC_INTERNAL_TOKENS_H_

// The fake's tokens are self-contained: the fake keeps no record of the
// tokens it issued (a test that signs in a million times holds no million
// records), yet refuses any token it did not issue, one that was edited,
// and one revoked since.
//
// - An access or ID token is a JWT with Cognito's header and claims. Its
//   signature has the 256 bytes of an RS256 signature: 248 of AES-256-CTR
//   keystream keyed by HMAC-SHA256 of the signing input under the fake's
//   key, from a counter block holding the user's token generation when it
//   was issued, then that generation, masked. Opening the token reads the generation back and
//   draws the 248 bytes again: a token whose generation is no longer the
//   user's was revoked (AdminDisableUser and sign-out bump it).
// - A refresh token is shaped like Cognito's five-part JWE (RSA-OAEP,
//   A256GCM): its ciphertext is the TokenRecord sealed with AES-256-GCM
//   under a key drawn from the fake's key, its header and encrypted key
//   authenticated with it.
//
// Not RS256: no JWT library verifies these signatures (docs/fidelity.md).

#include <cognito_fake/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "internal/random.h"

namespace cognito_fake {
namespace internal {

/// What a refresh token carries.
struct TokenRecord {
  std::string user_pool_id;
  std::string client_id;
  std::string user_key;  // the pool's users key of the user
  std::string sub;
  std::uint64_t token_generation = 0;
  Timestamp expires_at;
  std::string origin_jti;

  bool operator==(const TokenRecord& other) const;
};

// The base64url of the JWT header {"kid":key_id,"alg":"RS256"}.
std::string EncodedJwtHeader(std::string_view key_id);

// `<header>.<payload>.<signature>`: the header for `key_id`, `payload` (a
// JSON object's text) and the signature described above, in base64url.
std::string SignJwt(std::string_view key, std::string_view key_id, std::uint64_t generation,
                    std::string_view payload);

// A JWT this fake issued: its payload's JSON text and the user's token
// generation it was issued under.
struct AuthenticJwt {
  std::string payload;
  std::uint64_t generation = 0;
};

// The payload and generation of a JWT signed under `key`; nullopt for any
// text that is not one, or was edited anywhere.
std::optional<AuthenticJwt> OpenJwt(std::string_view key, std::string_view token);

// A refresh token carrying `record`; its IV is drawn from `random`.
std::string IssueRefreshToken(std::string_view key, const TokenRecord& record, Random& random);

// The record in a refresh token issued under `key`; nullopt for any text
// that is not one, or was edited.
std::optional<TokenRecord> OpenRefreshToken(std::string_view key, std::string_view token);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_TOKENS_H_
