// Anonym hjælp: zero-trace mode (no storage writes of any kind, no history entries,
// neutral title, no third-party requests), quick exit by button and keyboard on every
// route, and the Content Security Policy.
import { test, expect } from '@playwright/test';
import { ROUTES, open, expectNoAxeViolations, record, openMenu, mainNav, storageKeys, deviceMode, startDraftWithName } from './helpers.js';
import { walk, tabTo, nextPage } from './screener-walk.js';

const NEUTRAL = 'https://www.dmi.dk/';

/** Records every call that could leave a trace on the device. */
async function watchStorage(page) {
  await page.addInitScript(() => {
    window.__writes = [];
    const log = (what) => window.__writes.push(what);
    for (const name of ['setItem', 'removeItem', 'clear']) {
      const orig = Storage.prototype[name];
      Storage.prototype[name] = function (...args) { log(`Storage.${name}(${args[0] ?? ''})`); return orig.apply(this, args); };
    }
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(Document.prototype, 'cookie', {
      get() { return cookie.get.call(this); },
      set(v) { log(`cookie=${v}`); cookie.set.call(this, v); },
    });
    const idbOpen = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) { log(`indexedDB.open(${args[0]})`); return idbOpen.apply(this, args); };
    if (window.CacheStorage) {
      const cacheOpen = CacheStorage.prototype.open;
      CacheStorage.prototype.open = function (...args) { log(`caches.open(${args[0]})`); return cacheOpen.apply(this, args); };
    }
  });
}

async function neutralSite(page) {
  await page.route('https://www.dmi.dk/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="da"><title>DMI</title><h1>Vejret</h1></html>' }));
}

test('anonymous pages: zero-trace on, neutral title, no history entries, no storage, no other origins', async ({ page }) => {
  await watchStorage(page);
  const rec = record(page);
  await open(page, '/anonym-hjaelp');
  await expect(page.getByTestId('zero-trace-banner')).toBeVisible();
  await expect(page).toHaveTitle('Støtteportalen');
  await expectNoAxeViolations(page, '/anonym-hjaelp');
  const historyLength = await page.evaluate(() => history.length);

  await openMenu(page);

  await page.locator('#header-municipality').selectOption('viborg');
  for (const [slug, h1] of [
    ['stofmisbrug', 'Anonym behandling for stofmisbrug'],
    ['vold', 'Krisecenter, hvis du er udsat for vold'],
    ['bolig', 'Et sted at sove, hvis du ikke har en bolig'],
    ['kontaktperson', 'En kontaktperson, der kommer til dig'],
    ['raadgivning', 'Gratis og anonym rådgivning'],
  ]) {
    await (await mainNav(page)).getByRole('link', { name: 'Anonym hjælp' }).click();
    // Only the shelter is listed under "Uden at søge først, men ikke anonymt".
    await expect(page.getByTestId('not-anonymous-topics').locator(`a[href="/anonym-hjaelp/${slug}"]`)).toHaveCount(slug === 'bolig' ? 1 : 0);
    await page.locator(`a[href="/anonym-hjaelp/${slug}"]`).click();
    await expect(page.locator('h1')).toHaveText(h1);
    await expect(page).toHaveTitle('Støtteportalen');
    // A shelter reports name and CPR number (§ 110, stk. 6): the page says it is not anonymous.
    if (slug === 'bolig') await expect(page.getByTestId('not-anonymous')).toContainText('Her er du ikke anonym');
    else await expect(page.getByTestId('not-anonymous')).toHaveCount(0);
    await expect(page.getByTestId('contact-box')).toContainText('Viborg Kommune');
    // No form on these pages asks for anything.
    await expect(page.locator('main input, main textarea')).toHaveCount(0);
    await expectNoAxeViolations(page, `/anonym-hjaelp/${slug}`);
  }
  // Other parts of the portal, still in zero-trace mode.
  await (await mainNav(page)).getByRole('link', { name: 'Ydelser' }).click();
  await page.getByLabel(/Skriv med dine egne ord/).fill('krisecenter');
  await page.getByLabel(/Skriv med dine egne ord/).press('Enter');
  await page.locator('a[href="/ydelser/viborg/krisecenter"]').first().click();
  await expect(page.locator('h1')).toHaveText('Ophold på krisecenter');
  await expect(page).toHaveTitle('Støtteportalen');
  await (await mainNav(page)).getByRole('link', { name: 'Anonym hjælp' }).click();
  await page.getByRole('link', { name: 'Sådan bruger du portalen sikkert' }).click();
  await expect(page.locator('h1')).toHaveText('Sådan bruger du portalen sikkert');
  await expect(page.locator('main')).toContainText('kan ikke slette den historik');

  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(await page.evaluate(() => window.__writes)).toEqual([]);
  expect(await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage), cookies: document.cookie }))).toEqual({ local: [], session: [], cookies: '' });
  const origin = new URL(page.url()).origin;
  expect(rec.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  expect(rec.errors).toEqual([]);
});

