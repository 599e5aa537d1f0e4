//! Server-side rendering of a page to HTML (native builds only): the pre-renderer
//! (src/bin/prerender.rs) and the native tests use it. The browser hydrates this markup.

use super::components::{full_title, TitleRecorder};
use super::i18n::{I18n, Lang};
use super::{shell::APP_SECTIONS, App};
use crate::domain::privacy::StorageMode;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

/// One rendered page.
pub struct Page {
    /// The document title as the app sets it (`… – Støtteportalen`).
    pub title: String,
    /// The markup of `<body>`, with Leptos' hydration markers.
    pub body: String,
}

/// Renders the app at `path` (a path with an optional query) to HTML.
pub fn render(path: &str) -> Page {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(path));
        let (meta, _head) = ServerMetaContext::new();
        provide_context(meta);
        let recorder = TitleRecorder::default();
        provide_context(recorder.clone());
        let body = view! { <App /> }.to_html();
        // What the tab shows, as `App`'s title formatter makes it (nothing is stored while
        // pre-rendering, so the mode is the default).
        let text = recorder
            .0
            .lock()
            .ok()
            .and_then(|t| t.clone())
            .unwrap_or_default();
        let i18n = I18n {
            lang: RwSignal::new(Lang::from_path(path).unwrap_or(Lang::Da)),
        };
        let title = full_title(&text, StorageMode::Memory, i18n);
        Page { title, body }
    })
}

/// The body of app.html: the portal's bar and "the page is loading" ([`super::LoadingApp`]),
/// replaced by the app once it has loaded (src/main.rs). Plain markup: it is not hydrated.
pub fn render_loading() -> String {
    let owner = Owner::new();
    owner.with(|| {
        // app.html's own address: no link in it is the current page.
        provide_context(RequestUrl::new("/app.html"));
        let (meta, _head) = ServerMetaContext::new();
        provide_context(meta);
        view! { <super::LoadingApp /> }.to_html()
    })
}

/// The portal-internal links (`href="/…"`) of a rendered page, without query or fragment,
/// in the order they appear.
pub fn internal_links(html: &str) -> Vec<String> {
    let mut links = Vec::new();
    for part in html.split("href=\"").skip(1) {
        let Some(href) = part.split('"').next() else {
            continue;
        };
        if !href.starts_with('/') || href.starts_with("//") {
            continue;
        }
        let path = href.split(['?', '#']).next().unwrap_or("/");
        let path = path.trim_end_matches('/');
        let path = if path.is_empty() { "/" } else { path };
        if !links.iter().any(|l| l == path) {
            links.push(path.to_string());
        }
    }
    links
}

/// Whether the pre-renderer follows a link: every page except files, the pages below an
/// app section (only a section's own start page is rendered ahead), and the pages of a
/// municipality without data of its own (96 municipalities × the paragraph pages would be
/// thousands of pages that differ only in the name: those addresses are served by the app
/// shell, app.html, and rendered in the browser).
pub fn follow(path: &str) -> bool {
    let file = path
        .rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'));
    let below_app = APP_SECTIONS
        .iter()
        .any(|s| path.starts_with(&format!("{s}/")));
    let uden_data = crate::ui::i18n::danish_address(path)
        .strip_prefix("/ydelser/")
        .and_then(|rest| rest.split('/').next())
        .and_then(crate::domain::content::municipality)
        .is_some_and(|m| !m.own_data);
    !file && !below_app && !uden_data
}
