//! Components shared by every page: one component per UI pattern. Pages compose them and
//! never copy their markup.

mod after_paint;
mod error_summary;
mod form;
mod needs_js;
pub mod read_aloud;
mod steps;
mod title;
mod wayfinding;

pub use after_paint::AfterPaint;
pub use error_summary::{
    focus_error_summary, ErrorLink, ErrorSummary, ErrorTarget, ERROR_SUMMARY_ID,
};
pub use form::{
    described_by, error_id, hint_id, Checkbox, Choice, Choices, ErrorMessage, Field,
    MunicipalitySelect, QuestionHeading, TextInput,
};
pub use needs_js::{NeedsJavaScript, APP_SECTIONS};
pub use read_aloud::ReadAloud;
pub use steps::{Step, StepIndicator, StepState};
pub use title::{full_title, PageTitle, TitleRecorder};
pub use wayfinding::{BackLink, Breadcrumbs};

/// Asserts that the rendered HTML holds every one of `parts` (and shows the HTML when not).
#[cfg(test)]
pub(crate) fn assert_contains(html: &str, parts: &[&str]) {
    for part in parts {
        assert!(html.contains(part), "{part:?} is not in {html}");
    }
}

/// Asserts that the rendered HTML holds none of `parts`.
#[cfg(test)]
pub(crate) fn assert_lacks(html: &str, parts: &[&str]) {
    for part in parts {
        assert!(!html.contains(part), "{part:?} is in {html}");
    }
}

/// A view rendered to HTML as the components' tests read it: Danish texts, the address
/// `path` (for a `Router` inside the view), and without the hydration markers (`<!>`), the
/// markup a browser parses.
#[cfg(test)]
pub(crate) fn render_html<V: leptos::prelude::IntoView + 'static>(
    path: &str,
    f: impl FnOnce() -> V,
) -> String {
    use leptos::prelude::*;
    let owner = Owner::new();
    owner
        .with(|| {
            provide_context(crate::ui::i18n::I18n {
                lang: RwSignal::new(crate::ui::i18n::Lang::Da),
            });
            provide_context(leptos_router::location::RequestUrl::new(path));
            f().to_html()
        })
        .replace("<!>", "")
}
