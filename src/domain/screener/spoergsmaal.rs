//! The questions and the skip logic: one question per page, and nobody sees a question
//! that cannot change the result for them.
//!
//! [`spoergsmaal`] gives the ordered list of questions that apply to the answers so far.
//! Which questions apply depends on earlier answers *and* on the chosen municipality's data:
//! the question about deafblindness is only asked where the municipality has a § 98
//! standard, the pension question only where one of its standards has a pension exclusion,
//! and so on. Without a municipality every question that could matter is asked.

use super::besked::id;
use super::svar::{JaNej, Niveau, Pension, SocialtForhold, Svar, SPURGTE_TEMAER};
use crate::domain::content::{self, Catalog, ExclusionTag, Kvalitetsstandard, VumTema};
use crate::domain::folkepension::ANTAGET_FOLKEPENSIONSALDER;

/// One question (one page).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Spoergsmaal {
    /// Who is answering (myself / I help someone).
    Hvem,
    Kommune,
    Alder,
    /// Where the person lives.
    Bolig,
    /// Which areas of daily life are hard (several can be picked, or none).
    Vanskeligheder,
    /// How hard one picked area is (the five-step scale).
    Niveau(VumTema),
    /// The social situation (several can be ticked, or none).
    Socialt,
    /// Wants to be anonymous.
    Anonym,
    /// A relative cares for the person.
    Paaroerende,
    Doevblind,
    Pension,
    /// BPA (§ 96) or cash help for helpers (§ 95): only after "førtidspension før 2003".
    Bpa,
    /// Extra costs because of a permanent disability.
    Merudgifter,
}

/// How many parts the questions come in (see [`Spoergsmaal::afsnit`]).
pub const AFSNIT: u8 = 4;

impl Spoergsmaal {
    /// The part of the questions this one belongs to, 1–[`AFSNIT`]: 1 about the person,
    /// 2 daily life, 3 the social situation, 4 money and pension. The flow asks the parts in
    /// this order, so the progress shown ("Del 2 af 4") never goes back as the person moves
    /// on, however many questions the answers add or remove (unlike "6 af 9" → "6 af 18").
    pub const fn afsnit(self) -> u8 {
        match self {
            Spoergsmaal::Hvem | Spoergsmaal::Kommune | Spoergsmaal::Alder | Spoergsmaal::Bolig => 1,
            Spoergsmaal::Vanskeligheder | Spoergsmaal::Niveau(_) => 2,
            Spoergsmaal::Socialt
            | Spoergsmaal::Anonym
            | Spoergsmaal::Paaroerende
            | Spoergsmaal::Doevblind => 3,
            Spoergsmaal::Pension | Spoergsmaal::Bpa | Spoergsmaal::Merudgifter => 4,
        }
    }

    /// A stable id for URLs and the "check your answers" page: `"alder"`,
    /// `"niveau-praktiske-opgaver"`.
    pub fn id(self) -> String {
        match self {
            Spoergsmaal::Niveau(t) => format!("niveau-{}", t.as_str()),
            other => other.fast_id().to_string(),
        }
    }

