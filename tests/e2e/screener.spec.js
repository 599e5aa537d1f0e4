// Find hjælp (the screener): walked with the keyboard only (Tab, Space, Enter, arrow keys),
// for a self-user and a helper, urgent help first, errors, changing an answer from the
// check page, storage, and 0 axe violations on every step.
import { test, expect } from '@playwright/test';
import { open, expectNoAxeViolations, record, storageKeys, mainNav } from './helpers.js';
import { tabTo, chooseRadio, chooseOption, tick, submit, nextPage, walk, start, toResult, SELF_VIBORG } from './screener-walk.js';


test('a self-user in Viborg walks to the result with the keyboard only; nothing is stored', async ({ page }) => {
  const rec = record(page);
  await start(page);
  await walk(page, SELF_VIBORG);

  // Tjek dine svar: every answer with a change link that names the question.
  await expect(page.locator('h1')).toHaveText('Tjek dine svar');
  await expect(page).toHaveTitle('Tjek dine svar – Støtteportalen');
  const summary = page.getByTestId('screener-summary');
  await expect(summary).toContainText('Viborg Kommune');
  await expect(summary).toContainText('30 år');
  await expect(summary).toContainText('Meget svært');
  await expect(page.getByRole('link', { name: 'Ændr Hvor gammel er du?' })).toBeVisible();
  await expectNoAxeViolations(page, 'check page');

  await toResult(page);
  await expect(page.locator('h1')).toHaveText('Hjælp, der måske passer til dig');
  await expect(page.getByTestId('screener-note')).toHaveText('Det er kun et første overblik. Kommunen vurderer altid din situation.');
  await expect(page.getByTestId('screener-straks')).toHaveCount(0);
  // The three groups, in order.
  await expect(page.locator('.fh-group > h2')).toHaveText([/^Kan passe/, /^Kommunen vurderer/, /^Passer nok ikke/]);
  const service = page.locator('.fh-group--kan-passe [data-service="socialpaedagogisk-stoette"]');
  await expect(service.getByRole('link', { name: 'Socialpædagogisk støtte (bostøtte)' })).toHaveAttribute(
    'href', '/ydelser/viborg/socialpaedagogisk-stoette');
  await expect(service).toContainText('§ 85');
  // "Hvorfor?" opens with the keyboard and lists the criteria with status, § and source.
  const why = service.locator('.fh-why summary');
  await tabTo(page, why);
  await page.keyboard.press('Enter');
  const criteria = service.locator('.fh-criterion');
  await expect(criteria.first()).toBeVisible();
  expect(await criteria.count()).toBeGreaterThanOrEqual(2);
  await expect(criteria.first().locator('.fh-status')).toHaveText(/^(Opfyldt|Ikke opfyldt|Ikke besvaret|Kommunen vurderer)$/);
  await expect(criteria.first()).toContainText('§ 85');
  await expect(criteria.first()).toContainText(/Kilde: .+, afsnit /);
  // "Passer nok ikke" says why and what might help instead.
  const no = page.locator('.fh-group--passer-nok-ikke .fh-service').first();
  await expect(no.locator('.fh-service-reason')).toContainText('Derfor nok ikke:');
  await expect(no.locator('.fh-instead li').first()).toBeVisible();
  // What to do now: one combined list of documents.
  await expect(page.getByTestId('screener-next')).toContainText('Hvad gør du nu?');
  await expect(page.getByTestId('screener-next')).toContainText('Sagsbehandlingstid');
  await expect(page.getByTestId('screener-documents').locator('li').first()).toBeVisible();
  const body = (await page.locator('main').innerText()).toLowerCase();
  expect(body).not.toContain('ret til');
  await expectNoAxeViolations(page, 'result (self, Viborg)');

  // Default mode: nothing written to the device; nothing to other origins.
  expect(await storageKeys(page)).toEqual({ local: [], session: [], cookies: '' });
  const origin = new URL(page.url()).origin;
  expect(rec.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  expect(rec.errors).toEqual([]);
});

test('a helper for a 70-year-old in Gladsaxe: the questions and the result say "personen"', async ({ page }) => {
  await start(page);
  const headings = await walk(page, {
    hvem: { radio: 'Jeg hjælper en anden' },
    kommune: { select: 'Gladsaxe Kommune' },
    alder: { age: '70' },
    bolig: { radio: 'I en almindelig bolig, lejet eller ejet' },
    vanskeligheder: { checks: [/^Praktiske ting i hjemmet/, /^At passe på sig selv/] },
    'niveau-praktiske-opgaver': { radio: 'Noget svært' },
    'niveau-egenomsorg': { radio: 'Noget svært' },
    socialt: { checks: ['Intet af dette'] },
    // Gladsaxe weighs the law's § 100 too (issue 13): the pension question comes.
    pension: { radio: /^Folkepension$/ },
  });
  // Every question after "Hvem svarer?" speaks about "personen".
  expect(headings.length).toBeGreaterThan(4);
  for (const h of headings.slice(1)) expect(h).toMatch(/personen/);
  for (const h of headings.slice(1)) expect(h).not.toMatch(/\b(du|dig)\b/);
  await expect(page.getByTestId('screener-summary')).toContainText('Jeg hjælper en anden');
  await toResult(page);
  await expect(page.locator('h1')).toHaveText('Hjælp, der måske passer til personen');
  await expect(page.getByTestId('screener-note')).toContainText('personens situation');
  await expect(page.locator('.fh-group--kan-passe .fh-service').first()).toBeVisible();
  await expect(page.locator('.fh-municipality')).toContainText('Gladsaxe Kommune');
  await expectNoAxeViolations(page, 'result (helper, Gladsaxe)');
});

test('violence: urgent help comes first, with 112 and the krisecenter', async ({ page }) => {
  await start(page);
  await walk(page, {
    hvem: { radio: 'Jeg svarer for mig selv' },
    kommune: { select: 'Viborg Kommune' },
    alder: { age: '34' },
    bolig: { radio: 'I en almindelig bolig, lejet eller ejet' },
    vanskeligheder: { checks: ['Intet af dette'] },
    socialt: { checks: ['Vold eller trusler om vold'] },
    pension: { radio: 'Ingen pension' },
  }, { axe: false });
  await toResult(page);
  // The urgent help is the first thing after the heading.
  const first = page.locator('.fh-result > :nth-child(2)');
  await expect(first).toHaveAttribute('data-testid', 'screener-straks');
  const urgent = page.getByTestId('screener-straks');
  await expect(urgent.locator('h2')).toHaveText('Få hjælp med det samme');
  await expect(urgent.locator('li').first()).toContainText('Ring 112');
  await expect(urgent.getByRole('link', { name: 'Ring 112' })).toHaveAttribute('href', 'tel:112');
  await expect(urgent.locator('[data-straks="krisecenter"]')).toContainText('krisecenter');
  await expect(urgent.getByRole('link', { name: 'Ophold på krisecenter' })).toBeVisible();
  await expectNoAxeViolations(page, 'result with urgent help');
});

test('no answer chosen: error summary focused, "Fejl: " in the title, message at the field, nothing lost', async ({ page }) => {
  await start(page);
  // Submit without choosing.
  await submit(page);
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  // The live region is a child of the focused summary (as GOV.UK Frontend: focus and
  // announcement on one element race in some screen readers).
  await expect(summary).not.toHaveAttribute('role', /./);
  await expect(summary.locator(':scope > [role="alert"]')).toContainText(await summary.locator('h2').innerText());
  await expect(summary).toContainText('Der er et problem');
  await expect(page).toHaveTitle('Fejl: Hvem svarer? – Støtteportalen');
  await expect(page.locator('.form-error-message')).toContainText('Vælg, om du svarer for dig selv eller hjælper en anden.');
  await expectNoAxeViolations(page, 'question with an error');
  // The summary's link takes focus to the field.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#hvem-0')).toBeFocused();
  await page.keyboard.press('Space');
  await submit(page);
  await expect(page).toHaveURL(/sporgsmaal\/kommune$/);
  await expect(page).toHaveTitle('Hvilken kommune bor du i? – Støtteportalen');
  // The 98 municipalities are a select (no municipality chosen yet: "Vælg kommune").
  // Nothing chosen: the message at the select and in the summary, whose link focuses it.
  await expect(page.locator('#fh-kommune option')).toHaveCount(99);
  await expect(page.locator('#fh-kommune option:checked')).toHaveText('Vælg kommune');
  await submit(page);
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#fh-kommune-error')).toContainText('Vælg den kommune, du bor i.');
  await expect(page.locator('#fh-kommune')).toHaveAttribute('aria-describedby', 'fh-kommune-error');
  await expectNoAxeViolations(page, 'the municipality question with an error');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#fh-kommune')).toBeFocused();
  await chooseOption(page, 'Viborg Kommune');
  await submit(page);
  await expect(page).toHaveURL(/sporgsmaal\/alder$/);

  // The age field: letters, negative, absurd; what was typed stays.
  const age = page.getByLabel('Hvor gammel er du?');
  await expect(age).toHaveAttribute('inputmode', 'numeric');
  for (const [typed, message] of [
    ['fyrre', 'Skriv alderen med tal, fx 45.'],
    ['-4', 'Alderen kan ikke være under 0 år.'],
    ['450', 'Alderen skal være 130 år eller lavere.'],
  ]) {
    await tabTo(page, age);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    await expect(page.locator('#error-summary')).toBeFocused();
    await expect(page.locator('#error-summary')).toContainText(message);
    await expect(page.locator('.form-error-message')).toContainText(message);
    await expect(age).toHaveValue(typed);
    await expect(page).toHaveTitle(/^Fejl: Hvor gammel er du\?/);
    await expect(page).toHaveURL(/sporgsmaal\/alder$/);
  }
  await expect(age).toHaveAttribute('aria-describedby', /\balder-input-error\b/);
  await expect(page.locator('#alder-input-error')).toBeVisible();
  await expectNoAxeViolations(page, 'age with an error');
  await tabTo(page, age);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('45');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sporgsmaal\/bolig$/);
  // Back link: the earlier answers are kept.
  await tabTo(page, page.getByRole('link', { name: 'Tilbage' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sporgsmaal\/alder$/);
  await expect(page.getByLabel('Hvor gammel er du?')).toHaveValue('45');
  // An unknown question goes to the first unanswered one.
  await page.goto('/find-hjaelp/sporgsmaal/findes-ikke');
  await expect(page).toHaveURL(/sporgsmaal\/hvem$/);
});

test('changing an answer from the check page comes back there, and the result follows', async ({ page }) => {
  await start(page);
  await walk(page, SELF_VIBORG, { axe: false });
  await toResult(page);
  const ledsag = '[data-service="ledsageordning"]';
  await expect(page.locator(`.fh-group--kommunen-vurderer ${ledsag}`)).toHaveCount(1);

  // Result → "Tjek og ændr dine svar" → change the age.
  let url = page.url();
  await tabTo(page, page.getByRole('link', { name: 'Tjek og ændr dine svar' }).first());
  await page.keyboard.press('Enter');
  await nextPage(page, url);
  url = page.url();
  await tabTo(page, page.getByRole('link', { name: 'Ændr Hvor gammel er du?' }));
  await page.keyboard.press('Enter');
  await nextPage(page, url);
  await expect(page).toHaveURL(/sporgsmaal\/alder\?fra=tjek$/);
  const age = page.getByLabel('Hvor gammel er du?');
  await expect(age).toHaveValue('30');
  await tabTo(page, age);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('70');
  await page.keyboard.press('Enter');
  // Nothing new became relevant: straight back to the check page, with the new value.
  await expect(page).toHaveURL(/\/find-hjaelp\/tjek$/);
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.getByTestId('screener-summary')).toContainText('70 år');
  await expect(page.getByTestId('screener-summary')).not.toContainText('30 år');

  // A change that makes a new question relevant: that question, then the check page.
  url = page.url();
  await tabTo(page, page.getByRole('link', { name: /^Ændr Hvad er svært for dig/ }));
  await page.keyboard.press('Enter');
  await nextPage(page, url);
  await tick(page, [/^At komme rundt/]);
  url = page.url();
  await submit(page);
  await nextPage(page, url);
  await expect(page).toHaveURL(/sporgsmaal\/niveau-mobilitet\?fra=tjek$/);
  await chooseRadio(page, 'Kan slet ikke');
  url = page.url();
  await submit(page);
  await nextPage(page, url);
  // Getting around is hard: the question on deafblindness now applies too.
  await expect(page).toHaveURL(/sporgsmaal\/doevblind\?fra=tjek$/);
  await chooseRadio(page, 'Nej');
  url = page.url();
  await submit(page);
  await nextPage(page, url);
  await expect(page).toHaveURL(/\/find-hjaelp\/tjek$/);
  await expect(page.getByTestId('screener-summary')).toContainText('Kan slet ikke');

  // The result follows the new answers: at 70 the § 97 ledsageordning probably does not fit.
  await toResult(page);
  await expect(page.locator(`.fh-group--passer-nok-ikke ${ledsag}`)).toHaveCount(1);
  await expect(page.locator(`.fh-group--passer-nok-ikke ${ledsag} .fh-service-reason`)).toContainText('folkepensionsalderen');

  // "Start forfra" clears the answers.
  await tabTo(page, page.getByRole('button', { name: 'Start forfra' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/find-hjaelp$/);
  await expect(page.getByRole('link', { name: 'Start', exact: true })).toBeVisible();
});

test('device mode keeps the answers on this device, and the privacy page lists them', async ({ page }) => {
  await open(page, '/om-portalen');
  await page.getByLabel('Gem på denne enhed').check();
  await page.getByRole('button', { name: 'Gem mit valg' }).click();
  await expect(page.getByTestId('stored-items')).toContainText('Dine svar i Find hjælp');
  await open(page, '/find-hjaelp/sporgsmaal/hvem');
  await page.getByText('Jeg hjælper en anden').click();
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await expect(page).toHaveURL(/sporgsmaal\/kommune$/);
  await expect(page.locator('h1')).toContainText('Hvilken kommune bor personen i?');
  expect((await storageKeys(page)).local).toContain('stotteportalen.find-hjaelp.svar');
  // After a reload the answers are back: "Fortsæt, hvor du slap" goes on from there.
  await open(page, '/find-hjaelp');
  await page.getByTestId('screener-resume').click();
  await expect(page).toHaveURL(/sporgsmaal\/kommune$/);
  // "Slet alle mine data" removes them.
  await open(page, '/om-portalen');
  await page.getByTestId('delete-all').click();
  expect(await storageKeys(page)).toEqual({ local: [], session: [], cookies: '' });
  await (await mainNav(page)).getByRole('link', { name: 'Find hjælp', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Start', exact: true })).toBeVisible();
});
