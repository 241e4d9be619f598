#!/usr/bin/env bash
# Sets up, builds and runs the password-reset demo (examples/reset_flow_demo.cc).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset release >/dev/null
cmake --build --preset release --target reset_flow_demo
./build/release/examples/reset_flow_demo
