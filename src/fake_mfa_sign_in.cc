// MFA at sign-in: which challenge follows a proven password, the SMS and
// email codes, and the answers to SMS_MFA, EMAIL_OTP, SOFTWARE_TOKEN_MFA,
// SELECT_MFA_TYPE and MFA_SETUP (../shared/mfa-behavior.md §5 and §6;
// decisions in docs/fidelity.md).

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>

#include "internal/civil_time.h"
#include "internal/crypto.h"
#include "internal/fake_impl.h"
#include "internal/messages.h"
#include "internal/totp.h"

namespace cognito_fake {

using internal::ClientRecord;
using internal::kEmailOtp;
using internal::kSmsMfa;
using internal::kSoftwareTokenMfa;
using internal::Param;
using internal::PoolRecord;
using internal::UserRecord;
namespace msg = internal::msg;

namespace {

// Code lengths (mfa-behavior.md §5.4): SMS 6 digits [R weak], email 8 [R]
// (first-factor EMAIL_OTP; MFA assumed the same [I]).
constexpr int kSmsCodeDigits = 6;
constexpr int kEmailCodeDigits = 8;

// A set of factors, in the order the MFAS_CAN_* lists name them [I]:
// SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP.
struct Factors {
  bool sms = false;
  bool totp = false;
  bool email = false;

