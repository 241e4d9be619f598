#include <cognito_fake/fault_injector.h>

#include <deque>
#include <set>
#include <sstream>
#include <type_traits>

#include "internal/messages.h"
#include "internal/operation_list.h"
#include "internal/random.h"

namespace cognito_fake {
namespace {

// ------------------------------------------------ what a request names

template <typename T, typename = void>
struct HasUserPoolId : std::false_type {};
template <typename T>
struct HasUserPoolId<T, std::void_t<decltype(std::declval<T>().user_pool_id)>> : std::true_type {};
template <typename T, typename = void>
struct HasClientId : std::false_type {};
template <typename T>
struct HasClientId<T, std::void_t<decltype(std::declval<T>().client_id)>> : std::true_type {};
template <typename T, typename = void>
struct HasUsername : std::false_type {};
template <typename T>
struct HasUsername<T, std::void_t<decltype(std::declval<T>().username)>> : std::true_type {};
template <typename T, typename = void>
struct HasAuthParameters : std::false_type {};
template <typename T>
struct HasAuthParameters<T, std::void_t<decltype(std::declval<T>().auth_parameters)>>
    : std::true_type {};
template <typename T, typename = void>
struct HasChallengeResponses : std::false_type {};
template <typename T>
struct HasChallengeResponses<T, std::void_t<decltype(std::declval<T>().challenge_responses)>>
    : std::true_type {};

template <typename Request>
CallInfo DescribeCall(Operation operation, const Request& request, const std::any* stored) {
  CallInfo info{operation, std::nullopt, std::nullopt, std::nullopt, stored};
  if constexpr (HasUserPoolId<Request>::value) info.user_pool_id = request.user_pool_id;
  if constexpr (HasClientId<Request>::value) info.client_id = request.client_id;
  if constexpr (HasUsername<Request>::value) info.username = request.username;
  if constexpr (HasAuthParameters<Request>::value) {
    if (auto found = request.auth_parameters.find("USERNAME");
        found != request.auth_parameters.end()) {
      info.username = found->second;
    }
  }
  if constexpr (HasChallengeResponses<Request>::value) {
    if (auto found = request.challenge_responses.find("USERNAME");
        found != request.challenge_responses.end()) {
      info.username = found->second;
    }
  }
  return info;
}

std::string DocumentedList(Operation operation) {
  std::string list;
  for (ErrorCode code : OperationInfoFor(operation).documented_errors) {
    list += (list.empty() ? "" : ", ") + std::string(ErrorInfoFor(code).name);
  }
  return list;
}

Status RuleError(const std::string& message) {
  return Status(ErrorCode::kInvalidParameter, "FaultInjector: " + message);
}

}  // namespace

std::string DefaultFaultMessage(ErrorCode code) {
  switch (code) {
    case ErrorCode::kTooManyRequests:
      return std::string(internal::msg::kRateExceeded);
    case ErrorCode::kInternalError:
      return "Internal server error.";
    case ErrorCode::kLimitExceeded:
      return "Attempt limit exceeded, please try after some time.";
    case ErrorCode::kCodeMismatch:
      return "Invalid verification code provided, please try again.";
    case ErrorCode::kExpiredCode:
      return "Invalid code provided, please request a code again.";
    case ErrorCode::kNotAuthorized:
      return "Incorrect username or password.";
    case ErrorCode::kUserNotFound:
      return "User does not exist.";
    case ErrorCode::kUserNotConfirmed:
      return "User is not confirmed.";
    case ErrorCode::kPasswordResetRequired:
      return "Password reset required for the user";
    case ErrorCode::kInvalidPassword:
      return "Password does not conform to policy: Password not long enough";
    case ErrorCode::kUsernameExists:
      return "User already exists";
    case ErrorCode::kAliasExists:
      return "An account with the given email already exists.";
    case ErrorCode::kUserLambdaValidation:
      return "CustomMessage failed with error Injected fault.";
    case ErrorCode::kUnexpectedLambda:
      return "CustomMessage invocation failed due to error Socket timeout while invoking Lambda "
             "function.";
    case ErrorCode::kInvalidLambdaResponse:
      return "Unrecognizable lambda output";
    case ErrorCode::kInvalidSmsRoleAccessPolicy:
      return "Role does not have permission to publish with SNS";
    case ErrorCode::kInvalidSmsRoleTrustRelationship:
      return "Role does not have a trust relationship allowing Cognito to assume the role";
    case ErrorCode::kInvalidEmailRoleAccessPolicy:
      return "Cognito is not allowed to use your email identity.";
    case ErrorCode::kCodeDeliveryFailure:
      return "Invalid email provided/Unable to send the email";
    case ErrorCode::kInvalidParameter:
      return "Invalid parameter";
    case ErrorCode::kResourceNotFound:
      return "Resource not found";
    default: {
      std::string name(ErrorInfoFor(code).name);
      const std::string suffix = "Exception";
      if (name.size() > suffix.size() &&
          name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
        name.resize(name.size() - suffix.size());
      }
      return name;
    }
  }
}

std::string_view QuotaCategory(Operation operation) {
  switch (operation) {
    case Operation::kInitiateAuth:
    case Operation::kAdminInitiateAuth:
    case Operation::kRespondToAuthChallenge:
    case Operation::kAdminRespondToAuthChallenge:
    // Authenticator-app set-up is part of signing in (MFA_SETUP) [I].
    case Operation::kAssociateSoftwareToken:
    case Operation::kVerifySoftwareToken:
      return "UserAuthentication";
    case Operation::kSignUp:
    case Operation::kConfirmSignUp:
    case Operation::kAdminCreateUser:
    case Operation::kAdminConfirmSignUp:
      return "UserCreation";
    case Operation::kForgotPassword:
    case Operation::kConfirmForgotPassword:
    case Operation::kAdminResetUserPassword:
    case Operation::kChangePassword:
    case Operation::kAdminSetUserPassword:
      return "UserAccountRecovery";
    case Operation::kAdminGetUser:
    case Operation::kGetUser:
      return "UserRead";
    // The session's operations [I: AWS names GetUser and UpdateUserAttributes
    // as user-profile reads and writes; sign-outs and revocation by analogy].
    case Operation::kUpdateUserAttributes:
    case Operation::kGetUserAttributeVerificationCode:
    case Operation::kVerifyUserAttribute:
    case Operation::kDeleteUserAttributes:
    case Operation::kDeleteUser:
    case Operation::kGlobalSignOut:
    case Operation::kAdminUserGlobalSignOut:
    case Operation::kRevokeToken:
    case Operation::kAdminUpdateUserAttributes:
    case Operation::kAdminDeleteUserAttributes:
    case Operation::kAdminDisableUser:
    case Operation::kAdminEnableUser:
    case Operation::kAdminDeleteUser:
    case Operation::kResendConfirmationCode:
    case Operation::kSetUserMFAPreference:
    case Operation::kAdminSetUserMFAPreference:
      return "UserUpdate";
    case Operation::kAdminAddUserToGroup:
    case Operation::kAdminRemoveUserFromGroup:
      return "UserUpdate";
    // Groups [I: AWS names groups among the "user resources"].
    case Operation::kGetGroup:
    case Operation::kListGroups:
    case Operation::kAdminListGroupsForUser:
    case Operation::kListUsersInGroup:
    case Operation::kListUsers:
      return "UserResourceRead";
    case Operation::kCreateGroup:
    case Operation::kUpdateGroup:
    case Operation::kDeleteGroup:
      return "UserResourceUpdate";
    case Operation::kDescribeUserPool:
    case Operation::kDescribeUserPoolClient:
    case Operation::kListUserPools:
    case Operation::kListUserPoolClients:
    case Operation::kGetUserPoolMfaConfig:
      return "UserPoolRead";
    case Operation::kCreateUserPool:
    case Operation::kUpdateUserPool:
    case Operation::kDeleteUserPool:
    case Operation::kCreateUserPoolClient:
    case Operation::kUpdateUserPoolClient:
    case Operation::kDeleteUserPoolClient:
    case Operation::kSetUserPoolMfaConfig:
      return "UserPoolUpdate";
  }
  return "UserRead";
}

// --------------------------------------------------------- FaultInjector

class FaultInjector::Impl {
 public:
  Impl(IdentityProvider& provider, FakeClock* clock, std::uint64_t seed)
      : provider_(provider), clock_(clock), random_(seed) {}

