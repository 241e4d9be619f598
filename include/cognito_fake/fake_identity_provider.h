#ifndef COGNITO_FAKE_FAKE_IDENTITY_PROVIDER_H_
#define COGNITO_FAKE_FAKE_IDENTITY_PROVIDER_H_

/// @file
/// `FakeIdentityProvider`: an in-memory Amazon Cognito user pool service that
/// behaves like the real one for the password-reset lifecycle.

#include <cognito_fake/clock.h>
#include <cognito_fake/identity_provider.h>
#include <cognito_fake/operation.h>
#include <cognito_fake/outbox.h>
#include <cognito_fake/triggers.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace cognito_fake {

/// Per-user limits, with AWS's documented defaults. Every window is a
/// sliding hour on the fake clock.
struct FakeLimits {
  /// How long a forgot-password / admin-reset code is valid (AWS: 1 hour).
  std::chrono::seconds reset_code_validity = std::chrono::hours(1);
  /// How long a sign-up / attribute-verification code is valid (AWS: 24 h).
  std::chrono::seconds signup_code_validity = std::chrono::hours(24);
  /// ForgotPassword calls per user per hour before LimitExceededException
  /// (AWS: 5-20 depending on risk; 5 here).
  int forgot_password_requests_per_hour = 5;
  /// Wrong ConfirmForgotPassword codes per user per hour; once reached, every
  /// ConfirmForgotPassword answers LimitExceededException, even with the
  /// right code, until the window passes (AWS: 5-20; 5 here).
  int wrong_reset_codes_per_hour = 5;
  /// Wrong ConfirmSignUp codes per user per hour (AWS: 15).
  int wrong_signup_codes_per_hour = 15;
  /// ResendConfirmationCode calls per user per hour (AWS: 5).
  int resend_confirmation_codes_per_hour = 5;
  /// ChangePassword calls per user per hour (AWS: 5).
  int change_password_calls_per_hour = 5;
  /// Failed sign-ins before the first lockout (AWS: 5). 0 disables lockout.
  int failed_sign_ins_before_lockout = 5;
  /// Longest lockout (AWS: about 15 minutes).
  std::chrono::seconds max_lockout = std::chrono::minutes(15);
  /// USER_SRP_AUTH: how long a PASSWORD_VERIFIER challenge may be
  /// answered, and how far its TIMESTAMP may be from the fake's clock.
  /// Cognito wants both within seconds; 5 minutes leaves room for slow
  /// debug builds and sanitizers.
  std::chrono::seconds srp_answer_window = std::chrono::minutes(5);
  /// Emails a pool with `EmailSendingAccount` COGNITO_DEFAULT (or no email
  /// configuration) may send in any 24 hours before `LimitExceededException`
  /// "Exceeded daily email limit ..." (AWS: 50 per account and day).
  int cognito_default_emails_per_day = 50;
};

/// Choices where real Cognito's behaviour is contested or undocumented; the
/// defaults are the ones docs/fidelity.md argues for.
struct FakeBehavior {
  /// AdminResetUserPassword on a user with no verified email or phone usable
  /// under the pool's recovery setting: false (default, as the AWS docs
  /// describe) resets the user and sends nothing; true answers
  /// InvalidParameterException as ForgotPassword does.
  bool admin_reset_requires_verified_contact = false;
  /// Sign-in of a RESET_REQUIRED user with a wrong password: false (default)
  /// answers PasswordResetRequiredException whatever the password; true
  /// answers NotAuthorizedException for a wrong one.
  bool reset_required_checks_password = false;
};

