#include "internal/random.h"

#include "internal/base64_avx2.h"
#include "internal/crypto.h"

#include <algorithm>
#include <cstddef>
#include <cstring>

#if defined(__x86_64__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cognito_fake {
namespace internal {

namespace {

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define COGNITO_FAKE_HAVE_AVX2_WORDS 1
// a * b mod 2^64 in each lane, from 32-bit products (AVX2 has no 64-bit
// multiply): lo(a)lo(b) + (hi(a)lo(b) + lo(a)hi(b)) << 32. `b_high` holds
// b >> 32.
__attribute__((target("avx2"), always_inline)) inline __m256i MultiplyLow64(__m256i a, __m256i b, __m256i b_high) {
  const __m256i low = _mm256_mul_epu32(a, b);
  const __m256i cross = _mm256_add_epi64(_mm256_mul_epu32(_mm256_srli_epi64(a, 32), b), _mm256_mul_epu32(a, b_high));
  return _mm256_add_epi64(low, _mm256_slli_epi64(cross, 32));
}

// SplitMix64 in four lanes: the states after `state` + 1..4 gammas, each
// mixed as Next() mixes, then four gammas on. Writes `steps` * 32 bytes to
// `out` and returns the state after them.
__attribute__((target("avx2"))) std::uint64_t FillWordsAvx2(std::uint64_t state, unsigned char* out,
                                                             std::size_t steps) {
  constexpr std::uint64_t kGamma = Random::kGamma;
  constexpr std::uint64_t kMix1 = Random::kMix1;
  constexpr std::uint64_t kMix2 = Random::kMix2;
  const __m256i mix1 = _mm256_set1_epi64x(static_cast<long long>(kMix1));
  const __m256i mix1_high = _mm256_set1_epi64x(static_cast<long long>(kMix1 >> 32));
  const __m256i mix2 = _mm256_set1_epi64x(static_cast<long long>(kMix2));
  const __m256i mix2_high = _mm256_set1_epi64x(static_cast<long long>(kMix2 >> 32));
  const __m256i four_gammas = _mm256_set1_epi64x(static_cast<long long>(4 * kGamma));
  __m256i states = _mm256_set_epi64x(static_cast<long long>(state + 4 * kGamma), static_cast<long long>(state + 3 * kGamma),
                                     static_cast<long long>(state + 2 * kGamma), static_cast<long long>(state + kGamma));
  for (std::size_t step = 0; step < steps; ++step, out += 32) {
    __m256i z = states;
    z = MultiplyLow64(_mm256_xor_si256(z, _mm256_srli_epi64(z, 30)), mix1, mix1_high);
    z = MultiplyLow64(_mm256_xor_si256(z, _mm256_srli_epi64(z, 27)), mix2, mix2_high);
    z = _mm256_xor_si256(z, _mm256_srli_epi64(z, 31));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), z);
    states = _mm256_add_epi64(states, four_gammas);
  }
  return state + 4 * kGamma * steps;
}

// z >> n in each lane. Zero-masked with every lane kept: GCC 12 warns that
// the unmasked intrinsic's undefined source "may be used uninitialized".
__attribute__((target("avx2,avx512f,avx512vl,avx512dq"), always_inline)) inline __m512i ShiftRight(__m512i z,
                                                                                                  unsigned n) {
  return _mm512_maskz_srli_epi64(static_cast<__mmask8>(0xff), z, n);
}

// SplitMix64's mix of eight states.
__attribute__((target("avx2,avx512f,avx512vl,avx512dq"), always_inline)) inline __m512i MixAvx512(__m512i z) {
  z = _mm512_mullo_epi64(_mm512_xor_si512(z, ShiftRight(z, 30)),
                         _mm512_set1_epi64(static_cast<long long>(Random::kMix1)));
  z = _mm512_mullo_epi64(_mm512_xor_si512(z, ShiftRight(z, 27)),
                         _mm512_set1_epi64(static_cast<long long>(Random::kMix2)));
  return _mm512_xor_si512(z, ShiftRight(z, 31));
}

