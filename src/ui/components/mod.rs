//! Components shared by every page: one component per UI pattern. Pages compose them and
//! never copy their markup.

mod title;

pub use title::{full_title, PageTitle, TitleRecorder};
