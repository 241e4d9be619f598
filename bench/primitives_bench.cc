// The building blocks of a sign-in's token text, one at a time, on the
// sizes a sign-in gives them (docs/performance.md):
//
//   build/release/bench/primitives_bench
//
// Wall-clock time shows what instruction counts do not: a chain of
// dependent multiplies (the keyed hash) costs its latency, not its count.

#include "internal/crypto.h"
#include "internal/random.h"
#include "internal/tokens.h"

#include <benchmark/benchmark.h>

#include <string>

namespace cognito_fake {
namespace internal {
namespace {

// About what IssueTokens hashes for one JWT: header, dot, base64 claims.
constexpr std::size_t kSignedTextBytes = 1200;

std::string Text(std::size_t size) {
  std::string text(size, ' ');
  Base64UrlStream(1).Write(size, text.data());
  return text;
}

void BM_KeyedHash64(benchmark::State& state) {
  const std::string text = Text(static_cast<std::size_t>(state.range(0)));
  std::uint64_t key = 1;
  for (auto _ : state) {
    key = KeyedHash64(key, text);
    benchmark::DoNotOptimize(key);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_KeyedHash64)->Arg(36)->Arg(kSignedTextBytes);

void BM_Base64Url(benchmark::State& state) {
  const std::string bytes = Text(static_cast<std::size_t>(state.range(0)));
  std::string out(Base64UrlLength(bytes.size()), ' ');
  for (auto _ : state) {
    EncodeBase64Url(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), out.data());
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_Base64Url)->Arg(16)->Arg(256)->Arg(900);

void BM_AppendSignedJwt(benchmark::State& state) {
  const TokenKey key("0123456789abcdefghijklmnopqrstuv");
  const JwtHeader header(key, "kid0123456789abc");
  const std::string payload = "{\"sub\":\"" + Text(800) + "\"}";  // an ID token's ~800 bytes of claims
  for (auto _ : state) {
    std::string token;
    AppendSignedJwt(key, header, 1, payload, token);
    benchmark::DoNotOptimize(token.data());
  }
}
BENCHMARK(BM_AppendSignedJwt);

void BM_AppendRefreshToken(benchmark::State& state) {
  const TokenKey key("0123456789abcdefghijklmnopqrstuv");
  const std::string sub = "5c2a1e6a-4a7b-4c1d-9e0f-123456789abc";
  const TokenRecordView record{"us-east-1_AbCdEfGhI", "1example23456789abcdefghij", "alice", sub, 7,
                               Timestamp(), sub};
  Random random(2);
  for (auto _ : state) {
    std::string token;
    AppendRefreshToken(key, record, random, token);
    benchmark::DoNotOptimize(token.data());
  }
}
BENCHMARK(BM_AppendRefreshToken);

void BM_Base64UrlStream(benchmark::State& state) {
  Base64UrlStream stream(4);
  std::string out(static_cast<std::size_t>(state.range(0)), ' ');
  for (auto _ : state) {
    stream.Write(out.size(), out.data());
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_Base64UrlStream)->Arg(22)->Arg(342);

void BM_Uuid4(benchmark::State& state) {
  Random random(3);
  char text[36];
  for (auto _ : state) {
    random.FillUuid4(text);
    benchmark::DoNotOptimize(text);
  }
}
BENCHMARK(BM_Uuid4);

}  // namespace
}  // namespace internal
}  // namespace cognito_fake

BENCHMARK_MAIN();
