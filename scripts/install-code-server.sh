#!/usr/bin/env bash
# Installs what the real-VS-Code tests need on a Debian 12 machine:
#   - Debian packages: Chromium (the browser the workbench runs in), ripgrep (VS Code's search
#     binary, normally downloaded from GitHub, which these machines cannot reach), and the
#     headers that code-server's native modules are compiled against;
#   - code-server@4.100.3, which carries the VS Code 1.100.3 server, into
#     <repo>/.vscode-test/code-server/ (override with CODE_SERVER_DIR).
# Safe to run again: it returns at once when everything is already there.
# Works unattended (CI=true, no stdin). Needs root, or sudo, for apt-get.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="${CODE_SERVER_DIR:-$ROOT/.vscode-test/code-server}"
MARKER="$DEST/.install-complete"
# Native modules are compiled for one Node ABI; a different Node needs a fresh install.
WANT_MARKER="code-server@$CODE_SERVER_VERSION node-abi=$(node -p process.versions.modules)"

APT_PACKAGES=(chromium fonts-liberation ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config)

say() { printf '[install-code-server +%ss] %s\n' "$SECONDS" "$*"; }
fail() { printf '[install-code-server] ERROR: %s\n' "$*" >&2; exit 1; }
trap 'fail "command failed (exit $?) at line $LINENO: $BASH_COMMAND"' ERR

exec </dev/null   # nothing below may wait for an answer


# --- Debian packages -----------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
command -v make >/dev/null && command -v g++ >/dev/null || missing+=(build-essential)
command -v python3 >/dev/null || missing+=(python3)

if ((${#missing[@]})); then
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || fail "need root (or sudo) to install: ${missing[*]}"
    SUDO=(sudo -n)
  fi
  say "apt-get install ${missing[*]}"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    || fail "apt-get update failed"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "apt-get install failed for: ${missing[*]}"
else
  say "Debian packages already present"
fi
RG="$(command -v rg)" || fail "ripgrep (rg) not found after apt-get"
command -v chromium >/dev/null || fail "chromium not found after apt-get"

# --- code-server ---------------------------------------------------------------------------
if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$WANT_MARKER" ]; then
  say "code-server $CODE_SERVER_VERSION already installed in $DEST"
  exit 0
fi

NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" = 20 ] || fail "code-server $CODE_SERVER_VERSION needs Node 20 (found $(node -v))"

# One install at a time: a second caller waits here, then finds the marker.
mkdir -p "$(dirname "$DEST")"
exec 9>"$DEST.lock"
flock 9
if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$WANT_MARKER" ]; then
  say "code-server installed by another process meanwhile"
  exit 0
fi

# Settings for the npm steps below:
#  - unsafe_perm: lets the install scripts run as root;
#  - yes: node-pty's script runs `npx node-gyp`, which would otherwise stop to ask;
#  - update_notifier/audit/fund: no extra network calls or noise.
export npm_config_unsafe_perm=true npm_config_yes=true
export npm_config_update_notifier=false npm_config_audit=false npm_config_fund=false

say "installing code-server $CODE_SERVER_VERSION into $DEST"
rm -rf "$DEST"
mkdir -p "$DEST"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# Only the package's own files are needed: we start lib/vscode/out/server-main.js directly,
# so code-server's top-level dependencies (its login page, proxy, argon2) are left out.
say "[1/5] npm pack code-server@$CODE_SERVER_VERSION"
(cd "$TMP" && npm pack --loglevel=error "code-server@$CODE_SERVER_VERSION" >/dev/null) \
  || fail "npm pack code-server@$CODE_SERVER_VERSION failed (is the npm registry reachable?)"
tar -xzf "$TMP"/code-server-*.tgz -C "$DEST" --strip-components=1
VSCODE="$DEST/lib/vscode"

# What code-server's postinstall.sh does, done step by step so ripgrep's GitHub download
# can be avoided: fetch the modules without scripts, put Debian's rg where @vscode/ripgrep's
# own script looks first (it skips the download when bin/ exists), then run the scripts.
say "[2/5] npm install in lib/vscode (scripts off)"
(cd "$VSCODE" && npm install --omit=dev --ignore-scripts --no-save --loglevel=error) > "$TMP/install.log" 2>&1 \
  || { tail -40 "$TMP/install.log" >&2; fail "npm install in lib/vscode failed"; }

say "[3/5] ripgrep from Debian: $RG"
mkdir -p "$VSCODE/node_modules/@vscode/ripgrep/bin"
cp "$RG" "$VSCODE/node_modules/@vscode/ripgrep/bin/rg"

say "[4/5] npm rebuild in lib/vscode (compiles native modules; about a minute on 2 cores)"
(cd "$VSCODE" && npm rebuild --loglevel=error) > "$TMP/rebuild.log" 2>&1 \
  || { tail -40 "$TMP/rebuild.log" >&2; fail "npm rebuild in lib/vscode failed"; }

# VS Code and its extensions look for some files under node_modules.asar.
ln -sfn node_modules "$VSCODE/node_modules.asar"

say "[5/5] npm install in lib/vscode/extensions"
(cd "$VSCODE/extensions" && npm install --omit=dev --no-save --loglevel=error) > "$TMP/extensions.log" 2>&1 \
  || { tail -40 "$TMP/extensions.log" >&2; fail "npm install in lib/vscode/extensions failed"; }

# npm may in future skip dependency scripts that a project has not approved; check the
# outcome rather than trusting the exit code: every native module must load in this Node.
say "checking native modules"
(cd "$VSCODE" && node --input-type=module -e '
  import { createRequire } from "node:module";
  const require = createRequire(process.cwd() + "/");
  for (const m of ["@vscode/spdlog", "node-pty", "kerberos", "native-watchdog", "@parcel/watcher"]) {
    try { require(m); } catch (e) { console.error(`cannot load ${m}: ${e.message}`); process.exitCode = 1; }
  }') || fail "some native modules did not build (see above); is npm blocking install scripts?"
"$VSCODE/node_modules/@vscode/ripgrep/bin/rg" --version >/dev/null || fail "bundled rg does not run"
[ -f "$VSCODE/out/server-main.js" ] || fail "lib/vscode/out/server-main.js missing"

echo "$WANT_MARKER" > "$MARKER"
say "done in $SECONDS s ($(du -sh "$DEST" | cut -f1))"
