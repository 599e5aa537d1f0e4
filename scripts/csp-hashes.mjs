// Trunk post-build hook: puts the SHA-256 hashes of the inline scripts Trunk writes into
// index.html (its wasm loader) into the Content Security Policy, so the policy needs no
// 'unsafe-inline'. Runs on the staged build (TRUNK_STAGING_DIR) before it becomes dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const PLACEHOLDER = "'inline-script-hashes'";
if (!html.includes(PLACEHOLDER)) {
  console.error(`csp-hashes: no ${PLACEHOLDER} placeholder in ${file}`);
  process.exit(1);
}
const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
}
html = html.replaceAll(PLACEHOLDER, hashes.join(' '));
writeFileSync(file, html);
console.log(`csp-hashes: ${hashes.length} inline script(s) hashed into the CSP of ${file}`);