/// How a `FakeIdentityProvider` is built.
struct FakeOptions {
  /// Seed of the generator behind every code, id, sub, secret and temporary
  /// password. Two fakes with the same seed and calls produce the same values
  /// (with the same version of cognito_fake: docs/fidelity.md lists when
  /// they changed).
  std::uint64_t seed = 0;
  /// Region in pool ids, ARNs and token issuers.
  std::string region = "us-east-1";
  /// Account id in ARNs.
  std::string account_id = "123456789012";
  /// Where the fake clock starts; by default, the system time when the fake
  /// is made, so that the tokens it issues pass the expiry checks of real
  /// JWT libraries. Pin it (e.g. to FakeClock::DefaultStart()) to compare
  /// timestamps with constants.
  std::optional<Timestamp> start_time;
  /// How the fake clock moves: by default only when the test moves it;
  /// a server that apps use by hand follows the system time.
  ClockMode clock_mode = ClockMode::kStandingStill;
  /// The start of every token's `iss`, `<issuer_base>/<poolId>`; by default
  /// Cognito's `https://cognito-idp.<region>.amazonaws.com`. Set it (without
  /// a trailing slash) for apps that fetch the keys from the issuer, e.g. to
  /// a loopback server's base URL.
  std::optional<std::string> issuer_base;
  /// Per-user limits.
  FakeLimits limits;
  /// Switches for contested behaviour.
  FakeBehavior behavior;
  /// Whether the fake forgets records whose lifetime has ended on its clock,
  /// as Cognito does: challenge sessions, sign-ins whose tokens have all
  /// expired, expired codes, rate-limit events out of their window, and
  /// lockouts no longer remembered (docs/fidelity.md, "What the fake
  /// forgets"). It keeps a long-running fake's memory flat; no answer
  /// depends on it while the clock only moves forward (a clock set back
  /// does not bring forgotten records back). Turn it off to keep every
  /// record in the state document.
  bool forget_expired_records = true;

  /// Sets `seed` and returns `*this`: `FakeIdentityProvider f(FakeOptions().WithSeed(7));`.
  FakeOptions& WithSeed(std::uint64_t value) {
    seed = value;
    return *this;
  }
  /// Sets `start_time` and returns `*this`.
  FakeOptions& WithStartTime(Timestamp value) {
    start_time = value;
    return *this;
  }
};

/// How many records that end with time a fake holds
/// (`FakeIdentityProvider::Retained`).
struct RetainedRecords {
  std::size_t challenge_sessions = 0;  ///< Challenges' sessions and SRP SECRET_BLOCKs.
  std::size_t sign_ins = 0;            ///< Sign-ins, each with its tokens.
  /// Users with an activity block: a code, a counted event or a lockout
  /// (or nothing left, until its sweep frees it).
  std::size_t users_with_activity = 0;
  std::size_t scheduled_sweeps = 0;  ///< Entries in the queue of what ends when.
};

/// A pool and app client made by `CreateUserPoolForTest`.
struct TestPool {
  std::string user_pool_id;                  ///< The pool id.
  std::string client_id;                     ///< The app client id.
  std::optional<std::string> client_secret;  ///< The client secret, if generated.
};
/// Prints the pool and client ids (the secret redacted).
inline std::ostream& operator<<(std::ostream& os, const TestPool& pool) {
  return os << "{UserPoolId: " << pool.user_pool_id << ", ClientId: " << pool.client_id
            << (pool.client_secret ? ", ClientSecret: <redacted>}" : "}");
}

/// One user for `FakeIdentityProvider::AddConfirmedUsers`.
struct TestUser {
  std::string username;          ///< As for AdminCreateUser's `Username`.
  std::string password;          ///< The permanent password.
  AttributeListType attributes;  ///< As for AdminCreateUser's `UserAttributes`.
};

namespace internal {
struct StateAccess;
struct SnapshotData;
}  // namespace internal

/// A copy of a fake's whole state (pools, clients, users, outstanding codes,
/// sessions, the token key, the clock, the generator position and the
/// outbox), made
/// by `FakeIdentityProvider::Snapshot()`. Cheap to copy: copies share the
/// immutable data.
class FakeSnapshot {
 public:
  /// An empty snapshot; restoring it changes nothing.
  FakeSnapshot() = default;
  /// True when this holds a state.
  bool has_value() const { return data_ != nullptr; }

 private:
  friend class FakeIdentityProvider;
  explicit FakeSnapshot(std::shared_ptr<const internal::SnapshotData> data)
      : data_(std::move(data)) {}
  std::shared_ptr<const internal::SnapshotData> data_;
};

/// An in-memory Cognito user pool service.
///
/// Thread-safe: every operation runs under one lock, so calls are
/// linearizable. Deterministic: values come from `FakeOptions::seed` and
/// times from `clock()`, which reads the system time only where the options
/// say (its start, by default; see FakeOptions::start_time).
///
/// Every message Cognito would have sent lands in `outbox()`.
class FakeIdentityProvider : public IdentityProvider {
 public:
  /// A fake with default options (seed 0).
  FakeIdentityProvider();
  /// A fake built from `options`.
  explicit FakeIdentityProvider(FakeOptions options);
  ~FakeIdentityProvider() override;
  FakeIdentityProvider(const FakeIdentityProvider&) = delete;
  FakeIdentityProvider& operator=(const FakeIdentityProvider&) = delete;