  Status Add(FaultRule rule) {
    std::vector<FaultRule> rules;
    rules.push_back(std::move(rule));
    return AddAll(std::move(rules));
  }

  // Checks every rule, then installs all or none.
  Status AddAll(std::vector<FaultRule> rules) {
    std::lock_guard<std::mutex> lock(mu_);
    std::set<std::string> names;
    for (const RuleState& state : rules_) names.insert(state.rule.name_);
    for (std::size_t i = 0; i < rules.size(); ++i) {
      Status status = Check(rules[i], names);
      if (!status.ok()) {
        if (rules.size() == 1) return status;
        return RuleError("rule " + std::to_string(i + 1) + ": " +
                         status.message().substr(std::string("FaultInjector: ").size()));
      }
      names.insert(rules[i].name_);
    }
    for (FaultRule& rule : rules) rules_.push_back(RuleState{std::move(rule), 0, 0});
    return Status();
  }

  Status Check(const FaultRule& rule, const std::set<std::string>& names) const {
    if (rule.action_ == FaultRule::Action::kNone) {
      return RuleError("the rule has no action; call Fail, FailAfterCall or Delay");
    }
    if ((rule.schedule_ == FaultRule::Schedule::kNth ||
         rule.schedule_ == FaultRule::Schedule::kTimes) &&
        rule.count_ < 1) {
      return RuleError("Nth and Times take a count of at least 1");
    }
    if (rule.schedule_ == FaultRule::Schedule::kProbability &&
        !(rule.probability_ >= 0.0 && rule.probability_ <= 1.0)) {
      return RuleError("WithProbability takes a probability between 0 and 1");
    }
    if (rule.action_ == FaultRule::Action::kDelay && clock_ == nullptr) {
      return RuleError("Delay needs the injector to have a clock");
    }
    if (rule.action_ == FaultRule::Action::kDelay &&
        (rule.delay_.count() < 0 || rule.delay_ > FaultRule::kMaxDelay)) {
      return RuleError("Delay takes from 0 to 24 hours");
    }
    for (const std::string& name : rule.after_) {
      if (names.count(name) == 0)
        return RuleError("After(\"" + name + "\") names no installed rule");
    }
    const bool fails = rule.action_ != FaultRule::Action::kDelay;
    if (fails) {
      if (rule.error_ == ErrorCode::kOk) return RuleError("Fail needs an error");
      if (rule.operation_ && !rule.allow_undocumented_ &&
          !CanRaise(*rule.operation_, rule.error_)) {
        return RuleError(std::string(ToString(*rule.operation_)) + " never raises " +
                         std::string(ErrorInfoFor(rule.error_).name) +
                         " (it documents: " + DocumentedList(*rule.operation_) +
                         "); use AllowUndocumented() to inject it anyway");
      }
      if (!rule.operation_ && !rule.allow_undocumented_) {
        bool anywhere = false;
        for (const OperationInfo& info : AllOperations()) {
          anywhere = anywhere || CanRaise(info.operation, rule.error_);
        }
        if (!anywhere) {
          return RuleError("no supported operation raises " +
                           std::string(ErrorInfoFor(rule.error_).name));
        }
      }
    }
    return Status();
  }

