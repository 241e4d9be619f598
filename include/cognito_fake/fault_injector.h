#ifndef COGNITO_FAKE_FAULT_INJECTOR_H_
#define COGNITO_FAKE_FAULT_INJECTOR_H_

/// @file
/// `FaultInjector`: an `IdentityProvider` that wraps another (the fake, a
/// mock, a production adapter) and makes documented Cognito exceptions
/// happen on demand, at exact points of a flow, deterministically.
///
/// ```cpp
/// FaultInjector faults(fake, &fake.clock());
/// ASSERT_TRUE(faults.Add(FaultRule::On(Operation::kForgotPassword)
///                            .Nth(2)
///                            .Fail(ErrorCode::kTooManyRequests)).ok());
/// AccountService service(faults);   // the app under test sees the faults
/// ```
///
/// **Evaluation order.** For each call, rules are considered in the order
/// they were added. A rule *matches* a call when its operation (or "any")
/// and its `When` predicate match and every rule named in `After` has
/// fired. Each matching rule counts the call; it *fires* when its schedule
/// (`Nth`, `Times`, `Always`, `WithProbability`) says so. Firing delay
/// rules advance the clock and evaluation goes on; the first firing
/// failure rule decides the outcome and later rules are not considered
/// (they do not count the call either). Quota emulation is checked after
/// all rules, just before the wrapped provider is called.
///
/// **Atomicity.** A failure injected before the call never reaches the
/// wrapped provider, so it changes no state. `FailAfterCall` rules are the
/// exception by design: the call runs, then the caller gets the error (a
/// lost response).

#include <cognito_fake/clock.h>
#include <cognito_fake/errors.h>
#include <cognito_fake/identity_provider.h>
#include <cognito_fake/operation.h>

#include <any>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace cognito_fake {

/// What a rule's `When` predicate sees of a call: the operation and the
/// identifying members of its request, where the request has them.
struct CallInfo {
  Operation operation;                      ///< The operation.
  std::optional<std::string> user_pool_id;  ///< `UserPoolId`, if the request has one.
  std::optional<std::string> client_id;     ///< `ClientId`, if the request has one.
  std::optional<std::string> username;      ///< `Username` (or `AuthParameters.USERNAME`).
  const std::any* request = nullptr;  ///< The typed request (`XRequest`), for `std::any_cast`.
};

/// One fault: where it applies, when it fires, and what it does. Built
/// fluently; install it with `FaultInjector::Add`.
class FaultRule {
 public:
  /// A rule for calls of `operation`.
  static FaultRule On(Operation operation);
  /// A rule for calls of every operation (that documents the error).
  static FaultRule OnAny();

  /// Names the rule, for `After` and the journal.
  FaultRule& Named(std::string name);
  /// Fires only for calls `predicate` accepts.
  FaultRule& When(std::function<bool(const CallInfo&)> predicate);
  /// Fires only for calls whose `Username` is `username`.
  FaultRule& WhenUsername(std::string username);
  /// Fires only once the rule named `rule_name` has fired.
  FaultRule& After(std::string rule_name);

  /// Fires on the nth matching call only (1-based).
  FaultRule& Nth(int n);
  /// Fires on the next `k` matching calls.
  FaultRule& Times(int k);
  /// Fires on every matching call (the default).
  FaultRule& Always();
  /// Fires on each matching call with probability `p`, drawn from the
  /// injector's seeded generator (reproducible).
  FaultRule& WithProbability(double p);

  /// Fails the call with `code` and AWS's usual message for it.
  FaultRule& Fail(ErrorCode code);
  /// Fails the call with `code` and `message`.
  FaultRule& Fail(ErrorCode code, std::string message);
  /// Lets the call run, then fails the response with `code` (state changes).
  FaultRule& FailAfterCall(ErrorCode code);
  /// Advances the injector's clock by `duration` (0 to kMaxDelay), then
  /// lets the call run.
  FaultRule& Delay(std::chrono::milliseconds duration);
  /// The longest Delay a rule may have: a day is already no network delay.
  static constexpr std::chrono::hours kMaxDelay{24};
  /// Allows an error the operation cannot raise (see `CanRaise`: the
  /// model never documents it, and it is no authentication error of an
  /// IAM operation).
  FaultRule& AllowUndocumented();

  /// The rule's name ("" when unnamed).
  const std::string& name() const { return name_; }

 private:
  friend class FaultInjector;
  enum class Schedule { kAlways, kNth, kTimes, kProbability };
  enum class Action { kNone, kFail, kFailAfterCall, kDelay };

