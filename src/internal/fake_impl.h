#ifndef COGNITO_FAKE_SRC_INTERNAL_FAKE_IMPL_H_
#define COGNITO_FAKE_SRC_INTERNAL_FAKE_IMPL_H_

// The state and the rules of FakeIdentityProvider. Every member function of
// Impl runs with `mu` held (FakeIdentityProvider's public methods take it),
// checks everything that can fail before it changes anything, and reads
// time only from `clock`.

#include <cognito_fake/fake_identity_provider.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include "internal/ascii.h"
#include "internal/auth_session.h"
#include "internal/messages.h"
#include "internal/operation_list.h"
#include "internal/password_policy.h"
#include "internal/pool_store.h"
#include "internal/random.h"
#include "internal/sweep_queue.h"

namespace cognito_fake {
namespace internal {

struct RefreshRecord;  // internal/tokens.h

// How long failed sign-ins are remembered after the last one
// (CheckSignInAllowed).
inline constexpr std::chrono::minutes kLockoutMemory{15};
// The longest an ID or access token lives (AccessTokenValidity and
// IdTokenValidity are at most one day): a sign-in is kept that long after
// its refresh token expires, to answer for every token issued from it.
inline constexpr std::chrono::hours kLongestTokenValidity{24};

// The parameter `key` of an AuthParameters or ChallengeResponses map, or
// nullptr.
inline const std::string* Param(const std::map<std::string, std::string>& map,
                                const std::string& key) {
  const auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

// Everything a fake knows. Copyable: a copy is a snapshot.
struct State {
  State() : random(0) {}
  explicit State(std::uint64_t seed) : random(seed) {}
  Random random;
  // The key refresh tokens are sealed under (internal/tokens.h).
  std::string token_key;
  // Which built-in signing keys the next pool gets (BuiltInPoolKeys).
  std::uint64_t next_key_slot = 0;
  PoolStore pools;
  std::unordered_map<std::string, AuthSession> sessions;  // by Session string
  RateWindow cognito_default_emails;  // sends through COGNITO_DEFAULT, for the daily quota
  // When the records above end; derived from them (rebuilt on import, not
  // exported).
  SweepQueue sweep_queue;
};

// The account's delivery infrastructure and Lambda functions: test
// configuration, not Cognito state (not snapshotted or exported).
struct Infrastructure {
  std::map<std::string, LambdaFunction> lambdas;      // by ARN
  std::map<std::string, IamRole> iam_roles;           // by ARN
  std::map<std::string, SesIdentity> ses_identities;  // by ARN
  bool sms_sandbox = false;
  std::set<std::string> sandbox_verified_numbers;
};

// What a FakeSnapshot holds.
struct SnapshotData {
  State state;
  Timestamp clock;
  std::vector<Message> outbox;
  std::uint64_t outbox_next_sequence = 1;
};

// A user about to be created: the canonical username (nullopt: the sub,
// once drawn) and the attributes as they will be stored.
struct NewUser {
  std::optional<std::string> username;
  AttributeListType attributes;
};

// The event's `clientMetadata` object.
nlohmann::ordered_json MetadataJson(const ClientMetadataType& metadata);

// A string member of a trigger's response: the text, nullopt when absent or
// null, InvalidLambdaResponseException when it is another JSON type.
StatusOr<std::optional<std::string>> ResponseString(const nlohmann::ordered_json& response,
                                                    const std::string& key);

// InvalidParameterException with `message`.
Status InvalidParameter(std::string message);
// The shapes Cognito asks of a username that is an email or a phone number
// (E.164: '+' then 1-15 digits, the first not 0).
bool LooksLikeEmail(const std::string& text);
bool LooksLikePhoneNumber(const std::string& text);
// `current` with `changes` applied as Cognito applies them: a changed email
// or phone_number becomes unverified unless the same change sets its
// `*_verified` flag.
AttributeListType Merge(const AttributeListType& current, const AttributeListType& changes);
// Sets attribute `name` to `value`, adding it at the end when absent.
void SetAttribute(AttributeListType& attributes, const std::string& name, const std::string& value);
// How a request's username becomes the canonical username and attributes
// in `pool`: in pools with UsernameAttributes the username is an email or
// phone number stored as that attribute, and the canonical username is the
// sub; elsewhere the username must not look like an alias.
StatusOr<NewUser> ResolveNewUsername(const PoolRecord& pool, const std::string& username,
                                     AttributeListType attributes);
// The status's name, e.g. "RESET_REQUIRED".
std::string StatusName(UserStatusType status);

// The empty response of an operation whose only outcome is `status`.
template <typename Response>
StatusOr<Response> ResponseOf(Status status) {
  if (!status.ok()) return status;
  return Response{};
}

// A message's texts on their way from the template to the outbox.
struct MessageTexts {
  std::string body;
  std::optional<std::string> subject;  // email only
};

// Whether the delivery configuration lets a message go: `failure` is the
// error the operation fails with; else `dropped` says why the message
// silently never arrived (the call still succeeds), or it is sent.
struct DeliveryVerdict {
  Status failure;
  std::optional<std::string> dropped;
};

// A verified contact a code can be sent to.
struct Channel {
  DeliveryMediumType medium;
  std::string attribute_name;  // "email" / "phone_number"
  std::string destination;
};

}  // namespace internal

class FakeIdentityProvider::Impl {
 public:
  explicit Impl(FakeOptions options);

