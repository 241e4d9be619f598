#include <cognito_fake/fake_state.h>
#include <cognito_fake/fault_injector.h>
#include <cognito_fake/loopback_server.h>
#include <cognito_fake/testing/matchers.h>
#include <cognito_fake/wire.h>
#include <cognito_fake/wire_client.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>
#include <map>

#include "internal/operation_list.h"
#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::StatusIs;

// Calls `operation` with a default request and returns the status.
using Caller = std::function<Status(IdentityProvider&)>;
const std::map<Operation, Caller>& Callers() {
  static const auto* callers = new std::map<Operation, Caller>{
#define COGNITO_FAKE_CALLER(Name) \
  {Operation::k##Name, [](IdentityProvider& p) { return p.Name(Name##Request{}).status(); }},
      COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_CALLER)
#undef COGNITO_FAKE_CALLER
  };
  return *callers;
}

class Faults : public FakeTest {
 protected:
  FaultInjector faults_{fake_, &fake_.clock(), /*seed=*/5};
};

TEST_F(Faults, EveryDocumentedExceptionOfEveryOperationReachesTheCallerDirectlyAndOverTheWire) {
  WireDispatcher dispatcher(faults_);
  WireClient in_process(InProcessTransport(dispatcher));
  auto server = LoopbackServer::Start(faults_);
  ASSERT_OK(server);
  WireClient over_http(HttpTransport((*server)->url()));
  ASSERT_EQ(Callers().size(), AllOperations().size());
  int injected = 0;
  for (const OperationInfo& operation : AllOperations()) {
    for (ErrorCode code : operation.documented_errors) {
      const ErrorInfo& info = ErrorInfoFor(code);
      const Status expected(code, DefaultFaultMessage(code));
      for (IdentityProvider* route :
           std::vector<IdentityProvider*>{&faults_, &in_process, &over_http}) {
        faults_.ClearRules();
        ASSERT_OK(faults_.Add(FaultRule::On(operation.operation).Times(1).Fail(code)));
        EXPECT_EQ(Callers().at(operation.operation)(*route), expected)
            << operation.name << " " << info.name;
      }
      // What an SDK sees on the wire: the status code, the type header, the
      // retryable classification of the canonical table.
      faults_.ClearRules();
      ASSERT_OK(faults_.Add(FaultRule::On(operation.operation).Times(1).Fail(code)));
      WireResponse response;
      WireClient recording([&](std::string_view target, std::string_view body) {
        response = dispatcher.Dispatch(target, body);
        return response;
      });
      Callers().at(operation.operation)(recording);
      EXPECT_EQ(response.status, info.http_status) << operation.name << " " << info.name;
      EXPECT_EQ(response.Header("x-amzn-ErrorType"), info.name);
      EXPECT_EQ(info.retryable,
                code == ErrorCode::kTooManyRequests || code == ErrorCode::kLimitExceeded);
      ++injected;
    }
  }
  EXPECT_GT(injected, 300);
}

TEST_F(Faults, AnUndocumentedExceptionIsRefusedUnlessAllowed) {
  const Status refused =
      faults_.Add(FaultRule::On(Operation::kAdminGetUser).Fail(ErrorCode::kCodeMismatch));
  EXPECT_EQ(refused.code(), ErrorCode::kInvalidParameter);
  EXPECT_EQ(
      refused.message().rfind("FaultInjector: AdminGetUser never raises CodeMismatchException (it "
                              "documents: ",
                              0),
      0u)
      << refused;
  EXPECT_OK(faults_.Add(
      FaultRule::On(Operation::kAdminGetUser).Fail(ErrorCode::kCodeMismatch).AllowUndocumented()));
  EXPECT_EQ(faults_.AdminGetUser({pool_.user_pool_id, "alice"}).status().code(),
            ErrorCode::kCodeMismatch);
}

TEST_F(Faults, CredentialFaultsFitOnlyTheOperationsThatNeedIamCredentials) {
  // An expired session token on the admin reset: what a back office on
  // temporary credentials meets (iam-behavior.md §3.1, A14).
  ASSERT_OK(faults_.Add(FaultRule::On(Operation::kAdminResetUserPassword)
                            .Times(1)
                            .Fail(ErrorCode::kExpiredToken,
                                  "The security token included in the request is expired")));
  EXPECT_THAT(
      faults_.AdminResetUserPassword({pool_.user_pool_id, "alice", {}}),
      StatusIs(ErrorCode::kExpiredToken, "The security token included in the request is expired"));
  EXPECT_OK(faults_.AdminResetUserPassword({pool_.user_pool_id, "alice", {}}));
  // ForgotPassword is public: AWS never authenticates it with IAM.
  EXPECT_THAT(faults_.Add(FaultRule::On(Operation::kForgotPassword).Fail(ErrorCode::kAccessDenied)),
              StatusIs(ErrorCode::kInvalidParameter,
                       ::testing::HasSubstr("ForgotPassword never raises AccessDeniedException")));
  EXPECT_TRUE(CanRaise(Operation::kAdminGetUser, ErrorCode::kInvalidSignature));
  EXPECT_FALSE(CanRaise(Operation::kInitiateAuth, ErrorCode::kUnrecognizedClient));
}

