//! The browser entry point: mounts the Leptos app.
//!
//! On a pre-rendered page (`<html data-prerendered>`, written by scripts/prerender.mjs) the
//! body already holds the same markup the app renders. The app replaces it in one go, inside
//! this synchronous function, so the browser never paints an empty page in between; the
//! scroll position and the focused control are kept.

#[cfg(target_arch = "wasm32")]
mod takeover {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = "
        export function begin() {
            const root = document.documentElement;
            if (!root.hasAttribute('data-prerendered')) { return null; }
            const active = document.activeElement;
            const controls = Array.from(document.querySelectorAll('a, input, select, textarea, button'));
            // What the user may have typed or chosen before the app was ready.
            // Only what the user changed (the page's own values come back with the app).
            const values = controls.map((el) => {
                if (el.type === 'checkbox' || el.type === 'radio') { return el.checked !== el.defaultChecked ? el.checked : null; }
                if (el instanceof HTMLSelectElement) {
                    const dflt = Array.from(el.options).findIndex((o) => o.defaultSelected);
                    return el.selectedIndex !== Math.max(dflt, 0) ? el.value : null;
                }
                if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) { return el.value !== el.defaultValue ? el.value : null; }
                return null;
            });
            const state = { x: window.scrollX, y: window.scrollY, focus: controls.indexOf(active), values };
            for (const node of Array.from(document.body.childNodes)) {
                if (!(node instanceof HTMLScriptElement)) { node.remove(); }
            }
            return state;
        }
        export function end(state) {
            const root = document.documentElement;
            if (state) {
                window.scrollTo(state.x, state.y);
                // Give back what was typed or chosen, once the start-up effects have run
                // (they may render parts again, so the controls are looked up then).
                setTimeout(() => state.values.forEach((v, i) => {
                    const el = document.querySelectorAll('a, input, select, textarea, button')[i];
                    if (v === null) { return; }
                    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) { return; }
                    const check = el.type === 'checkbox' || el.type === 'radio';
                    if (check ? el.checked === v : el.value === v) { return; }
                    if (check) { el.checked = v; } else { el.value = v; }
                    el.dispatchEvent(new Event('input', { bubbles: true }));
                    el.dispatchEvent(new Event('change', { bubbles: true }));
                }), 50);
                if (state.focus >= 0) {
                    const again = document.querySelectorAll('a, input, select, textarea, button')[state.focus];
                    if (again instanceof HTMLElement) { again.focus({ preventScroll: true }); }
                }
            }
            root.dataset.app = 'ready';
            window.dispatchEvent(new CustomEvent('stotteportalen-ready'));
        }")]
    extern "C" {
        /// Removes the pre-rendered body (if any) and returns what to restore.
        pub fn begin() -> JsValue;
        /// Restores scroll and focus, marks the app as ready.
        pub fn end(state: JsValue);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    let state = takeover::begin();
    leptos::mount::mount_to_body(stotteportalen::ui::App);
    takeover::end(state);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    // The portal runs in the browser; natively there is nothing to start.
    println!("Støtteportalen runs in the browser: see README.md (`trunk build`).");
}
