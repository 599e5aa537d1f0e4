#!/usr/bin/env bash
# Runs every test of Støtteportalen (installs missing tools first):
# format, lint (native and wasm), native domain tests, release build, size report,
# the Playwright browser tests against the built site served by nginx on 127.0.0.1, and
# the smoke suite in WebKit and Firefox. Prints the time of each step at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step is timed; the table is printed at the end, also when a step fails.
STEP_TIMES=()
step_name=""
step_start=0
all_start=$(date +%s)
mmss() { printf '%d:%02d' $(($1 / 60)) $(($1 % 60)); }
end_step() {
  if [ -n "$step_name" ]; then
    STEP_TIMES+=("$(($(date +%s) - step_start))|$1|$step_name")
    step_name=""
  fi
}
step() {
  end_step ok
  step_name="$*"
  step_start=$(date +%s)
  printf '\n== %s\n' "$*"
}
step_report() {
  local rc=$?
  end_step "$([ "$rc" = 0 ] && echo ok || echo FAILED)"
  printf '\n== Step times\n'
  local s secs status name
  for s in "${STEP_TIMES[@]}"; do
    IFS='|' read -r secs status name <<<"$s"
    printf '%7s  %-6s  %s\n' "$(mmss "$secs")" "$status" "$name"
  done
  printf '%7s  %-6s  %s\n' "$(mmss $(($(date +%s) - all_start)))" "$([ "$rc" = 0 ] && echo ok || echo FAILED)" "total"
}
trap step_report EXIT

step "setup: install missing tools (scripts/setup.sh --test)"
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
if [ "${CI:-}" = "true" ]; then
  # A clean clone builds everything once: no incremental caches, no debug info (tests
  # still report file and line). Faster to compile and link; locally the usual dev profile.
  export CARGO_INCREMENTAL=0 CARGO_PROFILE_DEV_DEBUG=line-tables-only
fi

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native, all targets) -D warnings"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo clippy (wasm32) -D warnings"
cargo clippy --target wasm32-unknown-unknown -- -D warnings

step "cargo test (domain, content, i18n)"
cargo test --workspace

step "release build: trunk build --release, then pre-rendering (scripts/build.sh)"
scripts/build.sh

step "size report (dist/)"
node scripts/size-report.mjs dist

step "first-load budgets (content pages <= 150 KB brotli, app sections <= 700 KB)"
node scripts/budget.mjs dist

step "browser tests (Playwright + axe, Debian Chromium, site served by nginx)"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npx playwright test

step "engine smoke suite: WebKit (WebKitWebDriver + MiniBrowser, nginx)"
node tests/engines/run.mjs webkit

step "engine smoke suite: Firefox ESR (geckodriver, nginx)"
node tests/engines/run.mjs firefox
