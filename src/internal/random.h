#ifndef COGNITO_FAKE_SRC_INTERNAL_RANDOM_H_
#define COGNITO_FAKE_SRC_INTERNAL_RANDOM_H_

// The fake's only source of randomness: SplitMix64 over one 64-bit state,
// so the state can be saved and restored exactly, and the same seed gives
// the same sequence on every platform and standard library.

#include <cstdint>
#include <string>
#include <string_view>

namespace cognito_fake {
namespace internal {

class Random {
 public:
  explicit Random(std::uint64_t seed = 0) : state_(seed) {}

  // The next 64 random bits (SplitMix64).
  std::uint64_t Next();

  // Uniform in [0, n) without modulo bias; `n` must be > 0.
  std::uint64_t Uniform(std::uint64_t n);

  // `count` characters drawn uniformly from `alphabet`.
  std::string FromAlphabet(std::string_view alphabet, int count);

  // `count` decimal digits, leading zeros allowed (e.g. "039126"): the
  // same draws as FromAlphabet("0123456789", count).
  std::string Digits(int count);

  // `size` random bytes: the little-endian bytes of the next ceil(size / 8)
  // words, the last word cut to what is left.
  std::string Bytes(std::size_t size);

  // A random (version 4, variant 1) UUID in lower-case 8-4-4-4-12 form,
  // from the next two words.
  std::string Uuid4();

  std::uint64_t state() const { return state_; }
  void set_state(std::uint64_t state) { state_ = state; }

 private:
  std::uint64_t state_;
};

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_RANDOM_H_
