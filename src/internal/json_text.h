#ifndef COGNITO_FAKE_SRC_INTERNAL_JSON_TEXT_H_
#define COGNITO_FAKE_SRC_INTERNAL_JSON_TEXT_H_

// A minimal JSON writer and reader for the few JSON texts the core makes and
// reads itself (token claims, ChallengeParameters.userAttributes). The wire
// layer uses nlohmann/json; the core must not include it.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace cognito_fake {
namespace internal {

// `text` as a JSON string literal, quotes included (RFC 8259 escaping;
// control characters as \u00XX; valid UTF-8 passed through).
std::string JsonQuote(std::string_view text);

// Builds one flat JSON object in insertion order.
class JsonObjectWriter {
 public:
  JsonObjectWriter() = default;
  // Writes into `buffer`'s storage (its text is dropped, its capacity kept),
  // so that a caller writing many objects can hand one buffer round.
  explicit JsonObjectWriter(std::string&& buffer);

  JsonObjectWriter& String(std::string_view key, std::string_view value);
  JsonObjectWriter& Int(std::string_view key, std::int64_t value);
  JsonObjectWriter& Bool(std::string_view key, bool value);
  JsonObjectWriter& StringArray(std::string_view key, const std::vector<std::string>& values);
  // `json` must already be valid JSON.
  JsonObjectWriter& Raw(std::string_view key, std::string_view json);
  std::string Finish() const&;  // "{...}"
  std::string Finish() &&;      // "{...}", without a copy

 private:
  std::string body_ = "{";
};

// A flat JSON object's members whose values are strings, integers or
// booleans (other member kinds are skipped). Enough to read back token claims.
using JsonScalar = std::variant<std::string, std::int64_t, bool>;
std::optional<std::map<std::string, JsonScalar>> ParseFlatJsonObject(std::string_view json);

// A parsed JSON document, for reading Lambda trigger results. Objects keep
// their members sorted by key; numbers are doubles.
struct JsonValue {
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<JsonValue> array;
  std::map<std::string, JsonValue> object;

  bool is_null() const { return kind == Kind::kNull; }
  bool is_string() const { return kind == Kind::kString; }
  bool is_object() const { return kind == Kind::kObject; }
  // The member `key` of an object, or nullptr (also for non-objects).
  const JsonValue* Find(const std::string& key) const;
};

// Parses one JSON text (RFC 8259, nesting up to 64 levels); nullopt when
// it is not valid JSON or has trailing content.
std::optional<JsonValue> ParseJson(std::string_view text);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_JSON_TEXT_H_
