//! The dated rate tables (seeds/national/rates.toml), compiled in as static data.
//!
//! build.rs validates rates.toml (crates/content-build/src/satser) and generates
//! [`SATSER`]; nothing is parsed at run time. Like OpenFisca's and PolicyEngine's
//! parameters, every table is keyed by the day it takes effect (`fra`) and carries its
//! legal reference ([`Hjemmel`]: law, §, stk.) and its [`Source`] (document and section;
//! the document gives the year and the address, see [`Satser::retskilde`]), besides its
//! [`Niveau`] (the year it holds for, or the law text's base figures, which take no effect
//! by date). [`Satser::vaelg`] picks the table in force on a date (the newest `fra` not
//! after it) and says when that is not the date's own year's level.

use chrono::{Datelike, NaiveDate};

use crate::domain::content::kinds::{Lov, Udgiftskategori};
use crate::domain::content::model::{Document, Source};
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

/// The provision a table rests on: law, § and (where a source names it) stk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hjemmel {
    pub lov: Lov,
    /// The paragraph number (`"100"`, `"163"`).
    pub paragraf: &'static str,
    pub stk: Option<u8>,
}

/// A table's full legal reference: the provision, the source document and section, and
/// the document's year and address where the sources give them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retskilde {
    pub hjemmel: Hjemmel,
    pub kilde: Source,
    /// The document (its title, publisher, year and address), when the catalogue has it.
    pub dokument: Option<&'static Document>,
}

impl Retskilde {
    /// The document's year, when the sources state one.
    pub fn aar(&self) -> Option<u16> {
        self.dokument.and_then(|d| d.year)
    }

    /// The document's address, when a source gives one.
    pub fn link(&self) -> Option<&'static str> {
        self.dokument.and_then(|d| d.url)
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
    /// The day the table takes effect; `None` for the law text's figures.
    pub fra: Option<NaiveDate>,
    /// Nothing below this.
    pub graense: Beloeb,
    /// The yearly threshold, when the source gives it.
    pub graense_aar: Option<Beloeb>,
    pub graense_regel: Graenseregel,
    /// In rising order; neighbours may share one amount (2024: 1.707).
    pub intervaller: &'static [Interval],
    /// Documented expenses above this give the actual expenses.
    pub faktisk_over: Beloeb,
    pub hjemmel: Hjemmel,
    pub kilde: Source,
}

/// A kompensationsydelse table (kr. a month).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KompensationTabel {
    pub aar: u16,
    /// The day the table takes effect.
    pub fra: NaiveDate,
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
    pub hjemmel: Hjemmel,
    pub kilde: Source,
}

/// The group 2 positive list, as far as it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Positivliste {
    /// Categories known to be on the list.
    pub kendte: &'static [Udgiftskategori],
    /// `false`: other categories are unknown (the municipality decides).
    pub komplet: bool,
    pub hjemmel: Hjemmel,
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
    /// The day the rate takes effect.
    pub fra: NaiveDate,
    pub beloeb: Beloeb,
    pub hjemmel: Hjemmel,
    pub kilde: Source,
}

/// § 97, stk. 7: the companion's expenses, most per year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ledsagersats {
    pub niveau: Niveau,
    /// The day the amount takes effect; `None` for the law text's figure.
    pub fra: Option<NaiveDate>,
    pub beloeb: Beloeb,
    pub hjemmel: Hjemmel,
    pub kilde: Source,
}

/// § 108 botilbud: payment for the housing (§ 163, stk. 3), kr. a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Botilbudssats {
    pub aar: u16,
    /// The day the rates take effect.
    pub fra: NaiveDate,
    pub indkomstgraense: Beloeb,
    /// In hundredths of a percent (`1000` = 10 %).
    pub procent_under: i64,
    pub procent_over: i64,
    pub enlig_pensionist_fradrag: Beloeb,
    pub hjemmel: Hjemmel,
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

    /// Picks, among dated tables, the one in force on `dato`: the newest whose effective
    /// day (`fra`) is not after the date, else (before all data) the earliest. `ikraft`
    /// gives a table's effective day and the year its level holds for (`None`: not picked
    /// by date). `None` when there are no dated tables.
    pub fn vaelg<T>(
        tabeller: &'static [T],
        ikraft: impl Fn(&T) -> Option<(NaiveDate, u16)>,
        dato: NaiveDate,
    ) -> Option<Opslag<T>> {
        let oensket = u16::try_from(dato.year()).unwrap_or(0);
        let dated = tabeller.iter().filter_map(|t| ikraft(t).map(|k| (k, t)));
        let in_force = dated
            .clone()
            .filter(|((fra, _), _)| *fra <= dato)
            .max_by_key(|((fra, _), _)| *fra);
        match in_force {
            Some(((_, aar), tabel)) => Some(Opslag {
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
                .min_by_key(|((fra, _), _)| *fra)
                .map(|((_, aar), tabel)| Opslag {
                    tabel,
                    aar,
                    oensket_aar: oensket,
                    valgt: Valgt::FoerData,
                }),
        }
    }

    /// A table's full legal reference (its document from the content catalogue).
    pub fn retskilde(hjemmel: Hjemmel, kilde: Source) -> Retskilde {
        Retskilde {
            hjemmel,
            kilde,
            dokument: crate::domain::content::document(kilde.document),
        }
    }

    /// The merudgiftsydelse table for a date.
    pub fn merudgift_for(&self, dato: NaiveDate) -> Option<Opslag<MerudgiftTabel>> {
        Self::vaelg(self.merudgift, |t| t.fra.zip(t.niveau.aar()), dato)
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
        Self::vaelg(self.kompensation, |t| Some((t.fra, t.aar)), dato)
    }

    /// The daily rate of a boform for a date.
    pub fn doegntakst_for(&self, boform: Boform, dato: NaiveDate) -> Option<Opslag<Doegntakst>> {
        Self::vaelg(
            self.doegntakster,
            |t| (t.boform == boform).then_some((t.fra, t.aar)),
            dato,
        )
    }

    /// The § 97, stk. 7 maximum for a date (dated tables only).
    pub fn ledsager_for(&self, dato: NaiveDate) -> Option<Opslag<Ledsagersats>> {
        Self::vaelg(self.ledsager, |t| t.fra.zip(t.niveau.aar()), dato)
    }

    /// The § 97, stk. 7 figure of the law text (663), if the data has it.
    pub fn ledsager_lovtekst(&self) -> Option<&'static Ledsagersats> {
        let all: &'static [Ledsagersats] = self.ledsager;
        all.iter().find(|t| t.niveau == Niveau::Lovtekst)
    }

    /// The § 108 rates for a date.
    pub fn botilbud_for(&self, dato: NaiveDate) -> Option<Opslag<Botilbudssats>> {
        Self::vaelg(self.botilbud, |t| Some((t.fra, t.aar)), dato)
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