  FakeOptions options;
  FakeClock clock;
  Outbox outbox;
  std::mutex mu;
  // The thread holding `mu` inside an operation, to refuse re-entry from a
  // Lambda trigger instead of deadlocking.
  std::atomic<std::thread::id> lock_owner{};
  internal::State state;
  internal::Infrastructure infrastructure;
#define COGNITO_FAKE_DECLARE_IMPL(Name) StatusOr<Name##Response> Name(const Name##Request& request);
  COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_DECLARE_IMPL)
#undef COGNITO_FAKE_DECLARE_IMPL

  // ---- app client settings (fake_pools.cc): what CreateUserPoolClient and
  // UpdateUserPoolClient check and set, with AWS's defaults for the members
  // `request` leaves out.
  template <typename Request>
  Status CheckClientSettings(const internal::PoolRecord& pool, const Request& request,
                             bool has_secret) const;
  template <typename Request>
  void ApplyClientSettings(const Request& request, Timestamp now,
                           internal::ClientRecord& client) const;

  // ---- client authentication
  // The pool and client of a client-side call, after the SECRET_HASH check:
  // FindClient, then CheckSecretHash for `username`.
  struct ClientCall {
    internal::PoolRecord* pool;
    internal::ClientRecord* client;
  };
  StatusOr<ClientCall> AuthenticateClient(const std::string& client_id,
                                          const std::optional<std::string>& secret_hash,
                                          const std::string& username);
  // `secret_hash` is nullptr when the caller sent none.
  Status CheckSecretHash(const internal::ClientRecord& client, const std::string* secret_hash,
                         const std::string& username) const;
  bool UsesPreventUserExistenceErrors(const internal::ClientRecord& client) const;

