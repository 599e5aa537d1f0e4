//! seeds/national/rates.toml: every figure of domain-facts.md sections 1–2 is there with
//! its year and source, nothing more (the "not verified" years are absent), and a broken
//! rates file is rejected by the build's own validation with the file and the field.

use content_build as raw;

use std::path::Path;

use chrono::NaiveDate;
use stotteportalen::domain::beregning::{
    ordning_for, satser, Boform, Graenseregel, Hjemmel, Niveau, Ordning, Positivstatus, Satser,
    Udgiftskategori, Valgt,
};
use stotteportalen::domain::content::catalog;
use stotteportalen::domain::content::Lov;
use stotteportalen::domain::money::Beloeb;

fn kr(s: &str) -> Beloeb {
    Beloeb::parse(s).unwrap()
}

// ---------------------------------------------------------------------------------------
// The data: domain-facts.md, typed in here by hand
// ---------------------------------------------------------------------------------------

#[test]
fn merudgift_tables_are_the_domain_facts() {
    // (level, threshold, threshold a year, interval 1, interval 2, actual above, rule, document)
    #[allow(clippy::type_complexity)]
    let expected: &[(
        Niveau,
        &str,
        Option<&str>,
        (&str, &str, &str),
        (&str, &str, &str),
        &str,
        Graenseregel,
        &str,
    )] = &[
        (
            Niveau::Lovtekst,
            "534",
            Some("6.408"),
            ("534", "1.500", "1.000"),
            ("1.501", "2.500", "2.000"),
            "2.500",
            Graenseregel::Mindst,
            "viborg-2020",
        ),
        (
            Niveau::Aar(2019),
            "545",
            Some("6.540"),
            ("545", "1.530", "1.020"),
            ("1.531", "2.550", "2.040"),
            "2.550",
            Graenseregel::Over,
            "viborg-2020",
        ),
        (
            Niveau::Aar(2020),
            "556",
            None,
            ("556", "1.561", "1.040"),
            ("1.562", "2.601", "2.081"),
            "2.601",
            Graenseregel::Mindst,
            "vordingborg-2020",
        ),
        (
            Niveau::Aar(2021),
            "567",
            None,
            ("567", "1.592", "1.061"),
            ("1.593", "2.653", "2.123"),
            "2.653",
            Graenseregel::Mindst,
            "sm-satser-2021",
        ),
        (
            Niveau::Aar(2023),
            "589",
            None,
            ("589", "1.654", "1.103"),
            ("1.655", "2.757", "2.206"),
            "2.757",
            Graenseregel::Mindst,
            "sm-satser-2023",
        ),
        (
            Niveau::Aar(2024),
            "608",
            None,
            ("608", "1.707", "1.138"),
            ("1.707", "2.846", "2.277"),
            "2.846",
            Graenseregel::Mindst,
            "sm-satser-2024",
        ),
    ];
    let tables = satser().merudgift;
    assert_eq!(tables.len(), expected.len(), "no table more, none less");
    for (t, e) in tables.iter().zip(expected) {
        assert_eq!(t.niveau, e.0);
        assert_eq!(t.graense, kr(e.1), "{:?}", t.niveau);
        assert_eq!(t.graense_aar, e.2.map(kr), "{:?}", t.niveau);
        assert_eq!(t.intervaller.len(), 2);
        let iv = |i: usize| {
            (
                t.intervaller[i].fra,
                t.intervaller[i].til,
                t.intervaller[i].standard,
            )
        };
        assert_eq!(
            iv(0),
            (kr(e.3 .0), kr(e.3 .1), kr(e.3 .2)),
            "{:?}",
            t.niveau
        );
        assert_eq!(
            iv(1),
            (kr(e.4 .0), kr(e.4 .1), kr(e.4 .2)),
            "{:?}",
            t.niveau
        );
        assert_eq!(t.faktisk_over, kr(e.5), "{:?}", t.niveau);
        assert_eq!(t.graense_regel, e.6, "{:?}", t.niveau);
        assert_eq!(t.kilde.document, e.7, "{:?}", t.niveau);
    }
    // Not verified: 2022 and January–August 2025.
    assert!(satser().merudgift_aar(2022).is_none());
    assert!(satser().merudgift_aar(2025).is_none());
    // The 2024 overlap is kept as given.
    let t2024 = satser().merudgift_aar(2024).unwrap();
    assert_eq!(t2024.intervaller[0].til, t2024.intervaller[1].fra);
}

