// Multi-factor authentication settings: the pool's MFA mode and factors,
// authenticator-app (TOTP) secrets, and each user's activated and preferred
// factors (../shared/mfa-behavior.md §2 to §4; decisions in docs/fidelity.md).

#include <chrono>

#include "internal/civil_time.h"
#include "internal/fake_impl.h"
#include "internal/totp.h"

namespace cognito_fake {

using internal::kEmailOtp;
using internal::kSmsMfa;
using internal::kSoftwareTokenMfa;
using internal::PoolRecord;
using internal::UserMfa;
using internal::UserRecord;
namespace msg = internal::msg;

namespace {

// The bytes of a TOTP secret: 32, as base32 the 52-character SecretCode [I].
constexpr std::size_t kSecretBytes = 32;

Status InvalidParameter(std::string_view message) {
  return msg::Error(ErrorCode::kInvalidParameter, message);
}

// The factors `request` enables. A TOTP block counts only when Enabled.
template <typename Config>
bool ConfiguresAFactor(const Config& request) {
  return request.sms_mfa_configuration.has_value() || request.email_mfa_configuration.has_value() ||
         (request.software_token_mfa_configuration &&
          request.software_token_mfa_configuration->enabled.value_or(false));
}

// Writes the pool's MFA configuration into a Set/GetUserPoolMfaConfig answer.
template <typename Response>
Response DescribeMfa(const PoolRecord& pool) {
  Response response;
  response.mfa_configuration = pool.description.mfa_configuration.value_or(UserPoolMfaType::kOff);
  response.sms_mfa_configuration = pool.mfa.sms;
  if (pool.mfa.software_token) {
    response.software_token_mfa_configuration = SoftwareTokenMfaConfigType{true};
  }
  response.email_mfa_configuration = pool.mfa.email;
  return response;
}

// One factor's settings of a (Admin)SetUserMFAPreference request.
struct FactorSetting {
  const char* name;
  bool* activated;
  std::optional<bool> enabled;
  std::optional<bool> preferred;
};

// Applies the settings of a request: each given factor is activated or
// deactivated; a preferred factor is activated and becomes the only one.
void ApplySettings(UserMfa& mfa, const std::vector<FactorSetting>& settings) {
  for (const FactorSetting& setting : settings) {
    if (setting.enabled) *setting.activated = *setting.enabled;
    if (setting.preferred.value_or(false)) {
      *setting.activated = true;
      mfa.preferred = setting.name;
    } else if ((setting.preferred.has_value() || !*setting.activated) &&
               mfa.preferred == setting.name) {
      mfa.preferred.clear();
    }
  }
}

}  // namespace

StatusOr<SetUserPoolMfaConfigResponse> FakeIdentityProvider::Impl::SetUserPoolMfaConfig(
    const SetUserPoolMfaConfigRequest& request) {
  auto found = state.pools.FindPool(request.user_pool_id);
  if (!found.ok()) return found.status();
  PoolRecord& pool = **found;
  // Without MfaConfiguration the mode stays; the factors are replaced.
  const UserPoolMfaType mode = request.mfa_configuration.value_or(
      pool.description.mfa_configuration.value_or(UserPoolMfaType::kOff));
  if (mode == UserPoolMfaType::kOff && ConfiguresAFactor(request)) {
    return InvalidParameter(msg::kMfaOffWithFactor);
  }
  if (mode != UserPoolMfaType::kOff && !ConfiguresAFactor(request)) {
    return InvalidParameter(msg::kMfaWithoutFactor);
  }
  const auto& email = pool.description.email_configuration;  // absent in a bare imported state
  if (request.email_mfa_configuration &&
      !(email && email->email_sending_account == EmailSendingAccountType::kDeveloper)) {
    return InvalidParameter(msg::kEmailMfaNeedsDeveloperSending);
  }
  if (request.sms_mfa_configuration) {
    const SmsMfaConfigType& sms = *request.sms_mfa_configuration;
    // The SMS factor's settings are the pool's SMS settings too.
    if (sms.sms_configuration) pool.description.sms_configuration = sms.sms_configuration;
    if (sms.sms_authentication_message) {
      pool.description.sms_authentication_message = sms.sms_authentication_message;
    }
  }
  pool.description.mfa_configuration = mode;
  pool.mfa.sms = request.sms_mfa_configuration;
  if (pool.mfa.sms) {
    pool.mfa.sms->sms_configuration = pool.description.sms_configuration;
    pool.mfa.sms->sms_authentication_message = pool.description.sms_authentication_message;
  }
  pool.mfa.software_token = request.software_token_mfa_configuration &&
                            request.software_token_mfa_configuration->enabled.value_or(false);
  pool.mfa.email = request.email_mfa_configuration;
  pool.description.last_modified_date = Now();
  return DescribeMfa<SetUserPoolMfaConfigResponse>(pool);
}

StatusOr<GetUserPoolMfaConfigResponse> FakeIdentityProvider::Impl::GetUserPoolMfaConfig(
    const GetUserPoolMfaConfigRequest& request) {
  auto found = state.pools.FindPool(request.user_pool_id);
  if (!found.ok()) return found.status();
  return DescribeMfa<GetUserPoolMfaConfigResponse>(**found);
}

StatusOr<FakeIdentityProvider::Impl::SoftwareTokenCall>
FakeIdentityProvider::Impl::SoftwareTokenCaller(const std::optional<std::string>& access_token,
                                                const std::optional<std::string>& session,
                                                internal::SoftwareTokenSetup setup) {
  if (access_token.has_value() == session.has_value()) {
    return InvalidParameter(msg::kAccessTokenOrSession);
  }
  SoftwareTokenCall call{};
  if (session) {
    // Only an MFA_SETUP challenge's session, at the stage this call
    // continues from (mfa-behavior.md §5.3): anything else is MF18. The
    // call names no client.
    auto found = FindAuthSession(*session, nullptr, nullptr);
    if (!found.ok()) return found.status();
    internal::AuthSession& challenge = **found;
    if (challenge.challenge != ChallengeNameType::kMfaSetup || challenge.setup != setup) {
      return msg::Error(ErrorCode::kNotAuthorized, msg::kInvalidSession);
    }
    auto pool = state.pools.FindPool(challenge.user_pool_id);
    if (!pool.ok()) return pool.status();
    UserRecord* user = (*pool)->users.Find(challenge.user_key);
    if (user == nullptr) return msg::Error(ErrorCode::kNotAuthorized, msg::kInvalidSession);
    call = SoftwareTokenCall{*pool, user, &challenge};
  } else {
    auto caller = ResolveAccessToken(*access_token);
    if (!caller.ok()) return caller.status();
    call = SoftwareTokenCall{caller->pool, caller->user, nullptr};
  }
  if (!call.pool->mfa.software_token) {
    return msg::Error(ErrorCode::kSoftwareTokenMFANotFound, msg::kTotpNotEnabledByPool);
  }
  return call;
}

std::string FakeIdentityProvider::Impl::ContinueSetup(internal::AuthSession& session,
                                                      internal::SoftwareTokenSetup stage) {
  session.used = true;
  internal::AuthSession next = session;
  next.used = false;
  next.setup = stage;
  next.expires_at = Now() + (session.expires_at - session.started_at);
  next.started_at = Now();
  return OpenAuthSession(std::move(next));
}

StatusOr<AssociateSoftwareTokenResponse> FakeIdentityProvider::Impl::AssociateSoftwareToken(
    const AssociateSoftwareTokenRequest& request) {
  auto call = SoftwareTokenCaller(request.access_token, request.session,
                                  internal::SoftwareTokenSetup::kNone);
  if (!call.ok()) {
    // Its model lists neither: the token is not authorised for a user who
    // must reset or confirm (mfa-behavior.md §4.1) [I].
    const ErrorCode code = call.status().code();
    if (code == ErrorCode::kPasswordResetRequired || code == ErrorCode::kUserNotConfirmed) {
      return Status(ErrorCode::kNotAuthorized, call.status().message());
    }
    return call.status();
  }
  // A verified token stays until the new one is verified.
  const std::string secret = internal::Base32Encode(state.random.Bytes(kSecretBytes));
  call->user->mutable_mfa().pending_software_token = secret;
  AssociateSoftwareTokenResponse response;
  response.secret_code = secret;
  if (call->session != nullptr) {
    response.session = ContinueSetup(*call->session, internal::SoftwareTokenSetup::kAssociated);
  }
  return response;
}

StatusOr<VerifySoftwareTokenResponse> FakeIdentityProvider::Impl::VerifySoftwareToken(
    const VerifySoftwareTokenRequest& request) {
  auto call = SoftwareTokenCaller(request.access_token, request.session,
                                  internal::SoftwareTokenSetup::kAssociated);
  if (!call.ok()) return call.status();
  UserRecord& user = *call->user;
  const std::optional<std::string>& pending = user.mfa().pending_software_token;
  if (!pending) return InvalidParameter(msg::kTotpNotSetUp);
  const std::string secret = internal::Base32Decode(*pending).value_or("");
  const auto step =
      internal::MatchTotp(secret, request.user_code, internal::EpochSeconds(Now()), -1);
  if (!step) return msg::Error(ErrorCode::kEnableSoftwareTokenMFA, msg::kTotpCodeMismatch);
  UserMfa& mfa = user.mutable_mfa();
  mfa.software_token = std::move(mfa.pending_software_token);
  mfa.pending_software_token.reset();
  mfa.last_token_step = *step;  // the verifying code counts as used (MF15)
  mfa.device_name = request.friendly_device_name.value_or("");
  VerifySoftwareTokenResponse response;
  response.status = VerifySoftwareTokenResponseType::kSuccess;
  if (call->session != nullptr) {
    response.session = ContinueSetup(*call->session, internal::SoftwareTokenSetup::kVerified);
  }
  return response;
}

template <typename Request>
Status FakeIdentityProvider::Impl::SetMfaPreference(UserRecord& user, const Request& request,
                                                    bool admin) {
  const UserMfa& current = user.mfa();
  if (request.software_token_mfa_settings && !current.software_token) {
    if (admin) return InvalidParameter(msg::kTotpNoDeliveryConfig);
    return InvalidParameter(current.pending_software_token ? msg::kTotpNotVerified
                                                           : msg::kTotpNotSetUp);
  }
  if (request.sms_mfa_settings && !user.AttributeValue("phone_number")) {
    return InvalidParameter(msg::kSmsMfaNeedsPhone);
  }
  if (request.email_mfa_settings && !user.AttributeValue("email")) {
    return InvalidParameter(msg::kEmailMfaNeedsEmail);
  }
  auto preferred = [](const auto& settings) {
    return settings && settings->preferred_mfa.value_or(false);
  };
  if (preferred(request.sms_mfa_settings) + preferred(request.software_token_mfa_settings) +
          preferred(request.email_mfa_settings) >
      1) {
    return InvalidParameter(msg::kOnePreferredMfa);
  }
  UserMfa& mfa = user.mutable_mfa();
  auto setting = [](const char* name, bool* activated, const auto& settings) {
    return FactorSetting{name, activated, settings ? settings->enabled : std::nullopt,
                         settings ? settings->preferred_mfa : std::nullopt};
  };
  ApplySettings(mfa, {setting(kSmsMfa, &mfa.sms, request.sms_mfa_settings),
                      setting(kSoftwareTokenMfa, &mfa.totp, request.software_token_mfa_settings),
                      setting(kEmailOtp, &mfa.email, request.email_mfa_settings)});
  return Status();
}

StatusOr<SetUserMFAPreferenceResponse> FakeIdentityProvider::Impl::SetUserMFAPreference(
    const SetUserMFAPreferenceRequest& request) {
  auto caller = ResolveAccessToken(request.access_token);
  if (!caller.ok()) return caller.status();
  if (Status status = SetMfaPreference(*caller->user, request, /*admin=*/false); !status.ok()) {
    return status;
  }
  return SetUserMFAPreferenceResponse{};
}

StatusOr<AdminSetUserMFAPreferenceResponse> FakeIdentityProvider::Impl::AdminSetUserMFAPreference(
    const AdminSetUserMFAPreferenceRequest& request) {
  auto target = state.pools.FindPoolAndUser(request.user_pool_id, request.username);
  if (!target.ok()) return target.status();
  UserRecord& user = *target->user;
  // Its model lists PasswordResetRequiredException; a user who must reset
  // gets it, as SetUserMFAPreference's access token would (S7) [I].
  if (user.status == UserStatusType::kResetRequired) {
    return msg::Error(ErrorCode::kPasswordResetRequired, msg::kPasswordResetRequired);
  }
  if (Status status = SetMfaPreference(user, request, /*admin=*/true); !status.ok()) {
    return status;
  }
  return AdminSetUserMFAPreferenceResponse{};
}

template <typename Response>
void FakeIdentityProvider::Impl::DescribeUserMfa(const UserRecord& user, Response& response) {
  const UserMfa& mfa = user.mfa();
  if (mfa.sms) {
    response.mfa_options.push_back(MFAOptionType{DeliveryMediumType::kSms, "phone_number"});
    response.user_mfa_setting_list.push_back(kSmsMfa);
  }
  if (mfa.totp) response.user_mfa_setting_list.push_back(kSoftwareTokenMfa);
  if (mfa.email) response.user_mfa_setting_list.push_back(kEmailOtp);
  if (!mfa.preferred.empty()) response.preferred_mfa_setting = mfa.preferred;
}
template void FakeIdentityProvider::Impl::DescribeUserMfa(const UserRecord&, GetUserResponse&);
template void FakeIdentityProvider::Impl::DescribeUserMfa(const UserRecord&, AdminGetUserResponse&);

}  // namespace cognito_fake
