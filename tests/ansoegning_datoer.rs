//! The application's dates: CPR (format and real date, tests/cases/ansoegning/cpr.toml),
//! the expected decision date and the complaint deadline (frister.toml), and the
//! calendar file (.ics, RFC 5545).

use chrono::{NaiveDate, NaiveDateTime};
use serde::Deserialize;
use stotteportalen::domain::ansoegning::cpr::{self, CprFejl};
use stotteportalen::domain::ansoegning::frister::{
    self, forventet_afgoerelse, klagefrist, plus_dage, Forventet,
};
use stotteportalen::domain::ansoegning::ics::{self, Begivenhed};
use stotteportalen::domain::content::{self, Frist};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/ansoegning");

fn dato(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

#[derive(Deserialize)]
struct CprCases {
    case: Vec<CprCase>,
}

#[derive(Deserialize)]
struct CprCase {
    cpr: String,
    #[serde(default)]
    foedt: Option<String>,
    #[serde(default)]
    fejl: Option<String>,
}

#[test]
fn cpr_format_and_date() {
    let src = std::fs::read_to_string(format!("{DIR}/cpr.toml")).unwrap();
    let cases: CprCases = toml::from_str(&src).unwrap();
    for c in cases.case {
        let r = cpr::tjek(&c.cpr);
        match (c.foedt.as_deref(), c.fejl.as_deref()) {
            (Some(""), None) => assert_eq!(r, Ok(None), "{:?}", c.cpr),
            (Some(d), None) => assert_eq!(r, Ok(Some(dato(d))), "{:?}", c.cpr),
            (None, Some("format")) => assert_eq!(r, Err(CprFejl::Format), "{:?}", c.cpr),
            (None, Some("dato")) => assert_eq!(r, Err(CprFejl::Dato), "{:?}", c.cpr),
            other => panic!("bad case {:?}: {other:?}", c.cpr),
        }
    }
}

#[test]
fn cpr_is_shown_with_a_dash() {
    assert_eq!(cpr::vis("0102031234"), "010203-1234");
    assert_eq!(cpr::vis(" 010203 1234 "), "010203-1234");
}

#[derive(Deserialize)]
struct Frister {
    plus: Vec<Plus>,
    klage: Vec<Klage>,
    ydelse: Vec<Ydelse>,
}

#[derive(Deserialize)]
struct Plus {
    fra: String,
    #[serde(default)]
    uger: Option<u16>,
    #[serde(default)]
    dage: Option<u16>,
    til: String,
}

#[derive(Deserialize)]
struct Klage {
    modtaget: String,
    sidste_dag: String,
}

#[derive(Deserialize)]
struct Ydelse {
    kommune: String,
    ydelse: String,
    idag: String,
    afgoerelse: String,
}

fn frister() -> Frister {
    let src = std::fs::read_to_string(format!("{DIR}/frister.toml")).unwrap();
    toml::from_str(&src).unwrap()
}

#[test]
fn processing_times_are_added_in_calendar_days() {
    for p in frister().plus {
        let frist = match (p.uger, p.dage) {
            (Some(u), None) => Frist::Uger(u),
            (None, Some(d)) => Frist::Dage(d),
            _ => panic!("bad case"),
        };
        let dage = frister::frist_dage(frist).unwrap();
        assert_eq!(
            plus_dage(dato(&p.fra), dage),
            dato(&p.til),
            "{} + {frist:?}",
            p.fra
        );
    }
    assert_eq!(frister::frist_dage(Frist::Ingen("…")), None);
}

#[test]
fn the_complaint_deadline_is_four_weeks_from_the_decision() {
    let fakta = frister::klagefrist_fakta().expect("national fact klagefrist");
    assert_eq!(fakta.unit, "uger");
    assert_eq!(frister::klagefrist_dage(fakta), Some(28));
    for k in frister().klage {
        assert_eq!(
            klagefrist(dato(&k.modtaget)),
            Some(dato(&k.sidste_dag)),
            "{}",
            k.modtaget
        );
    }
}

#[test]
fn decision_dates_come_from_the_municipality_or_not_at_all() {
    for y in frister().ydelse {
        let s = content::service(&y.kommune, &y.ydelse)
            .unwrap_or_else(|| panic!("{}/{}", y.kommune, y.ydelse));
        match forventet_afgoerelse(dato(&y.idag), s) {
            Forventet::Dato { dato: d, kilde, .. } => {
                assert_eq!(d, dato(&y.afgoerelse), "{}", y.ydelse);
                assert!(content::document(kilde.document).is_some());
            }
            Forventet::KommunenAfgoer { .. } => {
                assert_eq!(y.afgoerelse, "", "{}: no date", y.ydelse)
            }
        }
    }
}

fn stamp() -> NaiveDateTime {
    dato("2026-11-23").and_hms_opt(21, 5, 9).unwrap()
}

#[test]
fn ics_has_crlf_dates_uid_and_dtstamp() {
    let b = vec![
        Begivenhed {
            dato: dato("2027-01-04"),
            titel: "Forventet afgørelse: Ledsageordning".into(),
            beskrivelse: "Viborg Kommune, Socialafdelingen".into(),
        },
        Begivenhed {
            dato: dato("2027-02-01"),
            titel: "Sidste dag at klage".into(),
            beskrivelse: String::new(),
        },
    ];
    let cal = ics::kalender(&b, stamp(), "20261123210509");
    assert!(cal.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(cal.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !cal.replace("\r\n", "").contains('\n'),
        "only CRLF line ends"
    );
    assert!(cal.contains("\r\nDTSTART;VALUE=DATE:20270104\r\n"));
    assert!(cal.contains("\r\nDTEND;VALUE=DATE:20270105\r\n"));
    assert!(cal.contains("\r\nDTSTAMP:20261123T210509Z\r\n"));
    assert_eq!(cal.matches("BEGIN:VEVENT").count(), 2);
    assert_eq!(cal.matches("\r\nUID:").count(), 2);
    let uids: Vec<&str> = cal.lines().filter(|l| l.starts_with("UID:")).collect();
    assert_ne!(uids[0], uids[1]);
    assert!(cal.contains("SUMMARY:Forventet afgørelse: Ledsageordning\r\n"));
    assert!(cal.contains("DESCRIPTION:Viborg Kommune\\, Socialafdelingen\r\n"));
}

#[test]
fn ics_events_across_the_new_year() {
    let b = [Begivenhed {
        dato: dato("2026-12-31"),
        titel: "Nytår".into(),
        beskrivelse: String::new(),
    }];
    let cal = ics::kalender(&b, stamp(), "x");
    assert!(cal.contains("DTSTART;VALUE=DATE:20261231\r\n"));
    assert!(cal.contains("DTEND;VALUE=DATE:20270101\r\n"));
}

#[test]
fn ics_text_is_escaped() {
    assert_eq!(ics::escape("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
}

#[test]
fn ics_lines_are_folded_at_75_octets_without_splitting_characters() {
    let lang = format!("SUMMARY:{}", "æøå ".repeat(40));
    let folded = ics::fold(&lang);
    for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(l.len() <= 75, "{} octets: {l}", l.len());
    }
    // Unfolding (remove CRLF + space) gives the line back.
    assert_eq!(folded.replace("\r\n ", "").trim_end_matches("\r\n"), lang);
    let cal = ics::kalender(
        &[Begivenhed {
            dato: dato("2027-01-04"),
            titel: "ø".repeat(100),
            beskrivelse: "a, b; c".repeat(30),
        }],
        stamp(),
        "x",
    );
    for l in cal.split("\r\n") {
        assert!(l.len() <= 75, "{} octets", l.len());
    }
}

#[test]
fn ics_file_name_has_no_personal_data() {
    assert_eq!(
        ics::filnavn(dato("2026-11-23")),
        "ansoegning-datoer-2026-11-23.ics"
    );
}
