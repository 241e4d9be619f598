// USER_SRP_AUTH: the PASSWORD_VERIFIER challenge and its answer
// (session-behavior.md §7). The checks and their order, the texts, and what
// the fake decided where Cognito's behaviour is not known are in
// docs/fidelity.md, "USER_SRP_AUTH".

#include <chrono>

#include "internal/crypto.h"
#include "internal/fake_impl.h"
#include "internal/messages.h"
#include "internal/srp.h"

namespace cognito_fake {

using internal::ClientRecord;
using internal::Param;
using internal::PoolRecord;
using internal::UserRecord;
namespace msg = internal::msg;
namespace srp = internal::srp;

namespace {

// 16 bytes of HMAC-SHA256 under the fake's own key: stable for the same
// inputs, unpredictable without the key.
std::string Derived(const std::string& key, const std::string& label, const std::string& data) {
  return internal::DigestBytes(internal::HmacSha256(internal::DeriveKey(key, label), data))
      .substr(0, 16);
}

// A UUID-shaped id made of 16 derived bytes.
std::string UuidFrom(const std::string& bytes) {
  std::string hex = internal::HexEncode(bytes);
  hex[12] = '4';
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20, 12);
}

}  // namespace

std::string FakeIdentityProvider::Impl::SrpSalt(const PoolRecord& pool,
                                                const UserRecord& user) const {
  // New with every password set, as Cognito's: derived from the password
  // and when it was set rather than stored.
  const auto set_at =
      std::chrono::duration_cast<std::chrono::nanoseconds>(user.password_set_at.time_since_epoch());
  return Derived(state.token_key, "srp-salt",
                 *pool.description.id + '\0' + user.username + '\0' + user.password.value_or("") +
                     '\0' + std::to_string(set_at.count()));
}

Status FakeIdentityProvider::Impl::SrpAuth(PoolRecord& pool, ClientRecord& client,
                                           const std::map<std::string, std::string>& parameters,
                                           AuthOutcome outcome) {
  const std::string* username = Param(parameters, "USERNAME");
  if (!username) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("USERNAME"));
  }
  const std::string* srp_a = Param(parameters, "SRP_A");
  if (!srp_a) return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("SRP_A"));
  if (Status status = CheckSecretHash(client, Param(parameters, "SECRET_HASH"), *username);
      !status.ok()) {
    return status;
  }
  const srp::BigNum a_public = srp::FromHex(*srp_a);
  if (!a_public || srp::IsZeroModPrime(a_public.get())) {
    return msg::Error(ErrorCode::kInvalidParameter, msg::kInvalidSrpA);
  }

  internal::AuthSession session;
  session.user_pool_id = *pool.description.id;
  session.client_id = *client.description.client_id;
  session.challenge = ChallengeNameType::kPasswordVerifier;
  internal::SrpChallenge& challenge = session.srp.emplace();
  challenge.a_public = srp::ToHex(a_public.get());
  std::string salt;
  srp::BigNum v;
  const std::string pool_name = srp::PoolName(*pool.description.id);
  UserRecord* user = pool.FindUser(*username);
  if (user != nullptr) {
    if (Status status = CheckSignInAllowed(pool, *user); !status.ok()) return status;
    session.user_key = pool.UsernameKey(user->username);
    challenge.user_id = user->username;
    salt = SrpSalt(pool, *user);
    const srp::BigNum x = srp::PrivateKey(srp::FromBytes(salt).get(), pool_name, challenge.user_id,
                                          user->password.value_or(""));
    v = srp::Verifier(x.get());
  } else if (UsesPreventUserExistenceErrors(client)) {
    // A plausible challenge that no password answers: the same salt and id
    // for the same name every time (RFC 5054 §2.5.1.3), so that it tells
    // nothing about whether the user exists.
    const std::string name = *pool.description.id + '\0' + pool.UsernameKey(*username);
    salt = Derived(state.token_key, "srp-unknown-salt", name);
    challenge.user_id = UuidFrom(Derived(state.token_key, "srp-unknown-id", name));
    challenge.unknown_user = true;
    v = srp::Verifier(srp::FromBytes(state.random.Bytes(32)).get());
  } else {
    // The UserMigration trigger is not called: SRP never sends the password
    // it would need (docs/fidelity.md).
    return msg::Error(ErrorCode::kUserNotFound, msg::kUserDoesNotExist);
  }

  srp::BigNum b;
  srp::BigNum b_public;
  do {
    b = srp::FromBytes(state.random.Bytes(32));
    b_public = srp::ServerPublic(v.get(), b.get());
  } while (srp::IsZeroModPrime(b_public.get()));
  challenge.b = srp::ToHex(b.get());
  challenge.b_public = srp::ToHex(b_public.get());
  challenge.verifier = srp::ToHex(v.get());
  session.expires_at = Now() + options.limits.srp_answer_window;
  std::string secret_block;
  do {
    secret_block = internal::Base64Encode(state.random.Bytes(64));
  } while (state.sessions.count(secret_block) != 0);

  outcome.challenge_name = ChallengeNameType::kPasswordVerifier;
  outcome.challenge_parameters = {
      {"SALT", srp::ToHex(srp::FromBytes(salt).get())},
      {"SRP_B", challenge.b_public},
      {"SECRET_BLOCK", secret_block},
      {"USER_ID_FOR_SRP", challenge.user_id},
      {"USERNAME", challenge.user_id},
  };
  ScheduleSweep(internal::SweepKind::kChallenge, session.expires_at, "", secret_block);
  state.sessions.emplace(std::move(secret_block), std::move(session));
  return Status();
}

