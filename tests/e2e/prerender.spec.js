// Pre-rendered pages (scripts/prerender.mjs) and the app loader (public/boot.js):
// every content route is readable and navigable with JavaScript off, with 0 axe
// violations; the interactive sections say they need JavaScript and give phone numbers;
// with JavaScript on, a content page does not download the app until a control is used,
// and then the app takes over without a jump.
import { test, expect } from '@playwright/test';
import { allServices, CONTROL_KINDS, expectNoAxeViolations, prerenderedPaths, record, openMenu, mainNav } from './helpers.js';

const APP_SECTIONS = ['/find-hjaelp', '/beregn', '/ansoegning'];

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the content routes, each municipality\'s catalogue and every service page are pre-rendered', () => {
    const paths = prerenderedPaths();
    for (const p of ['/', '/ydelser', '/ydelser/viborg', '/ydelser/gladsaxe', '/ydelser/viborg/krisecenter',
      '/anonym-hjaelp/stofmisbrug', '/ordforklaringer', '/om-portalen', '/tilgaengelighed', '/kontakt', '/sikkerhed',
      ...APP_SECTIONS]) {
      expect(paths).toContain(p);
    }
    const services = allServices().map((s) => `/ydelser/${s.municipality}/${s.id}`);
    expect(services.filter((p) => !paths.includes(p))).toEqual([]);
  });

  test('links work without JavaScript: front page → Ydelser → a municipality → a service', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('h1')).toHaveText('Hjælp og støtte til voksne');
    await (await mainNav(page)).getByRole('link', { name: 'Ydelser' }).click();
    await expect(page).toHaveURL(/\/ydelser$/);
    await expect(page.locator('h1')).toHaveText('Kommunens ydelser til voksne');
    // Controls that need the app are hidden; the municipalities are plain links.
    await expect(page.locator('#header-municipality')).toBeHidden();
    await page.getByTestId('municipality-links').getByRole('link', { name: 'Viborg Kommune' }).click();
    await expect(page).toHaveURL(/\/ydelser\/viborg$/);
    await page.locator('a[href="/ydelser/viborg/krisecenter"]').first().click();
    await expect(page.locator('h1')).toHaveText('Ophold på krisecenter');
    // The quick exit is a link and still leaves.
    await expect(page.getByTestId('quick-exit')).toHaveAttribute('href', 'https://www.dmi.dk/');
  });

  test('an interactive section says it needs JavaScript and gives the phone number', async ({ page }) => {
    await page.goto('/beregn');
    const note = page.getByTestId('needs-js');
    await expect(note).toBeVisible();
    await expect(note).toContainText('Denne del kræver JavaScript');
    await expect(note).toContainText(/Viborg Kommune: ring på [\d ]+/);
  });
});

/** The connection as `navigator.connection` reports it (Network Information API). */
async function connection(page, info) {
  await page.addInitScript((i) => Object.defineProperty(navigator, 'connection', { value: i, configurable: true }), info);
}

test('JavaScript on: a fast connection fetches the app at idle time, but the app does not start', async ({ page }) => {
  await connection(page, { effectiveType: '4g', saveData: false });
  const rec = record(page);
  await page.goto('/ydelser/viborg/krisecenter');
  await expect.poll(() => rec.requests.filter((u) => u.endsWith('.wasm')).length).toBe(1);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  // A tap later uses what was fetched: the wasm is not fetched a second time.
  await openMenu(page);
  await page.locator('#header-municipality').focus();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  expect(rec.requests.filter((u) => u.endsWith('.wasm')).length).toBe(1);
  expect(rec.errors).toEqual([]);
});

