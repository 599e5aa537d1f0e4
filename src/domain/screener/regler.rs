//! The screener's own rule tables: the rules the sources state that the content data
//! (`[criteria]` in seeds/) does not hold in machine form. Everything else is derived from
//! the data (see `vurdering.rs`).
//!
//! Each entry names its source. A rule scoped to a paragraph holds in every municipality
//! that has a standard for that paragraph and for the law's floor of it; a rule scoped to
//! the floor (`Omfang::Lov`) only there. Rules of one municipality's service are data in
//! seeds/ (`[criteria]`: `vum_most`, `[[criteria.vum]] part`, `instead`), not code.

use super::besked::{id, Besked};
use super::spoergsmaal::Spoergsmaal as Q;
use super::status::{Rolle, Status};
use super::svar::{JaNej, SocialtForhold as S, Svar};
use crate::domain::content::{Kvalitetsstandard, Part, Source, VumTema};

pub use crate::domain::folkepension::{ANTAGET_FOLKEPENSIONSALDER, S97_MINDSTE_ALDERSGRAENSE};

const fn kilde(document: &'static str, section: &'static str) -> Source {
    Source { document, section }
}

/// What a special rule found: the status and why.
pub struct Udfald {
    pub status: Status,
    pub forklaringer: Vec<Besked>,
}

fn udfald(status: Status, forklaring: &'static str) -> Udfald {
    Udfald {
        status,
        forklaringer: vec![Besked::new(forklaring)],
    }
}

/// Where a special rule applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Omfang {
    /// Every standard that lists this paragraph key.
    Paragraf(&'static str),
    /// Only the national floor of this paragraph (the law's criteria, where the
    /// municipality has no standard), not a municipality's standard.
    Lov(&'static str),
}

/// A rule the sources state that is not (fully) in the data's `[criteria]`.
pub struct Saerregel {
    /// Stable id; also the criterion's key in results and test cases.
    pub id: &'static str,
    pub omfang: Omfang,
    /// The paragraph the rule belongs to (its § in the result).
    pub paragraf: &'static str,
    /// The Fluent id of the criterion text.
    pub besked: &'static str,
    /// The part of the service standard that states the rule: the criterion's source is
    /// the standard's source for this part.
    pub del: Part,
    /// Where the rule itself comes from (law or municipal document).
    pub hjemmel: Source,
    /// `None`: a requirement (`Krav`) when the paragraph is the standard's main paragraph,
    /// else a requirement for part of the service (`Delydelse`).
    pub rolle: Option<Rolle>,
    /// Whether the rule says who the help is *for* (a need): a standard with no such
    /// criterion gets "the municipality assesses your need".
    pub behov: bool,
    /// Whether the rule is a way in of its own (a social situation, an acute crisis): when
    /// it or another such need is met, the needs that are not met do not rule the service
    /// out (they only concern other parts of it). E.g. § 104 samværstilbud for a homeless
    /// person who ticked no area of daily life, § 82 c inside a combined § 82 a–c standard.
    pub eget_behov: bool,
    pub vurder: fn(&Svar) -> Udfald,
    /// The questions the rule rests on (for "answer this question" links).
    pub spoergsmaal: &'static [Q],
    /// Paragraph keys that might help instead when the rule is not met.
    pub i_stedet: &'static [&'static str],
    /// A plain pointer to help outside the catalogue, when the rule is not met.
    pub i_stedet_besked: Option<&'static str>,
}

impl Saerregel {
    /// Whether the rule applies to this standard.
    pub fn gaelder(&self, s: &Kvalitetsstandard) -> bool {
        match self.omfang {
            Omfang::Paragraf(key) => s.paragraphs.contains(&key),
            Omfang::Lov(key) => s.is_national() && s.paragraphs.contains(&key),
        }
    }

    /// The rule's role for this standard.
    pub fn rolle_for(&self, s: &Kvalitetsstandard) -> Rolle {
        self.rolle
            .unwrap_or(if s.main_paragraph() == self.paragraf {
                Rolle::Krav
            } else {
                Rolle::Delydelse
            })
    }
}