    fn fast_id(self) -> &'static str {
        match self {
            Spoergsmaal::Hvem => "hvem",
            Spoergsmaal::Kommune => "kommune",
            Spoergsmaal::Alder => "alder",
            Spoergsmaal::Bolig => "bolig",
            Spoergsmaal::Vanskeligheder => "vanskeligheder",
            Spoergsmaal::Niveau(_) => "niveau",
            Spoergsmaal::Socialt => "socialt",
            Spoergsmaal::Anonym => "anonym",
            Spoergsmaal::Paaroerende => "paaroerende",
            Spoergsmaal::Doevblind => "doevblind",
            Spoergsmaal::Pension => "pension",
            Spoergsmaal::Bpa => "bpa",
            Spoergsmaal::Merudgifter => "merudgifter",
        }
    }

    /// The question for an id from [`Self::id`].
    pub fn fra_id(text: &str) -> Option<Spoergsmaal> {
        if let Some(theme) = text.strip_prefix("niveau-") {
            return VumTema::parse(theme)
                .filter(|t| SPURGTE_TEMAER.contains(t))
                .map(Spoergsmaal::Niveau);
        }
        [
            Spoergsmaal::Hvem,
            Spoergsmaal::Kommune,
            Spoergsmaal::Alder,
            Spoergsmaal::Bolig,
            Spoergsmaal::Vanskeligheder,
            Spoergsmaal::Socialt,
            Spoergsmaal::Anonym,
            Spoergsmaal::Paaroerende,
            Spoergsmaal::Doevblind,
            Spoergsmaal::Pension,
            Spoergsmaal::Bpa,
            Spoergsmaal::Merudgifter,
        ]
        .into_iter()
        .find(|q| q.fast_id() == text)
    }

    /// The Fluent id of the question text. [`Spoergsmaal::Niveau`] takes the argument
    /// `tema` (the theme's message, see [`tema_besked_id`]).
    pub fn besked_id(self) -> &'static str {
        match self {
            Spoergsmaal::Hvem => id::Q_HVEM,
            Spoergsmaal::Kommune => id::Q_KOMMUNE,
            Spoergsmaal::Alder => id::Q_ALDER,
            Spoergsmaal::Bolig => id::Q_BOLIG,
            Spoergsmaal::Vanskeligheder => id::Q_VANSKELIGHEDER,
            Spoergsmaal::Niveau(_) => id::Q_NIVEAU,
            Spoergsmaal::Socialt => id::Q_SOCIALT,
            Spoergsmaal::Anonym => id::Q_ANONYM,
            Spoergsmaal::Paaroerende => id::Q_PAAROERENDE,
            Spoergsmaal::Doevblind => id::Q_DOEVBLIND,
            Spoergsmaal::Pension => id::Q_PENSION,
            Spoergsmaal::Bpa => id::Q_BPA,
            Spoergsmaal::Merudgifter => id::Q_MERUDGIFTER,
        }
    }

    /// The answers offered, as (saved-form value, Fluent id), in order. Empty for the
    /// municipality (the list comes from the catalogue) and the age (a number, plus
    /// [`id::Q_ALDER_VED_IKKE`]). For [`Spoergsmaal::Vanskeligheder`] the values are
    /// the theme spellings; the last entry ("none of these") has the value `""`.
    pub fn valg(self) -> Vec<(&'static str, &'static str)> {
        const JA_NEJ: [(&str, &str); 3] = [
            ("ja", id::SVAR_JA),
            ("nej", id::SVAR_NEJ),
            ("ved-ikke", id::SVAR_VED_IKKE),
        ];
        match self {
            Spoergsmaal::Hvem => vec![("selv", id::Q_HVEM_SELV), ("hjaelper", id::Q_HVEM_HJAELPER)],
            Spoergsmaal::Kommune | Spoergsmaal::Alder => vec![],
            Spoergsmaal::Bolig => vec![
                ("egen-bolig", id::Q_BOLIG_EGEN_BOLIG),
                ("botilbud", id::Q_BOLIG_BOTILBUD),
                ("ingen-bolig", id::Q_BOLIG_INGEN_BOLIG),
                ("ved-ikke", id::Q_BOLIG_VED_IKKE),
            ],
            Spoergsmaal::Vanskeligheder => SPURGTE_TEMAER
                .iter()
                .map(|t| (t.as_str(), tema_besked_id(*t)))
                .chain([("", id::Q_VANSKELIGHEDER_INGEN)])
                .collect(),
            Spoergsmaal::Niveau(_) => Niveau::ALL
                .iter()
                .map(|n| {
                    let msg = match n {
                        Niveau::Ingen => id::Q_NIVEAU_INGEN,
                        Niveau::Lidt => id::Q_NIVEAU_LIDT,
                        Niveau::Noget => id::Q_NIVEAU_NOGET,
                        Niveau::Meget => id::Q_NIVEAU_MEGET,
                        Niveau::KanIkke => id::Q_NIVEAU_KAN_IKKE,
                        Niveau::VedIkke => id::Q_NIVEAU_VED_IKKE,
                    };
                    (n.as_str(), msg)
                })
                .collect(),
            Spoergsmaal::Socialt => SocialtForhold::ALL
                .iter()
                .map(|f| {
                    let msg = match f {
                        SocialtForhold::Stoffer => id::Q_SOCIALT_STOFFER,
                        SocialtForhold::Alkohol => id::Q_SOCIALT_ALKOHOL,
                        SocialtForhold::Vold => id::Q_SOCIALT_VOLD,
                        SocialtForhold::Hjemloeshed => id::Q_SOCIALT_HJEMLOESHED,
                        SocialtForhold::Isolation => id::Q_SOCIALT_ISOLATION,
                        SocialtForhold::AkutKrise => id::Q_SOCIALT_AKUT_KRISE,
                    };
                    (f.as_str(), msg)
                })
                .chain([("", id::Q_SOCIALT_INGEN)])
                .collect(),
            Spoergsmaal::Pension => vec![
                ("folkepension", id::Q_PENSION_FOLKEPENSION),
                (
                    "foertidspension-foer-2003",
                    id::Q_PENSION_FOERTIDSPENSION_FOER_2003,
                ),
                (
                    "foertidspension-fra-2003",
                    id::Q_PENSION_FOERTIDSPENSION_FRA_2003,
                ),
                ("udskudt-folkepension", id::Q_PENSION_UDSKUDT_FOLKEPENSION),
                ("ingen", id::Q_PENSION_INGEN),
                ("ved-ikke", id::Q_PENSION_VED_IKKE),
            ],
            Spoergsmaal::Anonym
            | Spoergsmaal::Paaroerende
            | Spoergsmaal::Doevblind
            | Spoergsmaal::Bpa
            | Spoergsmaal::Merudgifter => JA_NEJ.to_vec(),
        }
    }

    /// Several answers can be ticked (checkboxes) rather than one (radio buttons).
    pub fn flere_valg(self) -> bool {
        matches!(self, Spoergsmaal::Vanskeligheder | Spoergsmaal::Socialt)
    }

    /// Whether the question has been answered.
    pub fn er_besvaret(self, svar: &Svar) -> bool {
        match self {
            Spoergsmaal::Hvem => svar.hvem.is_some(),
            Spoergsmaal::Kommune => svar.kommune.is_some(),
            Spoergsmaal::Alder => svar.alder.is_some(),
            Spoergsmaal::Bolig => svar.bolig.is_some(),
            Spoergsmaal::Vanskeligheder => svar.vanskeligheder.is_some(),
            Spoergsmaal::Niveau(t) => svar.niveauer.contains_key(&t),
            Spoergsmaal::Socialt => svar.socialt.is_some(),
            Spoergsmaal::Anonym => svar.anonym.is_some(),
            Spoergsmaal::Paaroerende => svar.paaroerende.is_some(),
            Spoergsmaal::Doevblind => svar.doevblind.is_some(),
            Spoergsmaal::Pension => svar.pension.is_some(),
            Spoergsmaal::Bpa => svar.bpa.is_some(),
            Spoergsmaal::Merudgifter => svar.merudgifter.is_some(),
        }
    }

    /// Sets the answer from form values (the values of [`Self::valg`]; for the age a
    /// whole number or `"ved-ikke"`; for the municipality its id). For the two questions
    /// with several answers pass every ticked value; `[]` or `[""]` means "none of these".
    /// An unknown value is an error and changes nothing.
    pub fn saet(self, svar: &mut Svar, values: &[&str]) -> Result<(), String> {
        use serde::de::value::{Error, StrDeserializer};
        use serde::de::IntoDeserializer;
        use serde::Deserialize;
        fn one<'a>(values: &[&'a str]) -> Result<&'a str, String> {
            match values {
                [v] => Ok(v.trim()),
                _ => Err(format!("one answer expected, got {}", values.len())),
            }
        }
        fn parse<'de, T: Deserialize<'de>>(v: &'de str) -> Result<T, String> {
            let de: StrDeserializer<'de, Error> = v.into_deserializer();
            T::deserialize(de).map_err(|e| format!("{v:?}: {e}"))
        }
        let picked = values.iter().map(|v| v.trim()).filter(|v| !v.is_empty());
        match self {
            Spoergsmaal::Hvem => svar.hvem = Some(parse(one(values)?)?),
            Spoergsmaal::Kommune => {
                let id = one(values)?;
                if content::municipality(id).is_none() {
                    return Err(format!("unknown municipality {id:?}"));
                }
                svar.kommune = Some(id.to_string());
            }
            Spoergsmaal::Alder => {
                let v = one(values)?;
                svar.alder = Some(if v == "ved-ikke" {
                    super::svar::Alder::VedIkke
                } else {
                    match v.parse::<u8>() {
                        Ok(a) if a <= 130 => super::svar::Alder::Aar(a),
                        _ => return Err(format!("age {v:?}: a whole number 0–130")),
                    }
                });
            }
            Spoergsmaal::Bolig => svar.bolig = Some(parse(one(values)?)?),
            Spoergsmaal::Vanskeligheder => {
                let themes = picked
                    .map(|v| {
                        VumTema::parse(v)
                            .filter(|t| SPURGTE_TEMAER.contains(t))
                            .ok_or_else(|| format!("unknown area {v:?}"))
                    })
                    .collect::<Result<_, _>>()?;
                svar.vanskeligheder = Some(themes);
            }
            Spoergsmaal::Niveau(t) => {
                svar.niveauer.insert(t, parse(one(values)?)?);
            }
            Spoergsmaal::Socialt => {
                let flags = picked.map(parse).collect::<Result<_, _>>()?;
                svar.socialt = Some(flags);
            }
            Spoergsmaal::Anonym => svar.anonym = Some(parse(one(values)?)?),
            Spoergsmaal::Paaroerende => svar.paaroerende = Some(parse(one(values)?)?),
            Spoergsmaal::Doevblind => svar.doevblind = Some(parse(one(values)?)?),
            Spoergsmaal::Pension => svar.pension = Some(parse(one(values)?)?),
            Spoergsmaal::Bpa => svar.bpa = Some(parse(one(values)?)?),
            Spoergsmaal::Merudgifter => svar.merudgifter = Some(parse(one(values)?)?),
        }
        Ok(())
    }

    /// The current answer as form values (empty: not answered; `[""]`: "none of these"),
    /// for a pre-filled form and the "check your answers" page (map each value to its
    /// text with [`Self::valg`]).
    pub fn vaerdier(self, svar: &Svar) -> Vec<String> {
        match self {
            Spoergsmaal::Hvem => svar.hvem.iter().map(|v| v.as_str().to_string()).collect(),
            Spoergsmaal::Kommune => svar.kommune.iter().cloned().collect(),
            Spoergsmaal::Alder => svar
                .alder
                .iter()
                .map(|a| match a {
                    super::svar::Alder::Aar(n) => n.to_string(),
                    super::svar::Alder::VedIkke => "ved-ikke".to_string(),
                })
                .collect(),
            Spoergsmaal::Bolig => svar.bolig.iter().map(|v| v.as_str().to_string()).collect(),
            Spoergsmaal::Vanskeligheder => match &svar.vanskeligheder {
                None => vec![],
                Some(set) if set.is_empty() => vec![String::new()],
                Some(set) => SPURGTE_TEMAER
                    .iter()
                    .filter(|t| set.contains(t))
                    .map(|t| t.as_str().to_string())
                    .collect(),
            },
            Spoergsmaal::Niveau(t) => svar
                .niveauer
                .get(&t)
                .map(|n| n.as_str().to_string())
                .into_iter()
                .collect(),
            Spoergsmaal::Socialt => match &svar.socialt {
                None => vec![],
                Some(set) if set.is_empty() => vec![String::new()],
                Some(set) => set.iter().map(|f| f.as_str().to_string()).collect(),
            },
            Spoergsmaal::Anonym => svar.anonym.iter().map(|v| v.as_str().to_string()).collect(),
            Spoergsmaal::Paaroerende => svar
                .paaroerende
                .iter()
                .map(|v| v.as_str().to_string())
                .collect(),
            Spoergsmaal::Doevblind => svar
                .doevblind
                .iter()
                .map(|v| v.as_str().to_string())
                .collect(),
            Spoergsmaal::Pension => svar
                .pension
                .iter()
                .map(|v| v.as_str().to_string())
                .collect(),
            Spoergsmaal::Bpa => svar.bpa.iter().map(|v| v.as_str().to_string()).collect(),
            Spoergsmaal::Merudgifter => svar
                .merudgifter
                .iter()
                .map(|v| v.as_str().to_string())
                .collect(),
        }
    }

    /// Removes the answer to this question (for "change" or when it no longer applies).
    pub fn ryd(self, svar: &mut Svar) {
        match self {
            Spoergsmaal::Hvem => svar.hvem = None,
            Spoergsmaal::Kommune => svar.kommune = None,
            Spoergsmaal::Alder => svar.alder = None,
            Spoergsmaal::Bolig => svar.bolig = None,
            Spoergsmaal::Vanskeligheder => svar.vanskeligheder = None,
            Spoergsmaal::Niveau(t) => {
                svar.niveauer.remove(&t);
            }
            Spoergsmaal::Socialt => svar.socialt = None,
            Spoergsmaal::Anonym => svar.anonym = None,
            Spoergsmaal::Paaroerende => svar.paaroerende = None,
            Spoergsmaal::Doevblind => svar.doevblind = None,
            Spoergsmaal::Pension => svar.pension = None,
            Spoergsmaal::Bpa => svar.bpa = None,
            Spoergsmaal::Merudgifter => svar.merudgifter = None,
        }
    }
}

