// Beregn: the calculators. Danish number formats and bad values with errors next to the
// fields and in a summary, the result with its trail (years and sources), the what-if
// chart and its table, both § 100 regimes by date, § 109/§ 110, § 97, § 108, keeping a
// calculation for the application, and 0 axe violations before and after calculating.
// Runs on the phone (360×740); the desktop layout with results is in layout.spec.js.
import { test, expect } from '@playwright/test';
import { open, expectNoAxeViolations, record, storageKeys, mainNav } from './helpers.js';

const CALCULATORS = [
  ['/beregn/kompensationsydelse', 'Beregn kompensationsydelse (§ 100)', 'Kompensationsydelse'],
  ['/beregn/krisecenter-og-forsorgshjem', 'Beregn betaling for krisecenter eller forsorgshjem (§ 109 og § 110)', 'Krisecenter og forsorgshjem'],
  ['/beregn/ledsager', 'Beregn dækning af ledsagerens udgifter (§ 97)', 'Ledsagerens udgifter'],
  ['/beregn/botilbud', 'Beregn betaling for bolig i botilbud (§ 108)', 'Botilbud'],
];

async function calculate(page) {
  await page.getByTestId('calculate').click();
}

/** The result is shown and has focus on its heading; no error summary. */
async function expectResult(page) {
  await expect(page.getByTestId('calc-result')).toBeVisible();
  await expect(page.getByTestId('error-summary')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Dit skøn' })).toBeFocused();
  await expect(page.getByTestId('calc-estimate')).toContainText('Det er et skøn. Kommunen træffer afgørelsen');
}

async function noHorizontalScroll(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
}

test('the calculators page lists every calculator and the free services of the municipality', async ({ page }) => {
  await open(page, '/beregn');
  await expect(page.locator('h1')).toHaveText('Beregn egenbetaling og kompensationsydelse');
  await expect(page).toHaveTitle('Beregn – Støtteportalen');
  const list = page.getByTestId('calculators');
  for (const [path, , short] of CALCULATORS) {
    await expect(list.locator(`a[href="${path}"]`)).toHaveCount(1);
    void short;
  }
  await page.locator('#beregn-municipality').selectOption('viborg');
  const free = page.getByTestId('free-services');
  await expect(free.locator('a[href="/ydelser/viborg/ledsageordning"]')).toBeVisible();
  await expect(free).toContainText('Du betaler selv:');
  // A service with a rate is not in the list.
  await expect(free.locator('a[href="/ydelser/viborg/krisecenter"]')).toHaveCount(0);
  await expectNoAxeViolations(page, '/beregn');
  await list.locator('a[href="/beregn/ledsager"]').click();
  await expect(page.locator('h1')).toHaveText(CALCULATORS[2][1]);
  await expect(page.locator('h1#main-heading')).toBeFocused();
});

test('every calculator: heading, title, today\'s date, 0 axe violations, no horizontal scroll, no console errors', async ({ page }) => {
  const rec = record(page);
  for (const [path, h1, title] of CALCULATORS) {
    await test.step(path, async () => {
      await open(page, path);
      await expect(page.locator('h1')).toHaveText(h1);
      await expect(page).toHaveTitle(`${title} – Støtteportalen`);
      // The date defaults to today (set in the browser after rendering).
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      await expect(page.locator('#beregn-dato')).toHaveValue(today);
      await expectNoAxeViolations(page, path);
      await noHorizontalScroll(page, path);
      expect(rec.errors, path).toEqual([]);
    });
  }
});

test('§ 100: Danish formats and bad values on a phone, then the result, trail, chart and table', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const rec = record(page);
  await open(page, '/beregn/kompensationsydelse');
  await page.locator('#beregn-dato').fill('2025-10-01');
  await expect(page.getByText('Med denne dato gælder de nye regler om kompensationsydelse')).toBeVisible();

  // Three expenses with bad amounts.
  await page.locator('#udgift-1-beloeb').fill('-5');
  await page.getByRole('button', { name: 'Tilføj en udgift' }).click();
  await expect(page.locator('#udgift-2-kategori')).toBeFocused();
  await page.locator('#udgift-2-beloeb').fill('abc');
  await page.getByRole('button', { name: 'Tilføj en udgift' }).click();
  await page.locator('#udgift-3-beloeb').fill('1,2,3');
  await calculate(page);

  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeVisible();
  // The live region is a child of the focused summary (as GOV.UK Frontend: focus and
  // announcement on one element race in some screen readers).
  await expect(summary).not.toHaveAttribute('role', /./);
  await expect(summary.locator(':scope > [role="alert"]')).toContainText(await summary.locator('h2').innerText());
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle('Fejl: Kompensationsydelse – Støtteportalen');
  await expect(summary.getByRole('link')).toHaveCount(3);
  await expect(summary).toContainText('Udgift 1, beløb: Beløbet kan ikke være negativt');
  await expect(summary).toContainText('Udgift 2, beløb: Skriv kun tal');
  await expect(summary).toContainText('Udgift 3, beløb: Brug kun ét komma');
  // The messages stand next to the fields, and the fields say they are invalid.
  await expect(page.locator('#udgift-1-beloeb-error')).toContainText('Beløbet kan ikke være negativt');
  await expect(page.locator('#udgift-2-beloeb-error')).toContainText('Skriv kun tal');
  await expect(page.locator('#udgift-3-beloeb-error')).toContainText('Brug kun ét komma');
  await expect(page.locator('#udgift-2-beloeb')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#udgift-2-beloeb')).toHaveAttribute('aria-describedby', /udgift-2-beloeb-error/);
  // Nothing typed is lost.
  await expect(page.locator('#udgift-1-beloeb')).toHaveValue('-5');
  await expect(page.locator('#udgift-2-beloeb')).toHaveValue('abc');
  await expect(page.locator('#udgift-3-beloeb')).toHaveValue('1,2,3');
  await expect(page.getByTestId('calc-result')).toHaveCount(0);
  await expectNoAxeViolations(page, '§ 100 with errors');
  // A link in the summary moves focus to its field.
  await summary.getByRole('link', { name: /Udgift 2/ }).click();
  await expect(page.locator('#udgift-2-beloeb')).toBeFocused();

  // Now valid values in three Danish formats.
  await page.locator('#udgift-1-beloeb').fill('1.530,50');
  await page.locator('#udgift-1-dokumenteret').check();
  await page.locator('#udgift-2-kategori').selectOption('befordring');
  await page.locator('#udgift-2-beloeb').fill('1530');
  await page.locator('#udgift-2-dokumenteret').check();
  await page.locator('#udgift-3-kategori').selectOption('andet');
  await expect(page.locator('#udgift-3-kategori-status')).toContainText('Kommunen afgør');
  await page.locator('#udgift-3-beloeb').fill('1 530 kr.');
  await page.locator('#beregn-alder').fill('45');
  await calculate(page);

  await expectResult(page);
  await expect(page).toHaveTitle('Kompensationsydelse – Støtteportalen');
  await expect(page.locator('.form-error-message')).toHaveCount(0);
  await expect(page.getByTestId('calc-regime')).toContainText('Kompensationsydelse');
  // Group 2: documented medicin and befordring 3.060,50 kr. + 500 kr.
  await expect(page.getByTestId('calc-amount')).toHaveText('3.560,50 kr. om måneden');
  await expect(page.getByTestId('calc-result')).toContainText('Det er 42.726 kr. om året.');
  const groups = page.getByTestId('calc-groups');
  await expect(groups).toContainText('Gruppe 1');
  await expect(groups).toContainText('1.105 kr. om måneden');
  await expect(groups).toContainText('Gruppe 2');
  await expect(page.getByTestId('calc-result')).toContainText('Du vælger selv gruppe 1 eller gruppe 2. Gruppe 2 giver mest');
  await expect(page.getByTestId('calc-conditions')).toContainText('Du er 45 år.');

  // The trail: ordered steps with the rates, their year and their source.
  const trail = page.getByTestId('calc-trail');
  await expect(trail.locator('> li').first()).toContainText('Fra 1.9.2025 hedder ydelsen kompensationsydelse');
  await expect(trail).toContainText('Beregningen bruger satserne for 2025.');
  await expect(trail).toContainText('Medicin: 1.530,50 kr. om måneden (dokumenteret, står på positivlisten)');
  await expect(trail).toContainText('Fast beløb, gruppe 1: 1.105 kr. (2025-niveau).');
  await expect(trail).toContainText('Nedre grænse for kompensationsydelse: 555 kr. (2025-niveau).');
  await expect(trail).toContainText('Kilde: ');
  expect(await trail.locator('> li').count()).toBeGreaterThan(8);
  await expect(trail.locator('> li').last()).toContainText('Det er et skøn. Kommunen træffer afgørelsen');

  // The what-if chart and its table alternative.
  const chart = page.getByTestId('whatif-chart');
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute('role', 'img');
  await expect(chart.locator('title')).toHaveText('Tilskud om måneden ved forskellige udgifter om måneden');
  await expect(chart.locator('desc')).toContainText('Nedre grænse ved 555 kr. om måneden (2025-niveau)');
  await expect(page.getByTestId('chart-legend')).toContainText('Grænse for gruppe 2: 2.000 kr. om måneden (2025-niveau)');
  const box = await chart.boundingBox();
  expect(box.width).toBeLessThanOrEqual(360);
  await page.getByText('Se tallene som tabel').click();
  const table = page.getByTestId('whatif-table').locator('table');
  await expect(table).toBeVisible();
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(10);
  await expect(table).toContainText('555 kr.');
  await expect(table).toContainText('1.105 kr.');

  await expectNoAxeViolations(page, '§ 100 with a result');
  await noHorizontalScroll(page, '§ 100 result');
  expect(await storageKeys(page)).toEqual({ local: [], session: [], cookies: '' });
  expect(rec.errors).toEqual([]);
});

test('§ 100: a result belongs to its input — a change hides it, an error removes it, only a current result is kept (issue 12)', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'runs once, on the phone');
  await open(page, '/beregn/kompensationsydelse');
  await page.locator('#beregn-dato').fill('2025-10-01');
  await page.locator('#udgift-1-beloeb').fill('2.500');
  await page.locator('#udgift-1-dokumenteret').check();
  await calculate(page);
  await expectResult(page);
  await expect(page.getByTestId('calc-groups')).toContainText('3.000 kr. om måneden');
  // New input: the old result gives way to a note; nothing can be kept.
  await page.locator('#udgift-1-beloeb').fill('-5');
  await expect(page.getByTestId('calc-result')).toHaveCount(0);
  await expect(page.getByTestId('calc-stale')).toContainText('Tryk på "Beregn" igen');
  await expect(page.getByRole('button', { name: 'Tag med i ansøgningen' })).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText('3.000 kr. om måneden');
  // An error: no result, no note, just the error.
  await calculate(page);
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.getByTestId('calc-result')).toHaveCount(0);
  await expect(page.getByTestId('calc-stale')).toHaveCount(0);
  // Back to the same amount: no result until calculated again.
  await page.locator('#udgift-1-beloeb').fill('2500');
  await expect(page.getByTestId('calc-result')).toHaveCount(0);
  await calculate(page);
  await expectResult(page);
  // The same amount written another way is the same input: the result stays.
  await page.locator('#udgift-1-beloeb').fill('2.500,00');
  await expect(page.getByTestId('calc-result')).toBeVisible();
  await page.getByRole('button', { name: 'Tag med i ansøgningen' }).click();
  await expect(page.getByTestId('keep-status')).toContainText('kun gemt, mens fanen er åben');
  // An amount nobody spends a month gets a note (a check of typing, not a rule).
  await page.locator('#udgift-1-beloeb').fill('1.000.000,00');
  await calculate(page);
  await expectResult(page);
  await expect(page.getByTestId('calc-warnings')).toContainText('Tjek beløbet for Medicin: 1.000.000 kr. om måneden');
});