fn ja_nej(value: Option<JaNej>) -> Udfald {
    match value {
        Some(JaNej::Ja) => udfald(Status::Opfyldt, id::FORKL_SVARET_JA),
        Some(JaNej::Nej) => udfald(Status::IkkeOpfyldt, id::FORKL_SVARET_NEJ),
        Some(JaNej::VedIkke) | None => udfald(Status::IkkeBesvaret, id::FORKL_IKKE_BESVARET),
    }
}

/// "Something is hard": a picked area of daily life, or else a social situation (never
/// "you said something is hard" after "Intet af dette").
fn noget_svaert_forklaring(svar: &Svar) -> &'static str {
    let tema = svar
        .vanskeligheder
        .as_ref()
        .is_some_and(|picked| picked.iter().any(|t| svar.tema(*t).svaert() == Some(true)));
    if tema {
        id::FORKL_NOGET_ER_SVAERT
    } else {
        id::FORKL_SOCIALT_FORHOLD
    }
}

fn s81(svar: &Svar) -> Udfald {
    match svar.noget_er_svaert() {
        Some(true) => udfald(Status::Opfyldt, noget_svaert_forklaring(svar)),
        Some(false) => udfald(Status::VurderesIndividuelt, id::FORKL_ALLE_KAN_FAA_RAAD),
        None => udfald(Status::IkkeBesvaret, id::FORKL_IKKE_BESVARET),
    }
}

/// § 82 a / § 82 b (national floor): for people with a disability or social problems, or at
/// risk of them; the municipality assesses whether the offer can help.
fn s82ab(svar: &Svar) -> Udfald {
    match svar.noget_er_svaert() {
        Some(true) => udfald(Status::Opfyldt, noget_svaert_forklaring(svar)),
        Some(false) => udfald(Status::VurderesIndividuelt, id::FORKL_RISIKO_VURDERES),
        None => udfald(Status::IkkeBesvaret, id::FORKL_IKKE_BESVARET),
    }
}

/// § 104 (and the floor of § 85): særlige sociale problemer are a way in of their own.
fn saerlige_sociale_problemer(svar: &Svar) -> Udfald {
    let socialt = svar.socialt_noget(&[
        S::Hjemloeshed,
        S::Isolation,
        S::Vold,
        S::Stoffer,
        S::Alkohol,
        S::AkutKrise,
    ]);
    if socialt == Some(true) || svar.hjemloes() == Some(true) {
        return udfald(Status::Opfyldt, id::FORKL_SOCIALT_FORHOLD);
    }
    match socialt {
        Some(_) => udfald(Status::IkkeOpfyldt, id::FORKL_INGEN_SOCIALE),
        None => udfald(Status::IkkeBesvaret, id::FORKL_IKKE_BESVARET),
    }
}

fn s82c(svar: &Svar) -> Udfald {
    if svar.alder_aar().is_some_and(|a| a < 18) {
        return udfald(Status::IkkeOpfyldt, id::FORKL_UNDER_18);
    }
    match svar.socialt(S::AkutKrise) {
        Some(true) => udfald(Status::Opfyldt, id::FORKL_AKUT_KRISE),
        Some(false) => udfald(Status::IkkeOpfyldt, id::FORKL_INGEN_AKUT_KRISE),
        None => udfald(Status::IkkeBesvaret, id::FORKL_IKKE_BESVARET),
    }
}

fn s84(svar: &Svar) -> Udfald {
    // Nothing is hard in daily life: the question about a relative is not asked, and no
    // one cares for the person because of a disability.
    if svar.paaroerende.is_none() && svar.vanskeligheder.as_ref().is_some_and(|p| p.is_empty()) {
        return udfald(Status::IkkeOpfyldt, id::FORKL_INGEN_TEMAER);
    }
    ja_nej(svar.paaroerende)
}

fn s98(svar: &Svar) -> Udfald {
    // The question is asked only when the body, talking with others or getting around is
    // hard; when none of them is, it says so (in the words of the question's answers).
    let sanser = [
        VumTema::FysiskFunktion,
        VumTema::Kommunikation,
        VumTema::Mobilitet,
    ];
    let ingen_sanser = svar
        .vanskeligheder
        .as_ref()
        .is_some_and(|p| !sanser.iter().any(|t| p.contains(t)));
    if svar.doevblind.is_none() && ingen_sanser {
        return udfald(Status::IkkeOpfyldt, id::FORKL_INGEN_SANSER);
    }
    ja_nej(svar.doevblind)
}

