// Passwords and account recovery: AdminResetUserPassword, ForgotPassword,
// ConfirmForgotPassword, AdminSetUserPassword, ChangePassword; and the
// policy, history and recovery-channel rules they share.

#include <algorithm>

#include "internal/crypto.h"
#include "internal/fake_impl.h"
#include "internal/masking.h"
#include "internal/messages.h"

namespace cognito_fake {

using internal::Channel;
using internal::ClientRecord;
using internal::PoolRecord;
using internal::UserRecord;
namespace msg = internal::msg;
using internal::ResponseOf;

namespace {
constexpr auto kHour = internal::kUserLimitWindow;
constexpr std::size_t kMaxPasswordHistory = 24;  // the model's PasswordHistorySize maximum
}  // namespace

// ------------------------------------------------------------ policy

Status FakeIdentityProvider::Impl::CheckNewPassword(const PoolRecord& pool, const UserRecord* user,
                                                    const std::string& password, bool signup,
                                                    bool check_history) const {
  if (auto reason = internal::PasswordPolicyViolation(pool.policy, password)) {
    return Status(ErrorCode::kInvalidPassword, std::string(signup ? msg::kSignUpPasswordPolicyPrefix
                                                                  : msg::kPasswordPolicyPrefix) +
                                                   *reason);
  }
  if (check_history && user != nullptr && pool.policy.password_history_size > 0 &&
      user->InPasswordHistory(password,
                              static_cast<std::size_t>(pool.policy.password_history_size))) {
    return msg::Error(ErrorCode::kPasswordHistoryPolicyViolation, msg::kPasswordHistoryViolation);
  }
  return Status();
}

void FakeIdentityProvider::Impl::SetPassword(PoolRecord& /*pool*/, UserRecord& user,
                                             const std::string& password, bool permanent) {
  user.ReplacePassword(password, permanent, kMaxPasswordHistory);
  user.password_set_at = Now();
  user.last_modified = user.password_set_at;
  if (internal::UserActivity* activity = user.activity_if_present()) {
    activity->lockout = internal::LockoutState{};
    // A new password makes any outstanding reset code worthless (docs/fidelity.md).
    activity->reset_code.reset();
  }
}

// ------------------------------------------------------------ recovery

bool FakeIdentityProvider::Impl::RecoveryIsAdminOnly(const PoolRecord& pool) const {
  const auto& setting = pool.description.account_recovery_setting;
  if (!setting) return false;
  for (const RecoveryOptionType& option : setting->recovery_mechanisms) {
    if (option.name == RecoveryOptionNameType::kAdminOnly) return true;
  }
  return false;
}

std::optional<Channel> FakeIdentityProvider::Impl::RecoveryChannel(const PoolRecord& pool,
                                                                   const UserRecord& user) const {
  // Without AccountRecoverySetting (legacy pools) Cognito prefers the phone.
  static const auto* const kLegacy =
      new std::vector<RecoveryOptionType>{{1, RecoveryOptionNameType::kVerifiedPhoneNumber},
                                          {2, RecoveryOptionNameType::kVerifiedEmail}};
  const std::vector<RecoveryOptionType>& mechanisms =
      pool.description.account_recovery_setting
          ? pool.description.account_recovery_setting->recovery_mechanisms
          : *kLegacy;
  // In priority order (ties in list order), without copying the list: it
  // holds one or two mechanisms.
  auto before = [&mechanisms](std::size_t a, std::size_t b) {
    return mechanisms[a].priority != mechanisms[b].priority
               ? mechanisms[a].priority < mechanisms[b].priority
               : a < b;
  };
  std::optional<std::size_t> last;
  for (std::size_t round = 0; round < mechanisms.size(); ++round) {
    std::optional<std::size_t> next;
    for (std::size_t i = 0; i < mechanisms.size(); ++i) {
      if ((!last || before(*last, i)) && (!next || before(i, *next))) next = i;
    }
    last = next;
    const RecoveryOptionType& option = mechanisms[*next];
    // With an AccountRecoverySetting, a code never goes where the user's
    // MFA codes go (mfa-behavior.md §6.2); legacy pools use the phone anyway.
    auto usable = [&](DeliveryMediumType medium) {
      return !pool.description.account_recovery_setting || !IsMfaChannel(pool, user, medium);
    };
    if (option.name == RecoveryOptionNameType::kVerifiedEmail) {
      if (const std::string* email = user.AttributeValue("email");
          email && user.IsVerified("email") && usable(DeliveryMediumType::kEmail)) {
        return Channel{DeliveryMediumType::kEmail, "email", *email};
      }
    } else if (option.name == RecoveryOptionNameType::kVerifiedPhoneNumber) {
      if (const std::string* phone = user.AttributeValue("phone_number");
          phone && user.IsVerified("phone_number") && usable(DeliveryMediumType::kSms)) {
        return Channel{DeliveryMediumType::kSms, "phone_number", *phone};
      }
    }
  }
  return std::nullopt;
}

CodeDeliveryDetailsType FakeIdentityProvider::Impl::SimulatedDelivery(
    const PoolRecord& pool, const std::string& username) const {
  // The same answer every time for the same pool and username, so that
  // repeated probing shows nothing; shaped after the username's format.
  const internal::Sha256Digest digest = internal::Sha256(*pool.description.id + "/" + username);
  CodeDeliveryDetailsType details;
  const bool looks_like_phone = username.size() > 1 && username[0] == '+';
  bool email = username.find('@') != std::string::npos;
  if (!email && !looks_like_phone && pool.description.account_recovery_setting) {
    const auto& mechanisms = pool.description.account_recovery_setting->recovery_mechanisms;
    auto first = std::min_element(mechanisms.begin(), mechanisms.end(),
                                  [](const RecoveryOptionType& a, const RecoveryOptionType& b) {
                                    return a.priority < b.priority;
                                  });
    email = first != mechanisms.end() && first->name == RecoveryOptionNameType::kVerifiedEmail;
  }
  if (email) {
    std::string address = username;
    if (address.find('@') == std::string::npos) {
      address += "@";
      address += static_cast<char>('a' + digest[0] % 26);
    }
    details.destination = internal::MaskEmail(address);
    details.delivery_medium = DeliveryMediumType::kEmail;
    details.attribute_name = "email";
  } else {
    std::string number = looks_like_phone ? username : "+1555000";
    if (!looks_like_phone) {
      for (int i = 0; i < 4; ++i)
        number += static_cast<char>('0' + digest[static_cast<std::size_t>(i)] % 10);
    }
    details.destination = internal::MaskPhone(number);
    details.delivery_medium = DeliveryMediumType::kSms;
    details.attribute_name = "phone_number";
  }
  return details;
}

// ------------------------------------------------------------ operations

StatusOr<AdminResetUserPasswordResponse> FakeIdentityProvider::Impl::AdminResetUserPassword(
    const AdminResetUserPasswordRequest& request) {
  auto target = state.pools.FindPoolAndUser(request.user_pool_id, request.username);
  if (!target.ok()) return target.status();
  PoolRecord& pool = *target->pool;
  UserRecord* user = target->user;
  if (!user->enabled) return msg::Error(ErrorCode::kNotAuthorized, msg::kUserIsDisabledAdminReset);
  if (RecoveryIsAdminOnly(pool)) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kContactAdministrator);
  }
  if (user->status != UserStatusType::kConfirmed &&
      user->status != UserStatusType::kResetRequired) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kCannotResetInCurrentState);
  }
  const std::optional<Channel> channel = RecoveryChannel(pool, *user);
  if (!channel && options.behavior.admin_reset_requires_verified_contact) {
    return msg::Error(ErrorCode::kInvalidParameter, msg::kNoVerifiedContact);
  }

  std::optional<internal::IssuedCode> code;  // none: nothing to send, the old code dies too
  if (channel) {
    auto delivery = IssueAndDeliver(pool, *user, *channel, options.limits.reset_code_validity,
                                    MessageOccasion::kAdminResetUserPassword, std::nullopt,
                                    request.client_metadata, /*details_returned=*/false);
    if (!delivery.ok()) return delivery.status();  // nothing changed
    code = std::move(delivery->code);
  }
  user->status = UserStatusType::kResetRequired;
  user->last_modified = Now();
  MutableActivity(pool, *user).reset_code = std::move(code);
  return AdminResetUserPasswordResponse{};
}

