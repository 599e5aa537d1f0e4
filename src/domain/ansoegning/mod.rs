//! Ansøgning: the application draft a citizen, or a helper, prepares in the browser.
//!
//! - [`model`]: the draft ([`Kladde`]) and the wording for helper mode ([`ordvalg`]).
//! - [`Trin`]: the steps, and [`valider`]: what each step needs (as few required fields as
//!   the municipality really needs: a name, the municipality and at least one service;
//!   in helper mode the helper's name, relation, fuldmagt yes/no and role).
//! - [`cpr`]: the optional CPR number (format and a real date only).
//! - [`fil`]: the versioned file format, migration and the strict reader.
//! - [`frister`]: the expected decision date and the complaint deadline.
//! - [`ics`]: the calendar file with those dates.
//! - [`vejledning`]: the guiding questions per service, drawn from its criteria;
//!   [`dokumenter`]: the combined documents list (the screener's, reused).
//!
//! Every text is a Fluent message id; the UI translates. No clock: the UI passes dates in.

pub mod cpr;
pub mod fil;
pub mod frister;
pub mod ics;
pub mod model;

pub use model::{
    ordvalg, Hjaelper, Hverdag, Kladde, Omtale, Ordvalg, Person, Repraesentation, Rolle,
    Udgiftslinje,
};

use crate::domain::content::{self, Kvalitetsstandard, VumTema};
use crate::domain::money::Beloeb;
use crate::domain::screener::{self, Dokument, Hvem, Svar, Vurdering};

/// The steps of the application, in order (the receipt comes after them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Trin {
    /// Om dig / Om personen.
    OmDig,
    /// Hvem hjælper (helper mode only).
    HvemHjaelper,
    /// Hvad søger du.
    HvadSoeger,
    /// Din hverdag.
    Hverdag,
    Udgifter,
    Dokumenter,
    /// Tjek dine svar (the last step).
    Tjek,
    /// Kvittering og næste skridt (outside the steps).
    Kvittering,
}

impl Trin {
    pub const ALL: [Trin; 8] = [
        Trin::OmDig,
        Trin::HvemHjaelper,
        Trin::HvadSoeger,
        Trin::Hverdag,
        Trin::Udgifter,
        Trin::Dokumenter,
        Trin::Tjek,
        Trin::Kvittering,
    ];

    /// The path segment: `/ansoegning/<id>`.
    pub const fn id(self) -> &'static str {
        match self {
            Trin::OmDig => "om-dig",
            Trin::HvemHjaelper => "hvem-hjaelper",
            Trin::HvadSoeger => "hvad-soeger-du",
            Trin::Hverdag => "din-hverdag",
            Trin::Udgifter => "udgifter",
            Trin::Dokumenter => "dokumenter",
            Trin::Tjek => "tjek",
            Trin::Kvittering => "kvittering",
        }
    }

    pub fn fra_id(id: &str) -> Option<Trin> {
        Trin::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// The steps that apply to a draft (helper mode adds "Hvem hjælper"); without the
/// receipt.
pub fn trin(k: &Kladde) -> Vec<Trin> {
    Trin::ALL
        .into_iter()
        .filter(|t| *t != Trin::Kvittering)
        .filter(|t| *t != Trin::HvemHjaelper || k.hjaelper_tilstand())
        .collect()
}

/// The step after `t` (the receipt after "Tjek dine svar").
pub fn naeste(k: &Kladde, t: Trin) -> Option<Trin> {
    if t == Trin::Tjek {
        return Some(Trin::Kvittering);
    }
    let alle = trin(k);
    let i = alle.iter().position(|x| *x == t)?;
    alle.get(i + 1).copied()
}

/// The step before `t`.
pub fn forrige(k: &Kladde, t: Trin) -> Option<Trin> {
    if t == Trin::Kvittering {
        return Some(Trin::Tjek);
    }
    let alle = trin(k);
    let i = alle.iter().position(|x| *x == t)?;
    i.checked_sub(1).and_then(|i| alle.get(i).copied())
}

/// A message for one field: the field's id in the form and the Fluent message id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fejl {
    pub felt: String,
    pub besked: &'static str,
}

fn fejl(felt: impl Into<String>, besked: &'static str) -> Fejl {
    Fejl {
        felt: felt.into(),
        besked,
    }
}