TEST_F(Faults, BadRulesAreRefused) {
  EXPECT_THAT(faults_.Add(FaultRule::On(Operation::kAdminGetUser)),
              StatusIs(ErrorCode::kInvalidParameter))
      << "no action";
  EXPECT_THAT(
      faults_.Add(FaultRule::On(Operation::kAdminGetUser).Nth(0).Fail(ErrorCode::kUserNotFound)),
      StatusIs(ErrorCode::kInvalidParameter));
  EXPECT_THAT(faults_.Add(FaultRule::OnAny().WithProbability(1.5).Fail(ErrorCode::kInternalError)),
              StatusIs(ErrorCode::kInvalidParameter));
  EXPECT_THAT(faults_.Add(FaultRule::OnAny().After("missing").Fail(ErrorCode::kInternalError)),
              StatusIs(ErrorCode::kInvalidParameter));
  EXPECT_OK(faults_.Add(FaultRule::OnAny().Delay(FaultRule::kMaxDelay)));
  const Status too_long =
      faults_.Add(FaultRule::OnAny().Delay(FaultRule::kMaxDelay + std::chrono::milliseconds(1)));
  EXPECT_EQ(too_long.code(), ErrorCode::kInvalidParameter);
  EXPECT_NE(too_long.message().find("Delay takes from 0 to 24 hours"), std::string::npos)
      << too_long;
  EXPECT_THAT(faults_.Add(FaultRule::OnAny().Delay(std::chrono::milliseconds(-1))),
              StatusIs(ErrorCode::kInvalidParameter));
  FaultInjector clockless(fake_);
  EXPECT_THAT(clockless.Add(FaultRule::OnAny().Delay(std::chrono::seconds(1))),
              StatusIs(ErrorCode::kInvalidParameter));
  EXPECT_THAT(clockless.EmulateQuotas(), StatusIs(ErrorCode::kInvalidParameter));
}

TEST_F(Faults, NthFailsExactlyTheNthMatchingCall) {
  ASSERT_OK(
      faults_.Add(FaultRule::On(Operation::kAdminGetUser).Nth(2).Fail(ErrorCode::kInternalError)));
  EXPECT_OK(faults_.AdminGetUser({pool_.user_pool_id, "alice"}));
  EXPECT_STATUS(faults_.AdminGetUser({pool_.user_pool_id, "alice"}), ErrorCode::kInternalError,
                "Internal server error.");
  EXPECT_OK(faults_.AdminGetUser({pool_.user_pool_id, "alice"}));
}

TEST_F(Faults, TimesFailsTheNextKCalls) {
  ASSERT_OK(faults_.Add(
      FaultRule::On(Operation::kForgotPassword).Times(2).Fail(ErrorCode::kTooManyRequests)));
  const ForgotPasswordRequest forgot{pool_.client_id, std::nullopt, "alice", {}};
  EXPECT_EQ(faults_.ForgotPassword(forgot).status().code(), ErrorCode::kTooManyRequests);
  EXPECT_EQ(faults_.ForgotPassword(forgot).status().code(), ErrorCode::kTooManyRequests);
  EXPECT_OK(faults_.ForgotPassword(forgot));
}

TEST_F(Faults, ProbabilityIsSeededAndReproducible) {
  auto pattern = [&](std::uint64_t seed) {
    FaultInjector faults(fake_, &fake_.clock(), seed);
    EXPECT_OK(faults.Add(FaultRule::On(Operation::kAdminGetUser)
                             .WithProbability(0.5)
                             .Fail(ErrorCode::kInternalError)));
    std::string out;
    for (int i = 0; i < 64; ++i)
      out += faults.AdminGetUser({pool_.user_pool_id, "alice"}).ok() ? '.' : 'X';
    return out;
  };
  const std::string first = pattern(9);
  EXPECT_EQ(pattern(9), first);
  EXPECT_NE(pattern(10), first);
  const auto failures = std::count(first.begin(), first.end(), 'X');
  EXPECT_GT(failures, 16);
  EXPECT_LT(failures, 48);
}

