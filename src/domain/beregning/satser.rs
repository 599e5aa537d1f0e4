//! The dated rate tables (seeds/national/rates.toml), compiled in as static data.
//!
//! build.rs validates rates.toml (crates/content-build/src/satser) and generates
//! [`SATSER`]; nothing is parsed at run time. Every table carries its [`Niveau`] (the year
//! it holds for, or the law text's base figures) and its [`Source`]. [`Satser::vaelg`] picks the table for a
//! date: the newest year not after the date's year, and says when that is not the date's
//! own year.

use chrono::{Datelike, NaiveDate};

use crate::domain::content::kinds::Udgiftskategori;
use crate::domain::content::model::Source;
use crate::domain::money::Beloeb;

/// The level a figure holds for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Niveau {
    /// The law text's base figures (no year of their own; never picked by date).
    Lovtekst,
    /// The year the amounts hold for ("2024-niveau").
    Aar(u16),
}

impl Niveau {
    /// The year, if any.
    pub const fn aar(self) -> Option<u16> {
        match self {
            Niveau::Aar(y) => Some(y),
            Niveau::Lovtekst => None,
        }
    }

    /// A stable data spelling: `"2024"` or `"lovtekst"` (for Fluent selectors).
    pub fn tekst(self) -> String {
        match self {
            Niveau::Aar(y) => y.to_string(),
            Niveau::Lovtekst => "lovtekst".to_string(),
        }
    }
}

/// How a threshold is worded by its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Graenseregel {
    /// "mindst": the threshold itself qualifies.
    Mindst,
    /// "overstige": only amounts above the threshold qualify.
    Over,
}

/// `[section100]`: dates and conditions of § 100 common to both regimes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraf100 {
    /// Kompensationsydelse from this day; merudgiftsydelse before it.
    pub ny_ordning_fra: NaiveDate,
    pub ny_ordning_kilde: Source,
    /// Earlier recipients keep merudgiftsydelse until reassessed, at the latest this day.
    pub overgang_senest: NaiveDate,
    pub overgang_kilde: Source,
    pub min_alder: u8,
    pub min_alder_kilde: Source,
    /// Førtidspension granted under the rules before this day excludes (unless § 95/§ 96).
    pub foertidspension_foer: NaiveDate,
    pub foertidspension_kilde: Source,
}

/// One interval of the merudgiftsydelse model (kr. a month, both ends included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub fra: Beloeb,
    pub til: Beloeb,
    pub standard: Beloeb,
}

/// A merudgiftsydelse table (kr. a month).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MerudgiftTabel {
    pub niveau: Niveau,
    /// Nothing below this.
    pub graense: Beloeb,
    /// The yearly threshold, when the source gives it.
    pub graense_aar: Option<Beloeb>,
    pub graense_regel: Graenseregel,
    /// In rising order; neighbours may share one amount (2024: 1.707).
    pub intervaller: &'static [Interval],
    /// Documented expenses above this give the actual expenses.
    pub faktisk_over: Beloeb,
    pub kilde: Source,
}

/// A kompensationsydelse table (kr. a month).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KompensationTabel {
    pub aar: u16,
    /// The likely expenses must be at least this ("bagatelgrænse").
    pub graense: Beloeb,
    pub graense_aar: Option<Beloeb>,
    /// Group 1: a fixed amount.
    pub gruppe1_standard: Beloeb,
    /// Group 2: documented positive-list expenses above this …
    pub gruppe2_over: Beloeb,
    pub gruppe2_over_aar: Option<Beloeb>,
    /// … give the actual expenses plus this.
    pub gruppe2_standard: Beloeb,
    pub kilde: Source,
}

/// The group 2 positive list, as far as it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Positivliste {
    /// Categories known to be on the list.
    pub kendte: &'static [Udgiftskategori],
    /// `false`: other categories are unknown (the municipality decides).
    pub komplet: bool,
    pub kilde: Source,
}

/// Where a daily rate applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Boform {
    /// § 109.
    Krisecenter,
    /// § 110.
    Forsorgshjem,
}

impl Boform {
    /// The paragraph key: `"109"` or `"110"`.
    pub const fn paragraf(self) -> &'static str {
        match self {
            Boform::Krisecenter => "109",
            Boform::Forsorgshjem => "110",
        }
    }
}

/// Egenbetaling per døgn (§ 109/§ 110).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Doegntakst {
    pub boform: Boform,
    pub aar: u16,
    pub beloeb: Beloeb,
    pub kilde: Source,
}

/// § 97, stk. 7: the companion's expenses, most per year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ledsagersats {
    pub niveau: Niveau,
    pub beloeb: Beloeb,
    pub kilde: Source,
}

/// § 108 botilbud: payment for the housing (§ 163, stk. 3), kr. a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Botilbudssats {
    pub aar: u16,
    pub indkomstgraense: Beloeb,
    /// In hundredths of a percent (`1000` = 10 %).
    pub procent_under: i64,
    pub procent_over: i64,
    pub enlig_pensionist_fradrag: Beloeb,
    pub kilde: Source,
}

/// All rate tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Satser {
    pub paragraf100: Option<Paragraf100>,
    /// Law-text level first, then by year.
    pub merudgift: &'static [MerudgiftTabel],
    /// By year.
    pub kompensation: &'static [KompensationTabel],
    pub positivliste: Option<Positivliste>,
    /// By paragraph, then year.
    pub doegntakster: &'static [Doegntakst],
    /// Law-text level first, then by year.
    pub ledsager: &'static [Ledsagersats],
    /// By year.
    pub botilbud: &'static [Botilbudssats],
}

