#ifndef COGNITO_FAKE_SRC_INTERNAL_SIGNING_KEYS_H_
#define COGNITO_FAKE_SRC_INTERNAL_SIGNING_KEYS_H_

// The RSA keys that sign a pool's tokens (RS256, RSASSA-PKCS1-v1_5 with
// SHA-256, as Cognito signs them), the pool's pair of them with their key
// ids, and the JWKS and OpenID documents that publish them.

#include <cognito_fake/status.h>

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct evp_pkey_st;  // OpenSSL's EVP_PKEY

namespace cognito_fake {
namespace internal {

// An RSA private key. Immutable once made and safe to use from several
// threads: pools and snapshots share one.
class SigningKey {
 public:
  // A key from a PEM private key (PKCS#8 or PKCS#1) of an RSA key of at
  // least 2048 bits; InvalidParameterException otherwise.
  static StatusOr<std::shared_ptr<const SigningKey>> FromPem(std::string_view pem);
  // The `index`th (modulo kBuiltInKeyCount) of the keys shipped with the
  // library, parsed on first use and kept for the program.
  static std::shared_ptr<const SigningKey> BuiltIn(std::size_t index);

  ~SigningKey();
  SigningKey(const SigningKey&) = delete;
  SigningKey& operator=(const SigningKey&) = delete;

  // The RS256 signature of `input`: 256 bytes for a 2048-bit key.
  std::string Sign(std::string_view input) const;
  // Whether `signature` is this key's RS256 signature of `input`.
  bool Verifies(std::string_view input, std::string_view signature) const;
  // The public modulus, big-endian, without leading zero bytes.
  std::string Modulus() const;
  // The public exponent, the same way (65537 for every built-in key).
  std::string Exponent() const;
  // The PEM text the key came from.
  const std::string& pem() const { return pem_; }
  // Which built-in key this is, if it is one.
  std::optional<std::size_t> built_in_index() const { return built_in_index_; }
  // SHA-256 of the PEM text: names the key in key ids without parsing it.
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  SigningKey(std::string pem, std::optional<std::size_t> built_in_index, evp_pkey_st* key);
  std::string Parameter(const char* name) const;

  std::string pem_;
  std::optional<std::size_t> built_in_index_;
  std::string fingerprint_;
  evp_pkey_st* key_;  // owned
};

// A key as one pool uses it: the key and the `kid` its tokens name.
struct PoolKey {
  std::shared_ptr<const SigningKey> key;
  std::string key_id;  // 44 characters of standard base64, as Cognito's
};

// The two keys of a pool: ID tokens are signed with one, access tokens with
// the other, so the `kid`s of one sign-in differ, as in Cognito.
struct PoolKeys {
  PoolKey id;
  PoolKey access;
};

// The key id of `key` used for `use` ("id" / "access") in pool
// `user_pool_id`: base64 of SHA-256 over the three, so that two pools never
// name their keys alike, even when they share a built-in key.
std::string KeyIdFor(std::string_view user_pool_id, std::string_view use, const SigningKey& key);

// A pool's keys from the built-in set: keys `2 * slot` and `2 * slot + 1`
// (modulo the set), so that pools with consecutive slots use different keys.
PoolKeys BuiltInPoolKeys(std::string_view user_pool_id, std::size_t slot);

// `{"keys":[...]}`: the JWKS document of `keys` as Cognito serves it, the ID
// token key first, each with exactly alg, e, kid, kty, n and use (n and e
// unpadded base64url, as JWK writes them).
std::string JwksDocument(const PoolKeys& keys);

// The OpenID discovery document of the pool whose tokens name `issuer`.
std::string OpenIdConfiguration(std::string_view issuer);

inline constexpr std::size_t kBuiltInKeyCount = 8;
// The built-in keys' PEM texts (built_in_keys.cc).
extern const std::array<const char*, kBuiltInKeyCount> kBuiltInKeyPems;

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_SIGNING_KEYS_H_
