//! The calculation trail: every result is an amount plus the steps that produced it.
//!
//! A [`Trin`] is a Fluent message id with its arguments (the UI holds the text), the
//! rates it used (each with its level and source) and, for steps that rest on the law
//! rather than on a rate, a source of its own.

use chrono::{Datelike, NaiveDate};

use super::satser::Niveau;
use crate::domain::content::model::Source;
use crate::domain::money::Beloeb;

/// A Fluent argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// An amount; Danish text `"1.105 kr."`.
    Beloeb(Beloeb),
    /// A whole number (days, an age, an interval number).
    Tal(i64),
    /// A year: pass it to Fluent as a string, or it is grouped ("2.024").
    Aar(u16),
    /// A percentage in hundredths of a percent (`1000` = 10 %); text `"10 %"`.
    Procent(i64),
    /// A date; text `"1.9.2025"` (the UI may format it itself).
    Dato(NaiveDate),
    /// A fixed word for a Fluent selector (`"met"`, `"documented"`, `"group1"`, …).
    Valg(&'static str),
    /// The id of another Fluent message to insert (e.g. `"calc-category-medicin"`).
    Besked(&'static str),
}

impl Arg {
    /// A plain rendering (Danish number formats) for a Fluent argument. `Besked` gives
    /// the message id: the UI should translate it first.
    pub fn tekst(&self) -> String {
        match self {
            Arg::Beloeb(b) => b.kr_tekst(),
            Arg::Tal(n) => n.to_string(),
            Arg::Aar(y) => y.to_string(),
            Arg::Procent(p) => {
                let b = Beloeb::fra_oere(*p);
                format!("{} %", b.tal())
            }
            Arg::Dato(d) => format!("{}.{}.{}", d.day(), d.month(), d.year()),
            Arg::Valg(v) | Arg::Besked(v) => (*v).to_string(),
        }
    }
}

/// The value of a rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vaerdi {
    Beloeb(Beloeb),
    /// Hundredths of a percent.
    Procent(i64),
}

/// A rate used by a step: what it is, its value, its level (year) and its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sats {
    /// What the rate is, e.g. `"merudgift-standard"`; see [`Sats::fluent_id`].
    pub id: &'static str,
    pub vaerdi: Vaerdi,
    pub niveau: Niveau,
    pub kilde: Source,
}

impl Sats {
    pub(crate) fn beloeb(id: &'static str, beloeb: Beloeb, niveau: Niveau, kilde: Source) -> Sats {
        Sats {
            id,
            vaerdi: Vaerdi::Beloeb(beloeb),
            niveau,
            kilde,
        }
    }

    /// The Fluent message id naming the rate: `"calc-rate-"` + id.
    pub fn fluent_id(&self) -> String {
        format!("calc-rate-{}", self.id)
    }

    /// The year the rate holds for (`None` for the law text's base figures).
    pub fn aar(&self) -> Option<u16> {
        self.niveau.aar()
    }
}

/// What kind of step it is (for the UI's styling).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Art {
    /// Which rules and which rates apply.
    Grundlag,
    /// A condition that was checked.
    Betingelse,
    /// A calculation step.
    Beregning,
    /// The result.
    Resultat,
    /// Good to know.
    Note,
    /// Attention: the data is ambiguous, a fallback was used, or the result is uncertain.
    Advarsel,
}

/// One step of a calculation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trin {
    /// The Fluent message id.
    pub id: &'static str,
    pub art: Art,
    /// The Fluent arguments.
    pub args: Vec<(&'static str, Arg)>,
    /// The rates the step used (each with its level and source).
    pub satser: Vec<Sats>,
    /// A source for a step that rests on the law rather than on a rate.
    pub kilde: Option<Source>,
}

impl Trin {
    pub(crate) fn ny(id: &'static str, art: Art) -> Trin {
        Trin {
            id,
            art,
            args: Vec::new(),
            satser: Vec::new(),
            kilde: None,
        }
    }

    pub(crate) fn arg(mut self, name: &'static str, value: Arg) -> Trin {
        self.args.push((name, value));
        self
    }

    pub(crate) fn kr(self, name: &'static str, value: Beloeb) -> Trin {
        self.arg(name, Arg::Beloeb(value))
    }

    pub(crate) fn valg(self, name: &'static str, value: &'static str) -> Trin {
        self.arg(name, Arg::Valg(value))
    }

    pub(crate) fn sats(mut self, sats: Sats) -> Trin {
        self.satser.push(sats);
        self
    }

    pub(crate) fn kilde(mut self, kilde: Source) -> Trin {
        self.kilde = Some(kilde);
        self
    }

    /// The arguments as plain text (Danish number formats; a `Besked` gives its message
    /// id, which the UI translates first). Convenient for Fluent, which then only
    /// inserts strings (no number grouping surprises in years).
    pub fn args_tekst(&self) -> Vec<(&'static str, String)> {
        self.args.iter().map(|(n, v)| (*n, v.tekst())).collect()
    }

    /// An argument by name.
    pub fn arg_value(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// Every source of the step: its own and its rates'.
    pub fn kilder(&self) -> Vec<Source> {
        let mut out: Vec<Source> = self.kilde.into_iter().collect();
        for s in &self.satser {
            if !out.contains(&s.kilde) {
                out.push(s.kilde);
            }
        }
        out
    }
}

/// Why a calculation could not be made: the data has no rates for it. The UI shows
/// [`SatsFejl::fluent_id`]; with the portal's own rates.toml this does not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SatsFejl {
    /// No rate table of this kind.
    IngenSatser(&'static str),
}

impl SatsFejl {
    pub const fn fluent_id(self) -> &'static str {
        "calc-error-no-rates"
    }
}

impl std::fmt::Display for SatsFejl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SatsFejl::IngenSatser(what) => write!(f, "{}: {what}", self.fluent_id()),
        }
    }
}

impl std::error::Error for SatsFejl {}
