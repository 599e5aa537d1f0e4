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

// The wasm's sections (issue 15: where its bytes are): code (the compiled functions: Leptos,
// the router, our views and rules) and data (static data: the content catalogues in Danish
// and English, the compiled Fluent messages, the rate tables, strings), each compressed on
// its own, so the two brotli figures add up to a little more than the file's.
for (const file of files.filter((f) => f.endsWith('.wasm'))) {
  const buf = readFileSync(join(root, file));
  const sections = wasmSections(buf).filter((s) => s.size > 4096);
  console.log(`\n${file}: ${sections.map((s) => `${s.name} ${(s.size / 1024).toFixed(1)} KB raw / ${(brotliSize(s.bytes) / 1024).toFixed(1)} KB brotli`).join(', ')}`);
}

/** The sections of a WebAssembly module: name, size and bytes. */
function wasmSections(buf) {
  const NAMES = { 0: 'custom', 1: 'type', 2: 'import', 3: 'function', 7: 'export', 9: 'element', 10: 'code', 11: 'data' };
  const out = [];
  let p = 8; // magic and version
  while (p < buf.length) {
    const id = buf[p++];
    let size = 0;
    let shift = 0;
    let byte;
    do {
      byte = buf[p++];
      size += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    out.push({ name: NAMES[id] || `section ${id}`, size, bytes: buf.subarray(p, p + size) });
    p += size;
  }
  return out;
}
