#include "internal/password_policy.h"

#include <algorithm>
#include <cstdint>

namespace cognito_fake {
namespace internal {
namespace {

constexpr std::string_view kSymbols = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+-";
constexpr std::string_view kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr std::string_view kLower = "abcdefghijklmnopqrstuvwxyz";
constexpr std::string_view kDigits = "0123456789";

bool IsWhitespace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// The character classes a policy can require, one bit each.
enum CharacterClass : std::uint8_t { kLowerBit = 1, kUpperBit = 2, kDigitBit = 4, kSymbolBit = 8 };

// For each byte, the classes it belongs to. An inner space counts as a
// symbol (leading and trailing ones are refused before the classes count).
struct ClassTable {
  std::uint8_t bits[256] = {};
  constexpr ClassTable() {
    for (char c : kLower) bits[static_cast<unsigned char>(c)] |= kLowerBit;
    for (char c : kUpper) bits[static_cast<unsigned char>(c)] |= kUpperBit;
    for (char c : kDigits) bits[static_cast<unsigned char>(c)] |= kDigitBit;
    for (char c : kSymbols) bits[static_cast<unsigned char>(c)] |= kSymbolBit;
    bits[static_cast<unsigned char>(' ')] |= kSymbolBit;
  }
};
constexpr ClassTable kClasses;

}  // namespace

std::optional<std::string> PasswordPolicyViolation(const EffectivePasswordPolicy& policy,
                                                   std::string_view password) {
  // One pass: the code points and the classes present.
  std::size_t code_points = 0;
  unsigned present = 0;
  for (char c : password) {
    const auto byte = static_cast<unsigned char>(c);
    code_points += (byte & 0xC0) != 0x80;
    present |= kClasses.bits[byte];
  }
  if (password.empty() || IsWhitespace(static_cast<unsigned char>(password.front())) ||
      IsWhitespace(static_cast<unsigned char>(password.back())) || code_points < 2) {
    return std::string("Password must satisfy regular expression pattern: ^\\S.*\\S$");
  }
  if (code_points < static_cast<std::size_t>(policy.minimum_length)) {
    return std::string("Password not long enough");
  }
  if (policy.require_lowercase && (present & kLowerBit) == 0) {
    return std::string("Password must have lowercase characters");
  }
  if (policy.require_uppercase && (present & kUpperBit) == 0) {
    return std::string("Password must have uppercase characters");
  }
  if (policy.require_numbers && (present & kDigitBit) == 0) {
    return std::string("Password must have numeric characters");
  }
  if (policy.require_symbols && (present & kSymbolBit) == 0) {
    return std::string("Password must have symbol characters");
  }
  return std::nullopt;
}

std::string GenerateTemporaryPassword(const EffectivePasswordPolicy& policy, Random& random) {
  const int length = std::max(policy.minimum_length, 8);
  // One character of each class first, so every requirement is met whatever
  // the policy, then letters and digits, then a deterministic shuffle.
  std::string password;
  password += random.FromAlphabet(kUpper, 1);
  password += random.FromAlphabet(kLower, 1);
  password += random.FromAlphabet(kDigits, 1);
  password += random.FromAlphabet("!#$%*+-.=?@^_", 1);  // symbols that need no quoting
  static const std::string kAll = std::string(kUpper) + std::string(kLower) + std::string(kDigits);
  password += random.FromAlphabet(kAll, length - static_cast<int>(password.size()));
  for (std::size_t i = password.size() - 1; i > 0; --i) {
    std::swap(password[i], password[random.Uniform(i + 1)]);
  }
  return password;
}

}  // namespace internal
}  // namespace cognito_fake
