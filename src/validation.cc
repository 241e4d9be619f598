#include "internal/validation.h"

#include <cognito_fake/errors.h>

#include <initializer_list>
#include <optional>
#include <type_traits>

#include "internal/ascii.h"
#include "internal/messages.h"
#include "internal/operation_list.h"
#include "wire/fields.h"

namespace cognito_fake {
namespace internal {
namespace {

constexpr std::string_view kFailed = " failed to satisfy constraint: ";

std::string Subject(const FieldPath& path, std::string_view value, bool sensitive) {
  if (sensitive) return "Value at '" + path.ToString() + "'";
  return "Value '" + std::string(value) + "' at '" + path.ToString() + "'";
}

// What `value` fails of `shape`, in AWS's order: pattern, minimum, maximum.
// `value` is UTF-8.
std::vector<std::string> FailedConstraints(std::string_view value, const StringShape& shape) {
  std::vector<std::string> failed;
  if (shape.pattern != Pattern::kNone && !Matches(shape.pattern, value)) {
    failed.push_back("Member must satisfy regular expression pattern: " +
                     std::string(PatternText(shape.pattern)));
  }
  const std::size_t length = Utf16Length(value);
  if (shape.min_length >= 0 && length < static_cast<std::size_t>(shape.min_length)) {
    failed.push_back("Member must have length greater than or equal to " +
                     std::to_string(shape.min_length));
  }
  if (shape.max_length >= 0 && length > static_cast<std::size_t>(shape.max_length)) {
    failed.push_back("Member must have length less than or equal to " +
                     std::to_string(shape.max_length));
  }
  return failed;
}

// The visitor that checks one request (or a struct in it) against the
// constraints its field table passes: one call per member, in model order.
class Checker {
 public:
  // `skip` (may be null): members already checked (ValidateWithCheckedPoolId).
  Checker(Validator& validator, const FieldPath* parent,
          const std::initializer_list<std::string_view>* skip = nullptr)
      : validator_(validator), parent_(parent), skip_(skip) {}

  template <typename M, typename... Constraint>
  void operator()(const char* name, const M& member, const Constraint&... constraint) {
    Member(name, member, constraint...);
  }
  // Required members are checked as the others: a typed request always has them.
  template <typename M, typename... Constraint>
  void Required(const char* name, const M& member, const Constraint&... constraint) {
    Member(name, member, constraint...);
  }

 private:
  template <typename M, typename... Constraint>
  void Member(const char* name, const M& member, const Constraint&... constraint) {
    if (skip_ != nullptr) {
      for (std::string_view skipped : *skip_) {
        if (skipped == name) return;
      }
    }
    const FieldPath path(parent_, name);
    Check(path, member, constraint...);
  }

  // An unset optional member is absent: nothing to check.
  template <typename M, typename... Constraint>
  void Check(const FieldPath& path, const std::optional<M>& member,
             const Constraint&... constraint) {
    if (member) Check(path, *member, constraint...);
  }
  void Check(const FieldPath& path, const std::string& value, const StringShape& shape) {
    if (!Satisfies(value, shape)) validator_.String(path, value, shape);
  }
  void Check(const FieldPath& path, int value, const IntegerShape& shape) {
    if (value < shape.min || value > shape.max) validator_.Int(path, value, shape);
  }
  template <typename E>
  void Check(const FieldPath& path, const std::vector<E>& list, const ListShape& shape) {
    if (list.empty() && !shape.checked_when_empty) return;  // an absent list
    validator_.ListLength(path, list.size(), shape);
    Elements(path, list, shape.element);
  }
  template <typename E>
  void Check(const FieldPath& path, const std::vector<E>& list) {
    Elements(path, list, nullptr);
  }
  void Check(const FieldPath& path, const std::map<std::string, std::string>& map,
             const MapShape& shape) {
    if (!map.empty()) validator_.StringMap(path, map, shape);
  }
  // A struct: its own members; other members without a constraint
  // (booleans, enums, timestamps) have nothing to check.
  template <typename M>
  void Check(const FieldPath& path, const M& member) {
    if constexpr (wire::HasFields<M>::value) {
      Checker nested(validator_, &path);
      wire::Fields(nested, member);
    }
  }

  template <typename E>
  void Elements(const FieldPath& path, const std::vector<E>& list, const StringShape* element) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      const FieldPath at(&path, i + 1);
      if constexpr (std::is_same_v<E, std::string>) {
        if (element != nullptr) Check(at, list[i], *element);
      } else {
        Check(at, list[i]);
      }
    }
  }

  Validator& validator_;
  const FieldPath* parent_;
  const std::initializer_list<std::string_view>* skip_;
};

template <typename Request>
Status ValidateExcept(const Request& request, std::initializer_list<std::string_view> skip) {
  Validator validator;
  Checker checker(validator, nullptr, &skip);
  wire::Fields(checker, request);
  return validator.ToStatus();
}

}  // namespace

