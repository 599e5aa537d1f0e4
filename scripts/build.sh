#!/usr/bin/env bash
# Release build of Støtteportalen into dist/: the app (Trunk), the font subsets, the
# pre-rendered pages (every content route as static HTML, rendered natively by the app's own
# components: src/bin/prerender.rs), the design system's CSS without the rules no page
# uses, the service worker's precache list (it hashes the final files), and last the
# precompressed .br/.gz copies for the server and the check that deploy/nginx/ matches the
# build.
# Expects the tools from scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build index.html --release
node scripts/fonts.mjs dist
node scripts/prerender.mjs dist
# Only the design system's rules that a page can use (reads the pre-rendered pages).
node scripts/purge-css.mjs dist
node scripts/sw-manifest.mjs dist
# Production hosting (issue 18): after every step that changes files.
node scripts/precompress.mjs dist
node scripts/nginx-conf.mjs dist --check
