#ifndef COGNITO_FAKE_SRC_INTERNAL_USER_FILTER_H_
#define COGNITO_FAKE_SRC_INTERNAL_USER_FILTER_H_

// ListUsers' Filter: `AttributeName Filter-Type "AttributeValue"`, where
// Filter-Type is `=` (exact) or `^=` (starts with). AWS accepts only these
// attributes: username, email, phone_number, name, given_name, family_name,
// preferred_username, cognito:user_status (UNCONFIRMED, CONFIRMED, ...;
// compared case-insensitively), status ("Enabled" / "Disabled") and sub.
// Custom attributes are not searchable. An empty filter matches everyone.
// Quotes inside the value are escaped with a backslash.

#include <cognito_fake/status.h>

#include <optional>
#include <string>
#include <string_view>

namespace cognito_fake {
namespace internal {

struct UserFilter {
  enum class Kind { kEquals, kStartsWith };
  std::string
      attribute;  // normalised: "username", "email", ..., "cognito:user_status", "status", "sub"
  Kind kind = Kind::kEquals;
  std::string value;
};

// Parses `filter`. Empty or all-whitespace → nullopt value inside an OK
// result (match everything). A malformed filter or an unsupported attribute
// → InvalidParameterException "Error while parsing filter." (AWS's message
// for both, aws/aws-sdk-php#1088).
StatusOr<std::optional<UserFilter>> ParseUserFilter(std::string_view filter);

// Whether `candidate` (the attribute's value for one user) matches.
bool FilterMatches(const UserFilter& filter, std::string_view candidate);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_USER_FILTER_H_
