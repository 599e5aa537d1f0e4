// A tiny W3C WebDriver client (plain HTTP with fetch, no dependencies) and the drivers of
// the engines the smoke suite runs in. Nothing here downloads a browser or a driver: it
// starts the ones installed by scripts/setup.sh --test and fails if they are missing.
//
//   WebKit:  Debian's webkit2gtk-driver (WebKitWebDriver) driving MiniBrowser with
//            --automation, on an Xvfb display of its own.
//   Firefox: Debian's firefox-esr, headless, through geckodriver (cargo install, pinned).
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export const ENGINES = {
  webkit: {
    label: 'WebKit (WebKitGTK MiniBrowser)',
    driver: '/usr/bin/WebKitWebDriver',
    display: true,
    args: (port) => [`--port=${port}`],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
    install: 'apt-get install webkit2gtk-driver xvfb (scripts/setup.sh --test)',
  },
  firefox: {
    label: 'Firefox ESR',
    driver: `${process.env.HOME}/.cargo/bin/geckodriver`,
    display: false,
    args: (port) => ['--port', String(port), '--host', '127.0.0.1'],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        // No background traffic (updates, telemetry, safe browsing, …) during the tests.
        prefs: {
          'app.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'browser.download.useDownloadDir': true,
          'browser.download.folderList': 2,
          'browser.download.dir': '/tmp',
        },
      },
    },
    install: 'apt-get install firefox-esr; cargo install geckodriver --version 0.37.1 (scripts/setup.sh --test)',
  },
};

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value (returned) or `timeout` ms have passed. */
export async function until(fn, { timeout = 10_000, interval = 100, what = 'a condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`);
    await sleep(interval);
  }
}

/**
 * Starts a process group we own, its output in a log file (read back when it fails to
 * start); `stop()` ends exactly that group and waits for it.
 */
function start(cmd, args, env, logFile) {
  const fd = openSync(logFile, 'a');
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  return { child, stop: () => stopGroup(child) };
}

/** SIGTERM to the process group of `child`, SIGKILL after 5 s; resolves when it is gone. */
function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const timer = setTimeout(() => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }, 5000);
    child.once('exit', () => { clearTimeout(timer); ok(); });
    try { process.kill(-child.pid, 'SIGTERM'); } catch { clearTimeout(timer); ok(); }
  });
}

/** An Xvfb display of our own (the number Xvfb picked). */
async function startXvfb(logFile) {
  if (!existsSync('/usr/bin/Xvfb')) throw new Error('Xvfb is missing: apt-get install xvfb (scripts/setup.sh --test)');
  const fd = openSync(logFile, 'a');
  const proc = spawn('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    detached: true, stdio: ['ignore', fd, fd, 'pipe'],
  });
  closeSync(fd);
  const display = await new Promise((ok, fail) => {
    let buf = '';
    proc.stdio[3].on('data', (d) => {
      buf += d;
      if (buf.includes('\n')) ok(`:${buf.trim()}`);
    });
    proc.once('exit', (code) => fail(new Error(`Xvfb exited (${code})`)));
    setTimeout(() => fail(new Error('Xvfb did not start in 10 s')), 10_000);
  });
  return { display, stop: () => stopGroup(proc) };
}

/**
 * Starts the engine's driver on a free port (WebKit: on an Xvfb display of its own);
 * resolves to { url, stop, logFile }. The drivers' output goes to `logFile`.
 */
export async function startDriver(name, logFile = join(tmpdir(), `stotte-${name}-driver-${process.pid}.log`)) {
  const engine = ENGINES[name];
  if (!engine) throw new Error(`unknown engine ${name}; one of ${Object.keys(ENGINES).join(', ')}`);
  if (!existsSync(engine.driver)) throw new Error(`${engine.driver} is missing: ${engine.install}`);
  writeFileSync(logFile, '');
  const stops = [];
  const stop = async () => { for (const s of stops) await s(); };
  const env = {};
  try {
    if (engine.display) {
      const x = await startXvfb(logFile);
      stops.push(x.stop);
      env.DISPLAY = x.display;
    } else {
      env.MOZ_HEADLESS = '1';
    }
    const port = await freePort();
    const driver = start(engine.driver, engine.args(port), env, logFile);
    stops.unshift(driver.stop);
    const url = `http://127.0.0.1:${port}`;
    await until(async () => (await (await fetch(`${url}/status`)).json()).value?.ready !== false, { timeout: 20_000, what: `${engine.driver} to listen` });
    return { url, logFile, stop };
  } catch (e) {
    await stop();
    let log = '';
    try { log = readFileSync(logFile, 'utf8'); } catch { /* none */ }
    throw new Error(`${e.message}\n${log}`);
  }
}