TEST_F(Faults, PredicatesSelectCallsByRequest) {
  fake_.AddConfirmedUser(pool_, "bob", kPassword, {{"email", "bob@example.com"}}).value();
  ASSERT_OK(faults_.Add(FaultRule::On(Operation::kAdminResetUserPassword)
                            .WhenUsername("bob")
                            .Fail(ErrorCode::kLimitExceeded)));
  EXPECT_OK(AdminReset("alice"));
  EXPECT_EQ(faults_.AdminResetUserPassword({pool_.user_pool_id, "bob", {}}).status().code(),
            ErrorCode::kLimitExceeded);
  ASSERT_OK(faults_.Add(FaultRule::OnAny()
                            .When([](const CallInfo& call) {
                              const auto* request =
                                  std::any_cast<AdminGetUserRequest>(call.request);
                              return request != nullptr && request->username == "alice";
                            })
                            .Fail(ErrorCode::kInternalError)));
  EXPECT_EQ(faults_.AdminGetUser({pool_.user_pool_id, "alice"}).status().code(),
            ErrorCode::kInternalError);
  EXPECT_OK(faults_.AdminGetUser({pool_.user_pool_id, "bob"}));
}

TEST_F(Faults, AfterWaitsForAnotherRuleToFire) {
  ASSERT_OK(faults_.Add(FaultRule::On(Operation::kForgotPassword)
                            .Named("throttled")
                            .Nth(2)
                            .Fail(ErrorCode::kTooManyRequests)));
  ASSERT_OK(faults_.Add(FaultRule::On(Operation::kConfirmForgotPassword)
                            .After("throttled")
                            .Times(1)
                            .Fail(ErrorCode::kInternalError)));
  ASSERT_OK(Forgot("alice"));
  EXPECT_EQ(faults_
                .ConfirmForgotPassword(
                    {pool_.client_id, std::nullopt, "alice", "000000", kNewPassword, {}})
                .status()
                .code(),
            ErrorCode::kCodeMismatch)
      << "the second rule is not armed yet";
  EXPECT_EQ(Forgot("alice").status().code(),
            ErrorCode::kOk);  // direct call: not through the injector
  EXPECT_EQ(faults_.ForgotPassword({pool_.client_id, std::nullopt, "alice", {}}).status().code(),
            ErrorCode::kOk);
  EXPECT_EQ(faults_.ForgotPassword({pool_.client_id, std::nullopt, "alice", {}}).status().code(),
            ErrorCode::kTooManyRequests);
  EXPECT_EQ(faults_.FiredCount("throttled"), 1);
  EXPECT_EQ(faults_
                .ConfirmForgotPassword(
                    {pool_.client_id, std::nullopt, "alice", LastCode("alice"), kNewPassword, {}})
                .status()
                .code(),
            ErrorCode::kInternalError);
}

TEST_F(Faults, DelayMovesTheClockSoCodesCanExpireMidFlow) {
  ASSERT_OK(faults_.AdminResetUserPassword({pool_.user_pool_id, "alice", {}}));
  ASSERT_OK(faults_.Add(
      FaultRule::On(Operation::kConfirmForgotPassword).Delay(std::chrono::minutes(61))));
  EXPECT_STATUS(faults_.ConfirmForgotPassword(
                    {pool_.client_id, std::nullopt, "alice", LastCode("alice"), kNewPassword, {}}),
                ErrorCode::kExpiredCode, "Invalid code provided, please request a code again.");
  EXPECT_EQ(fake_.clock().Now(), FakeClock::DefaultStart() + std::chrono::minutes(61));
}

TEST_F(Faults, TheFirstFiringFailureRuleWinsAndLaterRulesDoNotCount) {
  ASSERT_OK(faults_.Add(FaultRule::On(Operation::kAdminGetUser)
                            .Named("first")
                            .Times(1)
                            .Fail(ErrorCode::kInternalError)));
  ASSERT_OK(faults_.Add(FaultRule::On(Operation::kAdminGetUser)
                            .Named("second")
                            .Nth(1)
                            .Fail(ErrorCode::kTooManyRequests)));
  EXPECT_EQ(faults_.AdminGetUser({pool_.user_pool_id, "alice"}).status().code(),
            ErrorCode::kInternalError);
  EXPECT_EQ(faults_.AdminGetUser({pool_.user_pool_id, "alice"}).status().code(),
            ErrorCode::kTooManyRequests)
      << "`second` saw its first call only now";
  EXPECT_OK(faults_.AdminGetUser({pool_.user_pool_id, "alice"}));
}