test('co-payments: a changed input hides the old result, an error removes it', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'runs once, on the phone');
  await open(page, '/beregn/krisecenter-og-forsorgshjem');
  await page.getByLabel('På et forsorgshjem eller herberg (§ 110)').check();
  await page.locator('#beregn-dato').fill('2023-06-01');
  await page.locator('#beregn-doegn').fill('10');
  await calculate(page);
  await expectResult(page);
  await page.locator('#beregn-doegn').fill('11');
  await expect(page.getByTestId('calc-result')).toHaveCount(0);
  await expect(page.getByTestId('calc-stale')).toBeVisible();
  await page.locator('#beregn-doegn').fill('x');
  await calculate(page);
  await expect(page.getByTestId('error-summary')).toBeVisible();
  await expect(page.getByTestId('calc-stale')).toHaveCount(0);
});

test('§ 100: a date before 1 September 2025 uses merudgiftsydelse, after it kompensationsydelse', async ({ page }) => {
  await open(page, '/beregn/kompensationsydelse');
  await page.locator('#beregn-dato').fill('2025-08-15');
  await expect(page.getByText('Med denne dato gælder de gamle regler om merudgiftsydelse')).toBeVisible();
  await page.locator('#udgift-1-beloeb').fill('1000');
  await page.locator('#udgift-1-dokumenteret').check();
  await calculate(page);
  await expectResult(page);
  await expect(page.getByTestId('calc-regime')).toContainText('Merudgiftsydelse');
  // No verified 2025 table before September: the 2024 table, and the trail says so.
  await expect(page.getByTestId('calc-amount')).toHaveText('1.138 kr. om måneden');
  const trail = page.getByTestId('calc-trail');
  await expect(trail).toContainText('Datoen er før 1.9.2025. Derfor gælder reglerne om merudgiftsydelse.');
  await expect(trail).toContainText('Vi har ikke satserne for 2025. Beregningen bruger satserne for 2024');
  await expect(trail).toContainText('(2024-niveau)');
  await expect(page.getByTestId('calc-warnings')).toContainText('Vi har ikke satserne for 2025');
  await expect(page.getByTestId('calc-groups')).toHaveCount(0);

  await page.locator('#beregn-dato').fill('2025-09-01');
  await calculate(page);
  await expectResult(page);
  await expect(page.getByTestId('calc-regime')).toContainText('Kompensationsydelse');
  await expect(page.getByTestId('calc-amount')).toHaveText('1.105 kr. om måneden');
  await expect(page.getByTestId('calc-trail')).toContainText('Gruppe 2: Dine dokumenterede udgifter på positivlisten er 1.000 kr. om måneden. De skal være over 2.000 kr.');
  await expectNoAxeViolations(page, '§ 100 kompensationsydelse');
});

