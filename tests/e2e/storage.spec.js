// Nothing a person typed is lost (issue 12 defect 3, issue 18 part 4):
// - a long answer in Ansøgning: the limit is visible (a counter, a message at the limit and
//   for a paste that was cut), and nothing already typed is cleared — not in the tab, not in
//   the saved file, not on the device after a reload;
// - "Slet ansøgningen og start forfra" asks first;
// - a stored item that cannot be read (garbage, another version, a cut-off write) is named,
//   offered as a file and for deletion, and never written over; nothing else is lost;
// - two tabs in device mode see each other's changes;
// - the browser's back button inside Find hjælp and the application keeps every answer.
// Runs on the phone.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { open, storageKeys, mainNav, deviceMode, startDraftWithName } from './helpers.js';

test.beforeEach(({ }, testInfo) => { test.skip(testInfo.project.name !== 'phone', 'runs on the phone'); });

const LIMIT = 20000;
const KLADDE = 'stotteportalen.ansoegning.kladde';

/** A draft with a name and Ledsageordning, at the "Din hverdag" step. */
async function draftToHverdag(page) {
  await startDraftWithName(page);
  await expect(page).toHaveURL(/hvad-soeger-du$/);
  await page.locator('#kommune').selectOption('viborg');
  await page.getByRole('checkbox', { name: 'Ledsageordning (§ 97)' }).check();
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await expect(page).toHaveURL(/din-hverdag$/);
}

/** Pastes `text` into the focused field through the real clipboard. */
async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

test('a 25.000-character paste keeps the draft: cut at the limit with a message, saved, and back after a reload', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await deviceMode(page);
  await draftToHverdag(page);
  const field = page.getByLabel('Ledsageordning (§ 97)');
  await expect(field).toHaveAttribute('maxlength', String(LIMIT));
  await expect(page.getByTestId('char-count')).toHaveText('Du kan skrive 20.000 tegn mere.');
  await field.fill('Jeg ser dårligt. ');
  await expect(page.getByTestId('char-count')).toHaveText('Du kan skrive 19.983 tegn mere.');
  await field.press('End');
  await paste(page, 'x'.repeat(25000));
  // What was there stays; the paste fills the room that was left; the message says so.
  const value = await field.inputValue();
  expect(value.length).toBe(LIMIT);
  expect(value.startsWith('Jeg ser dårligt. x')).toBe(true);
  await expect(page.getByTestId('char-limit')).toContainText('de sidste 5.017 tegn kom ikke med');
  await expect(page.getByTestId('char-count')).toContainText('Du har nået grænsen på 20.000 tegn');
  // Typing more changes nothing.
  await field.press('End');
  await page.keyboard.type('yyy');
  expect((await field.inputValue()).length).toBe(LIMIT);

  // The rest of the draft is there.
  await page.getByRole('link', { name: 'Tilbage' }).click();
  await page.getByRole('link', { name: 'Tilbage' }).click();
  await expect(page.getByLabel('Fornavn', { exact: true })).toHaveValue('Anna');

  // "Gem som fil" saves all of it.
  const downloadP = page.waitForEvent('download');
  await page.getByTestId('save-file').click();
  const file = JSON.parse(readFileSync(await (await downloadP).path(), 'utf8'));
  expect(file.kladde.person.fornavn).toBe('Anna');
  expect(file.kladde.hverdag[0].tekst.length).toBe(LIMIT);

  // On the device: all of it after a reload.
  await page.reload();
  await expect(page.getByLabel('Fornavn', { exact: true })).toHaveValue('Anna');
  await page.goto('/ansoegning/din-hverdag');
  await expect(page.getByLabel('Ledsageordning (§ 97)')).toHaveValue(value);
  await expect(page.getByTestId('storage-unreadable')).toHaveCount(0);
});

test('"Slet ansøgningen og start forfra" asks first; "Nej" keeps everything', async ({ page }) => {
  await draftToHverdag(page);
  await (await mainNav(page)).getByRole('link', { name: 'Ansøgning' }).click();
  await page.getByTestId('ans-clear').click();
  const confirm = page.getByTestId('ans-confirm');
  await expect(confirm).toContainText('Vil du slette hele ansøgningen?');
  await expect(page.locator('#ans-confirm-heading')).toBeFocused();
  await page.getByTestId('ans-clear-no').click();
  await expect(page.getByTestId('ans-clear')).toBeFocused();
  await page.getByTestId('ans-start').click();
  await expect(page.getByLabel('Fornavn', { exact: true })).toHaveValue('Anna');
  await (await mainNav(page)).getByRole('link', { name: 'Ansøgning' }).click();
  await page.getByTestId('ans-clear').click();
  await page.getByTestId('ans-clear-yes').click();
  await expect(page.getByTestId('ans-clear')).toHaveCount(0);
  await expect(page.getByTestId('ans-start')).toHaveText('Start');
});

const BAD = {
  'garbage': '{"format":"stotteportalen-ansoegning","vers',
  'another version': JSON.stringify({ format: 'stotteportalen-ansoegning', version: 3, gemt: '2026-12-01', kladde: {} }),
  'a cut-off write': JSON.stringify({ format: 'stotteportalen-ansoegning', version: 2, gemt: '2026-12-01', kladde: { person: { fornavn: 'Bo' } } }).slice(0, 60),
};

