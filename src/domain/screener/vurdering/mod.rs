//! The rules: each service standard of the chosen municipality against the answers.
//!
//! The criteria come from the data (`[criteria]` of each standard: age limits, exclusion
//! tags, needs, VUM ranges, anonymity) and from the special rules in [`super::regler`]
//! for what the sources state that the data does not hold in machine form.
//!
//! The verdict rests on the requirements (`Rolle::Krav`) only:
//! - a requirement not met → [`Vurdering::PasserNokIkke`];
//! - else a requirement not answered or assessed individually → [`Vurdering::KommunenVurderer`];
//! - else (every requirement met) → [`Vurdering::KanPasse`].
//!
//! A standard with no need criterion (nothing in the data or the rules says who the help
//! is for in a way the screener can check) gets the requirement "the municipality assesses
//! your need", so it is never "might fit" on age alone. Wishes (anonymity), requirements
//! for part of a service and reservations are shown but do not decide.

use std::collections::BTreeSet;

use super::besked::{id, Besked, Ordvalg};
use super::regler::{
    self, Saerregel, ANTAGET_FOLKEPENSIONSALDER, BOTILBUD_I_STEDET, S97_MINDSTE_ALDERSGRAENSE,
    SAERREGLER, VUM_OVER_I_STEDET,
};
use super::spoergsmaal::{gaeldende_svar_i, Spoergsmaal};
pub use super::status::{Rolle, Status};
use super::straks::{straks_i, Straks};
use super::svar::{Alder, Bolig, JaNej, Pension, SocialtForhold, Svar, Tema};
use crate::domain::content::{
    Catalog, ExclusionTag, Inconsistency, InconsistencyScreener, Kvalitetsstandard, MaxAge,
    Municipality, Paragraph, ParagraphInMunicipality, Part, Source, VumKriterium, VumRegel,
    VumTema, VUM_NIVEAUER,
};

mod kriterier;

use kriterier::*;

/// The verdict for one service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vurdering {
    /// Might fit: every requirement the screener can check is met.
    KanPasse,
    /// The municipality must assess: nothing rules it out, but something is unknown or
    /// decided case by case.
    KommunenVurderer,
    /// Probably not: a requirement is not met.
    PasserNokIkke,
}

impl Vurdering {
    pub const ALL: [Vurdering; 3] = [
        Vurdering::KanPasse,
        Vurdering::KommunenVurderer,
        Vurdering::PasserNokIkke,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Vurdering::KanPasse => "kan-passe",
            Vurdering::KommunenVurderer => "kommunen-vurderer",
            Vurdering::PasserNokIkke => "passer-nok-ikke",
        }
    }

    pub fn parse(text: &str) -> Option<Vurdering> {
        Self::ALL.into_iter().find(|v| v.as_str() == text)
    }

    /// The Fluent id of the label.
    pub const fn besked_id(self) -> &'static str {
        match self {
            Vurdering::KanPasse => id::VURDERING_KAN_PASSE,
            Vurdering::KommunenVurderer => id::VURDERING_KOMMUNEN_VURDERER,
            Vurdering::PasserNokIkke => id::VURDERING_PASSER_NOK_IKKE,
        }
    }
}

/// Where a criterion comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grundlag {
    /// A field of the standard's data, e.g. `"criteria.max_age"`.
    Data(&'static str),
    /// A field of the data with an exception from [`regler::UNDTAGELSER`] (its id).
    DataMedUndtagelse(&'static str, &'static str),
    /// A special rule of [`regler::SAERREGLER`] (its id).
    Saerregel(&'static str),
}

/// One criterion of a service and its status for these answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Kriterium {
    /// Stable key within the service, e.g. `"alder-max"`, `"udelukket-misbrug"`,
    /// `"vum"`, `"vum-praktiske-opgaver"`, `"s109-vold"`, `"forbehold-1"`.
    pub noegle: String,
    pub status: Status,
    pub rolle: Rolle,
    /// What the rule says.
    pub besked: Besked,
    /// Why it has this status for these answers.
    pub forklaringer: Vec<Besked>,
    /// The paragraph key (`"97"`); its label is `content::paragraph(key).label`.
    pub paragraf: &'static str,
    /// Where the rule is stated: the standard's source for the part that states it.
    pub kilde: Source,
    pub grundlag: Grundlag,
    /// The questions it rests on (for "answer this" and "change" links).
    pub spoergsmaal: Vec<Spoergsmaal>,
    /// Parts of a combined criterion (e.g. each theme of "one of these VUM ranges").
    pub detaljer: Vec<Kriterium>,
}

impl Kriterium {
    /// This criterion and its parts, depth first.
    pub fn alle(&self) -> Vec<&Kriterium> {
        let mut out = vec![self];
        for d in &self.detaljer {
            out.extend(d.alle());
        }
        out
    }