Status FakeIdentityProvider::Impl::RespondPasswordVerifier(
    PoolRecord& pool, ClientRecord& client, const std::map<std::string, std::string>& responses,
    const ClientMetadataType& client_metadata, AuthOutcome outcome) {
  const std::string* username = Param(responses, "USERNAME");
  if (!username) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("USERNAME"));
  }
  if (Status status = CheckSecretHash(client, Param(responses, "SECRET_HASH"), *username);
      !status.ok()) {
    return status;
  }
  const std::string* block_text = Param(responses, "PASSWORD_CLAIM_SECRET_BLOCK");
  if (!block_text) {
    return Status(ErrorCode::kInvalidParameter,
                  msg::MissingRequiredParameter("PASSWORD_CLAIM_SECRET_BLOCK"));
  }
  const std::string* timestamp_text = Param(responses, "TIMESTAMP");
  if (!timestamp_text) {
    return Status(ErrorCode::kInvalidParameter, msg::MissingRequiredParameter("TIMESTAMP"));
  }
  const std::string* signature_text = Param(responses, "PASSWORD_CLAIM_SIGNATURE");
  if (!signature_text) {
    return Status(ErrorCode::kInvalidParameter,
                  msg::MissingRequiredParameter("PASSWORD_CLAIM_SIGNATURE"));
  }
  // The SECRET_BLOCK: one this client was given in this pool, answered once,
  // in time, by the user it was issued to; anything else is a wrong proof.
  const Timestamp now = Now();
  auto found = state.sessions.find(*block_text);
  if (found == state.sessions.end() ||
      found->second.challenge != ChallengeNameType::kPasswordVerifier ||
      found->second.client_id != *client.description.client_id ||
      found->second.user_pool_id != *pool.description.id || found->second.used ||
      found->second.expires_at <= now || !found->second.srp ||
      found->second.srp->user_id != *username) {
    return msg::Error(ErrorCode::kNotAuthorized, msg::kIncorrectUsernameOrPassword);
  }
  internal::AuthSession& session = found->second;
  session.used = true;
  const internal::SrpChallenge& challenge = *session.srp;

  const auto timestamp = srp::ParseTimestamp(*timestamp_text);
  if (!timestamp) return msg::Error(ErrorCode::kInvalidParameter, msg::kSrpTimestampFormat);
  UserRecord* user = challenge.unknown_user ? nullptr : pool.users.Find(session.user_key);
  if (!challenge.unknown_user && user == nullptr) {
    return msg::Error(ErrorCode::kUserNotFound, msg::kUserDoesNotExist);
  }
  const auto skew = now > *timestamp ? now - *timestamp : *timestamp - now;
  const std::optional<std::string> signature = internal::Base64Decode(*signature_text);
  bool proven = false;
  if (skew <= options.limits.srp_answer_window && signature && !challenge.unknown_user) {
    const auto key = srp::ServerKey(
        srp::FromHex(challenge.a_public).get(), srp::FromHex(challenge.b_public).get(),
        srp::FromHex(challenge.b).get(), srp::FromHex(challenge.verifier).get());
    // Cognito signs the TIMESTAMP it parsed, re-formatted: a zero-padded day
    // or a wrong weekday fails the proof.
    proven = key &&
             internal::ConstantTimeEquals(
                 *signature, srp::Signature(*key, srp::PoolName(*pool.description.id),
                                            challenge.user_id, *internal::Base64Decode(*block_text),
                                            srp::FormatTimestamp(*timestamp)));
  }
  if (user == nullptr)
    return msg::Error(ErrorCode::kNotAuthorized, msg::kIncorrectUsernameOrPassword);
  if (Status status = CheckSignInAllowed(pool, *user); !status.ok()) return status;
  if (!proven) return RecordFailedSignIn(pool, *user);
  if (Status status = CheckProvenUser(pool, *user); !status.ok()) return status;
  if (user->status == UserStatusType::kForceChangePassword) {
    return StartNewPasswordChallenge(pool, client, *user, outcome);
  }
  return FinishSignIn(pool, client, *user, client_metadata, outcome);
}

}  // namespace cognito_fake