StatusOr<ForgotPasswordResponse> FakeIdentityProvider::Impl::ForgotPassword(
    const ForgotPasswordRequest& request) {
  auto call = AuthenticateClient(request.client_id, request.secret_hash, request.username);
  if (!call.ok()) return call.status();
  PoolRecord& pool = *call->pool;
  ClientRecord* client = call->client;
  if (RecoveryIsAdminOnly(pool)) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kContactAdministrator);
  }
  const bool prevent = UsesPreventUserExistenceErrors(*client);
  auto simulated = [&] {
    ForgotPasswordResponse response;
    response.code_delivery_details = SimulatedDelivery(pool, request.username);
    return response;
  };
  UserRecord* user = pool.FindUser(request.username);
  if (user == nullptr) {
    auto migrated =
        MigrateUser(pool, request.username, std::nullopt, "UserMigration_ForgotPassword",
                    request.client_id, request.client_metadata, UserStatusType::kResetRequired);
    if (!migrated.ok()) return migrated.status();
    user = *migrated;
  }
  if (user == nullptr) {
    if (prevent) return simulated();
    return msg::Error(ErrorCode::kUserNotFound, msg::kUsernameClientIdNotFound);
  }
  if (!user->enabled) {
    if (prevent) return simulated();
    return msg::Error(ErrorCode::kNotAuthorized, msg::kUserIsDisabledSignIn);
  }
  if (user->status == UserStatusType::kForceChangePassword) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kCannotResetInCurrentState);
  }
  const Timestamp now = Now();
  if (user->activity().forgot_password_requests.Count(now, kHour) >=
      options.limits.forgot_password_requests_per_hour) {
    return msg::Error(ErrorCode::kLimitExceeded, msg::kAttemptLimitExceeded);
  }
  const std::optional<Channel> channel = RecoveryChannel(pool, *user);
  if (!channel) {
    if (prevent) return simulated();
    return msg::Error(ErrorCode::kInvalidParameter, msg::kNoVerifiedContact);
  }
  auto delivery = IssueAndDeliver(pool, *user, *channel, options.limits.reset_code_validity,
                                  MessageOccasion::kForgotPassword, request.client_id,
                                  request.client_metadata, /*details_returned=*/true);
  if (!delivery.ok()) return delivery.status();  // nothing changed
  MutableActivity(pool, *user).forgot_password_requests.Add(now, kHour);
  MutableActivity(pool, *user).reset_code = std::move(delivery->code);
  ForgotPasswordResponse response;
  response.code_delivery_details = std::move(delivery->details);
  return response;
}

