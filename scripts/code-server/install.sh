#!/usr/bin/env bash
# Installs code-server (VS Code in the browser) for the end-to-end tests of the VS Code extension.
#
# It goes into a cache folder OUTSIDE the project (not in package.json or the lockfile), so a normal
# `npm install` stays fast:
#   ${HELDER_CODE_SERVER_DIR:-$HOME/.cache/helder-code-server}/<version>/
# It is idempotent: a second run only checks the install and prints the path.
#
# Progress goes to stderr; the LAST line on stdout is the path of the code-server binary, so:
#   CODE_SERVER="$(bash scripts/code-server/install.sh | tail -n1)"
#
# Nothing is downloaded from anywhere but the npm registry and Debian's packages:
#   - every native module is built from source (npm_config_build_from_source=true), so argon2's
#     node-pre-gyp and kerberos' prebuild-install do not try to fetch prebuilt binaries;
#   - @vscode/ripgrep's postinstall normally downloads rg from a release page; it first looks for
#     $TMPDIR/vscode-ripgrep-cache-<pkg version>/ripgrep-<tag>-<target>.tar.gz, and we put Debian's
#     rg there (package `ripgrep`);
#   - node-gyp builds against the Node headers in /usr/include/node (npm_config_nodedir), never
#     downloading them.
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
CACHE_ROOT="${HELDER_CODE_SERVER_DIR:-$HOME/.cache/helder-code-server}"
PREFIX="$CACHE_ROOT/$CODE_SERVER_VERSION"
BIN="$PREFIX/node_modules/.bin/code-server"
MARKER="$PREFIX/.helder-install-complete"
LOG="$CACHE_ROOT/install-$CODE_SERVER_VERSION.log"

say() { printf '[code-server install] %s\n' "$*" >&2; }
die() { printf '[code-server install] FOUT: %s\n' "$*" >&2; exit 1; }

installed_version() {
  # `code-server --version` prints e.g. "4.100.3 <commit> with Code 1.100.3". Run it with a
  # throwaway HOME/XDG dirs: on a first run code-server writes ~/.config/code-server/config.yaml
  # (with a password) and logs that on stdout.
  local scratch
  scratch="$(mktemp -d)"
  HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
    XDG_CACHE_HOME="$scratch/cache" XDG_STATE_HOME="$scratch/state" \
    "$BIN" --version 2>/dev/null | sed -n 's/^\([0-9][0-9.]*\) .*with Code.*/\1/p' | head -n1
  rm -rf "$scratch"
}

if [ -f "$MARKER" ] && [ -x "$BIN" ] && [ "$(installed_version)" = "$CODE_SERVER_VERSION" ]; then
  say "code-server $CODE_SERVER_VERSION is already installed in $PREFIX"
  echo "$BIN"
  exit 0
fi

start_time=$SECONDS

# --- Node.js: code-server 4.100.x needs Node 20 (its postinstall checks it too). ---------------------
command -v node >/dev/null 2>&1 || die "node not found"
command -v npm >/dev/null 2>&1 || die "npm not found"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != "20" ] && [ -z "${FORCE_NODE_VERSION:-}" ]; then
  die "code-server $CODE_SERVER_VERSION needs Node.js 20, this is $(node --version)"
fi

# --- System packages: ripgrep (rg for @vscode/ripgrep), krb5 headers (kerberos), a C++ toolchain. ---
missing=()
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
{ [ -f /usr/include/gssapi/gssapi.h ] && command -v krb5-config >/dev/null 2>&1; } || missing+=(libkrb5-dev)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -qq "${missing[@]}" >&2; then
      apt-get update -qq >&2
      apt-get install -y -qq "${missing[@]}" >&2
    fi
  else
    die "missing system packages: ${missing[*]} (install them, e.g. sudo apt-get install -y ${missing[*]})"
  fi
fi

# --- Node headers for node-gyp, so it never downloads them. --------------------------------------------
if [ -z "${npm_config_nodedir:-}" ]; then
  node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  if [ -f "$node_prefix/include/node/node.h" ]; then
    export npm_config_nodedir="$node_prefix"
  else
    die "Node headers not found in $node_prefix/include/node; set npm_config_nodedir to a folder with include/node/node.h"
  fi
fi

mkdir -p "$CACHE_ROOT"
STAGE="$CACHE_ROOT/.stage-$CODE_SERVER_VERSION"
rm -rf "$STAGE"
mkdir -p "$STAGE/tmp" "$STAGE/inspect"
# Native modules are built in place, so install straight into $PREFIX; the marker file, written
# last, tells a complete install from an interrupted one.
rm -rf "$PREFIX"
mkdir -p "$PREFIX"
: >"$LOG"
say "installing code-server $CODE_SERVER_VERSION into $PREFIX (log: $LOG)"

