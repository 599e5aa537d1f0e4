// The smoke suite in other browser engines, through W3C WebDriver:
//   node tests/engines/run.mjs webkit    WebKit (WebKitGTK MiniBrowser; every iPhone browser is WebKit)
//   node tests/engines/run.mjs firefox   Firefox ESR (geckodriver)
// Options: --base-url http://127.0.0.1:PORT (a running server; otherwise the built dist/ is
// served with nginx by scripts/serve-nginx.mjs on a free port, as in production).
//
// One browser session walks the checks in tests/engines/smoke.mjs in order; each check is
// timed, a failed check saves a screenshot to test-results/engines/ and the suite goes on
// with the next one. Exits 1 if any check failed.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, Session, freePort, startDriver, until } from './webdriver.mjs';
import { CHECKS, Page } from './smoke.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const engineName = args.find((a) => !a.startsWith('--'));
const baseArg = args.includes('--base-url') ? args[args.indexOf('--base-url') + 1] : null;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
if (!ENGINES[engineName]) {
  console.error(`usage: node tests/engines/run.mjs <${Object.keys(ENGINES).join('|')}> [--base-url URL] [--only text]`);
  process.exit(2);
}
const engine = ENGINES[engineName];
const outDir = join(repo, 'test-results', 'engines');
const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

const cleanups = [];
const cleanup = async () => {
  while (cleanups.length) {
    try { await cleanups.pop()(); } catch { /* best effort */ }
  }
};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, async () => { await cleanup(); process.exit(130); });

/** Serves dist with nginx (scripts/serve-nginx.mjs) on a free port. */
async function startSite() {
  const port = await freePort();
  const child = spawn(process.execPath, [join(repo, 'scripts/serve-nginx.mjs'), '--port', String(port), '--dir', join(repo, 'dist')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  const url = `http://127.0.0.1:${port}`;
  cleanups.push(() => new Promise((ok) => {
    if (child.exitCode !== null) return ok();
    child.once('exit', ok);
    child.kill('SIGTERM');
  }));
  await until(async () => (await fetch(`${url}/`)).ok, { timeout: 20_000, what: `the site on ${url}` });
  console.log(out.trim());
  return url;
}

let failed = 0;
let session;
mkdirSync(outDir, { recursive: true });
try {
  const base = baseArg || await startSite();
  const driver = await startDriver(engineName, join(outDir, `${engineName}-driver.log`));
  cleanups.push(driver.stop);
  session = await Session.create(driver.url, {
    ...engine.capabilities,
    pageLoadStrategy: 'normal',
    unhandledPromptBehavior: 'accept',
    timeouts: { script: 30_000, pageLoad: 60_000, implicit: 0 },
  });
  cleanups.push(() => session.delete());
  const caps = session.capabilities;
  console.log(`\n${engine.label}: ${caps.browserName} ${caps.browserVersion} (${caps.platformName}), site ${base}, started in ${secs(Date.now() - t0)}`);
  await session.setWindowRect(engineName === 'webkit' ? { width: 390, height: 844 } : { width: 1280, height: 900 }).catch(() => {});

  const page = new Page(session, base);
  cleanups.push(() => page.reset());
  for (const check of CHECKS) {
    if (only && !check.name.includes(only)) continue;
    const start = Date.now();
    try {
      await page.reset();
      await check.run(page);
      await page.expectNoErrors();
      console.log(`  ok    ${check.name} (${secs(Date.now() - start)})`);
    } catch (e) {
      failed += 1;
      console.log(`  FAIL  ${check.name} (${secs(Date.now() - start)})\n        ${String(e.message || e).split('\n').join('\n        ')}`);
      try {
        mkdirSync(outDir, { recursive: true });
        const file = join(outDir, `${engineName}-${CHECKS.indexOf(check) + 1}.png`);
        writeFileSync(file, Buffer.from(await session.screenshot(), 'base64'));
        console.log(`        screenshot: ${file} (at ${await session.url()})`);
      } catch { /* no screenshot */ }
    }
  }
} catch (e) {
  failed += 1;
  console.log(`  FAIL  could not start ${engine.label}: ${e.message}`);
} finally {
  await cleanup();
}
const total = CHECKS.filter((c) => !only || c.name.includes(only)).length;
console.log(`${engine.label}: ${failed ? `${failed} of ${total} checks FAILED` : `${total} checks passed`} in ${secs(Date.now() - t0)}`);
process.exit(failed ? 1 : 0);
