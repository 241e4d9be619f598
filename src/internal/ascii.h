#ifndef COGNITO_FAKE_SRC_INTERNAL_ASCII_H_
#define COGNITO_FAKE_SRC_INTERNAL_ASCII_H_

// ASCII case folding: what a case-insensitive pool folds in usernames and
// aliases, and ListUsers in a status filter. A-Z only, as Cognito folds, and
// no locale.

#include <cstddef>
#include <string>
#include <string_view>

namespace cognito_fake {
namespace internal {

// Whether every byte of `text` is below 0x80: ASCII text is valid UTF-8
// and its UTF-16 length is its size.
inline bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

inline char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string AsciiLower(std::string text) {
  for (char& c : text) c = AsciiLower(c);
  return text;
}

// A lookup key: `text` itself, or, when `fold`, its ASCII-lowercase copy.
inline std::string FoldedKey(std::string_view text, bool fold) {
  return fold ? AsciiLower(std::string(text)) : std::string(text);
}

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_ASCII_H_
