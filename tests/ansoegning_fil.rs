//! The application draft's file format: round trip, migration of version 1, and every
//! kind of bad file (tests/cases/ansoegning/filer.toml and filer/).

use chrono::NaiveDate;
use serde::Deserialize;
use stotteportalen::domain::ansoegning::fil::{self, FilFejl};
use stotteportalen::domain::ansoegning::{
    Hjaelper, Hverdag, Kladde, Omtale, Repraesentation, Rolle, Udgiftslinje,
};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/ansoegning");

#[derive(Deserialize)]
struct Filer {
    fil: Vec<Fil>,
}

#[derive(Deserialize)]
struct Fil {
    navn: String,
    fejl: String,
}

fn laes_fil(navn: &str) -> String {
    let bytes = std::fs::read(format!("{DIR}/filer/{navn}")).expect("case file");
    String::from_utf8_lossy(&bytes).into_owned()
}

fn dato(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

fn fuld_kladde() -> Kladde {
    let mut k = Kladde {
        rolle: Rolle::Hjaelper,
        kommune: Some("viborg".into()),
        ydelser: vec!["ledsageordning".into(), "merudgifter".into()],
        hverdag: vec![Hverdag {
            ydelse: "ledsageordning".into(),
            tekst: "Linje 1\nLinje 2 med æøå, \"citat\" og \\ tegn".into(),
        }],
        udgifter: vec![Udgiftslinje {
            hvad: "Medicin".into(),
            beloeb: "1.250,50".into(),
            pr_aar: true,
        }],
        udgifter_note: "Note".into(),
        andet: "<b>ikke fed</b>".into(),
        hjaelper: Hjaelper {
            navn: "Peter".into(),
            relation: "Søn".into(),
            telefon: "12345678".into(),
            email: String::new(),
            fuldmagt: Some(true),
            rolle: Some(Repraesentation::Bisidder),
        },
        ..Kladde::default()
    };
    k.person.fornavn = "Anna".into();
    k.person.efternavn = "Jensen".into();
    k.person.cpr = "010203-1234".into();
    k.person.omtale = Omtale::Navn;
    k.dokumenter.insert("helbred".into());
    k
}

#[test]
fn the_draft_round_trips() {
    for k in [Kladde::default(), fuld_kladde()] {
        let tekst = fil::skriv(&k, dato("2026-11-23"));
        assert!(tekst.contains("\"version\": 2"));
        assert!(tekst.contains("\"format\": \"stotteportalen-ansoegning\""));
        assert_eq!(fil::laes(&tekst), Ok(k));
    }
}

#[test]
fn the_file_name_has_the_date_and_never_the_cpr() {
    let navn = fil::filnavn(dato("2027-01-04"));
    assert_eq!(navn, "ansoegning-2027-01-04.json");
    assert!(!navn.contains("1234"));
}

#[test]
fn version_1_is_migrated() {
    let k = fil::laes(&laes_fil("v1-gammel.json")).expect("v1 opens");
    assert_eq!(k.person.fornavn, "Hans Christian");
    assert_eq!(k.person.efternavn, "Andersen");
    assert_eq!(k.person.email, "hca@example.dk");
    assert_eq!(k.udgifter_note, "Ingen ekstra udgifter.");
    assert_eq!(k.ydelser, ["ledsageordning"]);
    assert_eq!(k.hverdag_for("ledsageordning"), "Jeg ser dårligt.");
    assert_eq!(k.rolle, Rolle::Selv);
    // Written again, it is a version 2 file.
    let igen = fil::skriv(&k, dato("2026-11-23"));
    assert!(igen.contains("\"version\": 2"));
    assert_eq!(fil::laes(&igen), Ok(k));
}

#[test]
fn version_2_file_opens_with_every_field() {
    let k = fil::laes(&laes_fil("v2-fuld.json")).expect("v2 opens");
    assert_eq!(k.person.navn(), "Anna Marie Jensen");
    assert_eq!(k.person.omtale, Omtale::Hun);
    assert_eq!(k.hjaelper.rolle, Some(Repraesentation::Partsrepraesentant));
    assert_eq!(k.hjaelper.fuldmagt, Some(true));
    assert_eq!(k.udgifter[0].beloeb, "450");
    assert!(k.dokumenter.contains("helbred"));
}

#[test]
fn every_case_file_gives_the_expected_result() {
    let src = std::fs::read_to_string(format!("{DIR}/filer.toml")).unwrap();
    let filer: Filer = toml::from_str(&src).unwrap();
    assert!(filer.fil.len() >= 10);
    for f in filer.fil {
        let r = fil::laes(&laes_fil(&f.navn));
        match (&r, f.fejl.as_str()) {
            (Ok(_), "") => {}
            (Err(e), want) => assert_eq!(
                e.besked_id(),
                format!("ans-fil-fejl-{want}"),
                "{}: {e:?}",
                f.navn
            ),
            (Ok(_), want) => panic!("{} opened, expected {want}", f.navn),
        }
    }
}

#[test]
fn errors_name_the_field_or_version_as_text() {
    assert_eq!(
        fil::laes(&laes_fil("ukendt-felt.json")),
        Err(FilFejl::UkendtFelt("foedselsdag".into()))
    );
    assert_eq!(
        fil::laes(&laes_fil("version-3.json")),
        Err(FilFejl::UkendtVersion("3".into()))
    );
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let k = Kladde {
        andet: "x".repeat(fil::MAKS_BYTES),
        ..Kladde::default()
    };
    let tekst = fil::skriv(&k, dato("2026-11-23"));
    assert!(tekst.len() > fil::MAKS_BYTES);
    assert_eq!(fil::laes(&tekst), Err(FilFejl::ForStor));
    // Not valid JSON either: the size is checked first.
    assert_eq!(
        fil::laes(&"{".repeat(fil::MAKS_BYTES + 1)),
        Err(FilFejl::ForStor)
    );
}

#[test]
fn over_long_texts_and_lists_are_refused() {
    let k = Kladde {
        andet: "x".repeat(fil::MAKS_TEKST + 1),
        ..Kladde::default()
    };
    assert_eq!(
        fil::laes(&fil::skriv(&k, dato("2026-11-23"))),
        Err(FilFejl::ForLang)
    );
    let k = Kladde {
        ydelser: (0..=fil::MAKS_LISTE).map(|i| format!("y{i}")).collect(),
        ..Kladde::default()
    };
    assert_eq!(
        fil::laes(&fil::skriv(&k, dato("2026-11-23"))),
        Err(FilFejl::ForLang)
    );
}

#[test]
fn script_is_kept_as_plain_text() {
    let k = fil::laes(&laes_fil("script.json")).expect("opens");
    assert_eq!(k.person.fornavn, "<script>window.__pwned = 1</script>");
    assert_eq!(k.andet, "</textarea><script>alert(2)</script>");
    // Written again, the JSON carries it as a string value only.
    let tekst = fil::skriv(&k, dato("2026-11-23"));
    assert_eq!(fil::laes(&tekst), Ok(k));
}

#[test]
fn every_error_has_a_plain_message_in_both_languages() {
    let fejl = [
        FilFejl::ForStor,
        FilFejl::IkkeJson,
        FilFejl::IkkeEnAnsoegning,
        FilFejl::UkendtVersion("3".into()),
        FilFejl::UkendtFelt("x".into()),
        FilFejl::ForkertIndhold,
        FilFejl::ForLang,
    ];
    for lang in ["da", "en"] {
        let ftl = std::fs::read_to_string(format!(
            "{}/locales/{lang}/ansoegning.ftl",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        for f in &fejl {
            assert!(
                ftl.contains(&format!("\n{} = ", f.besked_id())),
                "{lang}: {}",
                f.besked_id()
            );
        }
    }
}

/// A draft with every free text at the form's limit (Danish letters, two bytes each), for
/// every service of the municipality with the most standards, is written and read back
/// unchanged: the form's limits and the file's limits fit together.
#[test]
fn a_draft_at_the_form_limits_is_read_back() {
    let viborg = stotteportalen::domain::content::municipality("viborg").expect("viborg");
    let lang = "æ".repeat(fil::MAKS_TEKST);
    let mut k = fuld_kladde();
    k.ydelser = viborg.services.iter().map(|s| s.id.to_string()).collect();
    k.hverdag = k
        .ydelser
        .iter()
        .map(|y| Hverdag {
            ydelse: y.clone(),
            tekst: lang.clone(),
        })
        .collect();
    k.andet = lang.clone();
    k.udgifter_note = lang.clone();
    k.person.adresse = lang.clone();
    let tekst = fil::skriv(&k, dato("2026-12-01"));
    assert!(fil::kan_laeses(&tekst), "{} bytes", tekst.len());
    assert_eq!(fil::laes(&tekst), Ok(k));
}