test('§ 100: where the 2024 table is ambiguous, both amounts are shown', async ({ page }) => {
  await open(page, '/beregn/kompensationsydelse');
  await page.locator('#beregn-dato').fill('2024-06-01');
  await page.locator('#udgift-1-beloeb').fill('1.707');
  await page.locator('#udgift-1-dokumenteret').check();
  await calculate(page);
  await expectResult(page);
  await expect(page.getByTestId('calc-amount')).toHaveText('Mellem 1.138 kr. og 2.277 kr. om måneden');
  await expect(page.getByTestId('calc-trail')).toContainText('Vi vælger ikke for kommunen, så du ser begge beløb.');
  // The chart draws the lower reading as a second line.
  await expect(page.locator('.chart-line-min')).toHaveCount(1);
});

test('§ 100: a person who is excluded sees which condition is not met', async ({ page }) => {
  await open(page, '/beregn/kompensationsydelse');
  await page.locator('#beregn-dato').fill('2025-10-01');
  await page.getByLabel('Ja, jeg får folkepension').check();
  await page.locator('#udgift-1-beloeb').fill('3000');
  await calculate(page);
  await expectResult(page);
  await expect(page.getByTestId('calc-result')).toContainText('Du opfylder ikke betingelserne');
  await expect(page.getByTestId('calc-conditions')).toContainText('Ikke opfyldt Du får folkepension.');
});

