// Ydelser: the catalogue, search from everyday words, every service page of every
// municipality (0 axe violations), national paragraph pages, general pages, deep links.
// Runs on the phone; the desktop layout of these pages is in layout.spec.js.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { open, expectNoAxeViolations, allServices, record, openMenu, mainNav, ROUTES } from './helpers.js';

const SERVICES = allServices();

test('the data has 21 Viborg and 12 Gladsaxe services', () => {
  expect(SERVICES.filter((s) => s.municipality === 'viborg')).toHaveLength(21);
  expect(SERVICES.filter((s) => s.municipality === 'gladsaxe')).toHaveLength(12);
});

async function chooseMunicipality(page, id) {
  await openMenu(page);
  await page.locator('#header-municipality').selectOption(id);
  await expect(page.locator('#header-municipality')).toHaveValue(id);
}

async function search(page, words) {
  const box = page.getByLabel(/Skriv med dine egne ord/);
  await box.fill(words);
  await box.press('Enter');
  await expect(page.getByTestId('search-results')).toContainText(`Resultater for "${words}"`);
}

// word → a service the word must find (in the first five results)
const SEARCHES = [
  ['viborg', 'bostøtte', '/ydelser/viborg/socialpaedagogisk-stoette'],
  ['viborg', 'misbrugsbehandling', '/ydelser/viborg/behandling-af-stofmisbrug'],
  ['viborg', 'ledsager', '/ydelser/viborg/ledsageordning'],
  ['viborg', 'krisecenter', '/ydelser/viborg/krisecenter'],
  ['viborg', 'hjemløs', '/ydelser/viborg/forsorgshjem'],
  ['viborg', 'merudgifter', '/ydelser/viborg/merudgifter'],
  ['viborg', 'kompensationsydelse', '/ydelser/viborg/merudgifter'],
  ['viborg', 'kontaktperson', '/ydelser/viborg/stoette-og-kontaktperson'],
  ['viborg', 'stotte', '/ydelser/viborg/socialpaedagogisk-stoette'],
  ['gladsaxe', 'rengoring', '/ydelser/gladsaxe/rengoering'],
  ['gladsaxe', 'krisecenter', '/ydelser/gladsaxe/paragraf/109'],
  ['gladsaxe', 'e-Boks', '/ydelser/gladsaxe/oekonomi-post-og-digital-selvbetjening'],
];

// One test, one page: the app stays in the browser's cache between the searches.
test('every search finds its service in the first five results, and the result opens the page', async ({ page }) => {
  test.setTimeout(180_000);
  for (const [m, words, href] of SEARCHES) {
    await test.step(`search in ${m}: "${words}" finds ${href}`, async () => {
      await open(page, '/ydelser');
      await chooseMunicipality(page, m);
      await search(page, words);
      const links = await page.getByTestId('search-results').locator('a.result-title').evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href')));
      expect(links, `${m}: "${words}"`).toContain(href);
      // The result opens the page.
      await page.locator(`[data-testid="search-results"] a[href="${href}"]`).first().click();
      await expect(page.locator('h1#main-heading')).toBeFocused();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
    });
  }
});

test('search works without a municipality and a search URL can be shared', async ({ page }) => {
  await open(page, '/ydelser?q=ledsager');
  await expect(page.getByTestId('search-results')).toContainText('Resultater for "ledsager"');
  await expect(page.getByTestId('search-results').locator('a[href="/ydelser/viborg/ledsageordning"]')).toBeVisible();
  await expectNoAxeViolations(page, '/ydelser?q=ledsager');
});

test('catalogue front door: situations and national paragraphs for the chosen municipality', async ({ page }) => {
  await open(page, '/ydelser');
  await expect(page.getByText('Vælg din kommune for at se dens ydelser.')).toBeVisible();
  await chooseMunicipality(page, 'viborg');
  await expect(page.getByRole('heading', { name: 'Find hjælp efter din situation' })).toBeVisible();
  for (const name of ['Hverdag og bolig', 'Handicap', 'Psykisk sårbarhed', 'Misbrug', 'Hjemløshed', 'Vold og krise', 'Pårørende', 'Økonomi', 'Arbejde og aktivitet']) {
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page, '/ydelser (viborg)');
  await chooseMunicipality(page, 'gladsaxe');
  await expect(page.getByRole('heading', { name: 'Andre ydelser efter loven' })).toBeVisible();
  await page.getByRole('link', { name: /§ 109/ }).click();
  await expect(page.getByTestId('paragraph-page')).toContainText('Gladsaxe Kommune har ikke lagt sit eget serviceniveau');
  await expectNoAxeViolations(page, 'paragraph page');
});

