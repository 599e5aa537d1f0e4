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
//    A click on such a button before the app is ready is replayed once the app has taken
//    over (src/main.rs replaces the pre-rendered body with the same markup).
(() => {
  'use strict';
  const NEUTRAL_SITE = 'https://www.dmi.dk/';
  const ESCAPE_WINDOW_MS = 1500;
  const root = document.documentElement;
  root.classList.remove('no-js');

  // ---- Quick exit -------------------------------------------------------------------
  function quickExit() {
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

  // ---- Loading the app ----------------------------------------------------------------
  const script = document.currentScript;
  const jsUrl = script && script.dataset.js;
  const wasmUrl = script && script.dataset.wasm;
  let started = false;

  function start() {
    if (started || !jsUrl || !wasmUrl) return;
    started = true;
    import(jsUrl)
      .then((glue) => glue.default({ module_or_path: wasmUrl }))
      .catch((err) => {
        // The pre-rendered page stays as it is; say so in the console only.
        console.warn('Støtteportalen: the app could not start', err);
      });
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
  if (!prerendered || root.dataset.app === 'eager' || window.location.search || hasSavedSettings()) {
    start();
    return;
  }

  // Content page: wait until a control that needs the app is used.
  const CONTROLS = 'input, select, textarea, button:not([data-quick-exit])';
  const controlOf = (ev) => (ev.target instanceof Element ? ev.target.closest(CONTROLS) : null);
  let pending = null;
  const onUse = (ev) => {
    const control = controlOf(ev);
    if (!control) return;
    start();
    if (ev.type === 'click' && root.dataset.app !== 'ready') {
      // Replay the click on the same control once the app has rendered it again.
      ev.preventDefault();
      pending = Array.from(document.querySelectorAll(CONTROLS)).indexOf(control);
    }
  };
  for (const type of ['focusin', 'pointerdown', 'click', 'change']) {
    document.addEventListener(type, onUse, true);
  }
  window.addEventListener('stotteportalen-ready', () => {
    for (const type of ['focusin', 'pointerdown', 'click', 'change']) {
      document.removeEventListener(type, onUse, true);
    }
    if (pending !== null && pending >= 0) {
      const index = pending;
      // After the app's start-up effects have run (they may render parts again).
      setTimeout(() => {
        const again = document.querySelectorAll(CONTROLS)[index];
        if (again instanceof HTMLElement) again.click();
      }, 50);
    }
  });
})();
