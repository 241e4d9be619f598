// Cost of rewinding a fake to a fixture: Snapshot() and Restore() in-process,
// and the JSON export/import of the same state.
//
//   build/release/bench/state_bench

#include <benchmark/benchmark.h>
#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/fake_state.h>

#include <cstdint>
#include <string>

namespace cognito_fake {
namespace {

// One pool, one client and `users` confirmed users user<i>.
TestPool Populate(FakeIdentityProvider& fake, int users) {
  const TestPool pool = fake.CreateUserPoolForTest().value();
  for (int i = 0; i < users; ++i) {
    const std::string name = "user" + std::to_string(i);
    fake.AddConfirmedUser(pool, name, "Passw0rd!", {{"email", name + "@example.com"}}).value();
  }
  return pool;
}

void BM_SnapshotAndRestore(benchmark::State& state) {
  FakeIdentityProvider fake;
  Populate(fake, static_cast<int>(state.range(0)));
  for (auto _ : state) {
    const FakeSnapshot snapshot = fake.Snapshot();
    fake.Restore(snapshot);
  }
}
BENCHMARK(BM_SnapshotAndRestore)->Arg(1)->Arg(10)->Arg(1000);

void BM_Restore(benchmark::State& state) {
  FakeIdentityProvider fake;
  Populate(fake, static_cast<int>(state.range(0)));
  const FakeSnapshot snapshot = fake.Snapshot();
  for (auto _ : state) fake.Restore(snapshot);
}
BENCHMARK(BM_Restore)->Arg(1)->Arg(10)->Arg(1000);

void BM_ExportImport(benchmark::State& state) {
  FakeIdentityProvider fake;
  Populate(fake, static_cast<int>(state.range(0)));
  for (auto _ : state) {
    const std::string json = ExportState(fake);
    benchmark::DoNotOptimize(ImportState(fake, json));
  }
}
BENCHMARK(BM_ExportImport)->Arg(1)->Arg(10)->Arg(1000);

// Snapshot() + Restore() of a fake with 10 users after state.range(0)
// sign-ins: tokens are not state, so the cost does not grow with them.
void BM_SnapshotAndRestoreAfterSignIns(benchmark::State& state) {
  FakeIdentityProvider fake;
  const TestPool pool = Populate(fake, 10);
  for (std::int64_t i = 0; i < state.range(0); ++i) {
    if (!fake.SignIn(pool, "user" + std::to_string(i % 10), "Passw0rd!").ok())
      state.SkipWithError("sign-in failed");
  }
  for (auto _ : state) {
    const FakeSnapshot snapshot = fake.Snapshot();
    fake.Restore(snapshot);
  }
}
BENCHMARK(BM_SnapshotAndRestoreAfterSignIns)->Arg(0)->Arg(10'000);

}  // namespace
}  // namespace cognito_fake

BENCHMARK_MAIN();