Status FakeIdentityProvider::Impl::UnknownUserForCode(const ClientRecord& client) const {
  return UsesPreventUserExistenceErrors(client)
             ? msg::Error(ErrorCode::kCodeMismatch, msg::kCodeMismatch)
             : msg::Error(ErrorCode::kUserNotFound, msg::kUsernameClientIdNotFound);
}

Status FakeIdentityProvider::Impl::CheckCode(
    const PoolRecord& pool, UserRecord& user,
    std::optional<internal::IssuedCode> internal::UserActivity::*sent,
    internal::RateWindow internal::UserActivity::*wrong_codes, int limit_per_hour,
    const std::string& entered) {
  const Timestamp now = Now();
  const internal::UserActivity& activity = user.activity();
  if ((activity.*wrong_codes).Count(now, kHour) >= limit_per_hour) {
    return msg::Error(ErrorCode::kLimitExceeded, msg::kAttemptLimitExceeded);
  }
  if (!(activity.*sent) || (activity.*sent)->expires_at <= now) {
    return msg::Error(ErrorCode::kExpiredCode, msg::kExpiredCode);
  }
  if (!internal::ConstantTimeEquals(entered, (activity.*sent)->code)) {
    (MutableActivity(pool, user).*wrong_codes).Add(now, kHour);
    return msg::Error(ErrorCode::kCodeMismatch, msg::kCodeMismatch);
  }
  return Status();
}