#[test]
fn kompensation_is_the_2025_level_only() {
    let k = satser().kompensation;
    assert_eq!(k.len(), 1, "2026 amounts are not verified");
    let k = &k[0];
    assert_eq!(k.aar, 2025);
    assert_eq!(k.graense, kr("555"));
    assert_eq!(k.graense_aar, Some(kr("6.660")));
    assert_eq!(k.gruppe1_standard, kr("1.105"));
    assert_eq!(k.gruppe2_over, kr("2.000"));
    assert_eq!(k.gruppe2_over_aar, Some(kr("24.000")));
    assert_eq!(k.gruppe2_standard, kr("500"));
    assert_eq!(k.kilde.document, "l201-2025");

    let p = satser().paragraf100.unwrap();
    assert_eq!(p.ny_ordning_fra.to_string(), "2025-09-01");
    assert_eq!(p.overgang_senest.to_string(), "2027-09-01");
    assert_eq!(p.foertidspension_foer.to_string(), "2003-01-01");
    assert_eq!(p.min_alder, 18);

    // Only three categories are known to be on the positive list; the rest is unknown.
    let s = satser();
    for c in Udgiftskategori::ALL {
        let expected = match c {
            Udgiftskategori::Medicin | Udgiftskategori::Befordring | Udgiftskategori::Kost => {
                Positivstatus::Ja
            }
            _ => Positivstatus::Ukendt,
        };
        assert_eq!(s.positivliste_status(*c), expected, "{c:?}");
    }
    assert!(!s.positivliste.unwrap().komplet);
}

#[test]
fn co_payment_figures_are_the_domain_facts() {
    let s = satser();
    let daily: Vec<(Boform, u16, Beloeb)> = s
        .doegntakster
        .iter()
        .map(|d| (d.boform, d.aar, d.beloeb))
        .collect();
    assert_eq!(
        daily,
        vec![
            (Boform::Krisecenter, 2019, kr("87")),
            (Boform::Krisecenter, 2021, kr("89")),
            (Boform::Krisecenter, 2023, kr("93,38")),
            (Boform::Forsorgshjem, 2019, kr("87")),
            (Boform::Forsorgshjem, 2021, kr("93")),
            (Boform::Forsorgshjem, 2023, kr("96,71")),
        ],
        "2024 is not verified"
    );
    let companion: Vec<(Niveau, Beloeb)> =
        s.ledsager.iter().map(|l| (l.niveau, l.beloeb)).collect();
    assert_eq!(
        companion,
        vec![
            (Niveau::Lovtekst, kr("663")),
            (Niveau::Aar(2021), kr("937")),
            (Niveau::Aar(2023), kr("974")),
            (Niveau::Aar(2024), kr("1.005")),
        ]
    );
    let housing: Vec<(u16, Beloeb, i64, i64, Beloeb)> = s
        .botilbud
        .iter()
        .map(|h| {
            (
                h.aar,
                h.indkomstgraense,
                h.procent_under,
                h.procent_over,
                h.enlig_pensionist_fradrag,
            )
        })
        .collect();
    assert_eq!(
        housing,
        vec![
            (2021, kr("216.900"), 1000, 2000, kr("47.100")),
            (2023, kr("226.100"), 1000, 2000, kr("49.100")),
            (2024, kr("234.000"), 1000, 2000, kr("50.800")),
        ]
    );
}