  // BEGIN GENERATED operations (tools/generate_from_model.py; do not edit by hand)
  /// Creates a user pool. The fake assigns `<region>_<9 alphanumerics>` ids from its seed.
  StatusOr<CreateUserPoolResponse> CreateUserPool(const CreateUserPoolRequest& request) override;
  /// Returns a pool's configuration, with AWS's defaults filled in.
  StatusOr<DescribeUserPoolResponse> DescribeUserPool(
      const DescribeUserPoolRequest& request) override;
  /// Replaces a pool's settings: members left out return to their defaults, as in Cognito (schema,
  /// sign-in names and case sensitivity cannot change).
  StatusOr<UpdateUserPoolResponse> UpdateUserPool(const UpdateUserPoolRequest& request) override;
  /// Lists the pools, oldest first; `MaxResults` is required.
  StatusOr<ListUserPoolsResponse> ListUserPools(const ListUserPoolsRequest& request) override;
  /// Deletes a pool with its clients, users and codes. Refused while `DeletionProtection` is
  /// `ACTIVE`.
  StatusOr<DeleteUserPoolResponse> DeleteUserPool(const DeleteUserPoolRequest& request) override;
  /// Creates an app client; `GenerateSecret` makes SECRET_HASH mandatory for it.
  StatusOr<CreateUserPoolClientResponse> CreateUserPoolClient(
      const CreateUserPoolClientRequest& request) override;
  /// Returns an app client's configuration, secret included.
  StatusOr<DescribeUserPoolClientResponse> DescribeUserPoolClient(
      const DescribeUserPoolClientRequest& request) override;
  /// Replaces an app client's settings: members left out return to their defaults, as in Cognito
  /// (the id and secret stay).
  StatusOr<UpdateUserPoolClientResponse> UpdateUserPoolClient(
      const UpdateUserPoolClientRequest& request) override;
  /// Lists a pool's app clients (id, pool, name), oldest first.
  StatusOr<ListUserPoolClientsResponse> ListUserPoolClients(
      const ListUserPoolClientsRequest& request) override;
  /// Deletes an app client; calls naming it answer ResourceNotFoundException and its tokens are
  /// refused.
  StatusOr<DeleteUserPoolClientResponse> DeleteUserPoolClient(
      const DeleteUserPoolClientRequest& request) override;
  /// Creates a user in `FORCE_CHANGE_PASSWORD` with a temporary password, or re-sends the
  /// invitation (`MessageAction` `RESEND`).
  StatusOr<AdminCreateUserResponse> AdminCreateUser(const AdminCreateUserRequest& request) override;
  /// Looks a user up by username, alias or `sub`; `Username` in the response is always the
  /// canonical one.
  StatusOr<AdminGetUserResponse> AdminGetUser(const AdminGetUserRequest& request) override;
  /// Lists users, with AWS's `Filter` syntax (`attr = "v"`, `attr ^= "prefix"`) and pagination.
  StatusOr<ListUsersResponse> ListUsers(const ListUsersRequest& request) override;
  /// Deletes a user, its aliases and outstanding codes.
  StatusOr<AdminDeleteUserResponse> AdminDeleteUser(const AdminDeleteUserRequest& request) override;
  /// Disables a user (status unchanged) and revokes its tokens.
  StatusOr<AdminDisableUserResponse> AdminDisableUser(
      const AdminDisableUserRequest& request) override;
  /// Enables a user.
  StatusOr<AdminEnableUserResponse> AdminEnableUser(const AdminEnableUserRequest& request) override;
  /// Adds or replaces user attributes; a new email/phone is unverified unless `*_verified` is set
  /// in the same call.
  StatusOr<AdminUpdateUserAttributesResponse> AdminUpdateUserAttributes(
      const AdminUpdateUserAttributesRequest& request) override;
  /// Removes user attributes.
  StatusOr<AdminDeleteUserAttributesResponse> AdminDeleteUserAttributes(
      const AdminDeleteUserAttributesRequest& request) override;
  /// Self-service registration: the user starts `UNCONFIRMED` and gets a sign-up code if an
  /// auto-verified attribute is present.
  StatusOr<SignUpResponse> SignUp(const SignUpRequest& request) override;
  /// Confirms a sign-up with its code; verifies the attribute the code went to.
  StatusOr<ConfirmSignUpResponse> ConfirmSignUp(const ConfirmSignUpRequest& request) override;
  /// Confirms an `UNCONFIRMED` user without a code (verifies nothing).
  StatusOr<AdminConfirmSignUpResponse> AdminConfirmSignUp(
      const AdminConfirmSignUpRequest& request) override;
  /// Issues a new sign-up code to an `UNCONFIRMED` user.
  StatusOr<ResendConfirmationCodeResponse> ResendConfirmationCode(
      const ResendConfirmationCodeRequest& request) override;
  /// Deactivates the user's password (status `RESET_REQUIRED`) and sends a reset code on one
  /// verified channel; `ClientMetadata` goes to triggers only.
  StatusOr<AdminResetUserPasswordResponse> AdminResetUserPassword(
      const AdminResetUserPasswordRequest& request) override;
  /// Sends a new reset code (replacing any older one) and returns masked `CodeDeliveryDetails`;
  /// never changes `UserStatus`.
  StatusOr<ForgotPasswordResponse> ForgotPassword(const ForgotPasswordRequest& request) override;
  /// Sets a new password with a reset code; the user becomes `CONFIRMED` and the code is consumed.
  StatusOr<ConfirmForgotPasswordResponse> ConfirmForgotPassword(
      const ConfirmForgotPasswordRequest& request) override;
  /// Sets a permanent password (`CONFIRMED`) or a temporary one (`FORCE_CHANGE_PASSWORD`).
  StatusOr<AdminSetUserPasswordResponse> AdminSetUserPassword(
      const AdminSetUserPasswordRequest& request) override;
  /// Changes the password of the user an access token belongs to.
  StatusOr<ChangePasswordResponse> ChangePassword(const ChangePasswordRequest& request) override;
  /// Starts a sign-in: `USER_PASSWORD_AUTH`, `USER_SRP_AUTH` or `REFRESH_TOKEN_AUTH`; a proven
  /// password gets tokens or the MFA challenge the pool and the user's factors call for.
  StatusOr<InitiateAuthResponse> InitiateAuth(const InitiateAuthRequest& request) override;
  /// Starts a server-side sign-in: `ADMIN_USER_PASSWORD_AUTH` (`ADMIN_NO_SRP_AUTH`),
  /// `USER_SRP_AUTH` or `REFRESH_TOKEN_AUTH`; MFA challenges as InitiateAuth.
  StatusOr<AdminInitiateAuthResponse> AdminInitiateAuth(
      const AdminInitiateAuthRequest& request) override;
  /// Answers a challenge: `NEW_PASSWORD_REQUIRED`, `PASSWORD_VERIFIER`, `SMS_MFA`, `EMAIL_OTP`,
  /// `SOFTWARE_TOKEN_MFA`, `SELECT_MFA_TYPE` or `MFA_SETUP`.
  StatusOr<RespondToAuthChallengeResponse> RespondToAuthChallenge(
      const RespondToAuthChallengeRequest& request) override;
  /// Server-side form of RespondToAuthChallenge, with the same challenges.
  StatusOr<AdminRespondToAuthChallengeResponse> AdminRespondToAuthChallenge(
      const AdminRespondToAuthChallengeRequest& request) override;
  /// The user an access token belongs to: username, attributes (verified flags as strings) and MFA
  /// settings.
  StatusOr<GetUserResponse> GetUser(const GetUserRequest& request) override;
  /// Changes the attributes of the access token's user; a changed email or phone number is
  /// unverified and gets a code.
  StatusOr<UpdateUserAttributesResponse> UpdateUserAttributes(
      const UpdateUserAttributesRequest& request) override;
  /// Sends a code to verify the access token's user's `email` or `phone_number`.
  StatusOr<GetUserAttributeVerificationCodeResponse> GetUserAttributeVerificationCode(
      const GetUserAttributeVerificationCodeRequest& request) override;
  /// Verifies the access token's user's `email` or `phone_number` with the code sent to it.
  StatusOr<VerifyUserAttributeResponse> VerifyUserAttribute(
      const VerifyUserAttributeRequest& request) override;
  /// Removes attributes of the access token's user.
  StatusOr<DeleteUserAttributesResponse> DeleteUserAttributes(
      const DeleteUserAttributesRequest& request) override;
  /// Deletes the access token's user; every token of theirs is refused from then on.
  StatusOr<DeleteUserResponse> DeleteUser(const DeleteUserRequest& request) override;
  /// Ends every session of the access token's user: their refresh and access tokens are refused;
  /// tokens issued later work.
  StatusOr<GlobalSignOutResponse> GlobalSignOut(const GlobalSignOutRequest& request) override;
  /// Ends every session of a user, as GlobalSignOut does.
  StatusOr<AdminUserGlobalSignOutResponse> AdminUserGlobalSignOut(
      const AdminUserGlobalSignOutRequest& request) override;
  /// Ends the session of a refresh token: it and the access tokens issued from it are refused.
  /// Answers `{}` for a token it does not know.
  StatusOr<RevokeTokenResponse> RevokeToken(const RevokeTokenRequest& request) override;
  /// Creates a group; names are unique regardless of case.
  StatusOr<CreateGroupResponse> CreateGroup(const CreateGroupRequest& request) override;
  /// Returns a group.
  StatusOr<GetGroupResponse> GetGroup(const GetGroupRequest& request) override;
  /// Lists the pool's groups by precedence (groups without one last), then name.
  StatusOr<ListGroupsResponse> ListGroups(const ListGroupsRequest& request) override;
  /// Changes a group's description, role and precedence; members left out keep their value.
  StatusOr<UpdateGroupResponse> UpdateGroup(const UpdateGroupRequest& request) override;
  /// Deletes a group; its members' next tokens no longer name it.
  StatusOr<DeleteGroupResponse> DeleteGroup(const DeleteGroupRequest& request) override;
  /// Adds a user (username, alias or sub) to a group; its next tokens carry `cognito:groups`.
  /// Adding twice changes nothing.
  StatusOr<AdminAddUserToGroupResponse> AdminAddUserToGroup(
      const AdminAddUserToGroupRequest& request) override;
  /// Removes a user from a group.
  StatusOr<AdminRemoveUserFromGroupResponse> AdminRemoveUserFromGroup(
      const AdminRemoveUserFromGroupRequest& request) override;
  /// Lists the groups of a user, in ListGroups' order.
  StatusOr<AdminListGroupsForUserResponse> AdminListGroupsForUser(
      const AdminListGroupsForUserRequest& request) override;
  /// Lists the members of a group.
  StatusOr<ListUsersInGroupResponse> ListUsersInGroup(
      const ListUsersInGroupRequest& request) override;
  /// Replaces the pool's MFA mode and factors: an omitted factor is turned off; ON or OPTIONAL
  /// needs a factor, OFF refuses one.
  StatusOr<SetUserPoolMfaConfigResponse> SetUserPoolMfaConfig(
      const SetUserPoolMfaConfigRequest& request) override;
  /// Returns the pool's MFA mode and enabled factors (`OFF` alone for a pool never configured).
  StatusOr<GetUserPoolMfaConfigResponse> GetUserPoolMfaConfig(
      const GetUserPoolMfaConfigRequest& request) override;
  /// Issues a new authenticator-app secret (base32) to the user of an access token or of an
  /// MFA_SETUP challenge's Session (then with the Session VerifySoftwareToken continues from); it
  /// replaces a verified one only once verified.
  StatusOr<AssociateSoftwareTokenResponse> AssociateSoftwareToken(
      const AssociateSoftwareTokenRequest& request) override;
  /// Checks an RFC 6238 code of the pending secret (30 s steps on the fake clock, one step either
  /// side, each step once) and registers it; with AssociateSoftwareToken's Session, answers the
  /// Session that completes MFA_SETUP.
  StatusOr<VerifySoftwareTokenResponse> VerifySoftwareToken(
      const VerifySoftwareTokenRequest& request) override;
  /// Activates, deactivates or prefers the caller's factors.
  StatusOr<SetUserMFAPreferenceResponse> SetUserMFAPreference(
      const SetUserMFAPreferenceRequest& request) override;
  /// Activates, deactivates or prefers a user's factors.
  StatusOr<AdminSetUserMFAPreferenceResponse> AdminSetUserMFAPreference(
      const AdminSetUserMFAPreferenceRequest& request) override;
  // END GENERATED operations

