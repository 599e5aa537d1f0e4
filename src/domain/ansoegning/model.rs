//! The application draft (ansøgning): what the citizen, or a helper, writes.
//!
//! Every field is plain text or a small choice, so the draft can be kept in memory, in the
//! storage module (device mode) and in a file (see [`super::fil`]). The draft never
//! decides anything: the municipality does.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Who fills in the draft.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rolle {
    /// The citizen writes for themself ("du").
    #[default]
    Selv,
    /// A relative or someone else helps the citizen ("personen").
    Hjaelper,
}

/// How the texts speak about the citizen in helper mode.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Omtale {
    #[default]
    Personen,
    Hun,
    Han,
    /// By the first name given in "Om personen".
    Navn,
}

impl Omtale {
    pub const ALL: [Omtale; 4] = [Omtale::Personen, Omtale::Hun, Omtale::Han, Omtale::Navn];

    /// Stable id (form values, Fluent selectors).
    pub const fn id(self) -> &'static str {
        match self {
            Omtale::Personen => "personen",
            Omtale::Hun => "hun",
            Omtale::Han => "han",
            Omtale::Navn => "navn",
        }
    }

    pub fn fra_id(id: &str) -> Option<Omtale> {
        Omtale::ALL.into_iter().find(|o| o.id() == id)
    }
}

/// How a helper takes part in the case (forvaltningsloven § 8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Repraesentation {
    /// Acts in the citizen's place (needs a fuldmagt).
    Partsrepraesentant,
    /// Comes along and helps, but does not act in the citizen's place.
    Bisidder,
    /// Only helps with writing the application.
    Skriver,
}

impl Repraesentation {
    pub const ALL: [Repraesentation; 3] = [
        Repraesentation::Partsrepraesentant,
        Repraesentation::Bisidder,
        Repraesentation::Skriver,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Repraesentation::Partsrepraesentant => "partsrepraesentant",
            Repraesentation::Bisidder => "bisidder",
            Repraesentation::Skriver => "skriver",
        }
    }

    pub fn fra_id(id: &str) -> Option<Repraesentation> {
        Repraesentation::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// The citizen the application is about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Person {
    pub fornavn: String,
    pub efternavn: String,
    /// Optional; checked for format and a real date only (see [`super::cpr`]).
    pub cpr: String,
    pub adresse: String,
    pub telefon: String,
    pub email: String,
    /// Helper mode: how the texts speak about the person.
    pub omtale: Omtale,
}

impl Person {
    /// "Fornavn Efternavn" (trimmed; empty when nothing is written).
    pub fn navn(&self) -> String {
        let mut n = self.fornavn.trim().to_string();
        if !self.efternavn.trim().is_empty() {
            if !n.is_empty() {
                n.push(' ');
            }
            n.push_str(self.efternavn.trim());
        }
        n
    }
}

/// The helper (helper mode only).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Hjaelper {
    pub navn: String,
    /// Relation to the citizen, in the helper's words ("datter", "ven", "bostøtte").
    pub relation: String,
    pub telefon: String,
    pub email: String,
    /// Whether the citizen gives (or has given) a written fuldmagt.
    pub fuldmagt: Option<bool>,
    pub rolle: Option<Repraesentation>,
}

/// One expense (Udgifter), as text: what, amount, per month or year.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Udgiftslinje {
    pub hvad: String,
    /// The amount as written ("1.250" or "1.250,50").
    pub beloeb: String,
    /// `true`: per year; `false`: per month.
    pub pr_aar: bool,
}

/// The free-text answer about daily life for one chosen service.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Hverdag {
    /// The service id.
    pub ydelse: String,
    pub tekst: String,
}

/// The whole draft (file format version [`super::fil::VERSION`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Kladde {
    pub rolle: Rolle,
    /// Municipality id (folder under seeds/).
    pub kommune: Option<String>,
    pub person: Person,
    pub hjaelper: Hjaelper,
    /// Chosen service ids (in the municipality), in the order chosen.
    pub ydelser: Vec<String>,
    /// Free text per chosen service.
    pub hverdag: Vec<Hverdag>,
    /// Expenses (taken from the § 100 calculation when one was kept, editable).
    pub udgifter: Vec<Udgiftslinje>,
    pub udgifter_note: String,
    /// Document ids (from the combined checklist) the person has ready.
    pub dokumenter: BTreeSet<String>,
    /// Anything else the person wants to say.
    pub andet: String,
}

impl Kladde {
    pub fn hjaelper_tilstand(&self) -> bool {
        self.rolle == Rolle::Hjaelper
    }

    /// The free text for one service.
    pub fn hverdag_for(&self, ydelse: &str) -> &str {
        self.hverdag
            .iter()
            .find(|h| h.ydelse == ydelse)
            .map(|h| h.tekst.as_str())
            .unwrap_or("")
    }

    /// Sets the free text for one service.
    pub fn saet_hverdag(&mut self, ydelse: &str, tekst: String) {
        match self.hverdag.iter_mut().find(|h| h.ydelse == ydelse) {
            Some(h) => h.tekst = tekst,
            None => self.hverdag.push(Hverdag {
                ydelse: ydelse.to_string(),
                tekst,
            }),
        }
    }

    /// Chooses or un-chooses a service.
    pub fn vaelg_ydelse(&mut self, id: &str, valgt: bool) {
        let har = self.ydelser.iter().any(|y| y == id);
        if valgt && !har {
            self.ydelser.push(id.to_string());
        } else if !valgt && har {
            self.ydelser.retain(|y| y != id);
        }
    }

    /// Whether anything was written at all.
    pub fn er_tom(&self) -> bool {
        *self == Kladde::default()
    }
}

/// How the texts speak about the citizen: "du" (self mode) or, in helper mode,
/// "personen" / "hun" / "han" / the first name. Values for Fluent selectors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ordvalg {
    /// `du`, `personen`, `hun`, `han` or `navn`.
    pub hvem: &'static str,
    /// The first name (only used with `hvem = navn`).
    pub navn: String,
}

/// The wording for a draft. Helper mode with "navn" but no first name falls back to
/// "personen".
pub fn ordvalg(k: &Kladde) -> Ordvalg {
    if !k.hjaelper_tilstand() {
        return Ordvalg {
            hvem: "du",
            navn: String::new(),
        };
    }
    let navn = k.person.fornavn.trim().to_string();
    let hvem = match k.person.omtale {
        Omtale::Navn if navn.is_empty() => Omtale::Personen.id(),
        o => o.id(),
    };
    Ordvalg { hvem, navn }
}