std::string FieldPath::ToString() const {
  if (index_ > 0) return parent_->ToString() + "." + std::to_string(index_) + ".member";
  if (!member_) return std::string(text_);
  std::string path = parent_ != nullptr ? parent_->ToString() + "." : std::string();
  const std::size_t first = path.size();
  path += text_;
  if (first < path.size()) path[first] = AsciiLower(path[first]);
  return path;
}

void Validator::String(const FieldPath& path, std::string_view value, const StringShape& shape) {
  if (Satisfies(value, shape)) return;  // the common case: no message to build
  if (!IsValidUtf8(value)) {
    // JSON cannot carry such a string: the same bytes on the wire are an
    // unparseable body, so the typed API answers as the wire does.
    malformed_ = true;
    return;
  }
  const std::string subject = Subject(path, value, shape.sensitive);
  for (const std::string& failed : FailedConstraints(value, shape)) {
    Add(subject + std::string(kFailed) + failed);
  }
}

void Validator::Int(const FieldPath& path, long long value, const IntegerShape& shape) {
  if (value < shape.min) {
    Add(Subject(path, std::to_string(value), false) + std::string(kFailed) +
        "Member must have value greater than or equal to " + std::to_string(shape.min));
  }
  if (value > shape.max) {
    Add(Subject(path, std::to_string(value), false) + std::string(kFailed) +
        "Member must have value less than or equal to " + std::to_string(shape.max));
  }
}

void Validator::ListLength(const FieldPath& path, std::size_t size, const ListShape& shape) {
  // Lists are not echoed (AWS prints the elements' toString, which a C++
  // struct has no equivalent of).
  if (shape.min_length >= 0 && size < static_cast<std::size_t>(shape.min_length)) {
    Add("Value at '" + path.ToString() + "'" + std::string(kFailed) +
        "Member must have length greater than or equal to " + std::to_string(shape.min_length));
  }
  if (shape.max_length >= 0 && size > static_cast<std::size_t>(shape.max_length)) {
    Add("Value at '" + path.ToString() + "'" + std::string(kFailed) +
        "Member must have length less than or equal to " + std::to_string(shape.max_length));
  }
}

void Validator::StringMap(const FieldPath& path, const std::map<std::string, std::string>& map,
                          const MapShape& shape) {
  if (shape.key != shape.value) {
    for (const auto& [key, value] : map) {
      String(path, key, *shape.key);
      String(path, value, *shape.value);
    }
    return;
  }
  // ASCII (the usual keys and values) is valid UTF-8 whose UTF-16 length is
  // its size; other text is decoded.
  const StringShape& both = *shape.key;
  auto passes = [this, &both](std::string_view text) {
    if (both.pattern == Pattern::kNone && IsAscii(text)) {
      return (both.min_length < 0 || text.size() >= static_cast<std::size_t>(both.min_length)) &&
             (both.max_length < 0 || text.size() <= static_cast<std::size_t>(both.max_length));
    }
    if (!IsValidUtf8(text)) {
      malformed_ = true;
      return true;
    }
    return SatisfiesByCodePoints(text, both);
  };
  for (const auto& [key, value] : map) {
    const bool key_passes = passes(key);
    const bool value_passes = passes(value);
    if (key_passes && value_passes) continue;
    std::string failed;
    for (const std::string& text : {key, value}) {
      for (const std::string& constraint : FailedConstraints(text, both)) {
        if (failed.find(constraint) == std::string::npos)
          failed += (failed.empty() ? "" : ", ") + constraint;
      }
    }
    Add("Value at '" + path.ToString() + "'" + std::string(kFailed) +
        "Map keys and values must satisfy constraint: [" + failed + "]");
    return;
  }
}

void Validator::Add(std::string violation) { violations_.push_back(std::move(violation)); }

Status Validator::ToStatus() const {
  if (malformed_) return Status(ErrorCode::kSerialization, std::string(msg::kMalformedRequestBody));
  if (violations_.empty()) return Status();
  std::string message =
      std::to_string(violations_.size()) +
      (violations_.size() == 1 ? " validation error detected: " : " validation errors detected: ");
  for (std::size_t i = 0; i < violations_.size(); ++i) {
    if (i > 0) message += "; ";
    message += violations_[i];
  }
  return Status(ErrorCode::kInvalidParameter, std::move(message));
}

template <typename Request>
Status Validate(const Request& request) {
  return ValidateExcept(request, {});
}
#define COGNITO_FAKE_INSTANTIATE_VALIDATE(Name) \
  template Status Validate(const Name##Request& request);
COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_INSTANTIATE_VALIDATE)
#undef COGNITO_FAKE_INSTANTIATE_VALIDATE

Status ValidateWithCheckedPoolId(const AdminCreateUserRequest& request) {
  return ValidateExcept(request, {"UserPoolId"});
}

Status ValidateWithCheckedPoolIdAndUsername(const AdminSetUserPasswordRequest& request) {
  return ValidateExcept(request, {"UserPoolId", "Username"});
}

}  // namespace internal
}  // namespace cognito_fake