/// A plain e-mail check: something@something.something, no spaces.
fn ligner_email(t: &str) -> bool {
    let t = t.trim();
    match t.split_once('@') {
        Some((a, b)) => {
            !a.is_empty()
                && b.contains('.')
                && !b.starts_with('.')
                && !b.ends_with('.')
                && !t.contains(char::is_whitespace)
                && !b.contains('@')
        }
        None => false,
    }
}

/// What is missing or wrong in one step (empty: the step is fine). Only the fields the
/// municipality needs are required.
pub fn valider(k: &Kladde, t: Trin) -> Vec<Fejl> {
    let mut out = vec![];
    match t {
        Trin::OmDig => {
            let p = &k.person;
            if p.fornavn.trim().is_empty() {
                out.push(fejl("fornavn", "ans-fejl-fornavn"));
            }
            if p.efternavn.trim().is_empty() {
                out.push(fejl("efternavn", "ans-fejl-efternavn"));
            }
            if let Err(e) = cpr::tjek(&p.cpr) {
                out.push(fejl("cpr", e.besked_id()));
            }
            if !p.email.trim().is_empty() && !ligner_email(&p.email) {
                out.push(fejl("email", "ans-fejl-email"));
            }
        }
        Trin::HvemHjaelper => {
            if !k.hjaelper_tilstand() {
                return out;
            }
            let h = &k.hjaelper;
            if h.navn.trim().is_empty() {
                out.push(fejl("hjaelper-navn", "ans-fejl-hjaelper-navn"));
            }
            if h.relation.trim().is_empty() {
                out.push(fejl("hjaelper-relation", "ans-fejl-hjaelper-relation"));
            }
            if h.telefon.trim().is_empty() && h.email.trim().is_empty() {
                out.push(fejl("hjaelper-telefon", "ans-fejl-hjaelper-kontakt"));
            }
            if !h.email.trim().is_empty() && !ligner_email(&h.email) {
                out.push(fejl("hjaelper-email", "ans-fejl-email"));
            }
            if h.fuldmagt.is_none() {
                out.push(fejl("fuldmagt-ja", "ans-fejl-fuldmagt"));
            }
            if h.rolle.is_none() {
                out.push(fejl("rolle-partsrepraesentant", "ans-fejl-rolle"));
            }
        }
        Trin::HvadSoeger => {
            let kommune = k.kommune.as_deref().and_then(content::municipality);
            if kommune.is_none() {
                out.push(fejl("kommune", "ans-fejl-kommune"));
            } else if valgte_ydelser(k).is_empty() {
                out.push(fejl("ydelser", "ans-fejl-ydelser"));
            }
        }
        Trin::Udgifter => {
            for (i, u) in k.udgifter.iter().enumerate() {
                let tom = u.hvad.trim().is_empty() && u.beloeb.trim().is_empty();
                if tom {
                    continue;
                }
                if u.hvad.trim().is_empty() {
                    out.push(fejl(format!("udgift-{i}-hvad"), "ans-fejl-udgift-hvad"));
                }
                if Beloeb::parse(&u.beloeb).is_err() {
                    out.push(fejl(format!("udgift-{i}-beloeb"), "ans-fejl-udgift-beloeb"));
                }
            }
        }
        Trin::Tjek => {
            for t in trin(k) {
                if t != Trin::Tjek && !valider(k, t).is_empty() {
                    out.push(fejl(format!("trin-{}", t.id()), "ans-fejl-trin"));
                }
            }
        }
        Trin::Hverdag | Trin::Dokumenter | Trin::Kvittering => {}
    }
    out
}

/// The first step with a problem (for "Tjek dine svar").
pub fn foerste_fejl(k: &Kladde) -> Option<Trin> {
    trin(k)
        .into_iter()
        .find(|t| *t != Trin::Tjek && !valider(k, *t).is_empty())
}

/// The chosen services that exist in the chosen municipality, in the order chosen.
pub fn valgte_ydelser(k: &Kladde) -> Vec<&'static Kvalitetsstandard> {
    let Some(m) = k.kommune.as_deref() else {
        return vec![];
    };
    // The municipality's own standards, or the law's floor (`lov-<key>`) where it has none.
    k.ydelser
        .iter()
        .filter_map(|id| content::standard_in(m, id))
        .collect()
}

