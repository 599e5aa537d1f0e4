// The national floor (issue 13): a citizen of a municipality the portal has no data for
// (Aarhus) walks Find hjælp to the result, opens a national service page, prepares a draft
// to the receipt and downloads the .ics — on a 360 px phone, with axe on every step. No
// page shows a phone number, an address or a processing time the portal has no source for.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { open, expectNoAxeViolations, record } from './helpers.js';
import { tabTo, walk, start, toResult } from './screener-walk.js';

const HOMELESS_AARHUS = {
  hvem: { radio: 'Jeg svarer for mig selv' },
  kommune: { select: 'Aarhus Kommune' },
  alder: { age: '50' },
  bolig: { radio: 'Ingen bolig, eller ved at miste boligen' },
  vanskeligheder: { checks: ['Intet af dette'] },
  socialt: { checks: ['Ingen bolig, eller ved at miste boligen'] },
  pension: { radio: 'Ingen pension' },
};

/** What the portal may never show for a municipality without data. */
async function expectNothingInvented(page, where) {
  const text = await page.locator('main').innerText();
  // No phone number (8 digits, with or without spaces) but 112.
  expect(text.replace(/\b112\b/g, ''), where).not.toMatch(/\b\d{2} ?\d{2} ?\d{2} ?\d{2}\b/);
  const tel = await page.locator('main a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(tel.filter((h) => h !== 'tel:112'), where).toEqual([]);
  // No address (a postcode and town) and no e-mail.
  expect(text, where).not.toMatch(/\b(?!19|20)\d{4} [A-ZÆØÅ][a-zæøå]+/);
  expect(text, where).not.toMatch(/@/);
  // No processing time in weeks or days as the municipality's: the portal says it has none.
  expect(text, where).not.toMatch(/Sagsbehandlingstid: \d/);
  expect(text, where).not.toMatch(/Kommunens sagsbehandlingstid: \d/);
  expect(text, where).not.toContain('Forventet afgørelse senest');
  // Never another municipality's data.
  expect(text, where).not.toContain('Viborg');
  expect(text, where).not.toContain('Gladsaxe');
}

test.describe('a municipality without data of its own (Aarhus)', () => {
  test('Find hjælp, a national service page, a draft to the receipt and the .ics', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'the keyboard walk runs on the phone');
    test.setTimeout(300_000);
    const rec = record(page);
    await start(page);
    await walk(page, HOMELESS_AARHUS);
    await toResult(page);

    // The result: the law's floor, labelled as such, with what the portal lacks.
    await expect(page.locator('h1')).toHaveText('Hjælp, der måske passer til dig');
    await expect(page.getByTestId('no-data-notice')).toContainText('Portalen har ingen data fra Aarhus Kommune');
    await expect(page.getByTestId('no-data-notice')).toContainText('Det, du ser her, er lovens regler');
    await expect(page.getByTestId('screener-next').getByTestId('contact-box')).toContainText('borger.dk');
    await expect(page.getByTestId('screener-next').getByTestId('contact-box')).toContainText('retssikkerhedsloven § 3, stk. 2');
    const shelter = page.locator('.fh-group--kan-passe [data-service="lov-110"]');
    await expect(shelter).toHaveCount(1);
    await expect(shelter).toHaveAttribute('data-layer', 'lov');
    await expect(shelter.locator('.fh-layer')).toContainText('Fra loven');
    await expect(page.locator('.fh-group--kan-passe [data-service="lov-99"]')).toHaveCount(1);
    // § 104: the open samværstilbud counts the social situation, not only daily life.
    await expect(page.locator('.fh-group--kan-passe [data-service="lov-104"]')).toHaveCount(1);
    // Nobody mentioned alcohol: no "Hjælp til at drikke mindre".
    await expect(page.locator('main')).not.toContainText('alkohol');
    await expect(page.getByTestId('screener-next')).toContainText('Portalen kender ikke kommunens sagsbehandlingstid');
    await expectNothingInvented(page, 'result');
    await expectNoAxeViolations(page, 'result (Aarhus)');

    // The national service page (§ 110) from the result, with the keyboard.
    let url = page.url();
    await tabTo(page, shelter.getByRole('link', { name: /forsorgshjem/i }).first());
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(url);
    await expect(page).toHaveURL(/\/ydelser\/aarhus\/paragraf\/110$/);
    await expect(page.locator('h1#main-heading')).toBeFocused();
    const floor = page.getByTestId('floor');
    await expect(floor).toContainText('særlige sociale problemer');
    await expect(page.locator('main')).toContainText('Det, der står her, er lovens regler');
    await expect(page.getByTestId('contact-box')).toContainText('Kontakt Aarhus Kommune');
    await expect(page.getByTestId('no-data-contact')).toContainText('Digital Post');
    await expectNothingInvented(page, 'paragraph page 110');
    await expectNoAxeViolations(page, '/ydelser/aarhus/paragraf/110');

    // The catalogue of the municipality: every paragraph from the law.
    await open(page, '/ydelser/aarhus');
    await expect(page.getByTestId('no-data-notice')).toBeVisible();
    await expect(page.locator('a[href="/ydelser/aarhus/paragraf/110"]').first()).toBeVisible();
    await expectNothingInvented(page, 'catalogue');
    await expectNoAxeViolations(page, '/ydelser/aarhus');

    // Ansøgning: Aarhus and the law's § 110 (a new page load: the answers were in memory).
    await open(page, '/ansoegning');
    await expectNoAxeViolations(page, 'ansoegning start');
    const role = page.getByRole('radio', { name: 'Jeg søger for mig selv', exact: true });
    await tabTo(page, role);
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Start', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ansoegning\/om-dig$/);
    const fields = [
      [page.getByLabel('Fornavn', { exact: true }), 'Bo'],
      [page.getByLabel('Efternavn'), 'Hansen'],
      [page.getByLabel(/CPR-nummer/), '010175-1235'],
      [page.getByLabel(/Adresse/), 'Ingen fast adresse'],
    ];
    for (const [field, value] of fields) {
      await tabTo(page, field);
      await page.keyboard.type(value);
    }
    await expectNoAxeViolations(page, 'om-dig');
    const goOn = async (step) => {
      const from = page.url();
      await tabTo(page, page.getByRole('button', { name: 'Fortsæt', exact: true }));
      await page.keyboard.press('Enter');
      await expect(page).not.toHaveURL(from);
      await expect(page).toHaveURL(new RegExp(`/ansoegning/${step}$`));
      await expectNoAxeViolations(page, step);
    };
    await goOn('hvad-soeger-du');
    const select = page.locator('#kommune');
    await tabTo(page, select);
    await page.keyboard.type('Aarhus');
    await expect(select).toHaveValue('aarhus');
    // Every paragraph from the law: the municipality has no standards of its own here.
    const ophold = page.getByRole('checkbox', { name: /§ 110/ });
    await tabTo(page, ophold);
    await page.keyboard.press('Space');
    await expect(ophold).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /§ 85\)/ })).toHaveCount(1);
    await goOn('din-hverdag');
    await goOn('udgifter');
    await goOn('dokumenter');
    await goOn('tjek');
    await expect(page.locator('main')).toContainText('Aarhus Kommune');
    await tabTo(page, page.getByTestId('ans-continue'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ansoegning\/kvittering$/);
    await expectNoAxeViolations(page, 'kvittering');

    // The receipt: no invented date; the complaint rule; the municipality's contact route.
    await expect(page.getByTestId('decision-date')).toHaveCount(0);
    await expect(page.getByTestId('decision-none').first()).toContainText('Portalen kender ikke kommunens sagsbehandlingstid');
    await expect(page.getByTestId('complaint-rule')).toContainText('Fristen er 4 uger fra den dag, du får afgørelsen');
    await expect(page.getByTestId('contact-box')).toContainText('borger.dk');
    await expectNothingInvented(page, 'kvittering');
    const downloadP = page.waitForEvent('download');
    await tabTo(page, page.getByRole('button', { name: 'Hent datoerne til kalenderen (.ics)' }));
    await page.keyboard.press('Enter');
    const download = await downloadP;
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('SUMMARY:Aflever ansøgningen til Aarhus Kommune');
    expect(ics).not.toContain('Forventet svar');
    expect(ics).not.toContain('Hansen');
    expect(ics).not.toContain('1235');
    expect(rec.errors).toEqual([]);
  });
});
