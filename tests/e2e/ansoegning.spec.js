// Ansøgning (the application draft): a citizen and a helper complete a draft with the
// keyboard only on a phone, with axe on every step; errors; device mode keeps the draft
// over a reload; memory mode warns before leaving; export, clear, import; bad files;
// the print layout has every answer; the receipt and its calendar file.
import { test, expect } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { open, expectNoAxeViolations, storageKeys, mainNav } from './helpers.js';
import { tabTo } from './screener-walk.js';

/** Types into a field reached with Tab. */
async function typeInto(page, field, text) {
  await tabTo(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** Chooses a radio button by its label with Tab, the arrow keys and Space. */
async function chooseRadio(page, name) {
  const target = page.getByRole('radio', { name, exact: true });
  const group = await target.getAttribute('name');
  for (let i = 0; i < 200; i++) {
    if (await page.evaluate((g) => document.activeElement?.type === 'radio' && document.activeElement?.name === g, group)) break;
    await page.keyboard.press('Tab');
  }
  const count = await page.locator(`input[type=radio][name="${group}"]`).count();
  for (let i = 0; i <= count; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

/** The text a printer would get (innerText skips what print CSS hides). */
async function printedText(page) {
  await page.emulateMedia({ media: 'print' });
  return page.locator('main').innerText();
}

/** Ticks a checkbox by its label with Tab and Space. */
async function tick(page, name) {
  const box = page.getByRole('checkbox', { name });
  await tabTo(page, box);
  if (!(await box.isChecked())) await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

/** Presses a button with Tab and Enter. */
async function press(page, name) {
  await tabTo(page, page.getByRole('button', { name, exact: true }));
  await page.keyboard.press('Enter');
}

/** "Fortsæt" and wait for the next step (its heading has focus). */
async function next(page, step) {
  const from = page.url();
  await press(page, 'Fortsæt');
  await expect(page).not.toHaveURL(from);
  await expect(page).toHaveURL(new RegExp(`/ansoegning/${step}$`));
  await expect(page.locator('h1#main-heading')).toBeFocused();
}

/** The step indicator: the current step has aria-current="step". */
async function expectCurrentStep(page, title) {
  const current = page.locator('.step-indicator [aria-current="step"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText(title);
}

/** Starts a draft from /ansoegning as the citizen or a helper (keyboard only). */
async function start(page, role) {
  await open(page, '/ansoegning');
  await expectNoAxeViolations(page, 'start');
  await chooseRadio(page, role);
  await press(page, 'Start');
  await expect(page).toHaveURL(/\/ansoegning\/om-dig$/);
  await expect(page.locator('h1#main-heading')).toBeFocused();
}

/** Picks Viborg in the municipality select with the keyboard. */
async function chooseViborg(page) {
  const select = page.locator('#kommune');
  await tabTo(page, select);
  await page.keyboard.type('Viborg');
  await expect(select).toHaveValue('viborg');
}

const CITIZEN = {
  fornavn: 'Anna',
  efternavn: 'Jensen',
  cpr: '010203-1234',
  adresse: 'Søndergade 1, 8800 Viborg',
  telefon: '12 34 56 78',
  hverdag: 'Jeg kan ikke tage bussen alene. Jeg bliver bange.',
  udgift: 'Taxa til lægen',
  beloeb: '450',
  andet: 'Ring helst om formiddagen.',
};

test('a citizen completes a draft with the keyboard only; errors; axe on every step; print and receipt', async ({ page }) => {
  test.setTimeout(240_000);
  await start(page, 'Jeg søger for mig selv');

  // Om dig: nothing filled in → error summary with focus, "Fejl: " in the title.
  await expectCurrentStep(page, 'Om dig');
  await expect(page.locator('h1')).toContainText('Trin 1 af 6');
  await expectNoAxeViolations(page, 'om-dig');
  await press(page, 'Fortsæt');
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Fejl: Om dig/);
  await expect(page.locator('#error-summary')).toContainText('Skriv dit fornavn');
  await expect(page.locator('#fornavn-error')).toContainText('Skriv dit fornavn');
  await expectNoAxeViolations(page, 'om-dig with errors');
  await typeInto(page, page.getByLabel('Fornavn', { exact: true }), CITIZEN.fornavn);
  await typeInto(page, page.getByLabel('Efternavn'), CITIZEN.efternavn);
  // A CPR number with a date that does not exist.
  await typeInto(page, page.getByLabel(/CPR-nummer/), '311399-1234');
  await press(page, 'Fortsæt');
  await expect(page.locator('#error-summary')).toContainText('De første 6 tal');
  await typeInto(page, page.getByLabel(/CPR-nummer/), CITIZEN.cpr);
  await typeInto(page, page.getByLabel(/Adresse/), CITIZEN.adresse);
  await typeInto(page, page.getByLabel(/Telefonnummer/), CITIZEN.telefon);
  await next(page, 'hvad-soeger-du');
  expect(page.url()).not.toContain('1234');

  // Hvad søger du.
  await expectCurrentStep(page, 'Hvad søger du');
  await expectNoAxeViolations(page, 'hvad-soeger-du');
  await chooseViborg(page);
  await press(page, 'Fortsæt');
  await expect(page.locator('#error-summary')).toContainText('Vælg mindst én form for hjælp');
  await tick(page, 'Ledsageordning (§ 97)');
  await next(page, 'din-hverdag');

  // Din hverdag: the guiding questions come from the standard's criteria.
  await expectNoAxeViolations(page, 'din-hverdag');
  await expect(page.locator('.ans-hverdag')).toContainText('Hvilken hjælp får du i dag');
  await typeInto(page, page.getByLabel('Ledsageordning (§ 97)'), CITIZEN.hverdag);
  await next(page, 'udgifter');

  // Udgifter.
  await expectNoAxeViolations(page, 'udgifter');
  await press(page, 'Tilføj en udgift');
  await typeInto(page, page.locator('#udgift-0-hvad'), CITIZEN.udgift);
  await typeInto(page, page.locator('#udgift-0-beloeb'), 'tre hundrede');
  await press(page, 'Fortsæt');
  await expect(page.locator('#error-summary')).toContainText('Skriv beløbet i kroner');
  await expectNoAxeViolations(page, 'udgifter with errors');
  await typeInto(page, page.locator('#udgift-0-beloeb'), CITIZEN.beloeb);
  await next(page, 'dokumenter');

  // Dokumenter: the combined checklist (from the screener's documents list).
  await expectNoAxeViolations(page, 'dokumenter');
  // § 97 (Ledsageordning) asks for exactly these two (src/domain/screener/regler.rs
  // DOKUMENTER, Viborg's standard 2.8; texts in locales/da/screener.ftl).
  const boxes = page.locator('input[name=dokumenter]');
  await expect(boxes).toHaveCount(2);
  const ledsager = page.getByRole('checkbox', { name: 'Navnet på en person, der kan være ledsager, hvis der er en.' });
  await expect(ledsager).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: /^Kvitteringer for ledsagerens eller kontaktpersonens udgifter/ })).toHaveCount(1);
  await tabTo(page, ledsager);
  await page.keyboard.press('Space');
  await expect(ledsager).toBeChecked();
  await typeInto(page, page.getByLabel(/Er der andet/), CITIZEN.andet);
  await next(page, 'tjek');

  // Tjek dine svar: every answer, with change links; completed steps are links.
  await expectCurrentStep(page, 'Tjek dine svar');
  await expectNoAxeViolations(page, 'tjek');
  await expect(page.locator('.step-indicator a')).toHaveCount(5);
  const main = page.locator('main');
  for (const value of Object.values(CITIZEN)) {
    await expect(main).toContainText(value === CITIZEN.beloeb ? '450 kr.' : value);
  }
  await expect(main).toContainText('Ledsageordning (§ 97)');
  // The documents with what is ready: the one ticked above, and the one not.
  const docs = page.getByTestId('summary-dokumenter');
  await expect(docs.locator('.ans-row', { hasText: 'Navnet på en person, der kan være ledsager' }).locator('dd')).toHaveText('Klar');
  await expect(docs.locator('.ans-row', { hasText: 'Kvitteringer for ledsagerens' }).locator('dd')).toHaveText('Ikke klar endnu');

  // Print: every answer, the services with §, the date, a signature line; no buttons.
  const printed = await printedText(page);
  await expect(page.locator('.ans-print-head')).toBeVisible();
  expect(printed).toContain('Ansøgning om hjælp til Viborg Kommune');
  expect(printed).toMatch(/Dato: \d\d\.\d\d\.\d{4}/);
  for (const value of Object.values(CITIZEN)) {
    expect(printed).toContain(value === CITIZEN.beloeb ? '450 kr.' : value);
  }
  expect(printed).toContain('Ledsageordning (§ 97)');
  expect(printed).not.toContain('Gem som fil');
  await expect(page.getByTestId('print-signature')).toBeVisible();
  await expect(page.getByTestId('print-fuldmagt')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Fortsæt' })).toBeHidden();
  await expect(page.locator('.main-nav')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The receipt (outside the steps): how to hand in, decision date, complaint rule, .ics.
  await tabTo(page, page.getByTestId('ans-continue'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ansoegning\/kvittering$/);
  await expect(page.locator('h1#main-heading')).toBeFocused();
  await expect(page.locator('h1')).toHaveText('Kvittering og næste skridt');
  await expect(page.locator('.step-indicator')).toHaveCount(0);
  await expectNoAxeViolations(page, 'kvittering');
  await expect(page.getByTestId('contact-box')).toContainText('Viborg');
  await expect(page.getByTestId('decision-date')).toContainText(/Forventet afgørelse senest omkring \d\d\.\d\d\.\d{4}/);
  await expect(main).toContainText('Fristen er 4 uger fra den dag, du får afgørelsen');
  await expect(page.getByTestId('complaint-example')).toBeVisible();
  const downloadP = page.waitForEvent('download');
  await press(page, 'Hent datoerne til kalenderen (.ics)');
  const download = await downloadP;
  expect(download.suggestedFilename()).toMatch(/^ansoegning-datoer-\d{4}-\d\d-\d\d\.ics$/);
  const ics = readFileSync(await download.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toMatch(/DTSTART;VALUE=DATE:\d{8}\r\n/);
  expect(ics).toContain('SUMMARY:Forventet svar fra kommunen: Ledsageordning');
  expect(ics).not.toContain('Anna');
  expect(ics).not.toContain('1234');
  // Nothing was written to the device (memory mode).
  expect(await storageKeys(page)).toEqual({ local: [], session: [], cookies: '' });
});

const HELPER = {
  fornavn: 'Karen',
  efternavn: 'Holm',
  hjaelper: 'Peter Holm',
  relation: 'Søn',
  telefon: '87 65 43 21',
};

test('a helper completes a draft with the keyboard only: "personen"/"hun", fuldmagt and helper section', async ({ page }) => {
  test.setTimeout(240_000);
  await start(page, 'Jeg hjælper en anden med at søge');
  await expectCurrentStep(page, 'Om personen');
  await expect(page.locator('h1')).toContainText('Om personen');
  await expect(page.locator('h1')).toContainText('Trin 1 af 7');
  await expectNoAxeViolations(page, 'om-personen');
  await typeInto(page, page.getByLabel('Fornavn', { exact: true }), HELPER.fornavn);
  await typeInto(page, page.getByLabel('Efternavn'), HELPER.efternavn);
  await expect(page.getByLabel('Fornavn', { exact: true })).toHaveAttribute('autocomplete', 'off');
  // The wording follows the choice at once, on the same page (the step indicator's titles
  // come from the draft's wording, a memo that changes only when the wording does).
  const steps = page.locator('.step-indicator');
  await expect(steps).toContainText('Hvad søger personen');
  await chooseRadio(page, '"Hun"');
  await expect(steps).toContainText('Hvad søger hun');
  await expect(steps).not.toContainText('Hvad søger personen');
  await next(page, 'hvem-hjaelper');

  // Hvem hjælper: explains the terms; required: name, relation, contact, fuldmagt, role.
  await expectCurrentStep(page, 'Hvem hjælper');
  await expect(page.locator('main')).toContainText('En fuldmagt er en underskrevet besked fra hende');
  await expectNoAxeViolations(page, 'hvem-hjaelper');
  await press(page, 'Fortsæt');
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#error-summary')).toContainText('Vælg, om hun giver dig en fuldmagt');
  await expectNoAxeViolations(page, 'hvem-hjaelper with errors');
  await typeInto(page, page.getByLabel('Dit navn'), HELPER.hjaelper);
  await typeInto(page, page.getByLabel('Hvordan kender du hende?'), HELPER.relation);
  await typeInto(page, page.getByLabel('Dit telefonnummer'), HELPER.telefon);
  await chooseRadio(page, 'Ja');
  await chooseRadio(page, 'Partsrepræsentant');
  await next(page, 'hvad-soeger-du');

  await expect(page.locator('h1')).toContainText('Hvad søger hun');
  await expectNoAxeViolations(page, 'hvad-soeger-hun');
  await chooseViborg(page);
  await tick(page, 'Ledsageordning (§ 97)');
  await next(page, 'din-hverdag');
  await expect(page.locator('h1')).toContainText('Hverdagen');
  await expect(page.locator('.ans-hverdag')).toContainText('Hvilken hjælp får hun i dag');
  await expectNoAxeViolations(page, 'hverdagen');
  await next(page, 'udgifter');
  await expectNoAxeViolations(page, 'udgifter (helper)');
  await next(page, 'dokumenter');
  // The helper needs a fuldmagt for a service with visitation: on the combined list.
  await expect(page.getByRole('checkbox', { name: /fuldmagt/i })).toHaveCount(1);
  await expectNoAxeViolations(page, 'dokumenter (helper)');
  await next(page, 'tjek');
  await expectNoAxeViolations(page, 'tjek (helper)');
  for (const value of Object.values(HELPER)) await expect(page.locator('main')).toContainText(value);

  // Print: the fuldmagt to sign, with both names, and every answer.
  const printed = await printedText(page);
  for (const value of Object.values(HELPER)) expect(printed).toContain(value);
  const fuldmagt = page.getByTestId('print-fuldmagt');
  await expect(fuldmagt).toBeVisible();
  await expect(fuldmagt).toContainText('Jeg, Karen Holm, giver Peter Holm (Søn) fuldmagt');
  await expect(page.getByTestId('print-signature')).toContainText('Underskrift, hjælper (Peter Holm)');
  await page.emulateMedia({ media: 'screen' });

  await tabTo(page, page.getByTestId('ans-continue'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ansoegning\/kvittering$/);
  await expect(page.locator('main')).toContainText('Hun skriver under');
  await expectNoAxeViolations(page, 'kvittering (helper)');
});

test('device mode: the draft is saved on this device and comes back after a reload', async ({ page }) => {
  await open(page, '/om-portalen');
  await page.getByLabel('Gem på denne enhed').check();
  await page.getByRole('button', { name: 'Gem mit valg' }).click();
  await expect(page.getByTestId('stored-items').locator('li[data-key="stotteportalen.ansoegning.kladde"]')).toContainText('Din ansøgning');
  await (await mainNav(page)).getByRole('link', { name: 'Ansøgning' }).click();
  await page.getByText('Jeg søger for mig selv').click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByLabel('Fornavn', { exact: true }).fill('Bo');
  await page.getByLabel('Efternavn').fill('Berg');
  await expect(page.getByTestId('unsaved-notice')).toHaveCount(0);
  expect((await storageKeys(page)).local).toContain('stotteportalen.ansoegning.kladde');
  // No warning before leaving: everything is on the device.
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.accept(); });
  await page.reload();
  await expect(page.getByLabel('Fornavn', { exact: true })).toHaveValue('Bo');
  await expect(page.getByLabel('Efternavn')).toHaveValue('Berg');
  expect(dialogs).toBe(0);
  // "Slet alle mine data" removes it.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Om portalen og dine data' }).click();
  await page.getByTestId('delete-all').click();
  expect(await storageKeys(page)).toEqual({ local: [], session: [], cookies: '' });
});

test('memory mode: leaving with unsaved changes is warned about first (and in the page)', async ({ page }) => {
  await start(page, 'Jeg søger for mig selv');
  await typeInto(page, page.getByLabel('Fornavn', { exact: true }), 'Bo');
  await expect(page.getByTestId('unsaved-notice')).toContainText('Din ansøgning er ikke gemt');
  // A reload asks first (beforeunload); staying keeps the draft.
  const dialogP = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await dialogP;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(page.getByLabel('Fornavn', { exact: true })).toHaveValue('Bo');
  expect(await storageKeys(page)).toEqual({ local: [], session: [], cookies: '' });
  // After "Gem som fil" there is nothing to warn about.
  const downloadP = page.waitForEvent('download');
  await press(page, 'Gem som fil');
  await downloadP;
  await expect(page.getByTestId('unsaved-notice')).toHaveCount(0);
});

test('export, clear, import: everything comes back; bad files are refused and the draft stays', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await start(page, 'Jeg søger for mig selv');
  await page.getByLabel('Fornavn', { exact: true }).fill('Eva');
  await page.getByLabel('Efternavn').fill('Lund');
  await page.getByLabel(/CPR-nummer/).fill('0102031234');
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await page.locator('#kommune').selectOption('viborg');
  await page.getByRole('checkbox', { name: 'Ledsageordning (§ 97)' }).check();
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await page.getByLabel('Ledsageordning (§ 97)').fill('Jeg ser dårligt.\nJeg har brug for en ledsager.');

  // Export: a versioned JSON file named by date, never by CPR.
  const downloadP = page.waitForEvent('download');
  await page.getByTestId('save-file').click();
  const download = await downloadP;
  expect(download.suggestedFilename()).toMatch(/^ansoegning-\d{4}-\d\d-\d\d\.json$/);
  const saved = testInfo.outputPath('kladde.json');
  await download.saveAs(saved);
  const json = JSON.parse(readFileSync(saved, 'utf8'));
  expect(json.format).toBe('stotteportalen-ansoegning');
  expect(json.version).toBe(2);
  expect(json.kladde.person.fornavn).toBe('Eva');

  // Clear.
  await (await mainNav(page)).getByRole('link', { name: 'Ansøgning' }).click();
  await page.getByTestId('ans-clear').click();
  await page.getByTestId('ans-clear-yes').click();
  await expect(page.getByTestId('ans-clear')).toHaveCount(0);

  // Bad files: refused with a plain message; the (empty) draft stays.
  const bad = [
    ['ikke-json.json', 'dette er ikke json', 'Filen kan ikke læses'],
    ['version.json', JSON.stringify({ ...json, version: 9 }), 'version 9'],
    ['felt.json', JSON.stringify({ ...json, kladde: { ...json.kladde, ekstra: 1 } }), 'et felt, portalen ikke kender: ekstra'],
    ['stor.json', JSON.stringify({ ...json, kladde: { ...json.kladde, andet: 'x'.repeat(2100 * 1024) } }), 'Filen er for stor'],
  ];
  for (const [name, content, message] of bad) {
    const path = testInfo.outputPath(name);
    writeFileSync(path, content);
    await page.locator('#ans-fil').setInputFiles(path);
    await expect(page.getByTestId('open-error')).toContainText(message);
    await expect(page.getByTestId('open-error')).toContainText('Din ansøgning er ikke ændret');
  }
  await expect(page.getByTestId('ans-clear')).toHaveCount(0);
  await expectNoAxeViolations(page, 'start with a file error');

  // Import the saved file: everything is back.
  await page.locator('#ans-fil').setInputFiles(saved);
  await expect(page.getByTestId('open-ok')).toBeVisible();
  await page.getByRole('button', { name: 'Fortsæt med ansøgningen' }).click();
  await expect(page.getByLabel('Fornavn', { exact: true })).toHaveValue('Eva');
  await expect(page.getByLabel(/CPR-nummer/)).toHaveValue('0102031234');
  await page.locator('.step-indicator a', { hasText: 'Din hverdag' }).click();
  await expect(page.getByLabel('Ledsageordning (§ 97)')).toHaveValue('Jeg ser dårligt.\nJeg har brug for en ledsager.');

  // A file with script in it: opened, and shown as plain text only.
  const script = testInfo.outputPath('script.json');
  writeFileSync(script, JSON.stringify({ ...json, kladde: { ...json.kladde, person: { ...json.kladde.person, fornavn: '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">' } } }));
  await (await mainNav(page)).getByRole('link', { name: 'Ansøgning' }).click();
  await page.locator('#ans-fil').setInputFiles(script);
  await expect(page.getByTestId('open-ok')).toBeVisible();
  await page.getByRole('button', { name: 'Fortsæt med ansøgningen' }).click();
  await page.locator('.step-indicator a', { hasText: 'Tjek dine svar' }).click();
  await expect(page.locator('main')).toContainText('<script>window.__pwned=1</script>');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator('main script, main img[src="x"]').count()).toBe(0);
});

test('a kept § 100 calculation fills the expenses', async ({ page }) => {
  await open(page, '/beregn/kompensationsydelse');
  await page.locator('#beregn-dato').fill('2025-10-01');
  await page.locator('#udgift-1-beloeb').fill('1.530,50');
  await page.getByTestId('calculate').click();
  await page.getByRole('button', { name: 'Tag med i ansøgningen' }).click();
  await page.locator('.calc-keep').getByRole('link', { name: 'Gå til ansøgningen' }).click();
  await page.getByText('Jeg søger for mig selv').click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByLabel('Fornavn', { exact: true }).fill('Ib');
  await page.getByLabel('Efternavn').fill('Ravn');
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await page.locator('#kommune').selectOption('viborg');
  await page.getByRole('checkbox', { name: /Dækning af merudgifter/ }).check();
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await expect(page).toHaveURL(/\/ansoegning\/udgifter$/);
  await expect(page.getByTestId('from-calculation')).toContainText('1.105 kr.');
  await expect(page.locator('#udgift-0-beloeb')).toHaveValue('1.530,50');
  await expectNoAxeViolations(page, 'udgifter from the calculation');
});

test('no horizontal scrolling at 320 px on the start page and a step with errors', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const noScroll = async (label) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, label).toBeLessThanOrEqual(0);
  };
  await open(page, '/ansoegning');
  await noScroll('start');
  await page.getByText('Jeg hjælper en anden med at søge').click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await expect(page.locator('#error-summary')).toBeVisible();
  await noScroll('om-personen with errors');
  await page.getByLabel('Fornavn', { exact: true }).fill('Karen');
  await page.getByLabel('Efternavn').fill('Holm');
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await expect(page).toHaveURL(/hvem-hjaelper$/);
  await noScroll('hvem-hjaelper');
});