fn s99(svar: &Svar) -> Udfald {
    let udsat = svar.socialt_noget(&[S::Isolation, S::Hjemloeshed, S::Stoffer, S::Alkohol]);
    if udsat == Some(true) || svar.hjemloes() == Some(true) {
        return udfald(Status::Opfyldt, id::FORKL_UDSAT);
    }
    if svar.tema(VumTema::PsykiskFunktion).svaert() == Some(true) {
        return udfald(Status::VurderesIndividuelt, id::FORKL_PSYKISK_VURDERES);
    }
    match udsat {
        Some(false) => udfald(Status::IkkeOpfyldt, id::FORKL_IKKE_UDSAT),
        _ => udfald(Status::IkkeBesvaret, id::FORKL_IKKE_BESVARET),
    }
}

fn s100(svar: &Svar) -> Udfald {
    ja_nej(svar.merudgifter)
}

fn s101(svar: &Svar) -> Udfald {
    match (svar.socialt(S::Stoffer), svar.socialt(S::Alkohol)) {
        (Some(true), _) => udfald(Status::Opfyldt, id::FORKL_STOFFER),
        (Some(false), Some(true)) => udfald(Status::IkkeOpfyldt, id::FORKL_KUN_ALKOHOL),
        (Some(false), _) => udfald(Status::IkkeOpfyldt, id::FORKL_INGEN_STOFFER),
        (None, _) => udfald(Status::IkkeBesvaret, id::FORKL_IKKE_BESVARET),
    }
}

fn s101a(svar: &Svar) -> Udfald {
    match svar.andre_sociale_problemer() {
        Some(true) => udfald(Status::IkkeOpfyldt, id::FORKL_ANDRE_PROBLEMER),
        Some(false) => udfald(Status::Opfyldt, id::FORKL_INGEN_ANDRE_PROBLEMER),
        None => udfald(Status::IkkeBesvaret, id::FORKL_IKKE_BESVARET),
    }
}

fn s109(svar: &Svar) -> Udfald {
    match svar.socialt(S::Vold) {
        Some(true) => udfald(Status::Opfyldt, id::FORKL_VOLD),
        Some(false) => udfald(Status::IkkeOpfyldt, id::FORKL_INGEN_VOLD),
        None => udfald(Status::IkkeBesvaret, id::FORKL_IKKE_BESVARET),
    }
}

fn s109_kvinder(_: &Svar) -> Udfald {
    udfald(Status::VurderesIndividuelt, id::FORKL_KVINDER)
}

fn s110(svar: &Svar) -> Udfald {
    match svar.hjemloes() {
        Some(true) => udfald(Status::Opfyldt, id::FORKL_HJEMLOES),
        Some(false) => udfald(Status::IkkeOpfyldt, id::FORKL_HAR_BOLIG),
        None => udfald(Status::IkkeBesvaret, id::FORKL_IKKE_BESVARET),
    }
}

