// How pages render for people who change how they look (issue 16, item 7): forced colours
// (Windows high contrast), words never broken in the middle, print line heights, and the
// quick exit in the phone's sticky bar never covering the page.
// Each check reads what the browser computed or laid out, not our CSS text.
import { test, expect } from '@playwright/test';
import { open } from './helpers.js';

/**
 * In the current colour mode: whether each checked radio and checkbox on the page shows a
 * mark that differs from the box it sits in (and from an unchecked box). Our radios and
 * checkboxes are drawn by the label's ::before (the box) and ::after (the radio's dot);
 * the native control is invisible (opacity 0).
 */
async function checkedMarks(page) {
  return page.evaluate(() => {
    const style = (el, pseudo) => getComputedStyle(el, pseudo);
    const visible = (c) => c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
    const out = [];
    for (const input of document.querySelectorAll('main input.form-radio, main input.form-checkbox')) {
      const label = document.querySelector(`label[for="${input.id}"]`);
      if (!label || !label.getClientRects().length) continue;
      const box = style(label, '::before');
      const dot = style(label, '::after');
      const name = `${input.type} "${label.textContent.trim().slice(0, 40)}"`;
      if (!input.checked) {
        out.push({ name, checked: false, box: box.backgroundColor });
        continue;
      }
      let mark;
      if (input.type === 'radio') {
        // The dot: painted by its background or by its border, in a colour the box is not.
        const byBackground = dot.content !== 'none' && visible(dot.backgroundColor)
          && dot.backgroundColor !== box.backgroundColor && parseFloat(dot.width) > 0;
        const byBorder = dot.content !== 'none' && parseFloat(dot.borderTopWidth) > 0
          && visible(dot.borderTopColor) && dot.borderTopColor !== box.backgroundColor;
        mark = byBackground || byBorder;
      } else {
        // The box itself is filled (its fill differs from an unchecked box, set below), and
        // its tick (a glyph in `color`, or an image) is in a colour the fill is not.
        const glyph = box.content !== 'none' && box.content !== '""' && box.color !== box.backgroundColor;
        mark = { fill: box.backgroundColor, glyph, image: box.backgroundImage !== 'none' };
      }
      out.push({ name, checked: true, box: box.backgroundColor, mark });
    }
    return out;
  });
}

/** Asserts that every checked control on the page shows its mark (see checkedMarks). */
async function expectCheckedMarksVisible(page, label) {
  const marks = await checkedMarks(page);
  const checked = marks.filter((m) => m.checked);
  expect(checked.length, `${label}: something checked`).toBeGreaterThan(0);
  const uncheckedBoxes = new Set(marks.filter((m) => !m.checked).map((m) => m.box));
  for (const m of checked) {
    if (m.name.startsWith('radio')) {
      expect(m.mark, `${label}: the dot of the checked ${m.name}`).toBe(true);
    } else {
      // A checked box is filled in a colour no unchecked box has, and its tick is drawn.
      expect(uncheckedBoxes.has(m.mark.fill), `${label}: the fill of the checked ${m.name} (${m.mark.fill})`).toBe(false);
      expect(m.mark.glyph || m.mark.image, `${label}: the tick of the checked ${m.name}`).toBe(true);
    }
  }
}

test.describe('forced colours (Windows high contrast)', () => {
  test.use({ colorScheme: 'light' });

  test('checked radios and checkboxes keep their mark on question pages, Beregn, Ansøgning and the privacy page', async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ forcedColors: 'active' });

    // Find hjælp: the first question (radios), then on until a question with checkboxes.
    await open(page, '/find-hjaelp/sporgsmaal/hvem');
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await page.getByRole('radio', { name: 'Jeg svarer for mig selv' }).check();
    await expectCheckedMarksVisible(page, 'hvem');
    let sawCheckboxes = false;
    for (let step = 0; step < 10 && !sawCheckboxes; step++) {
      const url = page.url();
      await page.getByRole('button', { name: 'Fortsæt' }).click();
      await expect(page).not.toHaveURL(url);
      await expect(page.locator('h1#main-heading')).toBeFocused();
      const main = page.locator('main');
      if (await main.locator('input.form-checkbox').count()) {
        await main.locator('input.form-checkbox').first().check();
        await expectCheckedMarksVisible(page, `${new URL(page.url()).pathname} (checkboxes)`);
        sawCheckboxes = true;
      } else if (await page.getByRole('radio', { name: 'Viborg Kommune' }).count()) {
        await page.getByRole('radio', { name: 'Viborg Kommune' }).check();
      } else if (await main.locator('input.form-radio').count()) {
        await main.locator('input.form-radio').first().check();
        await expectCheckedMarksVisible(page, new URL(page.url()).pathname);
      } else {
        await page.getByLabel(/gammel/).fill('40');
      }
    }
    expect(sawCheckboxes, 'a question with checkboxes').toBe(true);

    // Beregn: the § 100 calculator's radios and checkboxes.
    await open(page, '/beregn/kompensationsydelse');
    await page.locator('main input.form-radio').first().check();
    await page.locator('main input.form-checkbox').first().check();
    await expectCheckedMarksVisible(page, 'beregn/kompensationsydelse');

    // Ansøgning: the start page's radios.
    await open(page, '/ansoegning');
    await page.getByRole('radio', { name: 'Jeg søger for mig selv' }).check();
    await expectCheckedMarksVisible(page, 'ansoegning');

    // Om portalen: the storage choice (a radio that is checked from the start).
    await open(page, '/om-portalen');
    await expectCheckedMarksVisible(page, 'om-portalen');
  });

  test('the current step of Ansøgning stands out in forced colours', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await startDraft(page);
    const look = await page.evaluate(() => {
      const s = (el) => {
        const c = getComputedStyle(el);
        return [c.backgroundColor, c.color, c.borderTopStyle, c.borderTopWidth, c.outlineStyle].join(' ');
      };
      const current = document.querySelector('.step-indicator li.current .step-number');
      const other = document.querySelector('.step-indicator li:not(.current) .step-number');
      return { current: s(current), other: s(other) };
    });
    expect(look.current).not.toBe(look.other);
  });
});

/** Starts a draft as the citizen (or a helper) and waits for "Om dig". */
async function startDraft(page, role = 'Jeg søger for mig selv') {
  await open(page, '/ansoegning');
  await page.getByRole('radio', { name: role }).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page).toHaveURL(/\/ansoegning\/om-dig$/);
  await expect(page.locator('.step-indicator li')).not.toHaveCount(0);
}