#[test]
fn every_rate_cites_a_known_document_and_a_section() {
    let s = satser();
    let c = catalog();
    let mut sources = vec![s.positivliste.unwrap().kilde];
    let p = s.paragraf100.unwrap();
    sources.extend([
        p.ny_ordning_kilde,
        p.overgang_kilde,
        p.min_alder_kilde,
        p.foertidspension_kilde,
    ]);
    sources.extend(s.merudgift.iter().map(|t| t.kilde));
    sources.extend(s.kompensation.iter().map(|t| t.kilde));
    sources.extend(s.doegntakster.iter().map(|t| t.kilde));
    sources.extend(s.ledsager.iter().map(|t| t.kilde));
    sources.extend(s.botilbud.iter().map(|t| t.kilde));
    for src in sources {
        assert!(c.document(src.document).is_some(), "{}", src.document);
        assert!(!src.section.trim().is_empty());
    }
}

/// The paragraph facts in paragraphs.toml and the rate tables agree where they overlap.
#[test]
fn rates_agree_with_the_paragraph_facts() {
    let c = catalog();
    let k = &satser().kompensation[0];
    let p100 = c.paragraph("100").unwrap();
    for (id, value) in [
        ("mindstegraense-maaned", k.graense),
        ("standardbeloeb", k.gruppe1_standard),
        ("dokumenteret-graense", k.gruppe2_over),
        ("ekstra-standardbeloeb", k.gruppe2_standard),
    ] {
        let fact = p100.facts.iter().find(|f| f.id == id).unwrap();
        assert_eq!(fact.hundredths, value.oere(), "{id}");
        assert_eq!(fact.year.number(), Some(k.aar), "{id}");
    }
}

// ---------------------------------------------------------------------------------------
// Validation: a broken rates.toml is rejected with the file and the field
// ---------------------------------------------------------------------------------------

const RATES: &str = "seeds/national/rates.toml";

/// The documents and paragraphs rates.toml refers to, so that the validation tests do not
/// depend on the rest of seeds/ (which others edit).
const NATIONAL: &str = r#"
[[document]]
id = "serviceloven"
title = "Lov om social service"
year = 2019
evidence = [{ origin = "seed-002", section = "3.1", quote = "lovbekendtgørelse nr. 798 af 7. august 2019" }]

[[document]]
id = "viborg-2020"
title = "Kvalitetsstandarder for Socialområdet 2020"
publisher = "Viborg Kommune"
year = 2020
evidence = [{ origin = "seed-002", section = "Forord", quote = "Viborg Kommunes kvalitetsstandarder for Socialområdet 2020 (2019-priser)" }]

[[document]]
id = "vordingborg-2020"
title = "Satser 2020"
year = 2020
evidence = [{ origin = "domain-facts", section = "1", quote = "| 2020 | vordingborg.dk |" }]

[[document]]
id = "sm-satser-2021"
title = "Satser 2021"
year = 2021
evidence = [{ origin = "domain-facts", section = "1", quote = "sm.dk satser 2021, voksne" }]

[[document]]
id = "sm-satser-2023"
title = "Satser 2023"
year = 2023
evidence = [{ origin = "domain-facts", section = "1", quote = "sm.dk satser 2023, voksne" }]

[[document]]
id = "sm-satser-2024"
title = "Satser 2024"
year = 2024
evidence = [{ origin = "domain-facts", section = "1", quote = "sm.dk satser 2024, voksne" }]

[[document]]
id = "l201-2025"
title = "L 201"
evidence = [{ origin = "domain-facts", section = "1", quote = "Law: L 201 (folketingsåret 2024-25); amounts at 2025 level" }]

[[document]]
id = "bek-1070-2025"
title = "BEK nr. 1070"
year = 2025
evidence = [{ origin = "domain-facts", section = "1", quote = "BEK nr. 1070 af 27/08/2025" }]
"#;

const PARAGRAPHS: &str = r#"
[[paragraph]]
key = "109"
law = "serviceloven"
label = "§ 109"
title = "Krisecenter"
plain = "Du kan bo på et krisecenter."
kind = "skal"
complaint = "ankestyrelsen"
national = "Du kan bo på et krisecenter."
url = "https://www.retsinformation.dk"
source = { document = "serviceloven", section = "§ 109" }

