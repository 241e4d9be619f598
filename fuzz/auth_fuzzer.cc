// libFuzzer target for authentication and IAM: the HTTP entry point,
// `WireDispatcher::Dispatch(const WireHttpRequest&)` in `WireAuthMode::
// kVerify`, and the parsers of IAM policies and IAM documents.
//
// Input, by its first line:
//   `@policy` — the rest is a policy for `IamPolicy::Parse`; a parsed one is
//               evaluated on a few actions and resources.
//   `@config` — the rest is an IAM document for `LoadIamConfig`.
//   otherwise — HTTP headers, one `Name: value` per line, up to an empty
//               line; the rest is the body. A header line `@sign KEY SECRET`
//               signs the request (SigV4, at the fake's time) with those
//               keys once the other headers are read, so seeds reach the
//               signature check and the policies. `$POOL` in the body is the
//               fixture's pool id.
//
// Fixture: one pool with alice; `AKIDROOT`/`root-secret` is the account
// root, `AKIDBACKOFFICE`/`back-office-secret` may only AdminGetUser. The
// state is rewound before every input.
//
// Invariants (abort when broken): `CheckWireResponse` on every answer; the
// same input on the same state answers byte-identically; a refused request
// (any status but 200) leaves the state as it was.

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/fake_state.h>
#include <cognito_fake/iam.h>
#include <cognito_fake/wire.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "wire/sigv4.h"

namespace cognito_fake {
namespace fuzz {
namespace {

struct Fixture : FuzzFixture {
  Fixture() : FuzzFixture(/*seed=*/9) {
    MustAddConfirmedUser(fake, pool, "alice");
    const Status loaded = LoadIamConfig(iam, R"({"Identities": [
        {"AccessKeyId": "AKIDROOT", "SecretAccessKey": "root-secret",
         "Principal": "arn:aws:iam::123456789012:root"},
        {"AccessKeyId": "AKIDBACKOFFICE", "SecretAccessKey": "back-office-secret",
         "Principal": "arn:aws:iam::123456789012:user/back-office",
         "Policies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
             "Action": "cognito-idp:AdminGetUser", "Resource": "*"}]}]}]})");
    FUZZ_CHECK(loaded.ok(), "fixture: " + loaded.message());
    snapshot = fake.Snapshot();
    baseline = ExportState(fake);
  }
  IamRegistry iam;
  std::string baseline;  // the snapshot's state document
};

void FuzzPolicy(std::string_view text) {
  const StatusOr<IamPolicy> policy = IamPolicy::Parse(text);
  if (!policy.ok()) {
    FUZZ_CHECK(policy.status().code() == ErrorCode::kInvalidParameter, policy.status().message());
    return;
  }
  for (const char* action : {"cognito-idp:AdminResetUserPassword", "cognito-idp:ListUserPools"}) {
    for (const char* resource :
         {"*", "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AAAAAAAAA"}) {
      policy->Evaluate(action, resource);
    }
  }
}

WireResponse DispatchFromSnapshot(Fixture& fixture, const WireHttpRequest& request) {
  fixture.fake.Restore(fixture.snapshot);
  WireOptions options;
  options.auth = WireAuthMode::kVerify;
  options.iam = &fixture.iam;
  options.region = "us-east-1";
  options.clock = &fixture.fake.clock();
  WireDispatcher dispatcher(fixture.fake, options);  // a fresh request-id sequence
  return dispatcher.Dispatch(request);
}

}  // namespace
}  // namespace fuzz
}  // namespace cognito_fake

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cognito_fake;        // NOLINT
  using namespace cognito_fake::fuzz;  // NOLINT
  static Fixture* const fixture = new Fixture;

  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  const std::string_view first = input.substr(0, newline);
  const std::string_view rest =
      newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);
  if (first == "@policy") {
    FuzzPolicy(rest);
    return 0;
  }
  if (first == "@config") {
    IamRegistry registry;
    const Status status = LoadIamConfig(registry, rest);
    FUZZ_CHECK(status.ok() || registry.Identities().empty(),
               "a refused IAM document added identities: " + status.message());
    return 0;
  }

  WireHttpRequest request;
  std::optional<AwsCredentials> signer;
  std::size_t at = 0;
  while (at < input.size()) {
    const std::size_t end = std::min(input.find('\n', at), input.size());
    const std::string_view line = input.substr(at, end - at);
    at = end + 1;
    if (line.empty()) break;
    if (line.rfind("@sign ", 0) == 0) {
      std::istringstream words{std::string(line.substr(6))};
      AwsCredentials keys;
      words >> keys.access_key_id >> keys.secret_access_key;
      signer = keys;
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view value = line.substr(colon + 1);
    if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    request.headers.emplace_back(std::string(line.substr(0, colon)), std::string(value));
  }
  request.body = at < input.size() ? std::string(input.substr(at)) : std::string();
  ReplaceAll(request.body, "$POOL", fixture->pool.user_pool_id);
  if (signer) {
    wire::SignRequest(request.headers, request.body, *signer, "us-east-1",
                      fixture->fake.clock().Now());
  }

  const WireResponse answer = DispatchFromSnapshot(*fixture, request);
  CheckWireResponse(answer);
  if (answer.status != 200) {
    FUZZ_CHECK(ExportState(fixture->fake) == fixture->baseline,
               "a refused request changed the state\n" + Describe(answer));
  }
  const WireResponse again = DispatchFromSnapshot(*fixture, request);
  FUZZ_CHECK(
      answer.status == again.status && answer.body == again.body && answer.headers == again.headers,
      "the same request on the same state answered differently\n" + Describe(answer) + "\n---\n" +
          Describe(again));
  return 0;
}
