// The offline copy (service worker, public/sw.js): registered and precached only in
// "Gem på denne enhed"; then the front page and a service page work offline. Never
// registered in the default mode or in zero-trace mode; leaving device mode, zero-trace
// and "Slet alle mine data" remove the worker and its caches.
// Needs `node scripts/sw-manifest.mjs dist` after the build (it writes the precache list).
import { test, expect } from '@playwright/test';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open } from './helpers.js';
import { serve } from '../../scripts/lib/serve.mjs';

const SERVICE = { path: '/ydelser/viborg/socialpaedagogisk-stoette', h1: 'Socialpædagogisk støtte (bostøtte)' };
const PRECACHE = 'dist/sw-precache.json';

/** Service worker registrations and Cache Storage keys of the page's origin. */
const offlineState = (page) => page.evaluate(async () => ({
  registrations: (await navigator.serviceWorker.getRegistrations()).length,
  caches: await caches.keys(),
}));

/** Chooses a storage mode on the privacy page (of `origin`, default the test server). */
async function chooseMode(page, label, origin = '') {
  await open(page, `${origin}/om-portalen`);
  await page.getByLabel(label).check();
  await page.getByRole('button', { name: 'Gem mit valg' }).click();
  await expect(page.getByTestId('privacy-status')).toContainText('Dit valg er gemt');
}

/** Says yes to saving on this device and waits until the worker has precached every file. */
async function keepOfflineCopy(page, origin = '') {
  expect(existsSync(PRECACHE), `${PRECACHE} is missing: run node scripts/sw-manifest.mjs dist`).toBe(true);
  const { files } = JSON.parse(readFileSync(PRECACHE, 'utf8'));
  expect(files.length).toBeGreaterThan(0);
  await chooseMode(page, 'Gem på denne enhed', origin);
  await expect.poll(() => page.evaluate(async () => {
    const keys = await caches.keys();
    return keys.length === 1 ? (await (await caches.open(keys[0])).keys()).length : -1;
  }), { timeout: 30_000 }).toBe(files.length);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

const expectNothingKept = (page) =>
  expect.poll(() => offlineState(page), { timeout: 10_000 }).toEqual({ registrations: 0, caches: [] });

test('with "Gem på denne enhed" the front page and a service page work offline', async ({ page, context }) => {
  // What the tests without a worker rely on sees this registration: the spy and the
  // context's service workers.
  const workers = await watchWorker(page);
  await keepOfflineCopy(page);
  expect(await page.evaluate(() => window.swRegisterCalls)).toBeGreaterThan(0);
  expect(workers.map((u) => new URL(u).pathname)).toContain('/sw.js');
  const state = await offlineState(page);
  expect(state.registrations).toBe(1);
  expect(state.caches[0]).toMatch(/^stotteportalen-[0-9a-f]{16}$/);

  await context.setOffline(true);
  // Proof that the network is gone for the worker too: a file that is not precached fails.
  expect(await page.evaluate(() => fetch('/img/svg-icons/account.svg').then((r) => r.ok, () => false))).toBe(false);

  await page.goto('/');
  await expect(page.locator('h1#main-heading')).toHaveText('Hjælp og støtte til voksne');
  await page.goto(SERVICE.path);
  await expect(page.locator('h1#main-heading')).toHaveText(SERVICE.h1);
  await page.reload();
  await expect(page.locator('h1#main-heading')).toHaveText(SERVICE.h1);
  await context.setOffline(false);
});

/**
 * Asserts that the app never asked for a worker: it is ready (the shell's effect that
 * registers the worker in device mode runs while it starts, before `data-app="ready"` is
 * seen from here), `navigator.serviceWorker.register` was called 0 times (the spy of
 * watchWorker: `undefined` would mean no spy), no service worker started in the browser
 * context since watchWorker, and nothing is registered or cached.
 */
async function expectNoWorker(page, workers) {
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  expect(await page.evaluate(() => window.swRegisterCalls)).toBe(0);
  expect(workers).toEqual([]);
  expect(await offlineState(page)).toEqual({ registrations: 0, caches: [] });
}
/**
 * Records the service workers the browser context starts (a page's own `request` events
 * do not include the worker's script, so they cannot show a registration) and counts calls
 * of navigator.serviceWorker.register.
 */
const watchWorker = async (page) => {
  const workers = [];
  page.context().on('serviceworker', (w) => workers.push(w.url()));
  await page.addInitScript(() => {
    const sw = navigator.serviceWorker;
    const register = sw.register.bind(sw);
    window.swRegisterCalls = 0;
    sw.register = (...args) => { window.swRegisterCalls += 1; return register(...args); };
  });
  return workers;
};

test('no service worker and no Cache Storage in the default mode', async ({ page }) => {
  const sw = await watchWorker(page);
  await open(page, '/');
  await open(page, SERVICE.path);
  await expectNoWorker(page, sw);
});

test('no service worker and no Cache Storage in zero-trace mode', async ({ page }) => {
  const sw = await watchWorker(page);
  await chooseMode(page, 'Intet – brug portalen uden at gemme noget');
  await open(page, '/');
  await expectNoWorker(page, sw);
});

test('zero-trace and another mode remove the worker and its caches', async ({ page }) => {
  await keepOfflineCopy(page);
  await page.getByTestId('start-zero-trace').click();
  await expectNothingKept(page);
  await page.getByTestId('leave-zero-trace').click(); // back to "Gem på denne enhed": kept again
  await expect.poll(() => offlineState(page).then((s) => s.registrations), { timeout: 10_000 }).toBe(1);
  await chooseMode(page, 'Kun mens fanen er åben');
  await expectNothingKept(page);
});

test('"Slet alle mine data" removes the worker and its caches', async ({ page }) => {
  await keepOfflineCopy(page);
  await page.getByTestId('delete-all').click();
  await expect(page.getByTestId('privacy-status')).toContainText('Alt er slettet');
  await expectNothingKept(page);
  const sw = await watchWorker(page);
  await page.reload();
  // A content page: the app starts when used (as open() does).
  await page.evaluate(() => window.stotteportalenStart && window.stotteportalenStart());
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expectNoWorker(page, sw);
});

test('a new version shows "Der er en ny version af portalen", and the button switches to it', async ({ page }) => {
  // A server of our own whose sw.js can change: dist, with sw.js from a temporary folder.
  const tmp = mkdtempSync(join(tmpdir(), 'stotte-sw-'));
  copyFileSync('dist/sw.js', join(tmp, 'sw.js'));
  const { server, url } = await serve({ roots: [tmp, 'dist'] });
  try {
    await keepOfflineCopy(page, url);
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
    writeFileSync(join(tmp, 'sw.js'), `${readFileSync('dist/sw.js', 'utf8')}\n// a new version\n`);
    await open(page, `${url}/`);
    const notice = page.getByTestId('update-notice');
    await expect(notice).toContainText('Der er en ny version af portalen.', { timeout: 20_000 });
    // The button lets the new worker take over, then reloads: wait for that load, so the
    // checks below look at the new page (not the old one while it goes).
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Genindlæs siden' }).click();
    await reloaded;
    await expect(page.locator('h1#main-heading')).toHaveText('Hjælp og støtte til voksne');
    await expect(notice).toHaveCount(0);
    await expect.poll(() => page.evaluate(async () => !(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
  } finally {
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
});
