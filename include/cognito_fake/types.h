#ifndef COGNITO_FAKE_TYPES_H_
#define COGNITO_FAKE_TYPES_H_

/// @file
/// The cognito-idp data shapes shared by several operations (`UserPoolType`,
/// `UserType`, `CodeDeliveryDetailsType`, ...): the structs generated from the
/// model (`cognito_fake/model_types.h`), with their printers for test
/// failures and helpers.

#include <cognito_fake/model_types.h>

#include <optional>
#include <ostream>
#include <string>

namespace cognito_fake {

/// Prints `Name=Value`.
std::ostream& operator<<(std::ostream& os, const AttributeType& value);
/// Prints the delivery details as `{Destination, DeliveryMedium, AttributeName}`.
std::ostream& operator<<(std::ostream& os, const CodeDeliveryDetailsType& value);
/// Prints the user's name, status, enabled flag and attributes.
std::ostream& operator<<(std::ostream& os, const UserType& value);
/// Prints the pool's settings as `{Member: value, ...}`.
std::ostream& operator<<(std::ostream& os, const UserPoolType& value);
/// Prints the client's settings, the secret redacted.
std::ostream& operator<<(std::ostream& os, const UserPoolClientType& value);
/// Prints the token set, the tokens redacted.
std::ostream& operator<<(std::ostream& os, const AuthenticationResultType& value);

/// The value of attribute `name` in `attributes`, if present.
std::optional<std::string> FindAttribute(const AttributeListType& attributes,
                                         const std::string& name);

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_TYPES_H_