  std::optional<Operation> operation_;
  std::string name_;
  std::function<bool(const CallInfo&)> predicate_;
  std::vector<std::string> after_;
  Schedule schedule_ = Schedule::kAlways;
  int count_ = 0;
  double probability_ = 1.0;
  Action action_ = Action::kNone;
  ErrorCode error_ = ErrorCode::kOk;
  std::optional<std::string> message_;
  std::chrono::milliseconds delay_{0};
  bool allow_undocumented_ = false;
};

/// One call through the injector.
struct JournalEntry {
  std::uint64_t sequence = 0;        ///< 1, 2, 3 ... per injector.
  Operation operation;               ///< The operation called.
  std::any request;                  ///< A copy of the typed request.
  Status outcome;                    ///< What the caller got (OK or the error).
  std::optional<std::string> fault;  ///< The failure rule that fired (its name, or "#<index>").
  std::vector<std::string> delays;   ///< Delay rules that fired.
  bool reached_provider = false;     ///< Whether the wrapped provider was called.
};
/// Prints `#seq Operation -> outcome [rule]`.
std::ostream& operator<<(std::ostream& os, const JournalEntry& entry);

/// Request-rate quotas as AWS applies them per category, measured on the
/// injector's clock (requests in the last second).
struct QuotaOptions {
  /// Requests per second for each category; AWS defaults.
  std::map<std::string, int> requests_per_second = {
      {"UserAuthentication", 120}, {"UserCreation", 50}, {"UserAccountRecovery", 30},
      {"UserRead", 120},           {"UserUpdate", 25},   {"UserResourceRead", 50},
      {"UserResourceUpdate", 25},  {"UserPoolRead", 15}, {"UserPoolUpdate", 15}};
};
/// The quota category of `operation` (shared/cognito-behavior.md §12).
std::string_view QuotaCategory(Operation operation);
/// AWS's message for `code` when a test does not give one.
std::string DefaultFaultMessage(ErrorCode code);

/// The decorator. Thread-safe.
class FaultInjector : public IdentityProvider {
 public:
  /// Wraps `provider` (which must outlive the injector). `clock` (may be
  /// null) is what `Delay` advances and quotas measure; `seed` drives
  /// `WithProbability`.
  explicit FaultInjector(IdentityProvider& provider, FakeClock* clock = nullptr,
                         std::uint64_t seed = 0);
  ~FaultInjector() override;

  /// Installs `rule`. Refuses (InvalidParameterException, saying why) a rule
  /// without an action, with a bad schedule, naming an unknown `After`
  /// rule, or injecting an error the operation never raises (unless
  /// `AllowUndocumented`).
  Status Add(FaultRule rule);
  /// Installs `rules` in order, all or none: the first refused rule is
  /// reported ("rule N: why") and nothing is added. `After` may name rules
  /// earlier in `rules`.
  Status AddAll(std::vector<FaultRule> rules);
  /// Removes every rule, keeps the journal.
  void ClearRules();
  /// Emulates AWS's request-rate quotas (TooManyRequestsException "Rate
  /// exceeded"); needs a clock.
  Status EmulateQuotas(QuotaOptions options = {});
  /// Stops quota emulation.
  void StopQuotas();
  /// Whether the injector has a clock (for `Delay` and quotas).
  bool has_clock() const;

  /// Every call so far, oldest first.
  std::vector<JournalEntry> journal() const;
  /// Forgets the journal.
  void ClearJournal();
  /// Keeps at most `capacity` journal entries from now on, letting the
  /// oldest go (those beyond it at once); 0, the default, keeps every
  /// entry. A long-running server caps it: each entry holds a copy of the
  /// request.
  void SetJournalCapacity(std::size_t capacity);
  /// How many entries the capacity let go, since the injector was made.
  std::uint64_t journal_dropped() const;
  /// How many times the rule named `name` fired.
  int FiredCount(const std::string& name) const;

