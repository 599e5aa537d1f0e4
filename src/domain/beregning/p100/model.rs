//! § 100: the calculation's input (the person, the expenses) and its result (the
//! conditions, the itemised expenses, the candidates, the trail).

use chrono::NaiveDate;

use crate::domain::beregning::satser::{KompensationTabel, MerudgiftTabel, Niveau, Positivstatus};
use crate::domain::beregning::trin::Trin;
use crate::domain::content::kinds::Udgiftskategori;
use crate::domain::content::model::Source;
use crate::domain::money::Beloeb;

// ---------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------

/// Per month or per year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Periode {
    #[default]
    Maaned,
    Aar,
}

impl Periode {
    /// An amount for this period, per year.
    pub const fn pr_aar(self, beloeb: Beloeb) -> Beloeb {
        match self {
            Periode::Maaned => beloeb.gange(12),
            Periode::Aar => beloeb,
        }
    }

    /// Data spelling for Fluent selectors: `"month"`, `"year"`.
    pub const fn tekst(self) -> &'static str {
        match self {
            Periode::Maaned => "month",
            Periode::Aar => "year",
        }
    }
}

/// One expense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Udgift {
    pub kategori: Udgiftskategori,
    pub beloeb: Beloeb,
    pub periode: Periode,
    /// `true`: documented (receipts, statements); `false`: estimated.
    pub dokumenteret: bool,
    /// What the person would have spent on this anyway, for the same period (0: nothing).
    pub normalt_forbrug: Beloeb,
}

impl Udgift {
    /// An expense with nothing spent anyway.
    pub const fn ny(
        kategori: Udgiftskategori,
        beloeb: Beloeb,
        periode: Periode,
        dokumenteret: bool,
    ) -> Udgift {
        Udgift {
            kategori,
            beloeb,
            periode,
            dokumenteret,
            normalt_forbrug: Beloeb::NUL,
        }
    }
}

/// Does the person receive folkepension?
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Folkepension {
    #[default]
    IkkeBesvaret,
    /// Below folkepensionsalder.
    IkkeNaaet,
    /// Reached it, but deferred the pension (lov om social pension § 15 a).
    Opsat,
    /// Receives folkepension.
    Modtager,
}

/// Does the person receive førtidspension, and under which rules?
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Foertidspension {
    #[default]
    IkkeBesvaret,
    Nej,
    /// Granted under the rules from 1 January 2003.
    EfterNyeRegler,
    /// Granted under the rules before 1 January 2003.
    FoerNyeRegler,
}

/// What the conditions need to know. `None` / `IkkeBesvaret`: not answered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Person {
    /// Age in whole years on the date of the calculation.
    pub alder: Option<u16>,
    pub folkepension: Folkepension,
    pub foertidspension: Foertidspension,
    /// Has borgerstyret personlig assistance (BPA) under § 96.
    pub bpa_96: Option<bool>,
    /// Has kontant tilskud under § 95.
    pub tilskud_95: Option<bool>,
    /// Receives merudgiftsydelse (under the rules before 1 September 2025).
    pub modtager_merudgiftsydelse: Option<bool>,
}

/// Everything the § 100 calculator takes besides the date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Oplysninger100 {
    pub person: Person,
    pub udgifter: Vec<Udgift>,
    /// What the person would have spent anyway, for all expenses together (besides each
    /// expense's own `normalt_forbrug`).
    pub normalt_forbrug: Beloeb,
    pub normalt_forbrug_periode: Periode,
}

// ---------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------

/// Which § 100 rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ordning {
    /// Until 31 August 2025: the interval model.
    Merudgiftsydelse,
    /// From 1 September 2025: group 1 / group 2.
    Kompensationsydelse,
}

/// How a condition came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Vurdering {
    Opfyldt,
    IkkeOpfyldt,
    IkkeBesvaret,
}

impl Vurdering {
    /// Data spelling for Fluent selectors: `"met"`, `"not-met"`, `"unanswered"`.
    pub const fn tekst(self) -> &'static str {
        match self {
            Vurdering::Opfyldt => "met",
            Vurdering::IkkeOpfyldt => "not-met",
            Vurdering::IkkeBesvaret => "unanswered",
        }
    }
}

/// A condition checked before the calculation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Betingelse {
    /// The Fluent message id (also the id of its trail step).
    pub id: &'static str,
    pub vurdering: Vurdering,
    pub kilde: Source,
}

/// One expense as counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Linje {
    pub udgift: Udgift,
    /// On the group 2 positive list (kompensationsydelse only; else `None`).
    pub positivliste: Option<Positivstatus>,
    pub brutto_aar: Beloeb,
    pub forbrug_aar: Beloeb,
    /// `brutto_aar - forbrug_aar`, never below 0.
    pub netto_aar: Beloeb,
}