  void ClearRules() {
    std::lock_guard<std::mutex> lock(mu_);
    rules_.clear();
  }

  Status EmulateQuotas(QuotaOptions options) {
    std::lock_guard<std::mutex> lock(mu_);
    if (clock_ == nullptr) return RuleError("quota emulation needs the injector to have a clock");
    quotas_ = std::move(options);
    quota_calls_.clear();
    return Status();
  }
  void StopQuotas() {
    std::lock_guard<std::mutex> lock(mu_);
    quotas_.reset();
  }
  bool has_clock() const { return clock_ != nullptr; }

  std::vector<JournalEntry> journal() const {
    std::lock_guard<std::mutex> lock(mu_);
    return std::vector<JournalEntry>(journal_.begin(), journal_.end());
  }
  void SetJournalCapacity(std::size_t capacity) {
    std::lock_guard<std::mutex> lock(mu_);
    journal_capacity_ = capacity;
    TrimJournalLocked();
  }
  std::uint64_t journal_dropped() const {
    std::lock_guard<std::mutex> lock(mu_);
    return journal_dropped_;
  }
  void ClearJournal() {
    std::lock_guard<std::mutex> lock(mu_);
    journal_.clear();
  }
  int FiredCount(const std::string& name) const {
    std::lock_guard<std::mutex> lock(mu_);
    int fired = 0;
    for (const RuleState& state : rules_) {
      if (state.rule.name_ == name) fired += state.fired;
    }
    return fired;
  }

