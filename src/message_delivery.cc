// Code delivery: a code's message from the pool's template, through the
// CustomMessage trigger and the pool's SMS or email configuration, to the
// outbox.

#include <nlohmann/json.hpp>
#include <sstream>

#include "internal/fake_impl.h"
#include "internal/masking.h"
#include "internal/messages.h"
#include "internal/validation.h"

namespace cognito_fake {

using internal::Channel;
using internal::DeliveryVerdict;
using internal::MessageTexts;
using internal::PoolRecord;
using internal::UserRecord;
using Json = nlohmann::ordered_json;
namespace msg = internal::msg;

namespace {

constexpr std::string_view kDefaultVerificationMessage = "Your verification code is {####}. ";
constexpr std::string_view kDefaultVerificationSubject = "Your verification code";
constexpr std::string_view kDefaultInviteMessage =
    "Your username is {username} and temporary password is {####}. ";
constexpr std::string_view kDefaultInviteSubject = "Your temporary password";
// An MFA code's texts when the pool sets none: SMS [R weak]
// (mfa-behavior.md §2.6); email [I] (§8 item 5).
constexpr std::string_view kDefaultAuthenticationMessage = "Your authentication code is {####}. ";
constexpr std::string_view kDefaultAuthenticationSubject = "Your authentication code";
constexpr std::size_t kMaxSmsLength = 140;      // [D] user-pool-lambda-custom-message
constexpr std::size_t kMaxEmailLength = 20000;  // [D]

void ReplaceAll(std::string& text, std::string_view from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
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
    case MessageOccasion::kVerifyUserAttribute:
      return "CustomMessage_VerifyUserAttribute";
    case MessageOccasion::kAuthentication:
      return "CustomMessage_Authentication";
  }
  return "CustomMessage_ForgotPassword";
}

// The first of `texts` that is set, as a string.
std::string FirstSet(std::initializer_list<const std::optional<std::string>*> texts,
                     std::string_view fallback) {
  for (const std::optional<std::string>* text : texts) {
    if (text->has_value()) return **text;
  }
  return std::string(fallback);
}

// The pool's template for an invitation, an MFA code or another code, or
// AWS's default text.
MessageTexts TemplateTexts(const PoolRecord& pool, bool sms, MessageOccasion occasion) {
  const UserPoolType& config = pool.description;
  const std::optional<std::string> none;
  MessageTexts texts;
  if (occasion == MessageOccasion::kAdminCreateUser) {
    const auto& invite = config.admin_create_user_config
                             ? config.admin_create_user_config->invite_message_template
                             : std::nullopt;
    texts.body = FirstSet({invite ? (sms ? &invite->sms_message : &invite->email_message) : &none},
                          kDefaultInviteMessage);
    if (!sms)
      texts.subject = FirstSet({invite ? &invite->email_subject : &none}, kDefaultInviteSubject);
    return texts;
  }
  if (occasion == MessageOccasion::kAuthentication) {
    const auto& email = pool.mfa.email;
    if (sms) {
      texts.body = FirstSet({&config.sms_authentication_message}, kDefaultAuthenticationMessage);
    } else {
      texts.body = FirstSet({email ? &email->message : &none}, kDefaultAuthenticationMessage);
      texts.subject = FirstSet({email ? &email->subject : &none}, kDefaultAuthenticationSubject);
    }
    return texts;
  }
  const auto& tmpl = config.verification_message_template;
  if (sms) {
    texts.body = FirstSet({tmpl ? &tmpl->sms_message : &none, &config.sms_verification_message},
                          kDefaultVerificationMessage);
  } else {
    texts.body = FirstSet({tmpl ? &tmpl->email_message : &none, &config.email_verification_message},
                          kDefaultVerificationMessage);
    texts.subject =
        FirstSet({tmpl ? &tmpl->email_subject : &none, &config.email_verification_subject},
                 kDefaultVerificationSubject);
  }
  return texts;
}

// A text the trigger returns is used only with the code placeholder
// ({username} too for invitations); else the template is sent [D].
bool IsUsableCustomText(const std::string& text, bool invitation) {
  return text.find("{####}") != std::string::npos &&
         (!invitation || text.find("{username}") != std::string::npos);
}

}  // namespace