/// How a table was picked for a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Valgt {
    /// The date's own year.
    Aaret,
    /// The data has no table for the date's year: the newest earlier one is used.
    NyesteTidligere,
    /// The data has nothing that early: the earliest table is used.
    FoerData,
}

/// A table picked for a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opslag<T: 'static> {
    pub tabel: &'static T,
    /// The year the table holds for.
    pub aar: u16,
    /// The date's year.
    pub oensket_aar: u16,
    pub valgt: Valgt,
}

/// A date for the generated code (validated by the build).
pub(crate) const fn dato(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("invalid date in rates.toml"),
    }
}

/// The rate tables generated from seeds/national/rates.toml.
pub static SATSER: Satser = include!(concat!(env!("OUT_DIR"), "/satser.rs"));

/// The rate tables of the portal.
pub fn satser() -> &'static Satser {
    &SATSER
}

impl Satser {
    /// No tables at all (what the build generates without a rates.toml).
    pub const TOM: Satser = Satser {
        paragraf100: None,
        merudgift: &[],
        kompensation: &[],
        positivliste: None,
        doegntakster: &[],
        ledsager: &[],
        botilbud: &[],
    };

    /// Picks, among dated tables, the one for `dato`: the newest year ≤ the date's year,
    /// else the earliest. `None` when there are no dated tables.
    pub fn vaelg<T>(
        tabeller: &'static [T],
        aar_af: impl Fn(&T) -> Option<u16>,
        dato: NaiveDate,
    ) -> Option<Opslag<T>> {
        let oensket = u16::try_from(dato.year()).unwrap_or(0);
        let dated = tabeller
            .iter()
            .filter_map(|t| aar_af(t).map(|aar| (aar, t)));
        let newest_before = dated
            .clone()
            .filter(|(aar, _)| *aar <= oensket)
            .max_by_key(|(aar, _)| *aar);
        match newest_before {
            Some((aar, tabel)) => Some(Opslag {
                tabel,
                aar,
                oensket_aar: oensket,
                valgt: if aar == oensket {
                    Valgt::Aaret
                } else {
                    Valgt::NyesteTidligere
                },
            }),
            None => dated
                .min_by_key(|(aar, _)| *aar)
                .map(|(aar, tabel)| Opslag {
                    tabel,
                    aar,
                    oensket_aar: oensket,
                    valgt: Valgt::FoerData,
                }),
        }
    }

    /// The merudgiftsydelse table for a date.
    pub fn merudgift_for(&self, dato: NaiveDate) -> Option<Opslag<MerudgiftTabel>> {
        Self::vaelg(self.merudgift, |t| t.niveau.aar(), dato)
    }

    /// The merudgiftsydelse table of the law text (534/1.000/2.000/2.500).
    pub fn merudgift_lovtekst(&self) -> Option<&'static MerudgiftTabel> {
        let all: &'static [MerudgiftTabel] = self.merudgift;
        all.iter().find(|t| t.niveau == Niveau::Lovtekst)
    }

    /// The merudgiftsydelse table of one year, if the data has it.
    pub fn merudgift_aar(&self, aar: u16) -> Option<&'static MerudgiftTabel> {
        let all: &'static [MerudgiftTabel] = self.merudgift;
        all.iter().find(|t| t.niveau == Niveau::Aar(aar))
    }

    /// The kompensationsydelse table for a date.
    pub fn kompensation_for(&self, dato: NaiveDate) -> Option<Opslag<KompensationTabel>> {
        Self::vaelg(self.kompensation, |t| Some(t.aar), dato)
    }

    /// The daily rate of a boform for a date.
    pub fn doegntakst_for(&self, boform: Boform, dato: NaiveDate) -> Option<Opslag<Doegntakst>> {
        Self::vaelg(
            self.doegntakster,
            |t| (t.boform == boform).then_some(t.aar),
            dato,
        )
    }

    /// The § 97, stk. 7 maximum for a date (dated tables only).
    pub fn ledsager_for(&self, dato: NaiveDate) -> Option<Opslag<Ledsagersats>> {
        Self::vaelg(self.ledsager, |t| t.niveau.aar(), dato)
    }

    /// The § 97, stk. 7 figure of the law text (663), if the data has it.
    pub fn ledsager_lovtekst(&self) -> Option<&'static Ledsagersats> {
        let all: &'static [Ledsagersats] = self.ledsager;
        all.iter().find(|t| t.niveau == Niveau::Lovtekst)
    }

    /// The § 108 rates for a date.
    pub fn botilbud_for(&self, dato: NaiveDate) -> Option<Opslag<Botilbudssats>> {
        Self::vaelg(self.botilbud, |t| Some(t.aar), dato)
    }

    /// Whether a category is known to be on the group 2 positive list.
    pub fn positivliste_status(&self, kategori: Udgiftskategori) -> Positivstatus {
        match &self.positivliste {
            Some(p) if p.kendte.contains(&kategori) => Positivstatus::Ja,
            Some(p) if p.komplet => Positivstatus::Nej,
            _ => Positivstatus::Ukendt,
        }
    }
}

/// Whether an expense category is on the group 2 positive list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Positivstatus {
    /// Known to be on the list.
    Ja,
    /// Known not to be on it (only when the data holds the complete list).
    Nej,
    /// Not known: the municipality decides.
    Ukendt,
}

impl Positivstatus {
    /// Data spelling for Fluent selectors: `"yes"`, `"no"`, `"unknown"`.
    pub const fn tekst(self) -> &'static str {
        match self {
            Positivstatus::Ja => "yes",
            Positivstatus::Nej => "no",
            Positivstatus::Ukendt => "unknown",
        }
    }
}