  // BEGIN GENERATED operations (tools/generate_from_model.py; do not edit by hand)
  /// Runs the rules on `CreateUserPool`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<CreateUserPoolResponse> CreateUserPool(const CreateUserPoolRequest& request) override;
  /// Runs the rules on `DescribeUserPool`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<DescribeUserPoolResponse> DescribeUserPool(
      const DescribeUserPoolRequest& request) override;
  /// Runs the rules on `UpdateUserPool`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<UpdateUserPoolResponse> UpdateUserPool(const UpdateUserPoolRequest& request) override;
  /// Runs the rules on `ListUserPools`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<ListUserPoolsResponse> ListUserPools(const ListUserPoolsRequest& request) override;
  /// Runs the rules on `DeleteUserPool`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<DeleteUserPoolResponse> DeleteUserPool(const DeleteUserPoolRequest& request) override;
  /// Runs the rules on `CreateUserPoolClient`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<CreateUserPoolClientResponse> CreateUserPoolClient(
      const CreateUserPoolClientRequest& request) override;
  /// Runs the rules on `DescribeUserPoolClient`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<DescribeUserPoolClientResponse> DescribeUserPoolClient(
      const DescribeUserPoolClientRequest& request) override;
  /// Runs the rules on `UpdateUserPoolClient`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<UpdateUserPoolClientResponse> UpdateUserPoolClient(
      const UpdateUserPoolClientRequest& request) override;
  /// Runs the rules on `ListUserPoolClients`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<ListUserPoolClientsResponse> ListUserPoolClients(
      const ListUserPoolClientsRequest& request) override;
  /// Runs the rules on `DeleteUserPoolClient`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<DeleteUserPoolClientResponse> DeleteUserPoolClient(
      const DeleteUserPoolClientRequest& request) override;
  /// Runs the rules on `AdminCreateUser`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<AdminCreateUserResponse> AdminCreateUser(const AdminCreateUserRequest& request) override;
  /// Runs the rules on `AdminGetUser`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<AdminGetUserResponse> AdminGetUser(const AdminGetUserRequest& request) override;
  /// Runs the rules on `ListUsers`; unless one fails the call, forwards it to the wrapped provider.
  StatusOr<ListUsersResponse> ListUsers(const ListUsersRequest& request) override;
  /// Runs the rules on `AdminDeleteUser`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<AdminDeleteUserResponse> AdminDeleteUser(const AdminDeleteUserRequest& request) override;
  /// Runs the rules on `AdminDisableUser`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<AdminDisableUserResponse> AdminDisableUser(
      const AdminDisableUserRequest& request) override;
  /// Runs the rules on `AdminEnableUser`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<AdminEnableUserResponse> AdminEnableUser(const AdminEnableUserRequest& request) override;
  /// Runs the rules on `AdminUpdateUserAttributes`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<AdminUpdateUserAttributesResponse> AdminUpdateUserAttributes(
      const AdminUpdateUserAttributesRequest& request) override;
  /// Runs the rules on `AdminDeleteUserAttributes`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<AdminDeleteUserAttributesResponse> AdminDeleteUserAttributes(
      const AdminDeleteUserAttributesRequest& request) override;
  /// Runs the rules on `SignUp`; unless one fails the call, forwards it to the wrapped provider.
  StatusOr<SignUpResponse> SignUp(const SignUpRequest& request) override;
  /// Runs the rules on `ConfirmSignUp`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<ConfirmSignUpResponse> ConfirmSignUp(const ConfirmSignUpRequest& request) override;
  /// Runs the rules on `AdminConfirmSignUp`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<AdminConfirmSignUpResponse> AdminConfirmSignUp(
      const AdminConfirmSignUpRequest& request) override;
  /// Runs the rules on `ResendConfirmationCode`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<ResendConfirmationCodeResponse> ResendConfirmationCode(
      const ResendConfirmationCodeRequest& request) override;
  /// Runs the rules on `AdminResetUserPassword`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<AdminResetUserPasswordResponse> AdminResetUserPassword(
      const AdminResetUserPasswordRequest& request) override;
  /// Runs the rules on `ForgotPassword`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<ForgotPasswordResponse> ForgotPassword(const ForgotPasswordRequest& request) override;
  /// Runs the rules on `ConfirmForgotPassword`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<ConfirmForgotPasswordResponse> ConfirmForgotPassword(
      const ConfirmForgotPasswordRequest& request) override;
  /// Runs the rules on `AdminSetUserPassword`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<AdminSetUserPasswordResponse> AdminSetUserPassword(
      const AdminSetUserPasswordRequest& request) override;
  /// Runs the rules on `ChangePassword`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<ChangePasswordResponse> ChangePassword(const ChangePasswordRequest& request) override;
  /// Runs the rules on `InitiateAuth`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<InitiateAuthResponse> InitiateAuth(const InitiateAuthRequest& request) override;
  /// Runs the rules on `AdminInitiateAuth`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<AdminInitiateAuthResponse> AdminInitiateAuth(
      const AdminInitiateAuthRequest& request) override;
  /// Runs the rules on `RespondToAuthChallenge`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<RespondToAuthChallengeResponse> RespondToAuthChallenge(
      const RespondToAuthChallengeRequest& request) override;
  /// Runs the rules on `AdminRespondToAuthChallenge`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<AdminRespondToAuthChallengeResponse> AdminRespondToAuthChallenge(
      const AdminRespondToAuthChallengeRequest& request) override;
  /// Runs the rules on `GetUser`; unless one fails the call, forwards it to the wrapped provider.
  StatusOr<GetUserResponse> GetUser(const GetUserRequest& request) override;
  /// Runs the rules on `UpdateUserAttributes`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<UpdateUserAttributesResponse> UpdateUserAttributes(
      const UpdateUserAttributesRequest& request) override;
  /// Runs the rules on `GetUserAttributeVerificationCode`; unless one fails the call, forwards it
  /// to the wrapped provider.
  StatusOr<GetUserAttributeVerificationCodeResponse> GetUserAttributeVerificationCode(
      const GetUserAttributeVerificationCodeRequest& request) override;
  /// Runs the rules on `VerifyUserAttribute`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<VerifyUserAttributeResponse> VerifyUserAttribute(
      const VerifyUserAttributeRequest& request) override;
  /// Runs the rules on `DeleteUserAttributes`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<DeleteUserAttributesResponse> DeleteUserAttributes(
      const DeleteUserAttributesRequest& request) override;
  /// Runs the rules on `DeleteUser`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<DeleteUserResponse> DeleteUser(const DeleteUserRequest& request) override;
  /// Runs the rules on `GlobalSignOut`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<GlobalSignOutResponse> GlobalSignOut(const GlobalSignOutRequest& request) override;
  /// Runs the rules on `AdminUserGlobalSignOut`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<AdminUserGlobalSignOutResponse> AdminUserGlobalSignOut(
      const AdminUserGlobalSignOutRequest& request) override;
  /// Runs the rules on `RevokeToken`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<RevokeTokenResponse> RevokeToken(const RevokeTokenRequest& request) override;
  /// Runs the rules on `CreateGroup`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<CreateGroupResponse> CreateGroup(const CreateGroupRequest& request) override;
  /// Runs the rules on `GetGroup`; unless one fails the call, forwards it to the wrapped provider.
  StatusOr<GetGroupResponse> GetGroup(const GetGroupRequest& request) override;
  /// Runs the rules on `ListGroups`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<ListGroupsResponse> ListGroups(const ListGroupsRequest& request) override;
  /// Runs the rules on `UpdateGroup`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<UpdateGroupResponse> UpdateGroup(const UpdateGroupRequest& request) override;
  /// Runs the rules on `DeleteGroup`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<DeleteGroupResponse> DeleteGroup(const DeleteGroupRequest& request) override;
  /// Runs the rules on `AdminAddUserToGroup`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<AdminAddUserToGroupResponse> AdminAddUserToGroup(
      const AdminAddUserToGroupRequest& request) override;
  /// Runs the rules on `AdminRemoveUserFromGroup`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<AdminRemoveUserFromGroupResponse> AdminRemoveUserFromGroup(
      const AdminRemoveUserFromGroupRequest& request) override;
  /// Runs the rules on `AdminListGroupsForUser`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<AdminListGroupsForUserResponse> AdminListGroupsForUser(
      const AdminListGroupsForUserRequest& request) override;
  /// Runs the rules on `ListUsersInGroup`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<ListUsersInGroupResponse> ListUsersInGroup(
      const ListUsersInGroupRequest& request) override;
  /// Runs the rules on `SetUserPoolMfaConfig`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<SetUserPoolMfaConfigResponse> SetUserPoolMfaConfig(
      const SetUserPoolMfaConfigRequest& request) override;
  /// Runs the rules on `GetUserPoolMfaConfig`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<GetUserPoolMfaConfigResponse> GetUserPoolMfaConfig(
      const GetUserPoolMfaConfigRequest& request) override;
  /// Runs the rules on `AssociateSoftwareToken`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<AssociateSoftwareTokenResponse> AssociateSoftwareToken(
      const AssociateSoftwareTokenRequest& request) override;
  /// Runs the rules on `VerifySoftwareToken`; unless one fails the call, forwards it to the wrapped
  /// provider.
  StatusOr<VerifySoftwareTokenResponse> VerifySoftwareToken(
      const VerifySoftwareTokenRequest& request) override;
  /// Runs the rules on `SetUserMFAPreference`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<SetUserMFAPreferenceResponse> SetUserMFAPreference(
      const SetUserMFAPreferenceRequest& request) override;
  /// Runs the rules on `AdminSetUserMFAPreference`; unless one fails the call, forwards it to the
  /// wrapped provider.
  StatusOr<AdminSetUserMFAPreferenceResponse> AdminSetUserMFAPreference(
      const AdminSetUserMFAPreferenceRequest& request) override;
  // END GENERATED operations

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_FAULT_INJECTOR_H_
