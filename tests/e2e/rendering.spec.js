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
      } else if (await main.locator('.fh-question select').count()) {
        await main.locator('.fh-question select').selectOption({ label: 'Viborg Kommune' });
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

/**
 * Words of `selector`'s text that the browser broke across two lines without a hyphen:
 * each word (a run without spaces) is measured with a Range; its boxes on more than one
 * line mean it was split. Words longer than their container (which must wrap) are not
 * counted; they are reported apart as `tooLong`.
 */
async function brokenWords(page, selector) {
  return page.evaluate((sel) => {
    const broken = [];
    const tooLong = [];
    for (const root of document.querySelectorAll(sel)) {
      if (!root.getClientRects().length) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !parent.getClientRects().length) continue;
        const cs = getComputedStyle(parent);
        if (cs.visibility === 'hidden' || parent.closest('.sr-only, [hidden], script, style')) continue;
        const text = node.textContent;
        for (const m of text.matchAll(/[^\s\u00ad\u200b-]+/g)) {
          if (m[0].length < 2) continue;
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size <= 1) continue;
          // The room the layout has: the page's column (a word wider than that may wrap;
          // a box narrower than its own words is the defect this looks for).
          const column = parent.closest('.container, main, header, footer') ?? document.body;
          const probe = document.createElement('span');
          probe.textContent = m[0];
          probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:inherit;letter-spacing:inherit';
          parent.appendChild(probe);
          const wordWidth = probe.getBoundingClientRect().width;
          probe.remove();
          const room = Math.min(column.clientWidth, document.documentElement.clientWidth);
          (wordWidth > room ? tooLong : broken).push(`${m[0]} (in ${Math.round(room)} px, needs ${Math.round(wordWidth)} px)`);
        }
      }
    }
    return { broken, tooLong };
  }, selector);
}

for (const [width, tag] of [[360, []], [1280, ['@desktop']]]) {
  test(`the Ansøgning step indicator breaks no word at ${width} px`, { tag }, async ({ page }, testInfo) => {
    test.skip(width === 360 && testInfo.project.name !== 'phone', 'the 360 px check runs in the phone project');
    test.skip(width === 1280 && testInfo.project.name !== 'desktop', 'the 1280 px check runs in the desktop project');
    for (const role of ['Jeg søger for mig selv', 'Jeg hjælper en anden']) {
      await startDraft(page, role);
      const titles = await page.locator('.step-indicator .step-title').allInnerTexts();
      // The steps from locales/da/ansoegning.ftl: six for the citizen, seven for a helper.
      expect(titles).toContain('Udgifter');
      expect(titles).toContain('Dokumenter');
      expect(titles.length).toBe(role.startsWith('Jeg søger') ? 6 : 7);
      const { broken, tooLong } = await brokenWords(page, '.step-indicator .step-title');
      expect(broken, `${role}: words split across lines in the step indicator`).toEqual([]);
      expect(tooLong).toEqual([]);
      // Each title is as wide as its text needs (no box narrower than its own words).
      const narrow = await page.$$eval('.step-indicator .step-title', (els) =>
        els.filter((e) => e.scrollWidth > Math.ceil(e.getBoundingClientRect().width) + 1).map((e) => e.textContent));
      expect(narrow).toEqual([]);
    }
  });
}

test('no word is broken on the pages of every kind, at 360 px (and 1280 px on the desktop)', { tag: '@desktop' }, async ({ page }) => {
  test.setTimeout(180_000);
  const pages = [
    '/', '/find-hjaelp', '/find-hjaelp/sporgsmaal/hvem', '/ydelser', '/ydelser/viborg/socialpaedagogisk-stoette',
    '/ydelser/gladsaxe/oekonomi-post-og-digital-selvbetjening', '/ydelser/aarhus/paragraf/85', '/vejledning/sagsbehandlingstider',
    '/beregn', '/beregn/kompensationsydelse', '/ansoegning', '/anonym-hjaelp', '/om-portalen', '/ordforklaringer', '/sikkerhed',
  ];
  const found = [];
  for (const path of pages) {
    await open(page, path);
    const { broken } = await brokenWords(page, 'header, main, footer');
    for (const w of broken) found.push(`${path}: ${w}`);
  }
  expect(found).toEqual([]);
});

test.describe('print', () => {
  /** Elements of the printed page whose line height is smaller than their font size. */
  const tightLines = (page) => page.evaluate(() =>
    [...document.querySelectorAll('main h1, main h2, main h3, main h4, main .ans-print-title, main p, main li, main dt, main dd')]
      .filter((e) => e.getClientRects().length)
      .map((e) => {
        const s = getComputedStyle(e);
        return { text: e.textContent.trim().slice(0, 40), font: parseFloat(s.fontSize), line: s.lineHeight === 'normal' ? Infinity : parseFloat(s.lineHeight) };
      })
      .filter((e) => e.line < e.font)
      .map((e) => `${e.text}: ${e.font}px font, ${e.line}px line height`));

  test('the printed title of the application and every heading have a line height of at least their font size', async ({ page }) => {
    await startDraft(page);
    await page.getByLabel('Fornavn', { exact: true }).fill('Anna');
    await open(page, '/ansoegning/tjek');
    await page.emulateMedia({ media: 'print' });
    const title = page.locator('.ans-print-title');
    await expect(title).toBeVisible();
    await expect(title).toContainText('Ansøgning om hjælp');
    const t = await title.evaluate((e) => { const s = getComputedStyle(e); return { font: parseFloat(s.fontSize), line: parseFloat(s.lineHeight) }; });
    expect(t.line).toBeGreaterThanOrEqual(t.font);
    expect(await tightLines(page)).toEqual([]);
    for (const path of ['/ydelser/viborg/socialpaedagogisk-stoette', '/vejledning/klage', '/find-hjaelp/sporgsmaal/hvem', '/beregn']) {
      await page.emulateMedia({ media: 'screen' });
      await open(page, path);
      await page.emulateMedia({ media: 'print' });
      const h1 = await page.locator('h1').evaluate((e) => { const s = getComputedStyle(e); return { font: parseFloat(s.fontSize), line: parseFloat(s.lineHeight) }; });
      expect(h1.line, `${path}: h1`).toBeGreaterThanOrEqual(h1.font);
      expect(await tightLines(page), path).toEqual([]);
    }
  });
});

