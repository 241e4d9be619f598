// libFuzzer target for fault plans: `LoadFaultPlan(injector, json)`.
//
// Input: the plan text, as `PUT /_cognito_fake/faults` would receive it.
// Each input gets a fresh `FaultInjector` over a fake rewound to one
// snapshot (a pool, an app client, alice CONFIRMED with Passw0rd!); one
// input in four gets an injector without a clock, so the "needs a clock"
// refusals are reached too.
//
// After loading, one call goes through the injector (via WireDispatcher):
// the operation of the plan's first rule naming one (else one chosen by a
// hash of the input), for that rule's `username` (else alice).
//
// With COGNITO_FAKE_FUZZ_PRINT=1 in the environment each plan's outcome and
// call are printed.
//
// Invariants (abort when broken):
//  - a refused plan says InvalidParameterException "fault plan: ..." and
//    installs nothing: the call reaches the fake, no rule or quota fires,
//    no delay, and the answer and clock are exactly those of the same call
//    made on the fake directly;
//  - a loaded plan: the journal has the one call; a failure that fired
//    makes the call fail; a call kept from the fake was stopped by a rule
//    or a quota; quota refusals are TooManyRequestsException "Rate
//    exceeded"; no named rule fires more often than rules carry its name;
//  - every wire answer passes `CheckWireResponse`.

#include <cognito_fake/errors.h>
#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/fault_injector.h>
#include <cognito_fake/fault_plan.h>
#include <cognito_fake/wire.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.h"

