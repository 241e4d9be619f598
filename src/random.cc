#include "internal/random.h"

#include "internal/crypto.h"

#include <algorithm>
#include <cstring>


namespace cognito_fake {
namespace internal {

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
  // creation: 8-4-4-4-12 lowercase hex digits, a byte (two digits) a step.
  static constexpr char kHexPairs[] =
      "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
      "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f"
      "404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f"
      "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f"
      "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"
      "a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf"
      "c0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedf"
      "e0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";
  // The bytes of high, then low, most significant first; a dash before
  // bytes 4, 6, 8 and 10.
  char* out = text;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) *out++ = '-';
    const std::uint64_t word = i < 8 ? high : low;
    const unsigned byte = static_cast<unsigned>(word >> (56 - 8 * (i % 8))) & 0xff;
    std::memcpy(out, kHexPairs + 2 * byte, 2);
    out += 2;
  }
}

}  // namespace internal
}  // namespace cognito_fake