test.describe('the quick exit in the sticky bar on a phone', () => {
  test('has padding, fits in its bar and never covers the heading or the text', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'the sticky bar is the phone header');
    test.setTimeout(120_000);
    const exit = page.getByTestId('quick-exit');
    for (const path of ['/ydelser/viborg/socialpaedagogisk-stoette', '/ordforklaringer', '/find-hjaelp/sporgsmaal/hvem']) {
      await open(page, path);
      const pad = await exit.evaluate((e) => { const s = getComputedStyle(e); return [parseFloat(s.paddingLeft), parseFloat(s.paddingRight)]; });
      expect(pad[0], `${path}: padding-left`).toBeGreaterThan(0);
      expect(pad[1], `${path}: padding-right`).toBeGreaterThan(0);
      // The text of the button keeps its padding inside the button (it is not cut or squeezed).
      const fits = await exit.evaluate((e) => e.scrollWidth <= e.clientWidth);
      expect(fits, `${path}: the button's text fits inside its padding`).toBe(true);

      // Inside the bar, and the bar inside the screen.
      const geo = await page.evaluate(() => {
        const r = (el) => el.getBoundingClientRect().toJSON();
        return { exit: r(document.querySelector('[data-testid=quick-exit]')), bar: r(document.querySelector('.portal-bar')), vw: document.documentElement.clientWidth };
      });
      expect(geo.exit.left).toBeGreaterThanOrEqual(geo.bar.left);
      expect(geo.exit.right).toBeLessThanOrEqual(Math.min(geo.bar.right, geo.vw));
      expect(geo.exit.top).toBeGreaterThanOrEqual(geo.bar.top);
      expect(geo.exit.bottom).toBeLessThanOrEqual(geo.bar.bottom);

      // The heading gets focus after a navigation and is scrolled to: it shows below the bar.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.locator('h1#main-heading').focus();
      await expect(page.locator('h1#main-heading')).toBeFocused();
      const covered = await page.evaluate(() => {
        const h1 = document.querySelector('h1#main-heading');
        const bar = document.querySelector('.portal-bar').getBoundingClientRect();
        const r = h1.getBoundingClientRect();
        return { h1Top: r.top, barBottom: bar.bottom };
      });
      expect(covered.h1Top, `${path}: the focused h1 is below the sticky bar`).toBeGreaterThanOrEqual(covered.barBottom);

      // Scrolled halfway: whatever is under the button is the bar, never the page's text.
      await page.evaluate(() => window.scrollTo(0, 600));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      const under = await page.evaluate(() => {
        const b = document.querySelector('[data-testid=quick-exit]').getBoundingClientRect();
        const bar = document.querySelector('.portal-bar').getBoundingClientRect();
        const bg = getComputedStyle(document.querySelector('.portal-bar')).backgroundColor;
        return { inBar: b.top >= bar.top && b.bottom <= bar.bottom, top: b.top, bg };
      });
      expect(under.inBar, `${path}: the button stays inside the sticky bar`).toBe(true);
      expect(under.top, `${path}: the quick exit is still on the screen after scrolling`).toBeGreaterThanOrEqual(0);
      expect(under.bg).not.toMatch(/rgba\(.*,\s*0\)$/);
    }
  });

  test('at 320 px the bar stays one row with the button inside the screen (no horizontal scrolling)', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'the sticky bar is the phone header');
    await page.setViewportSize({ width: 320, height: 740 });
    for (const path of ['/ansoegning', '/ansoegning?lang=en']) {
      await open(page, path);
      const geo = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        bar: document.querySelector('.portal-bar').getBoundingClientRect().toJSON(),
        name: document.querySelector('.portal-name').getBoundingClientRect().toJSON(),
        exit: document.querySelector('[data-testid=quick-exit]').getBoundingClientRect().toJSON(),
        padding: parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop),
      }));
      expect(geo.overflow, path).toBeLessThanOrEqual(0);
      expect(geo.exit.right, path).toBeLessThanOrEqual(320);
      // One row: the name and the button side by side, and the bar lower than the room
      // that focus and anchors keep free above them.
      expect(geo.exit.top, path).toBeLessThan(geo.name.bottom);
      expect(geo.bar.height, path).toBeLessThanOrEqual(geo.padding);
    }
  });

  test('a link to a glossary term scrolls the term to below the sticky bar', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'the sticky bar is the phone header');
    await open(page, '/ordforklaringer');
    const term = page.locator('.glossary dt[id]').nth(5);
    const id = await term.getAttribute('id');
    await page.evaluate((id) => { location.hash = id; }, id);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const geo = await page.evaluate((id) => ({
      term: document.getElementById(id).getBoundingClientRect().top,
      bar: document.querySelector('.portal-bar').getBoundingClientRect().bottom,
    }), id);
    expect(geo.term).toBeGreaterThanOrEqual(geo.bar);
  });
});