[[paragraph]]
key = "110"
law = "serviceloven"
label = "§ 110"
title = "Forsorgshjem"
plain = "Du kan bo på et forsorgshjem."
kind = "skal"
complaint = "ankestyrelsen"
national = "Du kan bo på et forsorgshjem."
url = "https://www.retsinformation.dk"
source = { document = "serviceloven", section = "§ 110" }
"#;

fn rates_text() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(RATES);
    std::fs::read_to_string(&path).expect("seeds/national/rates.toml")
}

/// rates.toml (with `edit` applied) next to the documents and paragraphs it refers to;
/// the error lines.
fn errors_of(rates: &str) -> Vec<String> {
    let files = [
        ("seeds/national/documents.toml", NATIONAL),
        ("seeds/national/paragraphs.toml", PARAGRAPHS),
        (RATES, rates),
    ]
    .map(|(path, text)| raw::SeedFile {
        path: path.to_string(),
        text: text.to_string(),
    });
    let errors = match raw::parse(&files) {
        Ok(catalog) => raw::validate(&catalog),
        Err(errors) => errors,
    };
    errors.iter().map(|e| e.to_string()).collect()
}

/// rates.toml with one replacement; the error lines (at least one).
fn broken(from: &str, to: &str) -> Vec<String> {
    let text = rates_text();
    assert!(text.contains(from), "rates.toml has no {from:?}");
    let errors = errors_of(&text.replacen(from, to, 1));
    assert!(
        !errors.is_empty(),
        "replacing {from:?} by {to:?} was accepted"
    );
    errors
}

#[test]
fn the_rates_alone_validate() {
    let errors = errors_of(&rates_text());
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[track_caller]
fn assert_rejected(errors: &[String], field: &str, words: &str) {
    let prefix = format!("{RATES}: field \"{field}\"");
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with(&prefix) && e.contains(words)),
        "expected {prefix:?} containing {words:?}, got:\n{}",
        errors.join("\n")
    );
}

#[test]
fn the_real_rates_validate_and_generate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let catalog = raw::load(&root).unwrap_or_else(|e| panic!("{}", raw::report(&e)));
    let rates = catalog.rates.as_ref().expect("rates.toml is read");
    let code = raw::satser::generate(Some(&rates.value));
    assert!(code.contains("Niveau::Aar(2024)"));
    assert!(code.contains("Beloeb::fra_oere(9338)"));
    assert_eq!(
        raw::satser::generate(None).trim_end().lines().last(),
        Some("Satser::TOM")
    );
}

#[test]
fn broken_rates_are_rejected_with_the_field() {
    assert_rejected(
        &broken("threshold = \"534\"", "threshold = \"5,3,4\""),
        "merudgift[0].threshold",
        "not a Danish amount",
    );
    assert_rejected(
        &broken("year = 2021\nthreshold = \"567\"", "threshold = \"567\""),
        "merudgift[3].year",
        "give the year",
    );
    assert_rejected(
        &broken(
            "document = \"l201-2025\", section = \"Kompensationsydelse, nye regler",
            "document = \"l999\", section = \"Kompensationsydelse, nye regler",
        ),
        "kompensation[0].source.document",
        "unknown document",
    );
    assert_rejected(
        &broken("threshold_year = \"6.660\"", "threshold_year = \"6.600\""),
        "kompensation[0].threshold_year",
        "12 times",
    );
    assert_rejected(
        &broken(
            "year = 2020\nthreshold = \"556\"",
            "year = 2019\nthreshold = \"556\"",
        ),
        "merudgift[2]",
        "duplicate",
    );
    assert_rejected(
        &broken("  from = \"1.707\"", "  from = \"1.700\""),
        "merudgift[5].interval[1].from",
        "overlaps",
    );
    assert_rejected(
        &broken("actual_above = \"2.846\"", "actual_above = \"2.900\""),
        "merudgift[5].actual_above",
        "last interval",
    );
    assert_rejected(
        &broken("threshold_rule = \"above\"", "threshold_rule = \"over\""),
        "merudgift[1].threshold_rule",
        "not one of",
    );
    assert_rejected(
        &broken(
            "level = \"lovtekst\"\nthreshold",
            "level = \"lov\"\nthreshold",
        ),
        "merudgift[0].level",
        "not a level",
    );
    assert_rejected(
        &broken("paragraph = \"110\"", "paragraph = \"111\""),
        "daily_rate[3].paragraph",
        "not one of",
    );
    assert_rejected(
        &broken(
            "new_rules_from = \"2025-09-01\"",
            "new_rules_from = \"2025-13-01\"",
        ),
        "section100.new_rules_from",
        "not a date",
    );
    assert_rejected(
        &broken("known = [\"kost\"", "known = [\"kage\""),
        "positive_list.known[0]",
        "unknown variant",
    );
    assert_rejected(
        &broken("income_limit = \"216.900\"", "incomelimit = \"216.900\""),
        "housing[0].incomelimit",
        "unknown field",
    );
    assert_rejected(
        &broken("percent_above = \"20\"", "percent_above = \"120\""),
        "housing[0].percent_above",
        "at most 100",
    );
}

