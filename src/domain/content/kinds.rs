//! The closed sets of the content format (seeds/FORMAT.md) as enums: the same types the
//! build reads seeds/ with (crates/content-build/src/kinds.rs), so the generated data and
//! the model share them.

pub use content_build::kinds::*;
