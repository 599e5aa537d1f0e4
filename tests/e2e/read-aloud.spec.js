// "Læs op" (src/ui/components/read_aloud.rs): the page's main text read aloud by the
// browser's speech synthesis, only with a voice on the device, the sentence being read
// highlighted, Pause / Fortsæt / Stop, nothing stored. The browser's speech synthesis is
// replaced by a fake (installed before the page's own scripts) that records what it is asked
// to say and fires start, boundary and end events.
import { test, expect } from '@playwright/test';
import { open, expectNoAxeViolations, record, mainNav } from './helpers.js';
import { walk, toResult, SELF_VIBORG } from './screener-walk.js';

const SERVICE = '/ydelser/viborg/socialpaedagogisk-stoette';
const H1 = 'Socialpædagogisk støtte (bostøtte)';
const KNOWN_SENTENCE = 'En medarbejder træner med dig.';
const DANISH_LOCAL = { name: 'Dansk (enhed)', lang: 'da-DK', localService: true };
const DANISH_REMOTE = { name: 'Google dansk', lang: 'da-DK', localService: false, default: true };
const ENGLISH_LOCAL = { name: 'English (device)', lang: 'en-GB', localService: true };

/**
 * Replaces speechSynthesis and SpeechSynthesisUtterance. `voices` are the voices the fake
 * has; with `lateMs` the list is empty at first and comes with a `voiceschanged` event;
 * `highlight: false` removes the CSS Custom Highlight API (the fallback box is shown).
 * window.__speech: `spoken` (text, voice, lang of each utterance), `cancels`, `endCurrent()`
 * (the current utterance ends), `auto` (each utterance ends by itself after a few ms).
 */
async function fakeSpeech(page, { voices = [DANISH_LOCAL], lateMs = 0, highlight = true, auto = false } = {}) {
  await page.addInitScript(({ voices, lateMs, highlight, auto }) => {
    const log = { spoken: [], cancels: 0, auto };
    window.__speech = log;
    let queue = [];
    let current = null;
    let list = lateMs ? [] : voices.map((v) => ({ voiceURI: v.name, default: false, ...v }));
    const fire = (u, type, extra = {}) => {
      const ev = new Event(type);
      for (const [k, v] of Object.entries({ utterance: u, charIndex: 0, elapsedTime: 0, ...extra })) {
        Object.defineProperty(ev, k, { value: v });
      }
      if (typeof u[`on${type}`] === 'function') u[`on${type}`](ev);
    };
    const finish = (u) => {
      if (current !== u) return;
      current = null;
      fire(u, 'end');
      if (!current) next();
    };
    const next = () => {
      current = queue.shift() ?? null;
      const u = current;
      if (!u) return;
      setTimeout(() => {
        if (current !== u) return;
        fire(u, 'start');
        fire(u, 'boundary', { name: 'word' });
        if (log.auto) setTimeout(() => finish(u), 5);
      }, 0);
    };
    class FakeUtterance extends EventTarget {
      constructor(text) {
        super();
        Object.assign(this, { text: text ?? '', lang: '', voice: null, rate: 1, pitch: 1, volume: 1 });
      }
    }
    const synth = new (class extends EventTarget {
      get speaking() { return current !== null; }
      get pending() { return queue.length > 0; }
      get paused() { return false; }
      getVoices() { return list; }
      speak(u) {
        log.spoken.push({ text: u.text, voice: u.voice ? u.voice.name : null, lang: u.lang });
        queue.push(u);
        if (!current) next();
      }
      cancel() {
        log.cancels += 1;
        const c = current;
        queue = [];
        current = null;
        if (c) setTimeout(() => fire(c, 'error', { error: 'interrupted' }), 0);
      }
      pause() {}
      resume() {}
    })();
    log.endCurrent = () => { if (current) finish(current); };
    log.current = () => (current ? current.text : null);
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = FakeUtterance;
    if (lateMs) {
      setTimeout(() => {
        list = voices.map((v) => ({ voiceURI: v.name, default: false, ...v }));
        synth.dispatchEvent(new Event('voiceschanged'));
      }, lateMs);
    }
    if (!highlight && window.CSS) {
      Object.defineProperty(CSS, 'highlights', { value: undefined, configurable: true });
    }
  }, { voices, lateMs, highlight, auto });
}

const spokenTexts = (page) => page.evaluate(() => window.__speech.spoken.map((s) => s.text));
/** The text of the highlighted range(s), or null. */
const highlighted = (page) => page.evaluate(() => {
  const h = window.CSS && CSS.highlights && CSS.highlights.get('read-aloud');
  return h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim()).join(' | ') : null;
});
const main = (page) => page.getByTestId('read-aloud-main');
const status = (page) => page.getByTestId('read-aloud-status');

