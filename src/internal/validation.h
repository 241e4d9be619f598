#ifndef COGNITO_FAKE_SRC_INTERNAL_VALIDATION_H_
#define COGNITO_FAKE_SRC_INTERNAL_VALIDATION_H_

// Service-side validation of request members against the cognito-idp model's
// constraints (length, pattern, range), producing AWS's message:
//
//   1 validation error detected: Value 'x' at 'userPoolId' failed to satisfy
//   constraint: Member must satisfy regular expression pattern: [\w-]+_[0-9a-zA-Z]+
//
// Several failures: "2 validation errors detected: <a>; <b>", in the model's
// member order. Sensitive members never echo their value ("Value at 'username'
// failed ..."). Member paths are the AWS member names in lowerCamelCase; list
// elements are '<list>.<1-based index>.member.<field>' (e.g.
// 'userAttributes.1.member.value').
//
// The checks are not written per operation: Validate() walks the request's
// field table (wire/fields.h, generated from the model with each member's
// constraint) with one visitor.

#include <cognito_fake/requests.h>
#include <cognito_fake/status.h>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "internal/model_shapes.h"
#include "internal/patterns.h"

namespace cognito_fake {
namespace internal {

// Where a member is, spelled out only when a violation names it: a whole
// path ("userPoolId"), or a member or list element of a parent path.
class FieldPath {
 public:
  FieldPath(const char* text) : text_(text) {}       // NOLINT: a path is given as text
  FieldPath(std::string_view text) : text_(text) {}  // NOLINT
  // The member `name` (an AWS member name, printed in lowerCamelCase) of
  // `parent` (null: of the request).
  FieldPath(const FieldPath* parent, const char* name)
      : parent_(parent), text_(name), member_(true) {}
  // The element `index` (1-based) of the list at `parent`.
  FieldPath(const FieldPath* parent, std::size_t index) : parent_(parent), index_(index) {}

  std::string ToString() const;

 private:
  const FieldPath* parent_ = nullptr;
  std::string_view text_;
  bool member_ = false;
  std::size_t index_ = 0;
};

// Collects constraint violations in the order they are checked.
class Validator {
 public:
  // Checks a string against `shape`: its pattern, then its bounds.
  void String(const FieldPath& path, std::string_view value, const StringShape& shape);
  // Checks an integer against `shape`'s range: "Member must have value
  // greater than or equal to <min>" / "less than or equal to <max>".
  void Int(const FieldPath& path, long long value, const IntegerShape& shape);
  // Checks a list's element count: "Member must have length less than or equal to <max>".
  void ListLength(const FieldPath& path, std::size_t size, const ListShape& shape);
  // Checks a string map's keys and values. Keys and values of one shape
  // (ClientMetadata and the like) are reported once, for the first entry
  // that fails: "Map keys and values must satisfy constraint: [...]"; keys
  // and values of different shapes (tags) each as a string at the map's path.
  void StringMap(const FieldPath& path, const std::map<std::string, std::string>& map,
                 const MapShape& shape);
  // Adds a violation verbatim ("Value ... at '...' failed to satisfy constraint: ...").
  void Add(std::string violation);

  bool ok() const { return violations_.empty() && !malformed_; }
  // OK; SerializationException "Malformed request body" when a string was
  // not UTF-8 (as the wire answers for such bytes); else
  // InvalidParameterException with the AWS message.
  Status ToStatus() const;

 private:
  std::vector<std::string> violations_;
  bool malformed_ = false;
};

// The model checks for a supported request (any `<Op>Request`): OK,
// InvalidParameterException, or SerializationException for text that is not
// UTF-8.
template <typename Request>
Status Validate(const Request& request);

// For a batch that already checked the shared fields once (AddConfirmedUsers):
// Validate(request) for a request whose user pool id is known to pass.
Status ValidateWithCheckedPoolId(const AdminCreateUserRequest& request);
// Validate(request) for a request whose user pool id and username are known
// to pass: its password alone.
Status ValidateWithCheckedPoolIdAndUsername(const AdminSetUserPasswordRequest& request);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_VALIDATION_H_