test('a screener run in zero-trace mode: no storage writes, no history entries, no other origins', async ({ page }) => {
  await watchStorage(page);
  const rec = record(page);
  await open(page, '/');
  // Turned on from an ordinary page, then the whole screener with the keyboard.
  await page.getByTestId('start-zero-trace').click();
  await expect(page.getByTestId('zero-trace-banner')).toBeVisible();
  const historyLength = await page.evaluate(() => history.length);
  await (await mainNav(page)).getByRole('link', { name: 'Find hjælp' }).click();
  await expect(page.locator('h1')).toHaveText('Find hjælp, der måske passer til dig');
  await expect(page).toHaveTitle('Støtteportalen');
  let url = page.url();
  await tabTo(page, page.getByRole('link', { name: 'Start', exact: true }));
  await page.keyboard.press('Enter');
  await nextPage(page, url);
  await walk(page, {
    hvem: { radio: 'Jeg svarer for mig selv' },
    kommune: { select: 'Viborg Kommune' },
    alder: { age: '34' },
    bolig: { radio: 'Ingen bolig, eller ved at miste boligen' },
    vanskeligheder: { checks: ['Intet af dette'] },
    socialt: { checks: [/^Stoffer/, /^Vold eller trusler/] },
    anonym: { radio: 'Ja' },
    pension: { radio: 'Ingen pension' },
  }, { axe: false });
  await expect(page).toHaveTitle('Støtteportalen');
  url = page.url();
  await tabTo(page, page.getByRole('link', { name: 'Se resultatet' }));
  await page.keyboard.press('Enter');
  await nextPage(page, url);
  await expect(page.getByTestId('screener-straks')).toBeVisible();
  await expect(page.getByTestId('zero-trace-banner')).toBeVisible();
  await expect(page).toHaveTitle('Støtteportalen');
  await expectNoAxeViolations(page, 'result in zero-trace mode');

  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(await page.evaluate(() => window.__writes)).toEqual([]);
  expect(await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage), cookies: document.cookie }))).toEqual({ local: [], session: [], cookies: '' });
  const origin = new URL(page.url()).origin;
  expect(rec.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  expect(rec.errors).toEqual([]);
});

test('navigation inside the portal adds no history entry in zero-trace mode', async ({ page }) => {
  await open(page, '/anonym-hjaelp');
  const before = await page.evaluate(() => history.length);
  for (const name of ['Ydelser', 'Beregn', 'Forside', 'Anonym hjælp']) {
    // (On a phone a link in the menu closes it: mainNav opens it again.)
    await (await mainNav(page)).getByRole('link', { name, exact: true }).click();
    await expect(page.locator('h1#main-heading')).toBeFocused();
  }
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('leaving zero-trace is an explicit choice; "Brug portalen uden at gemme noget" works from any page', async ({ page }) => {
  await open(page, '/anonym-hjaelp/vold');
  await (await mainNav(page)).getByRole('link', { name: 'Forside' }).click();
  await expect(page.getByTestId('zero-trace-banner')).toBeVisible();
  await page.getByTestId('leave-zero-trace').click();
  await expect(page.getByTestId('zero-trace-banner')).toHaveCount(0);
  await expect(page).toHaveTitle('Forside – Støtteportalen');
  await page.getByTestId('start-zero-trace').click();
  await expect(page.getByTestId('zero-trace-banner')).toBeVisible();
  await expect(page).toHaveTitle('Støtteportalen');
});

test('zero-trace names what an earlier visit saved on this device (a draft with a name) and deletes it only when asked', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'runs on the phone');
  const KLADDE = 'stotteportalen.ansoegning.kladde';
  // An earlier visit: "Gem på denne enhed" and a draft with a name.
  await deviceMode(page);
  await startDraftWithName(page);
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) || '', KLADDE)).toContain('Anna');

  // Anonym hjælp (zero-trace): the draft is named; nothing is deleted without asking.
  await open(page, '/anonym-hjaelp/vold');
  const box = page.getByTestId('saved-on-device');
  await expect(box).toContainText('din ansøgning');
  await expect(box).toContainText('Din ansøgning kan indeholde dit navn');
  expect(await page.evaluate((k) => localStorage.getItem(k), KLADDE)).toContain('Anna');
  await expectNoAxeViolations(page, '/anonym-hjaelp/vold with what is saved on the device');
  await box.getByTestId('saved-on-device-delete').click();
  await expect(page.getByTestId('saved-on-device-deleted')).toBeVisible();
  await expect(page.getByTestId('saved-on-device')).toHaveCount(0);
  expect(await storageKeys(page)).toEqual({ local: [], session: [], cookies: '' });
  // Leaving zero-trace afterwards returns to "only while the tab is open", not to saving.
  await page.getByTestId('leave-zero-trace').click();
  await (await mainNav(page)).getByRole('link', { name: 'Ansøgning' }).click();
  await expect(page.locator('h1')).toHaveText('Gør en ansøgning klar');
  expect(await storageKeys(page)).toEqual({ local: [], session: [], cookies: '' });
});