test('JavaScript on: a content page loads no app until a control is used (Save-Data, or a slow connection); then the app takes over in place', async ({ page }) => {
  await connection(page, { effectiveType: '4g', saveData: true });
  const rec = record(page);
  await page.goto('/ydelser/viborg/krisecenter');
  await expect(page.locator('h1')).toHaveText('Ophold på krisecenter');
  await page.waitForLoadState('networkidle');
  expect(rec.requests.filter((u) => u.endsWith('.wasm'))).toEqual([]);
  // The menu button (phones) is not a control that needs the app: no wasm yet.
  await openMenu(page);
  expect(rec.requests.filter((u) => u.endsWith('.wasm'))).toEqual([]);
  const before = await page.locator('h1').boundingBox();
  const text = await page.locator('main').innerText();

  // Using a control (the municipality picker) starts the app.
  await page.locator('#header-municipality').focus();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  expect(rec.requests.filter((u) => u.endsWith('.wasm')).length).toBe(1);
  // Same page, same place, focus kept on the control.
  expect(await page.locator('main').innerText()).toBe(text);
  expect(await page.locator('h1').boundingBox()).toEqual(before);
  await expect(page.locator('#header-municipality')).toBeFocused();
  expect(rec.errors).toEqual([]);
});

test('the pages that start the app at once ask for the wasm first, once, without a preload link', async ({ page }) => {
  // Issue 15: boot.js asks for the wasm before it imports the JS glue (the glue would ask
  // only once it had arrived and run). No page has a <link rel="preload">: WebKit does not
  // hand a fetch preload to a later fetch and downloaded the wasm twice
  // (tests/engines/smoke.mjs checks one request there too).
  for (const path of ['/find-hjaelp', '/beregn/kompensationsydelse', '/ansoegning', '/anonym-hjaelp',
    '/find-hjaelp/sporgsmaal/alder' /* not pre-rendered: app.html */]) {
    const rec = record(page);
    await page.goto(path);
    await expect(page.locator('html[data-app="ready"]'), path).toHaveCount(1);
    await expect(page.locator('link[rel="preload"], link[rel="modulepreload"]'), path).toHaveCount(0);
    expect(rec.requests.filter((u) => u.endsWith('.wasm')), path).toHaveLength(1);
    expect(rec.requests.filter((u) => /\/stotteportalen-[0-9a-f]+\.js$/.test(u)), path).toHaveLength(1);
    expect(rec.errors, path).toEqual([]);
    if (path === '/find-hjaelp') {
      // The wasm's request starts before the JS glue has arrived (without boot.js's own
      // fetch, the glue asks for the wasm only after it has been downloaded and run).
      const timing = await page.evaluate(() => {
        const entries = performance.getEntriesByType('resource');
        const find = (re) => entries.find((e) => re.test(e.name));
        return { wasmStart: find(/\.wasm$/).startTime, glueEnd: find(/\/stotteportalen-[0-9a-f]+\.js$/).responseEnd };
      });
      expect(timing.wasmStart).toBeLessThan(timing.glueEnd);
    }
  }
  // Content pages as served (boot.js may add a preload later, at idle time on a fast
  // connection in Chromium, see the next test).
  for (const path of ['/', '/ydelser/viborg/krisecenter', '/kontakt']) {
    const html = await (await page.request.get(path)).text();
    expect(html, path).toContain('<script defer src="/boot.js"');
    expect(html, path).not.toMatch(/rel="(module)?preload"/);
  }
});

test('JavaScript on: the interactive sections and English start the app at once', async ({ page }) => {
  for (const path of ['/find-hjaelp', '/beregn', '/anonym-hjaelp', '/ydelser?lang=en']) {
    await page.goto(path);
    await expect(page.locator('html[data-app="ready"]'), path).toHaveCount(1);
  }
  await expect(page.locator('h1')).toHaveText("The municipality's services for adults");
});

test('JavaScript on: a click on a button before the app is ready is not lost', async ({ page }) => {
  await page.goto('/kontakt');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  await page.getByTestId('start-zero-trace').click();
  await expect(page.getByTestId('zero-trace-banner')).toBeVisible();
});

test('an address that is not pre-rendered gets the app shell and the app renders it', async ({ page }) => {
  // A later question: not pre-rendered; with no answers the app goes to the first one.
  await page.goto('/find-hjaelp/sporgsmaal/alder');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator('h1')).toContainText('Hvor gammel er du?');
  await page.goto('/findes-ikke');
  await expect(page.locator('h1')).toHaveText('Siden findes ikke');
});