  // ---- attributes (fake_attributes.cc; new users in fake_users.cc)
  // Schema check of attributes a caller wants to set. `from_client`: the
  // attributes are written by a user through an app client (SignUp,
  // UpdateUserAttributes, the answer to NEW_PASSWORD_REQUIRED), to whom
  // developer-only attributes are read-only: NotAuthorizedException before
  // the schema's checks.
  Status CheckWritableAttributes(const internal::PoolRecord& pool,
                                 const AttributeListType& attributes, bool from_client) const;
  Status CheckRequiredAttributes(const internal::PoolRecord& pool,
                                 const AttributeListType& attributes) const;
  // AliasExistsException when an alias in `attributes` is taken by another
  // user (unless `force`, in which case the other user loses it on apply).
  Status CheckAliasConflicts(internal::PoolRecord& pool, const internal::UserRecord* self,
                             const AttributeListType& attributes, bool force);
  // Sets `attributes` on `user`, keeping indexes, `*_verified` rules and alias
  // ownership consistent. Returns the names of changed contact attributes.
  std::vector<std::string> ApplyAttributes(internal::PoolRecord& pool, internal::UserRecord& user,
                                           const AttributeListType& attributes, bool force_alias);
  // Adds a user with a new sub (also the username when `username` is
  // nullopt) and `attributes` exactly as given; keeps the indexes.
  internal::UserRecord& InsertUser(internal::PoolRecord& pool,
                                   const std::optional<std::string>& username,
                                   AttributeListType attributes, UserStatusType status,
                                   bool force_alias);
  // A new user's canonical username and attributes, after AdminCreateUser's
  // checks: the name is free, the attributes writable and complete, their
  // aliases not taken (unless `force_alias`). Takes `attributes` by value:
  // a caller that is done with them moves them in.
  StatusOr<internal::NewUser> CheckNewUser(internal::PoolRecord& pool, const std::string& username,
                                           AttributeListType attributes, bool force_alias);
  // FakeIdentityProvider::AddConfirmedUsers after its request checks.
  StatusOr<std::vector<std::string>> AddConfirmedUsers(const std::string& user_pool_id,
                                                       std::vector<TestUser>& users);
  // What AdminUpdateUserAttributes and UpdateUserAttributes share: the
  // checks, the change, and a code to each changed email / phone number the
  // pool verifies (its delivery details in `deliveries`, when given). Nothing
  // changes when it fails. `client_id` names the app client of a client's
  // call (UpdateUserAttributes), nullopt for an administrator's.
  Status UpdateAttributes(internal::PoolRecord& pool, internal::UserRecord& user,
                          const AttributeListType& attributes,
                          const std::optional<std::string>& client_id,
                          const ClientMetadataType& client_metadata,
                          std::vector<CodeDeliveryDetailsType>* deliveries);
  // What AdminDeleteUserAttributes and DeleteUserAttributes share.
  Status DeleteAttributes(internal::PoolRecord& pool, internal::UserRecord& user,
                          const std::vector<std::string>& names);
  UserType ToUserType(const internal::UserRecord& user,
                      const std::vector<std::string>& attributes_to_get = {}) const;

  // ---- passwords (fake_passwords.cc)
  // Policy and history check for a new password; `signup` picks SignUp's
  // message prefix. `check_history` only for permanent passwords.
  Status CheckNewPassword(const internal::PoolRecord& pool, const internal::UserRecord* user,
                          const std::string& password, bool signup, bool check_history) const;
  void SetPassword(internal::PoolRecord& pool, internal::UserRecord& user,
                   const std::string& password, bool permanent);
  // The answer to a code confirmation for a user the pool does not have:
  // CodeMismatchException where the client prevents user-existence errors.
  Status UnknownUserForCode(const internal::ClientRecord& client) const;
  // A code the user entered against the one sent (`user`'s `sent`):
  // LimitExceededException after `limit_per_hour` wrong codes in the last
  // hour, ExpiredCodeException without a live code, CodeMismatchException
  // for another code (counted in `wrong_codes`).
  Status CheckCode(const internal::PoolRecord& pool, internal::UserRecord& user,
                   std::optional<internal::IssuedCode> internal::UserActivity::*sent,
                   internal::RateWindow internal::UserActivity::*wrong_codes, int limit_per_hour,
                   const std::string& entered);
  // The verified channel a reset code goes to under the pool's recovery setting.
  std::optional<internal::Channel> RecoveryChannel(const internal::PoolRecord& pool,
                                                   const internal::UserRecord& user) const;
  bool RecoveryIsAdminOnly(const internal::PoolRecord& pool) const;
  // What ForgotPassword answers for a user it must not reveal (PUE ENABLED).
  CodeDeliveryDetailsType SimulatedDelivery(const internal::PoolRecord& pool,
                                            const std::string& username) const;

