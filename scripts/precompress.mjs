// Writes precompressed copies next to every compressible file of a built site, for a
// static server that sends them as they are (nginx brotli_static / gzip_static, see
// deploy/nginx/):
//   node scripts/precompress.mjs <dist>          write <file>.br (brotli, quality 11) and
//                                                <file>.gz (gzip, level 9)
//   node scripts/precompress.mjs <dist> --check  exit 1 if a copy is missing, stale or
//                                                different from its file
//
// Run it last (scripts/build.sh): after the pre-rendering and the service worker's precache
// list, which change files. Compressible: pages, code, CSS, wasm, JSON, the manifest, SVG
// and text; not fonts (woff2 is compressed already) or PNG. A copy that would not be
// smaller than its file is not written (the server then sends the file itself). Copies
// whose file is gone are deleted, so the step can be run again on the same dist.
// The other scripts (size report, budget, service worker list) ignore .br and .gz files
// (lib/dist.mjs listFiles).
import { readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { COMPRESSIBLE, PRECOMPRESSED, kb, listFiles } from './lib/dist.mjs';

const dist = resolve(process.argv[2] || 'dist');
const check = process.argv.includes('--check');

const ENCODINGS = [
  {
    ext: '.br',
    compress: (buf) => brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_GENERIC,
      },
    }),
    decompress: brotliDecompressSync,
  },
  { ext: '.gz', compress: (buf) => gzipSync(buf, { level: 9 }), decompress: gunzipSync },
];

const files = listFiles(dist).filter((f) => COMPRESSIBLE.test(f));
const problems = [];
let raw = 0;
const totals = { '.br': 0, '.gz': 0 };
let written = 0;

for (const f of files) {
  const path = join(dist, f);
  const buf = readFileSync(path);
  raw += buf.length;
  for (const { ext, compress, decompress } of ENCODINGS) {
    const copy = path + ext;
    if (check) {
      if (!existsSync(copy)) {
        // Only a copy that would be smaller is written.
        if (compress(buf).length < buf.length) problems.push(`missing: ${f}${ext}`);
        continue;
      }
      if (statSync(copy).mtimeMs < statSync(path).mtimeMs || !decompress(readFileSync(copy)).equals(buf)) {
        problems.push(`stale: ${f}${ext} is not ${f} compressed`);
      }
      totals[ext] += statSync(copy).size;
      continue;
    }
    const out = compress(buf);
    if (out.length < buf.length) {
      writeFileSync(copy, out);
      totals[ext] += out.length;
      written += 1;
    } else {
      rmSync(copy, { force: true });
      totals[ext] += buf.length;
    }
  }
}

// Copies whose file is gone, or that are not (any longer) compressible.
const keep = new Set(files);
for (const f of listFiles(dist, { precompressed: true }).filter((x) => PRECOMPRESSED.test(x))) {
  if (!keep.has(f.replace(PRECOMPRESSED, ''))) {
    if (check) problems.push(`orphan: ${f}`);
    else rmSync(join(dist, f));
  }
}

if (check) {
  for (const p of problems) console.error(`precompress: ${p}`);
  if (problems.length) {
    console.error(`precompress: run \`node scripts/precompress.mjs ${process.argv[2] || 'dist'}\` (the last step of scripts/build.sh)`);
    process.exit(1);
  }
  console.log(`precompress: the .br and .gz copies of ${files.length} files are current`);
} else {
  console.log(`precompress: ${files.length} files, ${kb(raw)} → brotli ${kb(totals['.br'])}, gzip ${kb(totals['.gz'])} (${written} copies written)`);
}
