//! The one place for browser work (only in event handlers and effects, only on wasm; the
//! native build gets stand-ins): today's date, downloads (Blob + object URL + a temporary
//! `<a download>`), reading a chosen file, printing, the "leave the page?" warning (a
//! window listener owned by the component that asks, removed with it), and focus.

#[cfg(target_arch = "wasm32")]
mod web {
    use crate::domain::ansoegning::fil::{FilFejl, MAKS_BYTES};
    use chrono::{NaiveDate, NaiveDateTime};
    use wasm_bindgen::prelude::*;
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

    pub fn hent(navn: &str, mime: &str, tekst: &str) {
        let run = || -> Option<()> {
            let parts = js_sys::Array::of1(&JsValue::from_str(tekst));
            let opts = web_sys::BlobPropertyBag::new();
            opts.set_type(mime);
            let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
            let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
            let doc = document()?;
            let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
            a.set_href(&url);
            a.set_download(navn);
            a.set_hidden(true);
            doc.body()?.append_child(&a).ok()?;
            a.click();
            a.remove();
            leptos::prelude::set_timeout(
                move || {
                    let _ = web_sys::Url::revoke_object_url(&url);
                },
                std::time::Duration::from_secs(5),
            );
            Some(())
        };
        let _ = run();
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
        let Ok(reader) = web_sys::FileReader::new() else {
            return;
        };
        let r2 = reader.clone();
        let onload = Closure::once_into_js(move || {
            let tekst = r2.result().ok().and_then(|v| v.as_string());
            svar(tekst.ok_or(FilFejl::IkkeJson));
        });
        reader.set_onload(Some(onload.unchecked_ref()));
        let _ = reader.read_as_text(&file);
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

    /// Focus after the next frame: for an element a view has just added.
    pub fn focus_later(id: impl Into<String>) {
        let id = id.into();
        leptos::prelude::request_animation_frame(move || focus(&id));
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
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
