// The screener walk with the keyboard only (Tab, Space, Enter, arrow keys), shared by
// tests/e2e/screener.spec.js and the zero-trace run in tests/e2e/anonymous.spec.js.
import { expect } from '@playwright/test';
import { open, expectNoAxeViolations } from './helpers.js';

/** Presses Tab until `target` has focus. */
export async function tabTo(page, target, max = 400) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Chooses a radio button by its label: Tab into the group, arrow keys to it, Space. */
export async function chooseRadio(page, label) {
  const target = page.getByRole('radio', { name: label });
  const radios = page.getByRole('radio');
  const count = await radios.count();
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate(() => document.activeElement?.type === 'radio')) break;
    await page.keyboard.press('Tab');
  }
  // A long group (the 98 municipalities): press ArrowDown as many times as needed at once,
  // then check step by step.
  const want = await target.evaluate((el) => [...document.querySelectorAll(`input[type=radio][name="${el.name}"]`)].indexOf(el));
  const from = await page.evaluate(() => {
    const el = document.activeElement;
    return [...document.querySelectorAll(`input[type=radio][name="${el.name}"]`)].indexOf(el);
  });
  for (let i = from; i >= 0 && i < want; i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i <= count; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

/**
 * Chooses in the question's select with the keyboard: Tab to it, type the option's first
 * letters (the browser jumps to the first match, as a person typing would).
 */
export async function chooseOption(page, label) {
  const select = page.locator('.fh-question select');
  await tabTo(page, select);
  await page.keyboard.type(label);
  await expect(select.locator('option:checked')).toHaveText(label);
}

/** Ticks checkboxes by their labels (Tab to each, Space). */
export async function tick(page, labels) {
  for (const label of labels) {
    const box = page.getByRole('checkbox', { name: label });
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
}

/** Tab to "Fortsæt" and press Enter. */
export async function submit(page) {
  await tabTo(page, page.getByRole('button', { name: 'Fortsæt' }));
  await page.keyboard.press('Enter');
}

/** The id of the question on screen. */
export async function currentQuestion(page) {
  return page.locator('.fh-question').getAttribute('data-question');
}

/** Waits for the next page after a navigation: new path, focus on its heading. */
export async function nextPage(page, fromUrl) {
  await expect(page).not.toHaveURL(fromUrl);
  await expect(page.locator('h1#main-heading')).toBeFocused();
}

/**
 * Answers every question until the check page. `answers` maps question ids to
 * { radio }, { select }, { checks: [...] } or { age }; questions not listed get "Nej".
 * Returns the question headings seen.
 */
export async function walk(page, answers, { axe = true } = {}) {
  const headings = [];
  let part = 1;
  for (let step = 0; step < 30; step++) {
    if (new URL(page.url()).pathname === '/find-hjaelp/tjek') return headings;
    const id = await currentQuestion(page);
    const heading = await page.locator('h1').innerText();
    headings.push(heading);
    // Progress by part: "Del N af 4", never going back (issue 13).
    await expect(page.locator('h1')).toContainText(/Del [1-4] af 4: /);
    const shown = Number((heading.match(/Del ([1-4]) af 4/) ?? [])[1]);
    expect(shown, `progress at ${id}`).toBeGreaterThanOrEqual(part);
    part = shown;
    if (axe) await expectNoAxeViolations(page, `question ${id}`);
    const a = answers[id] ?? { radio: 'Nej' };
    const url = page.url();
    if (a.age !== undefined) {
      await tabTo(page, page.getByLabel(/gammel/));
      await page.keyboard.type(a.age);
      await submit(page);
    } else if (a.checks) {
      await tick(page, a.checks);
      await submit(page);
    } else if (a.select) {
      await chooseOption(page, a.select);
      await submit(page);
    } else {
      await chooseRadio(page, a.radio);
      await submit(page);
    }
    await nextPage(page, url);
  }
  throw new Error('the screener never reached the check page');
}

/** Opens Find hjælp and starts with the keyboard. */
export async function start(page) {
  await open(page, '/find-hjaelp');
  await expect(page.locator('h1')).toHaveText('Find hjælp, der måske passer til dig');
  await expectNoAxeViolations(page, '/find-hjaelp');
  const url = page.url();
  await tabTo(page, page.getByRole('link', { name: 'Start', exact: true }));
  await page.keyboard.press('Enter');
  await nextPage(page, url);
  await expect(page).toHaveURL(/\/find-hjaelp\/sporgsmaal\/hvem$/);
}

/** From the check page to the result, with the keyboard. */
export async function toResult(page) {
  const url = page.url();
  await tabTo(page, page.getByRole('link', { name: 'Se resultatet' }));
  await page.keyboard.press('Enter');
  await nextPage(page, url);
  await expect(page).toHaveURL(/\/find-hjaelp\/resultat$/);
}

/** A Viborg self-user (30, own home, practical tasks very hard): bostøtte "kan passe".
 *  screener.spec.js walks it with the keyboard; other specs use it to reach a result. */
export const SELF_VIBORG = {
  hvem: { radio: 'Jeg svarer for mig selv' },
  kommune: { select: 'Viborg Kommune' },
  alder: { age: '30' },
  bolig: { radio: 'I en almindelig bolig, lejet eller ejet' },
  vanskeligheder: { checks: [/^Praktiske ting i hjemmet/] },
  'niveau-praktiske-opgaver': { radio: 'Meget svært' },
  socialt: { checks: ['Intet af dette'] },
  pension: { radio: 'Ingen pension' },
};
