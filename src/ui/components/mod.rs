//! Components shared by every page: one component per UI pattern. Pages compose them and
//! never copy their markup.

mod error_summary;
mod form;
mod needs_js;
pub mod read_aloud;
mod steps;
mod title;
mod wayfinding;

pub use error_summary::{
    focus_error_summary, ErrorLink, ErrorSummary, ErrorTarget, ERROR_SUMMARY_ID,
};
pub use form::{
    described_by, error_id, hint_id, Checkbox, Choice, Choices, ErrorMessage, Field,
    QuestionHeading, TextInput,
};
pub use needs_js::{NeedsJavaScript, APP_SECTIONS};
pub use read_aloud::ReadAloud;
pub use steps::{Step, StepIndicator, StepState};
pub use title::{full_title, PageTitle, TitleRecorder};
pub use wayfinding::{BackLink, Breadcrumbs};