  // ---- codes and messages
  internal::IssuedCode IssueCode(const internal::Channel& channel, std::chrono::seconds validity);
  // Renders the message (template, then the CustomMessage trigger), checks
  // the pool's delivery configuration, records the message and returns the
  // masked delivery details. Changes nothing but the outbox and the email
  // quota, and nothing at all when it fails: call it before committing.
  StatusOr<CodeDeliveryDetailsType> Deliver(const internal::PoolRecord& pool,
                                            const internal::UserRecord& user,
                                            const internal::Channel& channel,
                                            MessageOccasion occasion, const std::string& code,
                                            const std::optional<std::string>& client_id,
                                            const ClientMetadataType& client_metadata,
                                            bool details_returned);

  // Deliver's steps (message_delivery.cc): the CustomMessage trigger's
  // texts in place of the template's, when it returns usable ones; what the
  // SMS and email configuration say (the email check counts the message
  // against the daily quota of COGNITO_DEFAULT when it lets it go).
  Status ApplyCustomMessage(const internal::PoolRecord& pool, const internal::UserRecord& user,
                            DeliveryMediumType medium, MessageOccasion occasion,
                            const std::optional<std::string>& client_id,
                            const ClientMetadataType& client_metadata,
                            internal::MessageTexts& texts);
  internal::DeliveryVerdict SmsVerdict(const UserPoolType& config,
                                       const internal::Channel& channel) const;
  internal::DeliveryVerdict EmailVerdict(const UserPoolType& config, MessageOccasion occasion);

  // Draws a code and delivers it; on failure the generator is rewound, so
  // nothing at all has changed. The caller stores the code on success.
  struct Delivery {
    internal::IssuedCode code;
    CodeDeliveryDetailsType details;
  };
  StatusOr<Delivery> IssueAndDeliver(const internal::PoolRecord& pool,
                                     const internal::UserRecord& user,
                                     const internal::Channel& channel,
                                     std::chrono::seconds validity, MessageOccasion occasion,
                                     const std::optional<std::string>& client_id,
                                     const ClientMetadataType& client_metadata,
                                     bool details_returned);

  // ---- Lambda triggers (fake_triggers.cc; PreSignUp in fake_sign_up.cc)
  // Whether the pool has a `type` trigger configured. A caller asks before
  // writing the event, which most pools (no triggers) never need.
  static bool HasTrigger(const internal::PoolRecord& pool, TriggerType type);
  // Invokes the pool's `type` trigger if it has one: nullopt when it has
  // none, else the result's `response` object (an empty object when the
  // function left it null). `request` is the event's `request` object, `default_response` its
  // `response`.
  StatusOr<std::optional<nlohmann::ordered_json>> InvokeTrigger(
      const internal::PoolRecord& pool, TriggerType type, std::string_view trigger_source,
      const std::string& user_name, const std::optional<std::string>& client_id,
      nlohmann::ordered_json request, nlohmann::ordered_json default_response);
  // What the PreSignUp trigger decides for a sign-up (all false without
  // the trigger); its failure refuses the sign-up.
  struct PreSignUpVerdict {
    bool auto_confirm = false;
    bool auto_verify_email = false;
    bool auto_verify_phone = false;
  };
  StatusOr<PreSignUpVerdict> PreSignUp(const internal::PoolRecord& pool,
                                       const SignUpRequest& request, const internal::NewUser& user);
  // Confirms `user` (CONFIRMED), then runs the PostConfirmation trigger: a
  // trigger's failure is reported but does not undo the confirmation [I].
  Status ConfirmUser(const internal::PoolRecord& pool, internal::UserRecord& user,
                     std::string_view trigger_source, const std::optional<std::string>& client_id,
                     const ClientMetadataType& client_metadata);
  // The UserMigration trigger for a user the pool does not know: nullptr
  // when the pool has no such trigger or the function does not return the
  // user; else the user it creates (attributes from the function's
  // response, `finalUserStatus` or `default_status`, `password` if given).
  StatusOr<internal::UserRecord*> MigrateUser(internal::PoolRecord& pool,
                                              const std::string& username,
                                              const std::optional<std::string>& password,
                                              std::string_view trigger_source,
                                              const std::optional<std::string>& client_id,
                                              const ClientMetadataType& client_metadata,
                                              UserStatusType default_status);
  // The event's `request.userAttributes` for `user` (attributes plus
  // `cognito:user_status`), as a JSON object.
  nlohmann::ordered_json UserAttributesJson(const internal::UserRecord& user) const;

