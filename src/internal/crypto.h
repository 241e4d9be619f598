#ifndef COGNITO_FAKE_SRC_INTERNAL_CRYPTO_H_
#define COGNITO_FAKE_SRC_INTERNAL_CRYPTO_H_

// SHA-256, HMAC-SHA256 and Base64, self-contained so the library needs no
// crypto dependency (SECRET_HASH), and the fast keyed hash behind token
// signatures.

#include <array>
#include <cstddef>
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
// The digest's bytes as a std::string (32 bytes).
std::string DigestBytes(const Sha256Digest& digest);

// RFC 4648 section 5's alphabet: the base64url character of each 6-bit value.
inline constexpr char kBase64UrlAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
// The 6-bit value of each byte as a base64url character; -1 for the rest.
inline constexpr auto kBase64UrlSextets = [] {
  std::array<std::int8_t, 256> sextets{};
  for (auto& sextet : sextets) sextet = -1;
  for (int i = 0; i < 64; ++i) sextets[static_cast<unsigned char>(kBase64UrlAlphabet[i])] = static_cast<std::int8_t>(i);
  return sextets;
}();
// The 6-bit value of base64url character `c`; -1 for any other character.
inline int Base64UrlSextet(char c) { return kBase64UrlSextets[static_cast<unsigned char>(c)]; }

// RFC 4648 section 4 Base64 with '=' padding.
std::string Base64Encode(std::string_view bytes);
// RFC 4648 section 5 base64url without padding (JWT segments).
std::string Base64UrlEncode(std::string_view bytes);
// The length of the base64url (unpadded) of `size` bytes.
constexpr std::size_t Base64UrlLength(std::size_t size) {
  return size / 3 * 4 + (size % 3 == 0 ? 0 : size % 3 + 1);
}
// Writes the base64url of `size` bytes at `bytes` to `out`, which has room
// for Base64UrlLength(size) characters.
void EncodeBase64Url(const unsigned char* bytes, std::size_t size, char* out);
// Clears the bits of `text`'s last character that hold no bit of `size`
// bytes: `text` (Base64UrlLength(size) base64url characters drawn at
// random) then decodes to exactly `size` bytes, as Base64UrlDecode and
// every strict decoder want.
// Inline: callers pass constant sizes, and a sign-in clears four.
inline void ClearBase64UrlSpareBits(std::size_t size, char* text) {
  const std::size_t rest = size % 3;
  if (rest == 0) return;  // whole groups: no spare bits
  // One byte leaves 4 spare bits in its second character, two bytes 2 in
  // their third.
  char& last = text[Base64UrlLength(size) - 1];
  const int spare_mask = rest == 1 ? 0x0f : 0x03;
  last = kBase64UrlAlphabet[Base64UrlSextet(last) & ~spare_mask & 63];
}
// Decodes base64url with or without padding; nullopt on any invalid input.
std::optional<std::string> Base64UrlDecode(std::string_view text);

// A fast keyed 64-bit hash (wyhash's multiply-and-fold over 16-byte
// blocks). Not cryptographic: it tells a token this fake issued from one a
// test edited, at a fraction of HMAC-SHA256's cost on every sign-in.
std::uint64_t KeyedHash64(std::uint64_t key, std::string_view data);

// Whether this CPU runs AVX2 (base64 and random words use it where it does).
bool CpuHasAvx2();
// Whether it runs AVX-512 F, VL and DQ (its 64-bit multiply: random words).
bool CpuHasAvx512Dq();
// The widest vector instructions the base64 encoder and Base64UrlStream
// may use on this CPU: AVX-512 with VBMI and VL (its byte permutations, on
// 512- and 256-bit registers), AVX2, or none.
enum class VectorLevel { kNone, kAvx2, kAvx512 };
VectorLevel CpuVectorLevel();
// Base64UrlEncode with vector instructions up to `level` (and this CPU's):
// tests compare each level with the others.
std::string Base64UrlEncodeWith(std::string_view bytes, VectorLevel level);
// Compares without an early exit on the first difference.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_CRYPTO_H_
