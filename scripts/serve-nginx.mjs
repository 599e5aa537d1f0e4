// Serves the built site the way production does: Debian's nginx with the repository's
// configuration (deploy/nginx/stotteportalen.conf: security headers, caching, the
// precompressed .br/.gz files, a folder's index.html, app.html for other addresses, real
// 404s), as an ordinary process: its own nginx.conf in a temporary prefix, `daemon off`,
// on 127.0.0.1. No system service, no root needed. Used by scripts/run.sh, the browser
// tests (playwright.config.js) and the engine smoke suite (tests/engines/run.mjs).
//   node scripts/serve-nginx.mjs [--port 8080] [--dir dist] [--host 127.0.0.1]
//   (NGINX_BIN=/path/to/nginx to use another binary)
// Without nginx (or its brotli module) it says so and falls back to the Node test server
// (scripts/serve-dist.mjs: no production headers, no compression, no-cache everywhere).
// Stops nginx and removes the prefix on SIGINT/SIGTERM/SIGHUP.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPRESSIBLE, listFiles } from './lib/dist.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const port = Number(arg('--port', process.env.PORT || 8080));
const host = arg('--host', '127.0.0.1');
const dir = resolve(arg('--dir', 'dist'));
const SITE_CONF = join(repo, 'deploy/nginx/stotteportalen.conf');

/** nginx's binary and the brotli_static module, or the reason they cannot be used. */
export function findNginx() {
  // NGINX_BIN: another nginx binary (a path that does not exist tries the fallback).
  const bin = process.env.NGINX_BIN
    ? (existsSync(process.env.NGINX_BIN) ? process.env.NGINX_BIN : '')
    : ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p))
      || (() => { try { return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim(); } catch { return ''; } })();
  if (!bin) return { reason: `nginx is not installed${process.env.NGINX_BIN ? ` (NGINX_BIN=${process.env.NGINX_BIN})` : ''}` };
  // nginx -V writes to stderr.
  const out = spawnSync(bin, ['-V'], { encoding: 'utf8' });
  const version = `${out.stdout || ''}${out.stderr || ''}`;
  const modules = version.match(/--modules-path=(\S+)/)?.[1] || '/usr/lib/nginx/modules';
  const brotli = join(modules, 'ngx_http_brotli_static_module.so');
  if (!existsSync(brotli)) return { reason: `nginx's brotli module is not installed (${brotli}; Debian: libnginx-mod-http-brotli-static)` };
  return { bin, brotli, version: version.match(/nginx version: (\S+)/)?.[1] || 'nginx' };
}

/** The nginx.conf of one server: the repository's site configuration, root = dist. */
export function nginxConf({ prefix, brotli, port, host, dir }) {
  // Started as root, nginx would run its workers as nobody, who may not read a checkout
  // under /root: a local test server runs them as the user who started it.
  const user = process.getuid && process.getuid() === 0 ? 'user root;\n' : '';
  return `# Written by scripts/serve-nginx.mjs; the site itself is ${SITE_CONF}.
daemon off;
${user}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr warn;
load_module ${brotli};
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    server {
        listen ${host}:${port};
        root ${dir};
        include ${SITE_CONF};
    }
}
`;
}

const PREFIX_NAME = 'stotte-nginx-';

/**
 * Temporary prefixes of earlier runs that were killed before they could clean up (their
 * nginx is gone): removed. A prefix whose nginx still runs (another server) is kept.
 */
function removeStalePrefixes() {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(PREFIX_NAME))) {
    const dir = join(tmpdir(), name);
    try {
      const pid = Number(readFileSync(join(dir, 'nginx.pid'), 'utf8'));
      process.kill(pid, 0); // still running: keep
    } catch (e) {
      // No pid file yet (a server starting right now) is kept for a minute.
      if (e.code === 'ENOENT' && Date.now() - statSync(dir).mtimeMs < 60_000) continue;
      if (e.code === 'EPERM') continue;
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** Precompressed copies that are missing or older than their file (a warning only). */
function stalePrecompressed() {
  const out = [];
  for (const f of listFiles(dir).filter((x) => COMPRESSIBLE.test(x))) {
    const br = join(dir, `${f}.br`);
    if (existsSync(br) && statSync(br).mtimeMs < statSync(join(dir, f)).mtimeMs) out.push(`${f}.br`);
  }
  return out;
}

async function main() {
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`serve-nginx: ${dir}/index.html is missing: build first (scripts/build.sh)`);
    process.exit(1);
  }
  const nginx = findNginx();
  if (!nginx.bin) {
    console.warn(`serve-nginx: ${nginx.reason}. Falling back to the Node test server `
      + '(scripts/serve-dist.mjs): no production headers, no precompressed files, no-cache everywhere. '
      + 'Install nginx with scripts/setup.sh --test to serve the site as in production.');
    const { serve } = await import('./lib/serve.mjs');
    const { url } = await serve({ roots: [dir], port });
    console.log(`serving ${dir} on ${url} (Node test server)`);
    return;
  }
  if (!existsSync(SITE_CONF)) {
    console.error(`serve-nginx: ${SITE_CONF} is missing: run node scripts/nginx-conf.mjs dist`);
    process.exit(1);
  }
  const stale = stalePrecompressed();
  if (stale.length) {
    console.warn(`serve-nginx: WARNING ${stale.length} precompressed copies are older than their files `
      + `(${stale.slice(0, 3).join(', ')}…): run node scripts/precompress.mjs ${dir}`);
  }
  removeStalePrefixes();
  const prefix = mkdtempSync(join(tmpdir(), PREFIX_NAME));
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, nginxConf({ prefix, brotli: nginx.brotli, port, host, dir }));
  const child = spawn(nginx.bin, ['-p', prefix, '-c', conf, '-e', 'stderr'], { stdio: ['ignore', 'inherit', 'inherit'] });
  let stopping = false;
  const cleanup = () => rmSync(prefix, { recursive: true, force: true });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    child.kill('SIGTERM'); // nginx: fast shutdown
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, stop);
  child.on('exit', (code, signal) => {
    cleanup();
    if (!stopping) console.error(`serve-nginx: nginx stopped (${signal || `exit ${code}`})`);
    process.exit(stopping ? 0 : (code || 1));
  });
  console.log(`serving ${dir} with ${nginx.version} on http://${host}:${port} (site configuration ${SITE_CONF})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
