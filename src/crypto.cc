#include "internal/crypto.h"

#include "internal/base64_avx2.h"

#include <algorithm>
#include <cstring>

namespace cognito_fake {
namespace internal {
namespace {

constexpr std::uint32_t kRoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

constexpr std::uint32_t RotateRight(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

void CompressBlock(std::uint32_t (&h)[8], const unsigned char* block) {
  std::uint32_t w[64];
  for (int i = 0; i < 16; ++i) {
    w[i] = (std::uint32_t{block[4 * i]} << 24) | (std::uint32_t{block[4 * i + 1]} << 16) |
           (std::uint32_t{block[4 * i + 2]} << 8) | std::uint32_t{block[4 * i + 3]};
  }
  for (int i = 16; i < 64; ++i) {
    const std::uint32_t s0 = RotateRight(w[i - 15], 7) ^ RotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
    const std::uint32_t s1 = RotateRight(w[i - 2], 17) ^ RotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
  for (int i = 0; i < 64; ++i) {
    const std::uint32_t s1 = RotateRight(e, 6) ^ RotateRight(e, 11) ^ RotateRight(e, 25);
    const std::uint32_t choose = (e & f) ^ (~e & g);
    const std::uint32_t t1 = k + s1 + choose + kRoundConstants[i] + w[i];
    const std::uint32_t s0 = RotateRight(a, 2) ^ RotateRight(a, 13) ^ RotateRight(a, 22);
    const std::uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
    const std::uint32_t t2 = s0 + majority;
    k = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
  h[5] += f;
  h[6] += g;
  h[7] += k;
}

constexpr char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Two output characters for every 12-bit value, stored in memory order:
// base64 at two table loads and one 4-byte store per three input bytes
// (a sign-in writes ~3 KB of base64url).
struct PairTable {
  std::array<std::uint16_t, 4096> pairs{};
  const char* alphabet;
};
constexpr PairTable MakePairTable(const char* alphabet) {
  PairTable table{{}, alphabet};
  for (int i = 0; i < 4096; ++i) {
    const auto first = static_cast<unsigned char>(alphabet[i >> 6]);
    const auto second = static_cast<unsigned char>(alphabet[i & 63]);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    table.pairs[static_cast<std::size_t>(i)] = static_cast<std::uint16_t>((first << 8) | second);
#else
    table.pairs[static_cast<std::size_t>(i)] = static_cast<std::uint16_t>((second << 8) | first);
#endif
  }
  return table;
}
constexpr PairTable kBase64Pairs = MakePairTable(kBase64Alphabet);
constexpr PairTable kBase64UrlPairs = MakePairTable(kBase64UrlAlphabet);

#if defined(COGNITO_FAKE_HAVE_AVX2_BASE64)
// Wojciech Mula's AVX2 base64 encoding (as in Lemire's fastbase64): the 24
// bytes at `in` to 32 characters at `out`. It reads exactly those 24 bytes
// (the upper lane's 12 from a load 4 bytes early, shifted).
__attribute__((target("avx2"), always_inline)) inline void EncodeStepAvx2(const unsigned char* in,
                                                                         __m256i shuffle, __m256i offsets,
                                                                         char* out) {
  const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in));
  const __m128i high = _mm_srli_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(in + 8)), 4);
  const __m256i spread = _mm256_shuffle_epi8(_mm256_set_m128i(high, low), shuffle);
  const __m256i t0 = _mm256_and_si256(spread, _mm256_set1_epi32(0x0fc0fc00));
  const __m256i t1 = _mm256_mulhi_epu16(t0, _mm256_set1_epi32(0x04000040));
  const __m256i t2 = _mm256_and_si256(spread, _mm256_set1_epi32(0x003f03f0));
  const __m256i t3 = _mm256_mullo_epi16(t2, _mm256_set1_epi32(0x01000010));
  const __m256i sextets = _mm256_or_si256(t1, t3);
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), SextetsToBase64Avx2(sextets, offsets));
}

// Every whole group of `size` >= 24 bytes, 24 bytes a step; the last step
// ends at the last whole group, overlapping the step before it (whose
// characters it writes again), so the tail needs no padded copy. Returns
// the bytes encoded (size / 3 * 3).
__attribute__((target("avx2"))) std::size_t EncodeAvx2(const unsigned char* in, std::size_t size,
                                                        bool url, char* out) {
  const __m256i shuffle = _mm256_setr_epi8(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10,  //
                                           1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10);
  const __m256i offsets = Base64OffsetsAvx2(url);
  const std::size_t whole = size / 3 * 3;
  std::size_t at = 0;
  for (char* to = out; at + 24 <= whole; at += 24, to += 32) EncodeStepAvx2(in + at, shuffle, offsets, to);
  if (at < whole) EncodeStepAvx2(in + whole - 24, shuffle, offsets, out + (whole - 24) / 3 * 4);
  return whole;
}