// FillWordsAvx2 with AVX-512DQ's 64-bit multiply, eight lanes a step (then
// four for an odd 32 bytes): the same words in the same order. AVX2's
// multiply is three 32-bit products and their sum.
__attribute__((target("avx2,avx512f,avx512vl,avx512dq"))) std::uint64_t FillWordsAvx512(std::uint64_t state,
                                                                                          unsigned char* out,
                                                                                          std::size_t steps) {
  constexpr std::uint64_t kGamma = Random::kGamma;
  __m512i states = _mm512_add_epi64(_mm512_set1_epi64(static_cast<long long>(state)),
                                    _mm512_mullo_epi64(_mm512_set1_epi64(static_cast<long long>(kGamma)),
                                                       _mm512_set_epi64(8, 7, 6, 5, 4, 3, 2, 1)));
  const __m512i eight_gammas = _mm512_set1_epi64(static_cast<long long>(8 * kGamma));
  std::size_t step = 0;
  for (; step + 2 <= steps; step += 2, out += 64) {
    _mm512_storeu_si512(out, MixAvx512(states));
    states = _mm512_add_epi64(states, eight_gammas);
  }
  if (step < steps) _mm512_mask_storeu_epi64(out, static_cast<__mmask8>(0x0f), MixAvx512(states));  // four words
  return state + 4 * kGamma * steps;
}
#endif

}  // namespace

void Random::FillBytes(unsigned char* out, std::size_t size) { FillBytesWith(VectorLevel::kAvx512, out, size); }

void Random::FillBytesWith(VectorLevel level, unsigned char* out, std::size_t size) {
  // Drawn from a local copy: the bytes written through `out` might alias
  // this object, whose state would be stored and reloaded around each word.
  std::uint64_t state = state_;
#if defined(COGNITO_FAKE_HAVE_AVX2_WORDS)
  if (size >= 64 && level != VectorLevel::kNone && CpuHasAvx2()) {
    const std::size_t steps = size / 32;
    state = level == VectorLevel::kAvx512 && CpuHasAvx512Dq() ? FillWordsAvx512(state, out, steps)
                                                              : FillWordsAvx2(state, out, steps);
    out += steps * 32;
    size -= steps * 32;
  }
#else
  (void)level;
#endif
  Random rest(state);
  for (; size >= 8; size -= 8, out += 8) {
    const std::uint64_t word = rest.Next();
    std::memcpy(out, &word, 8);
  }
  if (size > 0) {
    const std::uint64_t word = rest.Next();
    std::memcpy(out, &word, size);
  }
  state_ = rest.state_;
}

std::string Random::FromAlphabet(std::string_view alphabet, int count) {
  std::string out;
  out.reserve(static_cast<std::size_t>(count > 0 ? count : 0));
  for (int i = 0; i < count; ++i) out += alphabet[Uniform(alphabet.size())];
  return out;
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

namespace {

// One xorshift128+ step of each lane; 32 characters at `out`, lane by lane,
// each word's bytes from the lowest.
void StreamStep(std::uint64_t* s0, std::uint64_t* s1, char* out) {
  for (int lane = 0; lane < 4; ++lane) {
    std::uint64_t x = s0[lane];
    const std::uint64_t y = s1[lane];
    s0[lane] = y;
    x ^= x << 23;
    s1[lane] = x ^ y ^ (x >> 17) ^ (y >> 26);
    const std::uint64_t word = s1[lane] + y;
    for (int byte = 0; byte < 8; ++byte) out[8 * lane + byte] = kBase64UrlAlphabet[(word >> (8 * byte + 2)) & 63];
  }
}

#if defined(COGNITO_FAKE_HAVE_AVX2_BASE64)
// One xorshift128+ step of the four lanes in `a` (s0) and `b` (s1); the
// lanes' outputs.
__attribute__((target("avx2"), always_inline)) inline __m256i XorshiftStepAvx2(__m256i& a, __m256i& b) {
  __m256i x = a;
  const __m256i y = b;
  a = y;
  x = _mm256_xor_si256(x, _mm256_slli_epi64(x, 23));
  b = _mm256_xor_si256(_mm256_xor_si256(x, y), _mm256_xor_si256(_mm256_srli_epi64(x, 17), _mm256_srli_epi64(y, 26)));
  return _mm256_add_epi64(b, y);
}

// `steps` of StreamStep at once, the four lanes side by side.
__attribute__((target("avx2"))) void StreamStepsAvx2(std::uint64_t* s0, std::uint64_t* s1, char* out,
                                                     std::size_t steps) {
  __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s0));
  __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s1));
  const __m256i offsets = Base64OffsetsAvx2(/*url=*/true);
  const __m256i six_bits = _mm256_set1_epi8(0x3f);
  for (std::size_t step = 0; step < steps; ++step, out += 32) {
    const __m256i word = XorshiftStepAvx2(a, b);
    // Each byte's top six bits: a 16-bit shift by two, then the low six
    // bits of each byte (the bits shifted across bytes are masked off).
    const __m256i sextets = _mm256_and_si256(_mm256_srli_epi16(word, 2), six_bits);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), SextetsToBase64Avx2(sextets, offsets));
  }
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(s0), a);
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(s1), b);
}

