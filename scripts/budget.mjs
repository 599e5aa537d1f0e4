// The first-load budget: node scripts/budget.mjs <dist>
//
// Serves dist on a free port, opens each page of PAGES (scripts/lib/dist.mjs: the front
// page, a service page, and the first page of each app section: Find hjælp, the § 100
// calculator, Ansøgning) in Debian's Chromium at 360×740 with JavaScript on and an empty
// cache, waits for network idle plus 1 s, and lists every request with the raw and brotli
// size (quality 11) of the file served. KB = 1024 bytes. Exits 1 if
//   - a page's total is over its budget (budgetKb, brotli),
//   - on any page: a request goes to another origin, a response is 4xx/5xx, a URL is
//     requested twice, or a font face is downloaded but not used (document.fonts),
//   - an app section's page did not start the app (html[data-app="ready"]).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from './lib/serve.mjs';
import { launch } from './lib/browser.mjs';
import { PAGES, brotliSize, kb, listFiles } from './lib/dist.mjs';

const dist = resolve(process.argv[2] || 'dist');

// Which woff2 file each @font-face (family, weight, style) loads; later rules win.
function fontFiles() {
  const map = new Map();
  for (const f of listFiles(dist).filter((f) => f.endsWith('.css'))) {
    for (const [, body] of readFileSync(join(dist, f), 'utf8').matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const prop = (name) => body.match(new RegExp(`${name}:\\s*([^;]+)`))?.[1].trim().replace(/["']/g, '');
      const url = body.match(/url\(\s*["']?([^"')]+\.woff2)/)?.[1];
      if (url) map.set(`${prop('font-family')}|${prop('font-weight')}|${prop('font-style')}`, url.split('/').pop());
    }
  }
  return map;
}

async function measure(browser, origin, file, path, kind) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  // The first load without the app fetched ahead (public/boot.js does that only on a fast
  // connection without Save-Data): what every visitor pays.
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { effectiveType: '3g', saveData: true }, configurable: true }));
  const requests = [];
  page.on('requestfinished', async (r) => requests.push({ r, status: (await r.response())?.status() ?? 0 }));
  page.on('requestfailed', (r) => requests.push({ r, status: 0 }));
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  const appReady = await page.evaluate(() => document.documentElement.dataset.app === 'ready');
  const loaded = await page.evaluate(() => [...document.fonts]
    .filter((f) => f.status === 'loaded')
    .map((f) => `${f.family.replace(/["']/g, '')}|${f.weight}|${f.style}`));
  await context.close();

  const problems = [];
  if (kind === 'app' && !appReady) problems.push('the app did not start');
  const rows = [];
  const seen = new Set();
  for (const { r, status } of requests) {
    const url = new URL(r.url());
    if (url.protocol === 'data:') continue;
    if (url.origin !== origin) { problems.push(`request to another origin: ${r.url()}`); continue; }
    if (status >= 400 || status === 0) problems.push(`${status || 'failed'}: ${url.pathname}`);
    if (seen.has(r.url())) problems.push(`requested twice: ${url.pathname}`);
    seen.add(r.url());
    const f = await file(url.pathname);
    const buf = f ? readFileSync(f) : Buffer.alloc(0);
    rows.push({ path: url.pathname, type: r.resourceType(), raw: buf.length, br: brotliSize(buf) });
  }
  const faces = fontFiles();
  const used = new Set(loaded.map((k) => faces.get(k)).filter(Boolean));
  const fonts = rows.filter((r) => r.type === 'font').map((r) => r.path.split('/').pop());
  for (const f of fonts) if (!used.has(f)) problems.push(`font downloaded but not used: ${f}`);
  return { rows, problems, fonts, used: [...used] };
}

function print(path, { rows, problems, fonts, used }, budgetKb) {
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, br: t.br + r.br }), { raw: 0, br: 0 });
  const w = Math.max(30, ...rows.map((r) => r.path.length));
  console.log(`\n${path} (budget ${budgetKb} KB brotli, KB = 1024 bytes)`);
  console.log(`${'path'.padEnd(w)}  ${'type'.padEnd(10)}  ${'raw'.padStart(10)}  ${'brotli'.padStart(10)}`);
  for (const r of rows) console.log(`${r.path.padEnd(w)}  ${r.type.padEnd(10)}  ${kb(r.raw).padStart(10)}  ${kb(r.br).padStart(10)}`);
  console.log(`${`TOTAL (${rows.length} requests)`.padEnd(w)}  ${''.padEnd(10)}  ${kb(total.raw).padStart(10)}  ${kb(total.br).padStart(10)}`);
  console.log(`fonts requested: ${fonts.join(', ') || 'none'}; used (document.fonts loaded): ${used.join(', ') || 'none'}`);
  if (total.br > budgetKb * 1024) problems.push(`over budget: ${kb(total.br)} > ${budgetKb} KB brotli`);
  for (const p of problems) console.log(`FAIL ${p}`);
  return problems.length === 0;
}

const { server, url: origin, file } = await serve({ roots: [dist] });
const browser = await launch();
let ok = true;
try {
  for (const { path, kind, budgetKb } of PAGES) ok = print(path, await measure(browser, origin, file, path, kind), budgetKb) && ok;
} finally {
  await browser.close();
  server.close();
}
console.log(ok ? '\nbudget: OK' : '\nbudget: FAILED');
process.exit(ok ? 0 : 1);