test('zero-trace with nothing saved before: no notice about the device', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'runs on the phone');
  await open(page, '/anonym-hjaelp');
  await expect(page.getByTestId('zero-trace-banner')).toBeVisible();
  await expect(page.getByTestId('saved-on-device')).toHaveCount(0);
});

// One browser context (its cache keeps the app), a new tab for each route: each starts
// with a history of its own, as a visitor's tab would.
test('quick exit from every route: button and Escape twice', async ({ context }) => {
  test.setTimeout(180_000);
  for (const route of ROUTES) {
    await test.step(route.path, async () => {
      const page = await context.newPage();
      await neutralSite(page);
      await open(page, route.path);
      await page.getByTestId('quick-exit').click();
      await expect(page).toHaveURL(NEUTRAL);
      // The portal page was replaced in the history, not added to it.
      await page.goBack().catch(() => {});
      expect(page.url(), route.path).not.toContain(route.path === '/' ? '127.0.0.1:' : route.path);

      await open(page, route.path);
      await page.locator('body').press('Escape');
      await page.locator('body').press('Escape');
      await expect(page).toHaveURL(NEUTRAL);
      await page.close();
    });
  }
});

test('keyboard: the first Tab reaches the hidden quick-exit link, Enter leaves', { tag: '@desktop' }, async ({ page }) => {
  await neutralSite(page);
  await open(page, '/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Forlad siden hurtigt (tryk Escape to gange)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(NEUTRAL);
});

test('the Content Security Policy is in force: an injected inline script is blocked', async ({ page }) => {
  await open(page, '/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("form-action 'none'");
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('inline-script-hashes');
  const result = await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', () => resolve({ ran: window.__injected === true, violated: true }), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    document.body.appendChild(s);
    // An allowed inline script runs at once when inserted; a blocked one fires the event.
    if (window.__injected === true) resolve({ ran: true, violated: false });
  }));
  expect(result).toEqual({ ran: false, violated: true });
});

/** Starts an application draft with unsaved changes (typed, so the page has user activation). */
async function startDraft(page) {
  await open(page, '/ansoegning');
  await page.getByText('Jeg søger for mig selv').click();
  // "Start", or "Fortsæt med ansøgningen" when a draft is saved on the device.
  await page.getByTestId('ans-start').click();
  await expect(page).toHaveURL(/\/ansoegning\/om-dig$/);
  await page.getByLabel('Fornavn', { exact: true }).focus();
  await page.keyboard.type('Bo');
}

const EXITS = {
  'the button': (page) => page.getByTestId('quick-exit').click(),
  'the hidden link': async (page) => {
    await page.locator('a.quick-exit-skip').focus();
    await page.keyboard.press('Enter');
  },
  'Escape twice': async (page) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  },
};

for (const mode of ['memory', 'nothing', 'device']) {
  test(`quick exit with a draft started (${mode} mode): no "leave page?" question, straight to the neutral site`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'runs once');
    await neutralSite(page);
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
    for (const [how, exit] of Object.entries(EXITS)) {
      if (mode !== 'memory') {
        await open(page, '/om-portalen');
        await page.locator(`#mode-${mode}`).check();
        await page.getByRole('button', { name: 'Gem mit valg' }).click();
      }
      await startDraft(page);
      if (mode !== 'device') await expect(page.getByTestId('unsaved-notice'), how).toBeVisible();
      await exit(page);
      await expect(page, how).toHaveURL(NEUTRAL);
      expect(dialogs, how).toBe(0);
    }
  });
}
