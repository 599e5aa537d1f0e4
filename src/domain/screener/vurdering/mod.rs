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

/// Whether a criterion says who the help is for in a way that is a way in of its own:
/// the areas of daily life (`behov-temaer`) or a special rule marked `eget_behov`.
fn er_adgang(k: &Kriterium) -> bool {
    k.noegle == "behov-temaer"
        || matches!(k.grundlag, Grundlag::Saerregel(id)
            if SAERREGLER.iter().any(|r| r.id == id && r.eget_behov))
}

/// Several ways in (needs in daily life, a social situation, an acute crisis): one met is
/// enough. The met one decides (as a requirement, also when it belongs to another paragraph
/// of a combined standard, e.g. § 82 c in a § 82 a–c standard); the ones not met only
/// concern other parts of the service.
fn ved_anden_vej(kriterier: &mut [Kriterium]) {
    let en_opfyldt = kriterier
        .iter()
        .any(|k| er_adgang(k) && k.status == Status::Opfyldt && k.rolle != Rolle::Forbehold);
    if !en_opfyldt {
        return;
    }
    for k in kriterier.iter_mut().filter(|k| er_adgang(k)) {
        if k.status == Status::Opfyldt {
            k.rolle = Rolle::Krav;
        } else if k.rolle == Rolle::Krav {
            k.rolle = Rolle::Delydelse;
            k.forklaringer.push(Besked::new(id::FORKL_ANDEN_VEJ));
        }
    }
}

/// Texts from the data that say "ret til" are not repeated by the screener, which must
/// never say that someone is or is not entitled (see the report: the seed texts to fix).
fn naevner_ret_til(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("ret til") || lower.contains("berettig")
}

fn alder(b: &mut Bygger) {
    let c = &b.s.criteria;
    let svar_alder = b.svar.alder;
    let forkl_alder = |a: u8| Besked::new(id::FORKL_ALDER).med("alder", a.to_string());
    if let Some(min) = c.min_age {
        let besked = Besked::new(id::KRIT_MIN_ALDER).med("min", min.to_string());
        let (status, forkl) = match svar_alder {
            Some(Alder::Aar(a)) if a >= min => (Status::Opfyldt, vec![forkl_alder(a)]),
            Some(Alder::Aar(a)) => (Status::IkkeOpfyldt, vec![forkl_alder(a)]),
            _ => (Status::IkkeBesvaret, ikke_besvaret()),
        };
        let k = b.data(
            "alder-min",
            "criteria.min_age",
            status,
            besked,
            forkl,
            vec![Spoergsmaal::Alder],
        );
        b.kriterier.push(k);
    }
    if let Some(max) = c.max_age {
        let (graense, besked_id) = match max {
            MaxAge::Folkepensionsalder => {
                (ANTAGET_FOLKEPENSIONSALDER, id::KRIT_MAX_FOLKEPENSIONSALDER)
            }
            MaxAge::FolkepensionsalderMin67 => (
                ANTAGET_FOLKEPENSIONSALDER.max(S97_MINDSTE_ALDERSGRAENSE),
                id::KRIT_MAX_FOLKEPENSIONSALDER_MIN_67,
            ),
        };
        let besked = Besked::new(besked_id)
            .med("pensionsalder", ANTAGET_FOLKEPENSIONSALDER.to_string())
            .med("mindst", S97_MINDSTE_ALDERSGRAENSE.to_string());
        let antaget =
            Besked::new(id::FORKL_PENSIONSALDER_ANTAGET).med("pensionsalder", graense.to_string());
        let udskudt = regler::S100_UDSKUDT.gaelder(b.s)
            && b.svar.pension == Some(Pension::UdskudtFolkepension);
        let mut grundlag = Grundlag::Data("criteria.max_age");
        let (status, forkl) = match svar_alder {
            Some(Alder::Aar(a)) if a < graense => (Status::Opfyldt, vec![forkl_alder(a), antaget]),
            Some(Alder::Aar(a)) if udskudt => {
                grundlag = Grundlag::DataMedUndtagelse("criteria.max_age", regler::S100_UDSKUDT.id);
                (
                    Status::Opfyldt,
                    vec![forkl_alder(a), Besked::new(id::FORKL_UDSKUDT_PENSION)],
                )
            }
            Some(Alder::Aar(a)) => {
                let mut f = vec![forkl_alder(a), antaget];
                if max == MaxAge::FolkepensionsalderMin67 {
                    f.push(Besked::new(id::FORKL_S97_BEHOLDER));
                }
                (Status::IkkeOpfyldt, f)
            }
            _ => (Status::IkkeBesvaret, ikke_besvaret()),
        };
        let mut k = b.data(
            "alder-max",
            "criteria.max_age",
            status,
            besked,
            forkl,
            vec![Spoergsmaal::Alder],
        );
        k.grundlag = grundlag;
        if udskudt {
            k.spoergsmaal.push(Spoergsmaal::Pension);
        }
        b.kriterier.push(k);
    }
}