    fn alle_mut(&mut self) -> Vec<&mut Besked> {
        let mut out: Vec<&mut Besked> = vec![&mut self.besked];
        out.extend(self.forklaringer.iter_mut());
        for d in &mut self.detaljer {
            out.extend(d.alle_mut());
        }
        out
    }
}

/// Something that might help instead.
#[derive(Debug, Clone, PartialEq)]
pub enum Alternativ {
    /// A standard of the same municipality, with its own verdict.
    Ydelse {
        ydelse: &'static Kvalitetsstandard,
        vurdering: Vurdering,
    },
    /// A paragraph the municipality has no standard for in the portal (show its national
    /// description).
    Paragraf(&'static Paragraph),
    /// A pointer to help outside the catalogue.
    Besked(Besked),
}

/// The result for one service.
#[derive(Debug, Clone, PartialEq)]
pub struct Ydelsesvurdering {
    pub ydelse: &'static Kvalitetsstandard,
    pub vurdering: Vurdering,
    pub kriterier: Vec<Kriterium>,
    /// What might help instead (only for [`Vurdering::PasserNokIkke`]), best first.
    pub i_stedet: Vec<Alternativ>,
    /// Whether the service touches what the answers are about (a need criterion met or a
    /// life situation in common). Used to sort; never decides the verdict.
    pub relevant: bool,
    /// How much it touches the answers: 3 per specific way in met (a social situation, an
    /// acute crisis), 2 per other need met, 1 for a life situation in common. Used to sort
    /// within a verdict; never decides it.
    pub relevans: u16,
}

impl Ydelsesvurdering {
    /// Whether the answer comes from the law (the national floor: the municipality has no
    /// standard for the paragraph in the portal) rather than the municipality's standard.
    pub fn fra_loven(&self) -> bool {
        self.ydelse.is_national()
    }
}

impl Ydelsesvurdering {
    /// A criterion (or a part of one) by key.
    pub fn kriterium(&self, noegle: &str) -> Option<&Kriterium> {
        self.kriterier
            .iter()
            .flat_map(|k| k.alle())
            .find(|k| k.noegle == noegle)
    }

    /// The requirements that are not met (the reasons for "passer nok ikke").
    pub fn grunde(&self) -> Vec<&Kriterium> {
        self.kriterier
            .iter()
            .filter(|k| k.rolle == Rolle::Krav && k.status == Status::IkkeOpfyldt)
            .collect()
    }

    /// Where a requirement is assessed individually because the source can be read in two
    /// ways (an inconsistency of the data): the explanation that says so.
    pub fn kilde_uklar(&self) -> Option<&Besked> {
        self.kriterier
            .iter()
            .filter(|k| k.rolle == Rolle::Krav)
            .flat_map(|k| k.alle())
            .filter(|k| k.status == Status::VurderesIndividuelt)
            .flat_map(|k| k.forklaringer.iter())
            .find(|f| f.id == id::FORKL_KILDE_UKLAR || f.id == id::FORKL_NIVEAU_UKLAR)
    }

    /// "Du opfylder X af Y": met requirements and all requirements.
    pub fn opfyldte_krav(&self) -> (usize, usize) {
        let krav = self.kriterier.iter().filter(|k| k.rolle == Rolle::Krav);
        let alle = krav.clone().count();
        (krav.filter(|k| k.status == Status::Opfyldt).count(), alle)
    }
}

/// The screener's whole answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Resultat {
    pub ordvalg: Ordvalg,
    /// `None` when no known municipality is chosen (then `ydelser` is empty).
    pub kommune: Option<&'static Municipality>,
    /// The answers the result rests on (without answers to questions that no longer apply).
    pub svar: Svar,
    /// Immediate help, shown first (empty unless the answers mention violence, an acute
    /// crisis or a wish for anonymity).
    pub straks: Vec<Straks>,
    /// Every standard of the municipality: might fit first, then the municipality assesses,
    /// then probably not; relevant ones first within each group; else in the data's order.
    pub ydelser: Vec<Ydelsesvurdering>,
}

impl Resultat {
    /// The services with one verdict, in order.
    pub fn gruppe(&self, vurdering: Vurdering) -> Vec<&Ydelsesvurdering> {
        self.ydelser
            .iter()
            .filter(|y| y.vurdering == vurdering)
            .collect()
    }

    /// One service's result by id.
    pub fn ydelse(&self, id: &str) -> Option<&Ydelsesvurdering> {
        self.ydelser.iter().find(|y| y.ydelse.id == id)
    }

    /// Every message in the result (for checks such as "never says 'ret til'").
    pub fn beskeder(&self) -> Vec<&Besked> {
        let mut out: Vec<&Besked> = self.straks.iter().map(|s| &s.besked).collect();
        for y in &self.ydelser {
            for k in y.kriterier.iter().flat_map(|k| k.alle()) {
                out.push(&k.besked);
                out.extend(k.forklaringer.iter());
            }
            for a in &y.i_stedet {
                if let Alternativ::Besked(b) = a {
                    out.push(b);
                }
            }
        }
        out
    }
}

