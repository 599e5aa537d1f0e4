// A tiny static server for dist/ on 127.0.0.1. A path that is a folder gets its
// index.html (the pre-rendered pages, scripts/prerender.mjs); a path without a file
// extension that is not pre-rendered gets the app shell app.html (or index.html before
// pre-rendering), so deep links (/find-hjaelp/...) load and unknown addresses get the
// app's own 404 page.
// Used by `scripts/run.sh` and by the browser tests. No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const port = Number(arg('--port', process.env.PORT || 8080));
const root = resolve(arg('--dir', 'dist'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

async function fileFor(urlPath) {
  let p = decodeURIComponent(urlPath.split('?')[0]);
  const full = normalize(join(root, p));
  if (!full.startsWith(root)) return null;
  try {
    const s = await stat(full);
    if (s.isFile()) return full;
    if (s.isDirectory()) {
      const idx = join(full, 'index.html');
      if ((await stat(idx).catch(() => null))?.isFile()) return idx;
    }
  } catch {}
  return null;
}

createServer(async (req, res) => {
  try {
    let file = await fileFor(req.url);
    let status = 200;
    if (!file) {
      if (extname(req.url.split('?')[0]) === '') {
        // SPA fallback: the app shows the page (or its own 404 page)
        file = (await fileFor('/app.html')) || join(root, 'index.html');
      } else {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
        return;
      }
    }
    const body = await readFile(file);
    res.writeHead(status, {
      'content-type': TYPES[extname(file)] || 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (e) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(e));
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}`);
});