test('JavaScript on: a choice made before the app is ready is kept when it takes over', async ({ page }) => {
  await page.goto('/ydelser');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  await page.locator('#services-municipality').selectOption('gladsaxe');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator('.municipality-note')).toHaveText('Du ser ydelser i Gladsaxe Kommune.');
});

// The pre-rendered pages in six parts, one test each, so a part's failure names it and each
// stays well within its time on a busy machine (with three parts of 66–88 pages, the largest
// took 4.7–5 minutes of its 5 in CI, and the walk with the app, all 225 pages in one test,
// ran out of its 3): the Danish pages, the English ones (/en) and Let dansk, each in halves.
const GROUPS = {
  Danish: (p) => !p.startsWith('/en') && !p.endsWith('/let-dansk'),
  English: (p) => p === '/en' || p.startsWith('/en/'),
  'Let dansk': (p) => p.endsWith('/let-dansk'),
};
const PARTS = Object.entries(GROUPS).flatMap(([group, inGroup]) => [1, 2].map((half) => ({
  name: `${group}, ${half} of 2`,
  group,
  paths: () => {
    const all = prerenderedPaths().filter(inGroup);
    const mid = Math.ceil(all.length / 2);
    return half === 1 ? all.slice(0, mid) : all.slice(mid);
  },
})));

for (const part of PARTS) {
  test(`JavaScript on: the app adopts every pre-rendered page as it is, without an error (${part.name})`, async ({ page }) => {
    test.setTimeout(180_000);
    const rec = record(page);
    const kinds = new Set();
    const paths = part.paths();
    expect(paths.length, part.name).toBeGreaterThan(3);
    for (const path of paths) {
      await page.goto(path);
      const before = await page.locator('main').innerText();
      await page.evaluate(() => window.stotteportalenStart());
      await expect(page.locator('html[data-app="ready"]'), path).toHaveCount(1);
      // Hydration keeps the page: same text (only the anonymous pages add their notice).
      const after = await page.locator('main').innerText();
      expect(after, path).toContain(before.slice(0, 200));
      for (const k of await page.evaluate(() => Array.from(document.querySelectorAll('input, select, textarea, button'), (el) => {
        if (el instanceof HTMLInputElement) return `input[type=${el.type}]`;
        if (el instanceof HTMLButtonElement) return `button[type=${el.type}]`;
        return el.tagName.toLowerCase();
      }))) kinds.add(k);
      expect(rec.errors, path).toEqual([]);
    }
    // Every kind of control on these pages has its tap-and-type test (handover.spec.js).
    expect([...kinds].filter((k) => !CONTROL_KINDS.includes(k))).toEqual([]);
  });
}

for (const { name, group, paths: partPaths } of PARTS) {
  test(`every pre-rendered page without our scripts (${name}): its text, title and 0 axe violations`, async ({ page }) => {
    // One page walks them all (a new context per page cost a third of the suite's time).
    test.setTimeout(300_000);
    // axe needs to run its own script, so JavaScript stays on in the browser, but none
    // of ours is loaded: the same page a browser without JavaScript shows.
    await page.route(/\.(js|wasm)$/, (route) => route.abort());
    const paths = partPaths();
    expect(paths.length, name).toBeGreaterThan(3);
    for (const path of paths) {
      const response = await page.goto(path);
      await expect(page.locator('html.no-js'), path).toHaveCount(1);
      expect(response.status(), path).toBe(200);
      await expect(page.locator('html'), path).toHaveAttribute('lang', group === 'English' ? 'en' : 'da');
      const h1 = page.locator('h1');
      await expect(h1, path).toHaveCount(1);
      await expect(h1, path).not.toHaveText(/Siden findes ikke|Page not found/);
      expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(80);
      expect(await page.title(), path).toMatch(/Støtteportalen/);
      await expectNoAxeViolations(page, `${path} without JavaScript`);
    }
  });
}