StatusOr<ConfirmForgotPasswordResponse> FakeIdentityProvider::Impl::ConfirmForgotPassword(
    const ConfirmForgotPasswordRequest& request) {
  auto call = AuthenticateClient(request.client_id, request.secret_hash, request.username);
  if (!call.ok()) return call.status();
  PoolRecord& pool = *call->pool;
  ClientRecord* client = call->client;
  const bool prevent = UsesPreventUserExistenceErrors(*client);
  UserRecord* user = pool.FindUser(request.username);
  if (user == nullptr) return UnknownUserForCode(*client);
  if (!user->enabled) {
    return prevent ? msg::Error(ErrorCode::kCodeMismatch, msg::kCodeMismatch)
                   : msg::Error(ErrorCode::kNotAuthorized, msg::kUserIsDisabledSignIn);
  }
  if (user->status == UserStatusType::kUnconfirmed) {
    return msg::Error(ErrorCode::kUserNotConfirmed, msg::kUserNotConfirmed);
  }
  if (Status status =
          CheckCode(pool, *user, &internal::UserActivity::reset_code,
                    &internal::UserActivity::wrong_reset_codes,
                    options.limits.wrong_reset_codes_per_hour, request.confirmation_code);
      !status.ok()) {
    return status;
  }
  if (Status status = CheckNewPassword(pool, user, request.password, false, true); !status.ok()) {
    return status;
  }
  SetPassword(pool, *user, request.password, /*permanent=*/true);  // consumes the code
  MutableActivity(pool, *user).wrong_reset_codes.Clear();
  return ResponseOf<ConfirmForgotPasswordResponse>(
      ConfirmUser(pool, *user, "PostConfirmation_ConfirmForgotPassword", request.client_id,
                  request.client_metadata));
}

StatusOr<AdminSetUserPasswordResponse> FakeIdentityProvider::Impl::AdminSetUserPassword(
    const AdminSetUserPasswordRequest& request) {
  auto target = state.pools.FindPoolAndUser(request.user_pool_id, request.username);
  if (!target.ok()) return target.status();
  PoolRecord& pool = *target->pool;
  UserRecord* user = target->user;
  const bool permanent = request.permanent.value_or(false);
  if (Status status = CheckNewPassword(pool, user, request.password, false, permanent);
      !status.ok()) {
    return status;
  }
  SetPassword(pool, *user, request.password, permanent);
  user->status = permanent ? UserStatusType::kConfirmed : UserStatusType::kForceChangePassword;
  return AdminSetUserPasswordResponse{};
}

StatusOr<ChangePasswordResponse> FakeIdentityProvider::Impl::ChangePassword(
    const ChangePasswordRequest& request) {
  auto resolved = ResolveAccessToken(request.access_token);
  if (!resolved.ok()) return resolved.status();
  PoolRecord& pool = *resolved->pool;
  UserRecord* user = resolved->user;
  const Timestamp now = Now();
  if (user->activity().change_password_calls.Count(now, kHour) >=
      options.limits.change_password_calls_per_hour) {
    return msg::Error(ErrorCode::kLimitExceeded, msg::kAttemptLimitExceeded);
  }
  MutableActivity(pool, *user).change_password_calls.Add(now, kHour);
  if (!request.previous_password || !user->password ||
      *request.previous_password != *user->password) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kIncorrectUsernameOrPassword);
  }
  if (Status status = CheckNewPassword(pool, user, request.proposed_password, false, true);
      !status.ok()) {
    return status;
  }
  SetPassword(pool, *user, request.proposed_password, /*permanent=*/true);
  return ChangePasswordResponse{};
}

}  // namespace cognito_fake
