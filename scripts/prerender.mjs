// Pre-renders the portal to static HTML after `trunk build` (issue 8):
//
//   node scripts/prerender.mjs [dist]
//
// 1. Turns Trunk's dist/index.html into the template: the inline wasm loader is replaced by
//    public/boot.js (which gets the app's paths), so the Content Security Policy needs no
//    script hashes. dist/app.html is the app shell for addresses that are not pre-rendered
//    (the server's fallback; it keeps the preload of the wasm, because there the app is
//    needed at once).
// 2. Opens the built app in Chromium, starting at the front page, and follows every link
//    inside the portal (content routes: the catalogue, every service and paragraph page
//    of every municipality, general pages, the glossary, anonymous help, privacy,
//    accessibility, contact; the first page of Find hjælp, Beregn and Ansøgning). For each
//    page it takes the markup the app rendered and writes dist/<path>/index.html with it:
//    the same markup, readable with JavaScript off. When JavaScript is on, boot.js loads
//    the app where needed and src/main.rs replaces the body with identical markup.
// 3. Writes dist/prerendered.json: the list of pre-rendered paths.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { launch } from './lib/browser.mjs';
import { TYPES } from './lib/serve.mjs';

const dist = resolve(process.argv[2] || 'dist');

// Sections that are the app: pre-rendered only at their entry page (with the notice for
// visitors without JavaScript), never below it.
const APP_SECTIONS = ['/find-hjaelp', '/beregn', '/ansoegning'];
const START = ['/', '/ydelser', '/ordforklaringer', '/anonym-hjaelp', '/sikkerhed', '/om-portalen',
  '/tilgaengelighed', '/kontakt', ...APP_SECTIONS];
const inAppSection = (p) => APP_SECTIONS.some((s) => p.startsWith(`${s}/`));

// ---- 1. The template ----------------------------------------------------------------
const trunkHtml = readFileSync(join(dist, 'index.html'), 'utf8');
const loader = trunkHtml.match(/<script type="module">[\s\S]*?from '([^']+\.js)'[\s\S]*?module_or_path: '([^']+\.wasm)'[\s\S]*?<\/script>\s*/);
if (!loader) {
  // Already processed (the script ran before on this dist): start from app.html.
  console.error('prerender: dist/index.html has no Trunk loader; run `trunk build` first');
  process.exit(1);
}
const [loaderTag, jsUrl, wasmUrl] = loader;
const preloads = trunkHtml.match(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g) || [];
let template = trunkHtml.replace(loaderTag, '');
template = template.replace(/(script-src 'self' 'wasm-unsafe-eval')[^;"]*/, '$1');
template = template.replace('<script defer src="/boot.js"></script>',
  `<script defer src="/boot.js" data-js="${jsUrl}" data-wasm="${wasmUrl}"></script>`);
if (!template.includes(`data-wasm="${wasmUrl}"`)) {
  console.error('prerender: index.html must load /boot.js with <script defer src="/boot.js"></script>');
  process.exit(1);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(template)) {
  console.error('prerender: an inline script is left in the template');
  process.exit(1);
}
const appHtml = template;
writeFileSync(join(dist, 'app.html'), appHtml);
// Content pages load the app only when needed: no preload of the wasm there.
let pageTemplate = template;
for (const p of preloads) pageTemplate = pageTemplate.replace(p, '');
pageTemplate = pageTemplate.replace(/\s*<noscript>[\s\S]*?<\/noscript>\s*(?=<\/body>)/, '\n');

// ---- 2. Render every route in Chromium --------------------------------------------------
const server = createServer((req, res) => {
  const path = decodeURIComponent(req.url.split('?')[0]);
  if (extname(path) === '') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(appHtml); // every page is rendered by the app itself
    return;
  }
  const file = normalize(join(dist, path));
  try {
    if (!file.startsWith(dist)) throw new Error('outside');
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const problems = [];
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });

const seen = new Set(START);
const queue = [...START];
const written = [];
while (queue.length) {
  const path = queue.shift();
  await page.goto(origin + path);
  await page.waitForSelector('html[data-app="ready"]');
  await page.waitForSelector('h1');
  // leptos_meta sets the title in an effect: let it settle.
  await page.waitForFunction(() => document.title !== '');
  await page.waitForTimeout(50);
  const snap = await page.evaluate(() => {
    const links = Array.from(document.querySelectorAll('a[href^="/"]'), (a) => a.getAttribute('href'));
    return {
      title: document.title,
      // The app's markup only: not the shell's own <noscript> note of app.html.
      body: Array.from(document.body.children)
        .filter((el) => el.tagName !== 'NOSCRIPT' && el.tagName !== 'SCRIPT')
        .map((el) => el.outerHTML).join('\n'),
      eager: document.querySelector('[data-testid="zero-trace-banner"]') !== null,
      notFound: document.querySelector('h1')?.textContent === 'Siden findes ikke',
      links,
    };
  });
  if (snap.notFound) problems.push(`${path}: rendered the 404 page`);
  const isApp = APP_SECTIONS.includes(path);
  let html = pageTemplate
    .replace('<html lang="da" class="no-js">',
      `<html lang="da" class="no-js" data-prerendered=""${isApp || snap.eager ? ' data-app="eager"' : ''}>`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(snap.title)}</title>`)
    .replace(/<body>[\s\S]*<\/body>/, `<body>\n${snap.body.replace(/<script\b[\s\S]*?<\/script>/g, '')}\n</body>`);
  if (!html.includes('data-prerendered')) {
    console.error('prerender: index.html must start with <html lang="da" class="no-js">');
    process.exit(1);
  }
  const out = path === '/' ? join(dist, 'index.html') : join(dist, path, 'index.html');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, html);
  written.push(path);
  for (const href of snap.links) {
    const p = href.split(/[?#]/)[0].replace(/\/$/, '') || '/';
    if (extname(p) !== '' || seen.has(p) || inAppSection(p)) continue;
    seen.add(p);
    queue.push(p);
  }
}
await browser.close();
server.close();

writeFileSync(join(dist, 'prerendered.json'), `${JSON.stringify(written.sort(), null, 1)}\n`);
if (problems.length) {
  console.error(`prerender: problems while rendering:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`prerender: ${written.length} pages written to ${dist} (list in prerendered.json); app shell in app.html`);

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
