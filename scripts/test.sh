#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite: with g++ 12, clang++ 14, and
# clang++ 14 with libc++ (warnings as errors), then under ASan+UBSan, then the
# concurrency tests under TSan, then the libFuzzer targets.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
# The JavaScript clients of Conformance.NodeClients (npm registry, cached
# outside the checkout); without them that test reports skipped. cmake
# --workflow takes no -D, so the presets that run it are configured with the
# path first and their caches keep it (an empty path clears a stale one).
node_modules=
if command -v node >/dev/null && command -v npm >/dev/null; then
  node_modules=$(bash scripts/fetch_node_clients.sh) ||
    { node_modules=; echo "test.sh: warning: scripts/fetch_node_clients.sh failed; Conformance.NodeClients will be skipped" >&2; }
fi
# aws-sdk-cpp (core + cognito-idp) for the aws_sdk component: an installed SDK
# is found by CMake; otherwise the source in ../shared/third_party is built
# once into a cache outside the checkout. It is built against libstdc++, so
# the g++, clang and ASan builds include the component; the libc++, TSan and
# fuzz presets turn it off. Without either, its tests report skipped.
aws_sdk_root=
aws_sdk_status=0
aws_sdk_root=$(bash scripts/build_aws_sdk.sh) || aws_sdk_status=$?
if [ "$aws_sdk_status" -eq 2 ]; then  # no source: skip, say why
  aws_sdk_root=
  echo "test.sh: warning: no aws-sdk-cpp source to build; the aws_sdk tests will be skipped unless CMake finds an installed SDK" >&2
elif [ "$aws_sdk_status" -ne 0 ]; then
  exit "$aws_sdk_status"
fi
configure() {
  cmake --preset "$1" "-DCOGNITO_FAKE_NODE_MODULES=$node_modules" \
    "-DCOGNITO_FAKE_AWS_SDK_ROOT=$aws_sdk_root" >/dev/null
}
# A finished preset's tree is removed once its tests pass (a full run would
# otherwise hold about 12 GB at its end; CI once ran out of disk). build/dev,
# the main job's tree, stays; COGNITO_FAKE_KEEP_BUILDS=1 keeps them all.
prune() {
  if [ "${COGNITO_FAKE_KEEP_BUILDS:-0}" != 1 ]; then rm -rf "build/$1"; fi
}
configure dev
cmake --workflow --preset dev     # g++ 12
configure clang
cmake --workflow --preset clang   # clang 14
prune clang
bash scripts/fetch_httplib_source.sh  # the complete httplib.h the libcxx preset compiles in
configure libcxx
cmake --workflow --preset libcxx  # clang 14 + libc++: GoogleTest from /usr/src/googletest, cpp-httplib header-only
prune libcxx
configure asan
cmake --workflow --preset asan    # AddressSanitizer + UndefinedBehaviorSanitizer, every test
prune asan
cmake --workflow --preset tsan    # ThreadSanitizer, the concurrency tests
prune tsan
cmake --workflow --preset fuzz    # libFuzzer + ASan/UBSan: replay fuzz/corpus and fuzz/regressions, then 60 s per fuzzer