/// The service's inconsistency whose screener hook matches, if any.
fn uklarhed(
    s: &'static Kvalitetsstandard,
    hook: impl Fn(&InconsistencyScreener) -> bool,
) -> Option<&'static Inconsistency> {
    let all: &'static [Inconsistency] = s.inconsistencies;
    all.iter().find(|i| i.screener.as_ref().is_some_and(&hook))
}

fn kilde_uklar(inc: &Inconsistency) -> Besked {
    Besked::new(id::FORKL_KILDE_UKLAR).med("tekst", inc.text)
}

fn udelukkelse(b: &Bygger, tag: ExclusionTag) -> Kriterium {
    use SocialtForhold as S;
    let svar = b.svar;
    let felt = "criteria.exclusion_tags";
    let mut grundlag = Grundlag::Data(felt);
    let (besked, status, forkl, q): (&str, Status, Vec<Besked>, Vec<Spoergsmaal>) = match tag {
        ExclusionTag::Misbrug => {
            let (st, f) = match svar.socialt_noget(&[S::Stoffer, S::Alkohol]) {
                Some(true) => (Status::IkkeOpfyldt, en(id::FORKL_MISBRUG)),
                Some(false) => (Status::Opfyldt, en(id::FORKL_INGEN_MISBRUG)),
                None => (Status::IkkeBesvaret, ikke_besvaret()),
            };
            (
                id::KRIT_UDELUKKET_MISBRUG,
                st,
                f,
                vec![Spoergsmaal::Socialt],
            )
        }
        ExclusionTag::Sindslidelse => {
            // The screener does not ask about diagnoses: psychological difficulties may or
            // may not be a mental illness (an intellectual disability is not), so the
            // municipality assesses it.
            let (st, f) = match svar.tema(VumTema::PsykiskFunktion).svaert() {
                Some(true) => (Status::VurderesIndividuelt, en(id::FORKL_PSYKISK_VURDERES)),
                Some(false) => (Status::Opfyldt, en(id::FORKL_INGEN_PSYKISK)),
                None => (Status::IkkeBesvaret, ikke_besvaret()),
            };
            (
                id::KRIT_UDELUKKET_SINDSLIDELSE,
                st,
                f,
                vec![Spoergsmaal::Vanskeligheder],
            )
        }
        ExclusionTag::AndreSocialeProblemer => {
            let (st, f) = match svar.andre_sociale_problemer() {
                Some(true) => (Status::IkkeOpfyldt, en(id::FORKL_ANDRE_PROBLEMER)),
                Some(false) => (Status::Opfyldt, en(id::FORKL_INGEN_ANDRE_PROBLEMER)),
                None => (Status::IkkeBesvaret, ikke_besvaret()),
            };
            (
                id::KRIT_UDELUKKET_ANDRE_SOCIALE_PROBLEMER,
                st,
                f,
                vec![Spoergsmaal::Socialt, Spoergsmaal::Bolig],
            )
        }
        ExclusionTag::FoertidspensionFoer2003 => {
            let bpa_undtagelse = regler::S100_BPA.gaelder(b.s);
            let under_18 = svar.alder_aar().is_some_and(|a| a < 18);
            let (st, f) = match svar.pension {
                _ if under_18 => (Status::Opfyldt, en(id::FORKL_UNDER_18)),
                Some(Pension::FoertidspensionFoer2003) if bpa_undtagelse => {
                    grundlag = Grundlag::DataMedUndtagelse(felt, regler::S100_BPA.id);
                    match svar.bpa {
                        Some(JaNej::Ja) => (Status::Opfyldt, en(id::FORKL_BPA_UNDTAGELSE)),
                        Some(JaNej::Nej) => (Status::IkkeOpfyldt, en(id::FORKL_BPA_NEJ)),
                        _ => (Status::VurderesIndividuelt, en(id::FORKL_BPA_UKENDT)),
                    }
                }
                Some(Pension::FoertidspensionFoer2003) => {
                    (Status::IkkeOpfyldt, en(id::FORKL_FOERTIDSPENSION_FOER_2003))
                }
                Some(Pension::VedIkke) | None => (Status::IkkeBesvaret, ikke_besvaret()),
                Some(_) => (Status::Opfyldt, en(id::FORKL_PENSION_ANDEN)),
            };
            let mut q = vec![Spoergsmaal::Pension];
            if bpa_undtagelse {
                q.push(Spoergsmaal::Bpa);
            }
            (id::KRIT_UDELUKKET_FOERTIDSPENSION_FOER_2003, st, f, q)
        }
        ExclusionTag::Botilbud => {
            let (st, f) = match svar.bolig {
                Some(Bolig::Botilbud) => (Status::IkkeOpfyldt, en(id::FORKL_BOTILBUD)),
                Some(Bolig::EgenBolig | Bolig::IngenBolig) => {
                    (Status::Opfyldt, en(id::FORKL_IKKE_BOTILBUD))
                }
                Some(Bolig::VedIkke) | None => (Status::IkkeBesvaret, ikke_besvaret()),
            };
            (id::KRIT_UDELUKKET_BOTILBUD, st, f, vec![Spoergsmaal::Bolig])
        }
        ExclusionTag::Folkepension => {
            let ung = svar
                .alder_aar()
                .is_some_and(|a| a < ANTAGET_FOLKEPENSIONSALDER);
            let (st, f) = match svar.pension {
                Some(Pension::Folkepension) => (Status::IkkeOpfyldt, en(id::FORKL_FOLKEPENSION)),
                Some(Pension::UdskudtFolkepension) => {
                    (Status::Opfyldt, en(id::FORKL_UDSKUDT_PENSION))
                }
                Some(Pension::VedIkke) | None if ung => {
                    (Status::Opfyldt, en(id::FORKL_UNDER_PENSIONSALDER))
                }
                Some(Pension::VedIkke) | None => (Status::IkkeBesvaret, ikke_besvaret()),
                Some(_) => (Status::Opfyldt, en(id::FORKL_PENSION_ANDEN)),
            };
            (
                id::KRIT_UDELUKKET_FOLKEPENSION,
                st,
                f,
                vec![Spoergsmaal::Pension, Spoergsmaal::Alder],
            )
        }
    };
    // The source can be read so that the exclusion does not hold: the municipality assesses.
    let (mut status, mut forkl) = (status, forkl);
    if status == Status::IkkeOpfyldt {
        if let Some(inc) = uklarhed(b.s, |h| *h == InconsistencyScreener::ExclusionTag(tag)) {
            forkl.push(kilde_uklar(inc));
            status = Status::VurderesIndividuelt;
        }
    }
    let mut k = b.data(
        format!("udelukket-{}", tag.as_str()),
        felt,
        status,
        Besked::new(besked),
        forkl,
        q,
    );
    k.grundlag = grundlag;
    k
}

