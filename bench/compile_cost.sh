#!/usr/bin/env bash
# What including cognito_fake costs a test's translation unit: the median
# of N compiles (g++ -O0 -std=c++17 -c) of an empty file, of one that
# includes the fake's header and uses it, and of one that includes the
# mocks header (GoogleMock) and uses it; each figure beside the empty one.
#
#   bash bench/compile_cost.sh [N=7] [CXX=g++]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
cxx=${2:-g++}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/empty.cc" <<'CC'
int main() { return 0; }
CC
cat > "$work/fake.cc" <<'CC'
#include <cognito_fake/fake_identity_provider.h>
int main() {
  cognito_fake::FakeIdentityProvider cognito;
  auto pool = cognito.CreateUserPoolForTest().value();
  cognito.AddConfirmedUser(pool, "alice", "Passw0rd!", {{"email", "alice@example.com"}}).value();
  return cognito.AdminResetUserPassword({pool.user_pool_id, "alice", {}}).ok() ? 0 : 1;
}
CC
cat > "$work/mocks.cc" <<'CC'
#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/mocks.h>
#include <gtest/gtest.h>
TEST(CompileCost, UsesTheMockAndTheMatchers) {
  cognito_fake::FakeIdentityProvider fake;
  ::testing::NiceMock<cognito_fake::MockIdentityProvider> mock;
  mock.DelegateToFake(fake);
  EXPECT_THAT(mock.DescribeUserPool({"us-east-1_none"}), ::testing::Not(cognito_fake_testing::IsOk()));
}
CC

# Median wall-clock seconds of `runs` compiles of $1.
median() {
  local times=()
  for ((i = 0; i < runs; ++i)); do
    local start end
    start=$(date +%s.%N)
    "$cxx" -O0 -std=c++17 -Iinclude -c "$1" -o "$work/out.o"
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

empty=$(median "$work/empty.cc")
fake=$(median "$work/fake.cc")
mocks=$(median "$work/mocks.cc")
printf 'compiler: %s; median of %d compiles at -O0\n' "$("$cxx" --version | head -1)" "$runs"
printf '%-34s %6.3f s\n' "empty translation unit" "$empty"
printf '%-34s %6.3f s  (+%.3f s)\n' "fake_identity_provider.h, used" "$fake" "$(awk -v a="$empty" -v b="$fake" 'BEGIN { print b - a }')"
printf '%-34s %6.3f s  (+%.3f s)\n' "mocks.h + gtest, used" "$mocks" "$(awk -v a="$empty" -v b="$mocks" 'BEGIN { print b - a }')"
