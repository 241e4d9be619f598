#ifndef COGNITO_FAKE_SRC_INTERNAL_SCHEMA_H_
#define COGNITO_FAKE_SRC_INTERNAL_SCHEMA_H_

// The user pool attribute schema: the standard attributes every pool has and
// the custom ones declared in CreateUserPool's Schema, named `custom:<name>`,
// or `dev:custom:<name>` when they are developer-only.

#include <cognito_fake/status.h>
#include <cognito_fake/types.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cognito_fake {
namespace internal {

// The standard attribute `name`, or nullptr.
const SchemaAttributeType* FindStandardAttribute(std::string_view name);
// The name the pool gives the custom attribute `declared` (a Schema entry
// that is not a standard attribute): `custom:<name>`, or `dev:custom:<name>`
// when it is developer-only.
std::string CustomAttributeName(const SchemaAttributeType& declared);
// CreateUserPool's checks of its Schema, in the request's order, the first
// failure returned: a standard attribute keeps its type and cannot be made
// developer-only; no name twice; no required custom attribute; string and
// number constraints are digits, string lengths at most 2048, minimum at
// most maximum. (Name length, characters and the count of 50 entries are
// the model's constraints, checked before the fake runs.)
Status CheckSchemaRequest(const std::vector<SchemaAttributeType>& requested);
// The pool's SchemaAttributes as DescribeUserPool shows them: every standard
// attribute (with the request's Required/Mutable/constraint overrides)
// followed by the custom ones under CustomAttributeName, each with only the
// constraints of its data type.
std::vector<SchemaAttributeType> DescribeSchema(const std::vector<SchemaAttributeType>& requested);
// The schema entry of attribute `name` (standard, `custom:...` or
// `dev:custom:...`) in the pool.
const SchemaAttributeType* FindSchemaAttribute(const UserPoolType& pool, std::string_view name);
// Whether `name` is an attribute of the pool.
bool IsKnownAttribute(const UserPoolType& pool, std::string_view name);
// Whether `name` is a developer-only attribute of the pool: administrators
// (AdminCreateUser, AdminUpdateUserAttributes) write it, app clients
// (SignUp, UpdateUserAttributes, RespondToAuthChallenge) may not.
bool IsDeveloperOnlyAttribute(const UserPoolType& pool, std::string_view name);
// Why `value` does not conform to the constraints of the custom attribute
// `schema` (too long or short for a String, not an integer or out of range
// for a Number), as one line of "Attributes did not conform to the schema"
// without its newline; nullopt when it conforms. Standard attributes, empty
// values (how an attribute is cleared) and Boolean/DateTime values always
// conform.
std::optional<std::string> ValueProblem(const SchemaAttributeType& schema, std::string_view value);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_SCHEMA_H_
