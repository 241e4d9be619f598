// Sign-up: SignUp, ConfirmSignUp, AdminConfirmSignUp and
// ResendConfirmationCode.

#include <nlohmann/json.hpp>

#include "internal/fake_impl.h"
#include "internal/messages.h"

namespace cognito_fake {

using Json = nlohmann::ordered_json;

using internal::Channel;
using internal::ClientRecord;
using internal::InvalidParameter;
using internal::LooksLikeEmail;
using internal::Merge;
using internal::PoolRecord;
using internal::ResolveNewUsername;
using internal::StatusName;
using internal::UserRecord;
namespace msg = internal::msg;
using internal::ResponseOf;

// ------------------------------------------------------------- sign-up

namespace {

// Where a sign-up code goes: the phone number if it is auto-verified, else
// the email (Cognito prefers SMS when both are auto-verified).
std::optional<Channel> SignUpChannel(const PoolRecord& pool, const UserRecord& user) {
  if (pool.AutoVerifies(VerifiedAttributeType::kPhoneNumber)) {
    if (auto phone = user.Attribute("phone_number")) {
      return Channel{DeliveryMediumType::kSms, "phone_number", *phone};
    }
  }
  if (pool.AutoVerifies(VerifiedAttributeType::kEmail)) {
    if (auto email = user.Attribute("email")) {
      return Channel{DeliveryMediumType::kEmail, "email", *email};
    }
  }
  return std::nullopt;
}

}  // namespace

StatusOr<FakeIdentityProvider::Impl::PreSignUpVerdict> FakeIdentityProvider::Impl::PreSignUp(
    const PoolRecord& pool, const SignUpRequest& request, const internal::NewUser& user) {
  if (!HasTrigger(pool, TriggerType::kPreSignUp)) return PreSignUpVerdict{};
  Json trigger_request;
  Json& attributes = trigger_request["userAttributes"] = Json::object();
  for (const AttributeType& attribute : user.attributes)
    attributes[attribute.name] = attribute.value;
  Json& validation_data = trigger_request["validationData"] = Json::object();
  for (const AttributeType& attribute : request.validation_data) {
    validation_data[attribute.name] = attribute.value;
  }
  if (!request.client_metadata.empty()) {
    trigger_request["clientMetadata"] = internal::MetadataJson(request.client_metadata);
  }
  auto response = InvokeTrigger(
      pool, TriggerType::kPreSignUp, "PreSignUp_SignUp", user.username.value_or(request.username),
      request.client_id, std::move(trigger_request),
      {{"autoConfirmUser", false}, {"autoVerifyEmail", false}, {"autoVerifyPhone", false}});
  if (!response.ok()) return response.status();
  if (!*response) return PreSignUpVerdict{};
  auto flag = [&](const char* key) {
    const auto value = (*response)->find(key);
    return value != (*response)->end() && value->is_boolean() && value->get<bool>();
  };
  return PreSignUpVerdict{flag("autoConfirmUser"), flag("autoVerifyEmail"),
                          flag("autoVerifyPhone")};
}

StatusOr<SignUpResponse> FakeIdentityProvider::Impl::SignUp(const SignUpRequest& request) {
  auto call = AuthenticateClient(request.client_id, request.secret_hash, request.username);
  if (!call.ok()) return call.status();
  PoolRecord& pool = *call->pool;
  if (pool.description.admin_create_user_config &&
      pool.description.admin_create_user_config->allow_admin_create_user_only.value_or(false)) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kSignUpNotPermitted);
  }
  if (pool.FindUser(request.username) != nullptr) {
    if (pool.UsesUsernameAttributes()) {
      return Status(ErrorCode::kUsernameExists,
                    msg::AccountWithAttributeExists(
                        LooksLikeEmail(request.username) ? "email" : "phone_number"));
    }
    return msg::Error(ErrorCode::kUsernameExists, msg::kUserAlreadyExists);
  }
  if (Status status = CheckWritableAttributes(pool, request.user_attributes, /*from_client=*/true);
      !status.ok()) {
    return status;
  }
  if (!request.password) {
    return InvalidParameter(std::string(msg::kPasswordNull));
  }
  if (Status status = CheckNewPassword(pool, nullptr, *request.password, true, false);
      !status.ok()) {
    return status;
  }
  auto names = ResolveNewUsername(pool, request.username, request.user_attributes);
  if (!names.ok()) return names.status();
  if (Status status = CheckRequiredAttributes(pool, names->attributes); !status.ok()) return status;

  // The PreSignUp trigger may refuse the sign-up or confirm and verify it.
  auto verdict = PreSignUp(pool, request, *names);
  if (!verdict.ok()) return verdict.status();
  const bool auto_confirm = verdict->auto_confirm;
  AttributeListType attributes = names->attributes;
  if (verdict->auto_verify_email && FindAttribute(attributes, "email")) {
    attributes = Merge(attributes, {{"email_verified", "true"}});
  }
  if (verdict->auto_verify_phone && FindAttribute(attributes, "phone_number")) {
    attributes = Merge(attributes, {{"phone_number_verified", "true"}});
  }

  const std::uint64_t generator = state.random.state();
  const std::uint64_t next_sequence = pool.next_user_sequence;
  UserRecord& user =
      InsertUser(pool, names->username, attributes,
                 auto_confirm ? UserStatusType::kConfirmed : UserStatusType::kUnconfirmed,
                 /*force_alias=*/false);
  SetPassword(pool, user, *request.password, /*permanent=*/true);

  SignUpResponse response;
  response.user_confirmed = auto_confirm;
  response.user_sub = user.sub();
  if (auto channel = auto_confirm ? std::nullopt : SignUpChannel(pool, user)) {
    auto delivery =
        IssueAndDeliver(pool, user, *channel, options.limits.signup_code_validity,
                        MessageOccasion::kSignUp, request.client_id, request.client_metadata,
                        /*details_returned=*/true);
    if (!delivery.ok()) {
      pool.RemoveUser(user);
      pool.next_user_sequence = next_sequence;
      state.random.set_state(generator);
      return delivery.status();
    }
    MutableActivity(pool, user).signup_code = std::move(delivery->code);
    response.code_delivery_details = std::move(delivery->details);
  }
  return response;
}

