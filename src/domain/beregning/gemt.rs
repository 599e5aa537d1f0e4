//! The kept § 100 calculation ("Tag med i ansøgningen"): its input, stored by the UI's
//! storage module (the tab's memory, and localStorage only in "Gem på denne enhed", key
//! `beregning.100`, see `domain::privacy::BEREGNING_100`) and taken by the application
//! draft, which computes it again with [`Gemt100::beregn`].
//!
//! Stored as versioned JSON:
//!
//! ```json
//! { "format": "stotteportalen-beregning-100", "version": 2, "dato": "2025-10-01",
//!   "person": { "alder": 45, "folkepension": "ikke-naaet", "foertidspension": "foer",
//!               "bpa": true, "p95": null, "merudgift": false },
//!   "forbrug": 5000, "forbrug-periode": "year",
//!   "udgifter": [ { "kategori": "medicin", "beloeb": 153050, "periode": "month",
//!                   "dokumenteret": true, "forbrug": 10000 } ] }
//! ```
//!
//! - Version 2 (now): the JSON above. Amounts are whole øre; the spellings are those of
//!   version 1.
//! - Version 1 (older portals wrote it, so it can be on a device that chose "Gem på denne
//!   enhed"): `key=value` lines starting with `v=1` (`dato=2025-10-01`, `alder=45`,
//!   `folkepension=ikke-naaet|opsat|modtager`, `foertidspension=nej|efter|foer`,
//!   `bpa|p95|merudgift=ja|nej`, `forbrug=<øre>`, `forbrug-periode=month|year`, and per
//!   expense `udgift=<kategori>;<øre>;<periode>;<ja|nej dokumenteret>;<øre normalt forbrug>`).
//!   It is still read, and written again as version 2 the next time the calculation is kept.
//!
//! Reading is strict ([`Gemt100::laes`]): anything else — garbage, another format, an
//! unknown version or field, a cut-off write, a negative or too large amount — is an
//! error, which the UI reports to the user as an unreadable stored item (never dropped
//! silently).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::p100::{beregn_100, Foertidspension, Folkepension, Oplysninger100, Periode, Person};
use super::p100::{Beregning100, Udgift};
use super::satser::satser;
use super::trin::SatsFejl;
use crate::domain::content::kinds::Udgiftskategori;
use crate::domain::dato;
use crate::domain::money::Beloeb;

/// The value of the `format` field.
pub const FORMAT: &str = "stotteportalen-beregning-100";
/// The version written now (version 1 was the `key=value` line format).
pub const VERSION: u32 = 2;

/// A § 100 calculation's input, kept so that the application draft can take it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gemt100 {
    pub dato: NaiveDate,
    pub oplysninger: Oplysninger100,
}

/// Why a stored calculation cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GemtFejl {
    /// Neither the JSON of version 2 nor the lines of version 1 (garbage, or cut off
    /// before the JSON could be read).
    IkkeLaeselig,
    /// JSON, but not a kept calculation (no or another `format`).
    IkkeEnBeregning,
    /// A version this portal does not know (a newer portal wrote it, or it is broken).
    UkendtVersion(String),
    /// The right format and version, but a missing, unknown or wrong field or value.
    ForkertIndhold(String),
}

impl Gemt100 {
    /// The calculation, with the portal's rates.
    pub fn beregn(&self) -> Result<Beregning100, SatsFejl> {
        beregn_100(satser(), self.dato, &self.oplysninger)
    }

    /// The stored text (version 2, JSON).
    pub fn til_tekst(&self) -> String {
        let p = &self.oplysninger.person;
        let o = &self.oplysninger;
        let v2 = GemtV2 {
            format: FORMAT.to_string(),
            version: VERSION,
            dato: dato::iso(self.dato),
            person: PersonV2 {
                alder: p.alder,
                folkepension: match p.folkepension {
                    Folkepension::IkkeBesvaret => None,
                    Folkepension::IkkeNaaet => Some("ikke-naaet".into()),
                    Folkepension::Opsat => Some("opsat".into()),
                    Folkepension::Modtager => Some("modtager".into()),
                },
                foertidspension: match p.foertidspension {
                    Foertidspension::IkkeBesvaret => None,
                    Foertidspension::Nej => Some("nej".into()),
                    Foertidspension::EfterNyeRegler => Some("efter".into()),
                    Foertidspension::FoerNyeRegler => Some("foer".into()),
                },
                bpa: p.bpa_96,
                p95: p.tilskud_95,
                merudgift: p.modtager_merudgiftsydelse,
            },
            forbrug: o.normalt_forbrug.oere(),
            forbrug_periode: o.normalt_forbrug_periode.tekst().to_string(),
            udgifter: o
                .udgifter
                .iter()
                .map(|u| UdgiftV2 {
                    kategori: u.kategori.as_str().to_string(),
                    beloeb: u.beloeb.oere(),
                    periode: u.periode.tekst().to_string(),
                    dokumenteret: u.dokumenteret,
                    forbrug: u.normalt_forbrug.oere(),
                })
                .collect(),
        };
        serde_json::to_string(&v2).expect("a kept calculation is always JSON")
    }

