#ifndef COGNITO_FAKE_SRC_INTERNAL_SRP_H_
#define COGNITO_FAKE_SRC_INTERNAL_SRP_H_

// SRP-6a as Cognito's USER_SRP_AUTH runs it (session-behavior.md §7): the
// 3072-bit group of RFC 3526 with g = 2, SHA-256, amazon-cognito-identity-js's
// hex padding, its HKDF ("Caldera Derived Key") and the PASSWORD_VERIFIER
// signature. Both sides: the fake's (verifier, B, the key from A) and the
// client's (A, the key from B), big numbers from OpenSSL's BIGNUM.

#include <cognito_fake/model_types.h>
#include <openssl/bn.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace cognito_fake {
namespace internal {
namespace srp {

struct BigNumFree {
  void operator()(BIGNUM* number) const { BN_clear_free(number); }
};
// An owned BIGNUM, cleared when freed.
using BigNum = std::unique_ptr<BIGNUM, BigNumFree>;

// The group: N (RFC 3526 §4), g = 2, and k = H(pad(N) ‖ pad(g)).
const BIGNUM* Prime();
const BIGNUM* Generator();
const BIGNUM* Multiplier();

// True when `number` ≡ 0 (mod N): an SRP public value that must be refused.
bool IsZeroModPrime(const BIGNUM* number);

// The most hex digits accepted for SRP_A: N has 768.
inline constexpr std::size_t kMaxPublicHexDigits = 1024;

// The non-negative integer whose hex digits are `hex` (either case, no sign,
// no prefix, 1 to kMaxPublicHexDigits digits); nullptr for anything else.
BigNum FromHex(std::string_view hex);
// The non-negative integer whose big-endian bytes are `bytes`.
BigNum FromBytes(std::string_view bytes);
// Lower-case hex without padding (JavaScript's `toString(16)`); "0" for 0.
std::string ToHex(const BIGNUM* number);
// amazon-cognito-identity-js's padHex: even length, and a leading "00" when
// the first digit is 8-f (the two's-complement-safe form).
std::string PadHex(const BIGNUM* number);
// SHA-256 of the bytes whose hex is `hex`, as 64 lower-case hex digits.
std::string HexHash(std::string_view hex);
// SHA-256 of `text`'s bytes, as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view text);

// The part of a pool id after '_' (`us-east-1_ExAmPlE12` → `ExAmPlE12`).
std::string PoolName(std::string_view user_pool_id);

// x = H(pad(salt) ‖ SHA256hex(poolName ‖ userId ‖ ":" ‖ password)).
BigNum PrivateKey(const BIGNUM* salt, std::string_view pool_name, std::string_view user_id,
                  std::string_view password);
// v = g^x mod N.
BigNum Verifier(const BIGNUM* x);
// B = (k·v + g^b) mod N.
BigNum ServerPublic(const BIGNUM* v, const BIGNUM* b);
// A = g^a mod N.
BigNum ClientPublic(const BIGNUM* a);

// The 16-byte key the fake derives: nullopt when A ≡ 0 (mod N) or u = 0.
std::optional<std::string> ServerKey(const BIGNUM* a_public, const BIGNUM* b_public,
                                     const BIGNUM* b, const BIGNUM* v);
// The 16-byte key the client derives: nullopt when B ≡ 0 (mod N) or u = 0.
std::optional<std::string> ClientKey(const BIGNUM* a, const BIGNUM* a_public,
                                     const BIGNUM* b_public, const BIGNUM* x);
// HKDF-SHA256, one block: HMAC(HMAC(pad(u), pad(S)), "Caldera Derived Key" 0x01)[0, 16).
std::string DerivedKey(const BIGNUM* u, const BIGNUM* s);

// PASSWORD_CLAIM_SIGNATURE's 32 bytes (before base64):
// HMAC-SHA256(key, poolName ‖ userId ‖ secretBlock ‖ timestamp).
std::string Signature(std::string_view key, std::string_view pool_name, std::string_view user_id,
                      std::string_view secret_block, std::string_view timestamp);

// `EEE MMM d HH:mm:ss 'UTC' yyyy` in English (`Sun Feb 1 06:07:08 UTC 2026`).
std::string FormatTimestamp(Timestamp time);
// The instant a TIMESTAMP names, however its day is padded and whatever
// weekday it claims; nullopt when it does not have that shape.
std::optional<Timestamp> ParseTimestamp(std::string_view text);

}  // namespace srp
}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_SRP_H_