  template <typename Request, typename Response>
  StatusOr<Response> Call(Operation operation, const Request& request,
                          StatusOr<Response> (IdentityProvider::*method)(const Request&)) {
    JournalEntry entry;
    entry.operation = operation;
    entry.request = request;
    std::optional<Status> before;  // an injected failure: do not call
    std::optional<Status> after;   // a failure of the response
    {
      std::lock_guard<std::mutex> lock(mu_);
      const CallInfo call = DescribeCall(operation, request, &entry.request);
      for (std::size_t i = 0; i < rules_.size() && !before && !after; ++i) {
        RuleState& state = rules_[i];
        const FaultRule& rule = state.rule;
        if (!Matches(rule, call)) continue;
        ++state.seen;
        if (!Fires(state)) continue;
        ++state.fired;
        const std::string label = rule.name_.empty() ? "#" + std::to_string(i + 1) : rule.name_;
        switch (rule.action_) {
          case FaultRule::Action::kDelay:
            clock_->Advance(rule.delay_);
            entry.delays.push_back(label);
            break;
          case FaultRule::Action::kFail:
            before = Status(rule.error_, rule.message_.value_or(DefaultFaultMessage(rule.error_)));
            entry.fault = label;
            break;
          case FaultRule::Action::kFailAfterCall:
            after = Status(rule.error_, rule.message_.value_or(DefaultFaultMessage(rule.error_)));
            entry.fault = label;
            break;
          case FaultRule::Action::kNone:
            break;
        }
      }
      if (!before && quotas_) {
        if (auto throttled = Throttle(operation)) {
          before = *throttled;
          entry.fault = "quota:" + std::string(QuotaCategory(operation));
        }
      }
    }
    StatusOr<Response> result = before ? StatusOr<Response>(*before) : StatusOr<Response>(Status());
    if (!before) {
      entry.reached_provider = true;
      result = (provider_.*method)(request);
      if (after) result = *after;
    }
    entry.outcome = result.status();
    std::lock_guard<std::mutex> lock(mu_);
    entry.sequence = next_sequence_++;
    journal_.push_back(std::move(entry));
    TrimJournalLocked();
    return result;
  }

 private:
  struct RuleState {
    FaultRule rule;
    int seen = 0;
    int fired = 0;
  };

  bool Matches(const FaultRule& rule, const CallInfo& call) const {
    if (rule.operation_ && *rule.operation_ != call.operation) return false;
    if (!rule.operation_ && rule.action_ != FaultRule::Action::kDelay &&
        !rule.allow_undocumented_ && !CanRaise(call.operation, rule.error_)) {
      return false;
    }
    for (const std::string& name : rule.after_) {
      bool fired = false;
      for (const RuleState& other : rules_)
        fired = fired || (other.rule.name_ == name && other.fired > 0);
      if (!fired) return false;
    }
    return !rule.predicate_ || rule.predicate_(call);
  }

