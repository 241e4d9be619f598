#ifndef COGNITO_FAKE_STATUS_H_
#define COGNITO_FAKE_STATUS_H_

/// @file
/// `Status` and `StatusOr<T>`: how every cognito_fake operation reports an
/// outcome. Service errors are values, never exceptions.

#include <cognito_fake/error_code.h>

#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace cognito_fake {

/// The outcome of an operation: OK, or a Cognito exception shape (`code()`)
/// with the exact message real Cognito sends (`message()`).
class Status {
 public:
  /// An OK status.
  Status() = default;
  /// A status with `code` and `message`. `code == ErrorCode::kOk` gives an OK
  /// status and drops the message.
  Status(ErrorCode code, std::string message);

  /// True when this is not an error.
  bool ok() const { return code_ == ErrorCode::kOk; }
  /// The error, or `ErrorCode::kOk`.
  ErrorCode code() const { return code_; }
  /// The human-readable message, as AWS sends it in the `message` member.
  const std::string& message() const { return message_; }
  /// The AWS exception name, e.g. `"UserNotFoundException"`; empty when OK.
  std::string_view error_name() const;

  /// Equal when code and message are equal.
  friend bool operator==(const Status& a, const Status& b) {
    return a.code_ == b.code_ && a.message_ == b.message_;
  }
  /// Not equal when code or message differ.
  friend bool operator!=(const Status& a, const Status& b) { return !(a == b); }

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

/// Prints `OK` or `<AwsName>: <message>`.
std::ostream& operator<<(std::ostream& os, const Status& status);
/// Prints the AWS exception name of `code` (`OK` for `kOk`).
std::ostream& operator<<(std::ostream& os, ErrorCode code);

/// Thrown by `StatusOr<T>::value()` when there is no value: a programming
/// error in the caller, not a service error.
class BadStatusOrAccess : public std::logic_error {
 public:
  /// Wraps the status that was held instead of a value.
  explicit BadStatusOrAccess(Status status);
  /// The status that was held instead of a value.
  const Status& status() const { return status_; }

 private:
  Status status_;
};

/// A value of type `T`, or the non-OK `Status` explaining why there is none.
template <typename T>
class StatusOr {
 public:
  static_assert(!std::is_same_v<std::decay_t<T>, Status>, "StatusOr<Status> is not allowed");
  /// The type of the value held.
  using value_type = T;

  /// Holds `status`, which must not be OK. An OK status is replaced by an
  /// `InternalErrorException`, as google-cloud-cpp does.
  StatusOr(Status status)  // NOLINT(google-explicit-constructor)
      : status_(std::move(status)) {
    if (status_.ok()) {
      status_ = Status(ErrorCode::kInternalError,
                       "StatusOr constructed from an OK Status without a value");
    }
  }
  /// Holds `value`.
  StatusOr(T value)  // NOLINT(google-explicit-constructor)
      : value_(std::move(value)) {}

  /// True when a value is held.
  bool ok() const { return value_.has_value(); }
  /// True when a value is held.
  explicit operator bool() const { return ok(); }
  /// The status: OK when a value is held.
  const Status& status() const { return status_; }

  /// The value; throws `BadStatusOrAccess` when there is none.
  T& value() & {
    Check();
    return *value_;
  }
  /// The value; throws `BadStatusOrAccess` when there is none.
  const T& value() const& {
    Check();
    return *value_;
  }
  /// The value; throws `BadStatusOrAccess` when there is none.
  T&& value() && {
    Check();
    return *std::move(value_);
  }
  /// The value; undefined when there is none.
  T& operator*() & { return *value_; }
  /// The value; undefined when there is none.
  const T& operator*() const& { return *value_; }
  /// The value; undefined when there is none.
  T&& operator*() && { return *std::move(value_); }
  /// Member access on the value; undefined when there is none.
  T* operator->() { return &*value_; }
  /// Member access on the value; undefined when there is none.
  const T* operator->() const { return &*value_; }

 private:
  void Check() const {
    if (!value_) throw BadStatusOrAccess(status_);
  }

  Status status_;
  std::optional<T> value_;
};

/// @cond
namespace status_internal {
template <typename T, typename = void>
struct Printable : std::false_type {};
template <typename T>
struct Printable<T,
                 std::void_t<decltype(std::declval<std::ostream&>() << std::declval<const T&>())>>
    : std::true_type {};
}  // namespace status_internal
/// @endcond

/// Prints the status, or `OK: <value>` when the value can be printed.
template <typename T>
std::ostream& operator<<(std::ostream& os, const StatusOr<T>& s) {
  if (!s.ok()) return os << s.status();
  if constexpr (status_internal::Printable<T>::value) {
    return os << "OK: " << *s;
  } else {
    return os << "OK (value)";
  }
}

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_STATUS_H_