namespace cognito_fake {
namespace fuzz {
namespace {

using Json = nlohmann::json;

using Fixture = FuzzFixture;

Fixture& TheFixture() {
  static Fixture* const fixture = [] {
    auto* f = new Fixture(/*seed=*/11);
    MustAddConfirmedUser(f->fake, f->pool, "alice");
    f->snapshot = f->fake.Snapshot();
    return f;
  }();
  return *fixture;
}

// A plausible request of `operation` for `username` in the fixture's pool.
std::string RequestBody(Operation operation, const TestPool& pool, const std::string& username) {
  const Json user_pool = pool.user_pool_id;
  const Json client = pool.client_id;
  Json body = Json::object();
  switch (operation) {
    case Operation::kCreateUserPool:
      body = {{"PoolName", "fuzz"}};
      break;
    case Operation::kDescribeUserPool:
    case Operation::kUpdateUserPool:
    case Operation::kDeleteUserPool:
    case Operation::kListUsers:
    case Operation::kListUserPoolClients:
    case Operation::kListGroups:
    case Operation::kGetUserPoolMfaConfig:
      body = {{"UserPoolId", user_pool}};
      break;
    case Operation::kSetUserPoolMfaConfig:
      body = {{"UserPoolId", user_pool},
              {"MfaConfiguration", "OPTIONAL"},
              {"SoftwareTokenMfaConfiguration", {{"Enabled", true}}}};
      break;
    case Operation::kAdminSetUserMFAPreference:
      body = {{"UserPoolId", user_pool},
              {"Username", username},
              {"SMSMfaSettings", {{"Enabled", false}}}};
      break;
    case Operation::kListUserPools:
      body = {{"MaxResults", 10}};
      break;
    case Operation::kCreateUserPoolClient:
      body = {{"UserPoolId", user_pool}, {"ClientName", "fuzz"}};
      break;
    case Operation::kDescribeUserPoolClient:
    case Operation::kUpdateUserPoolClient:
    case Operation::kDeleteUserPoolClient:
      body = {{"UserPoolId", user_pool}, {"ClientId", client}};
      break;
    case Operation::kAdminUserGlobalSignOut:
    case Operation::kAdminListGroupsForUser:
      body = {{"UserPoolId", user_pool}, {"Username", username}};
      break;
    case Operation::kCreateGroup:
    case Operation::kGetGroup:
    case Operation::kUpdateGroup:
    case Operation::kDeleteGroup:
    case Operation::kListUsersInGroup:
      body = {{"UserPoolId", user_pool}, {"GroupName", "fuzzers"}};
      break;
    case Operation::kAdminAddUserToGroup:
    case Operation::kAdminRemoveUserFromGroup:
      body = {{"UserPoolId", user_pool}, {"Username", username}, {"GroupName", "fuzzers"}};
      break;
    // The access-token operations, with a token the fake did not issue:
    // they answer NotAuthorizedException unless a rule decides otherwise.
    case Operation::kGetUser:
    case Operation::kDeleteUser:
    case Operation::kGlobalSignOut:
    case Operation::kAssociateSoftwareToken:
      body = {{"AccessToken", "not-a-token"}};
      break;
    case Operation::kVerifySoftwareToken:
      body = {{"AccessToken", "not-a-token"}, {"UserCode", "123456"}};
      break;
    case Operation::kSetUserMFAPreference:
      body = {{"AccessToken", "not-a-token"},
              {"SoftwareTokenMfaSettings", {{"Enabled", true}, {"PreferredMfa", true}}}};
      break;
    case Operation::kUpdateUserAttributes:
      body = {{"AccessToken", "not-a-token"},
              {"UserAttributes", {{{"Name", "given_name"}, {"Value", "Alice"}}}}};
      break;
    case Operation::kGetUserAttributeVerificationCode:
      body = {{"AccessToken", "not-a-token"}, {"AttributeName", "email"}};
      break;
    case Operation::kVerifyUserAttribute:
      body = {{"AccessToken", "not-a-token"}, {"AttributeName", "email"}, {"Code", "123456"}};
      break;
    case Operation::kDeleteUserAttributes:
      body = {{"AccessToken", "not-a-token"}, {"UserAttributeNames", {"given_name"}}};
      break;
    case Operation::kRevokeToken:
      body = {{"Token", "not-a-token"}, {"ClientId", client}};
      break;
    case Operation::kAdminCreateUser:
    case Operation::kAdminGetUser:
    case Operation::kAdminDeleteUser:
    case Operation::kAdminDisableUser:
    case Operation::kAdminEnableUser:
    case Operation::kAdminConfirmSignUp:
    case Operation::kAdminResetUserPassword:
      body = {{"UserPoolId", user_pool}, {"Username", username}};
      break;
    case Operation::kAdminUpdateUserAttributes:
      body = {{"UserPoolId", user_pool},
              {"Username", username},
              {"UserAttributes", {{{"Name", "given_name"}, {"Value", "Alice"}}}}};
      break;
    case Operation::kAdminDeleteUserAttributes:
      body = {{"UserPoolId", user_pool},
              {"Username", username},
              {"UserAttributeNames", {"given_name"}}};
      break;
    case Operation::kSignUp:
      body = {{"ClientId", client}, {"Username", username}, {"Password", "Passw0rd!"}};
      break;
    case Operation::kConfirmSignUp:
      body = {{"ClientId", client}, {"Username", username}, {"ConfirmationCode", "123456"}};
      break;
    case Operation::kResendConfirmationCode:
    case Operation::kForgotPassword:
      body = {{"ClientId", client}, {"Username", username}};
      break;
    case Operation::kConfirmForgotPassword:
      body = {{"ClientId", client},
              {"Username", username},
              {"ConfirmationCode", "123456"},
              {"Password", "N3w-Passw0rd!"}};
      break;
    case Operation::kAdminSetUserPassword:
      body = {{"UserPoolId", user_pool},
              {"Username", username},
              {"Password", "N3w-Passw0rd!"},
              {"Permanent", true}};
      break;
    case Operation::kChangePassword:
      body = {{"AccessToken", "not-a-token"},
              {"PreviousPassword", "Passw0rd!"},
              {"ProposedPassword", "N3w-Passw0rd!"}};
      break;
    case Operation::kInitiateAuth:
      body = {{"ClientId", client},
              {"AuthFlow", "USER_PASSWORD_AUTH"},
              {"AuthParameters", {{"USERNAME", username}, {"PASSWORD", "Passw0rd!"}}}};
      break;
    case Operation::kAdminInitiateAuth:
      body = {{"UserPoolId", user_pool},
              {"ClientId", client},
              {"AuthFlow", "ADMIN_USER_PASSWORD_AUTH"},
              {"AuthParameters", {{"USERNAME", username}, {"PASSWORD", "Passw0rd!"}}}};
      break;
    case Operation::kRespondToAuthChallenge:
      body = {{"ClientId", client},
              {"ChallengeName", "NEW_PASSWORD_REQUIRED"},
              {"Session", "no-session"},
              {"ChallengeResponses", {{"USERNAME", username}, {"NEW_PASSWORD", "N3w-Passw0rd!"}}}};
      break;
    case Operation::kAdminRespondToAuthChallenge:
      body = {{"UserPoolId", user_pool},
              {"ClientId", client},
              {"ChallengeName", "NEW_PASSWORD_REQUIRED"},
              {"Session", "no-session"},
              {"ChallengeResponses", {{"USERNAME", username}, {"NEW_PASSWORD", "N3w-Passw0rd!"}}}};
      break;
  }
  return body.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// What the fuzzer reads of the plan itself (nothing when it is not an
// object with a list of rules): the call to make and the rule names.
struct PlanFacts {
  std::optional<Operation> operation;
  std::string username = "alice";
  std::map<std::string, int> rules_named;
};

PlanFacts ReadPlan(std::string_view text) {
  PlanFacts facts;
  const Json plan = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (!plan.is_object() || !plan.contains("rules") || !plan["rules"].is_array()) return facts;
  for (const Json& rule : plan["rules"]) {
    if (!rule.is_object()) continue;
    if (const auto name = rule.find("name"); name != rule.end() && name->is_string()) {
      ++facts.rules_named[name->get<std::string>()];
    }
    const auto operation = rule.find("operation");
    if (facts.operation || operation == rule.end() || !operation->is_string()) continue;
    facts.operation = OperationFromName(operation->get<std::string>());
    if (!facts.operation) continue;
    if (const auto username = rule.find("username");
        username != rule.end() && username->is_string()) {
      facts.username = username->get<std::string>();
    }
  }
  return facts;
}

std::string Journal(const FaultInjector& injector) {
  std::string text;
  for (const JournalEntry& entry : injector.journal()) {
    text += "  #" + std::to_string(entry.sequence) + " " + std::string(ToString(entry.operation)) +
            " -> " + std::string(ErrorInfoFor(entry.outcome.code()).name) + " \"" +
            entry.outcome.message() + "\"" + " fault=" + entry.fault.value_or("-") +
            " delays=" + std::to_string(entry.delays.size()) +
            " reached_provider=" + (entry.reached_provider ? "yes" : "no") + "\n";
  }
  return text;
}

}  // namespace
}  // namespace fuzz
}  // namespace cognito_fake

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cognito_fake;        // NOLINT
  using namespace cognito_fake::fuzz;  // NOLINT
  Fixture& fixture = TheFixture();
  const std::string_view plan(reinterpret_cast<const char*>(data), size);
  const std::uint64_t hash = StableHash(plan);

