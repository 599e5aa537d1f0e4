//! Beregn: the § 100 calculator (both regimes), the what-if series and the co-payment
//! estimates (§ 109/§ 110 per døgn, § 97 companion expenses, § 108 housing share).
//!
//! Every calculator takes a date, picks the rate table for it from [`satser::SATSER`]
//! (the newest year not after the date, and says so when it is an earlier year) and
//! returns an amount plus a trail of [`Trin`]: Fluent message ids with arguments, the
//! rates used with their year and source. Nothing here is UI text; nothing here reads a
//! clock. Amounts are [`Beloeb`](crate::domain::money::Beloeb) (whole øre).
//!
//! Where the source tables overlap or disagree at a boundary (2024: 1.707 kr. ends
//! interval 1 and starts interval 2; Viborg 2019 says "overstige" 545 kr. but its interval
//! starts at 545 kr.), the result is a range of amounts ([`Spaend`]) and the trail says
//! why: the calculator never silently picks.

pub mod egenbetaling;
pub mod gemt;
pub mod hvis;
pub mod p100;
pub mod satser;
pub mod trin;

pub use egenbetaling::{
    beregn_botilbudsbetaling, beregn_doegnbetaling, beregn_ledsagerudgifter, Botilbudsbetaling,
    Botilbudsoplysninger, Doegnbetaling, Ledsagerudgifter,
};
pub use gemt::{Gemt100, GemtFejl};
pub use hvis::{hvis_serie, Hvisserie, Markering, Punkt};
pub use p100::{
    beregn_100, beregn_kompensation, beregn_merudgift, beregn_merudgift_med_tabel, ordning_for,
    Beregning100, Betingelse, Foertidspension, Folkepension, Grundlag, Gruppe, Kandidat,
    KompensationUdfald, Linje, MerudgiftUdfald, Opgoerelse, Oplysninger100, Ordning, Periode,
    Person, Spaend, Udfald100, Udgift, Vurdering,
};
pub use satser::{
    satser, Boform, Botilbudssats, Doegntakst, Graenseregel, Hjemmel, Interval, KompensationTabel,
    Ledsagersats, MerudgiftTabel, Niveau, Opslag, Paragraf100, Positivliste, Positivstatus,
    Retskilde, Satser, Valgt, SATSER,
};
pub use trin::{Arg, Art, Sats, SatsFejl, Trin, Vaerdi};

pub use crate::domain::content::kinds::Udgiftskategori;

use crate::domain::content::model::Source;
use satser::Opslag as TabelOpslag;

/// The step that says which year's rates are used: the date's own year, the newest
/// earlier year, or (before all data) the earliest year. `tabel` names the table for the
/// message (`"merudgift"`, `"kompensation"`, `"109"`, `"110"`, `"97"`, `"108"`).
pub(crate) fn aar_trin<T>(opslag: &TabelOpslag<T>, tabel: &'static str, kilde: Source) -> Trin {
    let (id, art) = match opslag.valgt {
        Valgt::Aaret => ("calc-rates-year", Art::Grundlag),
        Valgt::NyesteTidligere => ("calc-rates-newest-earlier", Art::Advarsel),
        Valgt::FoerData => ("calc-rates-before-data", Art::Advarsel),
    };
    Trin::ny(id, art)
        .valg("tabel", tabel)
        .arg("aar", Arg::Aar(opslag.oensket_aar))
        .arg("brugt", Arg::Aar(opslag.aar))
        .kilde(kilde)
}

/// The closing note of every calculation: an estimate, the municipality decides.
pub(crate) fn skoen_trin() -> Trin {
    Trin::ny("calc-estimate", Art::Note)
}

/// Every Fluent message id the calculators and the money parser can produce (for the
/// UI's locale files and their tests).
pub const FLUENT_IDS: &[&str] = &[
    // money
    "money-error-empty",
    "money-error-negative",
    "money-error-letters",
    "money-error-invalid-character",
    "money-error-multiple-commas",
    "money-error-too-many-decimals",
    "money-error-decimal-point",
    "money-error-grouping",
    "money-error-too-large",
    // shared
    "calc-error-no-rates",
    "calc-rates-year",
    "calc-rates-newest-earlier",
    "calc-rates-before-data",
    "calc-rates-law-text",
    "calc-estimate",
    "calc-result",
    "calc-result-range",
    "calc-result-none",
    // § 100
    "calc-regime-merudgift",
    "calc-regime-kompensation",
    "calc-condition-age",
    "calc-condition-pension-age",
    "calc-condition-early-pension",
    "calc-conditions-assumed",
    "calc-excluded",
    "calc-expense-line",
    "calc-expense-total",
    "calc-normal-spending",
    "calc-normal-spending-positive-list",
    "calc-net-total",
    "calc-threshold-met",
    "calc-threshold-below",
    "calc-threshold-wording",
    "calc-merudgift-interval",
    "calc-merudgift-gap",
    "calc-merudgift-overlap",
    "calc-merudgift-actual",
    "calc-merudgift-document-needed",
    "calc-group1",
    "calc-group2",
    "calc-group2-not-reached",
    "calc-group2-needs-documentation",
    "calc-positive-list-unknown",
    "calc-check-large-amount",
    "calc-group2-if-approved",
    "calc-choice",
    "calc-tax-free",
    "calc-transition-new-rules",
    "calc-transition-keep",
    "calc-transition-ended",
    "calc-category-medicin",
    "calc-category-befordring",
    "calc-category-kost",
    "calc-category-toej",
    "calc-category-haandsraekninger",
    "calc-category-vask",
    "calc-category-kurser",
    "calc-category-andet",
    // what-if
    "calc-whatif-assumption",
    "calc-marker-threshold",
    "calc-marker-interval",
    "calc-marker-overlap",
    "calc-marker-actual",
    "calc-marker-group2",
    // § 109/§ 110
    "calc-daily-rate",
    "calc-daily-total",
    "calc-daily-covers",
    "calc-daily-food-laundry",
    "calc-daily-year-change",
    // § 97
    "calc-companion-max",
    "calc-companion-covered",
    "calc-companion-above-max",
    "calc-companion-law-text",
    // § 108
    "calc-housing-income",
    "calc-housing-single-pensioner",
    "calc-housing-below",
    "calc-housing-above",
    "calc-housing-sum",
    "calc-housing-capped",
    "calc-housing-under-cap",
    "calc-housing-cap-unknown",
    "calc-housing-services-extra",
    "calc-rough-estimate",
];

/// Every rate id ([`Sats::id`]); the UI names a rate with `"calc-rate-" + id`.
pub const SATS_IDS: &[&str] = &[
    "merudgift-threshold",
    "merudgift-standard",
    "merudgift-actual-above",
    "kompensation-threshold",
    "kompensation-group1",
    "kompensation-group2-above",
    "kompensation-group2-standard",
    "daily-rate",
    "companion-max",
    "companion-law-text",
    "housing-income-limit",
    "housing-percent-below",
    "housing-percent-above",
    "housing-single-pensioner",
];
