#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite: with g++ 12, clang++ 14, and
# clang++ 14 with libc++ (warnings as errors), then under ASan+UBSan, then the
# concurrency tests under TSan, then the libFuzzer targets.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --workflow --preset dev     # g++ 12
cmake --workflow --preset clang   # clang 14
bash scripts/fetch_httplib_source.sh  # the complete httplib.h the libcxx preset compiles in
cmake --workflow --preset libcxx  # clang 14 + libc++: GoogleTest from /usr/src/googletest, cpp-httplib header-only
cmake --workflow --preset asan    # AddressSanitizer + UndefinedBehaviorSanitizer, every test
cmake --workflow --preset tsan    # ThreadSanitizer, the concurrency tests
cmake --workflow --preset fuzz    # libFuzzer + ASan/UBSan: replay fuzz/corpus and fuzz/regressions, then 60 s per fuzzer
