// The hand-over from a pre-rendered page to the app (issue 12, defect 1): the app hydrates
// the pre-rendered markup (src/main.rs), so a person who taps a control and types while the
// app is still loading keeps what they typed, chose and focused — and the same controls work
// once the app runs. Every kind of control a pre-rendered page has is covered here; the page
// walk in prerender.spec.js fails if a pre-rendered page gets a kind not in CONTROL_KINDS (helpers.js).
// Runs with touch (phone) and with a mouse (desktop: every test is tagged @desktop).
import { test, expect } from '@playwright/test';
import { record, openMenu } from './helpers.js';

/** Holds the app's wasm back until `release()` is called: the app is "still loading". */
async function holdApp(page) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

async function tapOrClick(page, selector, testInfo) {
  if (testInfo.project.name === 'phone') await page.tap(selector);
  else await page.click(selector);
}

const notReady = (page) => expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
const ready = (page) => expect(page.locator('html[data-app="ready"]')).toHaveCount(1);

test('search field: tap and type while the app loads, then after — nothing lost, Enter searches @desktop', async ({ page }, testInfo) => {
  const rec = record(page);
  const release = await holdApp(page);
  await page.goto('/ydelser');
  await tapOrClick(page, '#service-search', testInfo);
  await page.keyboard.type('bostøtte');
  await notReady(page);
  await expect(page.locator('#service-search')).toBeFocused();
  release();
  await ready(page);
  // The same field, the text and the focus kept; the app searched for it.
  await expect(page.locator('#service-search')).toHaveValue('bostøtte');
  await expect(page.locator('#service-search')).toBeFocused();
  await expect(page.getByTestId('search-results')).toContainText('Socialpædagogisk støtte');
  // Typing goes on in the same field; Enter searches (it never opens another page).
  await page.keyboard.type(' ');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ydelser\?q=bost%C3%B8tte$/);
  await expect(page.locator('h1')).toHaveText('Kommunens ydelser til voksne');
  // After the hand-over: a new search in the same field.
  await page.locator('#service-search').fill('krisecenter');
  await expect(page.getByTestId('search-results')).toContainText('Ophold på krisecenter');
  expect(rec.errors).toEqual([]);
});

test('municipality picker: tap and choose while the app loads — the choice is the app\'s @desktop', async ({ page }, testInfo) => {
  const rec = record(page);
  const release = await holdApp(page);
  await page.goto('/');
  await tapOrClick(page, '#home-municipality', testInfo);
  await page.locator('#home-municipality').selectOption('viborg');
  await notReady(page);
  release();
  await ready(page);
  await expect(page.locator('#home-municipality')).toHaveValue('viborg');
  await expect(page.locator('#home-municipality')).toBeFocused();
  // The app took the choice: the header's picker shows it too.
  await expect(page.locator('#header-municipality')).toHaveValue('viborg');
  // After the hand-over: another choice.
  await openMenu(page);
  await page.locator('#header-municipality').selectOption('gladsaxe');
  await expect(page.locator('#home-municipality')).toHaveValue('gladsaxe');
  expect(rec.errors).toEqual([]);
});

test('storage choice: a radio and the submit button tapped while the app loads @desktop', async ({ page }, testInfo) => {
  const rec = record(page);
  const release = await holdApp(page);
  await page.goto('/om-portalen');
  await tapOrClick(page, 'label[for="mode-device"]', testInfo);
  await expect(page.locator('#mode-device')).toBeChecked();
  await notReady(page);
  release();
  await ready(page);
  await expect(page.locator('#mode-device')).toBeChecked();
  await expect(page.locator('#mode-memory')).not.toBeChecked();
  await expect(page.locator('#mode-device')).toBeFocused();
  await page.getByRole('button', { name: 'Gem mit valg' }).click();
  await expect(page.getByTestId('privacy-status')).toContainText('Gem på denne enhed');
  await expect(page.getByTestId('current-mode')).toContainText('Gem på denne enhed');
  expect(rec.errors).toEqual([]);
});

test('storage choice: the submit button pressed before the app is ready is replayed @desktop', async ({ page }, testInfo) => {
  const release = await holdApp(page);
  await page.goto('/om-portalen');
  await tapOrClick(page, 'label[for="mode-nothing"]', testInfo);
  await tapOrClick(page, 'form button[type="submit"]', testInfo);
  await notReady(page);
  release();
  await ready(page);
  await expect(page.getByTestId('privacy-status')).toContainText('Intet');
  await expect(page.getByTestId('zero-trace-banner')).toBeVisible();
});

test('a plain button tapped while the app loads does its job once the app runs @desktop', async ({ page }, testInfo) => {
  const release = await holdApp(page);
  await page.goto('/kontakt');
  await tapOrClick(page, '[data-testid="start-zero-trace"]', testInfo);
  await notReady(page);
  release();
  await ready(page);
  await expect(page.getByTestId('zero-trace-banner')).toBeVisible();
});

test('file choice: a saved application chosen while the app loads is opened once it runs @desktop', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/ansoegning');
  await page.locator('#ans-fil').setInputFiles('tests/cases/ansoegning/filer/v2-fuld.json');
  await notReady(page);
  release();
  await ready(page);
  await expect(page.getByTestId('open-ok')).toBeVisible();
  await page.getByRole('button', { name: 'Fortsæt med ansøgningen' }).click();
  await expect(page.getByLabel('Fornavn', { exact: true })).not.toHaveValue('');
});

