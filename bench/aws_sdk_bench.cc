// What an app's AdminGetUser costs through aws-sdk-cpp against the fake
// in-process (docs/performance.md, "aws-sdk-cpp"), beside the same call made
// directly, through the wire in-process, and over HTTP to the loopback
// server. The SDK here is built without an HTTP client of its own
// (scripts/build_aws_sdk.sh), so the loopback row uses cognito_fake's
// WireClient over cpp-httplib, a keep-alive connection like the SDK's.

#include <aws/cognito-idp/CognitoIdentityProviderClient.h>
#include <aws/cognito-idp/model/AdminGetUserRequest.h>
#include <aws/core/auth/AWSCredentialsProvider.h>
#include <benchmark/benchmark.h>
#include <cognito_fake/aws_sdk/identity_provider.h>
#include <cognito_fake/aws_sdk/in_process.h>
#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/loopback_server.h>
#include <cognito_fake/wire.h>
#include <cognito_fake/wire_client.h>

#include <memory>

namespace cognito_fake {
namespace {

struct Fixture {
  Fixture() : fake(FakeOptions().WithSeed(1)), pool(fake.CreateUserPoolForTest().value()) {
    fake.AddConfirmedUser(pool, "alice", "Passw0rd!", {{"email", "alice@example.com"}}).value();
  }
  FakeIdentityProvider fake;
  TestPool pool;
};

void Check(benchmark::State& state, bool ok) {
  if (!ok) state.SkipWithError("AdminGetUser failed");
}

void BM_AdminGetUser_Direct(benchmark::State& state) {
  Fixture f;
  for (auto _ : state) Check(state, f.fake.AdminGetUser({f.pool.user_pool_id, "alice"}).ok());
}
BENCHMARK(BM_AdminGetUser_Direct);

void BM_AdminGetUser_WireClientInProcess(benchmark::State& state) {
  Fixture f;
  WireDispatcher dispatcher(f.fake);
  WireClient client(InProcessTransport(dispatcher));
  for (auto _ : state) Check(state, client.AdminGetUser({f.pool.user_pool_id, "alice"}).ok());
}
BENCHMARK(BM_AdminGetUser_WireClientInProcess);

void BM_AdminGetUser_SdkClientInProcess(benchmark::State& state) {
  Fixture f;
  aws_sdk::InProcessEndpoint endpoint(f.fake);
  Aws::CognitoIdentityProvider::CognitoIdentityProviderClient client(
      endpoint.Credentials(), endpoint.ClientConfiguration());
  Aws::CognitoIdentityProvider::Model::AdminGetUserRequest request;
  request.SetUserPoolId(f.pool.user_pool_id.c_str());
  request.SetUsername("alice");
  for (auto _ : state) Check(state, client.AdminGetUser(request).IsSuccess());
}
BENCHMARK(BM_AdminGetUser_SdkClientInProcess);

void BM_AdminGetUser_AwsSdkIdentityProviderInProcess(benchmark::State& state) {
  Fixture f;
  aws_sdk::InProcessEndpoint endpoint(f.fake);
  aws_sdk::AwsSdkIdentityProvider cognito(Aws::MakeShared<Aws::Auth::SimpleAWSCredentialsProvider>(
                                              "bench", aws_sdk::InProcessEndpoint::Credentials()),
                                          endpoint.ClientConfiguration());
  for (auto _ : state) Check(state, cognito.AdminGetUser({f.pool.user_pool_id, "alice"}).ok());
}
BENCHMARK(BM_AdminGetUser_AwsSdkIdentityProviderInProcess);

void BM_AdminGetUser_WireClientOverLoopbackHttp(benchmark::State& state) {
  Fixture f;
  auto server = LoopbackServer::Start(f.fake).value();
  WireClient client(HttpTransport(server->url()));
  for (auto _ : state) Check(state, client.AdminGetUser({f.pool.user_pool_id, "alice"}).ok());
}
BENCHMARK(BM_AdminGetUser_WireClientOverLoopbackHttp);

}  // namespace
}  // namespace cognito_fake

int main(int argc, char** argv) {
  cognito_fake::aws_sdk::AwsSdkApi sdk;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
