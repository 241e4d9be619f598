#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite: with g++ (warnings as
# errors), then with clang++ 14 (warnings as errors).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --workflow --preset dev
cmake --workflow --preset clang
