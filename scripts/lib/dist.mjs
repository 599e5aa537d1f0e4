// What is in a built site (dist/) and what a page can request from it; shared by
// size-report.mjs, fonts.mjs, sw-manifest.mjs, budget.mjs and bench.mjs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function listFiles(dir) {
  const out = [];
  (function walk(d) {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  })(dir);
  return out.sort();
}

/** Brotli size (quality 11, as a good static server would send it). */
export const brotliSize = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Files that pages and code are made of; everything else (fonts, icons) is an asset. */
export const SOURCE = /\.(html|js|mjs|css|wasm|webmanifest)$/;
export const FONT = /\.(woff2?|ttf|otf|eot)$/;

/**
 * The files in `dist` a page can ever request: every page and code file (except the
 * service worker itself), and every other file whose name occurs in one of them (fonts
 * and icons named in CSS `url(...)`, the favicon in HTML and the manifest, …).
 */
export function requestable(dist) {
  const all = listFiles(dist).filter((f) => !basename(f).startsWith('.'));
  const sources = all.filter((f) => SOURCE.test(f) && f !== 'sw.js');
  const text = sources.map((f) => readFileSync(join(dist, f), 'latin1')).join('\n');
  const assets = all.filter((f) => !SOURCE.test(f) && f !== 'sw.js' && text.includes(basename(f)));
  return [...sources, ...assets].sort();
}

/** `1234` → `"1.2 KB"` (KB = 1024 bytes everywhere in these scripts). */
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
