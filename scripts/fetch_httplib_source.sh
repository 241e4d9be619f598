#!/usr/bin/env bash
# Puts cpp-httplib's complete single-header httplib.h in DEST (default
# build/_deps/cpp-httplib), for the libcxx preset. Debian's libcpp-httplib-dev
# ships a declarations-only httplib.h and libcpp-httplib.so, compiled against
# libstdc++, which a libc++ program cannot link; the complete header compiles
# into the program instead. It comes from Debian's source package of the
# installed version, with Debian's patches applied (dpkg-source), fetched by
# apt-get source through a private list of deb-src twins of the machine's own
# package sources: the machine's apt configuration is left as it is.
# Does nothing when DEST/httplib.h is there.
# Usage: scripts/fetch_httplib_source.sh [DEST]
set -euo pipefail
cd "$(dirname "$0")/.."
dest=${1:-build/_deps/cpp-httplib}
if [ -f "$dest/httplib.h" ]; then exit 0; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/parts" "$work/lists/partial" "$work/cache/archives/partial" "$work/src"
: > "$work/sources.list"
for list in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
  if [ -f "$list" ]; then sed -n 's/^deb[[:space:]]/deb-src /p' "$list" >> "$work/sources.list"; fi
done
for sources in /etc/apt/sources.list.d/*.sources; do
  if [ -f "$sources" ]; then sed 's/^Types:.*/Types: deb-src/' "$sources" > "$work/parts/$(basename "$sources")"; fi
done
apt=(apt-get -q -o Dir::Etc::SourceList="$work/sources.list" -o Dir::Etc::SourceParts="$work/parts"
     -o Dir::State::Lists="$work/lists" -o Dir::Cache="$work/cache")
if [ "$(id -u)" -eq 0 ]; then apt+=(-o APT::Sandbox::User=root); fi

echo "fetch_httplib_source: fetching Debian's cpp-httplib source for $dest"
"${apt[@]}" update >/dev/null
version=$(dpkg-query -W -f='${source:Version}' libcpp-httplib-dev 2>/dev/null || true)
cd "$work/src"
"${apt[@]}" source --download-only "cpp-httplib${version:+=$version}" >/dev/null ||
  "${apt[@]}" source --download-only cpp-httplib >/dev/null
dpkg-source --no-check -x ./*.dsc cpp-httplib >/dev/null
cd - >/dev/null
mkdir -p "$dest"
cp "$work/src/cpp-httplib/LICENSE" "$dest/LICENSE"
cp "$work/src/cpp-httplib/httplib.h" "$dest/httplib.h.partial"
mv "$dest/httplib.h.partial" "$dest/httplib.h"
echo "fetch_httplib_source: $dest/httplib.h ($(sed -n 's/^#define CPPHTTPLIB_VERSION "\(.*\)"/\1/p' "$dest/httplib.h"))"