/// A rate table's year is the year of its source document or one its evidence quotes:
/// never a guess.
#[test]
fn a_rate_year_is_attested_by_its_document() {
    assert_rejected(
        &broken(
            "year = 2021\nthreshold = \"567\"",
            "year = 2022\nthreshold = \"567\"",
        ),
        "merudgift[3].year",
        "may not be a guess",
    );
}

// ---------------------------------------------------------------------------------------
// Keyed by the day a rate takes effect
// ---------------------------------------------------------------------------------------

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn kompensationsydelse_is_in_force_from_1_september_2025() {
    // domain-facts.md section 1: merudgiftsydelse became kompensationsydelse on
    // 1 September 2025 (L 201).
    let s = satser();
    let fra = day(2025, 9, 1);
    assert_eq!(s.paragraf100.unwrap().ny_ordning_fra, fra);
    let k = s.kompensation_for(fra).unwrap();
    assert_eq!(k.tabel.fra, fra);
    assert_eq!((k.aar, k.valgt), (2025, Valgt::Aaret));
    assert_eq!(k.tabel.gruppe1_standard, kr("1.105"));
    // The day before: not yet in force (the earliest table, flagged as before the data).
    let foer = s.kompensation_for(day(2025, 8, 31)).unwrap();
    assert_eq!(foer.valgt, Valgt::FoerData);
    // The day after: still the 2025 level.
    let efter = s.kompensation_for(day(2025, 9, 2)).unwrap();
    assert_eq!((efter.aar, efter.valgt), (2025, Valgt::Aaret));
    // The regime follows the same day.
    assert_eq!(
        ordning_for(s, day(2025, 8, 31)).unwrap(),
        Ordning::Merudgiftsydelse
    );
    assert_eq!(ordning_for(s, fra).unwrap(), Ordning::Kompensationsydelse);
}

