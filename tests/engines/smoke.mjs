// The smoke checks run in WebKit and Firefox by tests/engines/run.mjs. They check what a
// visitor sees, not how pages are made: a pre-rendered page is `<html data-prerendered>`
// with its heading before the app is loaded; the app has taken over when
// `<html data-app="ready">`.
//
// Console errors: W3C WebDriver (classic) has no log API in WebKitWebDriver or geckodriver,
// so a recorder (window errors, unhandled rejections, console.error, failed resource loads,
// CSP violations) is installed by a script right after each page load, and every check
// starts the app only after it is installed where it can (content pages load the app when
// a control is used). Errors thrown before the recorder is in place (while the page itself
// is parsed) are not seen; they would show as a missing heading or an app that is never
// ready. Requests to other origins are read from the Resource Timing list, which covers
// the whole page load.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ELEMENT, until } from './webdriver.mjs';

const TITLE_SUFFIX = ' – Støtteportalen';

/** Installed in the page after each load: records errors and storage writes. */
function recorder() {
  if (window.__smoke) return false;
  const errors = [];
  const writes = [];
  window.__smoke = { errors, writes };
  window.addEventListener('error', (e) => {
    const t = e.target;
    if (t && t !== window && (t.src || t.href)) errors.push(`failed to load ${t.src || t.href}`);
    else errors.push(`error: ${e.message} (${e.filename}:${e.lineno})`);
  }, true);
  window.addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason && e.reason.message ? e.reason.message : e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => errors.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  const consoleError = console.error;
  console.error = function (...a) {
    errors.push(`console.error: ${a.map(String).join(' ')}`);
    return consoleError.apply(this, a);
  };
  // Every call that could leave a trace on the device.
  for (const name of ['setItem', 'removeItem', 'clear']) {
    const orig = Storage.prototype[name];
    Storage.prototype[name] = function (...args) { writes.push(`Storage.${name}(${args[0] ?? ''})`); return orig.apply(this, args); };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { return cookie.get.call(this); },
    set(v) { writes.push(`cookie=${v}`); cookie.set.call(this, v); },
  });
  const idbOpen = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) { writes.push(`indexedDB.open(${args[0]})`); return idbOpen.apply(this, args); };
  if (window.CacheStorage) {
    const cacheOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (...args) { writes.push(`caches.open(${args[0]})`); return cacheOpen.apply(this, args); };
  }
  if (navigator.serviceWorker) {
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => { writes.push(`serviceWorker.register(${args[0]})`); return register(...args); };
  }
  return true;
}

