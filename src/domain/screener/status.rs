//! The status of a criterion and its role for the verdict: plain types shared by the
//! rule tables (`regler`) and the evaluation (`vurdering`), so that neither imports the
//! other's internals (the screener's modules import in one direction: besked, svar,
//! status → spoergsmaal → regler → straks, naeste → vurdering).

use super::besked::id;

/// The status of one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Opfyldt,
    IkkeOpfyldt,
    IkkeBesvaret,
    /// The municipality (or the place) assesses it case by case.
    VurderesIndividuelt,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Opfyldt,
        Status::IkkeOpfyldt,
        Status::IkkeBesvaret,
        Status::VurderesIndividuelt,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Opfyldt => "opfyldt",
            Status::IkkeOpfyldt => "ikke-opfyldt",
            Status::IkkeBesvaret => "ikke-besvaret",
            Status::VurderesIndividuelt => "vurderes-individuelt",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        Self::ALL.into_iter().find(|v| v.as_str() == text)
    }

    pub const fn besked_id(self) -> &'static str {
        match self {
            Status::Opfyldt => id::STATUS_OPFYLDT,
            Status::IkkeOpfyldt => id::STATUS_IKKE_OPFYLDT,
            Status::IkkeBesvaret => id::STATUS_IKKE_BESVARET,
            Status::VurderesIndividuelt => id::STATUS_VURDERES_INDIVIDUELT,
        }
    }
}

/// What a criterion is for the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rolle {
    /// A requirement of the service: decides the verdict.
    Krav,
    /// The person's own wish (anonymity): shown, does not decide.
    Oenske,
    /// A requirement for part of the service only (e.g. anonymous treatment under § 101 a
    /// within drug treatment, trafiktræning): shown, does not decide.
    Delydelse,
    /// Something the municipality checks that the screener cannot ask about.
    Forbehold,
}

impl Rolle {
    pub const fn as_str(self) -> &'static str {
        match self {
            Rolle::Krav => "krav",
            Rolle::Oenske => "oenske",
            Rolle::Delydelse => "delydelse",
            Rolle::Forbehold => "forbehold",
        }
    }

    pub const fn besked_id(self) -> &'static str {
        match self {
            Rolle::Krav => id::ROLLE_KRAV,
            Rolle::Oenske => id::ROLLE_OENSKE,
            Rolle::Delydelse => id::ROLLE_DELYDELSE,
            Rolle::Forbehold => id::ROLLE_FORBEHOLD,
        }
    }
}
