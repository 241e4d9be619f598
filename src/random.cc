#include "internal/random.h"

#include "internal/crypto.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cognito_fake {
namespace internal {

std::string Random::FromAlphabet(std::string_view alphabet, int count) {
  std::string out;
  out.reserve(static_cast<std::size_t>(count > 0 ? count : 0));
  for (int i = 0; i < count; ++i) out += alphabet[Uniform(alphabet.size())];
  return out;
}

void Random::AppendBase64UrlChars(int count, std::string& out) {
  const std::size_t at = out.size();
  out.resize(at + static_cast<std::size_t>(count > 0 ? count : 0));
  WriteBase64UrlChars(count, out.data() + at);
}

void Random::WriteBase64UrlChars(int count, char* out) {
  // Random bytes, base64url-encoded, up to 512 bytes (684 characters) at a
  // time; the last run is cut to length.
  std::size_t left = static_cast<std::size_t>(count > 0 ? count : 0);
  unsigned char bytes[512];
  char encoded[512 / 3 * 4 + 4];
  while (left > 0) {
    const std::size_t chars = std::min<std::size_t>(left, sizeof bytes / 3 * 4);
    const std::size_t needed = (chars * 3 + 3) / 4;
    const std::size_t filled = (needed + 7) / 8 * 8;
    for (std::size_t i = 0; i < filled; i += 8) {
      const std::uint64_t word = Next();
      std::memcpy(bytes + i, &word, sizeof word);
    }
    EncodeBase64Url(bytes, needed, encoded);
    std::memcpy(out, encoded, chars);
    out += chars;
    left -= chars;
  }
}

std::string Random::Digits(int count) {
  // FromAlphabet("0123456789", count), with the 10 known to the inlined
  // Uniform: the same draws and digits, without its two 64-bit divisions a
  // digit (a code is drawn for every message sent).
  std::string out(static_cast<std::size_t>(count > 0 ? count : 0), '0');
  for (char& digit : out) digit = static_cast<char>('0' + Uniform(10));
  return out;
}

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
  // creation: the 32 lowercase hex digits of high then low, most significant
  // first, cut 8-4-4-4-12.
  char hex[32];
#if defined(__SSE2__)
  // Sixteen digits a step: each byte's two nibbles side by side, then
  // '0' + nibble, plus 'a' - '0' - 10 where the nibble is above 9 (a UUID
  // is drawn for every user and four for every sign-in; byte by byte it
  // took ~340 instructions).
  const __m128i words = _mm_set_epi64x(static_cast<long long>(__builtin_bswap64(low)),
                                       static_cast<long long>(__builtin_bswap64(high)));
  const __m128i low_nibbles = _mm_and_si128(words, _mm_set1_epi8(0x0f));
  const __m128i high_nibbles = _mm_and_si128(_mm_srli_epi16(words, 4), _mm_set1_epi8(0x0f));
  auto digits = [](__m128i nibbles) {
    const __m128i letters = _mm_and_si128(_mm_cmpgt_epi8(nibbles, _mm_set1_epi8(9)), _mm_set1_epi8('a' - '0' - 10));
    return _mm_add_epi8(_mm_add_epi8(nibbles, _mm_set1_epi8('0')), letters);
  };
  _mm_storeu_si128(reinterpret_cast<__m128i*>(hex), digits(_mm_unpacklo_epi8(high_nibbles, low_nibbles)));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(hex + 16), digits(_mm_unpackhi_epi8(high_nibbles, low_nibbles)));
#else
  static constexpr char kHex[] = "0123456789abcdef";
  for (int i = 0; i < 16; ++i) {
    const std::uint64_t word = i < 8 ? high : low;
    const unsigned byte = static_cast<unsigned>(word >> (56 - 8 * (i % 8))) & 0xff;
    hex[2 * i] = kHex[byte >> 4];
    hex[2 * i + 1] = kHex[byte & 0x0f];
  }
#endif
  std::memcpy(text, hex, 8);
  text[8] = '-';
  std::memcpy(text + 9, hex + 8, 4);
  text[13] = '-';
  std::memcpy(text + 14, hex + 12, 4);
  text[18] = '-';
  std::memcpy(text + 19, hex + 16, 4);
  text[23] = '-';
  std::memcpy(text + 24, hex + 20, 12);
}

}  // namespace internal
}  // namespace cognito_fake