/** Text as a reader sees it: Fluent's isolation marks removed, white space collapsed. */
const clean = (s) => (s ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** A browser tab on the site, with the helpers the checks use. */
export class Page {
  constructor(session, base) {
    this.s = session;
    this.base = base;
    this.errors = [];
    this.cleanups = [];
  }

  /** Before each check: no errors yet; files of the last check removed. */
  async reset() {
    this.errors = [];
    for (const c of this.cleanups.splice(0)) c();
  }

  js(fn, ...args) { return this.s.execute(fn, ...args); }
  jsAsync(fn, ...args) { return this.s.executeAsync(fn, ...args); }

  /** Waits until `fn` (run in the page) returns a truthy value; returns it. */
  waitJs(fn, args = [], what = 'a condition', timeout = 15_000) {
    return until(() => this.s.execute(fn, ...args), { timeout, what, interval: 100 });
  }

  /** Collects what the recorder saw in the current page (and other-origin requests). */
  async flush() {
    const seen = await this.js(() => {
      const other = performance.getEntriesByType('resource').map((e) => e.name)
        .filter((u) => !u.startsWith(`${location.origin}/`) && !/^(data|blob):/.test(u));
      const errors = window.__smoke ? window.__smoke.errors.splice(0) : [];
      return { errors, other: [...new Set(other)], url: location.pathname };
    }).catch(() => null);
    if (!seen) return;
    for (const e of seen.errors) this.errors.push(`${seen.url}: ${e}`);
    for (const u of seen.other) {
      const msg = `${seen.url}: request to another origin: ${u}`;
      if (!this.errors.includes(msg)) this.errors.push(msg);
    }
  }

  async expectNoErrors() {
    await this.flush();
    if (this.errors.length) throw new Error(`errors in the page:\n${this.errors.join('\n')}`);
  }

  /** Loads a path (a full page load) and installs the recorder. */
  async go(path) {
    await this.flush();
    await this.s.navigate(this.base + path);
    await this.js(recorder);
  }

  path() { return this.js(() => location.pathname); }
  async title() { return clean(await this.s.title()); }
  text(css) { return this.js((c) => document.querySelector(c)?.innerText ?? null, css).then((t) => (t === null ? null : clean(t))); }
  h1() { return this.text('h1'); }

  /** Waits until the heading reads `h1` (exactly, or matching a RegExp). */
  async waitH1(h1, timeout = 15_000) {
    let last;
    await until(async () => {
      last = await this.h1();
      return h1 instanceof RegExp ? h1.test(last ?? '') : last === h1;
    }, { timeout, what: `the heading ${h1} (it reads ${JSON.stringify(last)})` });
  }

  async waitPath(path, timeout = 15_000) {
    let last;
    await until(async () => {
      last = await this.path();
      return path instanceof RegExp ? path.test(last) : last === path;
    }, { timeout, what: `the address ${path} (it is ${last})` });
  }

  waitReady(timeout = 60_000) {
    return this.waitJs(() => document.documentElement.dataset.app === 'ready', [], 'the app to take over (html[data-app="ready"])', timeout);
  }

  /** An element by CSS selector (waits for it). */
  find(css, timeout) { return this.s.find(css, { timeout }); }

  /**
   * The first visible element matching `css` whose text (label, button, link) is `text`,
   * or starts with it (`prefix`), or contains it (`contains`); waits for it.
   */
  byText(css, text, { prefix = false, contains = false, timeout = 10_000 } = {}) {
    return until(async () => {
      const el = await this.js((c, t, p, k) => {
        const norm = (s) => (s || '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
        const all = Array.from(document.querySelectorAll(c)).filter((e) => e.getClientRects().length > 0);
        return all.find((e) => norm(e.innerText) === t)
          || (p ? all.find((e) => norm(e.innerText).startsWith(t)) : null)
          || (k ? all.find((e) => norm(e.innerText).includes(t)) : null) || null;
      }, css, text, prefix, contains);
      return el ? Object.values(el)[0] : null;
    }, { timeout, what: `${css} "${text}"` });
  }

  /** WebDriver's click scrolls an element only just into view, where the page's sticky bar
   *  (name and quick exit, narrow windows) can cover it ("element not interactable"). A
   *  person scrolls what they tap into the middle of the screen; so does this. */
  async tap(el) {
    await this.s.execute((e) => e.scrollIntoView({ block: 'center' }), { [ELEMENT]: el });
    await this.s.click(el);
  }
  async click(css) { await this.tap(await this.find(css)); }
  /** Opens the header's menu where it is closed (a narrow window: the municipality, the
   *  language and the main navigation are behind the "Menu" button). */
  async openMenu() {
    await this.js(() => {
      const t = document.querySelector('[data-menu-toggle]');
      if (t && getComputedStyle(t).display !== 'none' && t.getAttribute('aria-expanded') !== 'true') t.click();
    });
  }
  async clickText(css, text, opts) { await this.tap(await this.byText(css, text, opts)); }
  async type(css, text) {
    const el = await this.find(css);
    await this.s.clear(el).catch(() => {});
    await this.s.sendKeys(el, text);
  }

  /** Chooses an option of a <select> with WebDriver's element click on the <option>. */
  async select(css, value) {
    await this.s.click(await this.find(`${css} option[value="${value}"]`));
    await this.waitJs((c, v) => document.querySelector(c)?.value === v, [css, value], `${css} to be ${value}`);
  }

  /** Sets a field's value as a user's edit would (input + change), for <input type=date>. */
  async setValue(css, value) {
    await this.find(css);
    await this.js((c, v) => {
      const el = document.querySelector(c);
      el.focus();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, css, value);
  }

  /** What the portal wrote on the device: must be nothing outside "Gem på denne enhed". */
  storage() {
    return this.jsAsync(async () => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      cookies: document.cookie,
      caches: window.caches ? await caches.keys() : [],
      serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
      writes: window.__smoke ? window.__smoke.writes.slice() : [],
    }));
  }

  /**
   * Nothing on the device: no keys, cookies, caches or service worker; with `calls`, not
   * even a call that writes or removes (zero-trace mode; in the default mode the app may
   * remove what an earlier "Gem på denne enhed" left).
   */
  async expectNothingStored(label, { calls = false } = {}) {
    const st = await this.storage();
    if (!calls) delete st.writes;
    const want = { local: [], session: [], cookies: '', caches: [], serviceWorkers: 0, ...(calls ? { writes: [] } : {}) };
    const wrong = Object.keys(want).filter((k) => JSON.stringify(st[k]) !== JSON.stringify(want[k]));
    if (wrong.length) throw new Error(`${label}: something was stored: ${wrong.map((k) => `${k} ${JSON.stringify(st[k])}`).join(', ')}`);
  }
}

function expect(cond, msg) {
  if (!cond) throw new Error(msg);
}
const expectEq = (got, want, what) => expect(got === want, `${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
const expectContains = (text, part, what) => expect((text ?? '').includes(part), `${what}: expected to contain ${JSON.stringify(part)}, got ${JSON.stringify((text ?? '').slice(0, 300))}`);

/** A pre-rendered page before the app: its heading and text, no wasm loaded. */
async function expectPrerendered(page, path, h1) {
  await page.go(path);
  const st = await page.js(() => ({
    prerendered: document.documentElement.hasAttribute('data-prerendered'),
    app: document.documentElement.dataset.app || null,
    main: (document.querySelector('main')?.innerText || '').length,
  }));
  expect(st.prerendered, `${path}: not pre-rendered (no html[data-prerendered])`);
  expect(st.app !== 'ready', `${path}: the app had already taken over`);
  expect(st.main > 80, `${path}: the main text is missing (${st.main} characters)`);
  expectEq(await page.h1(), h1, `${path}: heading`);
  const title = await page.title();
  expect(title.endsWith(TITLE_SUFFIX), `${path}: title "${title}"`);
}

/** How many times this page load asked for the wasm (Resource Timing). */
const wasmRequests = (page) => page.js(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length);

const SELF_VIBORG = {
  hvem: { radio: 'Jeg svarer for mig selv' },
  kommune: { select: 'viborg' },
  alder: { age: '30' },
  bolig: { radio: 'I en almindelig bolig, lejet eller ejet' },
  vanskeligheder: { checks: ['Praktiske ting i hjemmet'] },
  'niveau-praktiske-opgaver': { radio: 'Meget svært' },
  socialt: { checks: ['Intet af dette'] },
  pension: { radio: 'Ingen pension' },
};

const DRAFT = {
  fornavn: 'Anna',
  efternavn: 'Jensen',
  hverdag: 'Jeg kan ikke tage bussen alene. Jeg bliver bange.',
};

export const CHECKS = [
  {
    name: 'the error recorder sees errors of the page (so "no console errors" means something)',
    async run(page) {
      await page.go('/');
      // Errors made by the page's own functions (not by this WebDriver script's sandbox).
      await page.js(() => {
        window.setTimeout(window.Function.prototype.call, 0);
        window.Promise.reject(new window.Error('smoke self-test'));
        window.console.error('smoke self-test');
        const img = window.document.createElement('img');
        img.src = '/smoke-self-test.png';
        window.document.body.append(img);
      });
      const seen = await page.waitJs(() => (window.__smoke.errors.length >= 4 ? window.__smoke.errors.splice(0) : null), [], 'the recorder to see 4 errors');
      for (const part of ['TypeError', 'smoke self-test', 'console.error: smoke self-test', 'failed to load']) {
        expect(seen.some((e) => e.includes(part)), `the recorder missed "${part}": ${JSON.stringify(seen)}`);
      }
      await page.js(() => document.querySelector('img[src="/smoke-self-test.png"]').remove());
    },
  },
  {
    name: 'the front page and a service page are pre-rendered; a used control starts the app in place',
    async run(page) {
      await expectPrerendered(page, '/', 'Hjælp og støtte til voksne');
      const service = '/ydelser/viborg/socialpaedagogisk-stoette';
      await expectPrerendered(page, service, 'Socialpædagogisk støtte (bostøtte)');
      const before = await page.text('main');
      // Using a control (focus on the municipality picker) loads the app; the same page stays.
      await page.openMenu();
      await page.js(() => document.querySelector('#header-municipality').focus());
      await page.waitReady();
      expectEq(await page.text('main'), before, `${service}: the text after the app took over`);
      expectEq(await page.h1(), 'Socialpædagogisk støtte (bostøtte)', `${service}: heading after the takeover`);
      expect(await page.js(() => document.activeElement?.id === 'header-municipality'), 'focus was not kept on the control');
      await page.expectNothingStored(service);
    },
  },
  {
    // Issue 17: the English page at its own address hydrates in English; Let dansk is a
    // pre-rendered page linked from the full one.
    name: 'an English service page (/en/…) and a Let dansk page, pre-rendered and taken over',
    async run(page) {
      const service = '/ydelser/viborg/socialpaedagogisk-stoette';
      await expectPrerendered(page, `/en${service}`, 'Social-pedagogical support (socialpædagogisk støtte, bostøtte)');
      expectEq(await page.js(() => document.documentElement.lang), 'en', 'lang of the English page');
      await page.click('[data-testid="read-aloud-main"]');
      await page.waitReady();
      expectEq(await page.h1(), 'Social-pedagogical support (socialpædagogisk støtte, bostøtte)', 'h1 after the app took over');
      expectEq(await page.js(() => document.documentElement.lang), 'en', 'lang after the app took over');
      await expectPrerendered(page, `${service}/let-dansk`, 'Socialpædagogisk støtte (bostøtte)');
      const parts = await page.js(() => [...document.querySelectorAll('[data-testid=easy-page] h2')].map((h) => h.innerText.trim()));
      expectEq(parts.join(' | '), 'Hvad er det? | Hvem er det for? | Hvad kan du få? | Hvordan spørger du? | Hvad koster det?', 'the easy-read parts');
    },
  },
  {
    // Læs op (src/ui/components/read_aloud.rs): where the engine has a voice on the device
    // for Danish it reads (and Stop stops it); where it has none, the button says so.
    name: 'Læs op on a service page: reads with a voice on the device, or says why it cannot',
    async run(page) {
      const service = '/ydelser/viborg/socialpaedagogisk-stoette';
      await expectPrerendered(page, service, 'Socialpædagogisk støtte (bostøtte)');
      // A press before the app has loaded starts it and is replayed.
      await page.click('[data-testid="read-aloud-main"]');
      await page.waitReady();
      const status = await until(async () => {
        const t = await page.text('[data-testid="read-aloud-status"]');
        return t && !t.startsWith('Finder en stemme') ? t : null;
      }, { timeout: 10_000, what: 'a message from Læs op' });
      const voices = await page.js(() => (window.speechSynthesis
        ? window.speechSynthesis.getVoices().map((v) => `${v.lang}${v.localService ? '' : ' (network)'}`).join(', ') || 'none'
        : 'no speechSynthesis'));
      console.log(`      voices: ${voices}; Læs op says: ${status}`);
      if (status === 'Læser op.') {
        await page.click('[data-testid="read-aloud-stop"]');
        await page.waitJs(() => document.querySelector('[data-testid="read-aloud-status"]')?.innerText.trim() === 'Oplæsningen er stoppet.', [], 'Stop');
      } else {
        expect(status.includes('Læs op virker ikke her.'), `Læs op: unexpected message ${JSON.stringify(status)}`);
      }
      await page.expectNothingStored(service);
    },
  },
  {
    name: 'each app section takes over (Find hjælp, Beregn, Ansøgning, Anonym hjælp); a deep link and the 404 page',
    async run(page) {
      for (const [path, h1] of [
        ['/find-hjaelp', 'Find hjælp, der måske passer til dig'],
        ['/beregn', 'Beregn egenbetaling og kompensationsydelse'],
        ['/ansoegning', 'Gør en ansøgning klar'],
        ['/anonym-hjaelp', 'Hjælp uden navn og uden spor'],
      ]) {
        await page.go(path);
        await page.waitReady();
        await page.waitH1(h1);
        // One request for the wasm (issue 15: a <link rel="preload"> of it was not handed to
        // the later fetch here, and WebKit downloaded it twice).
        expectEq(await wasmRequests(page), 1,
          `${path}: requests for the wasm`);
        expectEq(await page.js(() => document.querySelectorAll('h1').length), 1, `${path}: number of headings`);
        expect(await page.js(() => !!document.querySelector('main#main-content')), `${path}: no main`);
      }
      // Not pre-rendered: the app shell, and the app renders the page.
      await page.go('/find-hjaelp/sporgsmaal/hvem');
      await page.waitReady();
      await page.waitH1(/Hvem svarer\?/);
      // app.html's placeholder (the portal's bar, "Siden hentes") is gone: one page, not two.
      expectEq(await page.js(() => [document.querySelectorAll('main').length, document.querySelectorAll('header.portal-header').length,
        document.querySelectorAll('[data-testid="app-loading"]').length].join()), '1,1,0', 'app.html: main, header, placeholder');
      expectEq(await wasmRequests(page), 1,
        'app.html: requests for the wasm');
      await page.go('/findes/ikke');
      await page.waitReady();
      await page.waitH1('Siden findes ikke');
      expectEq(await page.title(), `Siden findes ikke${TITLE_SUFFIX}`, '404 title');
      await page.expectNothingStored('app sections');
    },
  },
  {
    name: 'a tap while the app loads waits for it (the status line says so) and is used once it runs',
    async run(page) {
      // The front page does not load the app until it is needed: start it and follow a link
      // into Find hjælp in the same script, so the tap certainly comes before the app is ready.
      await page.go('/');
      const at = await page.js(() => {
        window.stotteportalenStart();
        document.querySelector('a[href="/find-hjaelp"]').click();
        const status = document.querySelector('[data-app-status]');
        return [location.pathname, document.documentElement.dataset.app === 'ready', status.getAttribute('role'), status.textContent].join(' | ');
      });
      expectEq(at, '/ | false | status | Vent lidt – siden er ved at blive klar. Så sker det, du trykkede på.', 'right after the tap');
      await page.waitReady();
      await page.waitPath('/find-hjaelp');
      await page.waitH1('Find hjælp, der måske passer til dig');
      expectEq(await page.js(() => document.querySelector('[data-app-status]').textContent), '', 'the status line once the app runs');
      expectEq(await wasmRequests(page), 1, 'requests for the wasm');
    },
  },
  {
    name: 'Find hjælp: a screener walk to the result',
    async run(page) {
      await page.go('/find-hjaelp');
      await page.waitReady();
      await page.clickText('main a', 'Start');
      await page.waitPath('/find-hjaelp/sporgsmaal/hvem');
      for (let step = 0; step < 25; step++) {
        if ((await page.path()) === '/find-hjaelp/tjek') break;
        const id = await page.waitJs(() => document.querySelector('.fh-question')?.dataset.question, [], 'a question');
        // Progress by part, never going back (issue 13): "Del N af 4".
        expect(/Del [1-4] af 4/.test(await page.h1()), `question ${id}: "Del N af 4" missing`);
        const a = SELF_VIBORG[id] ?? { radio: 'Nej' };
        if (a.age) await page.type('.fh-question input:not([type=radio]):not([type=checkbox])', a.age);
        else if (a.checks) for (const c of a.checks) await page.clickText('.fh-question label', c, { prefix: true });
        else if (a.select) await page.select('.fh-question select', a.select);
        else await page.clickText('.fh-question label', a.radio);
        const from = await page.path();
        await page.clickText('main button', 'Fortsæt');
        await until(async () => (await page.path()) !== from, { what: `the next question after ${id}` });
      }
      await page.waitH1('Tjek dine svar');
      const summary = await page.text('[data-testid="screener-summary"]');
      for (const part of ['Viborg Kommune', '30 år', 'Meget svært']) expectContains(summary, part, 'Tjek dine svar');
      await page.clickText('main a', 'Se resultatet');
      await page.waitPath('/find-hjaelp/resultat');
      await page.waitH1('Hjælp, der måske passer til dig');
      const groups = await page.js(() => Array.from(document.querySelectorAll('.fh-group > h2'), (h) => h.innerText));
      expect(/^Kan passe/.test(groups[0]) && /^Kommunen vurderer/.test(groups[1]) && /^Passer nok ikke/.test(groups[2]), `result groups: ${JSON.stringify(groups)}`);
      expect(await page.js(() => !!document.querySelector('.fh-group--kan-passe [data-service="socialpaedagogisk-stoette"]')), 'socialpædagogisk støtte is not under "Kan passe"');
      await page.expectNothingStored('screener (default mode)');
    },
  },
  {
    name: 'Beregn: a § 100 calculation with its trail and chart',
    async run(page) {
      await page.go('/beregn/kompensationsydelse');
      await page.waitReady();
      await page.waitH1('Beregn kompensationsydelse (§ 100)');
      await page.setValue('#beregn-dato', '2025-10-01');
      await page.byText('main p, main div', 'Med denne dato gælder de nye regler om kompensationsydelse', { prefix: true });
      // A bad amount first: the error summary.
      await page.type('#udgift-1-beloeb', '-5');
      await page.click('[data-testid="calculate"]');
      await page.find('[data-testid="error-summary"]');
      await page.type('#udgift-1-beloeb', '1.530,50');
      await page.click('[data-testid="calculate"]');
      await page.find('[data-testid="calc-result"]');
      expectEq(await page.text('[data-testid="calc-amount"]'), '1.105 kr. om måneden', '§ 100 amount');
      expectContains(await page.text('[data-testid="calc-regime"]'), 'Kompensationsydelse', 'regime');
      const trail = await page.text('[data-testid="calc-trail"]');
      expectContains(trail, 'Beregningen bruger satserne for 2025.', 'trail');
      expectContains(trail, 'Fast beløb, gruppe 1: 1.105 kr. (2025-niveau).', 'trail');
      const chart = await page.js(() => {
        const svg = document.querySelector('[data-testid="whatif-chart"]');
        const r = svg?.getBoundingClientRect();
        return svg ? { role: svg.getAttribute('role'), w: r.width, h: r.height, lines: svg.querySelectorAll('path, polyline, line').length } : null;
      });
      expect(chart && chart.role === 'img' && chart.w > 100 && chart.h > 50 && chart.lines > 0, `the what-if chart is not drawn: ${JSON.stringify(chart)}`);
      await page.expectNothingStored('§ 100 (default mode)');
    },
  },
  {
    name: 'Ansøgning: a draft to "Tjek dine svar", saved as a file and opened again',
    async run(page) {
      await page.go('/ansoegning');
      await page.waitReady();
      await page.clickText('main label', 'Jeg søger for mig selv');
      await page.clickText('main button', 'Start');
      await page.waitPath('/ansoegning/om-dig');
      await page.type('#fornavn', DRAFT.fornavn);
      await page.type('#efternavn', DRAFT.efternavn);
      const next = async (step) => {
        await page.clickText('main button', 'Fortsæt');
        await page.waitPath(`/ansoegning/${step}`);
      };
      await next('hvad-soeger-du');
      await page.select('#kommune', 'viborg');
      await page.clickText('main label', 'Ledsageordning (§ 97)');
      await next('din-hverdag');
      await page.type('main textarea', DRAFT.hverdag);
      await next('udgifter');
      await next('dokumenter');
      await next('tjek');
      await page.waitH1(/Tjek dine svar/);
      const check = async (label) => {
        const main = await page.text('main');
        for (const v of [...Object.values(DRAFT), 'Ledsageordning (§ 97)', 'Viborg']) expectContains(main, v, label);
      };
      await check('Tjek dine svar');

      // "Gem som fil": the app makes a Blob and clicks a download link. The download itself
      // is the browser's business; the file's contents are taken in the page.
      await page.js(() => {
        window.__files = [];
        const blobs = new Map();
        const create = URL.createObjectURL;
        URL.createObjectURL = function (obj) { const url = create.call(URL, obj); blobs.set(url, obj); return url; };
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function () {
          if (this.hasAttribute('download') && blobs.has(this.href)) {
            window.__files.push({ name: this.getAttribute('download'), blob: blobs.get(this.href) });
            return undefined;
          }
          return click.call(this);
        };
      });
      await page.click('[data-testid="save-file"]');
      await page.waitJs(() => window.__files.length === 1, [], 'the file to be saved');
      const saved = await page.jsAsync(async () => ({ name: window.__files[0].name, text: await window.__files[0].blob.text() }));
      expect(/^ansoegning-\d{4}-\d\d-\d\d\.json$/.test(saved.name), `file name ${saved.name}`);
      const json = JSON.parse(saved.text);
      expectEq(json.format, 'stotteportalen-ansoegning', 'file format');
      expectEq(json.kladde?.person?.fornavn, DRAFT.fornavn, 'fornavn in the file');
      const dir = mkdtempSync(join(tmpdir(), 'stotte-smoke-'));
      const file = join(dir, saved.name);
      writeFileSync(file, saved.text);
      page.cleanups.push(() => rmSync(dir, { recursive: true, force: true }));

      // Clear the draft, then open the file with the file field (WebDriver sends the path).
      await page.openMenu();
      await page.clickText('nav a', 'Ansøgning');
      await page.waitPath('/ansoegning');
      await page.click('[data-testid="ans-clear"]');
      await page.waitJs(() => !document.querySelector('[data-testid="ans-clear"]'), [], 'the draft to be cleared');
      await page.s.sendKeys(await page.find('#ans-fil'), file);
      await page.find('[data-testid="open-ok"]');
      await page.clickText('main button', 'Fortsæt med ansøgningen');
      await page.waitPath('/ansoegning/om-dig');
      expectEq(await page.js(() => document.querySelector('#fornavn').value), DRAFT.fornavn, 'fornavn after opening the file');
      await page.clickText('.step-indicator a', 'Tjek dine svar', { contains: true });
      await page.waitPath('/ansoegning/tjek');
      await check('Tjek dine svar after opening the file');
      await page.expectNothingStored('application draft (default mode)');
    },
  },
  {
    name: 'zero-trace mode writes nothing (storage, cookies, IndexedDB, Cache Storage, service worker)',
    async run(page) {
      // The recorder is in place before the app starts: the front page loads it on use,
      // and a click made before the app is ready is not lost.
      await page.go('/');
      await page.expectNothingStored('before', { calls: true });
      await page.click('[data-testid="start-zero-trace"]');
      await page.waitReady();
      await page.find('[data-testid="zero-trace-banner"]');
      await page.openMenu();
      await page.select('#header-municipality', 'viborg');
      const nav = 'nav.main-nav a, nav a';
      for (const [link, h1] of [
        ['Anonym hjælp', 'Hjælp uden navn og uden spor'],
        ['Find hjælp', 'Find hjælp, der måske passer til dig'],
        ['Beregn', 'Beregn egenbetaling og kompensationsydelse'],
        ['Ansøgning', 'Gør en ansøgning klar'],
      ]) {
        await page.openMenu();
        await page.clickText(nav, link);
        await page.waitH1(h1);
        expectEq(await page.title(), 'Støtteportalen', `${link}: the title in zero-trace mode`);
      }
      await page.openMenu();
      await page.click('a[href="/anonym-hjaelp"]');
      await page.click('a[href="/anonym-hjaelp/stofmisbrug"]');
      await page.waitH1('Anonym behandling for stofmisbrug');
      expectContains(await page.text('[data-testid="contact-box"]'), 'Viborg Kommune', 'contact box');
      await page.find('[data-testid="zero-trace-banner"]');
      await page.expectNothingStored('zero-trace mode', { calls: true });
    },
  },
];