test('§ 100: "Tag med i ansøgningen" keeps the calculation in the tab only, and it fills the form again', async ({ page }) => {
  await open(page, '/beregn/kompensationsydelse');
  await page.locator('#beregn-dato').fill('2025-10-01');
  await page.locator('#udgift-1-beloeb').fill('1.530,50');
  await calculate(page);
  await expectResult(page);
  await page.getByRole('button', { name: 'Tag med i ansøgningen' }).click();
  await expect(page.getByTestId('keep-status')).toContainText('kun gemt, mens fanen er åben');
  await expect(page.locator('.calc-keep')).toContainText('Du finder udgifterne under Udgifter');
  expect(await storageKeys(page)).toEqual({ local: [], session: [], cookies: '' });

  await (await mainNav(page)).getByRole('link', { name: 'Ansøgning' }).click();
  await expect(page.locator('h1')).toHaveText('Gør en ansøgning klar');
  await (await mainNav(page)).getByRole('link', { name: 'Beregn' }).click();
  await page.getByTestId('calculators').locator('a[href="/beregn/kompensationsydelse"]').click();
  await expect(page.locator('#udgift-1-beloeb')).toHaveValue('1.530,50');
  await expect(page.locator('#beregn-dato')).toHaveValue('2025-10-01');
  await expect(page.getByTestId('calc-amount')).toHaveText('1.105 kr. om måneden');
  expect(await storageKeys(page)).toEqual({ local: [], session: [], cookies: '' });
});

