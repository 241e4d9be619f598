#ifndef COGNITO_FAKE_SRC_INTERNAL_MASKING_H_
#define COGNITO_FAKE_SRC_INTERNAL_MASKING_H_

// CodeDeliveryDetails.Destination masking, as real Cognito does it
// (shared/cognito-behavior.md section 7).

#include <string>
#include <string_view>

namespace cognito_fake {
namespace internal {

// "alice@example.com" -> "a***@e***": first character of the local part,
// "***@", first character of the domain, "***"; the TLD is never shown.
// Characters are UTF-8 code points, not bytes. Without '@': first char + "***".
std::string MaskEmail(std::string_view email);
// "+15551234567" -> "+*******4567": '+', one '*' per digit except the last
// four, then the last four digits. Only digits count; a number with four or
// fewer digits is shown as '+' and its digits.
std::string MaskPhone(std::string_view phone);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_MASKING_H_
