//! Støtteportalen: a citizen-facing self-service portal for adult social services.
//!
//! `domain` is plain Rust (no web dependencies) and is tested natively with `cargo test`.
//! `ui` is the Leptos app that renders the domain and collects input.

pub mod domain;
pub mod ui;
