// Benchmark of the app sections on a cheap phone (not a test, not run in CI):
//
//   node scripts/bench-app.mjs [dist] [--runs N] [--only loads|interactions]
//
// Serves the built site with brotli on 127.0.0.1 (as a production server sends it) and
// drives Debian's Chromium through Playwright with Chrome DevTools Protocol throttling:
// Slow 4G (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip) and a CPU 4× slower than this
// machine's, at 360×740 with touch. Each run uses a fresh browser context (empty cache).
//
// 1. Loads: for the front page, a service page, Find hjælp, each calculator and Ansøgning:
//    first contentful paint, largest contentful paint, the time until the app is ready
//    (`stotteportalen-ready`; content pages start the app only when a control is used, so
//    there the time is measured after a tap on the first control once the page has loaded),
//    and the bytes transferred. The same page as a static copy (the rendered page without
//    any script, same CSS and fonts) gives the LCP the ratios are taken against.
// 2. Interactions: a Find hjælp walk to "Tjek dine svar", a § 100 calculation, one
//    application step and typing in the application's "Din hverdag" (13 keys, each one
//    interaction; see applicationTyping for the screencast it needs), each with the Event
//    Timing API (every interaction's duration, the measure behind INP) and, for the walk,
//    the wall-clock time from the click on "Fortsæt" until the next question's heading is
//    on screen.
//
// Prints the medians over the runs and the targets (issue 15): app ready ≤ 2 × the static
// copy's LCP, nothing blank before the app is ready, every interaction ≤ 100 ms.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { serve } from './lib/serve.mjs';
import { launch } from './lib/browser.mjs';
import { kb, requestable } from './lib/dist.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const onlyAt = args.indexOf('--only');
const ONLY = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : null;
if (ONLY && !['loads', 'interactions'].includes(ONLY)) throw new Error(`--only loads|interactions, not ${ONLY}`);
const dist = resolve(args[0] || 'dist');

export const LOAD_PAGES = [
  { path: '/', content: true },
  { path: '/ydelser/viborg/socialpaedagogisk-stoette', content: true },
  { path: '/find-hjaelp' },
  { path: '/beregn/kompensationsydelse' },
  { path: '/beregn/krisecenter-og-forsorgshjem' },
  { path: '/beregn/ledsager' },
  { path: '/beregn/botilbud' },
  { path: '/ansoegning' },
];

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

// Recorded in every page from the start: paints, LCP, app ready, interactions.
const RECORDER = () => {
  const m = { fcp: null, lcp: null, ready: null, events: [] };
  window.__bench = m;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') m.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) m.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      if (e.interactionId) m.events.push({ id: e.interactionId, name: e.name, duration: e.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  window.addEventListener('stotteportalen-ready', () => { m.ready = performance.now(); });
};

async function throttled(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(RECORDER);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  return { context, page, bytes: () => bytes };
}

/** One load: FCP, LCP, app ready, bytes. */
async function measureLoad(browser, origin, { path, content }) {
  const { context, page, bytes } = await throttled(browser);
  try {
    await page.goto(origin + path, { waitUntil: 'load' });
    if (content) {
      // A content page loads the app on first use of a control: tap the first one.
      await page.waitForLoadState('networkidle');
      const tapAt = await page.evaluate(() => performance.now());
      const inMain = page.locator('main select:visible, main input:visible');
      if (await inMain.count()) await inMain.first().tap();
      else {
        const toggle = page.locator('[data-menu-toggle]:visible');
        if (await toggle.count()) await toggle.tap();
        await page.locator('#header-municipality').tap();
      }
      await page.waitForSelector('html[data-app="ready"]', { timeout: 120_000 });
      const m = await page.evaluate(() => window.__bench);
      return { fcp: m.fcp, lcp: m.lcp, ready: m.ready - tapAt, readyAfterTap: true, bytes: bytes() };
    }
    await page.waitForSelector('html[data-app="ready"]', { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const m = await page.evaluate(() => window.__bench);
    return { fcp: m.fcp, lcp: m.lcp, ready: m.ready, bytes: bytes() };
  } finally {
    await context.close();
  }
}

/** The static copy's LCP (same throttling). */
async function measureStatic(browser, origin, path) {
  const { context, page, bytes } = await throttled(browser);
  try {
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const m = await page.evaluate(() => window.__bench);
    return { fcp: m.fcp, lcp: m.lcp, bytes: bytes() };
  } finally {
    await context.close();
  }
}

/** The rendered pages without scripts: the static copies. */
async function writeStatic(browser, origin, dir) {
  const page = await browser.newPage();
  for (const { path } of LOAD_PAGES) {
    await page.goto(origin + path);
    await page.evaluate(() => window.stotteportalenStart && window.stotteportalenStart());
    await page.waitForSelector('html[data-app="ready"]');
    await page.waitForTimeout(300);
    let html = `<!DOCTYPE html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`;
    html = html
      .replace(/<script\b[\s\S]*?<\/script>/gi, '')
      .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/gi, '');
    const out = join(dir, 'static', path, 'index.html');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, html);
  }
  await page.close();
}

