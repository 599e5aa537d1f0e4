// Drops the design system's CSS rules that no page can use: node scripts/purge-css.mjs <dist>
//
// Det Fælles Designsystem ships one stylesheet of 215 KB (21 KB brotli) with every component;
// every page loads and parses it, and the browser matches its rules on every new page (a
// Find hjælp step is a new page). We use a part of it. PurgeCSS keeps a rule when every
// class, id, element and attribute its selector names occurs as a word in what can render
// a page: the pre-rendered pages in dist, the Rust source of every view (src/, crates/),
// public/ (boot.js) and our own CSS. DKFDS class names are only ever written as whole
// literals in our views (the classes we build with format! are our own, in style/main.css,
// which is not purged), so a word list is enough. @font-face, @keyframes and custom
// properties are kept.
//
// The file's name carries a hash of its content (Trunk), and the result depends on our
// source, so it gets a new name from the purged content; every page that links it gets the
// new name and the new subresource integrity (sha384), or the browser would refuse it.
// Runs after the pre-rendering (it reads those pages) and before the precache list and
// the precompressed copies. Idempotent: purging a purged file changes nothing.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PurgeCSS } from 'purgecss';
import { kb, listFiles } from './lib/dist.mjs';

const dist = resolve(process.argv[2] || 'dist');
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const target = listFiles(dist).filter((f) => /^dkfds[^/]*\.css$/.test(f));
if (target.length !== 1) throw new Error(`purge-css: expected one DKFDS stylesheet in ${dist}, found ${target.join(', ') || 'none'}`);
const name = target[0];
const css = readFileSync(join(dist, name), 'utf8');

// Every word that may be a class, id, element or attribute in a page.
const sources = [
  ...listFiles(dist).filter((f) => f.endsWith('.html')).map((f) => join(dist, f)),
  ...listFiles(join(repo, 'src')).filter((f) => f.endsWith('.rs')).map((f) => join(repo, 'src', f)),
  ...listFiles(join(repo, 'crates')).filter((f) => f.endsWith('.rs')).map((f) => join(repo, 'crates', f)),
  ...listFiles(join(repo, 'public')).filter((f) => /\.(js|css)$/.test(f)).map((f) => join(repo, 'public', f)),
  join(repo, 'style', 'main.css'),
  join(repo, 'index.html'),
];
const words = (text) => text.match(/[A-Za-z0-9_-]+/g) || [];

const [result] = await new PurgeCSS().purge({
  content: sources.map((file) => ({ raw: readFileSync(file, 'utf8'), extension: 'txt' })),
  css: [{ raw: css }],
  defaultExtractor: words,
  keyframes: false,
  fontFace: false,
  variables: false,
  // The root and the document's own states.
  safelist: { standard: ['html', 'body', ':root', 'no-js', 'js'] },
});
const out = result.css;

// A check of the result: every rule of the design system for one element by its classes
// alone (`.button.button-primary`, `.form-error:hover`) whose classes a pre-rendered page
// uses is kept. (A rule that also needs a class no page has, like
// `.navigation-menu-mobile .nav-link`, may go.)
const used = new Set();
for (const f of listFiles(dist).filter((f) => f.endsWith('.html'))) {
  for (const [, list] of readFileSync(join(dist, f), 'utf8').matchAll(/\sclass="([^"]*)"/g)) {
    for (const c of list.split(/\s+/)) if (c) used.add(c);
  }
}
const alone = (text) => {
  const found = new Set();
  for (const [, selectors] of text.matchAll(/([^{}@;]+)\{/g)) {
    for (const sel of selectors.split(',')) {
      if (/^(\.[A-Za-z0-9_-]+)+(:{1,2}[a-z-]+)*$/.test(sel.trim())) found.add(sel.trim());
    }
  }
  return found;
};
const kept = alone(out);
const classesOf = (sel) => sel.split(':')[0].split('.').filter(Boolean);
const lost = [...alone(css)].filter((sel) => classesOf(sel).every((c) => used.has(c)) && !kept.has(sel));
if (lost.length) throw new Error(`purge-css: rules for classes the pages use were dropped: ${lost.join(', ')}`);
console.log(`purge-css: ${used.size} classes on the pages; ${[...kept].length} rules for classes alone kept`);

const hash = (text, alg, enc) => createHash(alg).update(text).digest(enc);
const base = name.replace(/-[0-9a-f]{8,}\.css$/, '').replace(/\.css$/, '');
const newName = `${base}-${hash(out, 'sha256', 'hex').slice(0, 16)}.css`;
if (newName === name && out === css) {
  console.log(`purge-css: ${name} already purged`);
  process.exit(0);
}
writeFileSync(join(dist, name), out);
if (newName !== name) renameSync(join(dist, name), join(dist, newName));

const sri = (text) => `sha384-${hash(text, 'sha384', 'base64')}`;
const [sriBefore, sriAfter] = [sri(css), sri(out)];
let pages = 0;
for (const f of listFiles(dist).filter((f) => /\.(html|js|webmanifest)$/.test(f))) {
  const text = readFileSync(join(dist, f), 'utf8');
  if (!text.includes(name)) continue;
  writeFileSync(join(dist, f), text.split(name).join(newName).split(sriBefore).join(sriAfter));
  pages++;
}
if (!pages) throw new Error(`purge-css: no page links ${name}`);
console.log(`purge-css: ${name} ${kb(css.length)} → ${newName} ${kb(out.length)}; ${pages} files relinked`);
