// libFuzzer target for the AWS JSON 1.1 entry point,
// `WireDispatcher::Dispatch(target, body)`, over a `FakeIdentityProvider`.
//
// Input: the first line names the operation (`ForgotPassword`, or a whole
// `X-Amz-Target` when it contains a dot); the rest is the request body. In
// the body, `$POOL`, `$CLIENT`, `$CODE`, `$SIGNUP_CODE`, `$SESSION`,
// `$ACCESS_TOKEN`, `$ID_TOKEN` and `$REFRESH_TOKEN` stand for the fixture's
// pool id, app client id, bob's reset code, carol's sign-up code, dave's
// NEW_PASSWORD_REQUIRED session and alice's tokens, and `$ACCESS_HEADER`,
// `$ACCESS_PAYLOAD`, `$ACCESS_SIGNATURE` for the three parts of the access
// token, so seeds reach past the "no such pool" answers and forged tokens
// can be put together from genuine parts.
//
// Fixture, rewound with Restore() before every input: one pool and app
// client; alice CONFIRMED (Passw0rd!, verified email), signed in; bob RESET_REQUIRED
// with a code outstanding; carol UNCONFIRMED after SignUp; dave
// FORCE_CHANGE_PASSWORD with a session from InitiateAuth.
//
// With COGNITO_FAKE_FUZZ_PRINT=1 in the environment each request and answer
// is printed, to check what a seed reaches.
//
// Invariants (abort when broken): `CheckWireResponse` on every answer, and
// the same input on the same state gives byte-identical answers.

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/wire.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fuzz_support.h"

namespace cognito_fake {
namespace fuzz {
namespace {

using Json = nlohmann::json;

struct Fixture : FuzzFixture {
  Fixture() : FuzzFixture(/*seed=*/7) {}

  std::string reset_code;
  std::string signup_code;
  std::string session;
  std::string access_token;
  std::string id_token;
  std::string refresh_token;
};

// Dispatches `body` (a JSON object) and returns the parsed 200 answer, or
// aborts: the fixture must build.
Json MustDispatch(FakeIdentityProvider& fake, const std::string& operation, const Json& body) {
  WireDispatcher dispatcher(fake);
  const WireResponse response =
      dispatcher.Dispatch(std::string(WireDispatcher::kTargetPrefix) + operation, body.dump());
  FUZZ_CHECK(response.status == 200, "fixture: " + operation + " failed\n" + Describe(response));
  return Json::parse(response.body);
}

Fixture& TheFixture() {
  static Fixture* const fixture = [] {
    auto* f = new Fixture;
    const std::string& pool_id = f->pool.user_pool_id;
    const std::string& client_id = f->pool.client_id;
    for (const char* name : {"alice", "bob"}) MustAddConfirmedUser(f->fake, f->pool, name);
    MustDispatch(f->fake, "AdminResetUserPassword", {{"UserPoolId", pool_id}, {"Username", "bob"}});
    f->reset_code = f->fake.LastCodeFor(pool_id, "bob").value_or("");
    MustDispatch(f->fake, "SignUp",
                 {{"ClientId", client_id},
                  {"Username", "carol"},
                  {"Password", "Passw0rd!"},
                  {"UserAttributes", {{{"Name", "email"}, {"Value", "carol@example.com"}}}}});
    f->signup_code = f->fake.LastCodeFor(pool_id, "carol").value_or("");
    MustDispatch(f->fake, "AdminCreateUser",
                 {{"UserPoolId", pool_id},
                  {"Username", "dave"},
                  {"TemporaryPassword", "Temp-Passw0rd!"},
                  {"MessageAction", "SUPPRESS"},
                  {"UserAttributes", {{{"Name", "email"}, {"Value", "dave@example.com"}}}}});
    const Json challenge =
        MustDispatch(f->fake, "InitiateAuth",
                     {{"ClientId", client_id},
                      {"AuthFlow", "USER_PASSWORD_AUTH"},
                      {"AuthParameters", {{"USERNAME", "dave"}, {"PASSWORD", "Temp-Passw0rd!"}}}});
    f->session = challenge.value("Session", "");
    auto tokens = f->fake.SignIn(f->pool, "alice", "Passw0rd!");
    FUZZ_CHECK(tokens.ok(), "fixture: SignIn: " + tokens.status().message());
    f->access_token = tokens->access_token.value_or("");
    f->id_token = tokens->id_token.value_or("");
    f->refresh_token = tokens->refresh_token.value_or("");
    FUZZ_CHECK(!f->reset_code.empty() && !f->signup_code.empty() && !f->session.empty() &&
                   !f->access_token.empty(),
               "fixture: no code, session or token");
    f->snapshot = f->fake.Snapshot();
    return f;
  }();
  return *fixture;
}

WireResponse DispatchFromSnapshot(Fixture& fixture, std::string_view target,
                                  std::string_view body) {
  fixture.fake.Restore(fixture.snapshot);
  WireDispatcher dispatcher(fixture.fake);  // a fresh request-id sequence
  return dispatcher.Dispatch(target, body);
}

}  // namespace
}  // namespace fuzz
}  // namespace cognito_fake

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cognito_fake;        // NOLINT
  using namespace cognito_fake::fuzz;  // NOLINT
  Fixture& fixture = TheFixture();

  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  const std::string_view line = input.substr(0, newline);
  std::string body(newline == std::string_view::npos ? std::string_view()
                                                     : input.substr(newline + 1));
  const std::string target = line.find('.') != std::string_view::npos
                                 ? std::string(line)
                                 : std::string(WireDispatcher::kTargetPrefix) + std::string(line);
  ReplaceAll(body, "$POOL", fixture.pool.user_pool_id);
  ReplaceAll(body, "$CLIENT", fixture.pool.client_id);
  ReplaceAll(body, "$CODE", fixture.reset_code);
  ReplaceAll(body, "$SIGNUP_CODE", fixture.signup_code);
  ReplaceAll(body, "$SESSION", fixture.session);
  ReplaceAll(body, "$ACCESS_TOKEN", fixture.access_token);
  ReplaceAll(body, "$ID_TOKEN", fixture.id_token);
  ReplaceAll(body, "$REFRESH_TOKEN", fixture.refresh_token);
  const std::string& access = fixture.access_token;
  const std::size_t first_dot = access.find('.');
  const std::size_t last_dot = access.rfind('.');
  ReplaceAll(body, "$ACCESS_HEADER", access.substr(0, first_dot));
  ReplaceAll(body, "$ACCESS_PAYLOAD", access.substr(first_dot + 1, last_dot - first_dot - 1));
  ReplaceAll(body, "$ACCESS_SIGNATURE", access.substr(last_dot + 1));

  const WireResponse first = DispatchFromSnapshot(fixture, target, body);
  static const bool print = std::getenv("COGNITO_FAKE_FUZZ_PRINT") != nullptr;
  if (print)
    std::fprintf(stderr, "%s %s\n%s\n\n", target.c_str(), body.c_str(), Describe(first).c_str());
  CheckWireResponse(first);
  const WireResponse second = DispatchFromSnapshot(fixture, target, body);
  FUZZ_CHECK(
      first.status == second.status && first.body == second.body && first.headers == second.headers,
      "the same request on the same state answered differently\n" + Describe(first) + "\n---\n" +
          Describe(second));
  return 0;
}