/** Interaction durations (Event Timing): the longest entry per interaction. */
function interactions(events) {
  const byId = new Map();
  for (const e of events) byId.set(e.id, Math.max(byId.get(e.id) || 0, e.duration));
  return [...byId.values()];
}

async function walkScreener(page, origin) {
  await page.goto(`${origin}/find-hjaelp`);
  await page.waitForSelector('html[data-app="ready"]', { timeout: 120_000 });
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  const steps = [];
  for (let i = 0; i < 30; i++) {
    await page.waitForSelector('.fh-question h1, h1#main-heading');
    if (/\/tjek$/.test(page.url())) break;
    const select = page.locator('.fh-question select');
    const option = page.locator('.fh-options input').first();
    if (await option.count() === 0 && await select.count() === 0) break;
    const before = await page.locator('h1').innerText();
    const ved = page.locator('.fh-options label', { hasText: 'Ved ikke' });
    if (await select.count()) await select.selectOption('viborg');
    else if (await ved.count()) await ved.first().click();
    else await page.locator('.fh-options label').first().click();
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.waitForFunction((b) => document.querySelector('h1')?.innerText !== b || /\/tjek$/.test(location.pathname), before);
    steps.push(Date.now() - t0);
  }
  return steps;
}

async function calculate100(page, origin) {
  await page.goto(`${origin}/beregn/kompensationsydelse`);
  await page.waitForSelector('html[data-app="ready"]', { timeout: 120_000 });
  await page.locator('#beregn-dato').fill('2025-10-01');
  await page.locator('#udgift-1-beloeb').fill('2.500');
  await page.locator('#udgift-1-dokumenteret').check();
  await page.getByTestId('calculate').click();
  await page.getByTestId('calc-result').waitFor();
}

async function applicationStep(page, origin) {
  await page.goto(`${origin}/ansoegning`);
  await page.waitForSelector('html[data-app="ready"]', { timeout: 120_000 });
  await page.getByText('Jeg søger for mig selv').click();
  await page.getByTestId('ans-start').click();
  await page.getByLabel('Fornavn', { exact: true }).fill('Anna');
  await page.getByLabel('Efternavn').fill('Jensen');
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await page.waitForURL(/hvad-soeger-du$/);
}

/**
 * Typing in the application's "Din hverdag" (two services chosen, so two text areas with
 * their guiding questions): every key is one interaction. Headless Chromium
 * does not always report a presented frame for a key typed into a field (no screen takes
 * the frames), and Event Timing ends an interaction at the next presented frame: without
 * a consumer, the keys typed into "Fornavn" all ended together when the next field got
 * focus (up to 1.5 s), while requestAnimationFrame ran at 60 frames a second and the CPU
 * profile showed the main thread idle. A screencast (CDP `Page.startScreencast`, tiny
 * JPEGs) consumes every frame, as a screen would; then each key gets its own frame.
 */
async function applicationTyping(page, origin) {
  await applicationStep(page, origin);
  await page.locator('#kommune').selectOption('viborg');
  for (const name of [/^Ledsageordning/, /^Socialpædagogisk støtte/]) await page.getByRole('checkbox', { name }).first().check();
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await page.waitForURL(/din-hverdag$/);
  const field = page.locator('.ans-hverdag textarea').first();
  await field.waitFor();
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Page.screencastFrame', (e) => cdp.send('Page.screencastFrameAck', { sessionId: e.sessionId }).catch(() => {}));
  await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 10, everyNthFrame: 1 });
  await page.waitForTimeout(500);
  // Only the keys count: forget the clicks that got here.
  await page.evaluate(() => { window.__bench.events = []; });
  await field.pressSequentially('Jeg får hjælp', { delay: 150 });
  await page.waitForTimeout(300);
  await cdp.send('Page.stopScreencast');
}

