#include <cognito_fake/types.h>

namespace cognito_fake {

std::ostream& operator<<(std::ostream& os, const AttributeType& value) {
  return os << value.name << "=" << value.value;
}

std::ostream& operator<<(std::ostream& os, const CodeDeliveryDetailsType& value) {
  os << "{Destination: " << value.destination.value_or("<unset>") << ", DeliveryMedium: ";
  if (value.delivery_medium) {
    os << *value.delivery_medium;
  } else {
    os << "<unset>";
  }
  return os << ", AttributeName: " << value.attribute_name.value_or("<unset>") << "}";
}

std::ostream& operator<<(std::ostream& os, const UserType& value) {
  os << "{Username: " << value.username.value_or("<unset>") << ", UserStatus: ";
  if (value.user_status) {
    os << *value.user_status;
  } else {
    os << "<unset>";
  }
  os << ", Enabled: " << (value.enabled ? (*value.enabled ? "true" : "false") : "<unset>")
     << ", Attributes: [";
  const char* separator = "";
  for (const AttributeType& attribute : value.attributes) {
    os << separator << attribute;
    separator = ", ";
  }
  return os << "]}";
}

std::optional<std::string> FindAttribute(const AttributeListType& attributes,
                                         const std::string& name) {
  for (const AttributeType& attribute : attributes) {
    if (attribute.name == name) return attribute.value;
  }
  return std::nullopt;
}

}  // namespace cognito_fake
