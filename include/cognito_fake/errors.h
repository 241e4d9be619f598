#ifndef COGNITO_FAKE_ERRORS_H_
#define COGNITO_FAKE_ERRORS_H_

/// @file
/// The canonical error table: every cognito-idp exception shape with its AWS
/// name, HTTP status and retryable flag, and each supported operation's
/// documented exception list. Generated from the botocore service model by
/// tools/generate_from_model.py; the wire layer, matchers, fault injector and
/// docs all read this one table.

#include <cognito_fake/error_code.h>
#include <cognito_fake/operation.h>

#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

namespace cognito_fake {

/// One row of the canonical error table.
struct ErrorInfo {
  /// The error.
  ErrorCode code;
  /// The AWS exception name (`__type` on the wire), e.g. `"UserNotFoundException"`.
  std::string_view name;
  /// The HTTP status real Cognito answers with: 400 for every client error
  /// (observed even where the model says 403/404/429), 500 for faults.
  int http_status;
  /// The HTTP status the Smithy model declares for the shape.
  int model_http_status;
  /// Whether aws-sdk-cpp retries it (LimitExceeded and TooManyRequests).
  bool retryable;
  /// Whether the model marks it a server fault (`InternalErrorException`).
  bool fault;
};

/// The row for `code`.
const ErrorInfo& ErrorInfoFor(ErrorCode code);
/// The error whose AWS name is `name` (e.g. `"UserNotFoundException"`), if any.
/// Protocol-level names map to their protocol codes.
std::optional<ErrorCode> ErrorCodeFromName(std::string_view name);
/// All exception shapes of the cognito-idp service (not `kOk`, not protocol
/// errors), in alphabetical order of their AWS names.
const std::vector<ErrorInfo>& AllServiceErrors();

/// What the model says about one supported operation.
struct OperationInfo {
  /// The operation.
  Operation operation;
  /// The AWS operation name, e.g. `"AdminResetUserPassword"`.
  std::string_view name;
  /// True when AWS requires SigV4 (IAM) credentials; false for the public,
  /// client-id authenticated operations.
  bool requires_iam_auth;
  /// The exceptions the model documents for the operation, in model order.
  std::vector<ErrorCode> documented_errors;
};

/// The model facts for `operation`.
const OperationInfo& OperationInfoFor(Operation operation);
/// All supported operations, in `Operation` order.
const std::vector<OperationInfo>& AllOperations();
/// The AWS operation name.
std::string_view ToString(Operation operation);
/// The operation whose AWS name is `name`, if it is supported.
std::optional<Operation> OperationFromName(std::string_view name);
/// True when the model lists `code` among `operation`'s exceptions.
bool IsDocumentedError(Operation operation, ErrorCode code);
/// True for the errors AWS's front end gives before Cognito sees a request
/// (SigV4 authentication, `ExpiredTokenException`) and IAM's
/// `AccessDeniedException` (iam.h).
bool IsAuthError(ErrorCode code);
/// True when a caller of `operation` can get `code` from AWS: the model
/// documents it, or the operation needs IAM credentials and `code` is an
/// authentication or authorisation error. What `FaultInjector` accepts.
bool CanRaise(Operation operation, ErrorCode code);
/// Prints the AWS operation name.
std::ostream& operator<<(std::ostream& os, Operation operation);

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_ERRORS_H_