/// Evaluates the answers against the real catalogue.
pub fn vurder(svar: &Svar) -> Resultat {
    vurder_i(crate::domain::content::catalog(), svar)
}

/// Evaluates the answers against a catalogue.
pub fn vurder_i(catalog: &'static Catalog, svar: &Svar) -> Resultat {
    let svar = gaeldende_svar_i(catalog, svar);
    let ordvalg = svar.ordvalg();
    let kommune = svar
        .kommune
        .as_deref()
        .and_then(|k| catalog.municipality(k));
    let situationer = svar.livssituationer();

    // The municipality's own standards, then the national floor for every paragraph it
    // has none for (for a municipality without data: the floor of every paragraph).
    let standarder: Vec<&'static Kvalitetsstandard> = match kommune {
        Some(m) => m.services.iter().chain(catalog.floor_for(m.id)).collect(),
        None => vec![],
    };
    let mut ydelser: Vec<Ydelsesvurdering> = standarder
        .into_iter()
        .map(|s| vurder_ydelse(s, &svar, &situationer))
        .collect();

    // What might help instead: needs every verdict first.
    let verdicts: Vec<(&'static str, Vurdering)> =
        ydelser.iter().map(|y| (y.ydelse.id, y.vurdering)).collect();
    let alle: Vec<&'static Kvalitetsstandard> = ydelser.iter().map(|y| y.ydelse).collect();
    let kommune_id = kommune.map(|m| m.id).unwrap_or("");
    for y in &mut ydelser {
        if y.vurdering == Vurdering::PasserNokIkke {
            y.i_stedet = i_stedet(catalog, kommune_id, &alle, y, &verdicts, &svar);
        }
    }
    // Within each verdict: most relevant to the answers first (a need met, then a life
    // situation in common), the municipality's own standards before the law's floor at
    // the same relevance; else the data's order.
    ydelser.sort_by_key(|y| {
        (
            y.vurdering,
            std::cmp::Reverse(y.relevans),
            y.ydelse.is_national(),
        )
    });

    let mut resultat = Resultat {
        ordvalg,
        kommune,
        straks: straks_i(catalog, &svar),
        svar,
        ydelser,
    };
    for b in beskeder_mut(&mut resultat) {
        b.saet_ordvalg(ordvalg);
    }
    resultat
}

fn beskeder_mut(r: &mut Resultat) -> Vec<&mut Besked> {
    let mut out: Vec<&mut Besked> = r.straks.iter_mut().map(|s| &mut s.besked).collect();
    for y in &mut r.ydelser {
        for k in &mut y.kriterier {
            out.extend(k.alle_mut());
        }
        for a in &mut y.i_stedet {
            if let Alternativ::Besked(b) = a {
                out.push(b);
            }
        }
    }
    out
}

/// Builds criteria for one standard.
struct Bygger<'a> {
    s: &'static Kvalitetsstandard,
    svar: &'a Svar,
    kriterier: Vec<Kriterium>,
}

impl Bygger<'_> {
    fn data(
        &self,
        noegle: impl Into<String>,
        felt: &'static str,
        status: Status,
        besked: Besked,
        forklaringer: Vec<Besked>,
        spoergsmaal: Vec<Spoergsmaal>,
    ) -> Kriterium {
        Kriterium {
            noegle: noegle.into(),
            status,
            rolle: Rolle::Krav,
            besked,
            forklaringer,
            paragraf: self.s.main_paragraph(),
            kilde: *self.s.source_of(Part::Criteria),
            grundlag: Grundlag::Data(felt),
            spoergsmaal,
            detaljer: vec![],
        }
    }
}

fn ikke_besvaret() -> Vec<Besked> {
    vec![Besked::new(id::FORKL_IKKE_BESVARET)]
}

fn en(forklaring: &'static str) -> Vec<Besked> {
    vec![Besked::new(forklaring)]
}

fn tema_navn(tema: VumTema) -> String {
    tema.label().to_lowercase()
}

fn niveau_navn(level: u8) -> String {
    VUM_NIVEAUER
        .get(level as usize)
        .copied()
        .unwrap_or("")
        .to_lowercase()
}

/// "a, b eller c".
fn liste(items: &[String], og_eller: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {og_eller} {last}", rest.join(", ")),
    }
}

