//! Støtteportalen's content format (seeds/FORMAT.md): reading, validating and
//! code-generating the content in seeds/.
//!
//! build.rs uses this crate (a build-dependency) to turn seeds/ into Rust source (static
//! data, no parser in the wasm); the content tests use it too (a dev-dependency), so
//! `cargo test` runs exactly the rules the build runs. The app itself uses only [`kinds`]
//! (the closed sets, without the `build` feature).
//!
//! - [`kinds`]: the closed sets of the format as enums (shared with the app);
//! - `schema`: the raw (deserialized) types, one-to-one with the format;
//! - `parse`: reading the files ([`load`], [`parse`]);
//! - `text`: the text rules (numbers, amounts, durations, citations);
//! - `validate`: the rules ([`validate()`]), one child module per kind of file;
//! - `english`: seeds/en/, the English files checked against the Danish ones ([`load_both`]);
//! - `generate`: the catalogue as Rust ([`generate()`]);
//! - [`satser`]: seeds/national/rates.toml (types, rules, generated Rust);
//! - `sample`: a small sample catalogue for the tests ([`SAMPLE`], [`sample_files`]).
//!
//! Every error names the file (as `seeds/<relative path>`) and the field, e.g.
//! `seeds/viborg/services/ledsageordning.toml: field "criteria.min_age": …`.

pub mod kinds;

#[cfg(feature = "build")]
mod english;
#[cfg(feature = "build")]
mod error;
#[cfg(feature = "build")]
mod generate;
#[cfg(feature = "build")]
mod parse;
#[cfg(feature = "build")]
mod sample;
#[cfg(feature = "build")]
pub mod satser;
#[cfg(feature = "build")]
mod schema;
#[cfg(feature = "build")]
mod text;
#[cfg(feature = "build")]
mod validate;

#[cfg(feature = "build")]
pub use english::*;
#[cfg(feature = "build")]
pub use error::*;
#[cfg(feature = "build")]
pub use generate::*;
#[cfg(feature = "build")]
pub use parse::*;
#[cfg(feature = "build")]
pub use sample::*;
#[cfg(feature = "build")]
pub use schema::*;
#[cfg(feature = "build")]
pub use text::*;
#[cfg(feature = "build")]
pub use validate::*;