/** Nothing stored: both storages, cookies, IndexedDB databases. */
async function expectNothingStored(page) {
  const stored = await page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookies: document.cookie,
    indexedDB: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
  }));
  expect(stored).toEqual({ local: [], session: [], cookies: '', indexedDB: [] });
}

test('a service page is read aloud with a voice on the device: the whole text, sentence by sentence, highlighted; Pause, Fortsæt, Stop', async ({ page }) => {
  const rec = record(page);
  await fakeSpeech(page, { auto: true });
  await open(page, SERVICE);
  await expect(main(page)).toHaveText('Læs op');
  await expect(page.getByTestId('read-aloud-stop')).toHaveCount(0);

  // The whole page, to the end (each utterance ends by itself).
  await main(page).click();
  await expect(status(page)).toHaveText('Oplæsningen er slut.');
  const texts = await spokenTexts(page);
  expect(texts[0]).toBe(H1);
  expect(texts).toContain(KNOWN_SENTENCE);
  const all = texts.join(' ');
  expect(all).toContain('Bostøtte er hjælp til at klare mere selv i din hverdag.');
  // The controls themselves are not read.
  expect(all).not.toContain('Læs op');
  const voices = await page.evaluate(() => [...new Set(window.__speech.spoken.map((s) => `${s.voice}/${s.lang}`))]);
  expect(voices).toEqual(['Dansk (enhed)/da-DK']);
  expect(await highlighted(page)).toBeNull();
  await expect(main(page)).toHaveText('Læs op');

  // Step by step: the sentence being read is highlighted.
  await page.evaluate(() => { window.__speech.auto = false; window.__speech.spoken = []; });
  await main(page).click();
  await expect(main(page)).toHaveText('Pause');
  await expect(status(page)).toHaveText('Læser op.');
  await expect.poll(() => highlighted(page)).toBe(H1);
  await page.evaluate(() => window.__speech.endCurrent());
  await expect.poll(() => page.evaluate(() => window.__speech.current())).not.toBe(H1);
  const second = await page.evaluate(() => window.__speech.current());
  await expect.poll(() => highlighted(page)).toBe(second);
  await expect(page.getByTestId('read-aloud-now')).toHaveCount(0);
  await expectNoAxeViolations(page, `${SERVICE} while reading`);

  // Pause: the voice stops (the queue is cancelled), the sentence stays highlighted.
  const cancels = await page.evaluate(() => window.__speech.cancels);
  await main(page).click();
  await expect(main(page)).toHaveText('Fortsæt');
  await expect(status(page)).toHaveText('Oplæsningen er sat på pause.');
  expect(await page.evaluate(() => window.__speech.cancels)).toBe(cancels + 1);
  expect(await page.evaluate(() => window.__speech.current())).toBeNull();
  expect(await highlighted(page)).toBe(second);
  await expect(main(page)).toBeFocused();

  // Fortsæt: the same sentence again.
  await main(page).click();
  await expect(main(page)).toHaveText('Pause');
  await expect.poll(() => page.evaluate(() => window.__speech.current())).toBe(second);
  expect((await spokenTexts(page)).slice(-1)).toEqual([second]);

  // Stop with the keyboard: nothing highlighted, focus back on "Læs op".
  await page.getByTestId('read-aloud-stop').focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Oplæsningen er stoppet.');
  await expect(main(page)).toHaveText('Læs op');
  await expect(main(page)).toBeFocused();
  await expect(page.getByTestId('read-aloud-stop')).toHaveCount(0);
  expect(await highlighted(page)).toBeNull();
  expect(await page.evaluate(() => window.__speech.current())).toBeNull();
  expect(rec.errors).toEqual([]);
});

test('without the Highlight API the sentence being read is shown in a box under the buttons', async ({ page }) => {
  await fakeSpeech(page, { highlight: false });
  await open(page, SERVICE);
  await main(page).click();
  await expect(page.getByTestId('read-aloud-now')).toHaveText(`Læser nu: ${H1}`);
  await page.evaluate(() => window.__speech.endCurrent());
  await expect(page.getByTestId('read-aloud-now')).not.toContainText(H1);
  await expectNoAxeViolations(page, `${SERVICE} with the sentence box`);
  await page.getByTestId('read-aloud-stop').click();
  await expect(page.getByTestId('read-aloud-now')).toHaveCount(0);
});

test('only a network voice for Danish: nothing is spoken, and the component says why', async ({ page }) => {
  const rec = record(page);
  await fakeSpeech(page, { voices: [DANISH_REMOTE, ENGLISH_LOCAL] });
  await open(page, SERVICE);
  await main(page).click();
  await expect(status(page)).toHaveText(
    'Din browser har ingen dansk stemme på enheden. Læs op virker ikke her. '
    + 'Browserens andre stemmer sender teksten til en anden virksomhed, så dem bruger vi ikke.',
  );
  expect(await spokenTexts(page)).toEqual([]);
  await expect(main(page)).toHaveText('Læs op');
  await expectNoAxeViolations(page, `${SERVICE} without a voice`);
  expect(rec.errors).toEqual([]);
});

