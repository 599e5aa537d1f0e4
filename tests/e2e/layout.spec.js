// The desktop layout (1280×800): every kind of page and every state that looks different
// (errors, results, tables, receipts) with 0 axe violations and no horizontal scrolling.
// The phone project covers every single page and flow (axe on every service page and every
// step of the walks); here each kind of page is seen once more at the desktop width, in one
// browser context per test (its cache keeps the app). Tagged @desktop-only: the "desktop"
// project runs it, "phone" does not (playwright.config.js).
import { test, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { open, expectNoAxeViolations, record, openMenu } from './helpers.js';

async function noHorizontalScroll(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
}

/** axe, no horizontal scrolling, the main heading visible. */
async function expectGoodLayout(page, label) {
  await expect(page.locator('h1').first(), label).toBeVisible();
  await noHorizontalScroll(page, label);
  await expectNoAxeViolations(page, `${label} (desktop)`);
}

// Every kind of content page (the routes themselves are in shell.spec.js, @desktop).
const CONTENT = [
  ['/ydelser/viborg', 'a municipality\'s catalogue'],
  ['/ydelser/viborg/socialpaedagogisk-stoette', 'a Viborg service page'],
  ['/ydelser/viborg/krisecenter', 'a service page with dated amounts'],
  ['/ydelser/gladsaxe/rengoering', 'a Gladsaxe § 85 service page with VUM criteria'],
  ['/ydelser/gladsaxe/paragraf/109', 'a national paragraph page'],
  ['/ydelser?q=ledsager', 'search results'],
  ['/vejledning/saadan-soeger-du', 'a guide page'],
  ['/vejledning/klage', 'the complaint guide'],
  ['/vejledning/sagsbehandlingstider', 'processing times'],
  ['/vejledning/principper', 'the principles'],
  ['/anonym-hjaelp/stofmisbrug', 'an anonymous-help page'],
  ['/anonym-hjaelp/vold', 'an anonymous-help page (violence)'],
  ['/om-portalen?lang=en', 'a page in English'],
  ['/findes/ikke', 'the 404 page'],
];

test('desktop: every kind of content page, 0 axe violations, no horizontal scrolling, quick exit visible', { tag: '@desktop-only' }, async ({ page }) => {
  test.setTimeout(240_000);
  const rec = record(page);
  for (const [path, label] of CONTENT) {
    await test.step(label, async () => {
      await open(page, path);
      await expectGoodLayout(page, `${path} (${label})`);
    });
  }
  await test.step('the catalogue with a municipality chosen; processing-time table', async () => {
    await open(page, '/ydelser');
    await openMenu(page);
    await page.locator('#header-municipality').selectOption('viborg');
    await expect(page.getByRole('heading', { name: 'Find hjælp efter din situation' })).toBeVisible();
    await expectGoodLayout(page, '/ydelser (viborg)');
    await page.locator('a[href="/vejledning/sagsbehandlingstider"]').first().click();
    await expect(page.getByTestId('processing-times')).toContainText('Ledsageordning');
    await expectGoodLayout(page, 'processing-time table (viborg)');
  });
  await test.step('the quick exit button is visible at the desktop width', async () => {
    await expect(page.getByTestId('quick-exit')).toBeVisible();
  });
  expect(rec.errors).toEqual([]);
});

test('desktop: Find hjælp — a question, an error, the check page and the result', { tag: '@desktop-only' }, async ({ page }) => {
  test.setTimeout(120_000);
  const rec = record(page);
  await open(page, '/find-hjaelp/sporgsmaal/hvem');
  await expect(page.locator('h1')).toContainText('Hvem svarer?');
  await expectGoodLayout(page, 'a question');
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expectGoodLayout(page, 'a question with an error');
  const answers = {
    hvem: 'Jeg svarer for mig selv',
    kommune: 'Viborg Kommune',
    bolig: 'I en almindelig bolig, lejet eller ejet',
    vanskeligheder: 'Praktiske ting i hjemmet',
    'niveau-praktiske-opgaver': 'Meget svært',
    socialt: 'Intet af dette',
    pension: 'Ingen pension',
  };
  for (let step = 0; step < 25 && !page.url().endsWith('/find-hjaelp/tjek'); step++) {
    const id = await page.locator('.fh-question').getAttribute('data-question');
    if (id === 'alder') await page.getByLabel('Hvor gammel er du?').fill('30');
    else if (id === 'kommune') await page.locator('.fh-question select').selectOption({ label: answers.kommune });
    else await page.locator('.fh-question label', { hasText: answers[id] ?? 'Nej' }).first().click();
    const url = page.url();
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await expect(page).not.toHaveURL(url);
  }
  await expect(page.locator('h1')).toHaveText('Tjek dine svar');
  await expectGoodLayout(page, 'the check page');
  await page.getByRole('link', { name: 'Se resultatet' }).click();
  await expect(page.locator('h1')).toHaveText('Hjælp, der måske passer til dig');
  await page.locator('.fh-group--kan-passe summary').first().click();
  await expectGoodLayout(page, 'the result with "Hvorfor?" open');
  expect(rec.errors).toEqual([]);
});

test('desktop: Beregn — errors, every calculator with a result, the chart and its table', { tag: '@desktop-only' }, async ({ page }) => {
  test.setTimeout(120_000);
  const rec = record(page);
  const calculate = () => page.getByTestId('calculate').click();
  await open(page, '/beregn/kompensationsydelse');
  await page.locator('#udgift-1-beloeb').fill('-5');
  await calculate();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expectGoodLayout(page, '§ 100 with errors');
  await page.locator('#beregn-dato').fill('2025-10-01');
  await page.locator('#udgift-1-beloeb').fill('1.530,50');
  await calculate();
  await expect(page.getByTestId('calc-amount')).toHaveText('1.105 kr. om måneden');
  await expect(page.getByTestId('whatif-chart')).toBeVisible();
  await page.getByText('Se tallene som tabel').click();
  await expect(page.getByTestId('whatif-table').locator('table')).toBeVisible();
  await expectGoodLayout(page, '§ 100 with a result, the chart and the table');

  await open(page, '/beregn/krisecenter-og-forsorgshjem');
  await page.getByLabel('På et krisecenter (§ 109)').check();
  await page.locator('#beregn-dato').fill('2023-03-01');
  await page.locator('#beregn-doegn').fill('14');
  await calculate();
  await expect(page.getByTestId('calc-result').locator('.calc-amount')).toHaveText('1.307,32 kr. for 14 døgn');
  await expectGoodLayout(page, '§ 109 with a result');

  await open(page, '/beregn/ledsager');
  await page.locator('#beregn-dato').fill('2024-02-01');
  await page.locator('#beregn-ledsager-udgifter').fill('1.200');
  await calculate();
  await expect(page.getByTestId('calc-result').locator('.calc-amount')).toHaveText('Du kan få dækket 1.005 kr. om året');
  await expectGoodLayout(page, '§ 97 with a result');

  await open(page, '/beregn/botilbud');
  await page.locator('#beregn-dato').fill('2024-05-01');
  await page.locator('#beregn-indkomst').fill('300.000');
  await page.locator('#enlig-1').check();
  await calculate();
  await expect(page.getByTestId('rough-estimate')).toHaveText('Groft skøn');
  await expectGoodLayout(page, '§ 108 with a result');
  expect(rec.errors).toEqual([]);
});

test('desktop: Ansøgning — a refused file, a step with errors, the step indicator, Tjek dine svar and the receipt', { tag: '@desktop-only' }, async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const rec = record(page);
  await open(page, '/ansoegning');
  const bad = testInfo.outputPath('ikke-json.json');
  writeFileSync(bad, 'dette er ikke json');
  await page.locator('#ans-fil').setInputFiles(bad);
  await expect(page.getByTestId('open-error')).toContainText('Filen kan ikke læses');
  await expectGoodLayout(page, 'the start page with a file error');
  await page.getByText('Jeg hjælper en anden med at søge').click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expectGoodLayout(page, 'om-personen with errors');
  await page.getByLabel('Fornavn', { exact: true }).fill('Karen');
  await page.getByLabel('Efternavn').fill('Holm');
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await expect(page).toHaveURL(/hvem-hjaelper$/);
  await page.getByLabel('Dit navn').fill('Peter Holm');
  await page.getByLabel(/^Hvordan kender du/).fill('Søn');
  await page.getByLabel('Dit telefonnummer').fill('87 65 43 21');
  await page.getByRole('radio', { name: 'Ja', exact: true }).check();
  await page.getByRole('radio', { name: 'Partsrepræsentant', exact: true }).check();
  await expectGoodLayout(page, 'hvem-hjaelper');
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await expect(page).toHaveURL(/hvad-soeger-du$/);
  await page.locator('#kommune').selectOption('viborg');
  await page.getByRole('checkbox', { name: 'Ledsageordning (§ 97)' }).check();
  for (const step of ['din-hverdag', 'udgifter', 'dokumenter', 'tjek']) {
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await expect(page).toHaveURL(new RegExp(`/ansoegning/${step}$`));
  }
  await expect(page.locator('.step-indicator a')).toHaveCount(6);
  await expectGoodLayout(page, 'Tjek dine svar (helper)');
  await page.getByTestId('ans-continue').click();
  await expect(page).toHaveURL(/\/ansoegning\/kvittering$/);
  await expectGoodLayout(page, 'the receipt');
  expect(rec.errors).toEqual([]);
});