  // ---- sign-in (fake_auth.cc)
  // Where a flow writes its outcome: the members every auth response has,
  // in the response the operation returns (a sign-in's tokens were moved
  // four times on their way through an outcome of their own). Passed by
  // value: it is four references. A flow that fails writes nothing the
  // caller returns.
  struct AuthOutcome {
    template <typename Response>
    explicit AuthOutcome(Response& response)
        : challenge_name(response.challenge_name),
          session(response.session),
          challenge_parameters(response.challenge_parameters),
          authentication_result(response.authentication_result) {}
    std::optional<ChallengeNameType>& challenge_name;
    std::optional<std::string>& session;
    std::map<std::string, std::string>& challenge_parameters;
    std::optional<AuthenticationResultType>& authentication_result;
  };
  // PasswordAuth's steps: the user a sign-in names (or the UserMigration
  // trigger's; UserNotFoundException, or NotAuthorizedException where the
  // client prevents user-existence errors); the password against the
  // user's state, with the lockout; the NEW_PASSWORD_REQUIRED challenge of a
  // user with a temporary password.
  StatusOr<internal::UserRecord*> SignInUser(internal::PoolRecord& pool,
                                             const internal::ClientRecord& client,
                                             const std::string& username,
                                             const std::string& password);
  Status CheckPassword(const internal::PoolRecord& pool, internal::UserRecord& user,
                       const std::string& password);
  // CheckPassword's steps, shared with USER_SRP_AUTH: the lockout and a
  // disabled user (before anything is proven); a failed proof, counted
  // towards the lockout (always NotAuthorizedException "Incorrect username
  // or password."); and what a proven user's status still refuses
  // (UserNotConfirmedException), the lockout record cleared.
  Status CheckSignInAllowed(const internal::PoolRecord& pool, internal::UserRecord& user);
  Status RecordFailedSignIn(const internal::PoolRecord& pool, internal::UserRecord& user);
  Status CheckProvenUser(const internal::PoolRecord& pool, internal::UserRecord& user);
  // USER_SRP_AUTH (fake_srp.cc): the PASSWORD_VERIFIER challenge, its
  // answer, and the salt of a user's current password.
  Status SrpAuth(internal::PoolRecord& pool, internal::ClientRecord& client,
                 const std::map<std::string, std::string>& parameters, AuthOutcome outcome);
  Status RespondPasswordVerifier(internal::PoolRecord& pool, internal::ClientRecord& client,
                                 const std::map<std::string, std::string>& responses,
                                 const ClientMetadataType& client_metadata, AuthOutcome outcome);
  std::string SrpSalt(const internal::PoolRecord& pool, const internal::UserRecord& user) const;
  Status StartNewPasswordChallenge(const internal::PoolRecord& pool,
                                   const internal::ClientRecord& client,
                                   const internal::UserRecord& user, AuthOutcome outcome);
  Status PasswordAuth(internal::PoolRecord& pool, internal::ClientRecord& client,
                      const std::map<std::string, std::string>& parameters, AuthOutcome outcome);
  Status RefreshAuth(internal::PoolRecord& pool, internal::ClientRecord& client,
                     const std::map<std::string, std::string>& parameters, AuthOutcome outcome);
  Status RespondNewPassword(internal::PoolRecord& pool, internal::ClientRecord& client,
                            const std::optional<std::string>& session,
                            const std::map<std::string, std::string>& responses,
                            const ClientMetadataType& client_metadata, AuthOutcome outcome);
  // (Admin)RespondToAuthChallenge after finding the pool and client: the
  // named challenge's answer; kUnimplemented for a challenge the fake does
  // not model (custom auth, devices, USER_AUTH's).
  Status AnswerChallenge(internal::PoolRecord& pool, internal::ClientRecord& client,
                         ChallengeNameType challenge, const std::optional<std::string>& session,
                         const std::map<std::string, std::string>& responses,
                         const ClientMetadataType& client_metadata, AuthOutcome outcome);
  // Starts a session for `user` signing in through `client` and writes its
  // ID, access and refresh tokens in `result`.
  void StartSession(internal::PoolRecord& pool, const internal::ClientRecord& client,
                    const internal::UserRecord& user, AuthenticationResultType& result);
  // Writes new ID and access tokens of the session `event_id` in `result`.
  void RefreshSession(const internal::PoolRecord& pool, const internal::ClientRecord& client,
                      const internal::UserRecord& user, const std::string& event_id,
                      const internal::SignIn& session, AuthenticationResultType& result);
  // Whether a session has ended: revoked by RevokeToken, or begun before
  // the user's sign-out or disabling.
  static bool HasEnded(const internal::SignIn& session, const internal::UserRecord& user);
  // The user of a session presented by a token, as both kinds of token check
  // it: gone (or another user by that name now) is UserNotFoundException,
  // disabled NotAuthorizedException, and a session that has ended
  // NotAuthorizedException with `revoked_message` (the token's own).
  static StatusOr<internal::UserRecord*> CheckSessionUser(internal::PoolRecord& pool,
                                                          const internal::SignIn& session,
                                                          std::string_view revoked_message);
  // An access token presented to an operation, checked as Cognito checks it
  // (docs/fidelity.md gives the order): the pool, the user and the session.
  struct AccessTokenUser {
    internal::PoolRecord* pool;
    internal::UserRecord* user;
    std::string event_id;
  };
  StatusOr<AccessTokenUser> ResolveAccessToken(const std::string& access_token);

