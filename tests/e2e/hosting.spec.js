// Production hosting (deploy/nginx/stotteportalen.conf, served by scripts/serve-nginx.mjs):
// the security headers on every response, the Content Security Policy header against each
// page's <meta> policy, the precompressed brotli and gzip files, caching by kind of file,
// the addresses (a folder's index.html, app.html for other addresses, real 404s), and that
// framing is refused. Plain HTTP requests, except the framing test; runs once (phone).
import { test, expect } from '@playwright/test';
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { listFiles } from '../../scripts/lib/dist.mjs';

const DIST = 'dist';
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

// What production must send. Kept here, apart from the generator (scripts/lib/hosting.mjs),
// so that a header removed there fails this test.
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/;
const metaCsp = (html) => html.match(CSP_META)?.[1];
const SITE_CSP = metaCsp(readFileSync(join(DIST, 'index.html'), 'utf8'));
const REQUIRED = {
  'content-security-policy': `${SITE_CSP}; frame-ancestors 'none'`,
  'strict-transport-security': /^max-age=(\d+)/,
  'referrer-policy': 'no-referrer',
  'permissions-policy': /camera=\(\)/,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
};
// Features the portal does not use; each must be denied (`feature=()`).
const DENIED = ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'midi', 'display-capture',
  'fullscreen', 'accelerometer', 'gyroscope', 'magnetometer', 'autoplay', 'encrypted-media', 'picture-in-picture',
  'publickey-credentials-get', 'screen-wake-lock', 'xr-spatial-tracking'];
const IMMUTABLE = 'public, max-age=31536000, immutable';
const ASSET = 'public, max-age=86400';

let base;
test.beforeAll(({ baseURL }) => { base = baseURL; });

