#include "internal/password_policy.h"

#include <algorithm>

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

std::size_t CodePoints(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

bool Contains(std::string_view text, std::string_view set) {
  return text.find_first_of(set) != std::string_view::npos;
}

}  // namespace

std::optional<std::string> PasswordPolicyViolation(const EffectivePasswordPolicy& policy,
                                                   std::string_view password) {
  if (password.empty() || IsWhitespace(static_cast<unsigned char>(password.front())) ||
      IsWhitespace(static_cast<unsigned char>(password.back())) || CodePoints(password) < 2) {
    return std::string("Password must satisfy regular expression pattern: ^\\S.*\\S$");
  }
  if (CodePoints(password) < static_cast<std::size_t>(policy.minimum_length)) {
    return std::string("Password not long enough");
  }
  if (policy.require_lowercase && !Contains(password, kLower)) {
    return std::string("Password must have lowercase characters");
  }
  if (policy.require_uppercase && !Contains(password, kUpper)) {
    return std::string("Password must have uppercase characters");
  }
  if (policy.require_numbers && !Contains(password, kDigits)) {
    return std::string("Password must have numeric characters");
  }
  // An inner space counts as a symbol (leading/trailing ones were refused above).
  if (policy.require_symbols && !Contains(password, kSymbols) && !Contains(password, " ")) {
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
