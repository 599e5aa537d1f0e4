#!/usr/bin/env bash
# Builds Støtteportalen and serves it on http://127.0.0.1:8080 (installs missing tools first),
# with nginx and the production configuration (deploy/nginx/, scripts/serve-nginx.mjs); where
# nginx cannot be installed, the Node test server (it says so).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --serve
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
scripts/build.sh
echo "Støtteportalen: http://127.0.0.1:8080  (Ctrl+C stops it)"
exec node scripts/serve-nginx.mjs --port "${PORT:-8080}"
