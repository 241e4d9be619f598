#include "internal/random.h"

#include <cstdio>

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

std::string Random::Digits(int count) { return FromAlphabet("0123456789", count); }

std::string Random::Uuid4() {
  std::uint64_t high = Next();
  std::uint64_t low = Next();
  high = (high & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;  // version 4
  low = (low & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;    // variant 1
  char text[37];
  std::snprintf(text, sizeof text, "%08x-%04x-%04x-%04x-%012llx",
                static_cast<unsigned>(high >> 32), static_cast<unsigned>((high >> 16) & 0xffff),
                static_cast<unsigned>(high & 0xffff), static_cast<unsigned>(low >> 48),
                static_cast<unsigned long long>(low & 0xffffffffffffULL));
  return text;
}

}  // namespace internal
}  // namespace cognito_fake
