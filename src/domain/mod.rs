//! The domain: content model, rules, money, rates, calculators, deadlines.
//! No Leptos, no web-sys, no browser APIs here.

pub mod ansoegning;
pub mod beregning;
pub mod content;
pub mod dato;
pub mod folkepension;
pub mod money;
pub mod privacy;
pub mod screener;
