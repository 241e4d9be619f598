#include <cognito_fake/errors.h>
#include <cognito_fake/status.h>

#include <string>
#include <utility>

namespace cognito_fake {

Status::Status(ErrorCode code, std::string message) : code_(code) {
  if (code_ != ErrorCode::kOk) message_ = std::move(message);
}

std::string_view Status::error_name() const { return ErrorInfoFor(code_).name; }

std::ostream& operator<<(std::ostream& os, const Status& status) {
  if (status.ok()) return os << "OK";
  return os << status.error_name() << ": " << status.message();
}

std::ostream& operator<<(std::ostream& os, ErrorCode code) {
  if (code == ErrorCode::kOk) return os << "OK";
  if (code == ErrorCode::kUnimplemented) return os << "Unimplemented";
  return os << ErrorInfoFor(code).name;
}

BadStatusOrAccess::BadStatusOrAccess(Status status)
    : std::logic_error([&status] {
        std::string text = "StatusOr has no value: ";
        text += std::string(status.error_name());
        text += ": ";
        text += status.message();
        return text;
      }()),
      status_(std::move(status)) {}

}  // namespace cognito_fake
