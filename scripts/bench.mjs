// Benchmark (not a test, not run in CI): node scripts/bench.mjs [dist] [--runs N]
//
// For the front page and one service page, compares the built site with a plain static
// page of the same content: the page's DOM once the portal has rendered it (after
// pre-rendering, the HTML as built), with every <script> and modulepreload/preload link
// removed, served with the same CSS and fonts. Both are served on 127.0.0.1 with brotli
// (as a production server would) and measured by Lighthouse (mobile form factor, default
// simulated throttling) in Debian's Chromium. Prints transfer size, performance score,
// FCP, LCP, TBT, and our LCP ÷ the static page's LCP. Targets: score ≥ 95, ratio ≤ 1.3.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serve } from './lib/serve.mjs';
import { CHROMIUM, CHROME_FLAGS, launch } from './lib/browser.mjs';
import { PAGES as ALL_PAGES, kb, requestable } from './lib/dist.mjs';

// The content pages (the app sections have their own benchmark: scripts/bench-app.mjs).
const PAGES = ALL_PAGES.filter((p) => p.kind === 'content');

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 1; // each URL; medians are printed
const dist = resolve(args[0] || 'dist');
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LIGHTHOUSE = join(repo, 'node_modules', '.bin', 'lighthouse');

// The static copies: rendered DOM without scripts and (module)preload links.
async function writeStatic(origin, dir) {
  const browser = await launch();
  try {
    for (const { path } of PAGES) {
      const page = await browser.newPage();
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      let html = `<!DOCTYPE html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`;
      html = html
        .replace(/<script\b[\s\S]*?<\/script>/gi, '')
        .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/gi, '');
      const out = join(dir, path, 'index.html');
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, html);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

async function lighthouseOnce(url) {
  const { stdout } = await promisify(execFile)(LIGHTHOUSE, [
    url, '--output=json', '--output-path=stdout', '--quiet', '--form-factor=mobile',
    '--only-categories=performance', `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 256 * 1024 * 1024 });
  const lhr = JSON.parse(stdout);
  const ms = (id) => lhr.audits[id].numericValue;
  return {
    bytes: ms('total-byte-weight'),
    score: Math.round(lhr.categories.performance.score * 100),
    fcp: ms('first-contentful-paint'),
    lcp: ms('largest-contentful-paint'),
    tbt: ms('total-blocking-time'),
  };
}

async function lighthouse(url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseOnce(url));
  const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(k)]));
}

const tmp = mkdtempSync(join(tmpdir(), 'stotte-bench-'));
const ours = await serve({ roots: [dist], brotli: true });
const plain = await serve({ roots: [tmp, dist], brotli: true });
const rows = [];
try {
  await writeStatic(ours.url, tmp);
  // Compress every file once before measuring, so no run pays for brotli quality 11.
  for (const f of [...requestable(dist), ...PAGES.map((p) => p.path.slice(1))]) {
    for (const { url } of [ours, plain]) await fetch(`${url}/${f}`, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
  }
  for (const { path } of PAGES) {
    const stat = await lighthouse(plain.url + path);
    const our = await lighthouse(ours.url + path);
    rows.push({ url: path, ...our, ratio: (our.lcp / stat.lcp).toFixed(2) }, { url: `${path} (static)`, ...stat, ratio: '' });
  }
} finally {
  ours.server.close();
  plain.server.close();
  rmSync(tmp, { recursive: true, force: true });
}

const s = (n) => `${(n / 1000).toFixed(2)} s`;
const w = Math.max(...rows.map((r) => r.url.length));
console.log(`${'URL'.padEnd(w)}  ${'transfer'.padStart(9)}  score  ${'FCP'.padStart(7)}  ${'LCP'.padStart(7)}  ${'TBT'.padStart(6)}  LCP ratio`);
for (const r of rows) {
  console.log(`${r.url.padEnd(w)}  ${kb(r.bytes).padStart(9)}  ${String(r.score).padStart(5)}  ${s(r.fcp).padStart(7)}  ` +
    `${s(r.lcp).padStart(7)}  ${`${Math.round(r.tbt)} ms`.padStart(6)}  ${r.ratio}`);
}
console.log('targets: score ≥ 95, LCP ratio ≤ 1.3 (transfer = bytes over the wire, brotli; KB = 1024 bytes)');
