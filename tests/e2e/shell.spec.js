// The portal shell: routes, titles, navigation and focus, language, 404, deep links,
// storage modes, no third-party requests, and axe on every route. Runs on the phone
// (360×740); the tests tagged @desktop run at 1280×800 too (playwright.config.js).
import { test, expect } from '@playwright/test';
import { ROUTES, open, expectNoAxeViolations, record, storageKeys, openMenu, mainNav } from './helpers.js';

// One browser context for the walk (its HTTP cache keeps the app between routes); a new
// tab per route, so each route is recorded and loaded on its own.
test('every route renders its heading and title, 0 axe violations, no other origins, no console errors', { tag: '@desktop' }, async ({ context }) => {
  test.setTimeout(180_000);
  for (const route of ROUTES) {
    await test.step(route.path, async () => {
      const page = await context.newPage();
      const rec = record(page);
      await open(page, route.path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(route.h1);
      await expect(page).toHaveTitle(route.neutral ? 'Støtteportalen' : `${route.title} – Støtteportalen`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'da');
      await expect(page.locator('main#main-content')).toBeVisible();
      await expectNoAxeViolations(page, route.path);
      // Nothing to other origins, no errors in the console.
      const origin = new URL(page.url()).origin;
      expect(rec.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), route.path).toEqual([]);
      expect(rec.errors, route.path).toEqual([]);
      await page.close();
    });
  }
});

