#ifndef COGNITO_FAKE_SRC_INTERNAL_TOTP_H_
#define COGNITO_FAKE_SRC_INTERNAL_TOTP_H_

// RFC 6238 time-based one-time passwords (HMAC-SHA1, T0 = 0) and the
// RFC 4648 Base32 that authenticator apps take secrets in. HMAC-SHA1 is
// OpenSSL's libcrypto; a failure of libcrypto itself aborts the program, as
// in crypto.h. So does an argument outside a function's stated range (a
// step of zero seconds, a code of 11 digits): a bug of the caller, which no
// answer would hide.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cognito_fake {
namespace internal {

// RFC 4648 section 6 Base32 (alphabet A-Z then 2-7), upper case, without
// '=' padding: 8 characters for each 5 bytes, and 2, 4, 5 or 7 for a last
// group of 1, 2, 3 or 4 bytes.
std::string Base32Encode(std::string_view bytes);

// Decodes RFC 4648 section 6 Base32 in upper or lower case. Spaces are
// ignored anywhere, and '=' padding after the last character (in any
// number); nullopt for any other character, a character after a '=', or a
// count of characters that no byte string encodes to (1, 3 or 6 more than a
// multiple of 8). Leftover bits of the last character are ignored, as
// authenticator apps do, so more than one text decodes to the same bytes.
std::optional<std::string> Base32Decode(std::string_view text);

// The time step of `unix_seconds`: floor(unix_seconds / step_seconds),
// rounding down for negative times too (-1 is step -1, not 0).
// `step_seconds` must be > 0.
std::int64_t TotpStep(std::int64_t unix_seconds, int step_seconds = 30);

// The RFC 6238 TOTP code of the key `secret_bytes` (raw bytes, not Base32)
// at `unix_seconds`: HOTP (RFC 4226, HMAC-SHA1, dynamic truncation) of the
// step TotpStep(unix_seconds, step_seconds) as an 8-byte big-endian counter
// (two's complement before 1970), as `digits` decimal digits with leading
// zeros. `digits` must be 1 to 10 and `step_seconds` > 0.
std::string TotpCode(std::string_view secret_bytes, std::int64_t unix_seconds, int digits = 6,
                     int step_seconds = 30);

// The time step whose 6-digit, 30-second code is `code`, among the step of
// `unix_seconds` (now) and its neighbours, preferred in the order now,
// now - 1, now + 1, and only a step > `last_accepted_step`, so that a code
// is accepted once (pass -1 when none was accepted yet). nullopt when
// no such step has that code, or `code` is not exactly 6 ASCII digits.
// Codes are compared in constant time, and all three steps are computed
// whichever matches.
std::optional<std::int64_t> MatchTotp(std::string_view secret_bytes, std::string_view code,
                                      std::int64_t unix_seconds, std::int64_t last_accepted_step);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_TOTP_H_
