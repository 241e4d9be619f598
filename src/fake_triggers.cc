// Lambda triggers: the functions a test registers, the events Cognito sends
// them and what their answers change.

#include <nlohmann/json.hpp>

#include "internal/fake_impl.h"

namespace cognito_fake {

using Json = nlohmann::ordered_json;
using internal::PoolRecord;
using internal::UserRecord;
namespace msg = internal::msg;

std::string_view ToString(TriggerType type) {
  switch (type) {
    case TriggerType::kPreSignUp:
      return "PreSignUp";
    case TriggerType::kCustomMessage:
      return "CustomMessage";
    case TriggerType::kPostConfirmation:
      return "PostConfirmation";
    case TriggerType::kUserMigration:
      return "UserMigration";
  }
  return "Unknown";
}

namespace {

const std::optional<std::string>* TriggerArn(const UserPoolType& pool, TriggerType type) {
  if (!pool.lambda_config) return nullptr;
  const LambdaConfigType& config = *pool.lambda_config;
  switch (type) {
    case TriggerType::kPreSignUp:
      return &config.pre_sign_up;
    case TriggerType::kCustomMessage:
      return &config.custom_message;
    case TriggerType::kPostConfirmation:
      return &config.post_confirmation;
    case TriggerType::kUserMigration:
      return &config.user_migration;
  }
  return nullptr;
}

}  // namespace

namespace internal {

Json MetadataJson(const ClientMetadataType& metadata) {
  Json object = Json::object();
  for (const auto& [key, value] : metadata) object[key] = value;
  return object;
}

StatusOr<std::optional<std::string>> ResponseString(const Json& response, const std::string& key) {
  const auto member = response.find(key);
  if (member == response.end() || member->is_null()) return std::optional<std::string>();
  if (!member->is_string()) {
    return msg::Error(ErrorCode::kInvalidLambdaResponse, msg::kUnrecognizableLambdaOutput);
  }
  return std::optional<std::string>(member->get<std::string>());
}

}  // namespace internal

// ------------------------------------------------------------ public setup

void FakeIdentityProvider::RegisterLambda(const std::string& arn, LambdaFunction function) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->infrastructure.lambdas[arn] = std::move(function);
}

StatusOr<std::string> FakeIdentityProvider::SetTrigger(const std::string& user_pool_id,
                                                       TriggerType type, LambdaFunction function) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  auto pool = impl_->state.pools.FindPool(user_pool_id);
  if (!pool.ok()) return pool.status();
  const std::string arn = "arn:aws:lambda:" + impl_->options.region + ":" +
                          impl_->options.account_id + ":function:" + user_pool_id + "-" +
                          std::string(ToString(type));
  UserPoolType& description = (*pool)->description;
  if (!description.lambda_config) description.lambda_config = LambdaConfigType{};
  const auto* slot = TriggerArn(description, type);
  const_cast<std::optional<std::string>&>(*slot) = arn;
  impl_->infrastructure.lambdas[arn] = std::move(function);
  return arn;
}

void FakeIdentityProvider::DefineIamRole(const std::string& arn, IamRole role) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->infrastructure.iam_roles[arn] = std::move(role);
}

void FakeIdentityProvider::DefineSesIdentity(const std::string& arn, SesIdentity identity) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->infrastructure.ses_identities[arn] = identity;
}

void FakeIdentityProvider::SetSmsSandbox(bool enabled) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->infrastructure.sms_sandbox = enabled;
}

void FakeIdentityProvider::VerifySandboxPhoneNumber(const std::string& phone_number) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->infrastructure.sandbox_verified_numbers.insert(phone_number);
}

// ---------------------------------------------------------------- triggers

Json FakeIdentityProvider::Impl::UserAttributesJson(const UserRecord& user) const {
  Json object = Json::object();
  for (const AttributeType& attribute : user.attributes) object[attribute.name] = attribute.value;
  object["cognito:user_status"] = ToString(user.status);
  return object;
}

bool FakeIdentityProvider::Impl::HasTrigger(const PoolRecord& pool, TriggerType type) {
  const auto* arn = TriggerArn(pool.description, type);
  return arn != nullptr && arn->has_value();
}