/// The special rules, in the order they are shown.
pub const SAERREGLER: &[Saerregel] = &[
    Saerregel {
        id: "s81-raadgivning",
        omfang: Omfang::Paragraf("81"),
        paragraf: "81",
        besked: id::KRIT_S81_RAADGIVNING,
        del: Part::Who,
        hjemmel: kilde("viborg-2020", "2.1"),
        rolle: None,
        behov: true,
        eget_behov: false,
        vurder: s81,
        spoergsmaal: &[Q::Vanskeligheder, Q::Socialt],
        i_stedet: &[],
        i_stedet_besked: None,
    },
    Saerregel {
        id: "s82c-akut-krise",
        omfang: Omfang::Paragraf("82c"),
        paragraf: "82c",
        besked: id::KRIT_S82C_AKUT_KRISE,
        del: Part::Who,
        hjemmel: kilde("serviceloven", "§ 82 c"),
        rolle: None,
        behov: true,
        eget_behov: true,
        vurder: s82c,
        spoergsmaal: &[Q::Socialt, Q::Alder],
        i_stedet: &[],
        i_stedet_besked: None,
    },
    Saerregel {
        id: "s84-paaroerende",
        omfang: Omfang::Paragraf("84"),
        paragraf: "84",
        besked: id::KRIT_S84_PAAROERENDE,
        del: Part::Who,
        hjemmel: kilde("serviceloven", "§ 84"),
        rolle: None,
        behov: true,
        eget_behov: false,
        vurder: s84,
        spoergsmaal: &[Q::Paaroerende],
        i_stedet: &[],
        i_stedet_besked: None,
    },
    Saerregel {
        id: "s98-doevblind",
        omfang: Omfang::Paragraf("98"),
        paragraf: "98",
        besked: id::KRIT_S98_DOEVBLIND,
        del: Part::Who,
        hjemmel: kilde("serviceloven", "§ 98"),
        rolle: None,
        behov: true,
        eget_behov: false,
        vurder: s98,
        spoergsmaal: &[Q::Doevblind],
        i_stedet: &["97"],
        i_stedet_besked: None,
    },
    Saerregel {
        id: "s99-udsat",
        omfang: Omfang::Paragraf("99"),
        paragraf: "99",
        besked: id::KRIT_S99_UDSAT,
        del: Part::Who,
        hjemmel: kilde("uddybning-99", "Faglig uddybning af § 99"),
        rolle: None,
        behov: true,
        eget_behov: true,
        vurder: s99,
        spoergsmaal: &[Q::Socialt, Q::Bolig],
        i_stedet: &[],
        i_stedet_besked: None,
    },
    Saerregel {
        id: "s100-merudgifter",
        omfang: Omfang::Paragraf("100"),
        paragraf: "100",
        besked: id::KRIT_S100_MERUDGIFTER,
        del: Part::Criteria,
        hjemmel: kilde("l201-2025", "Serviceloven § 100 som ændret ved L 201"),
        rolle: None,
        behov: true,
        eget_behov: false,
        vurder: s100,
        spoergsmaal: &[Q::Merudgifter],
        i_stedet: &[],
        i_stedet_besked: None,
    },
    Saerregel {
        id: "s101-stoffer",
        omfang: Omfang::Paragraf("101"),
        paragraf: "101",
        besked: id::KRIT_S101_STOFFER,
        del: Part::Who,
        hjemmel: kilde("serviceloven", "§ 101"),
        rolle: None,
        behov: true,
        eget_behov: true,
        vurder: s101,
        spoergsmaal: &[Q::Socialt],
        i_stedet: &[],
        i_stedet_besked: Some(id::ALT_ALKOHOL),
    },
    Saerregel {
        id: "s101a-ingen-andre-problemer",
        omfang: Omfang::Paragraf("101a"),
        paragraf: "101a",
        besked: id::KRIT_S101A_INGEN_ANDRE_PROBLEMER,
        del: Part::Criteria,
        hjemmel: kilde("serviceloven", "§ 101 a"),
        rolle: None,
        behov: false,
        eget_behov: false,
        vurder: s101a,
        spoergsmaal: &[Q::Socialt, Q::Bolig],
        i_stedet: &["101"],
        i_stedet_besked: None,
    },
    Saerregel {
        id: "s109-vold",
        omfang: Omfang::Paragraf("109"),
        paragraf: "109",
        besked: id::KRIT_S109_VOLD,
        del: Part::Who,
        hjemmel: kilde("serviceloven", "§ 109"),
        rolle: None,
        behov: true,
        eget_behov: true,
        vurder: s109,
        spoergsmaal: &[Q::Socialt],
        i_stedet: &[],
        i_stedet_besked: None,
    },
    Saerregel {
        id: "s109-kvinder",
        omfang: Omfang::Paragraf("109"),
        paragraf: "109",
        besked: id::KRIT_S109_KVINDER,
        del: Part::Who,
        hjemmel: kilde("serviceloven", "§ 109"),
        rolle: Some(Rolle::Forbehold),
        behov: false,
        eget_behov: false,
        vurder: s109_kvinder,
        spoergsmaal: &[],
        i_stedet: &["110"],
        i_stedet_besked: None,
    },
    Saerregel {
        id: "s110-bolig",
        omfang: Omfang::Paragraf("110"),
        paragraf: "110",
        besked: id::KRIT_S110_BOLIG,
        del: Part::Who,
        hjemmel: kilde("serviceloven", "§ 110"),
        rolle: None,
        behov: true,
        eget_behov: true,
        vurder: s110,
        spoergsmaal: &[Q::Bolig, Q::Socialt],
        i_stedet: &[],
        i_stedet_besked: None,
    },
    Saerregel {
        id: "s82a-behov",
        omfang: Omfang::Lov("82a"),
        paragraf: "82a",
        besked: id::KRIT_S82AB_BEHOV,
        del: Part::Who,
        hjemmel: kilde("serviceloven", "§ 82 a"),
        rolle: None,
        behov: true,
        eget_behov: false,
        vurder: s82ab,
        spoergsmaal: &[Q::Vanskeligheder, Q::Socialt],
        i_stedet: &["81"],
        i_stedet_besked: None,
    },
    Saerregel {
        id: "s82b-behov",
        omfang: Omfang::Lov("82b"),
        paragraf: "82b",
        besked: id::KRIT_S82AB_BEHOV,
        del: Part::Who,
        hjemmel: kilde("serviceloven", "§ 82 b"),
        rolle: None,
        behov: true,
        eget_behov: false,
        vurder: s82ab,
        spoergsmaal: &[Q::Vanskeligheder, Q::Socialt],
        i_stedet: &["81"],
        i_stedet_besked: None,
    },
    Saerregel {
        id: "s101a-stoffer",
        omfang: Omfang::Lov("101a"),
        paragraf: "101a",
        besked: id::KRIT_S101_STOFFER,
        del: Part::Who,
        hjemmel: kilde("serviceloven", "§ 101 a"),
        rolle: None,
        behov: true,
        eget_behov: true,
        vurder: s101,
        spoergsmaal: &[Q::Socialt],
        i_stedet: &[],
        i_stedet_besked: Some(id::ALT_ALKOHOL),
    },
    Saerregel {
        id: "s104-socialt",
        omfang: Omfang::Paragraf("104"),
        paragraf: "104",
        besked: id::KRIT_SAERLIGE_SOCIALE_PROBLEMER,
        del: Part::Who,
        hjemmel: kilde("serviceloven", "§ 104"),
        rolle: None,
        behov: true,
        eget_behov: true,
        vurder: saerlige_sociale_problemer,
        spoergsmaal: &[Q::Socialt, Q::Bolig],
        i_stedet: &[],
        i_stedet_besked: None,
    },
    Saerregel {
        id: "s85-socialt",
        omfang: Omfang::Lov("85"),
        paragraf: "85",
        besked: id::KRIT_SAERLIGE_SOCIALE_PROBLEMER,
        del: Part::Who,
        hjemmel: kilde("serviceloven", "§ 85"),
        rolle: None,
        behov: true,
        eget_behov: true,
        vurder: saerlige_sociale_problemer,
        spoergsmaal: &[Q::Socialt, Q::Bolig],
        i_stedet: &[],
        i_stedet_besked: None,
    },
];

