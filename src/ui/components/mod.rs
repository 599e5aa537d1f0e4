//! Components shared by every page: one component per UI pattern. Pages compose them and
//! never copy their markup.

mod error_summary;
pub mod read_aloud;
mod title;
mod wayfinding;

pub use error_summary::{
    focus_error_summary, ErrorLink, ErrorSummary, ErrorTarget, ERROR_SUMMARY_ID,
};
pub use read_aloud::ReadAloud;
pub use title::{full_title, PageTitle, TitleRecorder};
pub use wayfinding::{BackLink, Breadcrumbs};
