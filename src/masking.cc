#include "internal/masking.h"

namespace cognito_fake {
namespace internal {
namespace {

// The first UTF-8 code point of `text` (its lead byte and continuation
// bytes), or "" when empty.
std::string_view FirstCodePoint(std::string_view text) {
  if (text.empty()) return text;
  std::size_t length = 1;
  while (length < text.size() && length < 4 &&
         (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80) {
    ++length;
  }
  return text.substr(0, length);
}

}  // namespace

std::string MaskEmail(std::string_view email) {
  const std::size_t at = email.rfind('@');
  if (at == std::string_view::npos) return std::string(FirstCodePoint(email)) + "***";
  std::string out(FirstCodePoint(email.substr(0, at)));
  out += "***@";
  out += FirstCodePoint(email.substr(at + 1));
  out += "***";
  return out;
}

std::string MaskPhone(std::string_view phone) {
  std::string digits;
  for (char c : phone) {
    if (c >= '0' && c <= '9') digits += c;
  }
  std::string out = "+";
  if (digits.size() <= 4) return out + digits;
  out.append(digits.size() - 4, '*');
  out += digits.substr(digits.size() - 4);
  return out;
}

}  // namespace internal
}  // namespace cognito_fake
