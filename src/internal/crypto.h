#ifndef COGNITO_FAKE_SRC_INTERNAL_CRYPTO_H_
#define COGNITO_FAKE_SRC_INTERNAL_CRYPTO_H_

// SHA-256, HMAC-SHA256, AES-256 (GCM and CTR) and Base64, from OpenSSL's
// libcrypto. A failure of libcrypto itself (it cannot fetch SHA-256, or has
// no memory) aborts the program with OpenSSL's error: no answer of the fake
// would be right after it.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cognito_fake {
namespace internal {

using Sha256Digest = std::array<std::uint8_t, 32>;

// FIPS 180-4 SHA-256 of `data`.
Sha256Digest Sha256(std::string_view data);

// RFC 2104 HMAC with SHA-256.
Sha256Digest HmacSha256(std::string_view key, std::string_view message);

// RFC 2104 HMAC with SHA-1: the 20-byte digest (TOTP, RFC 6238, needs it).
std::string HmacSha1(std::string_view key, std::string_view message);

// The digest's bytes as a std::string (32 bytes).
std::string DigestBytes(const Sha256Digest& digest);

// A 32-byte key for one use (`label`) of `secret`: SHA-256 of the label,
// a NUL and the secret.
std::string DeriveKey(std::string_view secret, std::string_view label);

// `size` bytes of AES-256-CTR keystream under a 32-byte `key` from the
// 16-byte initial counter block `iv`.
std::string Keystream(std::string_view key, std::string_view iv, std::size_t size);

// RFC 4648 section 4 Base64 with '=' padding.
std::string Base64Encode(std::string_view bytes);

// Decodes RFC 4648 section 4 Base64 with its '=' padding; nullopt for any
// other text (so that each byte string has exactly one text).
std::optional<std::string> Base64Decode(std::string_view text);

// RFC 4648 section 5 base64url without padding (JWT segments).
std::string Base64UrlEncode(std::string_view bytes);

// Decodes base64url, ignoring any trailing '='; nullopt for any other
// character, an impossible length, or leftover bits that are not zero (so
// that each byte string has exactly one unpadded text).
std::optional<std::string> Base64UrlDecode(std::string_view text);

// AES-256-GCM with a 32-byte `key` and an `iv`: the ciphertext of
// `plaintext` followed by the 16-byte tag over it and `aad`.
std::string SealAes256Gcm(std::string_view key, std::string_view iv, std::string_view aad,
                          std::string_view plaintext);

// The plaintext SealAes256Gcm sealed; nullopt when anything (key, iv, aad,
// ciphertext or tag) differs from what it sealed.
std::optional<std::string> OpenAes256Gcm(std::string_view key, std::string_view iv,
                                         std::string_view aad, std::string_view sealed);

// The bytes as lower-case hexadecimal, two digits each.
std::string HexEncode(std::string_view bytes);

// Compares without an early exit on the first difference.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_CRYPTO_H_