  // MFA (fake_mfa.cc). The caller of Associate/VerifySoftwareToken, in a
  // pool whose TOTP factor is on: the user of the access token, or of the
  // MFA_SETUP challenge session (then `session` is that session, answered
  // at `setup`; unknown, used, expired or at another stage is
  // NotAuthorizedException).
  struct SoftwareTokenCall {
    internal::PoolRecord* pool;
    internal::UserRecord* user;
    internal::AuthSession* session = nullptr;
  };
  StatusOr<SoftwareTokenCall> SoftwareTokenCaller(const std::optional<std::string>& access_token,
                                                  const std::optional<std::string>& session,
                                                  internal::SoftwareTokenSetup setup);
  // Consumes an MFA_SETUP `session` and opens the next one, at `stage`, for
  // as long as the challenge's sessions last; returns its Session string.
  std::string ContinueSetup(internal::AuthSession& session, internal::SoftwareTokenSetup stage);

  // ---- MFA at sign-in (fake_mfa_sign_in.cc; mfa-behavior.md §5)
  // What follows a proven password (PasswordAuth, PASSWORD_VERIFIER, the
  // answer to NEW_PASSWORD_REQUIRED): tokens, or the MFA challenge the pool
  // and the user's factors call for. `client_metadata` goes to the
  // CustomMessage trigger of an SMS or email code (a RespondToAuthChallenge's;
  // InitiateAuth's is not forwarded).
  Status FinishSignIn(internal::PoolRecord& pool, const internal::ClientRecord& client,
                      internal::UserRecord& user, const ClientMetadataType& client_metadata,
                      AuthOutcome outcome);
  // Opens a challenge session for `user` and writes the challenge in
  // `outcome`; for SMS_MFA and EMAIL_OTP the code is sent first (to
  // `setup_email` instead of the user's email when given), and nothing
  // changes when that fails.
  Status StartMfaChallenge(internal::PoolRecord& pool, const internal::ClientRecord& client,
                           const internal::UserRecord& user, ChallengeNameType challenge,
                           std::vector<std::string> options,
                           const std::optional<std::string>& setup_email,
                           const ClientMetadataType& client_metadata, AuthOutcome outcome);
  // A challenge session of `user` signing in through `client`, started now
  // and lasting the client's AuthSessionValidity (3 minutes by default);
  // not yet open.
  internal::AuthSession NewAuthSession(const internal::PoolRecord& pool,
                                       const internal::ClientRecord& client,
                                       const internal::UserRecord& user,
                                       ChallengeNameType challenge) const;
  // Opens `session` under a new Session string (sealed with its pool,
  // client and expiry, see internal/tokens.h), to be swept when it expires;
  // returns the string.
  std::string OpenAuthSession(internal::AuthSession session);
  // The open challenge session a Session string names, as every answer
  // looks it up: unknown, an SRP SECRET_BLOCK, of another pool, or of
  // another client (`client_id`, when the call names one) is
  // NotAuthorizedException "Invalid session for the user."; then expired;
  // then used. A session already swept is answered from its seal, as it was
  // before: expired. The caller checks the challenge next.
  StatusOr<internal::AuthSession*> FindAuthSession(const std::string& session_id,
                                                   const std::string* user_pool_id,
                                                   const std::string* client_id);
  // The answer to SMS_MFA, EMAIL_OTP, SOFTWARE_TOKEN_MFA, SELECT_MFA_TYPE
  // or MFA_SETUP, checked in the order of mfa-behavior.md §5.5.
  Status RespondMfa(internal::PoolRecord& pool, internal::ClientRecord& client,
                    ChallengeNameType challenge, const std::optional<std::string>& session,
                    const std::map<std::string, std::string>& responses,
                    const ClientMetadataType& client_metadata, AuthOutcome outcome);
  // Whether a reset code may not go by `medium` because the user signs in
  // with a code sent that way (mfa-behavior.md §6.2).
  bool IsMfaChannel(const internal::PoolRecord& pool, const internal::UserRecord& user,
                    DeliveryMediumType medium) const;
  // Checks and applies a (Admin)SetUserMFAPreference request to `user`.
  template <typename Request>
  Status SetMfaPreference(internal::UserRecord& user, const Request& request, bool admin);
  // The MFA members of GetUser / AdminGetUser.
  template <typename Response>
  static void DescribeUserMfa(const internal::UserRecord& user, Response& response);