// GCC 12's AVX-512 intrinsics start their masked forms from an undefined
// vector, which -Wmaybe-uninitialized reports in every caller.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif

// Wojciech Mula and Daniel Lemire's AVX-512 VBMI base64 encoding: the 48
// bytes at `in` to 64 characters at `out`, in three instructions (a byte
// shuffle, a multishift that gathers the sextets, a byte permutation that
// looks up their characters). The masked load reads exactly the 48 bytes.
__attribute__((target("avx512f,avx512bw,avx512vbmi"), always_inline)) inline void EncodeStepAvx512(
    const unsigned char* in, __m512i shuffle, __m512i alphabet, char* out) {
  const __m512i bytes = _mm512_maskz_loadu_epi8(0x0000ffffffffffffULL, in);
  const __m512i spread = _mm512_permutexvar_epi8(shuffle, bytes);
  const __m512i sextets = _mm512_multishift_epi64_epi8(_mm512_set1_epi64(0x3036242a1016040aLL), spread);
  _mm512_storeu_si512(out, _mm512_permutexvar_epi8(sextets, alphabet));
}

// EncodeAvx2's steps, 48 bytes each, for `size` >= 48.
__attribute__((target("avx512f,avx512bw,avx512vbmi"))) std::size_t EncodeAvx512(const unsigned char* in,
                                                                                std::size_t size,
                                                                                const char* alphabet, char* out) {
  // Each 32-bit lane takes bytes [1, 0, 2, 1] of its 3-byte group.
  const __m512i shuffle = _mm512_setr_epi32(0x01020001, 0x04050304, 0x07080607, 0x0a0b090a, 0x0d0e0c0d, 0x10110f10,
                                            0x13141213, 0x16171516, 0x191a1819, 0x1c1d1b1c, 0x1f201e1f, 0x22232122,
                                            0x25262425, 0x28292728, 0x2b2c2a2b, 0x2e2f2d2e);
  const __m512i characters = _mm512_loadu_si512(alphabet);  // the alphabet's 64
  const std::size_t whole = size / 3 * 3;
  std::size_t at = 0;
  for (char* to = out; at + 48 <= whole; at += 48, to += 64) EncodeStepAvx512(in + at, shuffle, characters, to);
  if (at < whole) EncodeStepAvx512(in + whole - 48, shuffle, characters, out + (whole - 48) / 3 * 4);
  return whole;
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#endif

// Encodes `size` bytes at `in` to `out`, which has room for
// EncodedLength(size, pad) characters, with vector instructions up to
// `level`.
void EncodeInto(const unsigned char* in, std::size_t size, const PairTable& table, bool pad, char* out,
                VectorLevel level = CpuVectorLevel()) {
#if defined(COGNITO_FAKE_HAVE_AVX2_BASE64)
  std::size_t done = 0;
  if (size >= 48 && level >= VectorLevel::kAvx512) {
    done = EncodeAvx512(in, size, table.alphabet, out);
  } else if (size >= 24 && level >= VectorLevel::kAvx2) {
    done = EncodeAvx2(in, size, &table == &kBase64UrlPairs, out);
  }
  in += done;
  size -= done;
  out += done / 3 * 4;
#else
  (void)level;
#endif
  const std::size_t groups = size / 3;
  for (std::size_t g = 0; g < groups; ++g, in += 3, out += 4) {
    const std::uint32_t n = (std::uint32_t{in[0]} << 16) | (std::uint32_t{in[1]} << 8) | in[2];
    const std::uint16_t pair[2] = {table.pairs[n >> 12], table.pairs[n & 0xfff]};
    std::memcpy(out, pair, 4);
  }
  const std::size_t rest = size - groups * 3;
  if (rest > 0) {
    std::uint32_t n = std::uint32_t{in[0]} << 16;
    if (rest == 2) n |= std::uint32_t{in[1]} << 8;
    out[0] = table.alphabet[(n >> 18) & 63];
    out[1] = table.alphabet[(n >> 12) & 63];
    if (rest == 2) out[2] = table.alphabet[(n >> 6) & 63];
    if (pad) {
      if (rest == 1) out[2] = '=';
      out[3] = '=';
    }
  }
}

// Base64UrlLength, or whole groups of four when padded.
std::size_t EncodedLength(std::size_t size, bool pad) { return pad ? (size + 2) / 3 * 4 : Base64UrlLength(size); }

std::string EncodeWith(std::string_view bytes, const PairTable& table, bool pad,
                       VectorLevel level = CpuVectorLevel()) {
  std::string out(EncodedLength(bytes.size(), pad), '=');
  EncodeInto(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), table, pad, out.data(), level);
  return out;
}

}  // namespace

