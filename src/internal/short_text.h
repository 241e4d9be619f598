#ifndef COGNITO_FAKE_SRC_INTERNAL_SHORT_TEXT_H_
#define COGNITO_FAKE_SRC_INTERNAL_SHORT_TEXT_H_

// Comparisons and copies of the short texts a sign-in handles by the dozen
// (parameter names, keys, ids, claims), inline: a call to memcmp or memcpy
// and its size dispatch cost more than the work.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace cognito_fake {
namespace internal {

// The 8 bytes at `at`, as they lie in memory.
inline std::uint64_t LoadWord(const char* at) {
  std::uint64_t value;
  std::memcpy(&value, at, sizeof value);
  return value;
}

// Whether `a` and `b` hold the same bytes. Inline, with the short texts
// that lookups compare (parameter names, keys, ids of 26 characters, pool
// ids of 19 to 55, passwords, the signing key of 32) compared as two or
// four overlapping words: each memcmp call cost more than the comparison.
inline bool TextEquals(std::string_view a, std::string_view b) {
  const std::size_t size = a.size();
  if (size != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  if (size >= 8 && size <= 16) {
    return ((LoadWord(p) ^ LoadWord(q)) | (LoadWord(p + size - 8) ^ LoadWord(q + size - 8))) == 0;
  }
  if (size > 16 && size <= 32) {
    return ((LoadWord(p) ^ LoadWord(q)) | (LoadWord(p + 8) ^ LoadWord(q + 8)) |
            (LoadWord(p + size - 16) ^ LoadWord(q + size - 16)) | (LoadWord(p + size - 8) ^ LoadWord(q + size - 8))) ==
           0;
  }
  if (size > 32) return std::memcmp(p, q, size) == 0;
  for (std::size_t i = 0; i < size; ++i) {
    if (p[i] != q[i]) return false;
  }
  return true;
}

// -1, 0 or 1 as `a` sorts before, with or after `b`: std::string's order
// (bytes compared unsigned, then the shorter first), a word at a time
// inline rather than through memcmp. The words are byte-swapped so that
// their first byte is the most significant: little-endian only.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "TextCompare reads words as little-endian");
inline int TextCompare(std::string_view a, std::string_view b) {
  const std::size_t common = a.size() < b.size() ? a.size() : b.size();
  const char* p = a.data();
  const char* q = b.data();
  std::size_t i = 0;
  for (; i + 8 <= common; i += 8) {
    const std::uint64_t x = __builtin_bswap64(LoadWord(p + i));  // the first byte most significant
    const std::uint64_t y = __builtin_bswap64(LoadWord(q + i));
    if (x != y) return x < y ? -1 : 1;
  }
  for (; i < common; ++i) {
    const auto x = static_cast<unsigned char>(p[i]);
    const auto y = static_cast<unsigned char>(q[i]);
    if (x != y) return x < y ? -1 : 1;
  }
  return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

// std::less<> for the maps of pools and clients, found by id on every call:
// the same order, without a memcmp call for each node on the path.
struct TextLess {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return TextCompare(a, b) < 0; }
};

// std::equal_to<std::string> for the hash maps of ids, likewise.
struct TextEqualTo {
  bool operator()(std::string_view a, std::string_view b) const { return TextEquals(a, b); }
};

// Copies the `size` bytes at `from` to `to` inline: words, the last one
// overlapping the one before (what memcpy does after a call and a
// dispatch, which cost more than a short copy: claims, record fields).
inline void CopyShort(const char* from, std::size_t size, char* to) {
  if (size >= 8) {
    for (std::size_t at = 0; at + 8 < size; at += 8) std::memcpy(to + at, from + at, 8);
    std::uint64_t last;
    std::memcpy(&last, from + size - 8, 8);
    std::memcpy(to + size - 8, &last, 8);
  } else if (size >= 4) {
    std::uint32_t first;
    std::uint32_t last;
    std::memcpy(&first, from, 4);
    std::memcpy(&last, from + size - 4, 4);
    std::memcpy(to, &first, 4);
    std::memcpy(to + size - 4, &last, 4);
  } else if (size > 0) {
    const char first = from[0];
    const char middle = from[size / 2];
    const char last = from[size - 1];
    to[0] = first;
    to[size / 2] = middle;
    to[size - 1] = last;
  }
}

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_SHORT_TEXT_H_