  /// The clock this fake measures time on.
  FakeClock& clock();

  /// Forgets every record whose lifetime has ended on the fake's clock:
  /// challenge sessions, sign-ins whose tokens have all expired, expired
  /// codes, rate-limit events older than their window, lockouts no longer
  /// remembered (docs/fidelity.md, "What the fake forgets"). Every operation
  /// already sweeps a few such records before its own work; call this after
  /// moving the clock far ahead to free them all at once, as
  /// cognito-fake-server's clock route does. Changes no answer while the
  /// clock only moves forward: a forgotten session or refresh token is
  /// still answered as expired, from its sealed text. From a Lambda trigger
  /// (the fake is inside an operation) it does nothing.
  void SweepExpired();
  /// How many records of each kind that end with time this fake holds now:
  /// to see that a long-running fake forgets them (it scans every user).
  /// Callable from a Lambda trigger.
  RetainedRecords Retained() const;
  /// The messages this fake has sent.
  Outbox& outbox();
  /// The options the fake was built with.
  const FakeOptions& options() const;

  // ------------------------------------------------------------ test helpers

  /// The CreateUserPool request `CreateUserPoolForTest` uses by default:
  /// email auto-verified, recovery by verified email then verified phone,
  /// AWS's default password policy, case-insensitive usernames.
  static CreateUserPoolRequest DefaultTestPoolRequest();
  /// The CreateUserPoolClient request `CreateUserPoolForTest` uses by
  /// default: no secret, USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH and
  /// REFRESH_TOKEN_AUTH allowed, PreventUserExistenceErrors LEGACY (the API
  /// default). `user_pool_id` is filled in.
  static CreateUserPoolClientRequest DefaultTestClientRequest();

