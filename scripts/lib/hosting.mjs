// What production hosting sends with the built site: the security headers, the caching
// classes and the content-hash pattern of Trunk's file names. Used by
// scripts/nginx-conf.mjs (writes deploy/nginx/stotteportalen.conf and deploy/headers.txt)
// and scripts/serve-nginx.mjs. The browser test tests/e2e/hosting.spec.js has its own
// list of what must be there, so removing a header here fails it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './dist.mjs';

/**
 * Trunk names its outputs `<stem>-<hash>.<ext>`, the hash a u64 in hex without leading
 * zeros (1–16 digits; fewer than 8 happens once in 4 billion builds), the wasm
 * `<stem>-<hash>_bg.wasm`. Only JS, wasm and CSS are hashed.
 */
export const HASHED = '-[0-9a-f]{8,16}(_bg)?\\.(js|wasm|css)$';

export const CACHE = {
  hashed: 'public, max-age=31536000, immutable',
  asset: 'public, max-age=86400',
  revalidate: 'no-cache',
};

/** Features the portal does not use; every one is denied to the page and to any frame. */
export const DENIED_FEATURES = [
  'accelerometer', 'autoplay', 'camera', 'display-capture', 'encrypted-media', 'fullscreen',
  'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment',
  'picture-in-picture', 'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb',
  'xr-spatial-tracking',
];

/** The security headers of every response, given the page's Content Security Policy. */
export function securityHeaders(csp) {
  return [
    ['Content-Security-Policy', `${csp}; frame-ancestors 'none'`],
    // One year; no includeSubDomains: the portal cannot know the municipality's other hosts.
    ['Strict-Transport-Security', 'max-age=31536000'],
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', DENIED_FEATURES.map((f) => `${f}=()`).join(', ')],
    ['X-Content-Type-Options', 'nosniff'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

const META_CSP = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/;

/** The `<meta>` Content Security Policy of one HTML page (null: none). */
export const metaCsp = (html) => html.match(META_CSP)?.[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"') ?? null;

/**
 * The one Content Security Policy of every page in dist (every .html file must carry the
 * same `<meta>` policy; the server sends it as a header with frame-ancestors added).
 */
export function siteCsp(dist) {
  const byPolicy = new Map();
  for (const f of listFiles(dist).filter((x) => x.endsWith('.html'))) {
    const csp = metaCsp(readFileSync(join(dist, f), 'utf8'));
    const key = csp ?? '(no <meta> Content-Security-Policy)';
    if (!byPolicy.has(key)) byPolicy.set(key, []);
    byPolicy.get(key).push(f);
  }
  if (byPolicy.size !== 1 || byPolicy.has('(no <meta> Content-Security-Policy)')) {
    const lines = [...byPolicy].map(([csp, files]) => `  ${csp}\n    ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}`);
    throw new Error(`every page in ${dist} must carry the same <meta> Content-Security-Policy; found:\n${lines.join('\n')}`);
  }
  return [...byPolicy.keys()][0];
}

/**
 * The files Trunk wrote with a content hash, read from the pages' references (index.html
 * and app.html): the stylesheets, the wasm and its JS glue — the files at the top of dist
 * (boot.js is copied as it is). wasm-bindgen's snippets (snippets/<crate>-<id>/inline0.js)
 * keep their names across builds: they are not content-hashed.
 */
export function trunkOutputs(dist) {
  const refs = new Set();
  for (const page of ['index.html', 'app.html']) {
    let html;
    try { html = readFileSync(join(dist, page), 'utf8'); } catch { continue; }
    for (const [, url] of html.matchAll(/(?:href|src|data-js|data-wasm)="\/?([^"#?:/]+\.(?:js|wasm|css))"/g)) refs.add(url);
    // Trunk's own loader (before pre-rendering): import('/x.js'), module_or_path: '/x.wasm'
    for (const [, url] of html.matchAll(/['"]\/([^'"/]+\.(?:js|wasm))['"]/g)) refs.add(url);
  }
  // Our own files copied under their names (not content-hashed): public/boot.js and
  // public/noscript.css.
  refs.delete('boot.js');
  refs.delete('noscript.css');
  return [...refs].sort();
}