test('the main navigation reaches every section and moves focus to the heading', { tag: '@desktop' }, async ({ page }) => {
  await open(page, '/');
  for (const [name, h1] of [
    ['Find hjælp', 'Find hjælp, der måske passer til dig'],
    ['Ydelser', 'Kommunens ydelser til voksne'],
    ['Beregn', 'Beregn egenbetaling og kompensationsydelse'],
    ['Ansøgning', 'Gør en ansøgning klar'],
    ['Anonym hjælp', 'Hjælp uden navn og uden spor'],
    ['Forside', 'Hjælp og støtte til voksne'],
  ]) {
    await (await mainNav(page)).getByRole('link', { name, exact: true }).click();
    await expect(page.locator('h1')).toHaveText(h1);
    await expect(page.locator('h1#main-heading')).toBeFocused();
    // On a phone the link closed the menu, so the page is in view.
    const toggle = page.getByTestId('menu-toggle');
    if (await toggle.isVisible()) await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect((await mainNav(page)).getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('the footer links work', async ({ page }) => {
  await open(page, '/');
  const footer = page.getByRole('contentinfo');
  await footer.getByRole('link', { name: 'Om portalen og dine data' }).click();
  await expect(page.locator('h1')).toHaveText('Om portalen og dine data');
  await footer.getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
  await expect(page.locator('h1')).toHaveText('Tilgængelighedserklæring');
  await expect(page.locator('main')).toContainText('WAS-Tool');
  await footer.getByRole('link', { name: 'Kontakt kommunen' }).click();
  await expect(page.locator('h1')).toHaveText('Kontakt kommunen');
});

test('keyboard: the skip link is first and jumps to the content', { tag: '@desktop' }, async ({ page }) => {
  await open(page, '/');
  await page.keyboard.press('Tab'); // the hidden quick-exit link comes first
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Gå til sidens indhold' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
});

test('language switch: English and back, <html lang> follows, nothing stored', async ({ page }) => {
  await open(page, '/ydelser');
  await openMenu(page);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText("The municipality's services for adults");
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Services – Støtteportalen');
  // The language stays when navigating.
  await openMenu(page);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Calculate' }).click();
  await expect(page.locator('h1')).toHaveText('Calculate co-payments and compensation');
  await openMenu(page);
  await page.getByRole('link', { name: 'Dansk' }).click();
  await expect(page.locator('h1')).toHaveText('Beregn egenbetaling og kompensationsydelse');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  expect(await storageKeys(page)).toEqual({ local: [], session: [], cookies: '' });
});

test('the municipality picker keeps its choice when the language changes, and its first option follows the language', async ({ page }) => {
  // The options are one HTML string per language (MunicipalitySelect, issue 15): a switch
  // rebuilds them with the current choice, not the one the page started with.
  await open(page, '/beregn');
  await openMenu(page);
  const picker = page.locator('#header-municipality');
  await expect(picker.locator('option')).toHaveCount(99);
  await expect(picker.locator('option:checked')).toHaveText('Vælg kommune');
  await picker.selectOption('viborg');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await openMenu(page);
  await expect(picker).toHaveValue('viborg');
  await expect(picker.locator('option').first()).toHaveText('Choose municipality');
  await picker.selectOption('gladsaxe');
  await page.getByRole('link', { name: 'Dansk' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await openMenu(page);
  await expect(picker).toHaveValue('gladsaxe');
  await expect(picker.locator('option:checked')).toHaveText('Gladsaxe Kommune');
  await expect(picker.locator('option').first()).toHaveText('Vælg kommune');
});

test('?lang=en in the URL opens the portal in English', async ({ page }) => {
  await page.goto('/om-portalen?lang=en');
  await expect(page.locator('h1')).toHaveText('About the portal and your data');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page, '/om-portalen?lang=en');
});

test('unknown addresses show the Danish 404 page (also an unknown service)', async ({ page }) => {
  await open(page, '/findes/ikke');
  await expect(page.locator('h1')).toHaveText('Siden findes ikke');
  await expect(page).toHaveTitle('Siden findes ikke – Støtteportalen');
  await expectNoAxeViolations(page, '404');
  await page.getByRole('link', { name: 'Gå til forsiden' }).click();
  await expect(page.locator('h1')).toHaveText('Hjælp og støtte til voksne');
  // Moved here from catalogue.spec.js: a service that does not exist.
  await open(page, '/ydelser/viborg/findes-ikke');
  await expect(page.locator('h1')).toHaveText('Siden findes ikke');
});

test('storage: nothing by default, saved only after yes, and "Slet alle mine data" clears it', async ({ page }) => {
  await open(page, '/');
  await page.locator('#home-municipality').selectOption('viborg');
  await expect(page.locator('#header-municipality')).toHaveValue('viborg');
  expect((await storageKeys(page)).local).toEqual([]);

  // Say yes to saving on this device.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Om portalen og dine data' }).click();
  await page.getByLabel('Gem på denne enhed').check();
  await page.getByRole('button', { name: 'Gem mit valg' }).click();
  await expect(page.getByTestId('privacy-status')).toContainText('Dit valg er gemt');
  const saved = (await storageKeys(page)).local.sort();
  expect(saved).toEqual(['stotteportalen.kommune', 'stotteportalen.samtykke']);
  // Every key written is one the privacy page lists.
  const listed = await page.getByTestId('stored-items').locator('li').evaluateAll((lis) => lis.map((l) => l.dataset.key));
  for (const k of saved) expect(listed).toContain(k);

  // It is there after a reload.
  await page.reload();
  await expect(page.locator('#header-municipality')).toHaveValue('viborg');
  await expect(page.getByTestId('current-mode')).toContainText('Gem på denne enhed');

  // Delete everything.
  await page.getByTestId('delete-all').click();
  await expect(page.getByTestId('privacy-status')).toContainText('Alt er slettet');
  expect(await storageKeys(page)).toEqual({ local: [], session: [], cookies: '' });
  await expect(page.locator('#header-municipality')).toHaveValue('');
  await page.reload();
  await expect(page.getByTestId('current-mode')).toContainText('Kun mens fanen er åben');
});

test('zero-trace mode writes nothing and says so in the header', async ({ page }) => {
  await open(page, '/om-portalen');
  await page.getByLabel('Intet – brug portalen uden at gemme noget').check();
  await page.getByRole('button', { name: 'Gem mit valg' }).click();
  await expect(page.getByTestId('mode-badge')).toHaveText('Anonym: intet gemmes');
  await openMenu(page);
  await page.locator('#header-municipality').selectOption('gladsaxe');
  await openMenu(page);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await storageKeys(page)).toEqual({ local: [], session: [], cookies: '' });
});

test('no horizontal scrolling at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of ROUTES) {
    await open(page, route.path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${route.path}`).toBeLessThanOrEqual(0);
  }
});

test('at 320 px no unfocused skip link shows a line above the header; focused, it is on screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, '/');
  for (const link of await page.locator('a.skipnav').all()) {
    const box = await link.boundingBox();
    // Wholly above the page (its text wraps into several lines at 320 px).
    expect(box.y + box.height, await link.innerText()).toBeLessThanOrEqual(0);
  }
  await page.keyboard.press('Tab');
  const first = page.locator('a.skipnav').first();
  await expect(first).toBeFocused();
  const box = await first.boundingBox();
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(640);
});
