// The static server for dist/ on 127.0.0.1, shared by scripts/serve-dist.mjs (CLI, the
// browser tests) and the measuring scripts (budget.mjs, bench.mjs). No dependencies.
// Files are looked up in `roots` in order; a path without a file extension that is no file
// gets the first root's index.html (SPA fallback: the app shows its own 404 page).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const TYPES = {
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

async function fileIn(root, urlPath) {
  const full = normalize(join(root, decodeURIComponent(urlPath)));
  if (!full.startsWith(root)) return null;
  const s = await stat(full).catch(() => null);
  if (s?.isFile()) return full;
  if (s?.isDirectory()) {
    const idx = join(full, 'index.html');
    if ((await stat(idx).catch(() => null))?.isFile()) return idx;
  }
  return null;
}

/** Starts the server; port 0 picks a free port. Resolves to { server, port, url, file }. */
export function serve({ roots, port = 0 }) {
  roots = roots.map((r) => resolve(r));
  // The file a URL path is served from (null: 404), also used to measure what was served.
  const file = async (urlPath) => {
    const p = urlPath.split('?')[0];
    for (const root of roots) {
      const f = await fileIn(root, p);
      if (f) return f;
    }
    return extname(p) === '' ? join(roots[0], 'index.html') : null;
  };
  const server = createServer(async (req, res) => {
    try {
      const f = await file(req.url);
      if (!f) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
        return;
      }
      const body = await readFile(f);
      res.writeHead(200, {
        'content-type': TYPES[extname(f)] || 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const p = server.address().port;
      ok({ server, port: p, url: `http://127.0.0.1:${p}`, file });
    });
  });
}
