#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite: with g++ 12 and clang++ 14
# (warnings as errors), then under ASan+UBSan, then the concurrency tests
# under TSan, then the libFuzzer targets.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --workflow --preset dev     # g++ 12
cmake --workflow --preset clang   # clang 14
cmake --workflow --preset asan    # AddressSanitizer + UndefinedBehaviorSanitizer, every test
cmake --workflow --preset tsan    # ThreadSanitizer, the concurrency tests
cmake --workflow --preset fuzz    # libFuzzer + ASan/UBSan: replay fuzz/corpus and fuzz/regressions, then 60 s per fuzzer