fn vurder_ydelse(
    s: &'static Kvalitetsstandard,
    svar: &Svar,
    situationer: &BTreeSet<crate::domain::content::Livssituation>,
) -> Ydelsesvurdering {
    let mut b = Bygger {
        s,
        svar,
        kriterier: vec![],
    };
    let mut behov = false;

    alder(&mut b);
    for tag in s.criteria.exclusion_tags {
        let k = udelukkelse(&b, *tag);
        b.kriterier.push(k);
    }
    if !s.criteria.needs.is_empty() {
        let k = behov_temaer(&b);
        b.kriterier.push(k);
        behov = true;
    }
    if !s.criteria.vum.is_empty() {
        behov |= vum(&mut b);
    }
    if let Some(level) = s.criteria.vum_most {
        let k = vum_hovedparten(&b, level);
        b.kriterier.push(k);
        behov = true;
    }
    let regler: Vec<&Saerregel> = SAERREGLER.iter().filter(|r| r.gaelder(s)).collect();
    for r in &regler {
        let rolle = r.rolle_for(s);
        let u = (r.vurder)(svar);
        b.kriterier.push(Kriterium {
            noegle: r.id.to_string(),
            status: u.status,
            rolle,
            besked: Besked::new(r.besked),
            forklaringer: u.forklaringer,
            paragraf: r.paragraf,
            kilde: *s.source_of(r.del),
            grundlag: Grundlag::Saerregel(r.id),
            spoergsmaal: r.spoergsmaal.to_vec(),
            detaljer: vec![],
        });
        behov |= r.behov && rolle == Rolle::Krav;
    }
    if !behov {
        // Nothing in daily life is hard, and the service shares no life situation with the
        // answers: it is not for this person (never "the municipality assesses" for help the
        // answers give no reason for).
        let intet_svaert = svar.vanskeligheder.as_ref().is_some_and(|p| p.is_empty());
        let faelles = s.situations.iter().any(|x| situationer.contains(x));
        let mut k = if intet_svaert && !faelles {
            b.data(
                "behov-vurderes",
                "criteria.text",
                Status::IkkeOpfyldt,
                Besked::new(id::KRIT_BEHOV_VURDERES),
                en(id::FORKL_INGEN_TEMAER),
                vec![Spoergsmaal::Vanskeligheder],
            )
        } else {
            b.data(
                "behov-vurderes",
                "criteria.text",
                Status::VurderesIndividuelt,
                Besked::new(id::KRIT_BEHOV_VURDERES),
                vec![],
                vec![],
            )
        };
        if k.status == Status::VurderesIndividuelt && !naevner_ret_til(s.criteria.text) {
            k.forklaringer
                .push(Besked::new(id::FORKL_BEHOV_VURDERES).med("tekst", s.criteria.text));
        }
        b.kriterier.push(k);
    }
    if svar.anonym == Some(JaNej::Ja) {
        let (status, forkl) = if s.criteria.anonymous {
            (Status::Opfyldt, id::FORKL_ANONYM_MULIG)
        } else {
            (Status::IkkeOpfyldt, id::FORKL_ANONYM_IKKE_MULIG)
        };
        let mut k = b.data(
            "anonym",
            "criteria.anonymous",
            status,
            Besked::new(id::KRIT_ANONYM),
            en(forkl),
            vec![Spoergsmaal::Anonym],
        );
        k.rolle = Rolle::Oenske;
        b.kriterier.push(k);
    }
    forbehold(&mut b, &regler);

    let mut kriterier = b.kriterier;
    ved_anden_vej(&mut kriterier);
    let krav: Vec<&Kriterium> = kriterier
        .iter()
        .filter(|k| k.rolle == Rolle::Krav)
        .collect();
    let vurdering = if krav.iter().any(|k| k.status == Status::IkkeOpfyldt) {
        Vurdering::PasserNokIkke
    } else if krav.iter().any(|k| k.status != Status::Opfyldt) {
        Vurdering::KommunenVurderer
    } else {
        Vurdering::KanPasse
    };
    // Relevance: a specific way in met (a social situation, a crisis: 3), another need met
    // (2), a life situation in common (1).
    let behov_point: usize = kriterier
        .iter()
        .flat_map(|k| k.alle())
        .filter(|k| k.status == Status::Opfyldt)
        .map(|k| {
            let regel = SAERREGLER.iter().find(|r| r.id == k.noegle);
            match regel {
                Some(r) if r.eget_behov => 3,
                Some(r) if r.behov => 2,
                None if k.noegle == "behov-temaer"
                    || k.noegle == "vum"
                    || k.noegle.starts_with("vum-") =>
                {
                    2
                }
                _ => 0,
            }
        })
        .sum();
    let faelles = usize::from(s.situations.iter().any(|x| situationer.contains(x)));
    let relevans = u16::try_from(behov_point + faelles).unwrap_or(u16::MAX);
    Ydelsesvurdering {
        ydelse: s,
        vurdering,
        kriterier,
        i_stedet: vec![],
        relevant: relevans > 0,
        relevans,
    }
}

#[cfg(test)]
mod tests;