/// An exception to a criterion in the data, stated by the sources.
pub struct Undtagelse {
    pub id: &'static str,
    /// The paragraph whose standards have the exception.
    pub paragraf: &'static str,
    pub hjemmel: Source,
    pub beskrivelse: &'static str,
}

/// § 100: the exclusion `foertidspension-foer-2003` does not apply to people with BPA
/// (§ 96) or cash help for helpers (§ 95).
pub const S100_BPA: Undtagelse = Undtagelse {
    id: "s100-bpa",
    paragraf: "100",
    hjemmel: kilde("viborg-2020", "2.11"),
    beskrivelse: "Førtidspension før 2003 udelukker ikke, hvis personen har BPA efter § 96 \
                  eller tilskud til hjælpere efter § 95.",
};

/// § 100: the upper age limit (folkepensionsalderen) does not apply while folkepension is
/// deferred (lov om social pension § 15 a).
pub const S100_UDSKUDT: Undtagelse = Undtagelse {
    id: "s100-udskudt-pension",
    paragraf: "100",
    hjemmel: kilde("viborg-2020", "2.11"),
    beskrivelse: "Aldersgrænsen gælder ikke, når folkepensionen er udskudt.",
};

/// Every exception, for the report and tests.
pub const UNDTAGELSER: &[&Undtagelse] = &[&S100_BPA, &S100_UDSKUDT];