Sha256Digest Sha256(std::string_view data) {
  std::uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  std::size_t full = data.size() / 64;
  for (std::size_t i = 0; i < full; ++i) CompressBlock(h, bytes + 64 * i);

  // Final block(s): the remaining bytes, 0x80, zeros, and the bit length.
  unsigned char tail[128] = {};
  const std::size_t rest = data.size() - 64 * full;
  if (rest > 0) std::memcpy(tail, bytes + 64 * full, rest);
  tail[rest] = 0x80;
  const std::size_t tail_size = rest + 1 + 8 <= 64 ? 64 : 128;
  const std::uint64_t bit_length = static_cast<std::uint64_t>(data.size()) * 8;
  for (int i = 0; i < 8; ++i) {
    tail[tail_size - 1 - i] = static_cast<unsigned char>(bit_length >> (8 * i));
  }
  CompressBlock(h, tail);
  if (tail_size == 128) CompressBlock(h, tail + 64);

  Sha256Digest digest{};
  for (int i = 0; i < 8; ++i) {
    digest[4 * i] = static_cast<std::uint8_t>(h[i] >> 24);
    digest[4 * i + 1] = static_cast<std::uint8_t>(h[i] >> 16);
    digest[4 * i + 2] = static_cast<std::uint8_t>(h[i] >> 8);
    digest[4 * i + 3] = static_cast<std::uint8_t>(h[i]);
  }
  return digest;
}

Sha256Digest HmacSha256(std::string_view key, std::string_view message) {
  constexpr std::size_t kBlockSize = 64;
  std::string block_key(kBlockSize, '\0');
  if (key.size() > kBlockSize) {
    const Sha256Digest hashed = Sha256(key);
    std::memcpy(block_key.data(), hashed.data(), hashed.size());
  } else {
    std::memcpy(block_key.data(), key.data(), key.size());
  }
  std::string inner(kBlockSize, '\0');
  std::string outer(kBlockSize, '\0');
  for (std::size_t i = 0; i < kBlockSize; ++i) {
    inner[i] = static_cast<char>(block_key[i] ^ 0x36);
    outer[i] = static_cast<char>(block_key[i] ^ 0x5c);
  }
  inner.append(message.data(), message.size());
  outer += DigestBytes(Sha256(inner));
  return Sha256(outer);
}

std::string DigestBytes(const Sha256Digest& digest) {
  return std::string(reinterpret_cast<const char*>(digest.data()), digest.size());
}

