#ifndef COGNITO_FAKE_SRC_WIRE_JSON_CODEC_H_
#define COGNITO_FAKE_SRC_WIRE_JSON_CODEC_H_

// Typed value <-> AWS JSON 1.1 document, for every shape in fields.h, by two
// generic visitors over that one field table. The reader answers with the
// errors AWS gives for a document it cannot use:
//
// * a JSON object where a scalar or list belongs: SerializationException
//   "Start of structure or map found where not expected." [R];
// * any other wrong JSON type: SerializationException "Unexpected field type" [R];
// * a missing required member: InvalidParameterException "... Value null at
//   '<path>' failed to satisfy constraint: Member must not be null" [R];
// * an enum value outside the model's set: InvalidParameterException "...
//   Member must satisfy enum value set: [A, B]" [R].
//
// JSON `null` counts as an absent member. Booleans also accept strings, as
// Coral does ("true" in any case is true, anything else false) [R].

#include <cognito_fake/enums.h>
#include <cognito_fake/status.h>

#include <chrono>
#include <cmath>
#include <deque>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "wire/fields.h"

namespace cognito_fake {
namespace wire {

using Json = nlohmann::json;

// Parses one whole JSON text: a discarded value when `text` is not one. A
// NUL byte makes it invalid: nlohmann/json stops at one and takes what came
// before for the whole text, so `{}\0garbage` would parse as `{}`.
Json ParseJsonText(std::string_view text);

// Every value of enum E, in model order (the generated tables are dense).
template <typename E>
std::vector<E> AllValues() {
  std::vector<E> values;
  for (int i = 0;; ++i) {
    const E value = static_cast<E>(i);
    const auto parsed = FromString<E>(ToString(value));
    if (!parsed || *parsed != value) break;  // past the last value
    values.push_back(value);
  }
  return values;
}

// "UserPoolId" -> "userPoolId", as AWS spells member paths in messages.
std::string MemberPath(const std::string& parent, const char* name);
// Epoch seconds (milliseconds kept as the fraction) <-> Timestamp.
double ToEpochSeconds(Timestamp time);
Timestamp FromEpochSeconds(double seconds);

// --------------------------------------------------------------- writer

// Writes set members; unset optionals and empty lists/maps are omitted,
// except members marked Required, which are always written.
class JsonWriter {
 public:
  // With `exact_time`, timestamps are integer nanoseconds since the epoch
  // (state export) instead of AWS's epoch seconds.
  explicit JsonWriter(Json& out, bool exact_time = false) : out_(out), exact_time_(exact_time) {}

  template <typename M, typename... Constraint>
  void operator()(const char* name, const M& member, const Constraint&...) {
    Write(name, member, /*always=*/false);
  }
  template <typename M, typename... Constraint>
  void Required(const char* name, const M& member, const Constraint&...) {
    Write(name, member, /*always=*/true);
  }

  template <typename M>
  Json Value(const M& member) const {
    if constexpr (IsOptional<M>::value) {
      return Value(*member);
    } else if constexpr (std::is_same_v<M, std::string> || std::is_same_v<M, bool> ||
                         kIsInteger<M>) {
      return member;
    } else if constexpr (std::is_same_v<M, Timestamp>) {
      if (exact_time_) {
        return static_cast<std::int64_t>(
            std::chrono::duration_cast<std::chrono::nanoseconds>(member.time_since_epoch())
                .count());
      }
      return ToEpochSeconds(member);
    } else if constexpr (std::is_enum_v<M>) {
      return std::string(ToString(member));
    } else if constexpr (IsStringMap<M>::value) {
      Json object = Json::object();
      for (const auto& [key, value] : member) object[key] = Value(value);
      return object;
    } else if constexpr (IsVector<M>::value) {
      Json array = Json::array();
      for (const auto& element : member) array.push_back(Value(element));
      return array;
    } else {
      static_assert(HasFields<const M>::value, "no field list for this type");
      Json object = Json::object();
      JsonWriter writer(object, exact_time_);
      Fields(writer, member);
      return object;
    }
  }

 private:
  template <typename M>
  void Write(const char* name, const M& member, bool always) {
    if constexpr (IsOptional<M>::value) {
      if (!member) return;
    } else if constexpr (IsVector<M>::value || IsStringMap<M>::value) {
      if (member.empty() && !always) return;
    }
    out_[name] = Value(member);
  }

  Json& out_;
  bool exact_time_;
};

template <typename T>
Json ToJson(const T& value, bool exact_time = false) {
  Json unused;
  return JsonWriter(unused, exact_time).Value(value);
}

// --------------------------------------------------------------- reader

struct ReadOptions {
  // Check members marked Required (requests); responses are read without.
  bool check_required = true;
  // Refuse members the model does not have (SerializationException).
  bool reject_unknown_members = false;
  // Timestamps are integer nanoseconds (state import), not epoch seconds.
  bool exact_time = false;
};

// Reads one JSON object into a struct; collects the first serialization
// error and every validation violation.
class JsonReader {
 public:
  JsonReader(const Json& object, std::string path, const ReadOptions& options,
             std::optional<Status>& serialization_error, std::vector<std::string>& violations)
      : object_(object),
        path_(std::move(path)),
        options_(options),
        serialization_error_(serialization_error),
        violations_(violations) {}

