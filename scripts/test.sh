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
with_node_modules() { cmake --preset "$1" "-DCOGNITO_FAKE_NODE_MODULES=$node_modules" >/dev/null; }
with_node_modules dev
cmake --workflow --preset dev     # g++ 12
with_node_modules clang
cmake --workflow --preset clang   # clang 14
bash scripts/fetch_httplib_source.sh  # the complete httplib.h the libcxx preset compiles in
with_node_modules libcxx
cmake --workflow --preset libcxx  # clang 14 + libc++: GoogleTest from /usr/src/googletest, cpp-httplib header-only
cmake --workflow --preset asan    # AddressSanitizer + UndefinedBehaviorSanitizer, every test
cmake --workflow --preset tsan    # ThreadSanitizer, the concurrency tests
cmake --workflow --preset fuzz    # libFuzzer + ASan/UBSan: replay fuzz/corpus and fuzz/regressions, then 60 s per fuzzer
