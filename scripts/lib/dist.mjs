// What is in a built site (dist/) and what a page can request from it; shared by
// size-report.mjs, fonts.mjs, sw-manifest.mjs, budget.mjs and bench.mjs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** Precompressed copies (scripts/precompress.mjs): `<file>.br`, `<file>.gz`. */
export const PRECOMPRESSED = /\.(br|gz)$/;
/** Files worth sending compressed (precompress.mjs writes .br and .gz copies of them). */
export const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|webmanifest|svg|txt|ics|xml)$/;

/**
 * Every file under `dir`, as paths relative to it with `/` separators, sorted. The
 * precompressed copies (.br, .gz) are left out unless `precompressed` is true: they are
 * the same files in another encoding, not files of the site.
 */
export function listFiles(dir, { precompressed = false } = {}) {
  const out = [];
  (function walk(d) {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (precompressed || !PRECOMPRESSED.test(name)) out.push(relative(dir, p).split(sep).join('/'));
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
 * service worker itself), every other file named in a page or in code (the favicon, …),
 * and every file named in a CSS rule that can apply: an @font-face rule, or a rule with a
 * selector whose class names all occur in the pages or code. DKFDS's CSS names all its
 * 158 icons (`.icon-account{background-image:url(…/account.svg)}`); only those whose
 * classes we use count.
 */
export function requestable(dist) {
  const all = listFiles(dist).filter((f) => !basename(f).startsWith('.') && f !== 'sw.js');
  const read = (f) => readFileSync(join(dist, f), 'latin1');
  const sources = all.filter((f) => SOURCE.test(f));
  const pages = sources.filter((f) => !f.endsWith('.css')).map(read).join('\n');
  const used = (selector) => [...selector.matchAll(/\.([\w-]+)/g)].every(([, c]) => pages.includes(c));
  const cssNamed = new Set();
  for (const css of sources.filter((f) => f.endsWith('.css')).map(read)) {
    for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      if (!selectors.split(',').some(used)) continue;
      for (const [, url] of body.matchAll(/url\(\s*["']?([^"')]+)/g)) cssNamed.add(basename(url));
    }
  }
  const assets = all.filter((f) => !SOURCE.test(f) && (pages.includes(basename(f)) || cssNamed.has(basename(f))));
  return [...sources, ...assets].sort();
}

/**
 * The pages budget.mjs measures, each with its first-load budget in KB brotli (everything
 * the page requests with an empty cache, the app included where it starts at once), and
 * bench.mjs (the content pages). Content pages: issue 15's target, 150 KB. App sections
 * (issue 15): one wasm holds every section (a section split would lose what the person
 * typed in "Gem ingenting" mode on every move between sections — see README, "Sizes"),
 * so their budget is the measured first load (≈ 640 KB in December 2026) plus a margin of
 * about 10 %: it stops a regression, it is not the ≤ 200 KB target.
 */
export const PAGES = [
  { path: '/', kind: 'content', budgetKb: 150 },
  { path: '/ydelser/viborg/socialpaedagogisk-stoette', kind: 'content', budgetKb: 150 },
  { path: '/find-hjaelp', kind: 'app', budgetKb: 700 },
  { path: '/beregn/kompensationsydelse', kind: 'app', budgetKb: 700 },
  { path: '/ansoegning', kind: 'app', budgetKb: 700 },
];

/** `1234` → `"1.2 KB"` (KB = 1024 bytes everywhere in these scripts). */
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
