#!/usr/bin/env bash
# Release build of Støtteportalen into dist/: the app (Trunk), then the pre-rendered pages
# (every content route as static HTML, rendered by the app itself in Chromium).
# Expects the tools from scripts/setup.sh --test (Chromium is needed for pre-rendering).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build index.html --release
node scripts/prerender.mjs dist
