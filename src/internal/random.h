#ifndef COGNITO_FAKE_SRC_INTERNAL_RANDOM_H_
#define COGNITO_FAKE_SRC_INTERNAL_RANDOM_H_

// The fake's only source of randomness: SplitMix64 over one 64-bit state, so
// the state can be saved and restored exactly, and the same seed gives the
// same sequence on every platform and standard library. Base64UrlStream
// draws long random text from a 64-bit seed: a keyed hash, or a Random's
// word.

#include "internal/crypto.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cognito_fake {
namespace internal {

class Random {
 public:
  // SplitMix64's increment and its two mixing multipliers (FillBytes'
  // vector lanes use them too).
  static constexpr std::uint64_t kGamma = 0x9e3779b97f4a7c15ULL;
  static constexpr std::uint64_t kMix1 = 0xbf58476d1ce4e5b9ULL;
  static constexpr std::uint64_t kMix2 = 0x94d049bb133111ebULL;

  explicit Random(std::uint64_t seed = 0) : state_(seed) {}

  // Next 64 random bits (SplitMix64). Inline: a sign-in draws dozens (its
  // UUIDs, seeds and the refresh token's IV).
  std::uint64_t Next() {
    state_ += kGamma;
    std::uint64_t z = state_;
    z = (z ^ (z >> 30)) * kMix1;
    z = (z ^ (z >> 27)) * kMix2;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n) without modulo bias; n must be > 0. Inline, so that a
  // constant n (Digits' 10) costs no division.
  std::uint64_t Uniform(std::uint64_t n) {
    // Rejection sampling: discard the top partial range so each residue is
    // equally likely.
    const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % n);
    std::uint64_t value;
    do {
      value = Next();
    } while (value >= limit);
    return value % n;
  }
  // The bytes of the next ceil(size / 8) words, as that many Next() calls
  // give them, little-endian, the last word cut to what is left: four
  // words a step in AVX2 lanes, or eight in AVX-512DQ's, where the CPU has them (a stream's seeds, a
  // refresh token's keystream).
  void FillBytes(unsigned char* out, std::size_t size);
  // FillBytes with vector instructions up to `level` (and this CPU's):
  // tests compare each level with the scalar words. kAvx512 means AVX-512DQ
  // here, eight words a step.
  void FillBytesWith(VectorLevel level, unsigned char* out, std::size_t size);
  // `count` characters drawn uniformly from `alphabet`.
  std::string FromAlphabet(std::string_view alphabet, int count);
  // `count` decimal digits, leading zeros allowed (e.g. "039126").
  std::string Digits(int count);
  // A random (version 4, variant 1) UUID in lower-case 8-4-4-4-12 form.
  std::string Uuid4();
  // The same, written to the 36 characters at `out` (no allocation).
  void FillUuid4(char* out);

  std::uint64_t state() const { return state_; }
  void set_state(std::uint64_t state) { state_ = state; }

 private:
  std::uint64_t state_;
};

// Random base64url text straight from a seed, for the long random parts of
// token text (an RS256 signature, a JWE's encrypted key and padding): a
// sign-in draws ~1 400 such characters, which as random words then encoded
// were a fifth of its cost.
//
// xorshift128+ (Vigna's 23/17/26) in four lanes seeded by SplitMix64; each
// output byte's top six bits are one character. 32 characters a step, in
// AVX2 where the CPU has it (no 64-bit multiplies, which AVX2 lacks), each
// character looked up with one AVX-512 VBMI byte permutation where it has
// that too, and alike without. Not SplitMix64 like Random: the caller
// gives the seed (a keyed hash for a signature, whose text opening the
// token draws again).
class Base64UrlStream {
 public:
  explicit Base64UrlStream(std::uint64_t seed);

  // Writes the next `count` characters at `out`. Steps are drawn whole: the
  // characters of a step past `count` are dropped.
  void Write(std::size_t count, char* out);
  // The same characters, drawn with vector instructions up to `level` (and
  // this CPU's): tests compare each level with the others.
  void WriteWith(VectorLevel level, std::size_t count, char* out);
  // Writes Base64UrlLength(size) characters at `out` as Write does, then
  // clears the last one's spare bits: the base64url text of `size` random
  // bytes.
  void WriteBytesText(std::size_t size, char* out);

 private:
  // The lanes' two words of state: s0 in the first four, s1 in the last.
  std::uint64_t state_[8];
};

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_RANDOM_H_
