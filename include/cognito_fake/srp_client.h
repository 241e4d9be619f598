#ifndef COGNITO_FAKE_SRP_CLIENT_H_
#define COGNITO_FAKE_SRP_CLIENT_H_

/// @file
/// `SrpClient`: the client side of Cognito's USER_SRP_AUTH, computed as
/// amazon-cognito-identity-js and Amplify compute it, so that a C++ test can
/// drive an SRP sign-in (against the fake, or any AWS JSON endpoint) without
/// writing the math.
///
/// @code
/// cognito_fake::SrpClient srp(pool.user_pool_id);
/// InitiateAuthRequest start;
/// start.auth_flow = AuthFlowType::kUserSrpAuth;
/// start.client_id = pool.client_id;
/// start.auth_parameters = {{"USERNAME", "alice"}, {"SRP_A", srp.srp_a()}};
/// auto challenge = cognito.InitiateAuth(start).value();  // PASSWORD_VERIFIER
/// RespondToAuthChallengeRequest answer;
/// answer.client_id = pool.client_id;
/// answer.challenge_name = ChallengeNameType::kPasswordVerifier;
/// answer.challenge_responses =
///     srp.PasswordVerifierResponses(challenge.challenge_parameters, "Passw0rd!",
///                                   fake.clock().Now()).value();
/// auto tokens = cognito.RespondToAuthChallenge(answer);
/// @endcode

#include <cognito_fake/model_types.h>
#include <cognito_fake/status.h>

#include <map>
#include <memory>
#include <string>

namespace cognito_fake {

/// One SRP-6a sign-in attempt's client side: a fresh random secret `a` and
/// its public `A` (`SRP_A`), and the `PASSWORD_VERIFIER` answer. Make one per
/// attempt. Not thread-safe.
class SrpClient {
 public:
  /// A client for the pool `user_pool_id` (the pool name, the part after
  /// `_`, enters every hash), with `a` from OpenSSL's random generator.
  explicit SrpClient(std::string user_pool_id);
  /// A client whose secret `a` is the integer with hex digits `a_hex`, for
  /// reproducible tests; `a_hex` must be 1 to 1024 hex digits.
  SrpClient(std::string user_pool_id, const std::string& a_hex);
  ~SrpClient();
  /// Moves the attempt (its secret included).
  SrpClient(SrpClient&&) noexcept;
  /// Moves the attempt (its secret included).
  SrpClient& operator=(SrpClient&&) noexcept;

  /// `SRP_A`: A = g^a mod N in lower-case hex, unpadded, as the JavaScript
  /// clients send it.
  const std::string& srp_a() const { return srp_a_; }

  /// The `ChallengeResponses` of a `PASSWORD_VERIFIER` answer to
  /// `challenge_parameters` (`SALT`, `SRP_B`, `SECRET_BLOCK`,
  /// `USER_ID_FOR_SRP`): `USERNAME` (= `USER_ID_FOR_SRP`),
  /// `PASSWORD_CLAIM_SECRET_BLOCK`, `TIMESTAMP` (`now`, formatted as Cognito
  /// wants it) and `PASSWORD_CLAIM_SIGNATURE` for `password`. Add
  /// `SECRET_HASH` (over `USER_ID_FOR_SRP`) yourself for a client with a
  /// secret. `kInvalidParameter` when a parameter is missing or malformed,
  /// or B is 0 mod N (the clients abort then too).
  StatusOr<std::map<std::string, std::string>> PasswordVerifierResponses(
      const std::map<std::string, std::string>& challenge_parameters, const std::string& password,
      Timestamp now) const;

  /// `EEE MMM d HH:mm:ss UTC yyyy` in English, UTC, the day of month not
  /// zero-padded: `Sun Feb 1 06:07:08 UTC 2026`.
  static std::string FormatTimestamp(Timestamp time);

 private:
  struct Secret;
  std::string user_pool_id_;
  std::unique_ptr<Secret> secret_;
  std::string srp_a_;
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRP_CLIENT_H_
