#include <cognito_fake/errors.h>

#include <cstddef>

#include "internal/generated_tables.h"

namespace cognito_fake {
namespace {

std::vector<ErrorInfo> BuildErrorInfos() {
  std::vector<ErrorInfo> rows;
  rows.reserve(static_cast<std::size_t>(internal::kErrorTableSize));
  for (int i = 0; i < internal::kErrorTableSize; ++i) {
    const internal::ErrorRow& row = internal::kErrorTable[i];
    rows.push_back(ErrorInfo{row.code, row.name, row.http_status, row.model_http_status,
                             row.retryable, row.fault});
  }
  return rows;
}

// Indexed by static_cast<int>(ErrorCode): the generator writes the table in
// enumerator order.
const std::vector<ErrorInfo>& ErrorInfos() {
  static const auto* const kInfos = new std::vector<ErrorInfo>(BuildErrorInfos());
  return *kInfos;
}

const std::vector<OperationInfo>& OperationInfos() {
  static const auto* const kInfos = [] {
    auto* infos = new std::vector<OperationInfo>();
    for (int i = 0; i < kOperationCount; ++i) {
      const internal::OperationRow& row = internal::kOperationTable[i];
      infos->push_back(
          OperationInfo{row.operation, row.name, row.requires_iam_auth,
                        std::vector<ErrorCode>(row.errors, row.errors + row.error_count)});
    }
    return infos;
  }();
  return *kInfos;
}

}  // namespace

const ErrorInfo& ErrorInfoFor(ErrorCode code) {
  return ErrorInfos()[static_cast<std::size_t>(code)];
}

std::optional<ErrorCode> ErrorCodeFromName(std::string_view name) {
  for (const ErrorInfo& info : ErrorInfos()) {
    if (info.code != ErrorCode::kOk && info.code != ErrorCode::kUnimplemented &&
        info.name == name) {
      return info.code;
    }
  }
  return std::nullopt;
}

const std::vector<ErrorInfo>& AllServiceErrors() {
  static const auto* const kServiceErrors = [] {
    auto* errors = new std::vector<ErrorInfo>(ErrorInfos().begin() + 1,
                                              ErrorInfos().begin() + 1 + kServiceErrorCount);
    return errors;
  }();
  return *kServiceErrors;
}

const OperationInfo& OperationInfoFor(Operation operation) {
  return OperationInfos()[static_cast<std::size_t>(operation)];
}

const std::vector<OperationInfo>& AllOperations() { return OperationInfos(); }

std::string_view ToString(Operation operation) { return OperationInfoFor(operation).name; }

std::optional<Operation> OperationFromName(std::string_view name) {
  for (const OperationInfo& info : OperationInfos()) {
    if (info.name == name) return info.operation;
  }
  return std::nullopt;
}

bool IsDocumentedError(Operation operation, ErrorCode code) {
  for (ErrorCode documented : OperationInfoFor(operation).documented_errors) {
    if (documented == code) return true;
  }
  return false;
}

bool IsAuthError(ErrorCode code) {
  switch (code) {
    case ErrorCode::kMissingAuthenticationToken:
    case ErrorCode::kIncompleteSignature:
    case ErrorCode::kInvalidSignature:
    case ErrorCode::kUnrecognizedClient:
    case ErrorCode::kExpiredToken:
    case ErrorCode::kAccessDenied:
      return true;
    default:
      return false;
  }
}

bool CanRaise(Operation operation, ErrorCode code) {
  return IsDocumentedError(operation, code) ||
         (OperationInfoFor(operation).requires_iam_auth && IsAuthError(code));
}

std::ostream& operator<<(std::ostream& os, Operation operation) {
  return os << ToString(operation);
}

}  // namespace cognito_fake
