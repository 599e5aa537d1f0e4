//! Safety for people who must leave no trace: the quick exit (button, hidden skip link and
//! Escape twice) and zero-trace navigation (no new browser-history entries).
//!
//! Browser work happens only in effects and event handlers.

use super::i18n::use_i18n;
use super::storage::use_store;
use crate::domain::privacy::StorageMode;
use leptos::prelude::*;

/// Where the quick exit goes: a neutral page (the weather forecast).
pub const NEUTRAL_SITE: &str = "https://www.dmi.dk/";

/// Two presses of Escape within this many milliseconds leave the page.
pub const ESCAPE_WINDOW_MS: f64 = 1500.0;

/// The hidden skip link (first in the tab order) for keyboard and screen-reader users.
#[component]
pub fn QuickExitSkipLink() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skipnav quick-exit-skip" href=NEUTRAL_SITE rel="noreferrer" on:click=|ev| {
            ev.prevent_default();
            browser::quick_exit();
        }>
            {move || i18n.t("quick-exit-skip")}
        </a>
    }
}

/// The visible quick-exit button, on every page.
#[component]
pub fn QuickExitButton() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="quick-exit-bar">
            <button
                type="button"
                class="button quick-exit"
                data-testid="quick-exit"
                aria-describedby="quick-exit-hint"
                on:click=|_| browser::quick_exit()
            >
                {move || i18n.t("quick-exit")}
            </button>
            <span id="quick-exit-hint" class="sr-only">{move || i18n.t("quick-exit-hint")}</span>
        </div>
    }
}

/// Effects: Escape twice leaves; in zero-trace mode navigation replaces the current
/// history entry instead of adding one.
pub fn safety_effects() {
    let store = use_store();
    Effect::new(move |installed: Option<bool>| {
        if installed.is_none() {
            browser::listen_for_double_escape();
        }
        true
    });
    Effect::new(move |_| {
        browser::set_zero_trace_history(store.mode.get() == StorageMode::Nothing);
    });
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = "
        export function set_zero_trace_history(on) {
            const proto = History.prototype;
            if (!proto.__spPush) { proto.__spPush = proto.pushState; }
            proto.pushState = on
                ? function (state, title, url) { return this.replaceState(state, title, url); }
                : proto.__spPush;
        }")]
    extern "C" {
        /// While on, `history.pushState` (used by the router) replaces the current entry.
        pub fn set_zero_trace_history(on: bool);
    }

    /// Blanks the page at once, then replaces the current history entry with a neutral site.
    pub fn quick_exit() {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(doc) = window.document() {
            if let Some(body) = doc.body() {
                body.set_inner_html("");
            }
            doc.set_title("");
        }
        let _ = window.location().replace(super::NEUTRAL_SITE);
    }

    pub fn listen_for_double_escape() {
        use std::cell::Cell;
        use std::rc::Rc;
        let last = Rc::new(Cell::new(f64::NEG_INFINITY));
        let handle = leptos::prelude::window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.key() != "Escape" {
                return;
            }
            let now = js_sys::Date::now();
            if now - last.get() <= super::ESCAPE_WINDOW_MS {
                quick_exit();
            } else {
                last.set(now);
            }
        });
        // The listener lives as long as the app.
        std::mem::forget(handle);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod browser {
    pub fn set_zero_trace_history(_: bool) {}
    pub fn quick_exit() {}
    pub fn listen_for_double_escape() {}
}