// The same steps, each byte's character looked up in one two-register
// byte permutation (AVX-512 VBMI on 256-bit registers), which reads only an
// index's low six bits: no mask, no range arithmetic.
__attribute__((target("avx2,avx512f,avx512vl,avx512vbmi"))) void StreamStepsAvx512(std::uint64_t* s0,
                                                                                   std::uint64_t* s1, char* out,
                                                                                   std::size_t steps) {
  __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s0));
  __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s1));
  const __m256i first_half = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(kBase64UrlAlphabet));
  const __m256i second_half = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(kBase64UrlAlphabet + 32));
  for (std::size_t step = 0; step < steps; ++step, out += 32) {
    const __m256i word = XorshiftStepAvx2(a, b);
    const __m256i chars = _mm256_permutex2var_epi8(first_half, _mm256_srli_epi16(word, 2), second_half);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), chars);
  }
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(s0), a);
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(s1), b);
}
#endif

}  // namespace

Base64UrlStream::Base64UrlStream(std::uint64_t seed) {
  // SplitMix64's first eight words, s0's four then s1's, as FillBytes
  // writes them (native words: its bytes are each word's, lowest first).
  // Straight into the state: through a copy, the steps' vector loads of
  // it waited for the copy's stores.
  Random(seed).FillBytes(reinterpret_cast<unsigned char*>(state_), sizeof state_);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  for (std::uint64_t& word : state_) word = __builtin_bswap64(word);
#endif
}

void Base64UrlStream::Write(std::size_t count, char* out) { WriteWith(CpuVectorLevel(), count, out); }

void Base64UrlStream::WriteWith(VectorLevel level, std::size_t count, char* out) {
  level = std::min(level, CpuVectorLevel());
  const std::size_t whole = count / 32;
  const std::size_t rest = count % 32;
  char step[32];  // the last step's characters, when it is part-used
#if defined(COGNITO_FAKE_HAVE_AVX2_BASE64)
  if (level != VectorLevel::kNone) {
    auto steps = level == VectorLevel::kAvx512 ? StreamStepsAvx512 : StreamStepsAvx2;
    if (whole > 0) steps(state_, state_ + 4, out, whole);
    if (rest > 0) {
      steps(state_, state_ + 4, step, 1);
      std::memcpy(out + 32 * whole, step, rest);
    }
    return;
  }
#endif
  for (std::size_t i = 0; i < whole; ++i) StreamStep(state_, state_ + 4, out + 32 * i);
  if (rest > 0) {
    StreamStep(state_, state_ + 4, step);
    std::memcpy(out + 32 * whole, step, rest);
  }
}

void Base64UrlStream::WriteBytesText(std::size_t size, char* out) {
  Write(Base64UrlLength(size), out);
  ClearBase64UrlSpareBits(size, out);
}

}  // namespace internal
}  // namespace cognito_fake
