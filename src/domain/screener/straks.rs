//! Immediate help: shown before everything else when the answers mention violence or
//! threats, an acute crisis, or a wish to be anonymous.
//!
//! The order is fixed ([`STRAKS`]): 112 first (danger to life comes before everything),
//! then the krisecenter (§ 109, contact it directly), the social akuttilbud (§ 82 c),
//! anonymous drug treatment (§ 101 a) and anonymous advice (§ 81). Each entry refers to the
//! municipality's own standard when it has one, else to the paragraph (national text).

use super::besked::{id, Besked};
use super::svar::{JaNej, SocialtForhold as S, Svar};
use crate::domain::content::{Catalog, Kvalitetsstandard, Municipality, Paragraph, Part, Source};

/// The kinds of immediate help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StraksArt {
    /// Call 112 if you are in danger.
    Ring112,
    /// § 109: contact a krisecenter directly, anonymously if you like.
    Krisecenter,
    /// § 82 c: the social akuttilbud, no application.
    Akuttilbud,
    /// § 101 a: anonymous treatment for drug use.
    AnonymBehandling,
    /// § 81: anonymous advice from the municipality (where its standard allows it).
    AnonymRaadgivning,
}

impl StraksArt {
    pub const fn as_str(self) -> &'static str {
        match self {
            StraksArt::Ring112 => "ring-112",
            StraksArt::Krisecenter => "krisecenter",
            StraksArt::Akuttilbud => "akuttilbud",
            StraksArt::AnonymBehandling => "anonym-behandling",
            StraksArt::AnonymRaadgivning => "anonym-raadgivning",
        }
    }
}

/// One item of immediate help.
#[derive(Debug, Clone, PartialEq)]
pub struct Straks {
    pub art: StraksArt,
    /// The text; argument `navn`: the title of the standard or paragraph, when there is one.
    pub besked: Besked,
    /// The paragraph (for its label and, without a standard, its national description).
    pub paragraf: Option<&'static Paragraph>,
    /// The municipality's standard, when it has one (link to it; `how_to_apply` says how
    /// to make contact).
    pub ydelse: Option<&'static Kvalitetsstandard>,
    /// Where this comes from: the standard's `how_to_apply` source, or the paragraph's.
    pub kilde: Option<Source>,
    /// How to reach this help now, in order: what the portal has (the municipality's phone
    /// and phone hours, with their source) and what it does not have, ending with 112 for
    /// the hours when nothing else is open.
    pub kontakt: Vec<Besked>,
    /// The source of the contact data, when the municipality's contact data is used.
    pub kontakt_kilde: Option<Source>,
}

/// One row of the table.
pub struct StraksRegel {
    pub art: StraksArt,
    pub besked: &'static str,
    /// The paragraph key, if any.
    pub paragraf: Option<&'static str>,
    /// Only the municipality's standards that allow anonymity count (and without one the
    /// entry is left out).
    pub kun_anonym_ydelse: bool,
    pub naar: fn(&Svar) -> bool,
}

fn vold(svar: &Svar) -> bool {
    svar.socialt(S::Vold) == Some(true)
}

fn krise(svar: &Svar) -> bool {
    svar.socialt(S::AkutKrise) == Some(true)
}

fn voksen(svar: &Svar) -> bool {
    svar.alder_aar().is_none_or(|a| a >= 18)
}

fn fare(svar: &Svar) -> bool {
    vold(svar) || krise(svar)
}

fn akut(svar: &Svar) -> bool {
    krise(svar) && voksen(svar)
}

fn anonym(svar: &Svar) -> bool {
    svar.anonym == Some(JaNej::Ja)
}

/// § 101 a: anonymous, for drug use, only without other social problems.
fn anonym_behandling(svar: &Svar) -> bool {
    anonym(svar)
        && voksen(svar)
        && svar.socialt(S::Stoffer) != Some(false)
        && svar.andre_sociale_problemer() != Some(true)
}

