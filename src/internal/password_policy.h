#ifndef COGNITO_FAKE_SRC_INTERNAL_PASSWORD_POLICY_H_
#define COGNITO_FAKE_SRC_INTERNAL_PASSWORD_POLICY_H_

// The pool's password policy, resolved to concrete values, and the checks
// Cognito applies on every path that sets a password.

#include <optional>
#include <string>
#include <string_view>

#include "internal/random.h"

namespace cognito_fake {
namespace internal {

struct EffectivePasswordPolicy {
  int minimum_length = 8;
  bool require_uppercase = true;
  bool require_lowercase = true;
  bool require_numbers = true;
  bool require_symbols = true;
  int password_history_size = 0;
  int temporary_password_validity_days = 7;
};

// The one reason (AWS wording, without the "Password does not conform to
// policy: " prefix) why `password` violates `policy`, or nullopt. Checks, in
// this order: leading/trailing whitespace ("Password must satisfy regular
// expression pattern: ^\S.*\S$"), length in code points ("Password not long
// enough"), lowercase, uppercase, numeric, symbol ("Password must have
// lowercase characters", ...). Upper/lower case means Basic Latin letters;
// symbols are the 32 ASCII characters AWS lists plus an inner space.
std::optional<std::string> PasswordPolicyViolation(const EffectivePasswordPolicy& policy,
                                                   std::string_view password);

// A random password satisfying `policy` (at least max(minimum_length, 8)
// characters, containing every required class), as Cognito generates for
// AdminCreateUser without TemporaryPassword.
std::string GenerateTemporaryPassword(const EffectivePasswordPolicy& policy, Random& random);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_PASSWORD_POLICY_H_
