// Pre-renders the portal to static HTML after `trunk build` (issue 8):
//
//   node scripts/prerender.mjs [dist]
//
// 1. Turns Trunk's dist/index.html into the template: the inline wasm loader is replaced by
//    public/boot.js (which gets the app's paths), so the Content Security Policy needs no
//    script hashes. dist/app.html is the app shell for addresses that are not pre-rendered
//    (the server's fallback). No page keeps Trunk's preloads (see below).
// 2. Renders every page natively with the app's own components (src/bin/prerender.rs, Leptos
//    server-side rendering), starting at the front page and following every link inside the
//    portal (content routes: the catalogue, every service and paragraph page of every
//    municipality, general pages, the glossary, anonymous help, privacy, accessibility,
//    contact; the first page of Find hjælp, Beregn and Ansøgning), and writes
//    dist/<path>/index.html: readable with JavaScript off. When JavaScript is on, boot.js
//    loads the app where needed and src/main.rs hydrates this markup (adopts the elements).
// 3. Writes dist/prerendered.json: the list of pre-rendered paths.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const dist = resolve(process.argv[2] || 'dist');

// Sections that are the app: pre-rendered at their entry page (with the notice for
// visitors without JavaScript) and at the first states listed in APP_FIRST; links below
// them are not followed.
const APP_SECTIONS = ['/find-hjaelp', '/beregn', '/ansoegning'];
// The app sections' first states are pre-rendered too (so nothing is blank while the app
// loads): each section's start and each calculator. (Find hjælp's questions are reached from
// its start page, by then the app runs.)
const APP_FIRST = ['/beregn/kompensationsydelse',
  '/beregn/krisecenter-og-forsorgshjem', '/beregn/ledsager', '/beregn/botilbud'];
// boot.js holds links into these sections back while the app loads: its list must be this one.
const bootSections = readFileSync(join(dist, 'boot.js'), 'utf8').match(/const APP_SECTIONS = (\[[^\]]*\]);/);
if (!bootSections || JSON.stringify(JSON.parse(bootSections[1].replace(/'/g, '"'))) !== JSON.stringify(APP_SECTIONS)) {
  console.error(`prerender: APP_SECTIONS in boot.js (${bootSections && bootSections[1]}) is not ${JSON.stringify(APP_SECTIONS)}`);
  process.exit(1);
}
// '/en': the English content pages (src/ui/i18n: has_english_address), found from there.
const START = ['/', '/en', '/ydelser', '/ordforklaringer', '/anonym-hjaelp', '/sikkerhed', '/om-portalen',
  '/tilgaengelighed', '/kontakt', ...APP_SECTIONS, ...APP_FIRST];
// Pages that switch zero-trace mode on: the app is loaded at once there, so that navigation
// from them adds no history entry (src/ui/safety.rs).
const EAGER = ['/anonym-hjaelp', '/sikkerhed'];

// ---- 1. The template ----------------------------------------------------------------
const trunkHtml = readFileSync(join(dist, 'index.html'), 'utf8');
const loader = trunkHtml.match(/<script type="module">[\s\S]*?from '([^']+\.js)'[\s\S]*?module_or_path: '([^']+\.wasm)'[\s\S]*?<\/script>\s*/);
if (!loader) {
  // Already processed (the script ran before on this dist): start from app.html.
  console.error('prerender: dist/index.html has no Trunk loader; run `trunk build` first');
  process.exit(1);
}
const [loaderTag, jsUrl, wasmUrl] = loader;
// Trunk's preloads (`<link rel="preload" as="fetch">` of the wasm, `modulepreload` of the JS
// glue and its snippets) go, from every page and from app.html: WebKit (every iPhone
// browser) does not hand a fetch preload to the glue's `fetch`, so it downloaded the wasm
// twice (measured: two Resource Timing entries of 824 KB each on /find-hjaelp), and the
// snippets twice. Instead boot.js asks for the wasm itself, first thing, before it
// imports the glue (issue 15; public/boot.js, `start`).
const preloads = trunkHtml.match(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g) || [];
if (!preloads.some((p) => p.includes(wasmUrl))) {
  console.error(`prerender: expected Trunk's preload of ${wasmUrl} in index.html`);
  process.exit(1);
}
let template = trunkHtml.replace(loaderTag, '');
for (const p of preloads) template = template.replace(p, '');
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
// Content pages: the body's last <noscript> (the app-only note) goes; the one in <head>
// with noscript.css stays.
const pageTemplate = template.replace(/\s*<noscript>(?:(?!<noscript>)[\s\S])*?<\/noscript>\s*(?=<\/body>)/, '\n');
if (!pageTemplate.includes('<script defer src="/boot.js"') || !pageTemplate.includes('/noscript.css')
    || /rel="(module)?preload"/.test(pageTemplate)) {
  console.error('prerender: the page template lost boot.js or noscript.css, or kept a preload');
  process.exit(1);
}

// ---- 2. Render every route natively (src/bin/prerender.rs) ---------------------------------
// The same components the browser runs, rendered to HTML by Leptos on this machine; the
// browser hydrates this markup (src/main.rs), so it must be exactly what the renderer wrote:
// the body holds it with no whitespace around it.
const run = spawnSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', ...START], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (run.status !== 0) {
  console.error('prerender: the native renderer failed (cargo run --bin prerender)');
  process.exit(1);
}
const problems = [];
const written = [];
const lines = run.stdout.split('\n').filter(Boolean);
// app.html, the app shell for every address that is not pre-rendered: the portal's bar and
// "the page is loading" (LoadingShell, src/ui/shell.rs) until the app renders the page in
// its place (src/main.rs), instead of a blank page for as long as the app takes to load.
const { loading } = JSON.parse(lines.shift());
if (!loading || !loading.includes('data-testid="app-loading"') || /<script\b/i.test(loading)) {
  console.error('prerender: the renderer\'s first line must be the body of app.html');
  process.exit(1);
}
const appHtml = template.replace('<body>', () => `<body>${loading}`);
writeFileSync(join(dist, 'app.html'), appHtml);
for (const line of lines) {
  const { path, title, body } = JSON.parse(line);
  if (body.includes('<h1 id="main-heading" tabindex="-1">Siden findes ikke')) problems.push(`${path}: rendered the 404 page`);
  if (/<script\b/i.test(body)) problems.push(`${path}: a script in the rendered body`);
  const isApp = APP_SECTIONS.some((s) => path === s || path.startsWith(`${s}/`));
  const eager = isApp || EAGER.some((p) => path === p || path.startsWith(`${p}/`));
  // An English address (/en, /en/…) is an English page.
  const lang = path === '/en' || path.startsWith('/en/') ? 'en' : 'da';
  const html = pageTemplate
    .replace('<html lang="da" class="no-js">',
      `<html lang="${lang}" class="no-js" data-prerendered=""${eager ? ' data-app="eager"' : ''}>`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(/<body>[\s\S]*<\/body>/, () => `<body>${body}</body>`);
  if (!html.includes('data-prerendered')) {
    console.error('prerender: index.html must start with <html lang="da" class="no-js">');
    process.exit(1);
  }
  const out = path === '/' ? join(dist, 'index.html') : join(dist, path, 'index.html');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, html);
  written.push(path);
}

writeFileSync(join(dist, 'prerendered.json'), `${JSON.stringify(written.sort(), null, 1)}\n`);
if (problems.length) {
  console.error(`prerender: problems while rendering:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`prerender: ${written.length} pages written to ${dist} (list in prerendered.json); app shell in app.html`);

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