/// The table, in the order shown.
pub const STRAKS: &[StraksRegel] = &[
    StraksRegel {
        art: StraksArt::Ring112,
        besked: id::STRAKS_112,
        paragraf: None,
        kun_anonym_ydelse: false,
        naar: fare,
    },
    StraksRegel {
        art: StraksArt::Krisecenter,
        besked: id::STRAKS_KRISECENTER,
        paragraf: Some("109"),
        kun_anonym_ydelse: false,
        naar: vold,
    },
    StraksRegel {
        art: StraksArt::Akuttilbud,
        besked: id::STRAKS_AKUTTILBUD,
        paragraf: Some("82c"),
        kun_anonym_ydelse: false,
        naar: akut,
    },
    StraksRegel {
        art: StraksArt::AnonymBehandling,
        besked: id::STRAKS_ANONYM_BEHANDLING,
        paragraf: Some("101a"),
        kun_anonym_ydelse: false,
        naar: anonym_behandling,
    },
    StraksRegel {
        art: StraksArt::AnonymRaadgivning,
        besked: id::STRAKS_ANONYM_RAADGIVNING,
        paragraf: Some("81"),
        kun_anonym_ydelse: true,
        naar: anonym,
    },
];

/// The immediate help for these answers (`svar` should be the current answers, see
/// `gaeldende_svar`), in order. Empty when nothing is urgent.
pub fn straks_i(catalog: &'static Catalog, svar: &Svar) -> Vec<Straks> {
    let services: &'static [Kvalitetsstandard] = svar
        .kommune
        .as_deref()
        .map(|k| catalog.services_for(k))
        .unwrap_or(&[]);
    let mut out = vec![];
    for regel in STRAKS.iter().filter(|r| (r.naar)(svar)) {
        let paragraf = regel.paragraf.and_then(|k| catalog.paragraph(k));
        let ydelse = regel.paragraf.and_then(|key| {
            let mut matching = services
                .iter()
                .filter(|s| s.paragraphs.contains(&key))
                .filter(|s| !regel.kun_anonym_ydelse || s.criteria.anonymous);
            let all: Vec<&'static Kvalitetsstandard> = matching.by_ref().collect();
            all.iter()
                .find(|s| s.main_paragraph() == key)
                .or(all.first())
                .copied()
        });
        // Without a standard, the anonymous-advice entry would promise too much; and an
        // entry for a paragraph the catalogue does not know has nothing to show.
        if ydelse.is_none()
            && (regel.kun_anonym_ydelse || regel.paragraf.is_some() && paragraf.is_none())
        {
            continue;
        }
        let mut besked = Besked::new(regel.besked);
        if let Some(name) = ydelse.map(|s| s.title).or(paragraf.map(|p| p.title)) {
            besked = besked.med("navn", name);
        }
        let kilde = ydelse
            .map(|s| *s.source_of(Part::HowToApply))
            .or(paragraf.map(|p| p.source));
        let kommune = svar
            .kommune
            .as_deref()
            .and_then(|k| catalog.municipality(k));
        let (kontakt, kontakt_kilde) = kontakt_nu(regel.art, kommune, ydelse, paragraf);
        out.push(Straks {
            art: regel.art,
            besked,
            paragraf,
            ydelse,
            kilde,
            kontakt,
            kontakt_kilde,
        });
    }
    out
}

/// How to reach the help now. The sources give no phone number or address of a krisecenter,
/// a social akuttilbud or an anonymous treatment place, so the portal says so and gives what
/// it has: the municipality's own phone with its phone hours (seed 002: "Kontakt"), and 112
/// for any danger, at any hour.
fn kontakt_nu(
    art: StraksArt,
    kommune: Option<&'static Municipality>,
    ydelse: Option<&'static Kvalitetsstandard>,
    paragraf: Option<&'static Paragraph>,
) -> (Vec<Besked>, Option<Source>) {
    if art == StraksArt::Ring112 {
        return (vec![Besked::new(id::STRAKS_NU_112)], None);
    }
    let navn = ydelse
        .map(|s| s.title)
        .or(paragraf.map(|p| p.title))
        .unwrap_or_default();
    let mut linjer = vec![Besked::new(id::STRAKS_NU_INGEN_NUMMER).med("navn", navn)];
    let mut kilde = None;
    match kommune {
        Some(m) => {
            let afdeling = m.department.unwrap_or(m.name);
            match m.phone {
                Some(phone) => {
                    let tider = m.phone_hours.first().map(|h| h.when).unwrap_or_default();
                    linjer.push(
                        Besked::new(id::STRAKS_NU_KOMMUNE_TELEFON)
                            .med("afdeling", afdeling)
                            .med("kommune", m.name)
                            .med("telefon", phone)
                            .med("tider", tider),
                    );
                }
                None => linjer.push(match m.website {
                    Some(web) => Besked::new(id::STRAKS_NU_KOMMUNE_WEB)
                        .med("kommune", m.name)
                        .med("web", web),
                    // Neither a phone nor a website in the sources.
                    None => Besked::new(id::STRAKS_NU_INGEN_KOMMUNE),
                }),
            }
            kilde = Some(m.source);
        }
        None => linjer.push(Besked::new(id::STRAKS_NU_INGEN_KOMMUNE)),
    }
    linjer.push(Besked::new(id::STRAKS_NU_ELLERS_112));
    (linjer, kilde)
}