  /// Creates a pool and an app client in one call.
  StatusOr<TestPool> CreateUserPoolForTest(
      CreateUserPoolRequest pool = DefaultTestPoolRequest(),
      CreateUserPoolClientRequest client = DefaultTestClientRequest());

  /// Adds a CONFIRMED, enabled user with a permanent `password`. An `email`
  /// or `phone_number` among `attributes` is marked verified unless the
  /// matching `*_verified` attribute is given. Sends nothing. Returns the
  /// user's `sub`.
  StatusOr<std::string> AddConfirmedUser(const TestPool& pool, const std::string& username,
                                         const std::string& password,
                                         AttributeListType attributes = {});

  /// Adds every user in `users` as `AddConfirmedUser` would, one after the
  /// other, and returns their subs in order; all or nothing: when one fails
  /// (with the error `AddConfirmedUser` would give it, e.g.
  /// UsernameExistsException for a name an earlier one took), none is
  /// added. For seeding large pools: one lock, the pool's indexes grown
  /// once, no temporary password drawn.
  StatusOr<std::vector<std::string>> AddConfirmedUsers(const TestPool& pool,
                                                       std::vector<TestUser> users);

  /// Signs in with USER_PASSWORD_AUTH through `pool`'s client, computing
  /// SECRET_HASH when the client has a secret.
  StatusOr<AuthenticationResultType> SignIn(const TestPool& pool, const std::string& username,
                                            const std::string& password);