for (const m of ['viborg', 'gladsaxe']) {
  test(`every ${m} service page renders with its sections and 0 axe violations`, async ({ page }) => {
    test.setTimeout(240_000);
    const rec = record(page);
    for (const s of SERVICES.filter((x) => x.municipality === m)) {
      await open(page, `/ydelser/${s.municipality}/${s.id}`);
      const article = page.getByTestId('service-page');
      await expect(article).toBeVisible();
      await expect(page).toHaveTitle(/ – Støtteportalen$/);
      for (const h of ['Hvem er det til?', 'Hvad kan du få hjælp til?', 'Sådan vurderer kommunen', 'Hvad koster det?', 'Hvor lang tid tager det?', 'Sådan søger du', 'Lovgrundlag', 'Kilder']) {
        await expect(article.getByRole('heading', { name: h, exact: true }), `${s.id}: ${h}`).toBeVisible();
      }
      await expect(page.getByTestId('processing-time')).not.toBeEmpty();
      await expect(page.getByTestId('sources')).toContainText(m === 'viborg' ? 'Viborg Kommune' : 'Gladsaxe Kommune');
      await expectNoAxeViolations(page, `${s.municipality}/${s.id}`);
    }
    expect(rec.errors).toEqual([]);
  });
}

test('service details: Gladsaxe § 85 VUM criteria, Viborg § 99 elaboration, § 109 dated amounts with sources', async ({ page }) => {
  await open(page, '/ydelser/gladsaxe/rengoering');
  await expect(page.getByTestId('vum-criteria')).toContainText('Praktiske opgaver i hjemmet: et moderat problem til et svært problem');
  await open(page, '/ydelser/viborg/stoette-og-kontaktperson');
  await expect(page.getByTestId('sources')).toContainText('Faglig uddybning');
  await open(page, '/ydelser/viborg/krisecenter');
  await expect(page.getByTestId('cost')).toContainText('93,38 kr.');
  await expect(page.getByTestId('cost')).toContainText('2023');
});

test('where the sources disagree, the service page says so with both readings and the sources', async ({ page }) => {
  await open(page, '/ydelser/gladsaxe/fastholdelse');
  const conflict = page.getByTestId('criteria').getByTestId('source-conflict');
  await expect(conflict).toContainText('Kilden er ikke entydig');
  await expect(conflict).toContainText('svære (2)');
  await expect(conflict.locator('ol > li')).toHaveCount(2);
  await expect(conflict).toContainText(/Kilder: .*Gladsaxe Kommune, år ikke oplyst i kilden/);
  // Gladsaxe states no year: no guessed year in the facts.
  await expect(page.getByTestId('facts')).toContainText('Ikke oplyst i kilden');
  await expect(page.getByTestId('facts')).not.toContainText('2020');
  await expectNoAxeViolations(page, 'gladsaxe/fastholdelse with a source conflict');
  // The § 82 c complaint route, in the law box; the law link says which text it opens.
  await open(page, '/ydelser/viborg/tidlig-forebyggende-indsats');
  const law = page.locator('.law-box', { hasText: '§ 82 c' });
  await expect(law.getByTestId('source-conflict')).toContainText('klage');
  await expect(law.getByRole('link', { name: /Læs § 82 c i .*lovbekendtgørelse nr\. 798.*Teksten er fra 2019/ })).toHaveAttribute('href', 'https://www.retsinformation.dk/eli/lta/2019/798#P82c');
  await expectNoAxeViolations(page, 'viborg/tidlig-forebyggende-indsats with a source conflict');
});

/** The `title = "…"` of a seed file (the first one: the service's or the page's own). */
function seedTitle(file) {
  const m = readFileSync(file, 'utf8').match(/^title = "([^"]+)"/m);
  expect(m, `a title in ${file}`).not.toBeNull();
  return m[1];
}

test('deep links to a service, a guide, the glossary and a shell page survive a reload', async ({ page }) => {
  // '/tilgaengelighed' moved here from shell.spec.js ("a deep link survives a reload").
  // The expected headings come from the data: the seeds' titles and the shell's routes.
  const routeH1 = (path) => ROUTES.find((r) => r.path === path).h1;
  const links = [
    ['/ydelser/gladsaxe/toejvask', seedTitle('seeds/gladsaxe/services/toejvask.toml')],
    ['/vejledning/klage', seedTitle('seeds/national/pages/klage.toml')],
    ['/ordforklaringer', routeH1('/ordforklaringer')],
    ['/tilgaengelighed', routeH1('/tilgaengelighed')],
  ];
  for (const [path, heading] of links) {
    await open(page, path);
    await expect(page.locator('h1')).toHaveText(heading);
    await page.reload();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.locator('h1')).toHaveText(heading);
  }
});

test('general pages and the processing-time table', async ({ page }) => {
  await open(page, '/');
  await page.locator('#home-municipality').selectOption('viborg');
  for (const id of ['saadan-soeger-du', 'klage', 'sagsbehandlingstider', 'principper']) {
    await (await mainNav(page)).getByRole('link', { name: 'Ydelser' }).click();
    await page.locator(`a[href="/vejledning/${id}"]`).click();
    await expect(page.getByTestId('guide-page')).toBeVisible();
    if (id === 'sagsbehandlingstider') await expect(page.getByTestId('processing-times')).toContainText('Ledsageordning');
    await expectNoAxeViolations(page, `/vejledning/${id}`);
  }
});

test('glossary links lead to the explanation', async ({ page }) => {
  await open(page, '/ydelser/viborg/socialpaedagogisk-stoette');
  const link = page.locator('a.term-link').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/ordforklaringer#/);
  await link.click();
  await expect(page.locator('h1')).toHaveText('Ordforklaringer');
  await expect(page.locator(`dt#${href.split('#')[1]}`)).toBeVisible();
});

// 'unknown service shows the 404 page' moved to shell.spec.js (the 404 test).
