//! Safety for people who must leave no trace: the quick exit (button, hidden skip link and
//! Escape twice) and zero-trace navigation (no new browser-history entries).
//!
//! The quick exit itself lives in `public/boot.js` (one implementation that also works on a
//! pre-rendered page before the app has loaded): it acts on every element marked
//! `data-quick-exit` and on Escape pressed twice within 1.5 seconds. Without JavaScript the
//! skip link still leaves, as an ordinary link.

use super::i18n::use_i18n;
use super::storage::use_store;
use crate::domain::privacy::StorageMode;
use leptos::prelude::*;

/// Where the quick exit goes: a neutral page (the weather forecast). `public/boot.js` uses
/// the same address.
pub const NEUTRAL_SITE: &str = "https://www.dmi.dk/";

/// The hidden skip link (first in the tab order) for keyboard and screen-reader users.
#[component]
pub fn QuickExitSkipLink() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skipnav quick-exit-skip" href=NEUTRAL_SITE rel="noreferrer" data-quick-exit="">
            {move || i18n.t("quick-exit-skip")}
        </a>
    }
}

/// The visible quick-exit button, on every page.
#[component]
pub fn QuickExitButton() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="quick-exit-wrap">
            // A link, so it also leaves the page when JavaScript is off.
            <a
                href=NEUTRAL_SITE
                rel="noreferrer"
                class="button quick-exit"
                data-testid="quick-exit"
                aria-describedby="quick-exit-hint"
                data-quick-exit=""
            >
                {move || i18n.t("quick-exit")}
            </a>
            <span id="quick-exit-hint" class="sr-only">{move || i18n.t("quick-exit-hint")}</span>
        </div>
    }
}

/// In zero-trace mode navigation replaces the current history entry instead of adding one.
pub fn safety_effects() {
    let store = use_store();
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
}

#[cfg(not(target_arch = "wasm32"))]
mod browser {
    pub fn set_zero_trace_history(_: bool) {}
}