  /// Signs in with USER_SRP_AUTH through `pool`'s client, as Amplify and
  /// amazon-cognito-identity-js do: InitiateAuth with `SrpClient`'s SRP_A,
  /// then RespondToAuthChallenge with its PASSWORD_VERIFIER answer at the
  /// fake's time, computing SECRET_HASH (over USERNAME, then over
  /// USER_ID_FOR_SRP) when the client has a secret. The first error of
  /// either step, or `kInvalidParameter` naming a challenge that is not
  /// tokens (e.g. NEW_PASSWORD_REQUIRED).
  StatusOr<AuthenticationResultType> SignInWithSrp(const TestPool& pool,
                                                   const std::string& username,
                                                   const std::string& password);

  /// The code most recently sent to the user `username` (username, alias or
  /// sub) of `user_pool_id`, if any. Attempts that made their operation fail
  /// (`Message::failed_with`) are skipped: their codes were never valid.
  std::optional<std::string> LastCodeFor(const std::string& user_pool_id,
                                         const std::string& username);

  /// The code an authenticator app shows now (the fake's clock) for the
  /// `SecretCode` AssociateSoftwareToken returned: RFC 6238, HMAC-SHA1, six
  /// digits, 30-second steps. `std::nullopt` when `secret_code` is not
  /// base32. `seconds_from_now` shifts the time, e.g. -30 for the previous
  /// step's code.
  std::optional<std::string> SoftwareTokenCode(const std::string& secret_code,
                                               int seconds_from_now = 0);

