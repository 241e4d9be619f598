#include "internal/random.h"

#include "internal/crypto.h"

#include <algorithm>
#include <cstring>


namespace cognito_fake {
namespace internal {

std::uint64_t Random::Uniform(std::uint64_t n) {
  // Rejection sampling: discard the top partial range so each residue is
  // equally likely.
  const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % n);
  std::uint64_t value;
  do {
    value = Next();
  } while (value >= limit);
  return value % n;
}

std::string Random::FromAlphabet(std::string_view alphabet, int count) {
  std::string out;
  out.reserve(static_cast<std::size_t>(count > 0 ? count : 0));
  for (int i = 0; i < count; ++i) out += alphabet[Uniform(alphabet.size())];
  return out;
}

void Random::AppendBase64UrlChars(int count, std::string& out) {
  // Random bytes, base64url-encoded, up to 512 bytes (684 characters) at a
  // time; the last run is cut to length.
  std::size_t left = static_cast<std::size_t>(count > 0 ? count : 0);
  unsigned char bytes[512];
  while (left > 0) {
    const std::size_t chars = std::min<std::size_t>(left, sizeof bytes / 3 * 4);
    const std::size_t needed = (chars * 3 + 3) / 4;
    const std::size_t filled = (needed + 7) / 8 * 8;
    for (std::size_t i = 0; i < filled; i += 8) {
      const std::uint64_t word = Next();
      std::memcpy(bytes + i, &word, sizeof word);
    }
    const std::size_t end = out.size() + chars;
    AppendBase64Url(bytes, needed, out);
    out.resize(end);
    left -= chars;
  }
}

std::string Random::Digits(int count) { return FromAlphabet("0123456789", count); }

std::string Random::Uuid4() {
  std::string text(36, '-');
  FillUuid4(text.data());
  return text;
}

void Random::FillUuid4(char* text) {
  std::uint64_t high = Next();
  std::uint64_t low = Next();
  high = (high & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;  // version 4
  low = (low & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;    // variant 1
  // By hand rather than snprintf, whose format parsing dominated user
  // creation: 8-4-4-4-12 lowercase hex digits.
  constexpr char kHex[] = "0123456789abcdef";
  std::size_t at = 0;
  auto put = [&](std::uint64_t bits, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) text[at++] = kHex[(bits >> shift) & 0xf];
  };
  auto dash = [&] { text[at++] = '-'; };
  put(high >> 32, 8);
  dash();
  put(high >> 16, 4);
  dash();
  put(high, 4);
  dash();
  put(low >> 48, 4);
  dash();
  put(low, 12);
}

}  // namespace internal
}  // namespace cognito_fake
