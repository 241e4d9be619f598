#!/usr/bin/env bash
# Installs the JavaScript clients of the Node conformance test
# (tests/conformance/node_test.mjs, node_srp_test.mjs), at pinned versions, from the npm registry
# into a cache directory outside the checkout:
#   ${XDG_CACHE_HOME:-$HOME/.cache}/cognito_fake/node-clients-<versions>
# and prints its node_modules path on stdout (everything else goes to stderr).
# The directory is keyed by the versions, so a bump installs afresh; an
# existing complete install is reused without touching the network. The
# install goes to a scratch directory first and is renamed into place, so an
# interrupted run never leaves a half-filled cache behind.
# Usage: scripts/fetch_node_clients.sh
# Then: COGNITO_FAKE_NODE_MODULES=<printed path> node tests/conformance/node_test.mjs <server>
set -euo pipefail

sdk_version=3.1178.0        # @aws-sdk/client-cognito-identity-provider (engines: node >= 20)
verifier_version=5.2.1      # aws-jwt-verify (engines: node >= 18)
identity_js_version=6.3.21  # amazon-cognito-identity-js (USER_SRP_AUTH, as Amplify signs in)
packages=("@aws-sdk/client-cognito-identity-provider@$sdk_version" "aws-jwt-verify@$verifier_version"
          "amazon-cognito-identity-js@$identity_js_version")

fail() { echo "fetch_node_clients: $*" >&2; exit 1; }

command -v node >/dev/null 2>&1 || fail "node is not installed (Node.js 20 or later is needed)"
command -v npm >/dev/null 2>&1 || fail "npm is not installed"
node_major=$(node -p 'process.versions.node.split(".")[0]') || fail "node does not run"
[ "$node_major" -ge 20 ] || fail "node $(node --version) is too old: the AWS SDK v3 $sdk_version needs Node.js 20 or later"

cache_root=${XDG_CACHE_HOME:-$HOME/.cache}/cognito_fake
dest=$cache_root/node-clients-sdk$sdk_version-jwtverify$verifier_version-identityjs$identity_js_version
installed() {
  [ -f "$1/node_modules/@aws-sdk/client-cognito-identity-provider/package.json" ] &&
    [ -f "$1/node_modules/aws-jwt-verify/package.json" ] &&
    [ -f "$1/node_modules/amazon-cognito-identity-js/package.json" ]
}
if installed "$dest"; then
  echo "fetch_node_clients: reusing $dest" >&2
  echo "$dest/node_modules"
  exit 0
fi

mkdir -p "$cache_root"
work=$(mktemp -d "$cache_root/.node-clients.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo '{"name": "cognito-fake-node-clients", "private": true}' > "$work/package.json"
echo "fetch_node_clients: installing ${packages[*]} into $dest" >&2
npm install --prefix "$work" --no-audit --no-fund --save-exact --ignore-scripts \
  "${packages[@]}" >&2 || fail "npm install ${packages[*]} failed"
installed "$work" || fail "npm install finished but the packages are missing in $work/node_modules"
# Another run may have finished first; then its complete install is kept.
if ! mv -T "$work" "$dest" 2>/dev/null; then
  installed "$dest" || fail "cannot move the install into $dest"
fi
echo "$dest/node_modules"
