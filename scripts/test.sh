#!/usr/bin/env bash
# Runs every test of Støtteportalen (installs missing tools first):
# format, lint (native and wasm), native domain tests, release build, size report,
# and the Playwright browser tests against the built site on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native, all targets) -D warnings"
cargo clippy --all-targets -- -D warnings

step "cargo clippy (wasm32) -D warnings"
cargo clippy --target wasm32-unknown-unknown -- -D warnings

step "cargo test (domain, content, i18n)"
cargo test

step "release build: trunk build --release, then pre-rendering (scripts/build.sh)"
scripts/build.sh

step "size report (dist/)"
node scripts/size-report.mjs dist

step "first-load budget (front page <= 300 KB brotli)"
node scripts/budget.mjs dist

step "browser tests (Playwright + axe, Debian Chromium)"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npx playwright test
