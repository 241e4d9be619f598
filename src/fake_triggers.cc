// Lambda triggers, message rendering and delivery: what Cognito does
// between deciding to send a code and the code reaching the user.

#include "internal/fake_impl.h"
#include "internal/masking.h"
#include "internal/validation.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace cognito_fake {

using internal::Channel;
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

constexpr std::string_view kDefaultVerificationMessage = "Your verification code is {####}. ";
constexpr std::string_view kDefaultVerificationSubject = "Your verification code";
constexpr std::string_view kDefaultInviteMessage =
    "Your username is {username} and temporary password is {####}. ";
constexpr std::string_view kDefaultInviteSubject = "Your temporary password";
constexpr std::size_t kMaxSmsLength = 140;      // [D] user-pool-lambda-custom-message
constexpr std::size_t kMaxEmailLength = 20000;  // [D]

void ReplaceAll(std::string& text, std::string_view from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

std::string_view TriggerSourceFor(MessageOccasion occasion) {
  switch (occasion) {
    case MessageOccasion::kSignUp:
      return "CustomMessage_SignUp";
    case MessageOccasion::kResendCode:
      return "CustomMessage_ResendCode";
    case MessageOccasion::kForgotPassword:
    case MessageOccasion::kAdminResetUserPassword:
      return "CustomMessage_ForgotPassword";
    case MessageOccasion::kAdminCreateUser:
      return "CustomMessage_AdminCreateUser";
    case MessageOccasion::kUpdateUserAttribute:
      return "CustomMessage_UpdateUserAttribute";
  }
  return "CustomMessage_ForgotPassword";
}

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

Json MetadataJson(const ClientMetadataType& metadata) {
  Json object = Json::object();
  for (const auto& [key, value] : metadata) object[key] = value;
  return object;
}

// A string member of a trigger response: the text, nullopt when absent or
// null, or an error when it is another JSON type.
StatusOr<std::optional<std::string>> ResponseString(const Json& response, const std::string& key) {
  const auto member = response.find(key);
  if (member == response.end() || member->is_null()) return std::optional<std::string>();
  if (!member->is_string()) {
    return Status(ErrorCode::kInvalidLambdaResponse, "Unrecognizable lambda output");
  }
  return std::optional<std::string>(member->get<std::string>());
}

}  // namespace

// ------------------------------------------------------------ public setup

void FakeIdentityProvider::RegisterLambda(const std::string& arn, LambdaFunction function) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->infrastructure.lambdas[arn] = std::move(function);
}

StatusOr<std::string> FakeIdentityProvider::SetTrigger(const std::string& user_pool_id, TriggerType type,
                                                        LambdaFunction function) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  auto pool = impl_->FindPool(user_pool_id);
  if (!pool.ok()) return pool.status();
  const std::string arn = "arn:aws:lambda:" + impl_->options.region + ":" + impl_->options.account_id +
                          ":function:" + user_pool_id + "-" + std::string(ToString(type));
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
                  name + " invocation failed due to error ResourceNotFoundException.");  // E34 [I cause]
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
    return Status(ErrorCode::kUnexpectedLambda,
                  name + " invocation failed due to error " + error.what() + ".");  // E34
  } catch (const std::exception& error) {
    return Status(ErrorCode::kUserLambdaValidation,
                  name + " failed with error " + error.what() + ".");  // E33
  } catch (...) {
    return Status(ErrorCode::kUserLambdaValidation, name + " failed with error Unknown error.");
  }
  const Json parsed = Json::parse(result, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_object()) {
    return Status(ErrorCode::kInvalidLambdaResponse, "Unrecognizable lambda output");  // E35
  }
  const auto response = parsed.find("response");
  if (response == parsed.end() || response->is_null()) return std::optional<Json>(Json::object());
  if (!response->is_object()) {
    return Status(ErrorCode::kInvalidLambdaResponse, "Unrecognizable lambda output");
  }
  return std::optional<Json>(*response);
}

Status FakeIdentityProvider::Impl::PostConfirmation(const PoolRecord& pool, const UserRecord& user,
                                                    std::string_view trigger_source,
                                                    const std::optional<std::string>& client_id,
                                                    const ClientMetadataType& client_metadata) {
  if (!HasTrigger(pool, TriggerType::kPostConfirmation)) return Status();
  Json request;
  request["userAttributes"] = UserAttributesJson(user);
  if (!client_metadata.empty()) request["clientMetadata"] = MetadataJson(client_metadata);
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
  if (!client_metadata.empty()) request["clientMetadata"] = MetadataJson(client_metadata);
  auto response = InvokeTrigger(pool, TriggerType::kUserMigration, trigger_source, username, client_id,
                                std::move(request),
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
    return Status(ErrorCode::kInvalidLambdaResponse, "Unrecognizable lambda output");
  }
  AttributeListType attributes;
  for (const auto& [name, value] : attributes_json->items()) {
    if (name == "username" || name == "sub") continue;  // Cognito assigns these
    if (!value.is_string()) return Status(ErrorCode::kInvalidLambdaResponse, "Unrecognizable lambda output");
    attributes.push_back({name, value.get<std::string>()});
  }
  UserStatusType status = default_status;
  if (auto final_status = ResponseString(**response, "finalUserStatus");
      !final_status.ok()) {
    return final_status.status();
  } else if (*final_status) {
    if (**final_status == "CONFIRMED") {
      status = UserStatusType::kConfirmed;
    } else if (**final_status == "RESET_REQUIRED") {
      status = UserStatusType::kResetRequired;
    } else {
      return Status(ErrorCode::kInvalidLambdaResponse, "Unrecognizable lambda output");
    }
  }
  UserRecord& user = InsertUser(pool, username, std::move(attributes), status, /*force_alias=*/false);
  if (password) SetPassword(pool, user, *password, /*permanent=*/true);
  return &user;
}

