// Støtteportalen boot script: small, plain JavaScript that works before (and without) the
// WebAssembly app.
//
// 1. Quick exit ("Forlad siden hurtigt"): the button, the hidden skip link and Escape twice
//    blank the page at once and replace the current history entry with a neutral site. This
//    is the only implementation; it works on pre-rendered pages before the app has loaded.
// 2. Loading the app (wasm): pre-rendered content pages are complete HTML, so the app is only
//    loaded when it is needed: at once on pages that are the app (Find hjælp, Beregn,
//    Ansøgning, the zero-trace pages, any page that was not pre-rendered), when the address
//    has a query (?lang=en), when the user has saved settings on this device, and otherwise
//    the first time the user touches a control that needs it (a field, a select, a button).
//    A click on such a button before the app is ready is replayed on the same element once
//    the app has adopted the page (src/main.rs hydrates the pre-rendered markup); what was
//    typed or chosen meanwhile stays where it is.
// 3. Links into Anonym hjælp and Sikkerhed replace the current history entry.
(() => {
  'use strict';
  const NEUTRAL_SITE = 'https://www.dmi.dk/';
  const ESCAPE_WINDOW_MS = 1500;
  const root = document.documentElement;
  root.classList.remove('no-js');

  // ---- Quick exit -------------------------------------------------------------------
  // Nothing may hold the exit up: this listener is the first on `beforeunload` (boot.js runs
  // before the app), so once leaving it stops every later one — such as Ansøgning's "leave
  // the page?" question — before it can ask.
  let leaving = false;
  window.addEventListener('beforeunload', (ev) => {
    if (leaving) ev.stopImmediatePropagation();
  }, true);
  function quickExit() {
    leaving = true;
    // A voice reading the page aloud ("Læs op") stops at once.
    try { window.speechSynthesis?.cancel(); } catch { /* no speech synthesis */ }
    window.onbeforeunload = null;
    try {
      document.body.replaceChildren();
      document.title = '';
    } finally {
      window.location.replace(NEUTRAL_SITE);
    }
  }
  document.addEventListener('click', (ev) => {
    const target = ev.target instanceof Element ? ev.target.closest('[data-quick-exit]') : null;
    if (target) {
      ev.preventDefault();
      ev.stopImmediatePropagation();
      quickExit();
    }
  }, true);
  let lastEscape = -Infinity;
  window.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape') return;
    const now = Date.now();
    if (now - lastEscape <= ESCAPE_WINDOW_MS) quickExit();
    else lastEscape = now;
  }, true);

  // ---- The header's menu button (phones) ---------------------------------------------
  // Plain JavaScript, so it works before the app has loaded (the app does not handle it).
  // A link in the menu closes it.
  document.addEventListener('click', (ev) => {
    const el = ev.target instanceof Element ? ev.target : null;
    const toggle = el && el.closest('[data-menu-toggle]');
    if (toggle) {
      const panel = document.getElementById(toggle.getAttribute('aria-controls'));
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      if (panel) panel.classList.toggle('open', open);
      return;
    }
    const link = el && el.closest('#portal-menu a[href]');
    if (link) {
      const btn = document.querySelector('[data-menu-toggle]');
      if (btn) btn.setAttribute('aria-expanded', 'false');
      document.getElementById('portal-menu')?.classList.remove('open');
    }
  }, true);

  // ---- Entering the zero-trace pages ------------------------------------------------------
  // Anonym hjælp and Sikkerhed switch zero-trace mode on, which keeps navigation out of the
  // browser history. Going there must not add an entry either: the link replaces the
  // current entry (a page load before the app is running; the app's own navigation once it
  // runs, with its next history entry replacing the current one).
  const ZERO_TRACE_PAGES = ['/anonym-hjaelp', '/sikkerhed'];
  let replaceNext = 0;
  const push = History.prototype.pushState;
  History.prototype.pushState = function pushState(state, title, url) {
    if (Date.now() < replaceNext) {
      replaceNext = 0;
      return this.replaceState(state, title, url);
    }
    return push.call(this, state, title, url);
  };
  document.addEventListener('click', (ev) => {
    const a = ev.target instanceof Element ? ev.target.closest('a[href]') : null;
    if (!a || a.origin !== window.location.origin || a.hasAttribute('download') || a.target) return;
    if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    if (!ZERO_TRACE_PAGES.some((p) => a.pathname === p || a.pathname.startsWith(`${p}/`))) return;
    if (root.dataset.app === 'ready') {
      replaceNext = Date.now() + 2000;
    } else {
      ev.preventDefault();
      window.location.replace(a.href);
    }
  }, true);

  // ---- Loading the app ----------------------------------------------------------------
  const script = document.currentScript;
  const jsUrl = script && script.dataset.js;
  const wasmUrl = script && script.dataset.wasm;
  // The app's sections (APP_SECTIONS in src/ui/components/needs_js.rs; scripts/prerender.mjs
  // fails the build when the two lists differ).
  const APP_SECTIONS = ['/find-hjaelp', '/beregn', '/ansoegning'];
  const isReady = () => root.dataset.app === 'ready';
  let started = false;
  // A button, form or link used before the app was ready: used again once it is.
  let pending = null;

  // The status line at the bottom of every pre-rendered page (`AppStatus`, src/ui/shell.rs):
  // a live region, empty until a tap has to wait for the app. Its texts are the app's own
  // (Fluent), in the page's language, in data attributes.
  function say(which) {
    const el = document.querySelector('[data-app-status]');
    if (el) el.textContent = which ? el.getAttribute(`data-${which}`) || '' : '';
  }

  function failed(err) {
    // The pre-rendered page stays as it is.
    console.warn('Støtteportalen: the app could not start', err);
    const p = pending;
    pending = null;
    // A link into the app is followed the old way: that page tries again on its own.
    if (p instanceof HTMLAnchorElement) window.location.assign(p.href);
    else say('failed');
  }

  function start() {
    if (started || !jsUrl || !wasmUrl) return;
    started = true;
    // The wasm is asked for first, while the JS glue is still on its way (issue 15): the
    // glue would only ask for it once it had arrived and run, a round trip or two later.
    // Not a <link rel="preload">: WebKit does not hand a fetch preload to a later fetch and
    // downloaded the wasm twice. The glue takes the promised response as it is (and
    // compiles it while it streams in).
    const wasm = fetch(wasmUrl);
    wasm.catch(() => {}); // a failure is reported once, below, by the glue's await
    import(jsUrl)
      .then((glue) => glue.default({ module_or_path: wasm }))
      .catch(failed);
  }
  // For the browser tests and for anything that needs the app right away.
  window.stotteportalenStart = start;

  function hasSavedSettings() {
    try {
      return window.localStorage.getItem('stotteportalen.samtykke') !== null;
    } catch {
      return false; // storage blocked: nothing saved
    }
  }

  const prerendered = root.hasAttribute('data-prerendered');
  const eager = !prerendered || root.dataset.app === 'eager' || window.location.search || hasSavedSettings();
  if (eager) start();
  if (!prerendered) return; // app.html: the app renders the page itself

  // Before the app is ready, nothing on a pre-rendered page that only the app can work may
  // get lost: a button (a form's submit button too) does nothing until the app runs, so its
  // click is used again on the same element once the app has adopted the page (src/main.rs
  // hydrates the pre-rendered markup, it does not replace it); a form sent with Enter and no
  // button the same. What was typed or chosen meanwhile stays where it is (src/main.rs).
  // While the app is loading on this page, a link further into an app section waits for it
  // too: followed the old way it would load the app shell (a blank page) and start the
  // download of the app over again.
  const BUTTONS = 'button:not([data-quick-exit]):not([data-menu-toggle])';
  const intoApp = (a) => a.origin === window.location.origin
    && !(a.pathname === window.location.pathname && a.search === window.location.search)
    && APP_SECTIONS.some((s) => a.pathname === s || a.pathname.startsWith(`${s}/`));
  function wait(ev, what) {
    ev.preventDefault();
    pending = what;
    say('waiting');
  }
  document.addEventListener('click', (ev) => {
    if (isReady() || ev.defaultPrevented) return;
    const el = ev.target instanceof Element ? ev.target : null;
    const button = el && el.closest(BUTTONS);
    if (button) {
      start();
      wait(ev, button);
      return;
    }
    const a = el && el.closest('a[href]');
    if (!a || !started || !intoApp(a) || a.hasAttribute('download') || a.target) return;
    if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    wait(ev, a);
  });
  document.addEventListener('submit', (ev) => {
    if (isReady()) return;
    const form = ev.target;
    start();
    wait(ev, pending instanceof Element && pending.form === form ? pending : form);
  }, true);
  window.addEventListener('stotteportalen-ready', () => {
    say(null);
    if (pending === null) return;
    const p = pending;
    pending = null;
    // After the app's start-up effects (they run as microtasks), so they cannot undo it.
    setTimeout(() => {
      if (!p.isConnected) return;
      if (p instanceof HTMLFormElement) p.requestSubmit();
      else p.click();
    }, 0);
  });
  if (eager) return;

  // Content page: the app is started when a control that needs it is used. Meanwhile, when
  // the browser says the connection is fast and the person has not asked to save data,
  // fetch the app's files at idle time, so a tap on a control later does not wait for them.
  const connection = navigator.connection;
  const fast = connection && !connection.saveData && connection.effectiveType === '4g';
  if (fast) {
    const idle = window.requestIdleCallback || ((f) => setTimeout(f, 2000));
    window.addEventListener('load', () => idle(() => {
      if (started) return;
      for (const [rel, href, as] of [['modulepreload', jsUrl], ['preload', wasmUrl, 'fetch']]) {
        const link = document.createElement('link');
        link.rel = rel;
        link.href = href;
        if (as) { link.as = as; link.crossOrigin = 'anonymous'; }
        document.head.appendChild(link);
      }
    }), { once: true });
  }
  const CONTROLS = `input, select, textarea, ${BUTTONS}`;
  const onUse = (ev) => {
    if (ev.target instanceof Element && ev.target.closest(CONTROLS)) start();
  };
  for (const type of ['focusin', 'pointerdown', 'change']) {
    document.addEventListener(type, onUse, true);
  }
  window.addEventListener('stotteportalen-ready', () => {
    for (const type of ['focusin', 'pointerdown', 'change']) {
      document.removeEventListener(type, onUse, true);
    }
  });
})();
