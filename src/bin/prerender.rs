//! Renders the portal's pages to HTML at build time, natively, with the same components the
//! browser hydrates (Leptos server-side rendering). `scripts/prerender.mjs` runs it after
//! Trunk and writes the files.
//!
//!   cargo run --bin prerender -- [START_PATH ...]
//!
//! Starting at the given paths (default: the front page), it renders each page, follows every
//! link inside the portal that is not below an app section, and prints one JSON object per
//! line: `{"path": "/ydelser", "title": "...", "body": "<...>"}` (after a first line
//! `{"loading": "<...>"}`, the body of app.html). The body is exactly what
//! `leptos::mount::hydrate_body` expects to find in `<body>`: the browser adopts these
//! elements instead of replacing them, so nothing a person typed, chose or focused before
//! the app was ready is lost.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::collections::{BTreeSet, VecDeque};
    use std::io::Write;

    let mut start: Vec<String> = std::env::args().skip(1).collect();
    if start.is_empty() {
        start.push("/".into());
    }
    let mut seen: BTreeSet<String> = start.iter().cloned().collect();
    let mut queue: VecDeque<String> = start.into_iter().collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    // First line: the body of app.html (what an address that is not pre-rendered shows
    // until the app has loaded).
    let loading = serde_json::json!({ "loading": stotteportalen::ui::prerender::render_loading() });
    writeln!(out, "{loading}").expect("stdout");
    while let Some(path) = queue.pop_front() {
        let page = stotteportalen::ui::prerender::render(&path);
        for link in stotteportalen::ui::prerender::internal_links(&page.body) {
            if stotteportalen::ui::prerender::follow(&link) && seen.insert(link.clone()) {
                queue.push_back(link);
            }
        }
        let line = serde_json::json!({
            "path": path,
            "title": page.title,
            "body": page.body,
        });
        writeln!(out, "{line}").expect("stdout");
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