  bool Fires(const RuleState& state) {
    const FaultRule& rule = state.rule;
    switch (rule.schedule_) {
      case FaultRule::Schedule::kAlways:
        return true;
      case FaultRule::Schedule::kNth:
        return state.seen == rule.count_;
      case FaultRule::Schedule::kTimes:
        return state.fired < rule.count_;
      case FaultRule::Schedule::kProbability:
        return static_cast<double>(random_.Next() >> 11) * 0x1.0p-53 < rule.probability_;
    }
    return false;
  }

  std::optional<Status> Throttle(Operation operation) {
    std::string category(QuotaCategory(operation));
    const auto limit = quotas_->requests_per_second.find(category);
    if (limit == quotas_->requests_per_second.end()) return std::nullopt;
    int allowed = limit->second;
    if (operation == Operation::kRespondToAuthChallenge ||
        operation == Operation::kAdminRespondToAuthChallenge) {
      category += "/challenge";  // 3x the UserAuthentication rate [D]
      allowed *= 3;
    }
    const Timestamp now = clock_->Now();
    std::deque<Timestamp>& calls = quota_calls_[category];
    while (!calls.empty() && now - calls.front() >= std::chrono::seconds(1)) calls.pop_front();
    if (static_cast<int>(calls.size()) >= allowed) {
      return internal::msg::Error(ErrorCode::kTooManyRequests, internal::msg::kRateExceeded);
    }
    calls.push_back(now);
    return std::nullopt;
  }

  IdentityProvider& provider_;
  FakeClock* clock_;
  mutable std::mutex mu_;
  internal::Random random_;
  std::vector<RuleState> rules_;
  std::deque<JournalEntry> journal_;
  std::size_t journal_capacity_ = 0;  // 0: every entry is kept
  std::uint64_t journal_dropped_ = 0;
  std::uint64_t next_sequence_ = 1;

  // Lets the oldest entries beyond the capacity go. Needs `mu_`.
  void TrimJournalLocked() {
    if (journal_capacity_ == 0) return;
    while (journal_.size() > journal_capacity_) {
      journal_.pop_front();
      ++journal_dropped_;
    }
  }
  std::optional<QuotaOptions> quotas_;
  std::map<std::string, std::deque<Timestamp>> quota_calls_;
};

FaultInjector::FaultInjector(IdentityProvider& provider, FakeClock* clock, std::uint64_t seed)
    : impl_(std::make_unique<Impl>(provider, clock, seed)) {}
FaultInjector::~FaultInjector() = default;

Status FaultInjector::Add(FaultRule rule) { return impl_->Add(std::move(rule)); }
Status FaultInjector::AddAll(std::vector<FaultRule> rules) {
  return impl_->AddAll(std::move(rules));
}
void FaultInjector::ClearRules() { impl_->ClearRules(); }
Status FaultInjector::EmulateQuotas(QuotaOptions options) {
  return impl_->EmulateQuotas(std::move(options));
}
void FaultInjector::StopQuotas() { impl_->StopQuotas(); }
bool FaultInjector::has_clock() const { return impl_->has_clock(); }
std::vector<JournalEntry> FaultInjector::journal() const { return impl_->journal(); }
void FaultInjector::ClearJournal() { impl_->ClearJournal(); }
void FaultInjector::SetJournalCapacity(std::size_t capacity) {
  impl_->SetJournalCapacity(capacity);
}
std::uint64_t FaultInjector::journal_dropped() const { return impl_->journal_dropped(); }
int FaultInjector::FiredCount(const std::string& name) const { return impl_->FiredCount(name); }

// Every operation: the rules, then the wrapped provider.
#define COGNITO_FAKE_DEFINE_FAULT_CALL(Name)                                   \
  StatusOr<Name##Response> FaultInjector::Name(const Name##Request& request) { \
    return impl_->Call(Operation::k##Name, request, &IdentityProvider::Name);  \
  }
COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_DEFINE_FAULT_CALL)
#undef COGNITO_FAKE_DEFINE_FAULT_CALL

}  // namespace cognito_fake