test('calculator: a date, an amount and a ticked box entered while the app loads are kept and used @desktop', async ({ page }, testInfo) => {
  const rec = record(page);
  const release = await holdApp(page);
  await page.goto('/beregn/kompensationsydelse');
  await page.locator('#beregn-dato').fill('2025-10-01');
  await tapOrClick(page, '#udgift-1-beloeb', testInfo);
  await page.keyboard.type('2.500');
  await tapOrClick(page, '#udgift-1-dokumenteret', testInfo);
  await notReady(page);
  release();
  await ready(page);
  await expect(page.locator('#beregn-dato')).toHaveValue('2025-10-01');
  await expect(page.locator('#udgift-1-beloeb')).toHaveValue('2.500');
  await expect(page.locator('#udgift-1-dokumenteret')).toBeChecked();
  await expect(page.locator('#udgift-1-dokumenteret')).toBeFocused();
  await page.getByTestId('calculate').click();
  await expect(page.getByTestId('calc-groups')).toContainText('3.000 kr. om måneden');
  expect(rec.errors).toEqual([]);
});

// On the app's own sections the app starts loading at once; a tap made before it is ready must
// not be lost there either (issue 15: on a cheap phone the page is readable ≈ 3 s before the
// app is). The status line at the bottom says that the tap is waiting.
const WAITING = 'Vent lidt – siden er ved at blive klar. Så sker det, du trykkede på.';

test('calculator: "Beregn" pressed (phone) or Enter (keyboard) while the app loads is used once it runs @desktop', async ({ page }, testInfo) => {
  const rec = record(page);
  const release = await holdApp(page);
  await page.goto('/beregn/kompensationsydelse');
  await page.locator('#beregn-dato').fill('2025-10-01');
  await page.locator('#udgift-1-beloeb').fill('2.500');
  await page.locator('#udgift-1-dokumenteret').check();
  if (testInfo.project.name === 'phone') await page.tap('[data-testid="calculate"]');
  else await page.locator('#udgift-1-beloeb').press('Enter');
  const status = page.getByTestId('app-status');
  await expect(status).toHaveText(WAITING);
  await expect(status).toBeVisible();
  await notReady(page);
  await expect(page).toHaveURL(/\/beregn\/kompensationsydelse$/);
  release();
  await ready(page);
  await expect(page.getByTestId('calc-groups')).toContainText('3.000 kr. om måneden');
  await expect(status).toHaveText('');
  await expect(status).toHaveAttribute('role', 'status');
  // No form was sent the old way (the Content Security Policy would have refused it).
  expect(rec.errors).toEqual([]);
});

test('Find hjælp: "Start" tapped while the app loads waits for it — no blank page, the app fetched once @desktop', async ({ page }, testInfo) => {
  const rec = record(page);
  const release = await holdApp(page);
  await page.goto('/find-hjaelp');
  await tapOrClick(page, '[data-testid="screener-start"]', testInfo);
  await expect(page.getByTestId('app-status')).toHaveText(WAITING);
  await expect(page).toHaveURL(/\/find-hjaelp$/);
  await expect(page.locator('h1')).toHaveText('Find hjælp, der måske passer til dig');
  release();
  await ready(page);
  await expect(page).toHaveURL(/\/find-hjaelp\/sporgsmaal\/hvem$/);
  await expect(page.locator('h1')).toContainText('Hvem svarer?');
  await expect(page.getByTestId('app-status')).toHaveText('');
  expect(rec.requests.filter((u) => u.endsWith('.wasm'))).toHaveLength(1);
  expect(rec.errors).toEqual([]);
});

test('when the app cannot be fetched, a tap that waited for it says so @desktop', async ({ page }, testInfo) => {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await gate; await route.abort(); });
  await page.goto('/beregn/ledsager');
  await tapOrClick(page, '[data-testid="calculate"]', testInfo);
  await expect(page.getByTestId('app-status')).toHaveText(WAITING);
  release();
  await expect(page.getByTestId('app-status'))
    .toHaveText('Siden kunne ikke blive helt klar. Tjek din internetforbindelse, og genindlæs siden.');
  await notReady(page);
});

test('the wait is said in the page\'s language (/en)', async ({ page }, testInfo) => {
  const release = await holdApp(page);
  await page.goto('/en');
  await tapOrClick(page, '[data-testid="start-zero-trace"]', testInfo);
  await expect(page.getByTestId('app-status'))
    .toHaveText('Please wait – the page is getting ready. Then what you pressed will happen.');
  release();
  await ready(page);
  await expect(page.getByTestId('zero-trace-banner')).toBeVisible();
  await expect(page.getByTestId('app-status')).toHaveText('');
});

test('an address that is not pre-rendered shows the portal\'s bar and "the page is loading" until the app renders it @desktop', async ({ page }) => {
  const rec = record(page);
  const release = await holdApp(page);
  await page.goto('/find-hjaelp/sporgsmaal/hvem');
  await expect(page.getByTestId('app-loading'))
    .toHaveText('Siden hentes. Det kan tage lidt tid, hvis forbindelsen er langsom.');
  await expect(page.getByTestId('quick-exit')).toBeVisible();
  release();
  await ready(page);
  await expect(page.locator('h1')).toContainText('Hvem svarer?');
  await expect(page.getByTestId('app-loading')).toHaveCount(0);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('header.portal-header')).toHaveCount(1);
  await expect(page.getByTestId('quick-exit')).toHaveCount(1);
  expect(rec.errors).toEqual([]);
});
