//! The one place for browser work (only in event handlers and effects, only on wasm; the
//! native build gets stand-ins): today's date, downloads (gloo-file's Blob and ObjectUrl,
//! a temporary `<a download>`), reading a chosen file (gloo-file), printing, `<html lang>`,
//! the "leave the page?" warning (a window listener owned by the component that asks,
//! removed with it), focus (through a component's `NodeRef`, or by id after the next
//! frame for an element not yet rendered), and running work after the next paint.
//!
//! Not gloo-storage: its `LocalStorage::raw()` throws when the browser blocks storage
//! (cookies blocked: a SecurityError), and its get/set store JSON, not our texts; the
//! storage module keeps web-sys' `Option` path, which degrades to memory instead.

#[cfg(target_arch = "wasm32")]
mod web {
    use crate::domain::ansoegning::fil::{FilFejl, MAKS_BYTES};
    use chrono::{NaiveDate, NaiveDateTime};
    use wasm_bindgen::JsCast;

    fn document() -> Option<web_sys::Document> {
        web_sys::window()?.document()
    }

    pub fn idag() -> NaiveDate {
        let d = js_sys::Date::new_0();
        NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
            .unwrap_or_default()
    }

    pub fn nu_utc() -> NaiveDateTime {
        let d = js_sys::Date::new_0();
        NaiveDate::from_ymd_opt(
            d.get_utc_full_year() as i32,
            d.get_utc_month() + 1,
            d.get_utc_date(),
        )
        .and_then(|x| x.and_hms_opt(d.get_utc_hours(), d.get_utc_minutes(), d.get_utc_seconds()))
        .unwrap_or_default()
    }

    /// Offers `tekst` as a file to save, named `navn` (a Blob, its object URL and a
    /// temporary `<a download>`; the URL is revoked a few seconds later).
    pub fn hent(navn: &str, mime: &str, tekst: &str) {
        let blob = gloo_file::Blob::new_with_options(tekst, Some(mime));
        let url = gloo_file::ObjectUrl::from(blob);
        let run = || -> Option<()> {
            let doc = document()?;
            let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
            a.set_href(&url);
            a.set_download(navn);
            a.set_hidden(true);
            doc.body()?.append_child(&a).ok()?;
            a.click();
            a.remove();
            Some(())
        };
        let _ = run();
        // Dropping the ObjectUrl revokes it; the browser has started the download by then.
        leptos::prelude::set_timeout(move || drop(url), std::time::Duration::from_secs(5));
    }

    /// `<html lang>`: the language of the page as it is now.
    pub fn set_html_lang(code: &str) {
        if let Some(el) = document().and_then(|d| d.document_element()) {
            let _ = el.set_attribute("lang", code);
        }
    }

    pub fn udskriv() {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }

    /// Reads the file chosen in an `<input type=file>` (the change event): refuses a file
    /// over the size limit without reading it.
    pub fn laes_valgt(ev: &web_sys::Event, svar: impl FnOnce(Result<String, FilFejl>) + 'static) {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // The same file can be chosen again after an error.
        input.set_value("");
        if file.size() > MAKS_BYTES as f64 {
            svar(Err(FilFejl::ForStor));
            return;
        }
        let file = gloo_file::File::from(file);
        leptos::task::spawn_local(async move {
            let tekst = gloo_file::futures::read_as_text(&file).await;
            svar(tekst.map_err(|_| FilFejl::IkkeJson));
        });
    }

    /// Asks before the page is left while `ugemt()` says there is unsaved work. The
    /// listener belongs to the current reactive owner (call it in a component or an
    /// effect) and is removed with it.
    pub fn advar_ved_forlad(ugemt: impl Fn() -> bool + 'static) {
        use leptos::prelude::{on_cleanup, window_event_listener};
        let handle = window_event_listener(leptos::ev::beforeunload, move |ev| {
            if ugemt() {
                ev.prevent_default();
                ev.set_return_value("");
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// The length of the pasted text (UTF-16 units, as `maxlength` counts).
    pub fn indsat_laengde(ev: &web_sys::ClipboardEvent) -> usize {
        ev.clipboard_data()
            .and_then(|d| d.get_data("text").ok())
            .map(|t| t.encode_utf16().count())
            .unwrap_or(0)
    }

    /// The length of the text field's value and of its selection (UTF-16 units, as
    /// `maxlength` counts), from an event on the field.
    pub fn tekst_og_markering(ev: &web_sys::Event) -> (usize, usize) {
        let Some(t) = ev.target() else {
            return (0, 0);
        };
        let (value, start, end) = if let Some(i) = t.dyn_ref::<web_sys::HtmlInputElement>() {
            (
                i.value(),
                i.selection_start().ok().flatten(),
                i.selection_end().ok().flatten(),
            )
        } else if let Some(a) = t.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            (
                a.value(),
                a.selection_start().ok().flatten(),
                a.selection_end().ok().flatten(),
            )
        } else {
            return (0, 0);
        };
        let marked = match (start, end) {
            (Some(s), Some(e)) if e > s => (e - s) as usize,
            _ => 0,
        };
        (value.encode_utf16().count(), marked)
    }

    pub fn focus(id: &str) {
        if let Some(el) = document()
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    }

    /// Focus after the next frame: for an element that the same change of state adds (it
    /// is not in the document yet, so no `NodeRef` holds it; e.g. the next page's heading,
    /// the error summary, a calculation's result).
    pub fn focus_later(id: impl Into<String>) {
        let id = id.into();
        leptos::prelude::request_animation_frame(move || focus(&id));
    }

    /// Run `f` in a task after the next paint (an animation frame, then a zero timeout:
    /// the frame's callbacks run before it is painted, the timeout after).
    pub fn after_paint(f: impl FnOnce() + 'static) {
        leptos::prelude::request_animation_frame(move || {
            leptos::prelude::set_timeout(f, std::time::Duration::ZERO)
        });
    }

    /// Focus the element a component holds through a `NodeRef` (if it is rendered).
    pub fn focus_ref<E>(r: leptos::prelude::NodeRef<E>)
    where
        E: leptos::tachys::html::element::ElementType,
        E::Output: JsCast + Clone + 'static,
    {
        use leptos::prelude::GetUntracked;
        if let Some(el) = r.get_untracked() {
            if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::*;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    //! Native builds (tests, pre-rendering): no browser.
    use crate::domain::ansoegning::fil::FilFejl;
    use chrono::{NaiveDate, NaiveDateTime};

    pub fn idag() -> NaiveDate {
        NaiveDate::default()
    }
    pub fn nu_utc() -> NaiveDateTime {
        NaiveDateTime::default()
    }
    pub fn hent(_: &str, _: &str, _: &str) {}
    pub fn udskriv() {}
    pub fn set_html_lang(_: &str) {}
    pub fn laes_valgt(_: &leptos::ev::Event, _: impl FnOnce(Result<String, FilFejl>) + 'static) {}
    pub fn advar_ved_forlad(_: impl Fn() -> bool + 'static) {}
    pub fn indsat_laengde(_: &leptos::ev::ClipboardEvent) -> usize {
        0
    }
    pub fn tekst_og_markering(_: &leptos::ev::Event) -> (usize, usize) {
        (0, 0)
    }
    pub fn focus(_: &str) {}
    pub fn focus_later(_: impl Into<String>) {}
    pub fn after_paint(_: impl FnOnce() + 'static) {}
    pub fn focus_ref<E>(_: leptos::prelude::NodeRef<E>)
    where
        E: leptos::tachys::html::element::ElementType,
        E::Output: 'static,
    {
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