/// The expenses added up (all yearly; `/ 12` for a month).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opgoerelse {
    pub linjer: Vec<Linje>,
    /// Before anything spent anyway is deducted.
    pub brutto_aar: Beloeb,
    /// The expenses' own "spent anyway", together.
    pub forbrug_aar: Beloeb,
    /// The common "spent anyway" ([`Oplysninger100::normalt_forbrug`]).
    pub faelles_forbrug_aar: Beloeb,
    /// The likely (sandsynliggjorte) extra expenses: every line's net, minus the common
    /// deduction.
    pub netto_aar: Beloeb,
    /// The documented lines only, minus the common deduction.
    pub dokumenteret_aar: Beloeb,
    /// Documented lines known to be on the positive list, minus the common deduction.
    pub positivliste_aar: Beloeb,
    /// Documented lines on the list or of unknown status, minus the common deduction.
    pub positivliste_og_ukendt_aar: Beloeb,
    /// Estimated (not documented) lines known to be on the positive list, net.
    pub positivliste_skoennet_aar: Beloeb,
}

/// The lowest and highest monthly amount: equal unless the source tables overlap or
/// disagree at a boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spaend {
    pub min: Beloeb,
    pub max: Beloeb,
}

impl Spaend {
    pub const fn et(beloeb: Beloeb) -> Spaend {
        Spaend {
            min: beloeb,
            max: beloeb,
        }
    }

    /// The amount when there is only one.
    pub fn entydig(&self) -> Option<Beloeb> {
        (self.min == self.max).then_some(self.min)
    }
}

/// What a merudgiftsydelse amount rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Grundlag {
    /// Below the threshold: nothing.
    UnderGraensen,
    /// The standard amount of interval `n` (1-based).
    Interval(usize),
    /// The actual documented expenses (above the last interval).
    Faktisk,
    /// Expenses above the last interval, but not documented above it: the last
    /// interval's standard amount (the municipality assesses).
    OverUdenDokumentation(usize),
}

/// One possible merudgiftsydelse amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kandidat {
    pub grundlag: Grundlag,
    /// Per month.
    pub maaned: Beloeb,
}

/// The merudgiftsydelse outcome: one amount, or two where the table is ambiguous.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MerudgiftUdfald {
    pub tabel: &'static MerudgiftTabel,
    /// Sorted by amount; never empty.
    pub kandidater: Vec<Kandidat>,
    /// The expenses are exactly at the threshold and the source words it "overstige".
    pub graense_ordlyd: bool,
    /// The expenses lie on an amount that two intervals share: (first, second), 1-based.
    pub overlap: Option<(usize, usize)>,
    /// The expenses lie between interval `n` and the next (e.g. 1.530,50 kr. in 2019);
    /// interval `n` is used.
    pub mellemrum: Option<usize>,
}

impl MerudgiftUdfald {
    pub fn spaend(&self) -> Spaend {
        Spaend {
            min: self.kandidater.first().map_or(Beloeb::NUL, |k| k.maaned),
            max: self.kandidater.last().map_or(Beloeb::NUL, |k| k.maaned),
        }
    }
}

/// Group 1 or group 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gruppe {
    Gruppe1,
    Gruppe2,
}

/// The kompensationsydelse outcome: both groups, and which gives more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KompensationUdfald {
    pub tabel: &'static KompensationTabel,
    /// The likely expenses reach the threshold.
    pub over_graensen: bool,
    /// Group 1 per month (`None` below the threshold).
    pub gruppe1: Option<Beloeb>,
    /// Group 2 per month (`None` when the documented positive-list expenses do not reach
    /// above the limit).
    pub gruppe2: Option<Beloeb>,
    /// Group 2 per month if the municipality puts the documented expenses of unknown
    /// status on the positive list (`None` when that changes nothing).
    pub gruppe2_hvis_godkendt: Option<Beloeb>,
    /// The group that gives more (`None` below the threshold); on a tie, group 1.
    pub bedst: Option<Gruppe>,
    /// Both groups give the same.
    pub lige: bool,
}

impl KompensationUdfald {
    /// The best of the two per month (0 below the threshold).
    pub fn maaned(&self) -> Beloeb {
        self.gruppe1
            .unwrap_or(Beloeb::NUL)
            .max(self.gruppe2.unwrap_or(Beloeb::NUL))
    }
}

/// The outcome of a § 100 calculation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Udfald100 {
    /// A condition is not met: nothing.
    Udelukket,
    Merudgift(MerudgiftUdfald),
    Kompensation(KompensationUdfald),
}

/// A § 100 calculation: the amount and every step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Beregning100 {
    pub dato: NaiveDate,
    pub ordning: Ordning,
    /// The level of the table used.
    pub niveau: Niveau,
    pub betingelser: Vec<Betingelse>,
    pub opgoerelse: Opgoerelse,
    pub udfald: Udfald100,
    pub trin: Vec<Trin>,
}

impl Beregning100 {
    /// The monthly amount (a range where the tables are ambiguous).
    pub fn maaned(&self) -> Spaend {
        match &self.udfald {
            Udfald100::Udelukket => Spaend::et(Beloeb::NUL),
            Udfald100::Merudgift(m) => m.spaend(),
            Udfald100::Kompensation(k) => Spaend::et(k.maaned()),
        }
    }

    /// The yearly amount (monthly × 12).
    pub fn aar(&self) -> Spaend {
        let m = self.maaned();
        Spaend {
            min: m.min.gange(12),
            max: m.max.gange(12),
        }
    }

    /// `true` when the result has two readings.
    pub fn tvetydig(&self) -> bool {
        self.maaned().entydig().is_none()
    }

    /// Whether a step with this Fluent id is in the trail.
    pub fn har_trin(&self, id: &str) -> bool {
        self.trin.iter().any(|t| t.id == id)
    }
}
