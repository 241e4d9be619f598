#ifndef COGNITO_FAKE_SRC_INTERNAL_BASE64_AVX2_H_
#define COGNITO_FAKE_SRC_INTERNAL_BASE64_AVX2_H_

// The AVX2 step that turns 32 six-bit values into base64 characters, shared
// by the base64 encoder (crypto.cc) and the random base64url text drawn for
// tokens (random.cc). Compiled for AVX2 whatever the build's flags; callers
// check CpuVectorLevel() first.

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define COGNITO_FAKE_HAVE_AVX2_BASE64 1

#include <immintrin.h>

#include <cstdint>

namespace cognito_fake {
namespace internal {

// Offsets from a 6-bit value to its character, by range: A-Z, a-z, 0-9,
// then the alphabet's last two characters ('-' '_' for base64url, '+' '/'
// for base64).
__attribute__((target("avx2"), always_inline)) inline __m256i Base64OffsetsAvx2(bool url) {
  const std::int8_t c62 = url ? '-' - 62 : '+' - 62;
  const std::int8_t c63 = url ? '_' - 63 : '/' - 63;
  return _mm256_setr_epi8(65, 71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, c62, c63, 0, 0,  //
                          65, 71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, c62, c63, 0, 0);
}

// Each byte of `sextets` (0..63) as its base64 character (Wojciech Mula's
// translation, as in Lemire's fastbase64): the range's index picks the
// offset, which is added.
__attribute__((target("avx2"), always_inline)) inline __m256i SextetsToBase64Avx2(__m256i sextets,
                                                                                 __m256i offsets) {
  __m256i range = _mm256_subs_epu8(sextets, _mm256_set1_epi8(51));
  range = _mm256_sub_epi8(range, _mm256_cmpgt_epi8(sextets, _mm256_set1_epi8(25)));
  return _mm256_add_epi8(sextets, _mm256_shuffle_epi8(offsets, range));
}

}  // namespace internal
}  // namespace cognito_fake

#endif

#endif  // COGNITO_FAKE_SRC_INTERNAL_BASE64_AVX2_H_
