#include <cognito_fake/fault_plan.h>
#include <cognito_fake/loopback_server.h>
#include <cognito_fake/wire_client.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

class FaultPlan : public FakeTest {
 protected:
  FaultInjector faults_{fake_, &fake_.clock(), 1};
  ForgotPasswordRequest Forgot() { return {pool_.client_id, std::nullopt, "alice", {}}; }
};

TEST_F(FaultPlan, RulesFromJsonBehaveLikeTheirFluentTwins) {
  ASSERT_OK(LoadFaultPlan(faults_, R"({
    "rules": [
      {"name": "throttle", "operation": "ForgotPassword", "nth": 2,
       "fail": {"error": "TooManyRequestsException"}},
      {"operation": "ConfirmForgotPassword", "after": ["throttle"], "times": 1, "username": "alice",
       "fail": {"error": "InternalErrorException", "message": "boom"}},
      {"operation": "AdminGetUser", "delay_ms": 1500}
    ]})"));
  EXPECT_OK(faults_.ForgotPassword(Forgot()));
  EXPECT_STATUS(faults_.ForgotPassword(Forgot()), ErrorCode::kTooManyRequests, "Rate exceeded");
  EXPECT_STATUS(faults_.ConfirmForgotPassword(
                    {pool_.client_id, std::nullopt, "alice", "1", kNewPassword, {}}),
                ErrorCode::kInternalError, "boom");
  EXPECT_OK(faults_.AdminGetUser({pool_.user_pool_id, "alice"}));
  EXPECT_EQ(fake_.clock().Now(), FakeClock::DefaultStart() + std::chrono::milliseconds(1500));
}

TEST_F(FaultPlan, QuotasComeFromThePlan) {
  ASSERT_OK(LoadFaultPlan(faults_, R"({"quotas": {"UserAccountRecovery": 1}})"));
  EXPECT_OK(faults_.ForgotPassword(Forgot()));
  EXPECT_STATUS(faults_.ForgotPassword(Forgot()), ErrorCode::kTooManyRequests, "Rate exceeded");
}

TEST_F(FaultPlan, BadPlansAreRefusedWithReasonsAndAddNothing) {
  const std::pair<const char*, const char*> cases[] = {
      {"nonsense", "fault plan: plan: not a JSON object"},
      {R"({"rulez": []})", "fault plan: plan: unknown member \"rulez\""},
      {R"({"rules": [{"operation": "Nope", "fail": {"error": "InternalErrorException"}}]})",
       "fault plan: rule 1: unknown operation \"Nope\""},
      {R"({"rules": [{"operation": "ForgotPassword", "fail": {"error": "NoSuchException"}}]})",
       "fault plan: rule 1: unknown exception \"NoSuchException\""},
      {R"({"rules": [{"operation": "ForgotPassword", "nth": 1, "times": 2, "delay_ms": 1}]})",
       "fault plan: rule 1: use at most one of \"nth\", \"times\", \"probability\""},
      {R"({"rules": [{"operation": "ForgotPassword", "delay_ms": 1, "fail_after_call": "InternalErrorException"}]})",
       "fault plan: rule 1: give exactly one of \"fail\", \"fail_after_call\", \"delay_ms\""},
      {R"({"rules": [{"operation": "ForgotPassword", "wat": 1, "delay_ms": 1}]})",
       "fault plan: rule 1: unknown member \"wat\""},
      {R"({"quotas": {"Everything": 3}})", "fault plan: quotas: unknown category \"Everything\""},
      // Integers are range-checked, never narrowed (4294967297 is not 1).
      {R"({"rules": [{"operation": "ForgotPassword", "nth": 4294967297, "delay_ms": 1}]})",
       "fault plan: rule 1: \"nth\" must be an integer from 1 to 2147483647"},
      {R"({"rules": [{"operation": "ForgotPassword", "times": 0, "delay_ms": 1}]})",
       "fault plan: rule 1: \"times\" must be an integer from 1 to 2147483647"},
      {R"({"rules": [{"operation": "ForgotPassword", "times": 18446744073709551615, "delay_ms": 1}]})",
       "fault plan: rule 1: \"times\" must be an integer from 1 to 2147483647"},
      {R"({"quotas": {"UserAccountRecovery": 4294967296}})",
       "fault plan: quotas: \"UserAccountRecovery\" must be an integer from 0 to 2147483647"},
      // A delay is at most a day: larger ones would run the clock off its end.
      {R"({"rules": [{"operation": "AdminGetUser", "delay_ms": 86400001}]})",
       "fault plan: rule 1: \"delay_ms\" must be an integer from 0 to 86400000 (24 hours)"},
      {R"({"rules": [{"operation": "AdminGetUser", "delay_ms": 9223372036855}]})",
       "fault plan: rule 1: \"delay_ms\" must be an integer from 0 to 86400000 (24 hours)"},
  };
  for (const auto& [plan, message] : cases) {
    EXPECT_STATUS(LoadFaultPlan(faults_, plan), ErrorCode::kInvalidParameter, message) << plan;
  }
  // A plan whose second rule is illegal adds neither rule.
  const Status illegal = LoadFaultPlan(faults_, R"({"rules": [
      {"operation": "ForgotPassword", "fail": {"error": "InternalErrorException"}},
      {"operation": "AdminGetUser", "fail": {"error": "CodeMismatchException"}}]})");
  EXPECT_EQ(illegal.code(), ErrorCode::kInvalidParameter);
  EXPECT_NE(illegal.message().find("rule 2: AdminGetUser never raises CodeMismatchException"),
            std::string::npos)
      << illegal;
  EXPECT_OK(faults_.ForgotPassword(Forgot()));
}

TEST_F(FaultPlan, TheServerInstallsPlansAndShowsTheJournal) {
  LoopbackServerOptions options;
  options.faults = &faults_;
  auto server = LoopbackServer::Start(fake_, options);
  ASSERT_OK(server);
  httplib::Client http((*server)->url());
  auto put = http.Put(
      "/_cognito_fake/faults",
      R"({"rules":[{"name":"down","operation":"*","fail":{"error":"InternalErrorException"}}]})",
      "application/json");
  ASSERT_TRUE(put);
  EXPECT_EQ(put->status, 200) << put->body;
  WireClient client(HttpTransport((*server)->url()));
  EXPECT_STATUS(client.AdminGetUser({pool_.user_pool_id, "alice"}), ErrorCode::kInternalError,
                "Internal server error.");
  auto journal = http.Get("/_cognito_fake/journal");
  ASSERT_TRUE(journal);
  EXPECT_NE(journal->body.find("\"Fault\": \"down\""), std::string::npos) << journal->body;
  EXPECT_EQ(journal->get_header_value("X-Cognito-Fake-Dropped"), "0");
  faults_.SetJournalCapacity(1);
  EXPECT_STATUS(client.AdminGetUser({pool_.user_pool_id, "alice"}), ErrorCode::kInternalError,
                "Internal server error.");
  auto capped = http.Get("/_cognito_fake/journal");
  ASSERT_TRUE(capped);
  EXPECT_EQ(capped->get_header_value("X-Cognito-Fake-Dropped"), "1");
  EXPECT_EQ(http.Put("/_cognito_fake/faults", "{\"rules\": 3}", "application/json")->status, 400);
  EXPECT_EQ(http.Delete("/_cognito_fake/faults")->status, 200);
  EXPECT_OK(client.AdminGetUser({pool_.user_pool_id, "alice"}));
}

}  // namespace
}  // namespace cognito_fake