for (const [kind, raw] of Object.entries(BAD)) {
  test(`a stored draft that cannot be read (${kind}) is reported, offered as a file, never overwritten`, async ({ page }) => {
    await page.goto('/');
    await page.evaluate(({ k, raw }) => {
      localStorage.setItem('stotteportalen.samtykke', 'ja');
      localStorage.setItem('stotteportalen.kommune', 'viborg');
      localStorage.setItem(k, raw);
    }, { k: KLADDE, raw });
    await open(page, '/ansoegning');
    const notice = page.getByTestId('storage-unreadable');
    await expect(notice).toContainText('Portalen kan ikke læse din ansøgning');
    // Nothing else is lost: the municipality saved beside it is still chosen.
    await expect(page.locator('#header-municipality')).toHaveValue('viborg');
    // The raw text as a file.
    const downloadP = page.waitForEvent('download');
    await notice.getByTestId('unreadable-download').click();
    const download = await downloadP;
    expect(download.suggestedFilename()).toMatch(/^stotteportalen-ansoegning-kladde-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(readFileSync(await download.path(), 'utf8')).toBe(raw);
    // A new draft is not written over it until the person chose.
    await page.getByText('Jeg søger for mig selv').click();
    await page.getByTestId('ans-start').click();
    await page.getByLabel('Fornavn', { exact: true }).fill('Ny');
    expect(await page.evaluate((k) => localStorage.getItem(k), KLADDE)).toBe(raw);
    // Deleting it: gone, and from now on the draft is saved again.
    await page.getByTestId('unreadable-delete').click();
    await expect(notice).toHaveCount(0);
    await page.getByLabel('Efternavn').fill('Berg');
    expect(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KLADDE)).kladde.person.fornavn).toBe('Ny');
  });
}

test('unreadable answers and calculation are reported too, each by name', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('stotteportalen.samtykke', 'ja');
    localStorage.setItem('stotteportalen.find-hjaelp.svar', '{"hvem": 7');
    localStorage.setItem('stotteportalen.beregning.100', 'dato=i går');
    localStorage.setItem('stotteportalen.sprog', 'klingon');
  });
  await open(page, '/find-hjaelp');
  const notice = page.getByTestId('storage-unreadable');
  await expect(notice).toContainText('dine svar i Find hjælp');
  await expect(notice).toContainText('din beregning af kompensationsydelse');
  await expect(notice).toContainText('dit valg af sprog');
  await expect(notice.locator('li')).toHaveCount(3);
});

test('two tabs in device mode: a change in one is seen in the other', async ({ page, context }) => {
  await deviceMode(page);
  await open(page, '/ansoegning');
  await page.getByText('Jeg søger for mig selv').click();
  await page.getByTestId('ans-start').click();
  const other = await context.newPage();
  await open(other, '/ansoegning/om-dig');
  await page.getByLabel('Fornavn', { exact: true }).fill('Karen');
  await expect(other.getByLabel('Fornavn', { exact: true })).toHaveValue('Karen');
  await expect(other.getByTestId('storage-other-tab')).toContainText('Du har ændret din ansøgning i en anden fane');
  // And back: the other tab's change comes to the first; nothing is overwritten silently.
  await other.getByLabel('Efternavn').fill('Lund');
  await expect(page.getByLabel('Efternavn')).toHaveValue('Lund');
  await expect(page.getByLabel('Fornavn', { exact: true })).toHaveValue('Karen');
  expect(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KLADDE)).kladde.person).toMatchObject({ fornavn: 'Karen', efternavn: 'Lund' });
});

test('the back button keeps every answer in Find hjælp and in the application', async ({ page }) => {
  await open(page, '/find-hjaelp');
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page).toHaveURL(/sporgsmaal\/hvem$/);
  await page.getByText('Jeg svarer for mig selv').click();
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await expect(page).toHaveURL(/sporgsmaal\/kommune$/);
  await page.locator('#fh-kommune').selectOption({ label: 'Viborg Kommune' });
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await expect(page).not.toHaveURL(/sporgsmaal\/kommune$/);
  await page.goBack();
  await expect(page).toHaveURL(/sporgsmaal\/kommune$/);
  await expect(page.locator('#fh-kommune')).toHaveValue('viborg');
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Jeg svarer for mig selv' })).toBeChecked();

  await draftToHverdag(page);
  await page.getByLabel('Ledsageordning (§ 97)').fill('Jeg ser dårligt.');
  await page.goBack();
  await expect(page).toHaveURL(/hvad-soeger-du$/);
  await expect(page.locator('#kommune')).toHaveValue('viborg');
  await expect(page.getByRole('checkbox', { name: 'Ledsageordning (§ 97)' })).toBeChecked();
  await page.goBack();
  await expect(page.getByLabel('Fornavn', { exact: true })).toHaveValue('Anna');
  await page.goForward();
  await page.goForward();
  await expect(page.getByLabel('Ledsageordning (§ 97)')).toHaveValue('Jeg ser dårligt.');
  expect(await storageKeys(page)).toEqual({ local: [], session: [], cookies: '' });
});
