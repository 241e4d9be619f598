#include "internal/schema.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "internal/messages.h"
#include "internal/patterns.h"

namespace cognito_fake {
namespace internal {
namespace {

SchemaAttributeType Standard(std::string name, AttributeDataType type, bool is_mutable,
                             bool required, std::string min, std::string max) {
  SchemaAttributeType attribute;
  attribute.name = std::move(name);
  attribute.attribute_data_type = type;
  attribute.developer_only_attribute = false;
  attribute.mutable_ = is_mutable;
  attribute.required = required;
  if (type == AttributeDataType::kString) {
    attribute.string_attribute_constraints = StringAttributeConstraintsType{min, max};
  } else if (type == AttributeDataType::kNumber) {
    attribute.number_attribute_constraints = NumberAttributeConstraintsType{min, std::nullopt};
  }
  return attribute;
}

// The standard attributes, in the order DescribeUserPool lists them.
const std::vector<SchemaAttributeType>& StandardAttributes() {
  static const auto* const kAttributes = [] {
    constexpr auto kString = AttributeDataType::kString;
    auto* list = new std::vector<SchemaAttributeType>{
        Standard("profile", kString, true, false, "0", "2048"),
        Standard("address", kString, true, false, "0", "2048"),
        Standard("birthdate", kString, true, false, "10", "10"),
        Standard("gender", kString, true, false, "0", "2048"),
        Standard("preferred_username", kString, true, false, "0", "2048"),
        Standard("updated_at", AttributeDataType::kNumber, true, false, "0", ""),
        Standard("website", kString, true, false, "0", "2048"),
        Standard("picture", kString, true, false, "0", "2048"),
        Standard("identities", kString, true, false, "0", "2048"),
        Standard("sub", kString, false, true, "1", "2048"),
        Standard("phone_number", kString, true, false, "0", "2048"),
        Standard("phone_number_verified", AttributeDataType::kBoolean, true, false, "", ""),
        Standard("zoneinfo", kString, true, false, "0", "2048"),
        Standard("locale", kString, true, false, "0", "2048"),
        Standard("email", kString, true, false, "0", "2048"),
        Standard("email_verified", AttributeDataType::kBoolean, true, false, "", ""),
        Standard("given_name", kString, true, false, "0", "2048"),
        Standard("family_name", kString, true, false, "0", "2048"),
        Standard("middle_name", kString, true, false, "0", "2048"),
        Standard("name", kString, true, false, "0", "2048"),
        Standard("nickname", kString, true, false, "0", "2048"),
    };
    return list;
  }();
  return *kAttributes;
}

// InvalidParameterException with `message`.
Status Refuse(std::string message) {
  return Status(ErrorCode::kInvalidParameter, std::move(message));
}

constexpr std::string_view kCustomPrefix = "custom:";
constexpr std::string_view kDeveloperPrefix = "dev:custom:";

bool IsDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// An integer as Cognito's Number attributes hold one: an optional '-' and
// digits [I].
bool IsInteger(std::string_view text) {
  if (!text.empty() && text.front() == '-') text.remove_prefix(1);
  return IsDigits(text);
}

// Compares two IsInteger texts of any length by value: <0, 0, >0.
int CompareIntegers(std::string_view a, std::string_view b) {
  const bool a_negative = !a.empty() && a.front() == '-';
  const bool b_negative = !b.empty() && b.front() == '-';
  auto magnitude = [](std::string_view text) {
    if (!text.empty() && text.front() == '-') text.remove_prefix(1);
    const auto first = text.find_first_not_of('0');
    return first == std::string_view::npos ? std::string_view() : text.substr(first);
  };
  const std::string_view ma = magnitude(a);
  const std::string_view mb = magnitude(b);
  const bool a_below_zero = a_negative && !ma.empty();
  const bool b_below_zero = b_negative && !mb.empty();
  if (a_below_zero != b_below_zero) return a_below_zero ? -1 : 1;
  int order = ma.size() != mb.size() ? (ma.size() < mb.size() ? -1 : 1) : ma.compare(mb);
  order = order < 0 ? -1 : (order > 0 ? 1 : 0);
  return a_below_zero ? -order : order;
}

// A constraint bound: absent when unset or empty (how DescribeUserPool
// leaves it); `*valid` false when it is not digits.
std::optional<std::string_view> Bound(const std::optional<std::string>& text, bool* valid) {
  if (!text || text->empty()) return std::nullopt;
  if (!IsDigits(*text)) *valid = false;
  return std::string_view(*text);
}

// The checks of one Schema entry's constraints for its data type; `name` is
// the attribute as the pool names it. Constraints of another type are
// ignored (and dropped by DescribeSchema).
Status CheckConstraints(const SchemaAttributeType& given, AttributeDataType type,
                        const std::string& name) {
  if (type == AttributeDataType::kString && given.string_attribute_constraints) {
    bool valid = true;
    const auto min = Bound(given.string_attribute_constraints->min_length, &valid);
    const auto max = Bound(given.string_attribute_constraints->max_length, &valid);
    if (!valid) {
      return Refuse(msg::InvalidSchemaConstraints("StringAttributeConstraints", name));
    }
    if ((min && CompareIntegers(*min, "2048") > 0) || (max && CompareIntegers(*max, "2048") > 0)) {
      return Refuse(msg::StringLengthOver2048(name));
    }
    if (min && max && CompareIntegers(*min, *max) > 0) {
      return Refuse(msg::MaxLengthBelowMinLength(name));
    }
  }
  if (type == AttributeDataType::kNumber && given.number_attribute_constraints) {
    bool valid = true;
    const auto min = Bound(given.number_attribute_constraints->min_value, &valid);
    const auto max = Bound(given.number_attribute_constraints->max_value, &valid);
    if (!valid) {
      return Refuse(msg::InvalidSchemaConstraints("NumberAttributeConstraints", name));
    }
    if (min && max && CompareIntegers(*min, *max) > 0) {
      return Refuse(msg::MaxValueBelowMinValue(name));
    }
  }
  return Status();
}

}  // namespace

const SchemaAttributeType* FindStandardAttribute(std::string_view name) {
  for (const SchemaAttributeType& attribute : StandardAttributes()) {
    if (attribute.name == name) return &attribute;
  }
  return nullptr;
}

std::string CustomAttributeName(const SchemaAttributeType& declared) {
  // Developer-only attributes are `dev:custom:<name>` in real pools
  // (jagregory/cognito-local#393, hashicorp/terraform-provider-aws#26704),
  // though the API reference writes `dev:<name>`.
  const std::string_view prefix =
      declared.developer_only_attribute.value_or(false) ? kDeveloperPrefix : kCustomPrefix;
  return std::string(prefix) + declared.name.value_or("");
}

Status CheckSchemaRequest(const std::vector<SchemaAttributeType>& requested) {
  std::set<std::string> names;
  for (const SchemaAttributeType& given : requested) {
    const std::string name = given.name.value_or("");
    if (const SchemaAttributeType* standard = FindStandardAttribute(name)) {
      // Tuning a standard attribute: its type stays, and it cannot become
      // developer-only.
      if ((given.attribute_data_type &&
           *given.attribute_data_type != *standard->attribute_data_type) ||
          given.developer_only_attribute.value_or(false)) {
        return Refuse(msg::StandardAttributeRedefined(name));
      }
      if (!names.insert(name).second) return Refuse(msg::DuplicateSchemaAttribute(name));
      if (Status status = CheckConstraints(given, *standard->attribute_data_type, name);
          !status.ok()) {
        return status;
      }
      continue;
    }
    // `x` and developer-only `x` are one name (moto's AddCustomAttributes).
    if (!names.insert(name).second) return Refuse(msg::DuplicateSchemaAttribute(name));
    if (given.required.value_or(false)) {
      return Refuse(std::string(msg::kRequiredCustomAttribute));
    }
    if (Status status =
            CheckConstraints(given, given.attribute_data_type.value_or(AttributeDataType::kString),
                             CustomAttributeName(given));
        !status.ok()) {
      return status;
    }
  }
  return Status();
}

std::vector<SchemaAttributeType> DescribeSchema(const std::vector<SchemaAttributeType>& requested) {
  std::vector<SchemaAttributeType> schema = StandardAttributes();
  for (const SchemaAttributeType& given : requested) {
    const std::string name = given.name.value_or("");
    bool standard = false;
    for (SchemaAttributeType& attribute : schema) {
      if (attribute.name == name) {
        standard = true;
        if (given.required) attribute.required = given.required;
        if (given.mutable_) attribute.mutable_ = given.mutable_;
        if (given.string_attribute_constraints &&
            attribute.attribute_data_type == AttributeDataType::kString) {
          attribute.string_attribute_constraints = given.string_attribute_constraints;
        }
        if (given.number_attribute_constraints &&
            attribute.attribute_data_type == AttributeDataType::kNumber) {
          attribute.number_attribute_constraints = given.number_attribute_constraints;
        }
      }
    }
    if (standard) continue;
    SchemaAttributeType custom = given;
    custom.name = CustomAttributeName(given);
    if (!custom.attribute_data_type) custom.attribute_data_type = AttributeDataType::kString;
    if (!custom.developer_only_attribute) custom.developer_only_attribute = false;
    if (!custom.mutable_) custom.mutable_ = true;
    custom.required = false;
    // Only the constraints of the attribute's own type are kept [E] moto.
    if (*custom.attribute_data_type != AttributeDataType::kString) {
      custom.string_attribute_constraints.reset();
    } else if (!custom.string_attribute_constraints) {
      custom.string_attribute_constraints = StringAttributeConstraintsType{};
    }
    if (*custom.attribute_data_type != AttributeDataType::kNumber) {
      custom.number_attribute_constraints.reset();
    }
    schema.push_back(std::move(custom));
  }
  return schema;
}

const SchemaAttributeType* FindSchemaAttribute(const UserPoolType& pool, std::string_view name) {
  for (const SchemaAttributeType& attribute : pool.schema_attributes) {
    // Most names differ in length: compare sizes before bytes.
    if (attribute.name && attribute.name->size() == name.size() &&
        std::string_view(*attribute.name) == name) {
      return &attribute;
    }
  }
  return nullptr;
}

bool IsKnownAttribute(const UserPoolType& pool, std::string_view name) {
  return FindSchemaAttribute(pool, name) != nullptr;
}

bool IsDeveloperOnlyAttribute(const UserPoolType& pool, std::string_view name) {
  const SchemaAttributeType* schema = FindSchemaAttribute(pool, name);
  return schema != nullptr && schema->developer_only_attribute.value_or(false);
}

std::optional<std::string> ValueProblem(const SchemaAttributeType& schema, std::string_view value) {
  const std::string_view name = schema.name ? std::string_view(*schema.name) : std::string_view();
  // Only custom attributes are checked: the standard ones' formats (e.g.
  // birthdate's 10 characters) are Cognito's own rules, not modelled [I].
  if (name.substr(0, kCustomPrefix.size()) != kCustomPrefix &&
      name.substr(0, kDeveloperPrefix.size()) != kDeveloperPrefix) {
    return std::nullopt;
  }
  if (value.empty()) return std::nullopt;  // clears the attribute
  const AttributeDataType type = schema.attribute_data_type.value_or(AttributeDataType::kString);
  if (type == AttributeDataType::kString && schema.string_attribute_constraints) {
    const auto& constraints = *schema.string_attribute_constraints;
    const std::string length = std::to_string(Utf16Length(value));
    if (constraints.max_length && IsDigits(*constraints.max_length) &&
        CompareIntegers(length, *constraints.max_length) > 0) {
      return msg::ValueTooLong(name, *constraints.max_length);
    }
    if (constraints.min_length && IsDigits(*constraints.min_length) &&
        CompareIntegers(length, *constraints.min_length) < 0) {
      return msg::ValueTooShort(name, *constraints.min_length);
    }
  }
  if (type == AttributeDataType::kNumber) {
    if (!IsInteger(value)) return msg::ValueNotANumber(name);
    if (schema.number_attribute_constraints) {
      const auto& constraints = *schema.number_attribute_constraints;
      if (constraints.max_value && IsDigits(*constraints.max_value) &&
          CompareIntegers(value, *constraints.max_value) > 0) {
        return msg::ValueAboveMaximum(name, *constraints.max_value);
      }
      if (constraints.min_value && IsDigits(*constraints.min_value) &&
          CompareIntegers(value, *constraints.min_value) < 0) {
        return msg::ValueBelowMinimum(name, *constraints.min_value);
      }
    }
  }
  return std::nullopt;
}

}  // namespace internal
}  // namespace cognito_fake
