#!/usr/bin/env bash
# Builds Støtteportalen and serves it on http://127.0.0.1:8080 (installs missing tools first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
scripts/build.sh
echo "Støtteportalen: http://127.0.0.1:8080  (Ctrl+C stops it)"
exec node scripts/serve-dist.mjs --port "${PORT:-8080}"
