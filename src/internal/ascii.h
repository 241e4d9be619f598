#ifndef COGNITO_FAKE_SRC_INTERNAL_ASCII_H_
#define COGNITO_FAKE_SRC_INTERNAL_ASCII_H_

// ASCII case folding: what a case-insensitive pool folds in usernames and
// aliases, and ListUsers in a status filter. A-Z only, no locale (std::tolower's
// locale lookup per character showed in profiles).

#include <string>

namespace cognito_fake {
namespace internal {

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string AsciiLower(std::string text) {
  for (char& c : text) c = AsciiLower(c);
  return text;
}

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_ASCII_H_