  // The model's constraints are the service's to check (internal/validation.h),
  // after the document is read.
  template <typename M, typename... Constraint>
  void operator()(const char* name, M& member, const Constraint&...) {
    Read(name, member, /*required=*/false);
  }
  template <typename M, typename... Constraint>
  void Required(const char* name, M& member, const Constraint&...) {
    Read(name, member, options_.check_required);
  }

  std::size_t members_seen() const { return members_seen_; }

  // Converts one JSON value; returns false (after recording why) on failure.
  template <typename M>
  bool Convert(const Json& value, const std::string& path, M& out) {
    if constexpr (IsOptional<M>::value) {
      typename M::value_type inner{};
      if (!Convert(value, path, inner)) return false;
      out = std::move(inner);
      return true;
    } else if constexpr (std::is_same_v<M, std::string>) {
      if (!value.is_string()) return TypeError(value);
      out = value.get<std::string>();
      return true;
    } else if constexpr (std::is_same_v<M, bool>) {
      if (value.is_boolean()) {
        out = value.get<bool>();
        return true;
      }
      if (!value.is_string()) return TypeError(value);
      std::string text = value.get<std::string>();
      for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      out = text == "true";
      return true;
    } else if constexpr (std::is_same_v<M, std::uint64_t>) {
      if (!value.is_number_unsigned()) return TypeError(value);
      out = value.get<std::uint64_t>();
      return true;
    } else if constexpr (kIsInteger<M>) {
      if (!value.is_number_integer()) return TypeError(value);
      if (value.is_number_unsigned() &&
          value.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<M>::max())) {
        return TypeError(value);
      }
      const auto number = value.get<std::int64_t>();
      if (number < std::numeric_limits<M>::min() || number > std::numeric_limits<M>::max()) {
        return TypeError(value);
      }
      out = static_cast<M>(number);
      return true;
    } else if constexpr (std::is_same_v<M, Timestamp>) {
      if (options_.exact_time) {
        if (!value.is_number_integer()) return TypeError(value);
        out = Timestamp(std::chrono::duration_cast<Timestamp::duration>(
            std::chrono::nanoseconds(value.get<std::int64_t>())));
        return true;
      }
      if (!value.is_number()) return TypeError(value);
      out = FromEpochSeconds(value.get<double>());
      return true;
    } else if constexpr (std::is_enum_v<M>) {
      if (!value.is_string()) return TypeError(value);
      const std::string text = value.get<std::string>();
      if (auto parsed = FromString<M>(text)) {
        out = *parsed;
        return true;
      }
      std::string set;
      for (M candidate : AllValues<M>()) {
        set += (set.empty() ? "" : ", ") + std::string(ToString(candidate));
      }
      violations_.push_back(
          "Value '" + text + "' at '" + path +
          "' failed to satisfy constraint: Member must satisfy enum value set: [" + set + "]");
      return false;
    } else if constexpr (IsStringMap<M>::value) {
      if (!value.is_object()) return TypeError(value);
      for (const auto& [key, element] : value.items()) {
        if (element.is_null()) continue;
        typename M::mapped_type item{};
        if (!Convert(element, path, item)) return false;
        out[key] = std::move(item);
      }
      return true;
    } else if constexpr (IsVector<M>::value) {
      if (!value.is_array()) return TypeError(value);
      std::size_t index = 0;
      for (const Json& element : value) {
        ++index;
        typename M::value_type item{};
        if (!Convert(element, path + "." + std::to_string(index) + ".member", item)) return false;
        out.push_back(std::move(item));
      }
      return true;
    } else {
      static_assert(HasFields<M>::value, "no field list for this type");
      if (!value.is_object()) return TypeError(value);
      JsonReader nested(value, path, options_, serialization_error_, violations_);
      Fields(nested, out);
      return nested.CheckUnknown();
    }
  }

  // With reject_unknown_members: fails when the object had members the
  // field list does not name.
  bool CheckUnknown();

 private:
  template <typename M>
  void Read(const char* name, M& member, bool required) {
    const std::string path = MemberPath(path_, name);
    known_.push_back(name);
    auto found = object_.find(name);
    if (found == object_.end() || found->is_null()) {
      if (required) {
        violations_.push_back("Value null at '" + path +
                              "' failed to satisfy constraint: Member must not be null");
      }
      return;
    }
    ++members_seen_;
    if (serialization_error_) return;
    M value{};
    if (Convert(*found, path, value)) member = std::move(value);
  }

  bool TypeError(const Json& value);

  const Json& object_;
  std::string path_;
  const ReadOptions& options_;
  std::optional<Status>& serialization_error_;
  std::vector<std::string>& violations_;
  std::vector<const char*> known_;
  std::size_t members_seen_ = 0;
};

// Reads `object` as a T: the value, SerializationException, or
// InvalidParameterException listing the violations.
template <typename T>
StatusOr<T> FromJson(const Json& object, const ReadOptions& options = {}) {
  std::optional<Status> serialization_error;
  std::vector<std::string> violations;
  T value{};
  JsonReader reader(Json::object(), "", options, serialization_error, violations);
  reader.Convert(object, "", value);
  if (serialization_error) return *serialization_error;
  if (!violations.empty()) {
    std::string message =
        std::to_string(violations.size()) +
        (violations.size() == 1 ? " validation error detected: " : " validation errors detected: ");
    for (std::size_t i = 0; i < violations.size(); ++i) {
      message += (i == 0 ? "" : "; ") + violations[i];
    }
    return Status(ErrorCode::kInvalidParameter, std::move(message));
  }
  return value;
}

}  // namespace wire
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_WIRE_JSON_CODEC_H_