/// A guiding question for "Din hverdag" (a Fluent message id per kind; the UI gives it
/// the wording arguments and, for [`Vejledning::Tema`], the theme's name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vejledning {
    /// What is hard, and what help is needed.
    Behov,
    /// One VUM theme the standard's criteria name.
    Tema(VumTema),
    /// What help the person gets today, and from whom.
    Hidtil,
    /// What the person wants to be able to do (the standard's purpose).
    Maal,
    /// The standard is for people who cannot cope without it: how long, how often.
    Omfang,
}

impl Vejledning {
    pub const fn besked_id(self) -> &'static str {
        match self {
            Vejledning::Behov => "ans-vejl-behov",
            Vejledning::Tema(_) => "ans-vejl-tema",
            Vejledning::Hidtil => "ans-vejl-hidtil",
            Vejledning::Maal => "ans-vejl-maal",
            Vejledning::Omfang => "ans-vejl-omfang",
        }
    }
}

/// The guiding questions for one service, drawn from its criteria: the need, every VUM
/// theme the criteria name (needs and level ranges, each once), today's help, the goal
/// and, for services given by visitation, how often help is needed.
pub fn vejledning(s: &Kvalitetsstandard) -> Vec<Vejledning> {
    let mut out = vec![Vejledning::Behov];
    let temaer = s
        .criteria
        .needs
        .iter()
        .copied()
        .chain(s.criteria.vum.iter().map(|v| v.theme));
    for t in temaer {
        if !out.contains(&Vejledning::Tema(t)) {
            out.push(Vejledning::Tema(t));
        }
    }
    out.push(Vejledning::Hidtil);
    out.push(Vejledning::Maal);
    if s.criteria.visitation {
        out.push(Vejledning::Omfang);
    }
    out
}

/// The screener's answers as the draft sees them: its role and municipality win.
pub fn som_svar(k: &Kladde, svar: &Svar) -> Svar {
    let mut s = svar.clone();
    s.hvem = Some(match k.rolle {
        Rolle::Selv => Hvem::Selv,
        Rolle::Hjaelper => Hvem::Hjaelper,
    });
    if k.kommune.is_some() {
        s.kommune = k.kommune.clone();
    }
    s
}

/// One combined, de-duplicated documents list for all chosen services (the screener's
/// `naeste_skridt`, reused).
pub fn dokumenter(k: &Kladde, svar: &Svar) -> Vec<Dokument> {
    screener::naeste_skridt(&som_svar(k, svar), &valgte_ydelser(k)).dokumenter
}

