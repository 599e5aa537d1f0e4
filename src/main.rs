//! The browser entry point.
//!
//! On a pre-rendered page (`<html data-prerendered>`, written by scripts/prerender.mjs from
//! src/bin/prerender.rs) the body already holds the markup the app renders, with Leptos'
//! hydration markers. The app **hydrates** it: it adopts the existing elements and attaches
//! its behaviour to them, instead of replacing them. The field a person is typing in, the
//! option they chose and the element that has focus stay the same elements, so nothing is
//! lost and focus cannot jump.
//!
//! Hydration sets the form controls' properties from the app's state (which is the state the
//! page was rendered with), so what the person typed or chose before the app was ready is
//! read first and given back to the *same element* right after, in the same synchronous
//! step, with `input` and `change` events so the app's state follows. Elsewhere (the app
//! shell `app.html` for addresses that are not pre-rendered) the app renders itself in place
//! of app.html's placeholder (the portal's bar and "the page is loading").

#[cfg(target_arch = "wasm32")]
mod handover {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = "
        const CONTROLS = 'input, select, textarea';
        const isCheck = (el) => el.type === 'checkbox' || el.type === 'radio';
        export function clear_body() {
            document.body.replaceChildren();
        }
        export function prerendered() {
            return document.documentElement.hasAttribute('data-prerendered');
        }
        // What the person typed or chose before the app was ready, per element.
        export function begin() {
            const kept = [];
            for (const el of document.querySelectorAll(CONTROLS)) {
                if (el.type === 'hidden') continue;
                let changed;
                if (el.type === 'file') changed = el.files !== null && el.files.length > 0;
                else if (isCheck(el)) changed = el.checked !== el.defaultChecked;
                else if (el instanceof HTMLSelectElement) {
                    const dflt = Array.from(el.options).findIndex((o) => o.defaultSelected);
                    changed = el.selectedIndex !== Math.max(dflt, 0);
                } else changed = el.value !== el.defaultValue;
                if (!changed) continue;
                const entry = { el, checked: el.checked, value: el.value, selection: null };
                if (el instanceof HTMLSelectElement) entry.selected = Array.from(el.options, (o) => o.selected);
                try { entry.selection = [el.selectionStart, el.selectionEnd, el.selectionDirection]; } catch { /* not a text field */ }
                kept.push(entry);
            }
            return { kept, active: document.activeElement };
        }
        export function end(state) {
            if (state) {
                for (const k of state.kept) {
                    const el = k.el;
                    if (!el.isConnected) continue;
                    if (el.type === 'file') { el.dispatchEvent(new Event('change', { bubbles: true })); continue; }
                    if (isCheck(el)) el.checked = k.checked;
                    else if (el instanceof HTMLSelectElement) Array.from(el.options).forEach((o, i) => { o.selected = !!k.selected[i]; });
                    else el.value = k.value;
                    if (k.selection && k.selection[0] !== null) {
                        try { el.setSelectionRange(k.selection[0], k.selection[1], k.selection[2] || 'none'); } catch { /* ignore */ }
                    }
                    // The app's handlers read the element: let them see the person's input.
                    if (!isCheck(el) || el.checked) {
                        el.dispatchEvent(new Event('input', { bubbles: true }));
                        el.dispatchEvent(new Event('change', { bubbles: true }));
                    }
                }
                const a = state.active;
                if (a && a !== document.activeElement && a.isConnected && typeof a.focus === 'function') {
                    a.focus({ preventScroll: true });
                }
            }
            document.documentElement.dataset.app = 'ready';
            window.dispatchEvent(new CustomEvent('stotteportalen-ready'));
        }")]
    extern "C" {
        /// Empties app.html's body (its placeholder) before the app renders into it.
        pub fn clear_body();
        /// Whether the body holds pre-rendered markup to hydrate.
        pub fn prerendered() -> bool;
        /// Reads what the person changed before the app was ready.
        pub fn begin() -> JsValue;
        /// Gives it back to the same elements, marks the app as ready.
        pub fn end(state: JsValue);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    if handover::prerendered() {
        let state = handover::begin();
        leptos::mount::hydrate_body(stotteportalen::ui::App);
        handover::end(state);
    } else {
        // app.html shows the portal's bar and "the page is loading" until now; the app
        // renders the page in its place, in the same task (no blank frame between).
        handover::clear_body();
        leptos::mount::mount_to_body(stotteportalen::ui::App);
        handover::end(wasm_bindgen::JsValue::NULL);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    // The portal runs in the browser; natively there is nothing to start.
    println!("Støtteportalen runs in the browser: see README.md (`trunk build`).");
}