// --------------------------------------------------------------- messages

StatusOr<FakeIdentityProvider::Impl::Delivery> FakeIdentityProvider::Impl::IssueAndDeliver(
    const PoolRecord& pool, const UserRecord& user, const Channel& channel,
    std::chrono::seconds validity, MessageOccasion occasion, const std::optional<std::string>& client_id,
    const ClientMetadataType& client_metadata, bool details_returned) {
  const std::uint64_t generator = state.random.state();
  internal::IssuedCode code = IssueCode(channel, validity);
  auto details = Deliver(pool, user, channel, occasion, code.code, client_id, client_metadata,
                         details_returned);
  if (!details.ok()) {
    state.random.set_state(generator);
    return details.status();
  }
  return Delivery{std::move(code), *std::move(details)};
}

StatusOr<CodeDeliveryDetailsType> FakeIdentityProvider::Impl::Deliver(
    const PoolRecord& pool, const UserRecord& user, const Channel& channel, MessageOccasion occasion,
    const std::string& code, const std::optional<std::string>& client_id,
    const ClientMetadataType& client_metadata, bool details_returned) {
  const UserPoolType& config = pool.description;
  const bool sms = channel.medium == DeliveryMediumType::kSms;
  const bool invitation = occasion == MessageOccasion::kAdminCreateUser;

  // 1. The pool's template, or AWS's default text.
  std::string body;
  std::optional<std::string> subject;
  if (invitation) {
    const auto& invite = config.admin_create_user_config
                             ? config.admin_create_user_config->invite_message_template
                             : std::nullopt;
    if (sms) {
      body.assign(invite && invite->sms_message ? std::string_view(*invite->sms_message) : kDefaultInviteMessage);
    } else {
      body.assign(invite && invite->email_message ? std::string_view(*invite->email_message)
                                                  : kDefaultInviteMessage);
      subject = std::string(invite && invite->email_subject ? std::string_view(*invite->email_subject)
                                                            : kDefaultInviteSubject);
    }
  } else {
    const auto& tmpl = config.verification_message_template;
    if (sms) {
      body.assign(tmpl && tmpl->sms_message              ? std::string_view(*tmpl->sms_message)
                  : config.sms_verification_message ? std::string_view(*config.sms_verification_message)
                                                    : kDefaultVerificationMessage);
    } else {
      body.assign(tmpl && tmpl->email_message              ? std::string_view(*tmpl->email_message)
                  : config.email_verification_message ? std::string_view(*config.email_verification_message)
                                                      : kDefaultVerificationMessage);
      subject = std::string(tmpl && tmpl->email_subject ? std::string_view(*tmpl->email_subject)
                            : config.email_verification_subject
                                ? std::string_view(*config.email_verification_subject)
                                : kDefaultVerificationSubject);
    }
  }

  // Every attempt is recorded, a failed one with `delivered == false` and
  // why, so a test can see what Cognito tried to send.
  const std::string_view trigger_source = TriggerSourceFor(occasion);
  CodeDeliveryDetailsType details;
  details.destination =
      sms ? internal::MaskPhone(channel.destination) : internal::MaskEmail(channel.destination);
  details.delivery_medium = channel.medium;
  details.attribute_name = channel.attribute_name;
  // Every path below ends with exactly one record().
  auto record = [&](bool delivered, std::string reason, std::optional<std::string> failed_with) {
    Message message;
    message.user_pool_id = *config.id;
    message.client_id = client_id;
    message.username = user.username;
    message.medium = channel.medium;
    message.destination = channel.destination;
    message.subject = subject;
    message.body = body;
    message.code = code;
    message.occasion = occasion;
    message.trigger_source = std::string(trigger_source);
    message.client_metadata = client_metadata;
    if (details_returned && delivered) message.code_delivery_details = details;
    message.sent_at = Now();
    message.delivered = delivered;
    message.not_delivered_reason = std::move(reason);
    message.failed_with = std::move(failed_with);
    outbox.Record(std::move(message));
  };
  auto fail = [&](Status status) {
    std::ostringstream reason;
    reason << status;
    record(false, reason.str(), std::string(status.error_name()));
    return status;
  };

  // 2. The CustomMessage trigger may replace the texts. A text without the
  //    code placeholder ({username} too for invitations) is ignored and the
  //    template is sent [D]; one that is too long is an invalid response [I].
  //    The event is only written for a pool that has the trigger: most
  //    messages are sent without one.
  StatusOr<std::optional<Json>> response = std::optional<Json>();
  if (HasTrigger(pool, TriggerType::kCustomMessage)) {
    Json request;
    request["userAttributes"] = UserAttributesJson(user);
    request["codeParameter"] = "{####}";
    request["linkParameter"] = "{##Click Here##}";
    request["usernameParameter"] = invitation ? Json("{username}") : Json(nullptr);
    if (!client_metadata.empty()) request["clientMetadata"] = MetadataJson(client_metadata);
    response = InvokeTrigger(pool, TriggerType::kCustomMessage, trigger_source, user.username, client_id,
                             std::move(request),
                             {{"smsMessage", nullptr}, {"emailMessage", nullptr}, {"emailSubject", nullptr}});
  }
  if (!response.ok()) return fail(response.status());
  if (*response) {
    auto usable = [&](const std::string& text) {
      return text.find("{####}") != std::string::npos &&
             (!invitation || text.find("{username}") != std::string::npos);
    };
    auto custom_body = ResponseString(**response, sms ? "smsMessage" : "emailMessage");
    if (!custom_body.ok()) return fail(custom_body.status());
    auto custom_subject = ResponseString(**response, "emailSubject");
    if (!custom_subject.ok()) return fail(custom_subject.status());
    if (*custom_body && usable(**custom_body)) {
      if (internal::Utf16Length(**custom_body) > (sms ? kMaxSmsLength : kMaxEmailLength)) {
        return fail(Status(ErrorCode::kInvalidLambdaResponse, "Unrecognizable lambda output"));
      }
      body = **custom_body;
    }
    if (!sms && *custom_subject && !(*custom_subject)->empty()) {
      subject = **custom_subject;
    }
  }
  if (invitation) ReplaceAll(body, "{username}", user.username);
  ReplaceAll(body, "{####}", code);

  // 3. The pool's delivery configuration.
  if (sms) {
    if (config.sms_configuration) {
      const SmsConfigurationType& sms_config = *config.sms_configuration;
      const auto role = infrastructure.iam_roles.find(sms_config.sns_caller_arn);
      if (role != infrastructure.iam_roles.end()) {
        const bool external_id_matches =
            !role->second.required_external_id ||
            role->second.required_external_id == sms_config.external_id;
        if (!role->second.trusts_cognito || !external_id_matches) {
          return fail(Status(ErrorCode::kInvalidSmsRoleTrustRelationship,
                             "Role does not have a trust relationship allowing Cognito to assume the "
                             "role"));  // E36
        }
        if (!role->second.allows_sns_publish) {
          return fail(Status(ErrorCode::kInvalidSmsRoleAccessPolicy,
                             "Role does not have permission to publish with SNS"));  // E37
        }
      }
    }
    if (infrastructure.sms_sandbox &&
        infrastructure.sandbox_verified_numbers.count(channel.destination) == 0) {
      record(false, "SNS sandbox: " + channel.destination + " is not a verified destination", std::nullopt);
      return details;  // SNS accepts the request; the API call succeeds
    }
  } else {
    const bool developer = config.email_configuration &&
                           config.email_configuration->email_sending_account ==
                               EmailSendingAccountType::kDeveloper;
    if (developer && config.email_configuration->source_arn) {
      const auto identity = infrastructure.ses_identities.find(*config.email_configuration->source_arn);
      if (identity != infrastructure.ses_identities.end()) {
        if (!identity->second.allows_cognito) {
          return fail(Status(ErrorCode::kInvalidEmailRoleAccessPolicy,
                             "Cognito is not allowed to use your email identity."));  // [I] text unknown
        }
        if (!identity->second.accepts_messages) {
          const bool documented = occasion == MessageOccasion::kForgotPassword ||
                                  occasion == MessageOccasion::kSignUp ||
                                  occasion == MessageOccasion::kResendCode;
          if (documented) {
            return fail(Status(ErrorCode::kCodeDeliveryFailure,
                               "Invalid email provided/Unable to send the email"));  // E38
          }
          record(false, "SES refused the message", std::nullopt);
          return details;
        }
      }
    } else if (!developer) {
      const auto window = std::chrono::hours(24);
      if (state.cognito_default_emails.Count(Now(), window) >=
          options.limits.cognito_default_emails_per_day) {
        return fail(Status(ErrorCode::kLimitExceeded,
                           "Exceeded daily email limit for the operation or the account. If a higher "
                           "limit is required, please configure your user pool to use your own Amazon "
                           "SES configuration for sending email."));  // E24
      }
      state.cognito_default_emails.Add(Now(), window);
    }
  }

  // 4. Sent.
  record(true, "", std::nullopt);
  return details;
}

}  // namespace cognito_fake