async function measureWalk(browser, origin, walk) {
  const { context, page } = await throttled(browser);
  try {
    const steps = await walk(page, origin);
    await page.waitForTimeout(500);
    const events = await page.evaluate(() => window.__bench.events);
    return { durations: interactions(events), steps: Array.isArray(steps) ? steps : [] };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const ms = (x) => (x === null ? '—' : `${Math.round(x)} ms`);
const pad = (s, n) => String(s).padEnd(n);
const padl = (s, n) => String(s).padStart(n);

const tmp = mkdtempSync(join(tmpdir(), 'stotte-bench-app-'));
const ours = await serve({ roots: [dist], brotli: true });
const plain = await serve({ roots: [join(tmp, 'static'), dist], brotli: true });
const browser = await launch();
try {
  if (ONLY !== 'interactions') await writeStatic(browser, ours.url, tmp);
  // Compress every file once, so no measured run pays for brotli quality 11.
  for (const f of requestable(dist)) await fetch(`${ours.url}/${f}`, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
  if (ONLY !== 'interactions') for (const { path } of LOAD_PAGES) await fetch(`${plain.url}${path}`, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());

  console.log(`bench-app: ${RUNS} run(s), Slow 4G (1.6 Mbit/s, 150 ms RTT), CPU ${CPU_SLOWDOWN}× slower, 360×740, brotli\n`);
  if (ONLY !== 'interactions') console.log(`${pad('page', 44)}${padl('transfer', 10)}${padl('FCP', 9)}${padl('LCP', 9)}${padl('ready', 10)}${padl('static LCP', 12)}${padl('ready ÷ static LCP', 20)}`);
  const loadRows = [];
  for (const p of ONLY === 'interactions' ? [] : LOAD_PAGES) {
    const runs = [];
    const statics = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await measureLoad(browser, ours.url, p));
      statics.push(await measureStatic(browser, plain.url, p.path));
    }
    const row = {
      path: p.path + (p.content ? ' (ready after a tap)' : ''),
      bytes: median(runs.map((r) => r.bytes)),
      fcp: median(runs.map((r) => r.fcp)),
      lcp: median(runs.map((r) => r.lcp)),
      ready: median(runs.map((r) => r.ready)),
      staticLcp: median(statics.map((r) => r.lcp)),
      content: p.content,
    };
    row.ratio = p.content ? median(runs.map((r) => r.lcp)) / row.staticLcp : row.ready / row.staticLcp;
    loadRows.push(row);
    console.log(`${pad(row.path, 44)}${padl(kb(row.bytes), 10)}${padl(ms(row.fcp), 9)}${padl(ms(row.lcp), 9)}${padl(ms(row.ready), 10)}${padl(ms(row.staticLcp), 12)}${padl(`${row.ratio.toFixed(2)}${p.content ? ' (LCP)' : ''}`, 20)}`);
  }

  if (ONLY !== 'loads') console.log(`\n${pad('interactions', 44)}${padl('count', 7)}${padl('median', 9)}${padl('max', 9)}${padl('> 100 ms', 10)}${padl('click → next question (median / max)', 40)}`);
  for (const [name, walk] of [['Find hjælp: walk to "Tjek dine svar"', walkScreener], ['§ 100: one calculation', calculate100], ['Ansøgning: start and one step', applicationStep], ['Ansøgning: typing 13 keys in "Din hverdag"', applicationTyping]].filter(() => ONLY !== 'loads')) {
    const all = [];
    const steps = [];
    const maxes = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await measureWalk(browser, ours.url, walk);
      if (process.env.BENCH_VERBOSE) console.log(`  ${name}, run ${i + 1}: ${r.durations.map(Math.round).join(' ')} ms`);
      all.push(median(r.durations));
      maxes.push(Math.max(0, ...r.durations));
      steps.push(...r.steps);
      if (i === RUNS - 1) all.count = r.durations.length, all.over = r.durations.filter((d) => d > 100).length;
    }
    const stepText = steps.length ? `${ms(median(steps))} / ${ms(Math.max(...steps))}` : '—';
    console.log(`${pad(name, 44)}${padl(all.count, 7)}${padl(ms(median(all)), 9)}${padl(ms(median(maxes)), 9)}${padl(all.over, 10)}${padl(stepText, 40)}`);
  }
  console.log('\nTargets: app ready ≤ 2 × static LCP; content pages LCP ≤ 1.2 × static; every interaction ≤ 100 ms.');
} finally {
  await browser.close();
  ours.server.close();
  plain.server.close();
  rmSync(tmp, { recursive: true, force: true });
}