/// `needs`: at least one of the themes is a problem (level ≥ 1).
fn behov_temaer(b: &Bygger) -> Kriterium {
    let needs = b.s.criteria.needs;
    let names: Vec<String> = needs.iter().map(|t| tema_navn(*t)).collect();
    let ids: Vec<&str> = needs.iter().map(|t| t.as_str()).collect();
    // `temaer_ids`: the UI names the areas in the words of the question (never words the
    // screener did not ask with, e.g. "psykisk funktion" for "Tanker og følelser").
    let besked = Besked::new(id::KRIT_BEHOV_TEMAER)
        .med("temaer", liste(&names, "eller"))
        .med("temaer_ids", ids.join(","))
        .med("og_eller", "eller");
    let doevblind = b.svar.doevblind == Some(JaNej::Ja);
    let valgt = needs
        .iter()
        .find(|t| b.svar.tema(**t).svaert() == Some(true));
    let (status, forkl) = if let Some(t) = valgt {
        (
            Status::Opfyldt,
            vec![Besked::new(id::FORKL_TEMA_VALGT)
                .med("tema", tema_navn(*t))
                .med("tema_id", t.as_str())],
        )
    } else if doevblind && needs.contains(&VumTema::FysiskFunktion) {
        (Status::Opfyldt, en(id::FORKL_DOEVBLIND_FYSISK))
    } else if b.svar.vanskeligheder.is_none()
        || needs.iter().any(|t| b.svar.tema(*t).svaert().is_none())
    {
        (Status::IkkeBesvaret, ikke_besvaret())
    } else {
        (Status::IkkeOpfyldt, en(id::FORKL_INGEN_TEMAER))
    };
    b.data(
        "behov-temaer",
        "criteria.needs",
        status,
        besked,
        forkl,
        vec![Spoergsmaal::Vanskeligheder],
    )
}

fn vum_kriterium(b: &Bygger, v: &VumKriterium) -> Kriterium {
    let besked = Besked::new(id::KRIT_VUM)
        .med("tema", tema_navn(v.theme))
        .med("tema_id", v.theme.as_str())
        .med("min", v.min_level.to_string())
        .med("max", v.max_level.to_string())
        .med("fra", niveau_navn(v.min_level))
        .med("til", niveau_navn(v.max_level))
        .med(
            "samme",
            if v.min_level == v.max_level {
                "ja"
            } else {
                "nej"
            },
        );
    let niveau_forkl = |key: &'static str, level: u8| {
        Besked::new(key)
            .med("niveau", level.to_string())
            .med("svar", super::svar::Niveau::fra_vum(level).as_str())
            .med("tema", tema_navn(v.theme))
            .med("tema_id", v.theme.as_str())
    };
    let (status, mut forkl) = match b.svar.tema(v.theme) {
        Tema::IkkeBesvaret => (Status::IkkeBesvaret, ikke_besvaret()),
        Tema::Valgt(None) => (
            Status::IkkeBesvaret,
            vec![Besked::new(id::FORKL_NIVEAU_UKENDT)
                .med("tema", tema_navn(v.theme))
                .med("tema_id", v.theme.as_str())],
        ),
        t if t.niveau().is_some_and(|level| {
            uklarhed(
                b.s,
                |h| matches!(h, InconsistencyScreener::VumLevels(l) if l.contains(&level)),
            )
            .is_some()
        }) =>
        {
            // The two readings of the source disagree on this level.
            let level = t.niveau().unwrap_or(0);
            let inc = uklarhed(
                b.s,
                |h| matches!(h, InconsistencyScreener::VumLevels(l) if l.contains(&level)),
            )
            .expect("checked in the guard");
            (
                Status::VurderesIndividuelt,
                vec![niveau_forkl(id::FORKL_NIVEAU_UKLAR, level).med("tekst", inc.text)],
            )
        }
        t => {
            let level = t.niveau().unwrap_or(0);
            if level < v.min_level {
                (
                    Status::IkkeOpfyldt,
                    vec![niveau_forkl(id::FORKL_NIVEAU_UNDER, level)],
                )
            } else if level > v.max_level {
                (
                    Status::IkkeOpfyldt,
                    vec![niveau_forkl(id::FORKL_NIVEAU_OVER, level)],
                )
            } else {
                (
                    Status::Opfyldt,
                    vec![niveau_forkl(id::FORKL_NIVEAU_INDEN, level)],
                )
            }
        }
    };
    if let Some(note) = v.note {
        forkl.push(Besked::new(id::FORKL_NOTE).med("tekst", note));
    }
    b.data(
        format!("vum-{}", v.theme.as_str()),
        "criteria.vum",
        status,
        besked,
        forkl,
        vec![Spoergsmaal::Vanskeligheder, Spoergsmaal::Niveau(v.theme)],
    )
}