test('§ 100: in "Gem på denne enhed" the kept calculation is saved, listed and restored', async ({ page }) => {
  await open(page, '/om-portalen');
  await page.getByLabel('Gem på denne enhed').check();
  await page.getByRole('button', { name: 'Gem mit valg' }).click();
  await expect(page.getByTestId('stored-items').locator('li[data-key="stotteportalen.beregning.100"]')).toContainText('beregning af kompensationsydelse');
  await (await mainNav(page)).getByRole('link', { name: 'Beregn' }).click();
  await page.getByTestId('calculators').locator('a[href="/beregn/kompensationsydelse"]').click();
  await page.locator('#beregn-dato').fill('2025-10-01');
  await page.locator('#udgift-1-beloeb').fill('2.500');
  await calculate(page);
  await expectResult(page);
  await page.getByRole('button', { name: 'Tag med i ansøgningen' }).click();
  await expect(page.getByTestId('keep-status')).toContainText('gemt på denne enhed');
  expect((await storageKeys(page)).local).toContain('stotteportalen.beregning.100');
  await page.reload();
  await expect(page.locator('#udgift-1-beloeb')).toHaveValue('2.500');
  await expect(page.getByTestId('calc-amount')).toHaveText('1.105 kr. om måneden');
  // "Slet alle mine data" removes it.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Om portalen og dine data' }).click();
  await page.getByTestId('delete-all').click();
  expect(await storageKeys(page)).toEqual({ local: [], session: [], cookies: '' });
});

test('§ 109/§ 110: days × the year\'s daily rate, with errors first', async ({ page }) => {
  const rec = record(page);
  await open(page, '/beregn/krisecenter-og-forsorgshjem');
  await page.locator('#beregn-doegn').fill('to uger');
  await calculate(page);
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(2);
  await expect(summary).toContainText('Hvor du skal bo: Vælg et af svarene.');
  await expect(summary).toContainText('Antal døgn: Skriv antal døgn som et helt tal, fx 14.');
  await expect(page.locator('#beregn-doegn')).toHaveValue('to uger');
  await expect(page).toHaveTitle(/^Fejl: /);
  await expectNoAxeViolations(page, '§ 109 with errors');

  await page.getByLabel('På et krisecenter (§ 109)').check();
  await page.locator('#beregn-dato').fill('2023-03-01');
  await page.locator('#beregn-doegn').fill('14');
  await calculate(page);
  await expectResult(page);
  const result = page.getByTestId('calc-result');
  await expect(result.locator('.calc-amount')).toHaveText('1.307,32 kr. for 14 døgn');
  await expect(result).toContainText('Det er 93,38 kr. pr. døgn (2023-niveau).');
  await expect(result).toContainText('Stedet kan tage betaling for mad og tøjvask oven i.');
  const trail = page.getByTestId('calc-trail');
  await expect(trail).toContainText('14 døgn × 93,38 kr. giver 1.307,32 kr.');
  await expect(trail).not.toContainText('kr..');
  await expect(trail).toContainText('Du betaler 93,38 kr. pr. døgn på et krisecenter.');
  await expect(result).toContainText('Beløbet dækker opholdet, el og varme og dine børns ophold.');
  await expect(trail).toContainText('Egenbetaling pr. døgn: 93,38 kr. (2023-niveau).');
  await expect(trail).toContainText('Kilde: ');
  await expectNoAxeViolations(page, '§ 109 with a result');

  // § 110 in 2021.
  await page.getByLabel('På et forsorgshjem eller herberg (§ 110)').check();
  await page.locator('#beregn-dato').fill('2021-06-01');
  await page.locator('#beregn-doegn').fill('10');
  await calculate(page);
  await expect(result.locator('.calc-amount')).toHaveText('930 kr. for 10 døgn');
  await expect(trail).toContainText('Du betaler 93 kr. pr. døgn på et forsorgshjem.');
  await expect(result).toContainText('(2021-niveau)');
  expect(rec.errors).toEqual([]);
});