/// Fills an empty draft from the screener's answers: role, municipality and the
/// services that might fit. Fields already written are kept.
pub fn udfyld_fra_screener(k: &mut Kladde, svar: &Svar) {
    if k.er_tom() && svar.hvem == Some(Hvem::Hjaelper) {
        k.rolle = Rolle::Hjaelper;
    }
    if k.kommune.is_none() {
        k.kommune = svar.kommune.clone();
    }
    if k.ydelser.is_empty() && svar.kommune.is_some() && svar.kommune == k.kommune {
        let r = screener::vurder(svar);
        k.ydelser = r
            .gruppe(Vurdering::KanPasse)
            .iter()
            .map(|y| y.ydelse.id.to_string())
            .collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_follow_the_role() {
        let mut k = Kladde::default();
        assert_eq!(trin(&k).len(), 6);
        assert_eq!(naeste(&k, Trin::OmDig), Some(Trin::HvadSoeger));
        k.rolle = Rolle::Hjaelper;
        assert_eq!(trin(&k).len(), 7);
        assert_eq!(naeste(&k, Trin::OmDig), Some(Trin::HvemHjaelper));
        assert_eq!(forrige(&k, Trin::HvadSoeger), Some(Trin::HvemHjaelper));
        assert_eq!(naeste(&k, Trin::Tjek), Some(Trin::Kvittering));
        assert_eq!(forrige(&k, Trin::OmDig), None);
        for t in Trin::ALL {
            assert_eq!(Trin::fra_id(t.id()), Some(t));
        }
    }

    #[test]
    fn few_required_fields() {
        let mut k = Kladde::default();
        let felter =
            |k: &Kladde, t| -> Vec<String> { valider(k, t).into_iter().map(|f| f.felt).collect() };
        assert_eq!(felter(&k, Trin::OmDig), ["fornavn", "efternavn"]);
        k.person.fornavn = "Anna".into();
        k.person.efternavn = "Jensen".into();
        assert!(valider(&k, Trin::OmDig).is_empty());
        k.person.cpr = "311399-1234".into();
        assert_eq!(felter(&k, Trin::OmDig), ["cpr"]);
        k.person.cpr = String::new();
        k.person.email = "anna at mail".into();
        assert_eq!(felter(&k, Trin::OmDig), ["email"]);
        k.person.email = "anna@mail.dk".into();
        assert_eq!(felter(&k, Trin::HvadSoeger), ["kommune"]);
        k.kommune = Some("viborg".into());
        assert_eq!(felter(&k, Trin::HvadSoeger), ["ydelser"]);
        k.ydelser = vec!["ledsageordning".into()];
        assert!(valider(&k, Trin::HvadSoeger).is_empty());
        assert!(valider(&k, Trin::Tjek).is_empty());
        k.rolle = Rolle::Hjaelper;
        assert_eq!(
            felter(&k, Trin::HvemHjaelper),
            [
                "hjaelper-navn",
                "hjaelper-relation",
                "hjaelper-telefon",
                "fuldmagt-ja",
                "rolle-partsrepraesentant"
            ]
        );
        assert_eq!(felter(&k, Trin::Tjek), ["trin-hvem-hjaelper"]);
        assert_eq!(foerste_fejl(&k), Some(Trin::HvemHjaelper));
    }

    #[test]
    fn expenses_are_checked_only_when_written() {
        let mut k = Kladde::default();
        k.udgifter.push(Udgiftslinje::default());
        assert!(valider(&k, Trin::Udgifter).is_empty());
        k.udgifter[0].hvad = "Medicin".into();
        k.udgifter[0].beloeb = "tre".into();
        assert_eq!(valider(&k, Trin::Udgifter)[0].felt, "udgift-0-beloeb");
        k.udgifter[0].beloeb = "1.250,50".into();
        assert!(valider(&k, Trin::Udgifter).is_empty());
    }

    #[test]
    fn helper_wording() {
        let mut k = Kladde::default();
        assert_eq!(ordvalg(&k).hvem, "du");
        k.rolle = Rolle::Hjaelper;
        assert_eq!(ordvalg(&k).hvem, "personen");
        k.person.omtale = Omtale::Hun;
        assert_eq!(ordvalg(&k).hvem, "hun");
        k.person.omtale = Omtale::Navn;
        assert_eq!(ordvalg(&k).hvem, "personen", "no name yet");
        k.person.fornavn = "Anna".into();
        assert_eq!(
            ordvalg(&k),
            Ordvalg {
                hvem: "navn",
                navn: "Anna".into()
            }
        );
    }

    #[test]
    fn guiding_questions_come_from_the_criteria() {
        for m in content::municipalities() {
            for s in m.services {
                let v = vejledning(s);
                assert_eq!(v[0], Vejledning::Behov);
                for t in s.criteria.needs {
                    assert!(v.contains(&Vejledning::Tema(*t)), "{}", s.id);
                }
                for c in s.criteria.vum {
                    assert!(v.contains(&Vejledning::Tema(c.theme)), "{}", s.id);
                }
            }
        }
    }

    #[test]
    fn screener_prefills_an_empty_draft() {
        let svar = Svar {
            hvem: Some(Hvem::Hjaelper),
            kommune: Some("viborg".into()),
            ..Svar::default()
        };
        let mut k = Kladde::default();
        udfyld_fra_screener(&mut k, &svar);
        assert_eq!(k.rolle, Rolle::Hjaelper);
        assert_eq!(k.kommune.as_deref(), Some("viborg"));
        // An edited draft keeps its services.
        let mut k2 = Kladde {
            ydelser: vec!["ledsageordning".into()],
            ..Kladde::default()
        };
        udfyld_fra_screener(&mut k2, &svar);
        assert_eq!(k2.ydelser, ["ledsageordning"]);
    }
}
