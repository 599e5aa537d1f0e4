// Shrinks the fonts in a built site: node scripts/fonts.mjs <dist>
//
// 1. Deletes the font files no CSS or page in dist names (DKFDS ships 16 IBM Plex Sans
//    faces; the CSS declares 8), so they are neither served nor precached.
// 2. Rewrites the remaining woff2 files in place as subsets (same names, so the
//    @font-face rules still match): every character our texts use (seeds/**/*.toml,
//    locales/**/*.ftl, src/**/*.rs, the pages in dist, CSS `content`), plus Basic Latin, Latin-1
//    Supplement and Latin Extended-A for what people type (names), General Punctuation,
//    € ™ − ‹ › « ». Subsetting a subset to the same set gives the same file: idempotent.
// 0. First, every @font-face rule in the CSS keeps only its woff2 source: DKFDS lists
//    .eot, .woff and .ttf sources too (before woff2), which we do not ship — a browser that
//    applied DKFDS's rule before ours fetched a .woff and got a 404. (Deterministic, so a
//    content-hashed CSS file still names its content.) Trunk wrote each stylesheet's
//    subresource integrity (sha384) into the HTML: it is replaced by the new file's, or the
//    browser would refuse the stylesheet.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { FONT, kb, listFiles, requestable } from './lib/dist.mjs';

const dist = resolve(process.argv[2] || 'dist');
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// The characters to keep.
const chars = new Set();
const addText = (s) => { for (const c of s) chars.add(c); };
const addRange = (from, to) => { for (let c = from; c <= to; c++) chars.add(String.fromCodePoint(c)); };
for (const [dir, ext] of [['seeds', '.toml'], ['locales', '.ftl'], ['src', '.rs']]) {
  for (const f of listFiles(join(repo, dir))) if (f.endsWith(ext)) addText(readFileSync(join(repo, dir, f), 'utf8'));
}
// 0. woff2 sources only.
for (const f of listFiles(dist).filter((f) => f.endsWith('.css'))) {
  const css = readFileSync(join(dist, f), 'utf8');
  const out = css.replace(/@font-face\s*\{[^}]*\}/g, (rule) => rule.replace(/src:([^;}]*)/, (all, list) => {
    const sources = list.split(/,(?![^(]*\))/).map((x) => x.trim());
    const woff2 = sources.filter((x) => /\.woff2\b/.test(x));
    return woff2.length && woff2.length < sources.length ? `src:${woff2.join(',')}` : all;
  }));
  if (out !== css) {
    writeFileSync(join(dist, f), out);
    const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
    const [before, after] = [sri(css), sri(out)];
    let replaced = 0;
    for (const h of listFiles(dist).filter((h) => h.endsWith('.html'))) {
      const html = readFileSync(join(dist, h), 'utf8');
      if (html.includes(before)) {
        writeFileSync(join(dist, h), html.split(before).join(after));
        replaced++;
      }
    }
    if (!replaced) throw new Error(`fonts: no page names the integrity of ${f}`);
    console.log(`fonts: ${f}: @font-face sources reduced to woff2`);
  }
}
const files = listFiles(dist);
for (const f of files.filter((f) => f.endsWith('.html'))) addText(readFileSync(join(dist, f), 'utf8'));
for (const f of files.filter((f) => f.endsWith('.css'))) {
  const css = readFileSync(join(dist, f), 'utf8');
  for (const [, s] of css.matchAll(/content:\s*(["'][^"']*["'])/g)) {
    addText(s.replace(/\\([0-9a-fA-F]{1,6})\s?/g, (_, h) => String.fromCodePoint(parseInt(h, 16))));
  }
}
addRange(0x20, 0x7e); // Basic Latin
addRange(0xa0, 0xff); // Latin-1 Supplement
addRange(0x100, 0x17f); // Latin Extended-A
addRange(0x2000, 0x206f); // General Punctuation
addText('€™−‹›«»');
for (const c of [...chars]) if (/[\p{Cc}\p{Co}\p{Cs}]/u.test(c)) chars.delete(c);
const text = [...chars].sort().join('');

// 1. Unused faces.
const wanted = new Set(requestable(dist));
let removed = 0;
for (const f of files.filter((f) => FONT.test(f) && !wanted.has(f))) {
  removed += statSync(join(dist, f)).size;
  rmSync(join(dist, f));
  console.log(`fonts: removed ${f} (named by no CSS or page)`);
}

// 2. Subsets.
let before = 0;
let after = 0;
const woff2 = files.filter((f) => f.endsWith('.woff2') && wanted.has(f));
await Promise.all(woff2.map(async (f) => {
  const p = join(dist, f);
  const orig = readFileSync(p);
  const sub = await subsetFont(orig, text, { targetFormat: 'woff2' });
  before += orig.length;
  after += sub.length;
  if (!sub.equals(orig)) writeFileSync(p, sub);
  console.log(`fonts: ${f}  ${kb(orig.length)} → ${kb(sub.length)}`);
}));
console.log(`fonts: ${chars.size} characters kept; ${woff2.length} faces ${kb(before)} → ${kb(after)}; ` +
  `${kb(removed)} of unused faces removed`);