impl Undtagelse {
    pub fn gaelder(&self, s: &Kvalitetsstandard) -> bool {
        s.paragraphs.contains(&self.paragraf)
    }
}

/// What might help instead when a VUM level is above a training service's range: the
/// sources point to practical help after § 83 (Gladsaxe, indkøb and madlavning).
pub const VUM_OVER_I_STEDET: &[&str] = &["83"];
/// Source of [`VUM_OVER_I_STEDET`].
pub const VUM_OVER_KILDE: Source = kilde("gladsaxe-85", "Støtte og træning til indkøb");

/// What might help instead of § 85 support when the person lives in a botilbud: the help
/// is part of the botilbud (Viborg 2.6).
pub const BOTILBUD_I_STEDET: &[&str] = &["107", "108"];

/// A document to gather before applying.
pub struct Dokumentkrav {
    /// Stable id; the combined list is de-duplicated on it.
    pub id: &'static str,
    pub besked: &'static str,
    /// The paragraphs whose standards need it (any of them).
    pub paragraffer: &'static [&'static str],
    /// Only when this holds for the answers (e.g. only a helper needs a fuldmagt).
    pub hvis: fn(&Svar, &Kvalitetsstandard) -> bool,
    pub kilder: &'static [Source],
}

fn altid(_: &Svar, _: &Kvalitetsstandard) -> bool {
    true
}

fn hjaelper_og_visitation(svar: &Svar, s: &Kvalitetsstandard) -> bool {
    svar.ordvalg() == super::besked::Ordvalg::Personen && s.criteria.visitation
}

fn har_pension(svar: &Svar, _: &Kvalitetsstandard) -> bool {
    use super::svar::Pension as P;
    matches!(
        svar.pension,
        Some(P::FoertidspensionFoer2003 | P::FoertidspensionFra2003 | P::UdskudtFolkepension)
    )
}

fn har_bpa_og_gammel_pension(svar: &Svar, _: &Kvalitetsstandard) -> bool {
    svar.pension == Some(super::svar::Pension::FoertidspensionFoer2003)
        && svar.bpa == Some(JaNej::Ja)
}

/// The documents to gather, in the order they are shown. The paragraph list `["*"]` means
/// every standard.
pub const DOKUMENTER: &[Dokumentkrav] = &[
    Dokumentkrav {
        id: "fuldmagt",
        besked: id::DOK_FULDMAGT,
        paragraffer: &["*"],
        hvis: hjaelper_og_visitation,
        kilder: &[kilde("forvaltningsloven", "§ 8")],
    },
    Dokumentkrav {
        id: "helbred",
        besked: id::DOK_HELBRED,
        paragraffer: &["85", "100", "107", "108"],
        hvis: altid,
        kilder: &[kilde("viborg-2020", "1.4.5")],
    },
    Dokumentkrav {
        id: "merudgifter",
        besked: id::DOK_MERUDGIFTER,
        paragraffer: &["100"],
        hvis: altid,
        kilder: &[
            kilde("viborg-2020", "2.11"),
            kilde("l201-2025", "§ 100 (gruppe 2)"),
        ],
    },
    Dokumentkrav {
        id: "pension",
        besked: id::DOK_PENSION,
        paragraffer: &["100"],
        hvis: har_pension,
        kilder: &[kilde("viborg-2020", "2.11")],
    },
    Dokumentkrav {
        id: "bpa",
        besked: id::DOK_BPA,
        paragraffer: &["100"],
        hvis: har_bpa_og_gammel_pension,
        kilder: &[kilde("viborg-2020", "2.11")],
    },
    Dokumentkrav {
        id: "ledsager",
        besked: id::DOK_LEDSAGER,
        paragraffer: &["97"],
        hvis: altid,
        kilder: &[kilde("viborg-2020", "2.8")],
    },
    Dokumentkrav {
        id: "kvitteringer",
        besked: id::DOK_KVITTERINGER,
        paragraffer: &["97", "98"],
        hvis: altid,
        kilder: &[kilde("viborg-2020", "2.8"), kilde("viborg-2020", "2.9")],
    },
    Dokumentkrav {
        id: "oekonomi",
        besked: id::DOK_OEKONOMI,
        paragraffer: &["107", "108"],
        hvis: altid,
        kilder: &[kilde("viborg-2020", "2.17"), kilde("viborg-2020", "2.18")],
    },
];