test('no voices at all (as in browsers without speech voices): the component says so after a short wait', async ({ page }) => {
  const rec = record(page);
  await fakeSpeech(page, { voices: [] });
  await open(page, '/vejledning/klage');
  await main(page).click();
  await expect(status(page)).toHaveText('Din browser har ingen dansk stemme på enheden. Læs op virker ikke her.');
  expect(await spokenTexts(page)).toEqual([]);
  expect(rec.errors).toEqual([]);
});

test('voices that arrive late (voiceschanged) are used', async ({ page }) => {
  await fakeSpeech(page, { lateMs: 400 });
  await open(page, SERVICE);
  await main(page).click();
  await expect.poll(() => spokenTexts(page)).toEqual([H1]);
  await expect(main(page)).toHaveText('Pause');
});

test('a press before the app has started is not lost: the app starts and reads', async ({ page }) => {
  await fakeSpeech(page);
  await page.goto(SERVICE);
  await expect(page.locator('html[data-prerendered]')).toHaveCount(1);
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  await main(page).click();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect.poll(() => spokenTexts(page)).toEqual([H1]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the pre-rendered page shows no button that cannot work', async ({ page }) => {
    await page.goto(SERVICE);
    await expect(page.locator('h1')).toHaveText(H1);
    await expect(page.getByTestId('read-aloud')).toHaveCount(1);
    await expect(page.getByTestId('read-aloud')).toBeHidden();
  });
});

test('nothing is stored, in the default mode and in zero-trace mode', async ({ page }) => {
  const rec = record(page);
  await fakeSpeech(page, { auto: true });
  await open(page, SERVICE);
  await main(page).click();
  await expect(status(page)).toHaveText('Oplæsningen er slut.');
  await expectNothingStored(page);

  // Zero-trace, switched on from the front page; a service page reached inside the app.
  await open(page, '/');
  await page.getByTestId('start-zero-trace').click();
  await expect(page.getByTestId('zero-trace-banner')).toBeVisible();
  await (await mainNav(page)).getByRole('link', { name: 'Ydelser' }).click();
  await page.getByLabel(/Skriv med dine egne ord/).fill('krisecenter');
  await page.getByLabel(/Skriv med dine egne ord/).press('Enter');
  await page.locator('a[href="/ydelser/viborg/krisecenter"]').first().click();
  await expect(page.locator('h1')).toHaveText('Ophold på krisecenter');
  await expect(page.getByTestId('zero-trace-banner')).toBeVisible();
  await page.evaluate(() => { window.__speech.spoken = []; });
  await main(page).click();
  await expect(status(page)).toHaveText('Oplæsningen er slut.');
  expect((await spokenTexts(page))[0]).toBe('Ophold på krisecenter');
  await expectNothingStored(page);

  // An anonymous-help page (zero-trace by itself).
  await (await mainNav(page)).getByRole('link', { name: 'Anonym hjælp' }).click();
  await page.locator('a[href="/anonym-hjaelp/raadgivning"]').click();
  await expect(page.locator('h1')).toHaveText('Gratis og anonym rådgivning');
  await page.evaluate(() => { window.__speech.spoken = []; });
  await main(page).click();
  await expect(status(page)).toHaveText('Oplæsningen er slut.');
  expect((await spokenTexts(page))[0]).toBe('Gratis og anonym rådgivning');
  await expectNothingStored(page);
  expect(rec.errors).toEqual([]);
});

test('a screener question and the result have the button', async ({ page }) => {
  const rec = record(page);
  await fakeSpeech(page, { auto: true });
  await open(page, '/find-hjaelp');
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page).toHaveURL(/\/find-hjaelp\/sporgsmaal\/hvem$/);
  const question = await page.locator('h1').innerText();
  await main(page).click();
  await expect(status(page)).toHaveText('Oplæsningen er slut.');
  const texts = await spokenTexts(page);
  expect(texts.join(' ').replace(/\s+/g, ' ')).toContain(question.replace(/\s+/g, ' ').replace(/^.*?: /, ''));
  expect(texts.join(' ')).toContain('Jeg svarer for mig selv');
  // The question's button ("Fortsæt") is not read.
  expect(texts).not.toContain('Fortsæt');
  await expectNoAxeViolations(page, 'question with the read-aloud button');

  await walk(page, SELF_VIBORG, { axe: false });
  await toResult(page);
  await expect(main(page)).toHaveText('Læs op');
  await page.evaluate(() => { window.__speech.spoken = []; });
  await main(page).click();
  await expect(status(page)).toHaveText('Oplæsningen er slut.');
  const result = await spokenTexts(page);
  expect(result[0]).toBe('Hjælp, der måske passer til dig');
  expect(result).toContain('Det er kun et første overblik.');
  await expectNothingStored(page);
  expect(rec.errors).toEqual([]);
});
