#!/usr/bin/env bash
# Builds aws-sdk-cpp (core + cognito-idp) from the source subset in
# ../shared/third_party/aws-sdk-cpp/ (see find_archive) into a
# cache directory outside the checkout:
#   ${XDG_CACHE_HOME:-$HOME/.cache}/cognito_fake/aws-sdk-cpp-<version>-<flags>
# and prints the install prefix on stdout (everything else goes to stderr), for
# CMAKE_PREFIX_PATH. The directory is keyed by the SDK's version and the build
# flags, so a change builds afresh; a complete install is reused. The build
# goes to a scratch directory first and is renamed into place, so an
# interrupted run never leaves a half-built cache behind.
#
# The SDK is test infrastructure: it is never copied into the checkout. Exits
# with status 2 and a reason on stderr when the source is not there (the
# component's tests are then skipped), 1 when the build fails.
# Usage: scripts/build_aws_sdk.sh
set -euo pipefail
cd "$(dirname "$0")/.."

version=1.11.332
archive_name=aws-sdk-cpp-$version-cognito-idp.tar.gz
# The source: $COGNITO_FAKE_AWS_SDK_SOURCE, or ../shared/third_party beside
# this checkout, or beside the checkout this one was cloned from (a CI clone
# made elsewhere from a local repository).
find_archive() {
  if [ -n "${COGNITO_FAKE_AWS_SDK_SOURCE:-}" ]; then
    echo "$COGNITO_FAKE_AWS_SDK_SOURCE"
    return
  fi
  local candidates=("../shared/third_party/aws-sdk-cpp/$archive_name")
  local origin
  origin=$(git config --get remote.origin.url 2>/dev/null || true)
  origin=${origin#file://}
  if [ -n "$origin" ] && [ -d "$origin" ]; then
    candidates+=("$origin/../shared/third_party/aws-sdk-cpp/$archive_name")
  fi
  for candidate in "${candidates[@]}"; do
    if [ -f "$candidate" ]; then
      echo "$candidate"
      return
    fi
  done
  echo "${candidates[0]}"
}
archive=$(find_archive)
# Static, Release, OpenSSL's libcrypto, no HTTP client of the SDK's own (the
# component brings an in-process one; production apps bring the SDK they
# build themselves). One build serves the g++, clang and ASan builds, which
# all use libstdc++.
flags=(-DCMAKE_BUILD_TYPE=Release -DBUILD_ONLY=cognito-idp -DENABLE_TESTING=OFF
       -DAUTORUN_UNIT_TESTS=OFF -DBUILD_SHARED_LIBS=OFF -DNO_HTTP_CLIENT=ON
       -DUSE_OPENSSL=ON -DAWS_SDK_WARNINGS_ARE_ERRORS=OFF
       -DCMAKE_POSITION_INDEPENDENT_CODE=ON -DCMAKE_CXX_COMPILER=g++ -DCMAKE_C_COMPILER=gcc)

fail() { echo "build_aws_sdk: $*" >&2; exit "${2:-1}"; }

key=$(printf '%s\n' "$version" "${flags[@]}" | sha256sum | cut -c1-12)
cache_root=${XDG_CACHE_HOME:-$HOME/.cache}/cognito_fake
dest=$cache_root/aws-sdk-cpp-$version-$key
installed() { [ -f "$1/lib/cmake/AWSSDK/AWSSDKConfig.cmake" ] && [ -f "$1/lib/libaws-cpp-sdk-cognito-idp.a" ]; }
if installed "$dest"; then
  echo "build_aws_sdk: reusing $dest" >&2
  echo "$dest"
  exit 0
fi
[ -f "$archive" ] || fail "no aws-sdk-cpp source at $archive (set COGNITO_FAKE_AWS_SDK_SOURCE to the archive)" 2

mkdir -p "$cache_root"
work=$(mktemp -d "$cache_root/.aws-sdk-cpp.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "build_aws_sdk: building aws-sdk-cpp $version (core + cognito-idp) into $dest; a few minutes, once per machine" >&2
tar -xzf "$archive" -C "$work"
jobs=$(nproc 2>/dev/null || echo 2)
{
  cmake -S "$work/aws-sdk-cpp" -B "$work/build" -G Ninja "${flags[@]}" -DCMAKE_INSTALL_PREFIX="$dest" &&
    cmake --build "$work/build" -j "$jobs" &&
    cmake --install "$work/build" --prefix "$work/install"
} > "$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; fail "the build failed (log above)"; }
installed "$work/install" || fail "the build finished but $work/install has no AWSSDKConfig.cmake"
# Another run may have finished first; then its complete install is kept.
if ! mv -T "$work/install" "$dest" 2>/dev/null; then
  installed "$dest" || fail "cannot move the install into $dest"
fi
echo "$dest"