/// `[[criteria.vum]]` and `vum_rule`. Returns whether a need criterion was added.
fn vum(b: &mut Bygger) -> bool {
    let s = b.s;
    let mut krav: Vec<Kriterium> = vec![];
    let mut dele: Vec<Kriterium> = vec![];
    for v in s.criteria.vum {
        let mut k = vum_kriterium(b, v);
        // A range for part of the service only (`part` in the data): shown, not deciding.
        if v.part.is_some() {
            k.rolle = Rolle::Delydelse;
            k.grundlag = Grundlag::Data("criteria.vum.part");
            dele.push(k);
        } else {
            krav.push(k);
        }
    }
    let added = match krav.len() {
        0 => false,
        1 => {
            b.kriterier.extend(krav);
            true
        }
        _ => {
            let statuses: Vec<Status> = krav.iter().map(|k| k.status).collect();
            let mut status = samlet_status(s.criteria.vum_rule, &statuses);
            // The source can also be read with the other rule: where the two readings give
            // "met" and "not met", the municipality assesses.
            let mut group_forkl = vec![];
            if let Some(inc) = uklarhed(s, |h| matches!(h, InconsistencyScreener::VumRule(_))) {
                if let Some(InconsistencyScreener::VumRule(other)) = inc.screener {
                    let alt = samlet_status(other, &statuses);
                    status = match (status, alt) {
                        (a, b) if a == b => a,
                        (Status::Opfyldt, Status::IkkeOpfyldt)
                        | (Status::IkkeOpfyldt, Status::Opfyldt) => {
                            group_forkl.push(kilde_uklar(inc));
                            Status::VurderesIndividuelt
                        }
                        (Status::IkkeBesvaret, _) | (_, Status::IkkeBesvaret) => {
                            Status::IkkeBesvaret
                        }
                        (a, _) => a,
                    };
                }
            }
            let besked_id = match s.criteria.vum_rule {
                VumRegel::Any => id::KRIT_VUM_EN_AF,
                VumRegel::All => id::KRIT_VUM_ALLE,
            };
            let names: Vec<String> = krav
                .iter()
                .map(|k| k.besked.arg("tema").unwrap_or_default().to_string())
                .collect();
            let ids: Vec<String> = krav
                .iter()
                .map(|k| k.besked.arg("tema_id").unwrap_or_default().to_string())
                .collect();
            let og_eller = match s.criteria.vum_rule {
                VumRegel::Any => "eller",
                VumRegel::All => "og",
            };
            let mut questions = vec![Spoergsmaal::Vanskeligheder];
            for k in &krav {
                questions.extend(k.spoergsmaal.iter().skip(1));
            }
            let mut group = b.data(
                "vum",
                "criteria.vum_rule",
                status,
                Besked::new(besked_id)
                    .med("temaer", liste(&names, og_eller))
                    .med("temaer_ids", ids.join(","))
                    .med("og_eller", og_eller),
                group_forkl,
                questions,
            );
            group.detaljer = krav;
            b.kriterier.push(group);
            true
        }
    };
    // Ranges for part of the service come after the requirements.
    b.kriterier.extend(dele);
    added
}