TEST_F(Faults, AnInjectedFailureChangesNoState) {
  ASSERT_OK(faults_.Add(FaultRule::OnAny().Fail(ErrorCode::kInternalError)));
  const std::string before = ExportState(fake_);
  EXPECT_THAT(faults_.AdminResetUserPassword({pool_.user_pool_id, "alice", {}}),
              StatusIs(ErrorCode::kInternalError));
  EXPECT_THAT(faults_.AdminDeleteUser({pool_.user_pool_id, "alice"}),
              StatusIs(ErrorCode::kInternalError));
  EXPECT_THAT(faults_.ForgotPassword({pool_.client_id, std::nullopt, "alice", {}}),
              StatusIs(ErrorCode::kInternalError));
  EXPECT_EQ(ExportState(fake_), before);
}

TEST_F(Faults, FailAfterCallLetsTheCallChangeStateAndLosesTheResponse) {
  ASSERT_OK(faults_.Add(
      FaultRule::On(Operation::kAdminResetUserPassword).FailAfterCall(ErrorCode::kInternalError)));
  EXPECT_EQ(faults_.AdminResetUserPassword({pool_.user_pool_id, "alice", {}}).status().code(),
            ErrorCode::kInternalError);
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kResetRequired) << "the reset happened";
}

TEST_F(Faults, AJournalCapacityKeepsTheNewestEntriesAndCountsTheOthers) {
  faults_.SetJournalCapacity(2);
  for (const char* ticket : {"1", "2", "3"}) {
    ASSERT_OK(faults_.AdminResetUserPassword({pool_.user_pool_id, "alice", {{"ticket", ticket}}}));
  }
  const std::vector<JournalEntry> journal = faults_.journal();
  ASSERT_EQ(journal.size(), 2u);
  EXPECT_EQ(journal[0].sequence, 2u);
  EXPECT_EQ(journal[1].sequence, 3u);
  EXPECT_EQ(faults_.journal_dropped(), 1u);
  faults_.SetJournalCapacity(1);
  EXPECT_EQ(faults_.journal().size(), 1u);
  EXPECT_EQ(faults_.journal_dropped(), 2u);
}

TEST_F(Faults, TheJournalRecordsEveryCallAndWhichRuleFired) {
  ASSERT_OK(faults_.Add(FaultRule::On(Operation::kAdminResetUserPassword)
                            .Named("boom")
                            .Nth(2)
                            .Fail(ErrorCode::kInternalError)));
  ASSERT_OK(faults_.AdminResetUserPassword({pool_.user_pool_id, "alice", {{"ticket", "1"}}}));
  EXPECT_THAT(faults_.AdminResetUserPassword({pool_.user_pool_id, "alice", {{"ticket", "2"}}}),
              StatusIs(ErrorCode::kInternalError));
  const std::vector<JournalEntry> journal = faults_.journal();
  ASSERT_EQ(journal.size(), 2u);
  EXPECT_EQ(journal[0].sequence, 1u);
  EXPECT_THAT(journal[0].outcome, IsOk());
  EXPECT_TRUE(journal[0].reached_provider);
  EXPECT_FALSE(journal[0].fault);
  EXPECT_EQ(journal[1].fault, "boom");
  EXPECT_FALSE(journal[1].reached_provider);
  EXPECT_EQ(journal[1].outcome.code(), ErrorCode::kInternalError);
  EXPECT_EQ(
      std::any_cast<AdminResetUserPasswordRequest>(journal[1].request).client_metadata.at("ticket"),
      "2");
  std::ostringstream printed;
  printed << journal[1];
  EXPECT_EQ(printed.str(),
            "#2 AdminResetUserPassword -> InternalErrorException: Internal server error. [boom]");
  faults_.ClearJournal();
  EXPECT_TRUE(faults_.journal().empty());
}

TEST_F(Faults, QuotasThrottleOnTheFakeClock) {
  FakeOptions options = FakeOptions().WithSeed(2).WithStartTime(FakeClock::DefaultStart());
  options.limits.forgot_password_requests_per_hour = 1000;
  FakeIdentityProvider fake(options);
  TestPool pool = PoolWithAlice(fake);
  FaultInjector faults(fake, &fake.clock());
  QuotaOptions quotas;
  quotas.requests_per_second["UserAccountRecovery"] = 3;
  ASSERT_OK(faults.EmulateQuotas(quotas));
  const ForgotPasswordRequest forgot{pool.client_id, std::nullopt, "alice", {}};
  for (int i = 0; i < 3; ++i) ASSERT_OK(faults.ForgotPassword(forgot));
  EXPECT_STATUS(faults.ForgotPassword(forgot), ErrorCode::kTooManyRequests, "Rate exceeded");
  EXPECT_OK(faults.AdminGetUser({pool.user_pool_id, "alice"})) << "another category";
  fake.clock().Advance(std::chrono::seconds(1));
  EXPECT_OK(faults.ForgotPassword(forgot));
  EXPECT_EQ(faults.journal()[3].fault, "quota:UserAccountRecovery");
}

}  // namespace
}  // namespace cognito_fake