/** One HTTP request, the body as sent (not decoded). */
function fetchRaw(path, { method = 'GET', encoding } = {}) {
  return new Promise((ok, fail) => {
    const req = request(new URL(path, base), { method, agent, headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** The security headers a response lacks or has wrong (empty: all there). */
function headerProblems(res, label) {
  const problems = [];
  for (const [name, want] of Object.entries(REQUIRED)) {
    const got = res.headers[name];
    if (got === undefined) problems.push(`${label}: ${name} is missing`);
    else if (want instanceof RegExp ? !want.test(got) : got !== want) problems.push(`${label}: ${name} is "${got}", want ${want}`);
  }
  return problems;
}

const files = listFiles(DIST);
const read = (f) => readFileSync(join(DIST, f));
const appHtml = read('app.html').toString('utf8');
/**
 * Trunk's content-hashed outputs, as the app shell names them: the CSS, the JS glue and the
 * wasm, at the top of dist (not boot.js and noscript.css, our files copied as they are, nor
 * wasm-bindgen's snippets/).
 */
const hashed = [...new Set([...appHtml.matchAll(/(?:href|src|data-js|data-wasm)="\/([^"/]+\.(?:css|js|wasm))"/g)].map((m) => m[1]))]
  .filter((f) => f !== 'boot.js' && f !== 'noscript.css');
const wasm = hashed.find((f) => f.endsWith('.wasm'));
const pagePath = (f) => (f === 'index.html' ? '/' : `/${f.replace(/\/index\.html$/, '')}`);

test('served by nginx (not the Node fallback), without its version', async () => {
  const res = await fetchRaw('/');
  expect(res.status).toBe(200);
  expect(res.headers.server, 'scripts/serve-nginx.mjs fell back to the Node server: install nginx (scripts/setup.sh --test)').toBe('nginx');
});

test('every kind of response carries every security header, errors included', async () => {
  expect(SITE_CSP).toContain("default-src 'self'");
  const icon = files.find((f) => f.startsWith('img/') && f.endsWith('.svg'));
  const font = files.find((f) => f.endsWith('.woff2'));
  const urls = [
    '/', '/ydelser', '/ydelser/', '/find-hjaelp/sporgsmaal/alder', '/findes/ikke', '/app.html', '/index.html',
    '/boot.js', '/sw.js', '/manifest.webmanifest', '/favicon.svg', '/prerendered.json', `/${icon}`, `/${font}`,
    ...hashed.map((f) => `/${f}`),
    // real 404s of every location
    '/findes-ikke.js', '/img/findes-ikke.svg', '/fonts/findes-ikke.woff2', '/stotteportalen-0123456789abcdef_bg.wasm',
    '/findes-ikke.webmanifest',
  ];
  const problems = [];
  for (const url of urls) {
    for (const [method, encoding] of [['GET', undefined], ['GET', 'br, gzip'], ['HEAD', 'gzip']]) {
      problems.push(...headerProblems(await fetchRaw(url, { method, encoding }), `${method} ${url} (${encoding || 'identity'})`));
    }
  }
  expect(problems).toEqual([]);
  // HSTS for at least half a year; every feature in Permissions-Policy denied.
  const res = await fetchRaw('/');
  expect(Number(res.headers['strict-transport-security'].match(/max-age=(\d+)/)[1])).toBeGreaterThanOrEqual(15_552_000);
  const policy = res.headers['permissions-policy'];
  for (const f of DENIED) expect(policy.split(/,\s*/), `Permissions-Policy denies ${f}`).toContain(`${f}=()`);
  for (const d of policy.split(/,\s*/)) expect(d, 'Permissions-Policy allows nothing').toMatch(/^[a-z-]+=\(\)$/);
});

test('the CSP header of every page equals its <meta> policy plus frame-ancestors \'none\'', async () => {
  const pages = files.filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(10);
  const problems = [];
  for (const f of pages) {
    const res = await fetchRaw(f === 'app.html' ? '/app.html' : pagePath(f));
    const meta = metaCsp(res.body.toString('utf8'));
    if (res.status !== 200 || !meta) problems.push(`${f}: status ${res.status}, meta ${meta}`);
    else if (res.headers['content-security-policy'] !== `${meta}; frame-ancestors 'none'`) {
      problems.push(`${f}: header "${res.headers['content-security-policy']}" != meta "${meta}" + frame-ancestors`);
    }
  }
  expect(problems).toEqual([]);
});

test('precompressed: brotli and gzip files are sent as they are, decode to the file, with Vary', async () => {
  const compressible = files.filter((f) => /\.(html|js|css|wasm|json|webmanifest|svg)$/.test(f) && read(f).length > 1024);
  expect(compressible).toContain(wasm);
  const problems = [];
  for (const f of compressible) {
    const url = `/${f}`;
    const raw = read(f);
    const br = await fetchRaw(url, { encoding: 'gzip, deflate, br' });
    if (br.headers['content-encoding'] !== 'br') { problems.push(`${url}: content-encoding ${br.headers['content-encoding']} for br`); continue; }
    if (!/accept-encoding/i.test(br.headers.vary || '')) problems.push(`${url}: no Vary: Accept-Encoding`);
    if (!brotliDecompressSync(br.body).equals(raw)) problems.push(`${url}: the brotli body is not the file`);
    const gz = await fetchRaw(url, { encoding: 'gzip' });
    if (gz.headers['content-encoding'] !== 'gzip' || !gunzipSync(gz.body).equals(raw)) problems.push(`${url}: gzip body/encoding wrong`);
    const plain = await fetchRaw(url);
    if (plain.headers['content-encoding'] || !plain.body.equals(raw)) problems.push(`${url}: identity response is not the file`);
  }
  expect(problems).toEqual([]);
  // The wasm: at least 3× smaller on the wire than raw.
  const res = await fetchRaw(`/${wasm}`, { encoding: 'br' });
  expect(res.headers['content-type']).toBe('application/wasm');
  expect(res.body.length * 3).toBeLessThan(read(wasm).length);
  // Pages by address (folder → index.html, fallback → app.html) come brotli too.
  for (const [url, f] of [['/', 'index.html'], ['/ydelser', 'ydelser/index.html'], ['/find-hjaelp/sporgsmaal/alder', 'app.html']]) {
    const page = await fetchRaw(url, { encoding: 'br' });
    expect(page.headers['content-encoding'], url).toBe('br');
    expect(brotliDecompressSync(page.body).equals(read(f)), `${url} is ${f}`).toBe(true);
  }
});

test('caching: a year for content-hashed files, a day for fonts and icons, no-cache for everything else', async () => {
  expect(hashed.length).toBeGreaterThanOrEqual(3); // CSS, JS glue, wasm
  for (const f of hashed) expect(f, 'Trunk output with a content hash').toMatch(/-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/);
  const problems = [];
  const immutable = [];
  for (const f of files) {
    const res = await fetchRaw(`/${f}`, { method: 'HEAD' });
    const cc = res.headers['cache-control'];
    const want = hashed.includes(f) ? IMMUTABLE : /\.(woff2|svg|png|ico)$/.test(f) ? ASSET : 'no-cache';
    if (res.status !== 200 || cc !== want) problems.push(`${f}: ${res.status} cache-control "${cc}", want "${want}"`);
    if (cc === IMMUTABLE) immutable.push(f);
  }
  expect(problems).toEqual([]);
  expect(immutable.sort()).toEqual([...hashed].sort());
  // The pages by address, the service worker, boot.js and the manifest: always revalidated.
  for (const url of ['/', '/ydelser', '/find-hjaelp/sporgsmaal/alder', '/sw.js', '/boot.js', '/manifest.webmanifest']) {
    expect((await fetchRaw(url)).headers['cache-control'], url).toBe('no-cache');
  }
  // Revalidation works: a page's ETag gives 304.
  const first = await fetchRaw('/ydelser', { encoding: 'br' });
  expect(first.headers.etag).toBeTruthy();
  const again = await new Promise((ok, fail) => {
    const req = request(new URL('/ydelser', base), { agent, headers: { 'accept-encoding': 'br', 'if-none-match': first.headers.etag } }, (res) => { res.resume(); res.on('end', () => ok(res)); });
    req.on('error', fail);
    req.end();
  });
  expect(again.statusCode).toBe(304);
});

test('addresses: a folder answers with its index.html, other addresses with app.html, a missing file with a real 404', async () => {
  for (const [url, f] of [
    ['/', 'index.html'], ['/ydelser', 'ydelser/index.html'], ['/ydelser/', 'ydelser/index.html'],
    ['/ydelser/viborg/krisecenter', 'ydelser/viborg/krisecenter/index.html'],
    ['/find-hjaelp/sporgsmaal/alder', 'app.html'], ['/findes/ikke', 'app.html'], ['/ydelser/viborg/findes-ikke', 'app.html'],
  ]) {
    const res = await fetchRaw(url);
    expect(res.status, url).toBe(200);
    expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
    expect(res.body.equals(read(f)), `${url} answers with ${f}`).toBe(true);
  }
  for (const url of ['/findes-ikke.js', '/findes-ikke.html', '/img/svg-icons/findes-ikke.svg', '/fonts/findes-ikke.woff2',
    '/stotteportalen-0123456789abcdef_bg.wasm', '/ydelser/findes-ikke.json', '/findes-ikke.webmanifest']) {
    const res = await fetchRaw(url, { encoding: 'br' });
    expect(res.status, url).toBe(404);
    expect(res.headers['cache-control'], `${url}: a 404 is not cached`).toBeUndefined();
  }
  // Content types the browser relies on (wasm streaming compilation needs application/wasm).
  for (const [url, type] of [['/sw.js', /javascript; charset=utf-8$/], ['/boot.js', /javascript; charset=utf-8$/],
    ['/manifest.webmanifest', /^application\/manifest\+json/], [`/${wasm}`, /^application\/wasm$/],
    [`/${hashed.find((f) => f.endsWith('.css'))}`, /^text\/css; charset=utf-8$/], ['/favicon.svg', /^image\/svg\+xml/]]) {
    expect((await fetchRaw(url)).headers['content-type'], url).toMatch(type);
  }
});

test('framing is refused: the portal does not render in a frame of another page', async ({ page }) => {
  await page.setContent(`<iframe src="${base}/" width="600" height="400"></iframe>`);
  const frame = page.frames()[1];
  // Blocked by frame-ancestors 'none': Chromium puts its error page in the frame.
  await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
  expect(await frame.evaluate(() => !!document.querySelector('h1#main-heading')).catch(() => false)).toBe(false);
});
