#include "internal/schema.h"

#include <string_view>
#include <vector>

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

}  // namespace

const SchemaAttributeType* FindStandardAttribute(std::string_view name) {
  for (const SchemaAttributeType& attribute : StandardAttributes()) {
    if (attribute.name == name) return &attribute;
  }
  return nullptr;
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
        if (given.string_attribute_constraints) {
          attribute.string_attribute_constraints = given.string_attribute_constraints;
        }
      }
    }
    if (standard) continue;
    SchemaAttributeType custom = given;
    custom.name = "custom:" + name;
    if (!custom.attribute_data_type) custom.attribute_data_type = AttributeDataType::kString;
    if (!custom.developer_only_attribute) custom.developer_only_attribute = false;
    if (!custom.mutable_) custom.mutable_ = true;
    custom.required = false;
    if (*custom.attribute_data_type == AttributeDataType::kString &&
        !custom.string_attribute_constraints) {
      custom.string_attribute_constraints = StringAttributeConstraintsType{};
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

}  // namespace internal
}  // namespace cognito_fake
