#include "internal/random.h"

namespace cognito_fake {
namespace internal {

std::uint64_t Random::Next() {
  state_ += 0x9e3779b97f4a7c15ULL;
  std::uint64_t z = state_;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::uint64_t Random::Uniform(std::uint64_t n) {
  // Rejection sampling: the top partial range is drawn again, so that each
  // residue is equally likely.
  const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % n);
  std::uint64_t value;
  do {
    value = Next();
  } while (value >= limit);
  return value % n;
}

std::string Random::FromAlphabet(std::string_view alphabet, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += alphabet[Uniform(alphabet.size())];
  return out;
}

std::string Random::Digits(int count) { return FromAlphabet("0123456789", count); }

std::string Random::Bytes(std::size_t size) {
  std::string out;
  out.reserve(size + 8);
  while (out.size() < size) {
    const std::uint64_t word = Next();
    for (int byte = 0; byte < 8; ++byte) out += static_cast<char>((word >> (8 * byte)) & 0xff);
  }
  out.resize(size);
  return out;
}

std::string Random::Uuid4() {
  const std::uint64_t high = (Next() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;  // version 4
  const std::uint64_t low = (Next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;   // variant 1
  // The 32 hex digits of `high` then `low`, most significant first, cut
  // 8-4-4-4-12.
  static constexpr char kHex[] = "0123456789abcdef";
  std::string text;
  for (int nibble = 0; nibble < 32; ++nibble) {
    if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20) text += '-';
    const std::uint64_t word = nibble < 16 ? high : low;
    text += kHex[(word >> (60 - 4 * (nibble % 16))) & 0xf];
  }
  return text;
}

}  // namespace internal
}  // namespace cognito_fake
