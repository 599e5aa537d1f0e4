// Shared helpers for the browser tests.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync, statSync } from 'node:fs';

/** Every route of the shell: path, Danish h1, Danish title (before " – Støtteportalen"). */
export const ROUTES = [
  { path: '/', h1: 'Hjælp og støtte til voksne', title: 'Forside' },
  { path: '/find-hjaelp', h1: 'Find hjælp, der måske passer til dig', title: 'Find hjælp' },
  { path: '/ydelser', h1: 'Kommunens ydelser til voksne', title: 'Ydelser' },
  { path: '/beregn', h1: 'Beregn egenbetaling og kompensationsydelse', title: 'Beregn' },
  { path: '/ansoegning', h1: 'Gør en ansøgning klar', title: 'Ansøgning' },
  // The anonymous pages switch zero-trace on: the tab title stays neutral there.
  { path: '/anonym-hjaelp', h1: 'Hjælp uden navn og uden spor', title: 'Anonym hjælp', neutral: true },
  { path: '/om-portalen', h1: 'Om portalen og dine data', title: 'Om portalen og dine data' },
  { path: '/tilgaengelighed', h1: 'Tilgængelighedserklæring', title: 'Tilgængelighedserklæring' },
  { path: '/kontakt', h1: 'Kontakt kommunen', title: 'Kontakt kommunen' },
  { path: '/ordforklaringer', h1: 'Ordforklaringer', title: 'Ordforklaringer' },
  { path: '/sikkerhed', h1: 'Sådan bruger du portalen sikkert', title: 'Sikkerhed', neutral: true },
];

/**
 * Opens a path with the app running and waits until it has rendered its main heading.
 * A pre-rendered content page loads the app only when a control is used
 * (public/boot.js); here it is started at once, as a user touching a control would.
 */
export async function open(page, path) {
  await page.goto(path);
  await page.evaluate(() => window.stotteportalenStart && window.stotteportalenStart());
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator('h1#main-heading')).toBeVisible();
}

/** The pre-rendered paths (written by scripts/prerender.mjs into dist/). */
export function prerenderedPaths() {
  return JSON.parse(readFileSync('dist/prerendered.json', 'utf8'));
}

/** Runs axe (WCAG 2.1 A and AA) and asserts 0 violations, printing them if any. */
export async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Records every request and console error of a page. */
export function record(page) {
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  // Which file a "Failed to load resource" was.
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  return { requests, errors };
}

/** All localStorage/sessionStorage keys of the page's origin. */
export async function storageKeys(page) {
  return page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookies: document.cookie,
  }));
}

/** Every service in the seeds: { municipality, id }, read from the data files. */
export function allServices() {
  const out = [];
  for (const m of readdirSync('seeds')) {
    // national: the law layer; en: the English files (seeds/FORMAT.md).
    if (m === 'national' || m === 'en' || !statSync(`seeds/${m}`).isDirectory()) continue;
    for (const f of readdirSync(`seeds/${m}/services`)) {
      if (f.endsWith('.toml')) out.push({ municipality: m, id: f.replace(/\.toml$/, '') });
    }
  }
  return out;
}

/** The kinds of control on pre-rendered pages; handover.spec.js tests a tap and typing on
 *  each while the app loads, and prerender.spec.js fails if a page has another kind. */
export const CONTROL_KINDS = ['input[type=search]', 'input[type=text]', 'input[type=date]', 'input[type=checkbox]', 'select',
  'input[type=radio]', 'input[type=file]', 'button[type=button]', 'button[type=submit]'];

/** Opens the header's menu where it is closed (phones: the municipality, the language and
 *  the main navigation are behind the "Menu" button). */
export async function openMenu(page) {
  const toggle = page.getByTestId('menu-toggle');
  if (await toggle.isVisible() && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** The main navigation, with the menu opened first where needed. */
export async function mainNav(page) {
  await openMenu(page);
  return page.getByRole('navigation', { name: 'Hovedmenu' });
}

/** "Gem på denne enhed", chosen on the privacy page. */
export async function deviceMode(page) {
  await open(page, '/om-portalen');
  await page.locator('#mode-device').check();
  await page.getByRole('button', { name: 'Gem mit valg' }).click();
  await expect(page.getByTestId('current-mode')).toContainText('Gem på denne enhed');
}

/** Ansøgning for oneself, started with the name Anna Jensen (the first step sent). */
export async function startDraftWithName(page) {
  await open(page, '/ansoegning');
  await page.getByText('Jeg søger for mig selv').click();
  await page.getByTestId('ans-start').click();
  await page.getByLabel('Fornavn', { exact: true }).fill('Anna');
  await page.getByLabel('Efternavn').fill('Jensen');
  await page.getByRole('button', { name: 'Fortsæt' }).click();
}