  fixture.fake.Restore(fixture.snapshot);
  const bool with_clock = hash % 4 != 0;
  FaultInjector injector(fixture.fake, with_clock ? &fixture.fake.clock() : nullptr, /*seed=*/hash);
  const Status loaded = LoadFaultPlan(injector, plan);
  FUZZ_CHECK(injector.journal().empty(), "loading a plan made a call");

  const PlanFacts facts = ReadPlan(plan);
  const Operation operation =
      facts.operation.value_or(AllOperations()[(hash >> 8) % AllOperations().size()].operation);
  const std::string target =
      std::string(WireDispatcher::kTargetPrefix) + std::string(ToString(operation));
  const std::string body = RequestBody(operation, fixture.pool, facts.username);

  WireDispatcher through_injector(injector);
  const WireResponse response = through_injector.Dispatch(target, body);
  const Timestamp clock_after = fixture.fake.clock().Now();
  CheckWireResponse(response);

  // What a failure message shows; built only when needed.
  const auto context = [&] {
    return std::string(loaded.ok() ? "plan loaded" : "plan refused: " + loaded.message()) +
           "\ncall: " + target + " " + body + "\njournal:\n" + Journal(injector) + "answer:\n" +
           Describe(response);
  };
  static const bool print = std::getenv("COGNITO_FAKE_FUZZ_PRINT") != nullptr;
  if (print) std::fprintf(stderr, "%s\n\n", context().c_str());
  const std::vector<JournalEntry> journal = injector.journal();
  FUZZ_CHECK(journal.size() == 1, context());
  const JournalEntry& entry = journal.front();
  FUZZ_CHECK(entry.operation == operation, context());
  FUZZ_CHECK(entry.outcome.ok() == (response.status == 200), context());

  if (!loaded.ok()) {
    FUZZ_CHECK(loaded.code() == ErrorCode::kInvalidParameter, context());
    FUZZ_CHECK(loaded.message().rfind("fault plan: ", 0) == 0, context());
    FUZZ_CHECK(!entry.fault.has_value(), "a refused plan installed a rule or quota\n" + context());
    FUZZ_CHECK(entry.delays.empty(), "a refused plan installed a delay\n" + context());
    FUZZ_CHECK(entry.reached_provider, context());
    for (const auto& [name, count] : facts.rules_named) {
      FUZZ_CHECK(injector.FiredCount(name) == 0,
                 "a refused plan's rule \"" + name + "\" fired\n" + context());
    }
    fixture.fake.Restore(fixture.snapshot);
    WireDispatcher direct(fixture.fake);
    const WireResponse expected = direct.Dispatch(target, body);
    FUZZ_CHECK(expected.status == response.status && expected.body == response.body,
               "a refused plan changed the answer; without the injector:\n" + Describe(expected) +
                   "\n" + context());
    FUZZ_CHECK(fixture.fake.clock().Now() == clock_after,
               "a refused plan moved the clock\n" + context());
    return 0;
  }

  if (entry.fault) {
    FUZZ_CHECK(!entry.outcome.ok(), "a failure rule fired but the call succeeded\n" + context());
  }
  if (!entry.reached_provider) {
    FUZZ_CHECK(entry.fault.has_value(),
               "the call was kept from the fake without a rule\n" + context());
  }
  if (entry.fault && entry.fault->rfind("quota:", 0) == 0) {
    FUZZ_CHECK(entry.outcome.code() == ErrorCode::kTooManyRequests &&
                   entry.outcome.message() == "Rate exceeded",
               context());
  }
  for (const auto& [name, count] : facts.rules_named) {
    FUZZ_CHECK(injector.FiredCount(name) <= count,
               "rule \"" + name + "\" fired too often\n" + context());
  }
  return 0;
}