  // The `iss` of pool `user_pool_id`'s tokens.
  std::string IssuerOf(const std::string& user_pool_id) const;
  // The keys a new pool signs with: the next built-in pair.
  internal::PoolKeys NextPoolKeys(const std::string& user_pool_id);

  // ---- forgetting (fake_sweep.cc; docs/fidelity.md "What the fake forgets")
  // Schedules the record `kind`/`user_pool_id`/`key` to be swept at `due`.
  void ScheduleSweep(internal::SweepKind kind, Timestamp due, std::string user_pool_id,
                     std::string key);
  // `user`'s activity record for writing. Every write of one goes through
  // here, which makes sure a sweep is scheduled for the record.
  internal::UserActivity& MutableActivity(const internal::PoolRecord& pool,
                                          internal::UserRecord& user);
  // Sweeps the records whose end has come, at most `limit` queue entries
  // (a few per operation, all of them when the clock is moved). Draws
  // nothing from the random generator and changes no answer.
  void SweepDue(std::size_t limit);
  // Rebuilds the sweep queue from the records (after an import).
  void RebuildSweepQueue();
  // Whether the sign-in a refresh token of `pool` names was swept after the
  // token expired (the caller found no such sign-in): the token's sealed
  // expiry has passed and its client still exists (a deleted client took
  // its sign-ins with it, and its tokens name nothing).
  bool WasSwept(const internal::PoolRecord& pool, const internal::RefreshRecord& record) const;

  // ---- misc
  std::string NewSub() { return state.random.Uuid4(); }
  Timestamp Now() const { return clock.Now(); }
};

namespace internal {

// The way into a fake's state for Snapshot/Restore and the state export.
// Callers hold no lock; these take it.
struct StateAccess {
  static SnapshotData Capture(FakeIdentityProvider& fake);
  // Replaces the whole state; `data`'s pools must have their indexes built.
  static void Apply(FakeIdentityProvider& fake, SnapshotData data);
};

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_FAKE_IMPL_H_
