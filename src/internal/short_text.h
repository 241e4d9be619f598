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

// Whether `a` and `b` hold the same bytes. Inline, with the short texts
// that lookups compare (parameter names, keys, ids, passwords) compared as
// two overlapping words: each memcmp call cost more than the comparison.
inline bool TextEquals(std::string_view a, std::string_view b) {
  const std::size_t size = a.size();
  if (size != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  auto word = [](const char* at) {
    std::uint64_t value;
    std::memcpy(&value, at, sizeof value);
    return value;
  };
  if (size >= 8 && size <= 16) {
    return ((word(p) ^ word(q)) | (word(p + size - 8) ^ word(q + size - 8))) == 0;
  }
  if (size > 16) return std::memcmp(p, q, size) == 0;
  for (std::size_t i = 0; i < size; ++i) {
    if (p[i] != q[i]) return false;
  }
  return true;
}

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