impl Dokumentkrav {
    pub fn gaelder(&self, svar: &Svar, s: &Kvalitetsstandard) -> bool {
        let paragraph =
            self.paragraffer == ["*"] || s.paragraphs.iter().any(|p| self.paragraffer.contains(p));
        paragraph && (self.hvis)(svar, s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::{catalog, paragraph};

    #[test]
    fn tables_refer_to_known_paragraphs_and_documents() {
        let c = catalog();
        for r in SAERREGLER {
            assert!(paragraph(r.paragraf).is_some(), "{}", r.id);
            assert!(c.document(r.hjemmel.document).is_some(), "{}", r.id);
            for p in r.i_stedet {
                assert!(paragraph(p).is_some(), "{}: {p}", r.id);
            }
            if let Omfang::Lov(key) = r.omfang {
                assert!(
                    paragraph(key).and_then(|p| p.floor).is_some(),
                    "{}: § {key} has no national floor",
                    r.id
                );
            }
        }
        for u in UNDTAGELSER {
            assert!(paragraph(u.paragraf).is_some(), "{}", u.id);
            assert!(c.document(u.hjemmel.document).is_some(), "{}", u.id);
        }
        for d in DOKUMENTER {
            for k in d.kilder {
                assert!(c.document(k.document).is_some(), "{}", d.id);
            }
            for p in d.paragraffer {
                assert!(*p == "*" || paragraph(p).is_some(), "{}: {p}", d.id);
            }
        }
        for p in VUM_OVER_I_STEDET.iter().chain(BOTILBUD_I_STEDET) {
            assert!(paragraph(p).is_some(), "{p}");
        }
        let ids: std::collections::BTreeSet<_> = SAERREGLER.iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), SAERREGLER.len(), "unique ids");
    }

    /// The citation rule for the sources in code: a law number in a section must be one a
    /// document's evidence quotes (as the build checks for seeds/).
    #[test]
    fn sources_in_code_cite_only_quoted_numbers() {
        use crate::domain::content::raw;
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let catalog = raw::load(&seeds).unwrap_or_else(|e| panic!("{}", raw::report(&e)));
        let municipal = catalog
            .municipalities
            .iter()
            .flat_map(|m| m.municipality.value.documents.iter());
        let quoted: std::collections::BTreeSet<u64> = catalog
            .documents
            .iter()
            .map(|d| &d.value)
            .chain(municipal)
            .flat_map(|d| d.evidence.iter())
            .flat_map(|e| raw::citation_numbers(&e.quote))
            .map(|(_, n)| n)
            .collect();
        let mut sources: Vec<(&str, Source)> = vec![("vum-over", VUM_OVER_KILDE)];
        sources.extend(SAERREGLER.iter().map(|r| (r.id, r.hjemmel)));
        sources.extend(UNDTAGELSER.iter().map(|u| (u.id, u.hjemmel)));
        for d in DOKUMENTER {
            sources.extend(d.kilder.iter().map(|k| (d.id, *k)));
        }
        for (id, source) in sources {
            for (shown, n) in raw::citation_numbers(source.section) {
                assert!(
                    quoted.contains(&n),
                    "{id}: {shown:?} in {:?} is in no document's evidence",
                    source.section
                );
            }
        }
    }
}