  // ------------------------------------------------------ tokens and keys

  /// The pool's JSON Web Key Set, as Cognito serves it at
  /// `<issuer>/.well-known/jwks.json`: `{"keys":[...]}` with the public keys
  /// of the pool's ID tokens and access tokens. Feed it to any JWT library
  /// to verify the tokens the fake issues. ResourceNotFoundException for an
  /// unknown pool.
  StatusOr<std::string> Jwks(const std::string& user_pool_id);
  /// The pool's OpenID discovery document, as Cognito serves it at
  /// `<issuer>/.well-known/openid-configuration`; ResourceNotFoundException
  /// for an unknown pool.
  StatusOr<std::string> OpenIdConfiguration(const std::string& user_pool_id);
  /// The `iss` of the pool's tokens: `<issuer base>/<user_pool_id>`
  /// (FakeOptions::issuer_base); ResourceNotFoundException for an unknown
  /// pool.
  StatusOr<std::string> Issuer(const std::string& user_pool_id);
  /// Makes the pool sign its ID tokens with `id_token_key_pem` and its access
  /// tokens with `access_token_key_pem` (PEM private keys of RSA keys of at
  /// least 2048 bits) from now on. By default a pool signs with two of the
  /// test keys shipped with the library, chosen by the seed: they are public
  /// and sign test tokens only. Tokens signed with the former keys no longer
  /// verify. InvalidParameterException for a text that is no such key,
  /// ResourceNotFoundException for an unknown pool.
  Status SetSigningKeys(const std::string& user_pool_id, const std::string& id_token_key_pem,
                        const std::string& access_token_key_pem);

  // ------------------------------------------------ triggers and delivery

  /// Makes `function` the Lambda function `arn`. A pool whose LambdaConfig
  /// names `arn` invokes it; a LambdaConfig ARN with no function behind it
  /// fails the operation with `UnexpectedLambdaException`, as a deleted
  /// function or a missing invoke permission does. Functions are test
  /// configuration: snapshots and state exports do not include them.
  void RegisterLambda(const std::string& arn, LambdaFunction function);
  /// Registers `function` under an ARN of its own and makes it the pool's
  /// `type` trigger (as UpdateUserPool with that LambdaConfig would).
  /// Returns the ARN, or `ResourceNotFoundException` for an unknown pool.
  StatusOr<std::string> SetTrigger(const std::string& user_pool_id, TriggerType type,
                                   LambdaFunction function);
  /// Describes the IAM role `arn` (e.g. a pool's `SmsConfiguration.SnsCallerArn`).
  void DefineIamRole(const std::string& arn, IamRole role);
  /// Describes the SES identity `arn` (e.g. a pool's `EmailConfiguration.SourceArn`).
  void DefineSesIdentity(const std::string& arn, SesIdentity identity);
  /// Puts the account's SNS SMS sandbox on or off. In the sandbox only
  /// verified numbers receive SMS: the call still succeeds and the message
  /// is recorded with `delivered == false`, as with real SNS.
  void SetSmsSandbox(bool enabled);
  /// Verifies `phone_number` as an SNS sandbox destination.
  void VerifySandboxPhoneNumber(const std::string& phone_number);

  /// A copy of the whole state, to `Restore` later: build a fixture once,
  /// snapshot it, and restore it before each test.
  FakeSnapshot Snapshot() const;
  /// Puts back the state `snapshot` holds (it may come from another fake
  /// with the same options); everything since is forgotten, the outbox and
  /// the clock included (unless the clock follows the system time: it stays
  /// with it).
  void Restore(const FakeSnapshot& snapshot);

 private:
  friend struct internal::StateAccess;
  class Impl;
  std::unique_ptr<Impl> impl_;
};

/// `Base64(HMAC-SHA256(key = client_secret, message = username + client_id))`:
/// the SECRET_HASH Cognito requires from clients that have a secret.
std::string ComputeSecretHash(const std::string& client_secret, const std::string& username,
                              const std::string& client_id);

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_FAKE_IDENTITY_PROVIDER_H_