  bool Has(std::string_view name) const {
    return (name == kSmsMfa && sms) || (name == kSoftwareTokenMfa && totp) ||
           (name == kEmailOtp && email);
  }
  std::vector<std::string> Names() const {
    std::vector<std::string> names;
    if (sms) names.emplace_back(kSmsMfa);
    if (totp) names.emplace_back(kSoftwareTokenMfa);
    if (email) names.emplace_back(kEmailOtp);
    return names;
  }
};

UserPoolMfaType ModeOf(const PoolRecord& pool) {
  return pool.description.mfa_configuration.value_or(UserPoolMfaType::kOff);
}

// The factors the pool has switched on.
Factors PoolFactors(const PoolRecord& pool) {
  return Factors{pool.mfa.sms.has_value(), pool.mfa.software_token, pool.mfa.email.has_value()};
}

// The factors a code can reach the user by now (§5.1): SMS with any
// phone_number and email with any email while the pool's factor is on; TOTP
// with a verified token, even after the pool turned its factor off (§2.3:
// users who verified one "can continue to use it").
Factors UsableFactors(const PoolRecord& pool, const UserRecord& user) {
  return Factors{pool.mfa.sms && user.AttributeValue("phone_number") != nullptr,
                 user.mfa().software_token.has_value(),
                 pool.mfa.email && user.AttributeValue("email") != nullptr};
}

// The factors a sign-in asks for (§5.1): the user's activated, usable ones;
// in an ON pool without any, every usable one (rows 6 to 9).
Factors RequiredFactors(const PoolRecord& pool, const UserRecord& user) {
  const UserPoolMfaType mode = ModeOf(pool);
  if (mode == UserPoolMfaType::kOff) return Factors{};
  const Factors usable = UsableFactors(pool, user);
  const internal::UserMfa& mfa = user.mfa();
  const Factors activated{mfa.sms && usable.sms, mfa.totp && usable.totp,
                          mfa.email && usable.email};
  if (activated.sms || activated.totp || activated.email) return activated;
  return mode == UserPoolMfaType::kOn ? usable : Factors{};
}

ChallengeNameType ChallengeOf(std::string_view factor) {
  if (factor == kSmsMfa) return ChallengeNameType::kSmsMfa;
  if (factor == kEmailOtp) return ChallengeNameType::kEmailOtp;
  return ChallengeNameType::kSoftwareTokenMfa;
}

}  // namespace

bool FakeIdentityProvider::Impl::IsMfaChannel(const PoolRecord& pool, const UserRecord& user,
                                              DeliveryMediumType medium) const {
  const Factors required = RequiredFactors(pool, user);
  return medium == DeliveryMediumType::kSms ? required.sms : required.email;
}

Status FakeIdentityProvider::Impl::FinishSignIn(PoolRecord& pool, const ClientRecord& client,
                                                UserRecord& user,
                                                const ClientMetadataType& client_metadata,
                                                AuthOutcome outcome) {
  const std::vector<std::string> factors = RequiredFactors(pool, user).Names();
  if (factors.empty()) {
    if (ModeOf(pool) == UserPoolMfaType::kOn) {
      return StartMfaChallenge(pool, client, user, ChallengeNameType::kMfaSetup,
                               PoolFactors(pool).Names(), std::nullopt, client_metadata, outcome);
    }
    StartSession(pool, client, user, outcome.authentication_result.emplace());
    return Status();
  }
  const std::string& preferred = user.mfa().preferred;
  for (const std::string& factor : factors) {
    if (factor == preferred || factors.size() == 1) {
      return StartMfaChallenge(pool, client, user, ChallengeOf(factor), {}, std::nullopt,
                               client_metadata, outcome);
    }
  }
  return StartMfaChallenge(pool, client, user, ChallengeNameType::kSelectMfaType, factors,
                           std::nullopt, client_metadata, outcome);
}

Status FakeIdentityProvider::Impl::StartMfaChallenge(PoolRecord& pool, const ClientRecord& client,
                                                     const UserRecord& user,
                                                     ChallengeNameType challenge,
                                                     std::vector<std::string> options,
                                                     const std::optional<std::string>& setup_email,
                                                     const ClientMetadataType& client_metadata,
                                                     AuthOutcome outcome) {
  internal::AuthSession session = NewAuthSession(pool, client, user, challenge);
  std::map<std::string, std::string> parameters{{"USER_ID_FOR_SRP", user.username}};

  if (challenge == ChallengeNameType::kSmsMfa || challenge == ChallengeNameType::kEmailOtp) {
    const bool sms = challenge == ChallengeNameType::kSmsMfa;
    if (sms && !pool.description.sms_configuration) {
      return msg::Error(ErrorCode::kInvalidParameter, msg::kMfaNeedsSmsToSend);
    }
    const std::string* address =
        setup_email ? &*setup_email : user.AttributeValue(sms ? "phone_number" : "email");
    if (address == nullptr) {
      // Chosen in SELECT_MFA_TYPE, then removed before the answer (MF26) [I].
      return msg::Error(ErrorCode::kMFAMethodNotFound, msg::kMfaMethodNotFound);
    }
    const internal::Channel channel{sms ? DeliveryMediumType::kSms : DeliveryMediumType::kEmail,
                                    sms ? "phone_number" : "email", *address};
    const std::uint64_t generator = state.random.state();
    session.code = state.random.Digits(sms ? kSmsCodeDigits : kEmailCodeDigits);
    auto details = Deliver(pool, user, channel, MessageOccasion::kAuthentication, session.code,
                           *client.description.client_id, client_metadata,
                           /*details_returned=*/true);
    if (!details.ok()) {
      state.random.set_state(generator);
      return details.status();
    }
    session.destination = *address;
    parameters["CODE_DELIVERY_DELIVERY_MEDIUM"] = sms ? "SMS" : "EMAIL";
    parameters["CODE_DELIVERY_DESTINATION"] = details->destination.value_or("");
    session.setup_email = setup_email;
  } else if (challenge == ChallengeNameType::kSelectMfaType ||
             challenge == ChallengeNameType::kMfaSetup) {
    // A JSON array encoded as a string (§5.2).
    parameters[challenge == ChallengeNameType::kSelectMfaType ? "MFAS_CAN_CHOOSE"
                                                              : "MFAS_CAN_SETUP"] =
        nlohmann::json(options).dump();
    session.mfa_options = std::move(options);
  }
  outcome.challenge_name = challenge;
  outcome.session = OpenAuthSession(std::move(session));
  outcome.challenge_parameters = std::move(parameters);
  return Status();
}

Status FakeIdentityProvider::Impl::RespondMfa(PoolRecord& pool, ClientRecord& client,
                                              ChallengeNameType challenge,
                                              const std::optional<std::string>& session_id,
                                              const std::map<std::string, std::string>& responses,
                                              const ClientMetadataType& client_metadata,
                                              AuthOutcome outcome) {
  // The order of mfa-behavior.md §5.5 [I].
  if (!session_id) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("Session"));
  }
  auto found = FindAuthSession(*session_id, &*pool.description.id, &*client.description.client_id);
  if (!found.ok()) return found.status();
  internal::AuthSession& session = **found;
  if (session.challenge != challenge) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kInvalidSession);
  }
  const std::string* username = Param(responses, "USERNAME");
  if (!username) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("USERNAME"));
  }
  UserRecord* user = pool.users.Find(session.user_key);
  if (user == nullptr) return msg::Error(ErrorCode::kUserNotFound, msg::kUserDoesNotExist);
  if (pool.FindUser(*username) != user) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kIncorrectUsernameOrPassword);
  }
  if (Status status = CheckSecretHash(client, Param(responses, "SECRET_HASH"), *username);
      !status.ok()) {
    return status;
  }
  const char* answer_key = nullptr;
  switch (challenge) {
    case ChallengeNameType::kSmsMfa:
      answer_key = "SMS_MFA_CODE";
      break;
    case ChallengeNameType::kEmailOtp:
      answer_key = "EMAIL_OTP_CODE";
      break;
    case ChallengeNameType::kSoftwareTokenMfa:
      answer_key = "SOFTWARE_TOKEN_MFA_CODE";
      break;
    case ChallengeNameType::kSelectMfaType:
      answer_key = "ANSWER";
      break;
    default:  // MFA_SETUP: its answer is the session, or EMAIL
      break;
  }
  const std::string* answer = answer_key ? Param(responses, answer_key) : nullptr;
  if (answer_key && !answer) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter(answer_key));
  }
  if (!user->enabled) return msg::Error(ErrorCode::kNotAuthorized, msg::kUserIsDisabledSignIn);

  switch (challenge) {
    case ChallengeNameType::kSmsMfa:
    case ChallengeNameType::kEmailOtp: {
      // A wrong code leaves the session open for another try (§5.5).
      if (!internal::ConstantTimeEquals(*answer, session.code)) {
        return msg::Error(ErrorCode::kCodeMismatch, msg::kMfaCodeMismatch);
      }
      // The code proves the phone or email it went to (§5.6), if that is
      // still the user's.
      const bool sms = challenge == ChallengeNameType::kSmsMfa;
      const std::string* current = user->AttributeValue(sms ? "phone_number" : "email");
      AttributeListType verified;
      if (session.setup_email) verified.push_back(AttributeType{"email", *session.setup_email});
      verified.push_back(AttributeType{sms ? "phone_number_verified" : "email_verified", "true"});
      const bool still_theirs =
          session.setup_email || (current != nullptr && *current == session.destination);
      if (still_theirs &&
          CheckAliasConflicts(pool, user, internal::Merge(user->attributes, verified), false)
              .ok()) {
        ApplyAttributes(pool, *user, verified, /*force_alias=*/false);
        user->last_modified = Now();
      }
      break;
    }
    case ChallengeNameType::kSoftwareTokenMfa: {
      const std::optional<std::string>& token = user->mfa().software_token;
      if (!token) {
        return msg::Error(ErrorCode::kSoftwareTokenMFANotFound, msg::kTotpNotFoundForUser);
      }
      const std::string secret = internal::Base32Decode(*token).value_or("");
      const std::int64_t now = internal::EpochSeconds(Now());
      const auto step = internal::MatchTotp(secret, *answer, now, user->mfa().last_token_step);
      if (!step) {
        // The code of the step accepted last is "used"; an older step's
        // code, never accepted, is just wrong.
        const auto used = internal::MatchTotp(secret, *answer, now, -1);
        if (used && *used == user->mfa().last_token_step) {
          return msg::Error(ErrorCode::kExpiredCode, msg::kTotpAlreadyUsed);
        }
        return msg::Error(ErrorCode::kCodeMismatch, msg::kTotpCodeMismatchSignIn);
      }
      user->mutable_mfa().last_token_step = *step;
      break;
    }
    case ChallengeNameType::kSelectMfaType: {
      // The model's text names EMAIL_MFA; the enum says EMAIL_OTP: both.
      const std::string chosen = *answer == "EMAIL_MFA" ? std::string(kEmailOtp) : *answer;
      const auto& offered = session.mfa_options;
      if (std::find(offered.begin(), offered.end(), chosen) == offered.end()) {
        return msg::Error(ErrorCode::kMFAMethodNotFound, msg::kMfaMethodNotFound);
      }
      // The chosen factor's challenge, with a new session; a code is sent
      // now, with this call's ClientMetadata.
      if (Status status = StartMfaChallenge(pool, client, *user, ChallengeOf(chosen), {},
                                            std::nullopt, client_metadata, outcome);
          !status.ok()) {
        return status;
      }
      session.used = true;
      return Status();
    }
    default: {  // MFA_SETUP
      if (session.setup == internal::SoftwareTokenSetup::kVerified) break;
      const std::string* email = Param(responses, "EMAIL");
      if (email == nullptr) {
        // Not the session VerifySoftwareToken answered with (§5.3).
        return msg::Error(ErrorCode::kNotAuthorized, msg::kInvalidSession);
      }
      const auto& offered = session.mfa_options;
      if (std::find(offered.begin(), offered.end(), kEmailOtp) == offered.end()) {
        return msg::Error(ErrorCode::kMFAMethodNotFound, msg::kMfaMethodNotFound);
      }
      if (Status status = CheckWritableAttributes(pool, {AttributeType{"email", *email}},
                                                  /*from_client=*/true);
          !status.ok()) {
        return status;
      }
      if (Status status = StartMfaChallenge(pool, client, *user, ChallengeNameType::kEmailOtp, {},
                                            *email, client_metadata, outcome);
          !status.ok()) {
        return status;
      }
      session.used = true;
      return Status();
    }
  }
  session.used = true;
  StartSession(pool, client, *user, outcome.authentication_result.emplace());
  return Status();
}

}  // namespace cognito_fake
