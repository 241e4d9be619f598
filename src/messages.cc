#include "internal/messages.h"

namespace cognito_fake {
namespace internal {
namespace msg {
namespace {

std::string Concat(std::string_view a, std::string_view b, std::string_view c = {}) {
  std::string text;
  text.reserve(a.size() + b.size() + c.size());
  text.append(a).append(b).append(c);
  return text;
}

}  // namespace

std::string UserPoolDoesNotExist(std::string_view user_pool_id) {
  return Concat("User pool ", user_pool_id, " does not exist.");
}
std::string ClientDoesNotExist(std::string_view client_id) {
  return Concat("User pool client ", client_id, " does not exist.");
}
std::string SecretHashNotReceived(std::string_view client_id) {
  return Concat("Client ", client_id, " is configured for secret but secret was not received");
}
std::string UnableToVerifySecretHash(std::string_view client_id) {
  return Concat("Unable to verify secret hash for client ", client_id);
}
std::string CannotBeConfirmed(std::string_view status) {
  return Concat("User cannot be confirmed. Current status is ", status);
}
std::string MissingRequiredParameter(std::string_view name) {
  return Concat("Missing required parameter ", name);
}
std::string ResendNotPossible(std::string_view username) {
  return Concat("Resend not possible. ", username, " status is not FORCE_CHANGE_PASSWORD.");
}
std::string AccountWithAttributeExists(std::string_view attribute) {
  return Concat("An account with the given ", attribute, " already exists.");
}
std::string UsernameCannotBeAliasFormat(std::string_view attribute) {
  return Concat("Username cannot be of ", attribute,
                " format, since user pool is configured for " + std::string(attribute) + " alias.");
}
std::string IdentityProviderDoesNotExist(std::string_view provider, std::string_view user_pool_id) {
  return "The provider " + std::string(provider) + " does not exist for User Pool " +
         std::string(user_pool_id);
}

std::string InvalidRedirectUrl(std::string_view url) {
  return "Invalid redirect URL " + std::string(url) +
         ": use https, or http only for localhost, and no fragment";
}

std::string RevocationNotEnabled(std::string_view client_id) {
  return "Token revocation is not enabled for client " + std::string(client_id) +
         " (EnableTokenRevocation is false)";
}

std::string RevokeClientUnauthorized(std::string_view client_id) {
  return "Client " + std::string(client_id) +
         " is not authorized to revoke this token: the client secret is missing or wrong, or "
         "the token was issued to another client";
}

std::string NoAttributeToVerify(std::string_view name) {
  return "The user has no " + std::string(name) + " to verify";
}

std::string AttributeUnknown(std::string_view name) {
  return Concat("Attributes did not conform to the schema: Type for attribute {", name,
                "} could not be determined");
}
std::string AttributeRequired(std::string_view name) {
  return Concat("Attributes did not conform to the schema: ", name,
                ": The attribute is required\n");
}
std::string AttributeNotMutable(std::string_view name) {
  return Concat("Attributes did not conform to the schema: ", name,
                ": Attribute cannot be updated. (changing an immutable attribute)\n");
}
std::string InvalidAttributesGivenMissing(std::string_view name) {
  return Concat("Invalid attributes given, ", name, " is missing");
}
std::string CannotModifyProvided(std::string_view name) {
  return Concat("Cannot modify an already provided ", name);
}

Status Error(ErrorCode code, std::string_view message) {
  return Status(code, std::string(message));
}

std::string DuplicateSchemaAttribute(std::string_view name) {
  return "Duplicate schema attribute: " + std::string(name);
}

std::string LambdaFailed(std::string_view trigger, std::string_view error) {
  return std::string(trigger) + " failed with error " + std::string(error) + ".";
}

std::string LambdaInvocationFailed(std::string_view trigger, std::string_view cause) {
  return std::string(trigger) + " invocation failed due to error " + std::string(cause) + ".";
}

std::string NotSupported(std::string_view what) {
  return std::string(what) + " is not supported by cognito_fake";
}

// Schema fidelity (issue 26).
std::string AttributesDidNotConform(const std::vector<std::string>& problems) {
  std::string text = "Attributes did not conform to the schema: ";
  for (const std::string& problem : problems) text.append(problem).append("\n");
  return text;
}
std::string AttributeDoesNotExist(std::string_view name) {
  return Concat(name, ": Attribute does not exist in the schema.");
}
std::string AttributeIsRequired(std::string_view name) {
  return Concat(name, ": The attribute is required");
}
std::string AttributeIsImmutable(std::string_view name) {
  return Concat(name, ": Attribute cannot be updated. (changing an immutable attribute)");
}
std::string ValueTooLong(std::string_view name, std::string_view max_length) {
  return Concat(name, ": Attribute value exceeds the maximum length of ",
                std::string(max_length) + ".");
}
std::string ValueTooShort(std::string_view name, std::string_view min_length) {
  return Concat(name, ": Attribute value is shorter than the minimum length of ",
                std::string(min_length) + ".");
}
std::string ValueNotANumber(std::string_view name) {
  return Concat(name, ": Attribute value must be a number.");
}
std::string ValueAboveMaximum(std::string_view name, std::string_view max_value) {
  return Concat(name, ": Attribute value exceeds the maximum value of ",
                std::string(max_value) + ".");
}
std::string ValueBelowMinimum(std::string_view name, std::string_view min_value) {
  return Concat(name, ": Attribute value is less than the minimum value of ",
                std::string(min_value) + ".");
}
std::string InvalidSchemaConstraints(std::string_view constraints, std::string_view name) {
  return Concat("Invalid ", constraints, " for schema attribute " + std::string(name));
}
std::string StringLengthOver2048(std::string_view name) {
  return Concat("user.", name, ": String attributes cannot have a length of more than 2048");
}
std::string MaxLengthBelowMinLength(std::string_view name) {
  return Concat("user.", name, ": Max length cannot be less than min length.");
}
std::string MaxValueBelowMinValue(std::string_view name) {
  return Concat("user.", name, ": Max value cannot be less than min value.");
}
std::string StandardAttributeRedefined(std::string_view name) {
  return Concat(
      "You can not change AttributeDataType or set developerOnlyAttribute for standard schema "
      "attribute ",
      name);
}

}  // namespace msg
}  // namespace internal
}  // namespace cognito_fake