StatusOr<ConfirmSignUpResponse> FakeIdentityProvider::Impl::ConfirmSignUp(
    const ConfirmSignUpRequest& request) {
  auto call = AuthenticateClient(request.client_id, request.secret_hash, request.username);
  if (!call.ok()) return call.status();
  PoolRecord& pool = *call->pool;
  ClientRecord* client = call->client;
  UserRecord* user = pool.FindUser(request.username);
  if (user == nullptr) return UnknownUserForCode(*client);
  if (user->status != UserStatusType::kUnconfirmed) {
    return Status(ErrorCode::kNotAuthorized, msg::CannotBeConfirmed(StatusName(user->status)));
  }
  if (Status status =
          CheckCode(pool, *user, &internal::UserActivity::signup_code,
                    &internal::UserActivity::wrong_signup_codes,
                    options.limits.wrong_signup_codes_per_hour, request.confirmation_code);
      !status.ok()) {
    return status;
  }
  const std::string verified = user->activity().signup_code->attribute_name + "_verified";
  const AttributeListType verified_change{AttributeType{verified, "true"}};
  if (Status status = CheckAliasConflicts(pool, user, Merge(user->attributes, verified_change),
                                          request.force_alias_creation.value_or(false));
      !status.ok()) {
    return status;
  }
  ApplyAttributes(pool, *user, verified_change, request.force_alias_creation.value_or(false));
  MutableActivity(pool, *user).signup_code.reset();
  MutableActivity(pool, *user).wrong_signup_codes.Clear();
  return ResponseOf<ConfirmSignUpResponse>(ConfirmUser(
      pool, *user, "PostConfirmation_ConfirmSignUp", request.client_id, request.client_metadata));
}

StatusOr<AdminConfirmSignUpResponse> FakeIdentityProvider::Impl::AdminConfirmSignUp(
    const AdminConfirmSignUpRequest& request) {
  auto target = state.pools.FindPoolAndUser(request.user_pool_id, request.username);
  if (!target.ok()) return target.status();
  UserRecord* user = target->user;
  if (user->status != UserStatusType::kUnconfirmed) {
    return Status(ErrorCode::kNotAuthorized, msg::CannotBeConfirmed(StatusName(user->status)));
  }
  if (internal::UserActivity* activity = user->activity_if_present()) {
    activity->signup_code.reset();
  }
  user->last_modified = Now();
  return ResponseOf<AdminConfirmSignUpResponse>(ConfirmUser(*target->pool, *user,
                                                            "PostConfirmation_ConfirmSignUp",
                                                            std::nullopt, request.client_metadata));
}

StatusOr<ResendConfirmationCodeResponse> FakeIdentityProvider::Impl::ResendConfirmationCode(
    const ResendConfirmationCodeRequest& request) {
  auto call = AuthenticateClient(request.client_id, request.secret_hash, request.username);
  if (!call.ok()) return call.status();
  PoolRecord& pool = *call->pool;
  ClientRecord* client = call->client;
  const bool prevent = UsesPreventUserExistenceErrors(*client);
  UserRecord* user = pool.FindUser(request.username);
  if (user == nullptr || !user->enabled) {
    if (prevent) {
      return ResendConfirmationCodeResponse{SimulatedDelivery(pool, request.username)};
    }
    return user == nullptr ? msg::Error(ErrorCode::kUserNotFound, msg::kUsernameClientIdNotFound)
                           : msg::Error(ErrorCode::kNotAuthorized, msg::kUserIsDisabledSignIn);
  }
  if (user->status != UserStatusType::kUnconfirmed) {
    return msg::Error(ErrorCode::kInvalidParameter, msg::kUserAlreadyConfirmed);
  }
  auto channel = SignUpChannel(pool, *user);
  if (!channel)
    return msg::Error(ErrorCode::kInvalidParameter, msg::kCannotResendAutoVerificationOff);
  const Timestamp now = Now();
  const auto hour = std::chrono::hours(1);
  if (user->activity().resend_requests.Count(now, hour) >=
      options.limits.resend_confirmation_codes_per_hour) {
    return msg::Error(ErrorCode::kLimitExceeded, msg::kAttemptLimitExceeded);
  }
  auto delivery = IssueAndDeliver(pool, *user, *channel, options.limits.signup_code_validity,
                                  MessageOccasion::kResendCode, request.client_id,
                                  request.client_metadata, /*details_returned=*/true);
  if (!delivery.ok()) return delivery.status();
  MutableActivity(pool, *user).resend_requests.Add(now, hour);
  MutableActivity(pool, *user).signup_code = std::move(delivery->code);
  ResendConfirmationCodeResponse response;
  response.code_delivery_details = std::move(delivery->details);
  return response;
}

}  // namespace cognito_fake