    /// Reads a stored calculation: version 2 (JSON) or version 1 (`key=value` lines).
    pub fn laes(tekst: &str) -> Result<Gemt100, GemtFejl> {
        let t = tekst.trim_start();
        if t.starts_with('{') {
            laes_v2(t)
        } else if t.starts_with("v=") {
            laes_v1(t)
        } else {
            Err(GemtFejl::IkkeLaeselig)
        }
    }
}

// ---------------------------------------------------------------------------------------
// Version 2: JSON
// ---------------------------------------------------------------------------------------

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct GemtV2 {
    format: String,
    version: u32,
    dato: String,
    person: PersonV2,
    forbrug: i64,
    #[serde(rename = "forbrug-periode")]
    forbrug_periode: String,
    udgifter: Vec<UdgiftV2>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonV2 {
    alder: Option<u16>,
    folkepension: Option<String>,
    foertidspension: Option<String>,
    bpa: Option<bool>,
    p95: Option<bool>,
    merudgift: Option<bool>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct UdgiftV2 {
    kategori: String,
    beloeb: i64,
    periode: String,
    dokumenteret: bool,
    forbrug: i64,
}

/// Only the head, to tell "not ours" and "another version" from a broken body.
#[derive(Deserialize)]
struct Hoved {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

fn laes_v2(tekst: &str) -> Result<Gemt100, GemtFejl> {
    let hoved: Hoved = serde_json::from_str(tekst).map_err(|_| GemtFejl::IkkeLaeselig)?;
    if hoved.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(GemtFejl::IkkeEnBeregning);
    }
    match &hoved.version {
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(VERSION)) => {}
        Some(v) => return Err(GemtFejl::UkendtVersion(v.to_string())),
        None => return Err(GemtFejl::UkendtVersion(String::new())),
    }
    let v2: GemtV2 =
        serde_json::from_str(tekst).map_err(|e| GemtFejl::ForkertIndhold(e.to_string()))?;
    let fejl = |felt: &str| GemtFejl::ForkertIndhold(felt.to_string());
    let person = Person {
        alder: v2.person.alder,
        folkepension: match v2.person.folkepension.as_deref() {
            None => Folkepension::IkkeBesvaret,
            Some(s) => folkepension(s).ok_or_else(|| fejl("person.folkepension"))?,
        },
        foertidspension: match v2.person.foertidspension.as_deref() {
            None => Foertidspension::IkkeBesvaret,
            Some(s) => foertidspension(s).ok_or_else(|| fejl("person.foertidspension"))?,
        },
        bpa_96: v2.person.bpa,
        tilskud_95: v2.person.p95,
        modtager_merudgiftsydelse: v2.person.merudgift,
    };
    let udgifter = v2
        .udgifter
        .iter()
        .enumerate()
        .map(|(i, u)| {
            Ok(Udgift {
                kategori: Udgiftskategori::parse(&u.kategori)
                    .ok_or_else(|| fejl(&format!("udgifter[{i}].kategori")))?,
                beloeb: beloeb(u.beloeb).ok_or_else(|| fejl(&format!("udgifter[{i}].beloeb")))?,
                periode: periode(&u.periode)
                    .ok_or_else(|| fejl(&format!("udgifter[{i}].periode")))?,
                dokumenteret: u.dokumenteret,
                normalt_forbrug: beloeb(u.forbrug)
                    .ok_or_else(|| fejl(&format!("udgifter[{i}].forbrug")))?,
            })
        })
        .collect::<Result<Vec<_>, GemtFejl>>()?;
    Ok(Gemt100 {
        dato: dato::fra_iso(&v2.dato).ok_or_else(|| fejl("dato"))?,
        oplysninger: Oplysninger100 {
            person,
            udgifter,
            normalt_forbrug: beloeb(v2.forbrug).ok_or_else(|| fejl("forbrug"))?,
            normalt_forbrug_periode: periode(&v2.forbrug_periode)
                .ok_or_else(|| fejl("forbrug-periode"))?,
        },
    })
}

// ---------------------------------------------------------------------------------------
// Shared spellings (version 1 and 2)
// ---------------------------------------------------------------------------------------

fn beloeb(oere: i64) -> Option<Beloeb> {
    (0..=Beloeb::MAKS.oere())
        .contains(&oere)
        .then(|| Beloeb::fra_oere(oere))
}

fn periode(s: &str) -> Option<Periode> {
    match s {
        "month" => Some(Periode::Maaned),
        "year" => Some(Periode::Aar),
        _ => None,
    }
}

fn folkepension(s: &str) -> Option<Folkepension> {
    match s {
        "ikke-naaet" => Some(Folkepension::IkkeNaaet),
        "opsat" => Some(Folkepension::Opsat),
        "modtager" => Some(Folkepension::Modtager),
        _ => None,
    }
}

fn foertidspension(s: &str) -> Option<Foertidspension> {
    match s {
        "nej" => Some(Foertidspension::Nej),
        "efter" => Some(Foertidspension::EfterNyeRegler),
        "foer" => Some(Foertidspension::FoerNyeRegler),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// Version 1: `key=value` lines (read only)
// ---------------------------------------------------------------------------------------

fn laes_v1(tekst: &str) -> Result<Gemt100, GemtFejl> {
    let mut lines = tekst.lines();
    match lines.next() {
        Some("v=1") => {}
        Some(v) => {
            return Err(GemtFejl::UkendtVersion(
                v.trim_start_matches("v=").to_string(),
            ))
        }
        None => return Err(GemtFejl::IkkeLaeselig),
    }
    let fejl = |line: &str| GemtFejl::ForkertIndhold(line.to_string());
    let ja_nej = |s: &str| match s {
        "ja" => Some(true),
        "nej" => Some(false),
        _ => None,
    };
    let oere = |s: &str| s.parse::<i64>().ok().and_then(beloeb);
    let mut dato = None;
    let mut p = Person::default();
    let mut o = Oplysninger100::default();
    for line in lines {
        let (k, v) = line.split_once('=').ok_or_else(|| fejl(line))?;
        let ok = match k {
            "dato" => {
                dato = dato::fra_iso(v);
                Some(())
            }
            "alder" => v.parse().ok().map(|a| p.alder = Some(a)),
            "folkepension" => folkepension(v).map(|f| p.folkepension = f),
            "foertidspension" => foertidspension(v).map(|f| p.foertidspension = f),
            "bpa" => ja_nej(v).map(|b| p.bpa_96 = Some(b)),
            "p95" => ja_nej(v).map(|b| p.tilskud_95 = Some(b)),
            "merudgift" => ja_nej(v).map(|b| p.modtager_merudgiftsydelse = Some(b)),
            "forbrug" => oere(v).map(|b| o.normalt_forbrug = b),
            "forbrug-periode" => periode(v).map(|x| o.normalt_forbrug_periode = x),
            "udgift" => {
                let f: Vec<&str> = v.split(';').collect();
                (f.len() == 5)
                    .then(|| {
                        Some(Udgift {
                            kategori: Udgiftskategori::parse(f[0])?,
                            beloeb: oere(f[1])?,
                            periode: periode(f[2])?,
                            dokumenteret: ja_nej(f[3])?,
                            normalt_forbrug: oere(f[4])?,
                        })
                    })
                    .flatten()
                    .map(|u| o.udgifter.push(u))
            }
            _ => None,
        };
        ok.ok_or_else(|| fejl(line))?;
    }
    o.person = p;
    Ok(Gemt100 {
        dato: dato.ok_or_else(|| fejl("dato"))?,
        oplysninger: o,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eksempel() -> Gemt100 {
        Gemt100 {
            dato: NaiveDate::from_ymd_opt(2025, 10, 1).unwrap(),
            oplysninger: Oplysninger100 {
                person: Person {
                    alder: Some(45),
                    folkepension: Folkepension::IkkeNaaet,
                    foertidspension: Foertidspension::FoerNyeRegler,
                    bpa_96: Some(true),
                    tilskud_95: None,
                    modtager_merudgiftsydelse: Some(false),
                },
                udgifter: vec![
                    Udgift {
                        kategori: Udgiftskategori::Medicin,
                        beloeb: Beloeb::fra_oere(153_050),
                        periode: Periode::Maaned,
                        dokumenteret: true,
                        normalt_forbrug: Beloeb::kr(100),
                    },
                    Udgift::ny(
                        Udgiftskategori::Andet,
                        Beloeb::kr(6000),
                        Periode::Aar,
                        false,
                    ),
                ],
                normalt_forbrug: Beloeb::kr(50),
                normalt_forbrug_periode: Periode::Aar,
            },
        }
    }

    /// What the UI's hand-written serializer (before the JSON) wrote for [`eksempel`].
    const V1: &str = "v=1\ndato=2025-10-01\nalder=45\nfolkepension=ikke-naaet\n\
        foertidspension=foer\nbpa=ja\nmerudgift=nej\nforbrug=5000\nforbrug-periode=year\n\
        udgift=medicin;153050;month;ja;10000\nudgift=andet;600000;year;nej;0";

    #[test]
    fn round_trip() {
        let g = eksempel();
        let tekst = g.til_tekst();
        assert!(tekst.starts_with(r#"{"format":"stotteportalen-beregning-100","version":2,"#));
        assert_eq!(Gemt100::laes(&tekst), Ok(g.clone()));
        assert!(g.beregn().is_ok());
        // Nothing answered, no expenses.
        let tom = Gemt100 {
            dato: NaiveDate::from_ymd_opt(2024, 2, 29).unwrap(),
            oplysninger: Oplysninger100::default(),
        };
        assert_eq!(Gemt100::laes(&tom.til_tekst()), Ok(tom));
    }

    #[test]
    fn version_1_lines_are_still_read() {
        assert_eq!(Gemt100::laes(V1), Ok(eksempel()));
    }

    #[test]
    fn unknown_version_is_an_error() {
        let v3 = eksempel()
            .til_tekst()
            .replace(r#""version":2"#, r#""version":3"#);
        assert_eq!(Gemt100::laes(&v3), Err(GemtFejl::UkendtVersion("3".into())));
        let tekst = eksempel()
            .til_tekst()
            .replace(r#""version":2"#, r#""version":"2""#);
        assert_eq!(
            Gemt100::laes(&tekst),
            Err(GemtFejl::UkendtVersion("\"2\"".into()))
        );
        assert_eq!(
            Gemt100::laes("v=2\ndato=2025-10-01"),
            Err(GemtFejl::UkendtVersion("2".into()))
        );
    }

    #[test]
    fn garbage_is_an_error() {
        for tekst in ["", "hej", "<html>", "[1,2]", "null", "{}x", "v1"] {
            assert!(Gemt100::laes(tekst).is_err(), "{tekst:?}");
        }
        assert_eq!(
            Gemt100::laes(r#"{"format":"stotteportalen-ansoegning","version":2}"#),
            Err(GemtFejl::IkkeEnBeregning)
        );
        // The right head, a wrong body.
        let g = eksempel().til_tekst();
        for (fra, til) in [
            (r#""kategori":"medicin""#, r#""kategori":"slik""#),
            (r#""beloeb":153050"#, r#""beloeb":-5"#),
            (r#""dato":"2025-10-01""#, r#""dato":"1.10.2025""#),
            (r#""forbrug-periode":"year""#, r#""forbrug-periode":"uge""#),
            (r#""alder":45"#, r#""alder":45,"hoejde":180"#),
        ] {
            let tekst = g.replace(fra, til);
            assert_ne!(tekst, g);
            assert!(
                matches!(Gemt100::laes(&tekst), Err(GemtFejl::ForkertIndhold(_))),
                "{til}"
            );
        }
        // Version 1 with a wrong line.
        assert!(Gemt100::laes("v=1\nudgift=medicin;-5;month;ja;0").is_err());
        assert!(Gemt100::laes("v=1\ndato=2025-10-01\nfarve=blaa").is_err());
        assert!(Gemt100::laes("v=1").is_err());
    }

    #[test]
    fn a_cut_off_write_is_an_error() {
        let tekst = eksempel().til_tekst();
        for n in 0..tekst.len() {
            if tekst.is_char_boundary(n) {
                assert!(Gemt100::laes(&tekst[..n]).is_err(), "{}", &tekst[..n]);
            }
        }
        // A cut-off version 1 item is an error where the cut leaves a broken line or
        // no date (its lines are each complete otherwise, as before).
        assert!(Gemt100::laes("v=1\ndato=2025-1").is_err());
        assert!(Gemt100::laes("v=1\nforbrug=5000\nudgift=medicin;153").is_err());
    }
}