namespace {

__extension__ typedef unsigned __int128 Uint128;  // GCC and Clang

std::uint64_t Fold(std::uint64_t a, std::uint64_t b) {
  const Uint128 product = static_cast<Uint128>(a) * b;
  return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
}

std::uint64_t Read64(const char* p) {
  std::uint64_t value;
  std::memcpy(&value, p, sizeof value);
  return value;
}

// The 4 bytes at `p`, little-endian, widened to 64 bits.
std::uint64_t Read32(const char* p) {
  std::uint32_t value;
  std::memcpy(&value, p, sizeof value);
  return value;
}

// The last `left` (< 16) bytes at `p` as two little-endian words, zeros
// past the end: what copying them into 16 zeroed bytes gives, read with
// overlapping loads inside [p, p + left) rather than a call to memcpy
// (whose length is not a constant), ~10 a sign-in.
void ReadTail(const char* p, std::size_t left, std::uint64_t& low, std::uint64_t& high) {
  const auto byte = [p](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
  if (left >= 8) {
    low = Read64(p);
    high = left == 8 ? 0 : Read64(p + left - 8) >> (8 * (16 - left));
  } else if (left >= 4) {
    low = Read32(p) | Read32(p + left - 4) << (8 * (left - 4));
    high = 0;
  } else if (left > 0) {
    low = byte(0) | byte(left / 2) << (8 * (left / 2)) | byte(left - 1) << (8 * (left - 1));
    high = 0;
  } else {
    low = 0;  // an empty view's data() may be null: nothing is read
    high = 0;
  }
}

constexpr std::uint64_t kP0 = 0xa0761d6478bd642fULL;
constexpr std::uint64_t kP1 = 0xe7037ed1a0b428dbULL;
constexpr std::uint64_t kP2 = 0x8ebc6af09c88c6e3ULL;
constexpr std::uint64_t kP3 = 0x589965cc75374cc3ULL;
constexpr std::uint64_t kP4 = 0x1d8e4e27c47d124fULL;

}  // namespace

bool CpuHasAvx2() {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  static const bool has = __builtin_cpu_supports("avx2");  // a fact of the machine
  return has;
#else
  return false;
#endif
}

bool CpuHasAvx512Dq() {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl") &&
                          __builtin_cpu_supports("avx512dq");  // a fact of the machine
  return has;
#else
  return false;
#endif
}

VectorLevel CpuVectorLevel() {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  static const VectorLevel level = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                                           __builtin_cpu_supports("avx512vl") &&
                                           __builtin_cpu_supports("avx512vbmi")
                                       ? VectorLevel::kAvx512
                                   : CpuHasAvx2() ? VectorLevel::kAvx2
                                                  : VectorLevel::kNone;
  return level;
#else
  return VectorLevel::kNone;
#endif
}

std::string Base64UrlEncodeWith(std::string_view bytes, VectorLevel level) {
  return EncodeWith(bytes, kBase64UrlPairs, false, std::min(level, CpuVectorLevel()));
}

std::uint64_t KeyedHash64(std::uint64_t key, std::string_view data) {
  std::uint64_t seed = key ^ kP0;
  const char* p = data.data();
  std::size_t left = data.size();
  if (left >= 64) {
    // Four lanes, 64 bytes a step, as wyhash runs three: each lane's
    // multiply waits only for its own last one. With one lane, a token's
    // ~1.2 KB were a chain of 75 dependent multiplies (three a sign-in).
    std::uint64_t lane1 = seed;
    std::uint64_t lane2 = seed;
    std::uint64_t lane3 = seed;
    for (; left >= 64; left -= 64, p += 64) {
      seed = Fold(Read64(p) ^ kP1, Read64(p + 8) ^ seed);
      lane1 = Fold(Read64(p + 16) ^ kP2, Read64(p + 24) ^ lane1);
      lane2 = Fold(Read64(p + 32) ^ kP3, Read64(p + 40) ^ lane2);
      lane3 = Fold(Read64(p + 48) ^ kP4, Read64(p + 56) ^ lane3);
    }
    seed ^= lane1 ^ lane2 ^ lane3;
  }
  for (; left >= 16; left -= 16, p += 16) seed = Fold(Read64(p) ^ kP1, Read64(p + 8) ^ seed);
  std::uint64_t low;
  std::uint64_t high;
  ReadTail(p, left, low, high);
  seed = Fold(low ^ kP1, high ^ seed);
  return Fold(seed ^ kP2, static_cast<std::uint64_t>(data.size()) ^ kP1);
}

void EncodeBase64Url(const unsigned char* bytes, std::size_t size, char* out) {
  EncodeInto(bytes, size, kBase64UrlPairs, false, out);
}

std::string Base64Encode(std::string_view bytes) { return EncodeWith(bytes, kBase64Pairs, true); }

std::string Base64UrlEncode(std::string_view bytes) {
  return EncodeWith(bytes, kBase64UrlPairs, false);
}

std::optional<std::string> Base64UrlDecode(std::string_view text) {
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  if (text.size() % 4 == 1) return std::nullopt;
  std::string out;
  out.reserve(text.size() * 3 / 4);
  std::uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    const int sextet = Base64UrlSextet(c);
    if (sextet < 0) return std::nullopt;
    buffer = (buffer << 6) | static_cast<std::uint32_t>(sextet);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xff);
    }
  }
  // Leftover bits must be zero, so every text has exactly one decoding.
  if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0) return std::nullopt;
  return out;
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  unsigned char difference = a.size() == b.size() ? 0 : 1;
  const std::size_t n = a.size() < b.size() ? a.size() : b.size();
  for (std::size_t i = 0; i < n; ++i) {
    difference |= static_cast<unsigned char>(a[i] ^ b[i]);
  }
  return difference == 0;
}

}  // namespace internal
}  // namespace cognito_fake
