#ifndef COGNITO_FAKE_SRC_INTERNAL_SCHEMA_H_
#define COGNITO_FAKE_SRC_INTERNAL_SCHEMA_H_

// The user pool attribute schema: the standard attributes every pool has and
// the custom ones (`custom:<name>`) declared in CreateUserPool's Schema.

#include <cognito_fake/types.h>

#include <string>
#include <string_view>
#include <vector>

namespace cognito_fake {
namespace internal {

// The standard attribute `name`, or nullptr.
const SchemaAttributeType* FindStandardAttribute(std::string_view name);
// The pool's SchemaAttributes as DescribeUserPool shows them: every standard
// attribute (with the request's Required/Mutable overrides) followed by the
// custom ones, named `custom:<name>`.
std::vector<SchemaAttributeType> DescribeSchema(const std::vector<SchemaAttributeType>& requested);
// The schema entry of attribute `name` (standard or `custom:...`) in the pool.
const SchemaAttributeType* FindSchemaAttribute(const UserPoolType& pool, std::string_view name);
// Whether `name` is an attribute of the pool.
bool IsKnownAttribute(const UserPoolType& pool, std::string_view name);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_SCHEMA_H_
