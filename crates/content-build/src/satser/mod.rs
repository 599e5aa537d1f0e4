//! `seeds/national/rates.toml`: the dated rate tables of the calculators (see the file's
//! header for the format): the raw types (one-to-one with the file), their validation
//! ([`validate`]) and the generated Rust ([`generate()`]), an expression of type `Satser`
//! (src/domain/beregning/satser.rs). Errors name the file and the field.

mod generate;
mod validate;

pub use generate::generate;
pub(crate) use validate::validate;

use serde::Deserialize;

use crate::kinds::{Lov, Udgiftskategori};
use crate::RawSource;

// ---------------------------------------------------------------------------------------
// Raw types: one-to-one with rates.toml
// ---------------------------------------------------------------------------------------

/// rates.toml.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSatser {
    pub section100: RawSection100,
    #[serde(default)]
    pub merudgift: Vec<RawMerudgift>,
    #[serde(default)]
    pub kompensation: Vec<RawKompensation>,
    pub positive_list: RawPositiveList,
    #[serde(default)]
    pub daily_rate: Vec<RawDailyRate>,
    #[serde(default)]
    pub companion: Vec<RawCompanion>,
    #[serde(default)]
    pub housing: Vec<RawHousing>,
}

/// `[section100]`: the dates and conditions of § 100 that hold for both regimes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection100 {
    /// `"2025-09-01"`: kompensationsydelse from this day, merudgiftsydelse before it.
    pub new_rules_from: String,
    pub new_rules_source: RawSource,
    /// `"2027-09-01"`: earlier recipients keep merudgiftsydelse until reassessed, at the
    /// latest this day.
    pub transition_until: String,
    pub transition_source: RawSource,
    pub min_age: u8,
    pub min_age_source: RawSource,
    /// `"2003-01-01"`: førtidspension granted under the rules before this day excludes.
    pub early_pension_before: String,
    pub early_pension_source: RawSource,
}

/// `law = { law = "serviceloven", paragraph = "100", stk = 3 }`: the provision a table
/// rests on (`stk` only where a source names it).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLaw {
    pub law: Lov,
    pub paragraph: String,
    #[serde(default)]
    pub stk: Option<u8>,
}

/// `[[merudgift]]`: one table of the interval model (kr. a month).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMerudgift {
    /// The year the amounts hold for; or leave it out and give `level = "lovtekst"`.
    #[serde(default)]
    pub year: Option<u16>,
    #[serde(default)]
    pub level: Option<String>,
    /// The day the table takes effect (`"2024-01-01"`); not for `level = "lovtekst"`.
    #[serde(default)]
    pub from: Option<String>,
    pub threshold: String,
    #[serde(default)]
    pub threshold_year: Option<String>,
    /// `"at-least"` (the threshold itself qualifies) or `"above"` (the source says
    /// "overstige": it does not).
    pub threshold_rule: String,
    #[serde(default)]
    pub interval: Vec<RawInterval>,
    /// Documented expenses above this give the actual expenses.
    pub actual_above: String,
    pub law: RawLaw,
    pub source: RawSource,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInterval {
    pub from: String,
    pub to: String,
    pub standard: String,
}

/// `[[kompensation]]`: the kompensationsydelse amounts of one year (kr. a month).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKompensation {
    pub year: u16,
    /// The day the table takes effect (`"2025-09-01"`).
    pub from: String,
    pub threshold: String,
    #[serde(default)]
    pub threshold_year: Option<String>,
    pub group1_standard: String,
    pub group2_above: String,
    #[serde(default)]
    pub group2_above_year: Option<String>,
    pub group2_standard: String,
    pub law: RawLaw,
    pub source: RawSource,
}

/// `[positive_list]`: the expense categories known to be on the group 2 positive list.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPositiveList {
    pub known: Vec<Udgiftskategori>,
    /// `false`: the list is not complete here; other categories are "unknown".
    pub complete: bool,
    pub law: RawLaw,
    pub source: RawSource,
}

/// `[[daily_rate]]`: egenbetaling per døgn (§ 109 krisecenter, § 110 forsorgshjem).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDailyRate {
    pub paragraph: String,
    pub year: u16,
    /// The day the table takes effect (`"2025-09-01"`).
    pub from: String,
    pub amount: String,
    pub law: RawLaw,
    pub source: RawSource,
}

/// `[[companion]]`: § 97, stk. 7, the companion's expenses, most per year.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCompanion {
    #[serde(default)]
    pub year: Option<u16>,
    #[serde(default)]
    pub level: Option<String>,
    /// The day the table takes effect (`"2024-01-01"`); not for `level = "lovtekst"`.
    #[serde(default)]
    pub from: Option<String>,
    pub amount: String,
    pub law: RawLaw,
    pub source: RawSource,
}

/// `[[housing]]`: § 108 botilbud, payment for the housing (§ 163, stk. 3).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHousing {
    pub year: u16,
    /// The day the table takes effect (`"2025-09-01"`).
    pub from: String,
    pub income_limit: String,
    pub percent_below: String,
    pub percent_above: String,
    pub single_pensioner_reduction: String,
    pub law: RawLaw,
    pub source: RawSource,
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// `"2025-09-01"` → (2025, 9, 1), checking the calendar.
pub fn parse_date(s: &str) -> Option<(u16, u8, u8)> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (d >= 1 && d <= days).then_some((y, m, d))
}

/// The level word for the law text's base figures.
pub const LOVTEKST: &str = "lovtekst";