StatusOr<std::optional<Json>> FakeIdentityProvider::Impl::InvokeTrigger(
    const PoolRecord& pool, TriggerType type, std::string_view trigger_source,
    const std::string& user_name, const std::optional<std::string>& client_id, Json request,
    Json default_response) {
  const auto* arn = TriggerArn(pool.description, type);
  if (arn == nullptr || !*arn) return std::optional<Json>();
  const std::string name(ToString(type));
  const auto function = infrastructure.lambdas.find(**arn);
  if (function == infrastructure.lambdas.end() || !function->second) {
    // No function behind the ARN: Lambda answers ResourceNotFoundException.
    return Status(ErrorCode::kUnexpectedLambda,
                  msg::LambdaInvocationFailed(name, "ResourceNotFoundException"));  // [I] cause
  }
  Json event;
  event["version"] = "1";
  event["triggerSource"] = trigger_source;
  event["region"] = options.region;
  event["userPoolId"] = *pool.description.id;
  event["userName"] = user_name;
  event["callerContext"] = {{"awsSdkVersion", "aws-sdk-unknown-unknown"},
                            {"clientId", client_id.value_or("CLIENT_ID_NOT_APPLICABLE")}};
  event["request"] = std::move(request);
  event["response"] = std::move(default_response);
  std::string result;
  try {
    result = function->second(event.dump(-1, ' ', false, Json::error_handler_t::replace));
  } catch (const LambdaInvocationError& error) {
    return Status(ErrorCode::kUnexpectedLambda, msg::LambdaInvocationFailed(name, error.what()));
  } catch (const std::exception& error) {
    return Status(ErrorCode::kUserLambdaValidation, msg::LambdaFailed(name, error.what()));
  } catch (...) {
    return Status(ErrorCode::kUserLambdaValidation, msg::LambdaFailed(name, "Unknown error"));
  }
  const Json parsed = Json::parse(result, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_object()) {
    return msg::Error(ErrorCode::kInvalidLambdaResponse, msg::kUnrecognizableLambdaOutput);  // E35
  }
  const auto response = parsed.find("response");
  if (response == parsed.end() || response->is_null()) return std::optional<Json>(Json::object());
  if (!response->is_object()) {
    return msg::Error(ErrorCode::kInvalidLambdaResponse, msg::kUnrecognizableLambdaOutput);
  }
  return std::optional<Json>(*response);
}

Status FakeIdentityProvider::Impl::ConfirmUser(const PoolRecord& pool, UserRecord& user,
                                               std::string_view trigger_source,
                                               const std::optional<std::string>& client_id,
                                               const ClientMetadataType& client_metadata) {
  user.status = UserStatusType::kConfirmed;
  if (!HasTrigger(pool, TriggerType::kPostConfirmation)) return Status();
  Json request;
  request["userAttributes"] = UserAttributesJson(user);
  if (!client_metadata.empty()) request["clientMetadata"] = internal::MetadataJson(client_metadata);
  auto response = InvokeTrigger(pool, TriggerType::kPostConfirmation, trigger_source, user.username,
                                client_id, std::move(request), Json::object());
  return response.ok() ? Status() : response.status();
}

StatusOr<UserRecord*> FakeIdentityProvider::Impl::MigrateUser(
    PoolRecord& pool, const std::string& username, const std::optional<std::string>& password,
    std::string_view trigger_source, const std::optional<std::string>& client_id,
    const ClientMetadataType& client_metadata, UserStatusType default_status) {
  if (!HasTrigger(pool, TriggerType::kUserMigration)) return static_cast<UserRecord*>(nullptr);
  Json request;
  if (password) request["password"] = *password;
  request["validationData"] = nullptr;
  if (!client_metadata.empty()) request["clientMetadata"] = internal::MetadataJson(client_metadata);
  auto response = InvokeTrigger(pool, TriggerType::kUserMigration, trigger_source, username,
                                client_id, std::move(request),
                                {{"userAttributes", nullptr},
                                 {"finalUserStatus", nullptr},
                                 {"messageAction", nullptr},
                                 {"desiredDeliveryMediums", nullptr},
                                 {"forceAliasCreation", nullptr}});
  if (!response.ok()) return response.status();
  if (!*response) return static_cast<UserRecord*>(nullptr);
  const auto attributes_json = (*response)->find("userAttributes");
  if (attributes_json == (*response)->end() || attributes_json->is_null()) {
    return static_cast<UserRecord*>(nullptr);
  }
  if (!attributes_json->is_object()) {
    return msg::Error(ErrorCode::kInvalidLambdaResponse, msg::kUnrecognizableLambdaOutput);
  }
  AttributeListType attributes;
  for (const auto& [name, value] : attributes_json->items()) {
    if (name == "username" || name == "sub") continue;  // Cognito assigns these
    if (!value.is_string())
      return msg::Error(ErrorCode::kInvalidLambdaResponse, msg::kUnrecognizableLambdaOutput);
    attributes.push_back({name, value.get<std::string>()});
  }
  UserStatusType status = default_status;
  if (auto final_status = internal::ResponseString(**response, "finalUserStatus");
      !final_status.ok()) {
    return final_status.status();
  } else if (*final_status) {
    if (**final_status == "CONFIRMED") {
      status = UserStatusType::kConfirmed;
    } else if (**final_status == "RESET_REQUIRED") {
      status = UserStatusType::kResetRequired;
    } else {
      return msg::Error(ErrorCode::kInvalidLambdaResponse, msg::kUnrecognizableLambdaOutput);
    }
  }
  UserRecord& user =
      InsertUser(pool, username, std::move(attributes), status, /*force_alias=*/false);
  if (password) SetPassword(pool, user, *password, /*permanent=*/true);
  return &user;
}

}  // namespace cognito_fake