/// The Fluent id of a VUM theme in everyday words (`screener-tema-praktiske-opgaver`).
pub fn tema_besked_id(tema: VumTema) -> &'static str {
    match tema {
        VumTema::FysiskFunktion => id::TEMA_FYSISK_FUNKTION,
        VumTema::PsykiskFunktion => id::TEMA_PSYKISK_FUNKTION,
        VumTema::SocialtProblem => id::TEMA_SOCIALT_PROBLEM,
        VumTema::PraktiskeOpgaver => id::TEMA_PRAKTISKE_OPGAVER,
        VumTema::Samfundsliv => id::TEMA_SAMFUNDSLIV,
        VumTema::SocialtLiv => id::TEMA_SOCIALT_LIV,
        VumTema::Sundhed => id::TEMA_SUNDHED,
        VumTema::Kommunikation => id::TEMA_KOMMUNIKATION,
        VumTema::Mobilitet => id::TEMA_MOBILITET,
        VumTema::Egenomsorg => id::TEMA_EGENOMSORG,
        VumTema::Omgivelser => id::TEMA_OMGIVELSER,
    }
}

/// The municipality's standards, or `None` when no (known) municipality is chosen: then
/// every question that could matter is asked.
/// The standards the screener weighs for the chosen municipality: its own, and the
/// national floor of every paragraph it has none for. `None` without a known municipality.
fn standarder(catalog: &'static Catalog, svar: &Svar) -> Option<Vec<&'static Kvalitetsstandard>> {
    let id = svar.kommune.as_deref()?;
    let m = catalog.municipality(id)?;
    Some(m.services.iter().chain(catalog.floor_for(m.id)).collect())
}

/// Whether the municipality (or, without one, any municipality) has a standard that fits.
fn har(
    services: Option<&[&'static Kvalitetsstandard]>,
    pred: impl Fn(&Kvalitetsstandard) -> bool,
) -> bool {
    services.is_none_or(|s| s.iter().any(|x| pred(x)))
}

fn har_paragraf(services: Option<&[&'static Kvalitetsstandard]>, key: &str) -> bool {
    har(services, |s| s.paragraphs.contains(&key))
}

fn har_tag(services: Option<&[&'static Kvalitetsstandard]>, tags: &[ExclusionTag]) -> bool {
    har(services, |s| {
        s.criteria.exclusion_tags.iter().any(|t| tags.contains(t))
    })
}

/// The questions that apply to these answers, in order (see the module doc).
pub fn spoergsmaal(svar: &Svar) -> Vec<Spoergsmaal> {
    spoergsmaal_i(content::catalog(), svar)
}

/// [`spoergsmaal`] on another catalogue.
pub fn spoergsmaal_i(catalog: &'static Catalog, svar: &Svar) -> Vec<Spoergsmaal> {
    use Spoergsmaal as Q;
    let standarder = standarder(catalog, svar);
    let services = standarder.as_deref();
    let alder = svar.alder_aar();
    let under_18 = alder.is_some_and(|a| a < 18);
    let mut out = vec![Q::Hvem, Q::Kommune, Q::Alder, Q::Bolig, Q::Vanskeligheder];

    // One level question per picked area, in the order the areas are offered.
    if let Some(picked) = &svar.vanskeligheder {
        out.extend(
            SPURGTE_TEMAER
                .iter()
                .filter(|t| picked.contains(t))
                .map(|t| Q::Niveau(*t)),
        );
    }

    out.push(Q::Socialt);

    // Anonymity matters where the municipality has a service you can use anonymously,
    // and always for drugs, violence or a crisis (the urgent help includes national
    // anonymous help).
    let urgent = svar.socialt_noget(&[
        SocialtForhold::Stoffer,
        SocialtForhold::Vold,
        SocialtForhold::AkutKrise,
    ]) == Some(true);
    if urgent || har(services, |s| s.criteria.anonymous) {
        out.push(Q::Anonym);
    }

    // § 84: a break for a relative who cares for the person; only when something is hard.
    let noget_svaert = svar
        .vanskeligheder
        .as_ref()
        .is_none_or(|picked| !picked.is_empty());
    if noget_svaert && har_paragraf(services, "84") {
        out.push(Q::Paaroerende);
    }

    // § 98: deafblindness; only when the body, communication or getting around is hard.
    let sanser = svar.vanskeligheder.as_ref().is_none_or(|picked| {
        [
            VumTema::FysiskFunktion,
            VumTema::Kommunikation,
            VumTema::Mobilitet,
        ]
        .iter()
        .any(|t| picked.contains(t))
    });
    if sanser && har_paragraf(services, "98") {
        out.push(Q::Doevblind);
    }

    // Pension: only for adults, and only where a standard excludes a kind of pension.
    let pension_tags = [
        ExclusionTag::Folkepension,
        ExclusionTag::FoertidspensionFoer2003,
    ];
    if !under_18 && har_tag(services, &pension_tags) {
        out.push(Q::Pension);
        if svar.pension == Some(Pension::FoertidspensionFoer2003)
            && har_tag(services, &[ExclusionTag::FoertidspensionFoer2003])
        {
            out.push(Q::Bpa);
        }
    }

    // § 100: extra costs; not when the age or the pension rules it out already.
    let pension = if out.contains(&Q::Pension) {
        svar.pension
    } else {
        None
    };
    let bpa = if out.contains(&Q::Bpa) {
        svar.bpa
    } else {
        None
    };
    let udelukket = under_18
        || pension == Some(Pension::Folkepension)
        || (pension == Some(Pension::FoertidspensionFoer2003) && bpa == Some(JaNej::Nej))
        || (alder.is_some_and(|a| a >= ANTAGET_FOLKEPENSIONSALDER)
            && pension != Some(Pension::UdskudtFolkepension));
    if !udelukket && har_paragraf(services, "100") {
        out.push(Q::Merudgifter);
    }
    out
}

/// The answers without those to questions that no longer apply (e.g. a level for an area
/// that was unpicked, or the BPA answer after the pension answer changed). The screener
/// evaluates only these.
pub fn gaeldende_svar_i(catalog: &'static Catalog, svar: &Svar) -> Svar {
    let mut current = svar.clone();
    // Clearing one answer can make another question disappear: repeat until stable.
    loop {
        let questions = spoergsmaal_i(catalog, &current);
        let mut next = current.clone();
        for q in alle_mulige() {
            if !questions.contains(&q) {
                q.ryd(&mut next);
            }
        }
        if let Some(picked) = &mut next.vanskeligheder {
            picked.retain(|t| SPURGTE_TEMAER.contains(t));
        }
        if next == current {
            return current;
        }
        current = next;
    }
}

/// [`gaeldende_svar_i`] on the real catalogue.
pub fn gaeldende_svar(svar: &Svar) -> Svar {
    gaeldende_svar_i(content::catalog(), svar)
}

/// Every question that can ever be asked.
fn alle_mulige() -> Vec<Spoergsmaal> {
    use Spoergsmaal as Q;
    let mut all = vec![Q::Hvem, Q::Kommune, Q::Alder, Q::Bolig, Q::Vanskeligheder];
    all.extend(VumTema::ALL.iter().map(|t| Q::Niveau(*t)));
    all.extend([
        Q::Socialt,
        Q::Anonym,
        Q::Paaroerende,
        Q::Doevblind,
        Q::Pension,
        Q::Bpa,
        Q::Merudgifter,
    ]);
    all
}

/// The question after `nu` in the current flow (`None` for `nu`: the first question).
/// `None` when `nu` was the last one: show "check your answers".
pub fn naeste(svar: &Svar, nu: Option<Spoergsmaal>) -> Option<Spoergsmaal> {
    let questions = spoergsmaal(svar);
    match nu {
        None => questions.first().copied(),
        Some(q) => {
            let i = questions.iter().position(|x| *x == q)?;
            questions.get(i + 1).copied()
        }
    }
}

/// The question before `nu` in the current flow (for the back link).
pub fn forrige(svar: &Svar, nu: Spoergsmaal) -> Option<Spoergsmaal> {
    let questions = spoergsmaal(svar);
    let i = questions.iter().position(|x| *x == nu)?;
    i.checked_sub(1).map(|j| questions[j])
}

/// The first question in the flow that has no answer yet (`None`: all answered).
pub fn foerste_ubesvarede(svar: &Svar) -> Option<Spoergsmaal> {
    spoergsmaal(svar).into_iter().find(|q| !q.er_besvaret(svar))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::SAMPLE;
    use crate::domain::screener::svar::{Alder, Hvem};

    #[test]
    fn ids_round_trip() {
        for q in alle_mulige() {
            if let Spoergsmaal::Niveau(t) = q {
                if !SPURGTE_TEMAER.contains(&t) {
                    assert_eq!(Spoergsmaal::fra_id(&q.id()), None);
                    continue;
                }
            }
            assert_eq!(Spoergsmaal::fra_id(&q.id()), Some(q), "{}", q.id());
        }
        assert_eq!(Spoergsmaal::fra_id("niveau-lykke"), None);
        assert_eq!(Spoergsmaal::fra_id("x"), None);
    }

    #[test]
    fn every_offered_answer_can_be_set_and_read_back() {
        for q in alle_mulige() {
            if matches!(q, Spoergsmaal::Niveau(t) if !SPURGTE_TEMAER.contains(&t)) {
                continue;
            }
            for (value, msg) in q.valg() {
                assert!(crate::domain::screener::BESKED_IDS.contains(&msg), "{msg}");
                let mut svar = Svar::default();
                q.saet(&mut svar, &[value])
                    .unwrap_or_else(|e| panic!("{}: {e}", q.id()));
                assert!(q.er_besvaret(&svar), "{}", q.id());
                assert_eq!(q.vaerdier(&svar), [value.to_string()], "{}", q.id());
                // The form value is the saved form's spelling.
                let saved = toml::to_string(&svar).unwrap();
                if !value.is_empty() {
                    assert!(saved.contains(value), "{}: {saved}", q.id());
                }
                q.ryd(&mut svar);
                assert!(!q.er_besvaret(&svar));
            }
        }
        let mut svar = Svar::default();
        Spoergsmaal::Alder.saet(&mut svar, &[" 45 "]).unwrap();
        assert_eq!(svar.alder, Some(Alder::Aar(45)));
        assert!(Spoergsmaal::Alder.saet(&mut svar, &["gammel"]).is_err());
        assert!(Spoergsmaal::Alder.saet(&mut svar, &["200"]).is_err());
        assert_eq!(svar.alder, Some(Alder::Aar(45)), "unchanged after an error");
        Spoergsmaal::Kommune.saet(&mut svar, &["viborg"]).unwrap();
        assert!(Spoergsmaal::Kommune.saet(&mut svar, &["andeby"]).is_err());
        Spoergsmaal::Vanskeligheder
            .saet(&mut svar, &["mobilitet", "sundhed"])
            .unwrap();
        assert_eq!(
            Spoergsmaal::Vanskeligheder.vaerdier(&svar),
            ["sundhed", "mobilitet"],
            "in offered order"
        );
        assert!(Spoergsmaal::Vanskeligheder
            .saet(&mut svar, &["omgivelser"])
            .is_err());
        Spoergsmaal::Socialt.saet(&mut svar, &[]).unwrap();
        assert_eq!(svar.socialt, Some(Default::default()));
        assert!(Spoergsmaal::Bpa.saet(&mut svar, &["ja", "nej"]).is_err());
    }

    #[test]
    fn level_questions_follow_the_picked_areas_in_offered_order() {
        let svar = Svar {
            vanskeligheder: Some([VumTema::Mobilitet, VumTema::PraktiskeOpgaver].into()),
            ..Svar::default()
        };
        let flow = spoergsmaal_i(&SAMPLE, &svar);
        let levels: Vec<_> = flow
            .iter()
            .filter(|q| matches!(q, Spoergsmaal::Niveau(_)))
            .collect();
        assert_eq!(
            levels,
            [
                &Spoergsmaal::Niveau(VumTema::PraktiskeOpgaver),
                &Spoergsmaal::Niveau(VumTema::Mobilitet)
            ]
        );
    }

    #[test]
    fn sample_municipality_without_pension_rules_skips_pension() {
        // Testby: § 85 (misbrug tag only), § 109, § 99: no pension tags, no § 84/98/100.
        let svar = Svar {
            hvem: Some(Hvem::Selv),
            kommune: Some("testby".into()),
            alder: Some(Alder::Aar(40)),
            vanskeligheder: Some(std::collections::BTreeSet::new()),
            ..Svar::default()
        };
        let flow = spoergsmaal_i(&SAMPLE, &svar);
        assert_eq!(
            flow,
            [
                Spoergsmaal::Hvem,
                Spoergsmaal::Kommune,
                Spoergsmaal::Alder,
                Spoergsmaal::Bolig,
                Spoergsmaal::Vanskeligheder,
                Spoergsmaal::Socialt,
                Spoergsmaal::Anonym,
            ]
        );
    }

    #[test]
    fn stale_answers_are_dropped() {
        let mut svar = Svar {
            kommune: Some("testby".into()),
            vanskeligheder: Some([VumTema::Sundhed].into()),
            pension: Some(Pension::Folkepension),
            ..Svar::default()
        };
        svar.niveauer.insert(VumTema::Mobilitet, Niveau::Meget);
        svar.niveauer.insert(VumTema::Sundhed, Niveau::Noget);
        let g = gaeldende_svar_i(&SAMPLE, &svar);
        assert_eq!(g.pension, None, "testby has no pension rule");
        assert_eq!(g.niveauer.len(), 1);
        assert_eq!(g.niveauer.get(&VumTema::Sundhed), Some(&Niveau::Noget));
    }
}
