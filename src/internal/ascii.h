#ifndef COGNITO_FAKE_SRC_INTERNAL_ASCII_H_
#define COGNITO_FAKE_SRC_INTERNAL_ASCII_H_

// ASCII case folding: what a case-insensitive pool folds in usernames and
// aliases, and ListUsers in a status filter. A-Z only, no locale (std::tolower's
// locale lookup per character showed in profiles).

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace cognito_fake {
namespace internal {

// Whether every byte of `text` is below 0x80. ASCII text is valid UTF-8
// and its UTF-16 length is its size, which spares most requests' strings
// the code-point decoder. Eight bytes a step.
inline bool IsAscii(std::string_view text) {
  const char* p = text.data();
  std::size_t left = text.size();
  std::uint64_t any = 0;
  for (; left >= 8; p += 8, left -= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    any |= word;
  }
  for (; left > 0; ++p, --left) any |= static_cast<unsigned char>(*p);
  return (any & 0x8080808080808080ULL) == 0;
}

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string AsciiLower(std::string text) {
  for (char& c : text) c = AsciiLower(c);
  return text;
}

// A lookup key: `text` itself, or, when `fold`, its ASCII-lowercase copy,
// which is kept inline when short (most emails and usernames) so that a
// lookup allocates nothing. Views `text` (or itself): neither may move
// while the view is in use.
class FoldedKey {
 public:
  FoldedKey(std::string_view text, bool fold) {
    if (!fold) {
      view_ = text;
    } else if (text.size() <= sizeof(inline_)) {
      for (std::size_t i = 0; i < text.size(); ++i) inline_[i] = AsciiLower(text[i]);
      view_ = std::string_view(inline_, text.size());
    } else {
      heap_ = AsciiLower(std::string(text));
      view_ = heap_;
    }
  }
  FoldedKey(const FoldedKey&) = delete;
  FoldedKey& operator=(const FoldedKey&) = delete;

  std::string_view view() const { return view_; }

 private:
  char inline_[64];
  std::string heap_;
  std::string_view view_;
};

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_ASCII_H_