/// `vum_most`: at least `level` in most (more than half) of the themes the screener asks
/// (Gladsaxe, socialpædagogisk ledsagelse: "svære (3) eller fuldstændige (4) problemer inden
/// for hovedparten af temaer").
fn vum_hovedparten(b: &Bygger, level: u8) -> Kriterium {
    use super::svar::SPURGTE_TEMAER;
    let svar = b.svar;
    let n = SPURGTE_TEMAER.len();
    let themes = SPURGTE_TEMAER.map(|t| svar.tema(t));
    let over = themes
        .iter()
        .filter(|t| t.niveau().is_some_and(|l| l >= level))
        .count();
    let ukendte = themes
        .iter()
        .filter(|t| matches!(t, Tema::Valgt(None)))
        .count();
    let status = if svar.vanskeligheder.is_none() {
        Status::IkkeBesvaret
    } else if over * 2 > n {
        Status::Opfyldt
    } else if (over + ukendte) * 2 > n {
        Status::IkkeBesvaret
    } else {
        Status::IkkeOpfyldt
    };
    let forklaring = if svar.vanskeligheder.is_none() {
        ikke_besvaret()
    } else {
        vec![Besked::new(id::FORKL_HOVEDPARTEN)
            .med("antal", over.to_string())
            .med("ud_af", n.to_string())]
    };
    b.data(
        "vum-hovedparten",
        "criteria.vum_most",
        status,
        Besked::new(id::KRIT_LEDSAGELSE_HOVEDPARTEN),
        forklaring,
        vec![Spoergsmaal::Vanskeligheder],
    )
}

/// Several VUM criteria combined by a rule. A part the municipality assesses (the source
/// is unclear about it) counts as neither met nor not met.
fn samlet_status(rule: VumRegel, statuses: &[Status]) -> Status {
    let has = |st: Status| statuses.contains(&st);
    match rule {
        VumRegel::Any if has(Status::Opfyldt) => Status::Opfyldt,
        VumRegel::Any if has(Status::VurderesIndividuelt) => Status::VurderesIndividuelt,
        VumRegel::Any if has(Status::IkkeBesvaret) => Status::IkkeBesvaret,
        VumRegel::Any => Status::IkkeOpfyldt,
        VumRegel::All if has(Status::IkkeOpfyldt) => Status::IkkeOpfyldt,
        VumRegel::All if has(Status::IkkeBesvaret) => Status::IkkeBesvaret,
        VumRegel::All if has(Status::VurderesIndividuelt) => Status::VurderesIndividuelt,
        VumRegel::All => Status::Opfyldt,
    }
}

/// The plain-text exclusions of the data the screener cannot check: shown as reservations,
/// except those a tag or a special rule already checks, and those that say "ret til".
fn forbehold(b: &mut Bygger, regler: &[&Saerregel]) {
    let s = b.s;
    let mut covered: Vec<&str> = s
        .criteria
        .exclusion_tags
        .iter()
        .map(|t| match t {
            ExclusionTag::Misbrug => "misbrug",
            ExclusionTag::Sindslidelse => "sindslidelse",
            ExclusionTag::AndreSocialeProblemer => "andre sociale problemer",
            ExclusionTag::FoertidspensionFoer2003 => "førtidspension",
            ExclusionTag::Botilbud => "botilbud",
            ExclusionTag::Folkepension => "folkepension",
        })
        .collect();
    if regler.iter().any(|r| r.id == "s101a-ingen-andre-problemer") {
        covered.push("andre sociale problemer");
    }
    let mut n = 0;
    for text in s.criteria.exclusions {
        let lower = text.to_lowercase();
        if naevner_ret_til(text) || covered.iter().any(|c| lower.contains(c)) {
            continue;
        }
        n += 1;
        let mut k = b.data(
            format!("forbehold-{n}"),
            "criteria.exclusions",
            Status::VurderesIndividuelt,
            Besked::new(id::KRIT_FORBEHOLD).med("tekst", *text),
            vec![],
            vec![],
        );
        k.rolle = Rolle::Forbehold;
        b.kriterier.push(k);
    }
}

