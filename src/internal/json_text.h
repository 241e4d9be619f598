#ifndef COGNITO_FAKE_SRC_INTERNAL_JSON_TEXT_H_
#define COGNITO_FAKE_SRC_INTERNAL_JSON_TEXT_H_

// A minimal JSON writer and reader for the few JSON texts the core makes and
// reads itself (token claims, ChallengeParameters.userAttributes). The wire
// layer uses nlohmann/json; the core must not include it.

#include <cassert>
#include <cstdint>
#include <cstring>
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

class JsonInt;

// Builds one flat JSON object in insertion order.
class JsonObjectWriter {
 public:
  JsonObjectWriter() = default;
  // Writes into `buffer`'s storage (its text is dropped, its capacity kept),
  // so that a caller writing many objects can hand one buffer round: take
  // it back with TakeBuffer(), whose size is all room, and the next writer
  // fills no byte of it first.
  explicit JsonObjectWriter(std::string&& buffer);

  // String, Int, Bool and Raw are inline: with a literal name, the name's
  // check (IsPlainName) is decided by the compiler and nothing of it runs.
  JsonObjectWriter& String(std::string_view key, std::string_view value) {
    return IsPlainName(key) ? StringWithPlainName(key, value) : EscapedString(key, value);
  }
  // String() for a key and value the caller knows need no escape (literal
  // names, UUIDs, ids of the fake's own alphabet): written as they are,
  // unchecked; asserted in debug builds. Token claims are mostly these.
  JsonObjectWriter& PlainString(std::string_view key, std::string_view value) {
    assert(IsPlain(key) && IsPlain(value));
    char* p = Member(key, value.size() + 2);
    *p++ = '"';
    std::memcpy(p, value.data(), value.size());
    p[value.size()] = '"';
    return *this;
  }
  JsonObjectWriter& Int(std::string_view key, std::int64_t value) {
    char digits[20];
    const char* first = FormatInt(value, digits + sizeof digits);
    return Raw(key, std::string_view(first, static_cast<std::size_t>(digits + sizeof digits - first)));
  }
  JsonObjectWriter& Bool(std::string_view key, bool value) { return Raw(key, value ? "true" : "false"); }
  JsonObjectWriter& StringArray(std::string_view key, const std::vector<std::string>& values);
  // `json` must already be valid JSON.
  JsonObjectWriter& Raw(std::string_view key, std::string_view json) {
    return IsPlainName(key) ? RawWithPlainName(key, json) : RawWithEscapedKey(key, json);
  }
  std::string Finish() const&;  // "{...}"
  std::string Finish() &&;      // "{...}", without a copy
  // "{...}" in the writer's own storage, valid until the writer is next
  // changed or gone; members may not be added after it.
  std::string_view FinishInPlace() {
    *Room(1) = '}';
    return std::string_view(body_.data(), used_ + 1);
  }
  // The writer's storage, its whole size room, for the next writer.
  std::string TakeBuffer() && { return std::move(body_); }

  // Whether no byte of `text` needs an escape (a quote, a backslash or a
  // control character): 16-byte blocks, or a word or two below 16 bytes.
  static bool IsPlain(std::string_view text);
  // The same for a member name, a byte at a time up to 24 bytes: for a
  // literal name the compiler unrolls the loop and folds it to `true`.
  static constexpr bool IsPlainName(std::string_view key) {
    if (key.size() > 24) return IsPlain(key);
    for (char c : key) {
      if (static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\') return false;
    }
    return true;
  }

 private:
  friend class JsonInt;
  // What String and Raw call once the name is known to need no escape,
  // and the slow paths for names or values that need escapes.
  JsonObjectWriter& StringWithPlainName(std::string_view key, std::string_view value);
  JsonObjectWriter& RawWithPlainName(std::string_view key, std::string_view json);
  JsonObjectWriter& EscapedString(std::string_view key, std::string_view value);
  JsonObjectWriter& RawWithEscapedKey(std::string_view key, std::string_view json);
  // Writes `value`'s decimal digits to end before `end`; returns where they start.
  static char* FormatInt(std::int64_t value, char* end);
  // `size` bytes of room past the text written (not yet counted in used_).
  // Inline, with Member and PlainString: a literal name's size is then
  // known to the compiler, and its copy is a move or two, not a call.
  char* Room(std::size_t size) {
    if (used_ + size > body_.size()) Grow(size);
    return body_.data() + used_;
  }
  void Grow(std::size_t size);
  // `,"key":` (no comma for the first member) and `value_size` bytes of
  // room after it, all counted; returns where the value goes. Only for keys
  // that need no escape.
  char* Member(std::string_view key, std::size_t value_size) {
    const bool comma = used_ > 1;  // past the opening brace
    const std::size_t size = comma + key.size() + 3 + value_size;
    char* p = Room(size);
    used_ += size;
    if (comma) *p++ = ',';
    *p++ = '"';
    std::memcpy(p, key.data(), key.size());
    p += key.size();
    *p++ = '"';
    *p++ = ':';
    return p;
  }
  // body_ cut to the text written, for appends through std::string; the
  // caller sets used_ to its size after.
  std::string& Spill();

  // The text is body_'s first used_ characters; the rest of body_ is room
  // (std::string::resize per member showed in every sign-in).
  std::string body_ = "{";
  std::size_t used_ = 1;
};

// An integer's JSON text, made once for members that repeat it (a sign-in
// writes its time four times and each expiry twice): Raw(key, text()).
class JsonInt {
 public:
  explicit JsonInt(std::int64_t value) : first_(JsonObjectWriter::FormatInt(value, digits_ + sizeof digits_)) {}
  JsonInt(const JsonInt&) = delete;  // text() points into the object
  JsonInt& operator=(const JsonInt&) = delete;

  std::string_view text() const {
    return std::string_view(first_, static_cast<std::size_t>(digits_ + sizeof digits_ - first_));
  }

 private:
  char digits_[20];
  const char* first_;
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