/** One WebDriver session (W3C protocol). */
export class Session {
  constructor(driverUrl, id, capabilities) {
    this.base = `${driverUrl}/session/${id}`;
    this.driverUrl = driverUrl;
    this.capabilities = capabilities;
  }

  static async create(driverUrl, alwaysMatch) {
    const { sessionId, capabilities } = await call('POST', `${driverUrl}/session`, { capabilities: { alwaysMatch } }, 120_000);
    return new Session(driverUrl, sessionId, capabilities);
  }

  cmd(method, path, body) {
    return call(method, `${this.base}${path}`, body);
  }

  delete() {
    return call('DELETE', this.base).catch(() => {});
  }

  // ---- navigation and scripts ----
  navigate(url) { return this.cmd('POST', '/url', { url }); }
  url() { return this.cmd('GET', '/url'); }
  title() { return this.cmd('GET', '/title'); }
  back() { return this.cmd('POST', '/back', {}); }
  setWindowRect(rect) { return this.cmd('POST', '/window/rect', rect); }
  /** Runs `fn` (a function or its source) in the page with `args`; returns its value. */
  execute(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: body(fn), args });
  }
  /** Runs an async function in the page (its promise is awaited). */
  executeAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((v) => done({ ok: v }), (e) => done({ error: String(e && e.stack || e) }));`;
    return this.cmd('POST', '/execute/async', { script, args }).then((r) => {
      if (r && 'error' in r) throw new Error(`script failed: ${r.error}`);
      return r?.ok;
    });
  }
  screenshot() { return this.cmd('GET', '/screenshot'); }

  // ---- elements ----
  async find(css, { timeout = 10_000 } = {}) {
    return until(async () => {
      const els = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
      return els.length ? els[0][ELEMENT] : null;
    }, { timeout, what: `an element ${css}` });
  }
  async findXPath(xpath, { timeout = 10_000 } = {}) {
    return until(async () => {
      const els = await this.cmd('POST', '/elements', { using: 'xpath', value: xpath });
      return els.length ? els[0][ELEMENT] : null;
    }, { timeout, what: `an element ${xpath}` });
  }
  click(id) { return this.cmd('POST', `/element/${id}/click`, {}); }
  clear(id) { return this.cmd('POST', `/element/${id}/clear`, {}); }
  sendKeys(id, text) { return this.cmd('POST', `/element/${id}/value`, { text }); }
  text(id) { return this.cmd('GET', `/element/${id}/text`); }
  property(id, name) { return this.cmd('GET', `/element/${id}/property/${name}`); }
}

/** A function's source for execute/sync: the body calls it with the arguments. */
function body(fn) {
  return typeof fn === 'function' ? `return (${fn}).apply(null, arguments);` : fn;
}

async function call(method, url, payload, timeout = 60_000) {
  const res = await fetch(url, {
    method,
    headers: payload === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: payload === undefined ? undefined : JSON.stringify(payload),
    signal: AbortSignal.timeout(timeout),
  });
  const text = await res.text();
  let json;
  try { json = JSON.parse(text); } catch { json = { value: { error: 'not json', message: text } }; }
  const value = json.value;
  if (!res.ok || (value && value.error)) {
    const err = new Error(`${method} ${url.replace(/^http:\/\/[^/]+/, '')}: ${value?.error || res.status}: ${value?.message || text}`.slice(0, 800));
    err.webdriver = value?.error;
    throw err;
  }
  return value;
}

export { ELEMENT };
