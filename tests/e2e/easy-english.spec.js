// Issue 17: Let dansk (easy-read) and the English content pages, with and without
// JavaScript. Expected texts come from seeds/ (the easy-read table of
// seeds/viborg/services/socialpaedagogisk-stoette.toml, its English file in seeds/en/).
import { test, expect } from '@playwright/test';
import { open, record, expectNoAxeViolations, prerenderedPaths } from './helpers.js';
import { walk, start, toResult, SELF_VIBORG } from './screener-walk.js';

const SERVICE = '/ydelser/viborg/socialpaedagogisk-stoette';
const EASY_HEADINGS = ['Hvad er det?', 'Hvem er det for?', 'Hvad kan du få?', 'Hvordan spørger du?', 'Hvad koster det?'];
// The first sentence of the service's [easy] what (seeds/viborg/services/socialpaedagogisk-stoette.toml).
const EASY_FIRST = 'Bostøtte er hjælp til at klare mere selv i din hverdag.';
// The English title (seeds/en/viborg/services/socialpaedagogisk-stoette.toml).
const EN_TITLE = 'Social-pedagogical support (socialpædagogisk støtte, bostøtte)';

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the Let dansk switch is a link to a pre-rendered easy-read page and back', async ({ page }) => {
    await page.goto(SERVICE);
    const sw = page.getByTestId('easy-switch').getByRole('link', { name: 'Læs siden på let dansk' });
    await expect(sw).toHaveAttribute('href', `${SERVICE}/let-dansk`);
    await sw.click();
    await expect(page).toHaveURL(new RegExp(`${SERVICE}/let-dansk/?$`));
    await expect(page.locator('h1')).toHaveText('Socialpædagogisk støtte (bostøtte)');
    await expect(page.locator('[data-testid=easy-page] h2')).toHaveText(EASY_HEADINGS);
    await expect(page.getByTestId('easy-page')).toContainText(EASY_FIRST);
    await expect(page.getByTestId('easy-page')).toHaveAttribute('lang', 'da');
    // The source of the full text it is written from (seeds: viborg-2020, section 2.6).
    await expect(page.locator('[data-testid=easy-page] .source-note')).toContainText('Kvalitetsstandarder for Socialområdet 2020');
    await expect(page.locator('[data-testid=easy-page] .source-note')).toContainText('2.6');
    await page.getByTestId('easy-page').getByRole('link', { name: 'Læs hele teksten' }).click();
    await expect(page).toHaveURL(new RegExp(`${SERVICE}/?$`));
  });

  test('every service, paragraph and general page has its easy-read page pre-rendered', async () => {
    const paths = prerenderedPaths();
    const full = paths.filter((p) => /^\/ydelser\/(viborg|gladsaxe)\/[^/]+$/.test(p)
      || /^\/ydelser\/viborg\/paragraf\/[^/]+$/.test(p) || /^\/vejledning\/[^/]+$/.test(p));
    // At least the 21 Viborg and 12 Gladsaxe services and the 4 general pages.
    expect(full.length).toBeGreaterThanOrEqual(21 + 12 + 4);
    const missing = full.filter((p) => !paths.includes(`${p}/let-dansk`));
    expect(missing).toEqual([]);
  });

  test('an English service page is pre-rendered at its own address with lang="en"', async ({ page, request }) => {
    const res = await request.get(`/en${SERVICE}`);
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<html lang="en"/);
    await page.goto(`/en${SERVICE}`);
    await expect(page.locator('h1')).toHaveText(EN_TITLE);
    // The note says that the Danish text applies, with a link to it.
    const note = page.getByTestId('english-note');
    await expect(note).toContainText('The Danish text is the one that applies.');
    await expect(note.getByRole('link')).toHaveAttribute('href', `${SERVICE}?lang=da`);
    // English content only: no easy-read switch; the facts are the Danish page's.
    await expect(page.getByTestId('easy-switch')).toHaveCount(0);
    // Links stay in English.
    await expect(page.locator('nav.breadcrumbs a').first()).toHaveAttribute('href', '/en/ydelser');
  });
});

test('with the app: Let dansk and back, and axe on both pages', async ({ page }) => {
  const { errors } = record(page);
  await open(page, SERVICE);
  await page.getByRole('link', { name: 'Læs siden på let dansk' }).click();
  await expect(page.locator('[data-testid=easy-page] h2')).toHaveText(EASY_HEADINGS);
  await expect(page.locator('h1')).toBeFocused();
  await expectNoAxeViolations(page, 'easy-read service page');
  await page.getByTestId('easy-page').getByRole('link', { name: 'Læs hele teksten' }).click();
  await expect(page.getByTestId('service-page')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the language switch moves a content page to its English address and back', async ({ page }) => {
  const { errors } = record(page);
  await open(page, SERVICE);
  const menu = page.getByRole('button', { name: /Menu/ });
  if (await menu.isVisible()) await menu.click();
  await page.locator('.language-switch').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en${SERVICE}\\?lang=en$`));
  await expect(page.locator('h1')).toHaveText(EN_TITLE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page, 'English service page with the app');
  if (await menu.isVisible()) await menu.click();
  await page.locator('.language-switch').getByRole('link', { name: 'Dansk' }).click();
  await expect(page).toHaveURL(new RegExp(`${SERVICE}\\?lang=da$`));
  await expect(page.locator('h1')).toHaveText('Socialpædagogisk støtte (bostøtte)');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  expect(errors).toEqual([]);
});

test('an English page hydrates without errors and its links stay English', async ({ page }) => {
  const { errors } = record(page);
  await open(page, '/en/ydelser');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const link = page.locator('a[href^="/en/ydelser/"]').first();
  await expect(link).toBeVisible();
  await open(page, '/en/vejledning/klage');
  await expect(page.locator('h1')).not.toHaveText(/Sådan klager du/);
  await expect(page.getByTestId('english-note')).toBeVisible();
  expect(errors).toEqual([]);
});

test('Find hjælp result: "På let dansk" under a service, in its easy-read words, with the link', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the keyboard walk runs on the phone');
  await start(page);
  await walk(page, SELF_VIBORG, { axe: false });
  await toResult(page);
  const service = page.locator('.fh-group--kan-passe [data-service="socialpaedagogisk-stoette"]');
  const easy = service.getByTestId('result-easy');
  await easy.locator('summary').click();
  // The easy-read "who" of seeds/viborg/services/socialpaedagogisk-stoette.toml.
  await expect(easy).toContainText('Har du et stort handicap i krop eller sind?');
  await expect(easy.getByRole('link', { name: 'Læs siden på let dansk' }))
    .toHaveAttribute('href', `${SERVICE}/let-dansk`);
  await expectNoAxeViolations(page, 'result with Let dansk open');
});
