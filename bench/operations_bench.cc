// The fake's operations under Google Benchmark, on a pool of 100 000 users:
// per-call cost, the reset flow, a fresh fake and large loads. The figures
// that are compared with moto and checked against targets come from
// bench/compare_with_moto.py (docs/performance.md); this is for profiling
// one operation in detail.
//
//   cmake --preset release && cmake --build --preset release --target operations_bench
//   build/release/bench/operations_bench --benchmark_repetitions=5
//       --benchmark_report_aggregates_only=true   (one line)
//
// Housekeeping that a benchmark needs but a call does not (draining the
// outbox, issuing the codes ConfirmForgotPassword consumes, moving the clock
// past the hourly per-user limits) runs with the timer paused, once per pass
// over the pool; the operations that send a message also drain the outbox
// every kMessagesKept calls, as a test that reads its messages does. With
// /0 they keep every message of a pass instead (100 000 of them), which
// measures the outbox's cost of holding them too.

#include <benchmark/benchmark.h>
#include <cognito_fake/fake_identity_provider.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "population.h"

namespace cognito_fake {
namespace {

using bench::kPassword;
using bench::Population;
using bench::UserName;

constexpr int kPoolUsers = 100'000;

// The pool's size: kPoolUsers, or COGNITO_FAKE_BENCH_POOL_USERS (the ctest
// smoke run uses a small pool: it checks that the benchmarks run, not how
// fast).
int PoolUsers() {
  const char* text = std::getenv("COGNITO_FAKE_BENCH_POOL_USERS");
  return text != nullptr && std::atoi(text) > 0 ? std::atoi(text) : kPoolUsers;
}

// The users a per-call benchmark cycles through: state.range(0) of the
// pool's first, all 100 000 (each call misses the caches, the worst case)
// or 16 (what a test does: a few users, hot in the caches).
std::size_t WorkingSet(const benchmark::State& state) {
  return static_cast<std::size_t>(std::min<std::int64_t>(state.range(0), PoolUsers()));
}

// The messages a benchmark of an operation that sends one lets the outbox
// hold before draining it (its second argument; 0: a whole pass's).
constexpr int kMessagesKept = 1024;

// Runs `call(name)` for user after user of the working set, calling
// `between_passes` (timer paused) each time the pass wraps around, unless
// it is nullptr, and clearing the outbox (likewise) after every
// `messages_kept` calls, unless it is 0. Pausing costs two system calls,
// which a small working set would add to what is timed, so operations with
// nothing to do between passes pass nullptr and never pause.
template <typename Call, typename BetweenPasses>
void OverThePool(benchmark::State& state, Population& population, Call call,
                 BetweenPasses between_passes, std::size_t messages_kept = 0) {
  const std::size_t users = WorkingSet(state);
  std::size_t i = 0;
  std::size_t since_drained = 0;
  for (auto _ : state) {
    if (i == users) {
      if constexpr (!std::is_null_pointer_v<BetweenPasses>) {
        state.PauseTiming();
        between_passes();
        state.ResumeTiming();
      }
      i = 0;
      since_drained = 0;
    }
    if (messages_kept != 0 && since_drained++ == messages_kept) {
      state.PauseTiming();
      population.fake.outbox().Clear();
      state.ResumeTiming();
      since_drained = 1;
    }
    if (!call(population.names[i++])) {
      state.SkipWithError("the call failed");
      break;
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  std::string label = "cycling " + std::to_string(users) + " of " +
                      std::to_string(population.names.size()) + " users";
  if (messages_kept != 0)
    label += ", the outbox drained every " + std::to_string(messages_kept) + " messages";
  state.SetLabel(label);
}

// The second argument of a benchmark of an operation that sends a message:
// kMessagesKept, or 0 for a whole pass's messages.
std::size_t MessagesKept(const benchmark::State& state) {
  return static_cast<std::size_t>(state.range(1));
}

void BM_AdminGetUser(benchmark::State& state) {
  Population population(PoolUsers());
  AdminGetUserRequest request{population.pool.user_pool_id, ""};
  OverThePool(
      state, population,
      [&](const std::string& name) {
        request.username = name;
        auto response = population.fake.AdminGetUser(request);
        benchmark::DoNotOptimize(response);
        return response.ok();
      },
      nullptr);
}
BENCHMARK(BM_AdminGetUser)->Arg(kPoolUsers)->Arg(16)->Unit(benchmark::kMicrosecond);

void BM_AdminResetUserPassword(benchmark::State& state) {
  Population population(PoolUsers());
  AdminResetUserPasswordRequest request{population.pool.user_pool_id, "", {}};
  OverThePool(
      state, population,
      [&](const std::string& name) {
        request.username = name;
        return population.fake.AdminResetUserPassword(request).ok();
      },
      [&] { population.NextPass(); }, MessagesKept(state));
}
BENCHMARK(BM_AdminResetUserPassword)
    ->Args({kPoolUsers, kMessagesKept})
    ->Args({16, kMessagesKept})
    ->Args({kPoolUsers, 0})
    ->Unit(benchmark::kMicrosecond);

void BM_ForgotPassword(benchmark::State& state) {
  Population population(PoolUsers());
  ForgotPasswordRequest request{population.pool.client_id, std::nullopt, "", {}};
  OverThePool(
      state, population,
      [&](const std::string& name) {
        request.username = name;
        auto response = population.fake.ForgotPassword(request);
        benchmark::DoNotOptimize(response);
        return response.ok();
      },
      [&] { population.NextPass(); }, MessagesKept(state));
}
BENCHMARK(BM_ForgotPassword)
    ->Args({kPoolUsers, kMessagesKept})
    ->Args({16, kMessagesKept})
    ->Args({kPoolUsers, 0})
    ->Unit(benchmark::kMicrosecond);

void BM_ConfirmForgotPassword(benchmark::State& state) {
  Population population(PoolUsers());
  std::vector<std::string> codes;  // codes[i]: user i's outstanding reset code
  int pass = 0;
  const auto issue_codes = [&] {
    population.NextPass();
    codes.clear();
    for (std::size_t u = 0; u < WorkingSet(state); ++u) {
      population.fake
          .ForgotPassword({population.pool.client_id, std::nullopt, population.names[u], {}})
          .value();
    }
    for (Message& message : population.fake.outbox().Drain())
      codes.push_back(std::move(message.code));
    ++pass;
  };
  issue_codes();
  ConfirmForgotPasswordRequest request{population.pool.client_id, std::nullopt, "", "", "", {}};
  std::size_t i = 0;
  OverThePool(
      state, population,
      [&](const std::string& name) {
        request.username = name;
        request.confirmation_code = codes[i++ % codes.size()];
        request.password = pass % 2 == 0 ? "N3w-Passw0rd!" : "Passw0rd!";
        return population.fake.ConfirmForgotPassword(request).ok();
      },
      issue_codes);
}
BENCHMARK(BM_ConfirmForgotPassword)->Arg(kPoolUsers)->Arg(16)->Unit(benchmark::kMicrosecond);

void BM_InitiateAuth(benchmark::State& state) {
  Population population(PoolUsers());
  InitiateAuthRequest request;
  request.auth_flow = AuthFlowType::kUserPasswordAuth;
  request.client_id = population.pool.client_id;
  request.auth_parameters = {{"USERNAME", ""}, {"PASSWORD", kPassword}};
  // Found once: map::operator[] on each call timed the map's lookup too.
  std::string& username = request.auth_parameters["USERNAME"];
  OverThePool(
      state, population,
      [&](const std::string& name) {
        username = name;
        auto response = population.fake.InitiateAuth(request);
        benchmark::DoNotOptimize(response);
        return response.ok() && response->authentication_result.has_value();
      },
      nullptr);
}
BENCHMARK(BM_InitiateAuth)->Arg(kPoolUsers)->Arg(16)->Unit(benchmark::kMicrosecond);

// Create, set a password, admin reset, a refused sign-in, ForgotPassword,
// ConfirmForgotPassword with the code from the outbox, a good sign-in: a
// new user each iteration, in a pool that already holds 100 000.
void BM_WholeResetFlow(benchmark::State& state) {
  Population population(PoolUsers());
  const TestPool& pool = population.pool;
  FakeIdentityProvider& fake = population.fake;
  int i = 0;
  for (auto _ : state) {
    const std::string name = "flow" + std::to_string(i++);
    AdminCreateUserRequest create;
    create.user_pool_id = pool.user_pool_id;
    create.username = name;
    create.user_attributes = {{"email", name + "@example.com"}, {"email_verified", "true"}};
    create.message_action = MessageActionType::kSuppress;
    bool ok = fake.AdminCreateUser(create).ok();
    ok = ok && fake.AdminSetUserPassword({pool.user_pool_id, name, kPassword, true}).ok();
    ok = ok && fake.AdminResetUserPassword({pool.user_pool_id, name, {}}).ok();
    ok = ok &&
         fake.SignIn(pool, name, kPassword).status().code() == ErrorCode::kPasswordResetRequired;
    ok = ok && fake.ForgotPassword({pool.client_id, std::nullopt, name, {}}).ok();
    const std::string code = fake.outbox().Drain().back().code;
    ok = ok &&
         fake.ConfirmForgotPassword({pool.client_id, std::nullopt, name, code, "N3w-Passw0rd!", {}})
             .ok();
    ok = ok && fake.SignIn(pool, name, "N3w-Passw0rd!").ok();
    if (!ok) {
      state.SkipWithError("the flow failed");
      break;
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_WholeResetFlow)->Unit(benchmark::kMicrosecond);

// What a test's fixture costs: a fake, a pool, a client and a user.
void BM_FreshFakeWithOnePoolClientAndUser(benchmark::State& state) {
  for (auto _ : state) {
    FakeIdentityProvider fake;
    const TestPool pool = fake.CreateUserPoolForTest().value();
    benchmark::DoNotOptimize(
        fake.AddConfirmedUser(pool, "alice", kPassword, {{"email", "alice@example.com"}}).value());
  }
}
BENCHMARK(BM_FreshFakeWithOnePoolClientAndUser)->Unit(benchmark::kMicrosecond);

// Resident set size in bytes, from /proc/self/statm.
double ResidentBytes() {
  long pages = 0;
  long resident = 0;
  std::FILE* statm = std::fopen("/proc/self/statm", "r");
  if (statm == nullptr) return 0;
  if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2) resident = 0;
  std::fclose(statm);
  return static_cast<double>(resident) * 4096.0;
}

// Runs `load(fake, pool, state.range(0))` on a fresh fake and pool, timed,
// and reports the resident memory it added per user. Run once: one
// iteration is the whole load.
template <typename Load>
void MeasureLoad(benchmark::State& state, Load load) {
  const int users = static_cast<int>(state.range(0));
  double bytes_per_user = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto fake = std::make_unique<FakeIdentityProvider>();
    const TestPool pool = fake->CreateUserPoolForTest().value();
    const double before = ResidentBytes();
    state.ResumeTiming();
    if (!load(*fake, pool, users)) state.SkipWithError("loading failed");
    state.PauseTiming();
    bytes_per_user = (ResidentBytes() - before) / users;
    fake.reset();
    state.ResumeTiming();
  }
  state.counters["bytes_per_user"] = bytes_per_user;
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * users);
}

// state.range(0) users added one by one with AddConfirmedUser.
void BM_LoadUsers(benchmark::State& state) {
  MeasureLoad(state, [](FakeIdentityProvider& fake, const TestPool& pool, int users) {
    for (int i = 0; i < users; ++i) {
      const std::string name = UserName(i);
      if (!fake.AddConfirmedUser(pool, name, kPassword, {{"email", name + "@example.com"}}).ok())
        return false;
    }
    return true;
  });
}
BENCHMARK(BM_LoadUsers)->Arg(1'000)->Arg(1'000'000)->Iterations(1)->Unit(benchmark::kMillisecond);

// The same users through AddConfirmedUsers: one call for all of them. The
// timed part includes building the call's vector of users.
void BM_LoadUsersInOneCall(benchmark::State& state) {
  MeasureLoad(state, [](FakeIdentityProvider& fake, const TestPool& pool, int users) {
    std::vector<TestUser> batch;
    batch.reserve(static_cast<std::size_t>(users));
    for (int i = 0; i < users; ++i) {
      std::string name = UserName(i);
      std::string email = name + "@example.com";
      batch.push_back(TestUser{std::move(name), kPassword, {{"email", std::move(email)}}});
    }
    return fake.AddConfirmedUsers(pool, std::move(batch)).ok();
  });
}
BENCHMARK(BM_LoadUsersInOneCall)
    ->Arg(1'000)
    ->Arg(1'000'000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace cognito_fake

BENCHMARK_MAIN();
