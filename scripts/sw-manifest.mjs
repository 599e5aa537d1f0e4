// Writes the offline copy's precache list into the service worker of a built site:
//   node scripts/sw-manifest.mjs <dist>      (after the build, fonts.mjs and pre-rendering)
//
// The list is every file a page can request (lib/dist.mjs `requestable`: the pages, JS,
// wasm, CSS, and the fonts and icons they name) — not unused font faces or unreferenced
// icons, and never user data. The version is a hash of the list and of the files'
// contents, so any change makes a new worker with a new cache. Replaces the PRECACHE line
// of dist/sw.js (idempotent) and writes the same object to dist/sw-precache.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { kb, requestable } from './lib/dist.mjs';

const dist = resolve(process.argv[2] || 'dist');
const files = requestable(dist);
const hash = createHash('sha256');
let bytes = 0;
for (const f of files) {
  const buf = readFileSync(join(dist, f));
  bytes += buf.length;
  hash.update(f).update('\0').update(buf);
}
const precache = { version: hash.digest('hex').slice(0, 16), files: files.map((f) => `/${f}`) };

const swFile = join(dist, 'sw.js');
const LINE = /^const PRECACHE = .*; \/\/ injected by scripts\/sw-manifest\.mjs$/m;
const sw = readFileSync(swFile, 'utf8');
if (!LINE.test(sw)) {
  console.error(`sw-manifest: no PRECACHE line in ${swFile}`);
  process.exit(1);
}
writeFileSync(swFile, sw.replace(LINE, () => `const PRECACHE = ${JSON.stringify(precache)}; // injected by scripts/sw-manifest.mjs`));
writeFileSync(join(dist, 'sw-precache.json'), `${JSON.stringify(precache, null, 1)}\n`);
console.log(`sw-manifest: ${files.length} files (${kb(bytes)} raw), version ${precache.version}`);
