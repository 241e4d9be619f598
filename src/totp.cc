#include "internal/totp.h"

#include <cstdio>
#include <cstdlib>

#include "internal/crypto.h"

namespace cognito_fake {
namespace internal {
namespace {

constexpr char kBase32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// The steps MatchTotp accepts codes of.
constexpr int kMatchDigits = 6;
constexpr int kMatchStepSeconds = 30;

// A caller broke a precondition: nothing right is left to answer.
[[noreturn]] void Unreachable(const char* what) {
  std::fprintf(stderr, "cognito_fake: TOTP: %s\n", what);
  std::abort();
}

// The value of a Base32 character, either case; -1 for any other.
int Base32Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= '2' && c <= '7') return c - '2' + 26;
  return -1;
}

// RFC 4226 section 5.3: HOTP of `counter` as `digits` decimal digits.
std::string HotpCode(std::string_view secret_bytes, std::uint64_t counter, int digits) {
  if (digits < 1 || digits > 10) Unreachable("a TOTP code of fewer than 1 or more than 10 digits");
  char message[8];
  for (int i = 7; i >= 0; --i) {
    message[i] = static_cast<char>(counter & 0xff);
    counter >>= 8;
  }
  const std::string hmac = HmacSha1(secret_bytes, std::string_view(message, sizeof message));
  auto byte = [&hmac](std::size_t at) {
    return static_cast<std::uint64_t>(static_cast<unsigned char>(hmac[at]));
  };
  const std::size_t offset = byte(hmac.size() - 1) & 0x0f;
  std::uint64_t value = ((byte(offset) & 0x7f) << 24) | (byte(offset + 1) << 16) |
                        (byte(offset + 2) << 8) | byte(offset + 3);
  // With 10 digits every 31-bit value fits: the modulus changes nothing.
  std::string code(static_cast<std::size_t>(digits), '0');
  for (int i = digits - 1; i >= 0; --i) {
    code[static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  return code;
}

}  // namespace

std::string Base32Encode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() * 8 + 4) / 5);
  std::uint32_t buffer = 0;
  int bits = 0;  // how many low bits of `buffer` are not written yet
  for (unsigned char byte : bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += kBase32Alphabet[(buffer >> bits) & 31];
    }
    buffer &= (1u << bits) - 1;
  }
  if (bits > 0) out += kBase32Alphabet[(buffer << (5 - bits)) & 31];
  return out;
}

std::optional<std::string> Base32Decode(std::string_view text) {
  std::string out;
  out.reserve(text.size() * 5 / 8);
  std::uint32_t buffer = 0;
  int bits = 0;  // how many low bits of `buffer` are not yet a byte
  std::size_t characters = 0;
  bool padding = false;
  for (char c : text) {
    if (c == ' ') continue;
    if (c == '=') {
      padding = true;
      continue;
    }
    const int value = Base32Value(c);
    if (value < 0 || padding) return std::nullopt;
    ++characters;
    buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xff);
      buffer &= (1u << bits) - 1;
    }
  }
  // A last group of 1, 3 or 6 characters is no whole number of bytes.
  switch (characters % 8) {
    case 1:
    case 3:
    case 6:
      return std::nullopt;
    default:
      return out;
  }
}

std::int64_t TotpStep(std::int64_t unix_seconds, int step_seconds) {
  if (step_seconds <= 0) Unreachable("a TOTP step of no seconds or fewer");
  std::int64_t step = unix_seconds / step_seconds;
  // C++ division truncates toward zero: round down instead.
  if (unix_seconds % step_seconds != 0 && unix_seconds < 0) --step;
  return step;
}

std::string TotpCode(std::string_view secret_bytes, std::int64_t unix_seconds, int digits,
                     int step_seconds) {
  return HotpCode(secret_bytes, static_cast<std::uint64_t>(TotpStep(unix_seconds, step_seconds)),
                  digits);
}

std::optional<std::int64_t> MatchTotp(std::string_view secret_bytes, std::string_view code,
                                      std::int64_t unix_seconds, std::int64_t last_accepted_step) {
  // The code's form is no secret: it may be refused at once.
  if (code.size() != static_cast<std::size_t>(kMatchDigits)) return std::nullopt;
  for (char c : code) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  const std::int64_t now = TotpStep(unix_seconds, kMatchStepSeconds);
  // In order of preference. |now| < 2^63 / 30, so neither neighbour overflows.
  const std::array<std::int64_t, 3> candidates = {now, now - 1, now + 1};
  std::optional<std::int64_t> match;
  for (std::int64_t step : candidates) {
    const bool equal = ConstantTimeEquals(
        HotpCode(secret_bytes, static_cast<std::uint64_t>(step), kMatchDigits), code);
    if (equal && step > last_accepted_step && !match) match = step;
  }
  return match;
}

}  // namespace internal
}  // namespace cognito_fake
