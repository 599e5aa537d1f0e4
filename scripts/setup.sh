#!/usr/bin/env bash
# Installs what building and testing Støtteportalen needs, only where it is missing.
# Pinned versions; nothing is downloaded from outside the package registries.
#   scripts/setup.sh          build tools (Rust target, Trunk, wasm-bindgen, npm packages)
#   scripts/setup.sh --serve  also Chromium (pre-rendering) and nginx with its brotli module
#                             (the production server; scripts/run.sh)
#   scripts/setup.sh --test   also Chromium + ChromeDriver from Debian for the browser tests,
#                             nginx with its brotli module (the production server the tests use),
#                             WebKit's and Firefox's WebDriver setups for the engine smoke suite
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21.14"
GECKODRIVER_VERSION="0.37.1"
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)"
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "Adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " ${TRUNK_VERSION}$"; then
  say "Installing Trunk ${TRUNK_VERSION} (about 20 minutes on 2 cores, only once)"
  cargo install trunk --version "${TRUNK_VERSION}" --locked
fi

# Trunk.toml must name the same wasm-bindgen as Cargo.lock.
if ! grep -q "wasm_bindgen = \"${WASM_BINDGEN_VERSION}\"" Trunk.toml; then
  echo "Trunk.toml [tools] wasm_bindgen must be \"${WASM_BINDGEN_VERSION}\" (the version in Cargo.lock)" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${WASM_BINDGEN_VERSION}$"; then
  say "Installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (about 4 minutes, only once)"
  # Not --locked: its lock file pins a webpki-roots version that is no longer on crates.io.
  cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}"
fi

if [ ! -d node_modules/dkfds ] || [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing npm packages (design system, wasm-opt, Playwright) from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

# Issue 18: nginx + brotli_static (the production server, scripts/serve-nginx.mjs) for
# --serve (scripts/run.sh) and --test; for --test also WebKit (WebKitWebDriver + MiniBrowser
# under Xvfb) and Firefox ESR + geckodriver for tests/engines/. Chromium (pre-rendering,
# Playwright) is in the same apt-get run, so a fresh machine updates the lists only once.
case "${1:-}" in
  --test) wanted=(chromium chromium-driver nginx libnginx-mod-http-brotli-static webkit2gtk-driver xvfb firefox-esr) ;;
  --serve) wanted=(chromium chromium-driver nginx libnginx-mod-http-brotli-static) ;;
  *) wanted=() ;;
esac
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "Installing from Debian: ${missing[*]}"
  apt_install() {
    as_root apt-get -o DPkg::Lock::Timeout=600 update &&
      as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "$@"
  }
  if [ "${1:-}" = "--serve" ]; then
    # Serving only: without nginx, scripts/serve-nginx.mjs falls back to the Node server.
    apt_install "${missing[@]}" || {
      apt_install chromium chromium-driver
      say "nginx could not be installed: scripts/run.sh serves with the Node test server"
    }
  else
    apt_install "${missing[@]}"
  fi
fi
if [ "${1:-}" = "--test" ] && ! geckodriver --version 2>/dev/null | head -n 1 | grep -q "^geckodriver ${GECKODRIVER_VERSION} "; then
  say "Installing geckodriver ${GECKODRIVER_VERSION} for Firefox (about 4 minutes on 2 cores, only once)"
  cargo install geckodriver --version "${GECKODRIVER_VERSION}" --locked
fi

if [ "${1:-}" = "--test" ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "Installing Chromium and ChromeDriver from Debian"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
  fi
fi
say "Tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}')"