# --- Find out which ripgrep release @vscode/ripgrep wants, from the packages themselves. ---------------
( cd "$STAGE/inspect" && npm pack --silent "code-server@$CODE_SERVER_VERSION" >>"$LOG" 2>&1 ) \
  || die "npm pack code-server@$CODE_SERVER_VERSION failed (see $LOG)"
tar -xzf "$STAGE/inspect/code-server-$CODE_SERVER_VERSION.tgz" -C "$STAGE/inspect" package/lib/vscode/npm-shrinkwrap.json
rg_pkg_version="$(node -e '
  const s = require(process.argv[1]);
  process.stdout.write(s.packages["node_modules/@vscode/ripgrep"].version);
' "$STAGE/inspect/package/lib/vscode/npm-shrinkwrap.json")"
[ -n "$rg_pkg_version" ] || die "could not read the @vscode/ripgrep version from code-server's shrinkwrap"
( cd "$STAGE/inspect" && npm pack --silent "@vscode/ripgrep@$rg_pkg_version" >>"$LOG" 2>&1 ) \
  || die "npm pack @vscode/ripgrep@$rg_pkg_version failed (see $LOG)"
tar -xzf "$STAGE/inspect/vscode-ripgrep-$rg_pkg_version.tgz" -C "$STAGE/inspect" package/lib/postinstall.js
rg_tag="$(sed -n "s/^const VERSION = '\([^']*\)';.*/\1/p" "$STAGE/inspect/package/lib/postinstall.js")"
[ -n "$rg_tag" ] || die "could not read the ripgrep release tag from @vscode/ripgrep@$rg_pkg_version"
# Same mapping as getTarget() in @vscode/ripgrep's lib/postinstall.js.
case "$(node -p 'process.arch')" in
  x64) rg_target="x86_64-unknown-linux-musl" ;;
  arm64) rg_target="aarch64-unknown-linux-musl" ;;
  *) die "unsupported architecture $(node -p 'process.arch') for the ripgrep cache" ;;
esac
rg_cache_dir="$STAGE/tmp/vscode-ripgrep-cache-$rg_pkg_version"
rg_asset="ripgrep-$rg_tag-$rg_target.tar.gz"
mkdir -p "$rg_cache_dir" "$STAGE/inspect/rg"
cp "$(readlink -f "$(command -v rg)")" "$STAGE/inspect/rg/rg"
chmod 755 "$STAGE/inspect/rg/rg"
tar -czf "$rg_cache_dir/$rg_asset" -C "$STAGE/inspect/rg" rg
say "ripgrep: using Debian's $(rg --version 2>/dev/null | sed -n 1p) as $rg_cache_dir/$rg_asset"

# --- The install itself. ------------------------------------------------------------------------------
printf '{"name":"helder-code-server","private":true}\n' >"$PREFIX/package.json"
say "running npm install (builds native modules from source; takes a few minutes)..."
if ! (
  cd "$PREFIX"
  export TMPDIR="$STAGE/tmp"                  # where @vscode/ripgrep looks for its cached tarball
  export npm_config_unsafe_perm=true          # code-server's postinstall.sh refuses to run as root without it
  export npm_config_yes=true                  # node-pty's postinstall runs `npx node-gyp`
  export npm_config_build_from_source=true    # no prebuilt-binary downloads (argon2, kerberos)
  export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
  export npm_config_foreground_scripts=true   # show build output in the log
  unset GITHUB_TOKEN
  npm install --no-save --no-package-lock "code-server@$CODE_SERVER_VERSION"
) >>"$LOG" 2>&1; then
  tail -n 60 "$LOG" >&2
  die "npm install code-server@$CODE_SERVER_VERSION failed (full log: $LOG)"
fi

# The ripgrep postinstall must have used our tarball, not the network.
if grep -q "Finding release for" "$LOG" || ! grep -q "Using cached download" "$LOG"; then
  die "@vscode/ripgrep did not use the local ripgrep tarball (see $LOG)"
fi
[ -x "$PREFIX/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] \
  || die "ripgrep binary missing after install (see $LOG)"

rm -rf "$STAGE"

[ -x "$BIN" ] || die "code-server binary not found at $BIN"
got="$(installed_version)"
[ "$got" = "$CODE_SERVER_VERSION" ] || die "installed code-server reports version '$got', expected $CODE_SERVER_VERSION"

elapsed=$((SECONDS - start_time))
printf '%s\n' "$CODE_SERVER_VERSION installed in ${elapsed}s on $(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$MARKER"
say "code-server $CODE_SERVER_VERSION installed in ${elapsed}s"
echo "$BIN"