test('§ 97: the companion\'s expenses are covered up to the year\'s maximum', async ({ page }) => {
  await open(page, '/beregn/ledsager');
  await page.locator('#beregn-ledsager-udgifter').fill('12,345');
  await calculate(page);
  await expect(page.getByTestId('error-summary')).toContainText('Skriv højst to tal efter kommaet');
  await expect(page.locator('#beregn-ledsager-udgifter-error')).toBeVisible();
  await page.locator('#beregn-dato').fill('2024-02-01');
  await page.locator('#beregn-ledsager-udgifter').fill('1.200');
  await calculate(page);
  await expectResult(page);
  const result = page.getByTestId('calc-result');
  await expect(result.locator('.calc-amount')).toHaveText('Du kan få dækket 1.005 kr. om året');
  await expect(result).toContainText('Der kan højst dækkes 1.005 kr. om året (2024-niveau).');
  await expect(result).toContainText('Du betaler selv de 195 kr., der er over 1.005 kr.');
  await expect(page.getByTestId('calc-trail')).toContainText('Ledsagerens udgifter, højst pr. år: 1.005 kr. (2024-niveau).');
  await expectNoAxeViolations(page, '§ 97 with a result');
});

test('§ 108: a rough estimate of the housing payment, clearly marked', async ({ page }) => {
  await open(page, '/beregn/botilbud');
  await calculate(page);
  const summary = page.getByTestId('error-summary');
  await expect(summary).toContainText('Indkomst om året: Skriv et beløb.');
  await expect(summary).toContainText('Enlig pensionist: Vælg et af svarene.');
  await page.locator('#beregn-dato').fill('2024-05-01');
  await page.locator('#beregn-indkomst').fill('300.000');
  await page.locator('#enlig-1').check();
  await calculate(page);
  await expectResult(page);
  const result = page.getByTestId('calc-result');
  await expect(page.getByTestId('rough-estimate')).toHaveText('Groft skøn');
  await expect(result.locator('.calc-amount')).toHaveText('Cirka 3.050 kr. om måneden');
  await expect(result).toContainText('Det er cirka 36.600 kr. om året.');
  await expect(result).toContainText('Det er et groft skøn.');
  const trail = page.getByTestId('calc-trail');
  await expect(trail).toContainText('10 % af 234.000 kr. (indkomsten op til 234.000 kr.) giver 23.400 kr.');
  await expect(trail).toContainText('20 % af 66.000 kr. (indkomsten over 234.000 kr.) giver 13.200 kr.');
  await expect(trail).toContainText('Indkomstgrænse for betaling i botilbud: 234.000 kr. (2024-niveau).');
  await expectNoAxeViolations(page, '§ 108 with a result');

  // Capped by the actual cost of the housing.
  await page.locator('#beregn-boligudgift').fill('24.000');
  await calculate(page);
  await expect(result.locator('.calc-amount')).toHaveText('Cirka 2.000 kr. om måneden');
  await expect(result).toContainText('Du betaler aldrig mere, end boligen koster: 24.000 kr. om året.');
});

test('English: the calculator and its trail are translated', async ({ page }) => {
  await page.goto('/beregn/kompensationsydelse?lang=en');
  await expect(page.locator('h1')).toHaveText('Calculate compensation for extra expenses (§ 100)');
  await page.locator('#beregn-dato').fill('2025-10-01');
  await page.locator('#udgift-1-beloeb').fill('93.38');
  await calculate(page);
  await expect(page.getByTestId('error-summary')).toContainText('Expense 1, amount: Use a comma before the øre');
  await page.locator('#udgift-1-beloeb').fill('800');
  await calculate(page);
  await expect(page.getByTestId('calc-amount')).toHaveText('1.105 kr. a month');
  await expect(page.getByTestId('calc-trail')).toContainText('Group 1: a fixed amount of 1.105 kr. a month.');
  await expect(page.getByTestId('calc-trail')).toContainText('(2025 level)');
  await expectNoAxeViolations(page, '§ 100 in English');
});

test('no horizontal scrolling at 320 px, also with a result, errors and the table open', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const [path] of CALCULATORS) {
    await open(page, path);
    await noHorizontalScroll(page, path);
  }
  await open(page, '/beregn/kompensationsydelse');
  await page.locator('#udgift-1-beloeb').fill('1.5300');
  await calculate(page);
  await expect(page.getByTestId('error-summary')).toBeVisible();
  await noHorizontalScroll(page, '§ 100 errors at 320 px');
  await page.locator('#beregn-dato').fill('2024-06-01');
  await page.locator('#udgift-1-beloeb').fill('12.345,67');
  await page.locator('#udgift-1-dokumenteret').check();
  await calculate(page);
  await expectResult(page);
  await page.getByText('Se tallene som tabel').click();
  await noHorizontalScroll(page, '§ 100 result at 320 px');
});
