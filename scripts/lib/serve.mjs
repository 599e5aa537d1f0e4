// The static server for dist/ on 127.0.0.1, shared by scripts/serve-dist.mjs (CLI, the
// browser tests) and the measuring scripts (budget.mjs, bench.mjs). No dependencies.
// Files are looked up in `roots` in order; a path without a file extension that is no file
// gets the app shell app.html (written by scripts/prerender.mjs), or before pre-rendering the
// first index.html of the roots (SPA fallback: the app shows the page or its own 404 page).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

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

// Brotli bodies by file and size, shared by all servers of this process.
const compressed = new Map();

/**
 * Starts the server; port 0 picks a free port. With `brotli`, responses are brotli
 * compressed (quality 11, cached) for clients that accept it, as a production server
 * would send them (bench.mjs). Resolves to { server, port, url, file }.
 */
export function serve({ roots, port = 0, brotli = false }) {
  roots = roots.map((r) => resolve(r));
  // The file a URL path is served from (null: 404), also used to measure what was served.
  const file = async (urlPath) => {
    const p = urlPath.split('?')[0];
    for (const root of roots) {
      const f = await fileIn(root, p);
      if (f) return f;
    }
    if (extname(p) !== '') return null;
    for (const root of roots) {
      const shell = await fileIn(root, '/app.html');
      if (shell) return shell;
    }
    for (const root of roots) if (await fileIn(root, '/')) return join(root, 'index.html');
    return null;
  };
  const server = createServer(async (req, res) => {
    try {
      const f = await file(req.url);
      if (!f) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
        return;
      }
      let body = await readFile(f);
      const headers = {
        'content-type': TYPES[extname(f)] || 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      };
      if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] || '')) {
        const key = `${f}:${body.length}`;
        if (!compressed.has(key)) {
          compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        body = compressed.get(key);
        Object.assign(headers, { 'content-encoding': 'br', vary: 'accept-encoding' });
      }
      res.writeHead(200, headers);
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
