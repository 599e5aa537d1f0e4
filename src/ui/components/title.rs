//! The document title.
//!
//! **Use** `PageTitle` once on every page, with the page's own title ("Ydelser"); the app
//! adds " – Støtteportalen" (and shows a neutral title in zero-trace mode, see
//! [`full_title`]). Put "Fejl: " in front yourself while a form on the page has errors.
//! **Don't** use `leptos_meta::Title` directly: the pre-renderer reads the title from here.

use crate::domain::privacy::StorageMode;
use crate::ui::i18n::I18n;
use leptos::prelude::*;
use std::sync::{Arc, Mutex};

/// The page title as the tab shows it: "Ydelser – Støtteportalen"; in zero-trace mode only
/// the neutral title, so the tab says nothing about what the person reads.
pub fn full_title(text: &str, mode: StorageMode, i18n: I18n) -> String {
    if mode == StorageMode::Nothing {
        return i18n.t("neutral-title");
    }
    let suffix = i18n.t("title-suffix");
    if text.is_empty() {
        suffix
    } else {
        format!("{text} – {suffix}")
    }
}

/// Natively (pre-rendering, tests): the page titles rendered, so the pre-renderer can write
/// the `<title>` (the page's signals are gone once the HTML is written).
#[derive(Clone, Default)]
pub struct TitleRecorder(pub Arc<Mutex<Option<String>>>);

/// The page's title.
#[component]
pub fn PageTitle(#[prop(into)] text: TextProp) -> impl IntoView {
    if let Some(rec) = use_context::<TitleRecorder>() {
        if let Ok(mut t) = rec.0.lock() {
            *t = Some(text.get().to_string());
        }
    }
    view! { <leptos_meta::Title text=text /> }
}