/// What might help instead of a service that probably does not fit.
fn i_stedet(
    catalog: &'static Catalog,
    kommune: &str,
    alle: &[&'static Kvalitetsstandard],
    y: &Ydelsesvurdering,
    verdicts: &[(&'static str, Vurdering)],
    svar: &Svar,
) -> Vec<Alternativ> {
    let s = y.ydelse;
    let mut paragraphs: Vec<&'static str> = vec![];
    let mut messages: Vec<&'static str> = vec![];
    for k in y.grunde() {
        match k.grundlag {
            Grundlag::Saerregel(rule) => {
                if let Some(r) = SAERREGLER.iter().find(|r| r.id == rule) {
                    paragraphs.extend(r.i_stedet);
                    messages.extend(r.i_stedet_besked);
                }
            }
            _ if k.noegle == "udelukket-botilbud" => {
                paragraphs.extend(BOTILBUD_I_STEDET);
                messages.push(id::ALT_BOTILBUD);
            }
            _ => {}
        }
        let over = k
            .alle()
            .iter()
            .any(|d| d.forklaringer.iter().any(|f| f.id == id::FORKL_NIVEAU_OVER));
        if over {
            paragraphs.extend(VUM_OVER_I_STEDET);
        }
    }
    // The standard's own pointers (`criteria.instead` in the data).
    if !y.grunde().is_empty() {
        paragraphs.extend(s.criteria.instead.iter().copied());
    }
    let verdict = |id: &str| verdicts.iter().find(|(x, _)| *x == id).map(|(_, v)| *v);
    let mut out: Vec<Alternativ> = vec![];
    let mut seen: Vec<&str> = vec![s.id];
    let mut push_service = |out: &mut Vec<Alternativ>, alt: &'static Kvalitetsstandard| {
        if !alle.iter().any(|a| std::ptr::eq(*a, alt)) || seen.contains(&alt.id) {
            return;
        }
        let Some(v) = verdict(alt.id) else { return };
        if v == Vurdering::PasserNokIkke {
            return;
        }
        seen.push(alt.id);
        out.push(Alternativ::Ydelse {
            ydelse: alt,
            vurdering: v,
        });
    };
    // The paragraph in the chosen municipality: its standards, else the law's floor (with
    // its own verdict), else the paragraph's national page.
    let i_kommunen =
        |key: &str| -> Option<(ParagraphInMunicipality, Vec<&'static Kvalitetsstandard>)> {
            let p = catalog.paragraph_in(kommune, key)?;
            let mut services = p.services.clone();
            if services.is_empty() {
                services.extend(p.paragraph.floor);
            }
            Some((p, services))
        };
    for key in paragraphs {
        let Some((p, services)) = i_kommunen(key) else {
            continue;
        };
        let listed = out
            .iter()
            .any(|a| matches!(a, Alternativ::Paragraf(x) if x.key == key));
        if services.is_empty() && !listed {
            out.push(Alternativ::Paragraf(p.paragraph));
        }
        for alt in services {
            push_service(&mut out, alt);
        }
    }
    for alt in catalog.see_also(s) {
        push_service(&mut out, alt);
    }
    // Never leave "what might help instead" empty: advice (§ 81) is for everyone.
    // Help with alcohol is named only to people who mentioned alcohol.
    if svar.socialt(SocialtForhold::Alkohol) != Some(true) {
        messages.retain(|m| *m != id::ALT_ALKOHOL);
    }
    if out.is_empty() && messages.is_empty() {
        if let Some((_, services)) = i_kommunen("81") {
            for alt in services {
                push_service(&mut out, alt);
            }
        }
        if out.is_empty() {
            messages.push(id::ALT_RAADGIVNING);
        }
    }
    for m in messages {
        if !out
            .iter()
            .any(|a| matches!(a, Alternativ::Besked(b) if b.id == m))
        {
            out.push(Alternativ::Besked(Besked::new(m)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::SAMPLE;
    use crate::domain::screener::svar::{Hvem, Niveau};

    fn svar_testby() -> Svar {
        Svar {
            hvem: Some(Hvem::Selv),
            kommune: Some("testby".into()),
            alder: Some(Alder::Aar(40)),
            bolig: Some(Bolig::EgenBolig),
            vanskeligheder: Some([VumTema::PraktiskeOpgaver, VumTema::PsykiskFunktion].into()),
            socialt: Some(BTreeSet::new()),
            anonym: Some(JaNej::Nej),
            ..Svar::default()
        }
    }

    #[test]
    fn all_rule_and_needs_on_the_sample() {
        let mut svar = svar_testby();
        svar.niveauer
            .insert(VumTema::PraktiskeOpgaver, Niveau::Meget);
        svar.niveauer.insert(VumTema::PsykiskFunktion, Niveau::Lidt);
        let r = vurder_i(&SAMPLE, &svar);
        let y = r.ydelse("bostoette").unwrap();
        assert_eq!(y.vurdering, Vurdering::KanPasse, "{:#?}", y.kriterier);
        assert_eq!(y.kriterium("alder-min").unwrap().status, Status::Opfyldt);
        assert_eq!(y.kriterium("alder-max").unwrap().status, Status::Opfyldt);
        assert_eq!(
            y.kriterium("udelukket-misbrug").unwrap().status,
            Status::Opfyldt
        );
        assert_eq!(y.kriterium("behov-temaer").unwrap().status, Status::Opfyldt);
        assert_eq!(
            y.kriterium("vum-praktiske-opgaver").unwrap().status,
            Status::Opfyldt
        );
        // The plain-text exclusion is covered by the misbrug tag: no reservation.
        assert!(y.kriterium("forbehold-1").is_none());
        assert_eq!(y.opfyldte_krav(), (5, 5));
        // Every message says "du".
        assert!(r.beskeder().iter().all(|b| b.arg("hvem") == Some("du")));
    }

    #[test]
    fn level_below_the_range_and_misuse_rule_it_out() {
        let mut svar = svar_testby();
        svar.niveauer
            .insert(VumTema::PraktiskeOpgaver, Niveau::Lidt);
        svar.socialt = Some([SocialtForhold::Alkohol].into());
        svar.hvem = Some(Hvem::Hjaelper);
        let r = vurder_i(&SAMPLE, &svar);
        let y = r.ydelse("bostoette").unwrap();
        assert_eq!(y.vurdering, Vurdering::PasserNokIkke);
        let grunde: Vec<&str> = y.grunde().iter().map(|k| k.noegle.as_str()).collect();
        assert_eq!(grunde, ["udelukket-misbrug", "vum-praktiske-opgaver"]);
        // Krisecenter (see_also) does not fit either, so it is not offered instead; the
        // sample has no § 81 standard: the plain pointer to advice remains.
        assert_eq!(y.i_stedet.len(), 1, "{:?}", y.i_stedet);
        assert!(matches!(&y.i_stedet[0], Alternativ::Besked(b) if b.id == id::ALT_RAADGIVNING));
        assert!(r
            .beskeder()
            .iter()
            .all(|b| b.arg("hvem") == Some("personen")));
    }

    #[test]
    fn services_are_sorted_by_verdict() {
        let mut svar = svar_testby();
        svar.socialt = Some([SocialtForhold::Vold].into());
        svar.niveauer
            .insert(VumTema::PraktiskeOpgaver, Niveau::Noget);
        let r = vurder_i(&SAMPLE, &svar);
        let order: Vec<(&str, Vurdering)> = r
            .ydelser
            .iter()
            .map(|y| (y.ydelse.id, y.vurdering))
            .collect();
        assert_eq!(
            order,
            [
                ("bostoette", Vurdering::KanPasse),
                ("krisecenter", Vurdering::KanPasse),
                // § 99: no isolation, homelessness or misuse, but something psychological
                // is hard: the outreach workers assess it.
                ("kontaktperson", Vurdering::KommunenVurderer),
            ]
        );
        let krise = r.ydelse("krisecenter").unwrap();
        assert_eq!(
            krise.kriterium("s109-kvinder").unwrap().rolle,
            Rolle::Forbehold
        );
    }

    /// Every exclusion tag, also those no seed uses yet, on a copy of the sample's § 85
    /// standard (so the § 100 exceptions do not apply).
    #[test]
    fn every_exclusion_tag() {
        use crate::domain::content::Kriterier;
        let base = SAMPLE.service("testby", "bostoette").unwrap();
        let tags: &'static [ExclusionTag] = ExclusionTag::ALL;
        let standard: &'static Kvalitetsstandard = Box::leak(Box::new(Kvalitetsstandard {
            criteria: Kriterier {
                exclusion_tags: tags,
                ..base.criteria
            },
            ..*base
        }));
        let status = |svar: &Svar, tag: ExclusionTag| {
            let y = vurder_ydelse(standard, svar, &BTreeSet::new());
            y.kriterium(&format!("udelukket-{}", tag.as_str()))
                .map(|k| k.status)
                .unwrap()
        };
        let mut svar = svar_testby();
        svar.socialt = Some([SocialtForhold::Isolation].into());
        svar.pension = Some(Pension::FoertidspensionFoer2003);
        svar.bpa = Some(JaNej::Ja);
        svar.bolig = Some(Bolig::Botilbud);
        use ExclusionTag as T;
        assert_eq!(status(&svar, T::AndreSocialeProblemer), Status::IkkeOpfyldt);
        assert_eq!(status(&svar, T::Misbrug), Status::Opfyldt);
        assert_eq!(status(&svar, T::Sindslidelse), Status::VurderesIndividuelt);
        // Without the § 100 exception, BPA does not help.
        assert_eq!(
            status(&svar, T::FoertidspensionFoer2003),
            Status::IkkeOpfyldt
        );
        assert_eq!(status(&svar, T::Botilbud), Status::IkkeOpfyldt);
        assert_eq!(status(&svar, T::Folkepension), Status::Opfyldt);
        svar.socialt = Some(BTreeSet::new());
        svar.bolig = Some(Bolig::EgenBolig);
        assert_eq!(status(&svar, T::AndreSocialeProblemer), Status::Opfyldt);
        svar.pension = None;
        svar.alder = Some(Alder::Aar(70));
        assert_eq!(status(&svar, T::Folkepension), Status::IkkeBesvaret);
        assert_eq!(
            status(&svar, T::FoertidspensionFoer2003),
            Status::IkkeBesvaret
        );
        svar.alder = Some(Alder::Aar(50));
        assert_eq!(status(&svar, T::Folkepension), Status::Opfyldt, "too young");
        svar.socialt = None;
        svar.vanskeligheder = None;
        assert_eq!(
            status(&svar, T::AndreSocialeProblemer),
            Status::IkkeBesvaret
        );
        assert_eq!(status(&svar, T::Sindslidelse), Status::IkkeBesvaret);
        assert_eq!(status(&svar, T::Misbrug), Status::IkkeBesvaret);
    }

    #[test]
    fn an_unclear_vum_level_is_assessed_by_the_municipality() {
        // Andeby: praktiske opgaver 2–3; the source is unclear about level 4.
        let mut svar = Svar {
            kommune: Some("andeby".into()),
            alder: Some(Alder::Aar(40)),
            vanskeligheder: Some([VumTema::PraktiskeOpgaver].into()),
            socialt: Some(BTreeSet::new()),
            ..Svar::default()
        };
        svar.niveauer
            .insert(VumTema::PraktiskeOpgaver, Niveau::KanIkke);
        let r = vurder_i(&SAMPLE, &svar);
        let y = r.ydelse("rengoering").unwrap();
        assert_eq!(
            y.vurdering,
            Vurdering::KommunenVurderer,
            "{:#?}",
            y.kriterier
        );
        let k = y.kriterium("vum-praktiske-opgaver").unwrap();
        assert_eq!(k.status, Status::VurderesIndividuelt);
        assert_eq!(k.forklaringer[0].id, id::FORKL_NIVEAU_UKLAR);
        assert_eq!(
            y.kilde_uklar().and_then(|b| b.arg("tekst")),
            Some("Kilden skriver både svære og fuldstændige problemer og kun op til svære.")
        );
        // Level 1 is below the range in both readings: probably not.
        svar.niveauer
            .insert(VumTema::PraktiskeOpgaver, Niveau::Lidt);
        let r = vurder_i(&SAMPLE, &svar);
        let y = r.ydelse("rengoering").unwrap();
        assert_eq!(y.vurdering, Vurdering::PasserNokIkke);
        assert!(y.kilde_uklar().is_none());
    }

    #[test]
    fn an_unclear_exclusion_or_rule_is_assessed_by_the_municipality() {
        use crate::domain::content::{Inconsistency, Kriterier};
        let base = SAMPLE.service("testby", "bostoette").unwrap();
        let inc = |hook| Inconsistency {
            id: "x",
            part: "criteria",
            text: "Kilden siger to ting.",
            readings: &["A.", "B."],
            sources: &[],
            screener: Some(hook),
        };
        // The misbrug exclusion may not hold.
        let excl: &'static Kvalitetsstandard = Box::leak(Box::new(Kvalitetsstandard {
            inconsistencies: Box::leak(Box::new([inc(InconsistencyScreener::ExclusionTag(
                ExclusionTag::Misbrug,
            ))])),
            ..*base
        }));
        let mut svar = svar_testby();
        svar.niveauer
            .insert(VumTema::PraktiskeOpgaver, Niveau::Meget);
        svar.niveauer.insert(VumTema::PsykiskFunktion, Niveau::Lidt);
        svar.socialt = Some([SocialtForhold::Alkohol].into());
        let y = vurder_ydelse(excl, &svar, &BTreeSet::new());
        let k = y.kriterium("udelukket-misbrug").unwrap();
        assert_eq!(k.status, Status::VurderesIndividuelt);
        assert_eq!(k.forklaringer.last().unwrap().id, id::FORKL_KILDE_UKLAR);
        assert_eq!(y.vurdering, Vurdering::KommunenVurderer);
        // Without the mark, the same answers rule it out.
        assert_eq!(
            vurder_ydelse(base, &svar, &BTreeSet::new()).vurdering,
            Vurdering::PasserNokIkke
        );

        // Two ranges with "all", read by the source also as "any".
        let vum: &'static [VumKriterium] = Box::leak(Box::new([
            VumKriterium {
                theme: VumTema::PraktiskeOpgaver,
                min_level: 2,
                max_level: 3,
                note: None,
                part: None,
            },
            VumKriterium {
                theme: VumTema::Kommunikation,
                min_level: 2,
                max_level: 3,
                note: None,
                part: None,
            },
        ]));
        let rule: &'static Kvalitetsstandard = Box::leak(Box::new(Kvalitetsstandard {
            criteria: Kriterier {
                vum,
                vum_rule: VumRegel::All,
                exclusion_tags: &[],
                needs: &[],
                ..base.criteria
            },
            inconsistencies: Box::leak(Box::new([inc(InconsistencyScreener::VumRule(
                VumRegel::Any,
            ))])),
            ..*base
        }));
        let mut svar = svar_testby();
        svar.vanskeligheder = Some([VumTema::PraktiskeOpgaver, VumTema::Kommunikation].into());
        svar.niveauer
            .insert(VumTema::PraktiskeOpgaver, Niveau::Noget);
        svar.niveauer.insert(VumTema::Kommunikation, Niveau::Ingen);
        let y = vurder_ydelse(rule, &svar, &BTreeSet::new());
        let k = y.kriterium("vum").unwrap();
        assert_eq!(k.status, Status::VurderesIndividuelt);
        assert_eq!(k.forklaringer[0].id, id::FORKL_KILDE_UKLAR);
        assert_eq!(y.vurdering, Vurdering::KommunenVurderer);
        // Both readings agree: no mark.
        svar.niveauer.insert(VumTema::Kommunikation, Niveau::Noget);
        let y = vurder_ydelse(rule, &svar, &BTreeSet::new());
        assert_eq!(y.kriterium("vum").unwrap().status, Status::Opfyldt);
        assert!(y.kilde_uklar().is_none());
    }

    #[test]
    fn no_municipality_gives_no_services() {
        let r = vurder_i(&SAMPLE, &Svar::default());
        assert!(r.kommune.is_none());
        assert!(r.ydelser.is_empty());
        assert!(r.straks.is_empty());
    }

    #[test]
    fn danish_lists() {
        let l = |v: &[&str]| {
            liste(
                &v.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "eller",
            )
        };
        assert_eq!(l(&[]), "");
        assert_eq!(l(&["a"]), "a");
        assert_eq!(l(&["a", "b", "c"]), "a, b eller c");
    }
}
