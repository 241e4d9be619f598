#ifndef COGNITO_FAKE_SRC_INTERNAL_GENERATED_TABLES_H_
#define COGNITO_FAKE_SRC_INTERNAL_GENERATED_TABLES_H_

// Raw tables written by tools/generate_from_model.py (src/generated_tables.cc).

#include <cognito_fake/error_code.h>
#include <cognito_fake/operation.h>

#include <optional>
#include <string_view>

namespace cognito_fake {
namespace internal {

struct ErrorRow {
  ErrorCode code;
  const char* name;
  int http_status;
  int model_http_status;
  bool retryable;
  bool fault;
};

struct OperationRow {
  Operation operation;
  const char* name;
  bool requires_iam_auth;
  const ErrorCode* errors;
  int error_count;
};

extern const ErrorRow kErrorTable[];
extern const int kErrorTableSize;
extern const OperationRow kOperationTable[];
// Every operation of the model, supported or not, sorted.
extern const char* const kModelOperationNames[];
extern const int kModelOperationCount;

template <typename E>
struct EnumName {
  E value;
  const char* name;
};

template <typename E, std::size_t N>
std::string_view Lookup(const EnumName<E> (&table)[N], E value) {
  for (const auto& row : table) {
    if (row.value == value) return row.name;
  }
  return "UNKNOWN_ENUM_VALUE";
}

template <typename E, std::size_t N>
std::optional<E> Parse(const EnumName<E> (&table)[N], std::string_view text) {
  for (const auto& row : table) {
    if (text == row.name) return row.value;
  }
  return std::nullopt;
}

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_GENERATED_TABLES_H_