StatusOr<FakeIdentityProvider::Impl::Delivery> FakeIdentityProvider::Impl::IssueAndDeliver(
    const PoolRecord& pool, const UserRecord& user, const Channel& channel,
    std::chrono::seconds validity, MessageOccasion occasion,
    const std::optional<std::string>& client_id, const ClientMetadataType& client_metadata,
    bool details_returned) {
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

Status FakeIdentityProvider::Impl::ApplyCustomMessage(
    const PoolRecord& pool, const UserRecord& user, DeliveryMediumType medium,
    MessageOccasion occasion, const std::optional<std::string>& client_id,
    const ClientMetadataType& client_metadata, MessageTexts& texts) {
  if (!HasTrigger(pool, TriggerType::kCustomMessage)) return Status();
  const bool sms = medium == DeliveryMediumType::kSms;
  const bool invitation = occasion == MessageOccasion::kAdminCreateUser;
  Json request;
  request["userAttributes"] = UserAttributesJson(user);
  request["codeParameter"] = "{####}";
  request["linkParameter"] = "{##Click Here##}";
  request["usernameParameter"] = invitation ? Json("{username}") : Json(nullptr);
  if (!client_metadata.empty()) request["clientMetadata"] = internal::MetadataJson(client_metadata);
  auto response = InvokeTrigger(
      pool, TriggerType::kCustomMessage, TriggerSourceFor(occasion), user.username, client_id,
      std::move(request),
      {{"smsMessage", nullptr}, {"emailMessage", nullptr}, {"emailSubject", nullptr}});
  if (!response.ok()) return response.status();
  if (!*response) return Status();
  auto body = internal::ResponseString(**response, sms ? "smsMessage" : "emailMessage");
  if (!body.ok()) return body.status();
  auto subject = internal::ResponseString(**response, "emailSubject");
  if (!subject.ok()) return subject.status();
  if (*body && IsUsableCustomText(**body, invitation)) {
    // One that is too long is an invalid response [I].
    if (internal::Utf16Length(**body) > (sms ? kMaxSmsLength : kMaxEmailLength)) {
      return msg::Error(ErrorCode::kInvalidLambdaResponse, msg::kUnrecognizableLambdaOutput);
    }
    texts.body = **body;
  }
  if (!sms && *subject && !(*subject)->empty()) texts.subject = **subject;
  return Status();
}

DeliveryVerdict FakeIdentityProvider::Impl::SmsVerdict(const UserPoolType& config,
                                                       const Channel& channel) const {
  if (config.sms_configuration) {
    const SmsConfigurationType& sms_config = *config.sms_configuration;
    const auto role = infrastructure.iam_roles.find(sms_config.sns_caller_arn);
    if (role != infrastructure.iam_roles.end()) {
      const bool external_id_matches = !role->second.required_external_id ||
                                       role->second.required_external_id == sms_config.external_id;
      if (!role->second.trusts_cognito || !external_id_matches) {
        return {msg::Error(ErrorCode::kInvalidSmsRoleTrustRelationship, msg::kSmsRoleTrust), {}};
      }
      if (!role->second.allows_sns_publish) {
        return {msg::Error(ErrorCode::kInvalidSmsRoleAccessPolicy, msg::kSmsRoleAccess), {}};
      }
    }
  }
  if (infrastructure.sms_sandbox &&
      infrastructure.sandbox_verified_numbers.count(channel.destination) == 0) {
    // SNS accepts the request; the API call succeeds.
    return {Status(), "SNS sandbox: " + channel.destination + " is not a verified destination"};
  }
  return {};
}

DeliveryVerdict FakeIdentityProvider::Impl::EmailVerdict(const UserPoolType& config,
                                                         MessageOccasion occasion) {
  const bool developer =
      config.email_configuration &&
      config.email_configuration->email_sending_account == EmailSendingAccountType::kDeveloper;
  if (developer && config.email_configuration->source_arn) {
    const auto identity =
        infrastructure.ses_identities.find(*config.email_configuration->source_arn);
    if (identity == infrastructure.ses_identities.end()) return {};
    if (!identity->second.allows_cognito) {
      return {msg::Error(ErrorCode::kInvalidEmailRoleAccessPolicy, msg::kEmailIdentityNotAllowed),
              {}};
    }
    if (identity->second.accepts_messages) return {};
    const bool documented = occasion == MessageOccasion::kForgotPassword ||
                            occasion == MessageOccasion::kSignUp ||
                            occasion == MessageOccasion::kResendCode;
    if (documented)
      return {msg::Error(ErrorCode::kCodeDeliveryFailure, msg::kUnableToSendEmail), {}};
    return {Status(), "SES refused the message"};
  }
  if (developer) return {};
  const auto window = std::chrono::hours(24);
  if (state.cognito_default_emails.Count(Now(), window) >=
      options.limits.cognito_default_emails_per_day) {
    return {msg::Error(ErrorCode::kLimitExceeded, msg::kDailyEmailLimit), {}};
  }
  state.cognito_default_emails.Add(Now(), window);
  return {};
}

StatusOr<CodeDeliveryDetailsType> FakeIdentityProvider::Impl::Deliver(
    const PoolRecord& pool, const UserRecord& user, const Channel& channel,
    MessageOccasion occasion, const std::string& code, const std::optional<std::string>& client_id,
    const ClientMetadataType& client_metadata, bool details_returned) {
  const bool sms = channel.medium == DeliveryMediumType::kSms;
  CodeDeliveryDetailsType details;
  details.destination =
      sms ? internal::MaskPhone(channel.destination) : internal::MaskEmail(channel.destination);
  details.delivery_medium = channel.medium;
  details.attribute_name = channel.attribute_name;

  MessageTexts texts = TemplateTexts(pool, sms, occasion);
  // Every attempt is recorded, a failed one with `delivered == false` and
  // why, so a test can see what Cognito tried to send.
  auto record = [&](const Status& failure, std::optional<std::string> dropped) {
    Message message;
    message.user_pool_id = *pool.description.id;
    message.client_id = client_id;
    message.username = user.username;
    message.medium = channel.medium;
    message.destination = channel.destination;
    message.subject = texts.subject;
    message.body = texts.body;
    message.code = code;
    message.occasion = occasion;
    message.trigger_source = std::string(TriggerSourceFor(occasion));
    message.client_metadata = client_metadata;
    message.sent_at = Now();
    message.delivered = failure.ok() && !dropped;
    if (!failure.ok()) {
      std::ostringstream reason;
      reason << failure;
      message.not_delivered_reason = reason.str();
      message.failed_with = std::string(failure.error_name());
    } else if (dropped) {
      message.not_delivered_reason = *dropped;
    } else if (details_returned) {
      message.code_delivery_details = details;
    }
    outbox.Record(std::move(message));
  };

  if (Status status = ApplyCustomMessage(pool, user, channel.medium, occasion, client_id,
                                         client_metadata, texts);
      !status.ok()) {
    record(status, std::nullopt);
    return status;
  }
  if (occasion == MessageOccasion::kAdminCreateUser)
    ReplaceAll(texts.body, "{username}", user.username);
  ReplaceAll(texts.body, "{####}", code);
  DeliveryVerdict verdict =
      sms ? SmsVerdict(pool.description, channel) : EmailVerdict(pool.description, occasion);
  record(verdict.failure, verdict.dropped);
  if (!verdict.failure.ok()) return verdict.failure;
  return details;
}

}  // namespace cognito_fake