/// [`straks_i`] on the real catalogue (with the current answers).
pub fn straks(svar: &Svar) -> Vec<Straks> {
    let catalog = crate::domain::content::catalog();
    straks_i(
        catalog,
        &super::spoergsmaal::gaeldende_svar_i(catalog, svar),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::SAMPLE;

    fn arter(svar: &Svar) -> Vec<StraksArt> {
        straks_i(&SAMPLE, svar).iter().map(|s| s.art).collect()
    }

    #[test]
    fn nothing_urgent_gives_nothing() {
        let svar = Svar {
            kommune: Some("testby".into()),
            socialt: Some(Default::default()),
            ..Svar::default()
        };
        assert!(arter(&svar).is_empty());
    }

    #[test]
    fn violence_crisis_and_anonymity_in_order() {
        let svar = Svar {
            kommune: Some("testby".into()),
            socialt: Some([S::Vold, S::AkutKrise, S::Stoffer].into()),
            anonym: Some(JaNej::Ja),
            ..Svar::default()
        };
        // The sample has no § 82 c or § 101 a (paragraph unknown): left out; the real
        // catalogue is covered by tests/cases/screener.
        assert_eq!(arter(&svar), [StraksArt::Ring112, StraksArt::Krisecenter]);
        let s = straks_i(&SAMPLE, &svar);
        assert!(s[0].paragraf.is_none() && s[0].ydelse.is_none());
        assert_eq!(s[1].ydelse.map(|y| y.id), Some("krisecenter"));
        assert_eq!(s[1].kilde.map(|k| k.section), Some("2.19"));
        assert_eq!(s[1].besked.arg("navn"), Some("Ophold på krisecenter"));
        // Andeby has no § 109 standard: the paragraph's national text.
        let andeby = Svar {
            kommune: Some("andeby".into()),
            ..svar
        };
        let s = straks_i(&SAMPLE, &andeby);
        assert!(s[1].ydelse.is_none());
        assert_eq!(s[1].paragraf.map(|p| p.key), Some("109"));
    }

    #[test]
    fn every_item_says_how_to_reach_it_now() {
        let svar = Svar {
            kommune: Some("testby".into()),
            socialt: Some([S::Vold].into()),
            ..Svar::default()
        };
        let s = straks_i(&SAMPLE, &svar);
        let ids = |k: &Straks| k.kontakt.iter().map(|b| b.id).collect::<Vec<_>>();
        // 112: at any hour.
        assert_eq!(ids(&s[0]), [id::STRAKS_NU_112]);
        // The krisecenter: the portal has no number for it; the municipality's phone with
        // its hours (and their source); 112 for the rest of the day.
        assert_eq!(
            ids(&s[1]),
            [
                id::STRAKS_NU_INGEN_NUMMER,
                id::STRAKS_NU_KOMMUNE_TELEFON,
                id::STRAKS_NU_ELLERS_112
            ]
        );
        assert_eq!(s[1].kontakt[0].arg("navn"), Some("Ophold på krisecenter"));
        assert_eq!(s[1].kontakt[1].arg("telefon"), Some("11 22 33 44"));
        assert_eq!(
            s[1].kontakt[1].arg("tider"),
            Some("Mandag til fredag kl. 10.00–12.00")
        );
        assert!(s[1].kontakt_kilde.is_some());
        // No municipality chosen: the portal says it has no contact data, and 112.
        let uden = Svar {
            kommune: None,
            ..svar
        };
        let s = straks_i(&SAMPLE, &uden);
        assert_eq!(s.len(), 2, "112 and the krisecenter's national text");
        assert!(s
            .iter()
            .filter(|k| k.art != StraksArt::Ring112)
            .all(|k| ids(k).contains(&id::STRAKS_NU_INGEN_KOMMUNE)
                && ids(k).last() == Some(&id::STRAKS_NU_ELLERS_112)));
    }
}
