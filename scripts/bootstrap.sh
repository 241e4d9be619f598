#!/usr/bin/env bash
# Installs the Debian 12 packages cognito_fake needs, only those missing.
# Usage: scripts/bootstrap.sh [extra-package ...]
set -euo pipefail

packages=(
  cmake ninja-build g++ clang-14 pkg-config    # toolchain
  libclang-rt-14-dev                           # sanitizer runtimes and libFuzzer (presets asan, tsan, fuzz)
  libc++-dev libc++abi-dev                     # clang's standard library (preset libcxx)
  dpkg-dev                                     # dpkg-source: cpp-httplib's source (preset libcxx, scripts/fetch_httplib_source.sh)
  libssl-dev                                   # OpenSSL's libcrypto (the core)
  zlib1g-dev                                   # aws-sdk-cpp (scripts/build_aws_sdk.sh, the aws_sdk component)
  libgtest-dev libgmock-dev libbenchmark-dev   # tests and benchmarks
  googletest                                   # GoogleTest's source, /usr/src/googletest (preset libcxx)
  nlohmann-json3-dev libcpp-httplib-dev        # wire layer and loopback endpoint
  python3-boto3 awscli python3-jwt             # conformance tests with real AWS clients
  python3-pyotp                                # authenticator-app codes in the MFA conformance test
  doxygen                                      # the API reference (a test checks it)
  clang-format                                 # the format check (scripts/check_format.sh)
  "$@"
)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
