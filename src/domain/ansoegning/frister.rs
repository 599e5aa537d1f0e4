//! Dates for the receipt: when a decision can be expected, and the complaint deadline.
//!
//! The domain reads no clock: the UI passes today's date in.
//!
//! - Expected decision: today + the municipality's published processing time for the
//!   service (`processing_times` in seeds/<municipality>/municipality.toml, retssikkerheds-
//!   loven § 3, stk. 2). With several cases, the one for a first application ("første
//!   gang", "ny ansøgning") is used; otherwise the longest (of equally long ones the first
//!   listed). A service without a processing
//!   time in weeks or days gets no date: the municipality decides (nothing is invented).
//! - Complaint deadline: the national fact `klagefrist` (seeds/national/pages/klage.toml,
//!   4 weeks, retssikkerhedsloven § 67) from the day the decision is received.

use crate::domain::content::{self, Catalog, Fact, Frist, Kvalitetsstandard, Source};
use chrono::{Days, NaiveDate};

/// A processing time in days (calendar days), or `None` for "no processing time".
pub fn frist_dage(frist: Frist) -> Option<u64> {
    match frist {
        Frist::Uger(n) => Some(u64::from(n) * 7),
        Frist::Dage(n) => Some(u64::from(n)),
        Frist::Ingen(_) => None,
    }
}

/// `dato` + `dage` calendar days.
pub fn plus_dage(dato: NaiveDate, dage: u64) -> NaiveDate {
    dato.checked_add_days(Days::new(dage)).unwrap_or(dato)
}

/// The expected decision for one service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Forventet {
    /// A date from the municipality's processing time.
    Dato {
        dato: NaiveDate,
        frist: Frist,
        /// The case the time is for (e.g. "Du søger for første gang"), if the table says.
        tilfaelde: Option<&'static str>,
        /// The year of the municipality's table.
        aar: u16,
        kilde: Source,
    },
    /// No published processing time in weeks or days: the municipality decides. The
    /// text is the portal's plain processing-time text (may be empty).
    KommunenAfgoer { tekst: String },
}

/// The expected decision for a service, applied for on `idag`.
pub fn forventet_afgoerelse_i(
    catalog: &Catalog,
    idag: NaiveDate,
    service: &Kvalitetsstandard,
) -> Forventet {
    let tekst = catalog.processing_time_text(service);
    let Some(pt) = catalog.processing_time(service) else {
        return Forventet::KommunenAfgoer { tekst };
    };
    let med_frist: Vec<_> = pt
        .variants
        .iter()
        .filter_map(|v| frist_dage(v.frist).map(|d| (v, d)))
        .collect();
    let foerste_gang = med_frist.iter().find(|(v, _)| {
        v.case.is_some_and(|c| {
            let c = c.to_lowercase();
            c.contains("første gang") || c.contains("ny ansøgning")
        })
    });
    let valgt = foerste_gang
        // The longest; of equally long cases the first listed (a § 101 request gets the
        // drug-treatment case, listed before the alcohol one, not the last of the two).
        .or_else(|| med_frist.iter().rev().max_by_key(|(_, d)| *d))
        .copied();
    match valgt {
        Some((v, dage)) => Forventet::Dato {
            dato: plus_dage(idag, dage),
            frist: v.frist,
            tilfaelde: v.case,
            aar: pt.year,
            kilde: pt.source,
        },
        None => Forventet::KommunenAfgoer { tekst },
    }
}

/// [`forventet_afgoerelse_i`] with the portal's catalogue.
pub fn forventet_afgoerelse(idag: NaiveDate, service: &Kvalitetsstandard) -> Forventet {
    forventet_afgoerelse_i(content::catalog(), idag, service)
}

/// The national complaint deadline (a fact with its year and source).
pub fn klagefrist_fakta() -> Option<&'static Fact> {
    content::page("klage").and_then(|p| p.facts.iter().find(|f| f.id == "klagefrist"))
}

/// The complaint deadline in days from the fact (`"4"` `"uger"` → 28).
pub fn klagefrist_dage(fakta: &Fact) -> Option<u64> {
    let n = u64::try_from(fakta.hundredths / 100).ok()?;
    match fakta.unit {
        "uger" => Some(n * 7),
        "dage" => Some(n),
        _ => None,
    }
}

/// The last day to complain when the decision is received on `modtaget`
/// (4 weeks: received on a Monday → the deadline is the Monday 4 weeks later).
pub fn klagefrist(modtaget: NaiveDate) -> Option<NaiveDate> {
    let dage = klagefrist_dage(klagefrist_fakta()?)?;
    Some(plus_dage(modtaget, dage))
}
