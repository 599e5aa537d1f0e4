//! Errors: every one names the file (`seeds/<relative path>`) and the field.

use std::fmt;

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// `seeds/<relative path>`.
    pub path: String,
    /// Dotted field path (`criteria.min_age`, `facts[0].year`), or empty for a whole file.
    pub field: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.path, self.message)
        } else {
            write!(
                f,
                "{}: field \"{}\": {}",
                self.path, self.field, self.message
            )
        }
    }
}

/// All errors, one per line.
pub fn report(errors: &[ContentError]) -> String {
    errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

pub(crate) fn err(
    path: &str,
    field: impl Into<String>,
    message: impl Into<String>,
) -> ContentError {
    ContentError {
        path: path.to_string(),
        field: field.into(),
        message: message.into(),
    }
}
