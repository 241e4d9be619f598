// Throughput of the same calls in-process, through the wire dispatcher, and
// over HTTP to the loopback endpoint with a kept-alive connection.
//
//   cmake --preset release && cmake --build --preset release --target endpoint_bench
//   build/release/bench/endpoint_bench

#include <benchmark/benchmark.h>
#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/loopback_server.h>
#include <cognito_fake/wire.h>
#include <cognito_fake/wire_client.h>

#include <memory>
#include <string>

#include "population.h"

namespace cognito_fake {
namespace {

using Fixture = bench::Population;

enum Route { kDirect = 0, kDispatcher = 1, kHttp = 2 };

// Runs `call(provider)` over the route in state.range(0).
template <typename Call>
void RunOverRoute(benchmark::State& state, Fixture& fixture, Call call) {
  std::unique_ptr<WireDispatcher> dispatcher;
  std::unique_ptr<LoopbackServer> server;
  std::unique_ptr<WireClient> client;
  IdentityProvider* provider = &fixture.fake;
  if (state.range(0) == kDispatcher) {
    dispatcher = std::make_unique<WireDispatcher>(fixture.fake);
    client = std::make_unique<WireClient>(InProcessTransport(*dispatcher));
    provider = client.get();
  } else if (state.range(0) == kHttp) {
    server = LoopbackServer::Start(fixture.fake).value();
    client = std::make_unique<WireClient>(HttpTransport(server->url()));
    provider = client.get();
  }
  for (auto _ : state) {
    if (!call(*provider)) {
      state.SkipWithError("call failed");
      break;
    }
  }
  state.SetItemsProcessed(state.iterations());
  state.SetLabel(state.range(0) == kDirect       ? "in-process"
                 : state.range(0) == kDispatcher ? "dispatcher"
                                                 : "http");
}

void BM_AdminGetUser(benchmark::State& state) {
  Fixture fixture(1000);
  int i = 0;
  RunOverRoute(state, fixture, [&](IdentityProvider& cognito) {
    return cognito.AdminGetUser({fixture.pool.user_pool_id, fixture.names[i++ % 1000]}).ok();
  });
}
BENCHMARK(BM_AdminGetUser)->Arg(kDirect)->Arg(kDispatcher)->Arg(kHttp)->UseRealTime();

void BM_AdminResetUserPassword(benchmark::State& state) {
  Fixture fixture(1000);
  int i = 0;
  RunOverRoute(state, fixture, [&](IdentityProvider& cognito) {
    // The outbox is cleared every pass over the pool (1 000 calls), inside
    // the timing: a few nanoseconds a call.
    if (i % 1000 == 0) fixture.NextPass();
    return cognito
        .AdminResetUserPassword({fixture.pool.user_pool_id, fixture.names[i++ % 1000], {}})
        .ok();
  });
}
BENCHMARK(BM_AdminResetUserPassword)->Arg(kDirect)->Arg(kDispatcher)->Arg(kHttp)->UseRealTime();

}  // namespace
}  // namespace cognito_fake

BENCHMARK_MAIN();