#[test]
fn a_yearly_level_is_in_force_from_1_january() {
    let s = satser();
    // Merudgiftsydelse: 2023 until 31 December 2023, 2024 from 1 January 2024, and 2024
    // (the newest verified level) until the new rules (January–August 2025 not verified).
    let m = |d| s.merudgift_for(d).unwrap();
    assert_eq!(
        (m(day(2023, 12, 31)).aar, m(day(2023, 12, 31)).valgt),
        (2023, Valgt::Aaret)
    );
    assert_eq!(m(day(2024, 1, 1)).tabel.fra, Some(day(2024, 1, 1)));
    assert_eq!(
        (m(day(2024, 1, 1)).aar, m(day(2024, 1, 1)).valgt),
        (2024, Valgt::Aaret)
    );
    assert_eq!(m(day(2024, 1, 2)).tabel.graense, kr("608"));
    assert_eq!(
        (m(day(2025, 8, 31)).aar, m(day(2025, 8, 31)).valgt),
        (2024, Valgt::NyesteTidligere)
    );
    // 2022 is not verified: 2021 is used through 2022, 2023 from 1 January 2023.
    assert_eq!(m(day(2022, 12, 31)).aar, 2021);
    assert_eq!(m(day(2023, 1, 1)).aar, 2023);
    // Before the first dated level (2019): the earliest, flagged. The law text's figures
    // take no effect by date.
    assert_eq!(m(day(2018, 12, 31)).valgt, Valgt::FoerData);
    assert_eq!(m(day(2018, 12, 31)).aar, 2019);
    assert_eq!(s.merudgift_lovtekst().unwrap().fra, None);

    // § 109: 87 kr. (2019) until 31 December 2020, 89 kr. from 1 January 2021.
    let d = |dato| s.doegntakst_for(Boform::Krisecenter, dato).unwrap();
    assert_eq!(d(day(2020, 12, 31)).tabel.beloeb, kr("87"));
    assert_eq!(d(day(2021, 1, 1)).tabel.beloeb, kr("89"));
    assert_eq!(d(day(2021, 1, 2)).tabel.beloeb, kr("89"));
    // § 97, stk. 7 and § 108 the same way.
    let l = |dato| s.ledsager_for(dato).unwrap();
    assert_eq!(l(day(2023, 12, 31)).tabel.beloeb, kr("974"));
    assert_eq!(l(day(2024, 1, 1)).tabel.beloeb, kr("1.005"));
    let b = |dato| s.botilbud_for(dato).unwrap();
    assert_eq!(b(day(2023, 12, 31)).tabel.indkomstgraense, kr("226.100"));
    assert_eq!(b(day(2024, 1, 1)).tabel.indkomstgraense, kr("234.000"));
}

#[test]
fn every_table_has_its_provision() {
    let s = satser();
    let h = |p: &'static str, stk| Hjemmel {
        lov: Lov::Serviceloven,
        paragraf: p,
        stk,
    };
    for t in s.merudgift {
        let stk = (t.niveau == Niveau::Lovtekst).then_some(3);
        assert_eq!(t.hjemmel, h("100", stk), "{:?}", t.niveau);
    }
    for t in s.kompensation {
        assert_eq!(t.hjemmel, h("100", None));
    }
    assert_eq!(s.positivliste.unwrap().hjemmel, h("100", None));
    for t in s.doegntakster {
        assert_eq!(t.hjemmel, h(t.boform.paragraf(), None));
    }
    for t in s.ledsager {
        assert_eq!(t.hjemmel, h("97", Some(7)));
    }
    for t in s.botilbud {
        assert_eq!(t.hjemmel, h("163", Some(3)));
    }
    // The document gives the year and the address where the sources do.
    let k = s.kompensation[0];
    let r = Satser::retskilde(k.hjemmel, k.kilde);
    assert_eq!(r.dokument.map(|d| d.id), Some("l201-2025"));
    assert_eq!(r.aar(), catalog().document("l201-2025").unwrap().year);
    assert_eq!(r.link(), catalog().document("l201-2025").unwrap().url);
}

#[test]
fn broken_effective_days_are_rejected() {
    assert_rejected(
        &broken("from = \"2024-01-01\"", "from = \"2023-01-01\""),
        "merudgift[5].from",
        "not in the table's year",
    );
    assert_rejected(
        &broken("\nfrom = \"2025-09-01\"", "\nfrom = \"2025-01-01\""),
        "kompensation[0].from",
        "not before",
    );
    assert_rejected(
        &broken("from = \"2021-01-01\"", "from = \"2021-02-30\""),
        "merudgift[3].from",
        "is not a date",
    );
    assert_rejected(
        &broken(
            "level = \"lovtekst\"\n",
            "level = \"lovtekst\"\nfrom = \"2019-01-01\"\n",
        ),
        "merudgift[0].from",
        "takes no effect by date",
    );
    assert_rejected(
        &broken(
            "paragraph = \"97\", stk = 7",
            "paragraph = \"§97\", stk = 7",
        ),
        "companion[0].law.paragraph",
        "not a paragraph number",
    );
    assert_rejected(
        &broken(
            "law = { law = \"serviceloven\", paragraph = \"110\" }",
            "law = { law = \"serviceloven\", paragraph = \"109\" }",
        ),
        "daily_rate[3].law.paragraph",
        "the table's paragraph",
    );
}
