// Prints the raw, gzip and brotli size of every file in the built site (dist/) and the
// total, so every change can be weighed. Usage: node scripts/size-report.mjs [dir]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotliSize, listFiles } from './lib/dist.mjs';

const root = process.argv[2] || 'dist';
const files = listFiles(root);

const kb = (n) => (n / 1024).toFixed(1).padStart(9);
const rows = files.map((file) => {
  const buf = readFileSync(join(root, file));
  return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, br: brotliSize(buf) };
}).sort((a, b) => b.br - a.br);

const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, br: t.br + r.br }), { raw: 0, gzip: 0, br: 0 });
const w = Math.max(5, ...rows.map((r) => r.file.length));
console.log(`${'file'.padEnd(w)}  ${'raw KB'.padStart(9)}  ${'gzip KB'.padStart(9)}  ${'brotli KB'.padStart(9)}`);
for (const r of rows) console.log(`${r.file.padEnd(w)}  ${kb(r.raw)}  ${kb(r.gzip)}  ${kb(r.br)}`);
console.log(`${'TOTAL'.padEnd(w)}  ${kb(total.raw)}  ${kb(total.gzip)}  ${kb(total.br)}  (${rows.length} files)`);
