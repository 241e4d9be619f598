#ifndef COGNITO_FAKE_SRC_INTERNAL_AUTH_SESSION_H_
#define COGNITO_FAKE_SRC_INTERNAL_AUTH_SESSION_H_

// A sign-in's challenge while it is open: what State::sessions keeps.

#include <cognito_fake/types.h>

#include <optional>
#include <string>
#include <vector>

namespace cognito_fake {
namespace internal {

// A PASSWORD_VERIFIER challenge (USER_SRP_AUTH) while it is open; the
// numbers in lower-case hex.
struct SrpChallenge {
  std::string user_id;        // USER_ID_FOR_SRP
  std::string a_public;       // the client's A
  std::string b;              // the fake's secret b
  std::string b_public;       // B = k·v + g^b
  std::string verifier;       // v = g^x
  bool unknown_user = false;  // the simulated challenge of PreventUserExistenceErrors
};

// Where an MFA_SETUP session stands in setting up an authenticator app
// (mfa-behavior.md §5.3): the challenge's own session, the one
// AssociateSoftwareToken answered with, the one VerifySoftwareToken
// answered with after a right code.
enum class SoftwareTokenSetup { kNone, kAssociated, kVerified };

// A challenge in progress: NEW_PASSWORD_REQUIRED and the MFA challenges
// (keyed by their Session) or PASSWORD_VERIFIER (keyed by its SECRET_BLOCK).
struct AuthSession {
  std::string user_pool_id;
  std::string client_id;
  std::string user_key;
  ChallengeNameType challenge = ChallengeNameType::kNewPasswordRequired;
  Timestamp started_at;
  Timestamp expires_at;
  bool used = false;
  std::optional<SrpChallenge> srp;  // PASSWORD_VERIFIER only, keyed by its SECRET_BLOCK
  // SMS_MFA / EMAIL_OTP: the code this session sent, and where to (the
  // phone number or address it proves).
  std::string code;
  std::string destination;
  // SELECT_MFA_TYPE: the factors offered (MFAS_CAN_CHOOSE); MFA_SETUP: the
  // factors that may be set up (MFAS_CAN_SETUP).
  std::vector<std::string> mfa_options;
  // EMAIL_OTP after MFA_SETUP answered with EMAIL: the address the code was
  // sent to, stored and verified when the code is answered.
  std::optional<std::string> setup_email;
  SoftwareTokenSetup setup = SoftwareTokenSetup::kNone;  // MFA_SETUP only
};

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_AUTH_SESSION_H_
