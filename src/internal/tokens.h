#ifndef COGNITO_FAKE_SRC_INTERNAL_TOKENS_H_
#define COGNITO_FAKE_SRC_INTERNAL_TOKENS_H_

// The fake's tokens are self-contained: the fake keeps no record of the
// tokens it issued (a test that signs in a million times holds no million
// records), yet refuses any token it did not issue, one that was edited,
// and one revoked since.
//
// - An access or ID token is a JWT whose signature (342 characters, the
//   base64url of 256 bytes as an RS256 signature's) is drawn from keyed
//   hashes of the signing input and of the user's token generation when it
//   was issued, which it also carries, masked. Checking it recovers
//   that generation: a token whose generation is no longer the user's was
//   revoked (AdminDisableUser bumps it). Nothing in a signature lets one
//   sign the same claims for another generation without the key.
// - A refresh token is shaped like Cognito's five-part JWE. Its ciphertext
//   part carries the TokenRecord, masked with a keystream drawn from the
//   key and the token's IV, then random characters to Cognito's length;
//   its tag part is a keyed hash of the IV and the record's characters.
//   The rest of its random text (the encrypted key, the padding) is drawn
//   from the key and the IV too, and opening the token draws it again.
//
// Not cryptography: the keyed hash tells our tokens from tokens a test
// edited or made up, nothing more (docs/fidelity.md).

#include <cognito_fake/types.h>

#include "internal/random.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cognito_fake {
namespace internal {

// A signing key and the seeds of its uses (signing, the signature's text,
// the masked generation, the refresh token's keystream and tag),
// each a keyed hash of the key made once: a sign-in hashed the key ten
// times when each use derived its own.
class TokenKey {
 public:
  explicit TokenKey(std::string_view key = {});

  const std::string& text() const { return text_; }

  std::uint64_t signature_seed() const { return signature_seed_; }
  std::uint64_t generation_seed() const { return generation_seed_; }
  std::uint64_t signature_text_seed() const { return signature_text_seed_; }
  std::uint64_t cipher_seed() const { return cipher_seed_; }
  std::uint64_t tag_seed() const { return tag_seed_; }

 private:
  std::string text_;
  std::uint64_t signature_seed_;
  std::uint64_t generation_seed_;
  std::uint64_t signature_text_seed_;
  std::uint64_t cipher_seed_;
  std::uint64_t tag_seed_;
};

// What a refresh token carries.
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

// The same fields as views, for writing a token without copying them.
struct TokenRecordView {
  std::string_view user_pool_id;
  std::string_view client_id;
  std::string_view user_key;
  std::string_view sub;
  std::uint64_t token_generation = 0;
  Timestamp expires_at;
  std::string_view origin_jti;
};

// The base64url of the JWT header {"kid":key_id,"alg":"RS256"}.
std::string EncodedJwtHeader(std::string_view key_id);

// The header of the JWTs one key signs under one key id: its base64url
// text, and the keyed hash of that text each signature's hash starts from.
// The same for every token of a fake, so made once: each JWT hashed the
// header again, in line before its payload.
class JwtHeader {
 public:
  JwtHeader() = default;  // none: empty()
  JwtHeader(const TokenKey& key, std::string_view key_id);

  // True for the default header, which signs nothing.
  bool empty() const { return encoded_.empty(); }
  // The key id it names, and its base64url text.
  const std::string& key_id() const { return key_id_; }
  const std::string& encoded() const { return encoded_; }
  // KeyedHash64(key.signature_seed(), encoded()).
  std::uint64_t signing_seed() const { return signing_seed_; }
  // The key's signature_seed(), to check that it signs with its own key.
  std::uint64_t key_seed() const { return key_seed_; }

 private:
  std::string key_id_;
  std::string encoded_;
  std::uint64_t signing_seed_ = 0;
  std::uint64_t key_seed_ = 0;
};

// Appends `<header>.<payload>.<signature>` to `out`: `payload` (a JSON
// object's text) and the signature described above in base64url. `header`
// was made for `key`.
void AppendSignedJwt(const TokenKey& key, const JwtHeader& header, std::uint64_t generation,
                     std::string_view payload, std::string& out);

// A JWT this fake issued: its payload's JSON text and the user's token
// generation it was issued under.
struct AuthenticJwt {
  std::string payload;
  std::uint64_t generation = 0;
};
// The payload and generation of a JWT issued under `key`; nullopt for any
// text that is not one, or was edited anywhere.
std::optional<AuthenticJwt> OpenJwt(const TokenKey& key, std::string_view token);

// Appends a refresh token carrying `record` to `out`. Draws its random
// parts from `random`.
void AppendRefreshToken(const TokenKey& key, const TokenRecordView& record, Random& random,
                        std::string& out);
// The record in a refresh token issued by `key`; nullopt for any text that
// is not one, or was edited.
std::optional<TokenRecord> OpenRefreshToken(const TokenKey& key, std::string_view token);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_TOKENS_H_
