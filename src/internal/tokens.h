#ifndef COGNITO_FAKE_SRC_INTERNAL_TOKENS_H_
#define COGNITO_FAKE_SRC_INTERNAL_TOKENS_H_

// The text of the fake's tokens.
//
// - An ID or access token is a JWS in compact serialisation with Cognito's
//   header `{"kid":"<key id>","alg":"RS256"}`, signed RS256 with one of the
//   pool's keys: any JWT library verifies it with the pool's JWKS.
// - A refresh token is shaped like Cognito's five-part JWE (RSA-OAEP,
//   A256GCM) and is as opaque: its ciphertext is a RefreshRecord sealed with
//   AES-256-GCM under the fake's token key, naming the session it belongs
//   to; the session itself is kept by the pool (PoolRecord::sign_ins).

#include <cognito_fake/model_types.h>

#include <optional>
#include <string>
#include <string_view>

#include "internal/random.h"
#include "internal/signing_keys.h"

namespace cognito_fake {
namespace internal {

// `<header>.<payload>.<signature>`: `payload` (a JSON object's text) signed
// with `key`, in base64url.
std::string SignJwt(const PoolKey& key, std::string_view payload);

// The payload text of `token` when it is a JWS signed by `key`, its header
// naming RS256 and `key`'s kid; nullopt for any other text: edited, signed
// by another key, with `alg` none or HS256, or not a JWS at all.
std::optional<std::string> VerifyJwt(const PoolKey& key, std::string_view token);

// The payload text of a JWS, unverified: to learn which pool's key to
// verify it with. nullopt when `token` has no JSON object there.
std::optional<std::string> UnverifiedPayload(std::string_view token);

// What a refresh token names.
struct RefreshRecord {
  std::string user_pool_id;
  std::string client_id;
  std::string event_id;  // the session's
  // When the refresh token expires, so that it is still answered as expired
  // once the fake has forgotten its session; nullopt in a token sealed
  // before the fake recorded it (format version 2).
  std::optional<Timestamp> expires_at;

  bool operator==(const RefreshRecord& other) const;
};

// A refresh token carrying `record`, sealed under `key` (32 bytes); its IV
// is drawn from `random`.
std::string SealRefreshToken(std::string_view key, const RefreshRecord& record, Random& random);

// The record in a refresh token sealed under `key`; nullopt for any text
// that is not one, or was edited.
std::optional<RefreshRecord> OpenRefreshToken(std::string_view key, std::string_view token);

// What a challenge's Session string carries, sealed like a refresh token:
// enough to answer "expired" for a session the fake has forgotten.
struct SessionSeal {
  std::string user_pool_id;
  std::string client_id;
  Timestamp expires_at;
};

// A Session string carrying `seal`: unpadded base64url of the IV (drawn
// from `random`), the AES-256-GCM ciphertext and its tag, under a key
// derived from `key`.
std::string SealSession(std::string_view key, const SessionSeal& seal, Random& random);

// The seal of a Session string SealSession made with `key`; nullopt for
// any other text.
std::optional<SessionSeal> OpenSession(std::string_view key, std::string_view session);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_TOKENS_H_
