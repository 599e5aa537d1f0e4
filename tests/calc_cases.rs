//! Table-driven tests of money and the calculators: the cases are data files under
//! tests/cases/calc/ (TOML). Each case names what it checks; a failure prints the case and
//! the whole trail.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;

use stotteportalen::domain::beregning::{
    beregn_100, beregn_botilbudsbetaling, beregn_doegnbetaling, beregn_ledsagerudgifter,
    beregn_merudgift_med_tabel, satser, Beregning100, Boform, Botilbudsoplysninger,
    Foertidspension, Folkepension, Gruppe, Niveau, Oplysninger100, Ordning, Periode, Person, Trin,
    Udfald100, Udgift, Udgiftskategori,
};
use stotteportalen::domain::money::Beloeb;

fn case_file(name: &str) -> String {
    let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cases/calc")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn kr(s: &str) -> Beloeb {
    Beloeb::parse(s).unwrap_or_else(|e| panic!("{s:?} in a case file: {e}"))
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("{s:?}: {e}"))
}

fn trail(trin: &[Trin]) -> String {
    trin.iter()
        .map(|t| {
            let args: Vec<String> = t
                .args
                .iter()
                .map(|(n, v)| format!("{n}={}", v.tekst()))
                .collect();
            format!("  {} [{}]", t.id, args.join(", "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn check_steps(name: &str, trin: &[Trin], steps: &[String], no_steps: &[String]) {
    for id in steps {
        assert!(
            trin.iter().any(|t| t.id == id),
            "{name}: step {id} missing; trail:\n{}",
            trail(trin)
        );
    }
    for id in no_steps {
        assert!(
            !trin.iter().any(|t| t.id == id),
            "{name}: step {id} must not be there; trail:\n{}",
            trail(trin)
        );
    }
}

/// Every step that uses a rate names its year (or the law text) and a source.
fn check_sources(name: &str, trin: &[Trin]) {
    let catalog = stotteportalen::domain::content::catalog();
    for t in trin {
        assert!(
            stotteportalen::domain::beregning::FLUENT_IDS.contains(&t.id),
            "{name}: step {} is not in FLUENT_IDS",
            t.id
        );
        for s in &t.satser {
            assert!(
                stotteportalen::domain::beregning::SATS_IDS.contains(&s.id),
                "{name}: rate {} is not in SATS_IDS",
                s.id
            );
            assert!(
                catalog.document(s.kilde.document).is_some(),
                "{name}: rate {} cites unknown document {}",
                s.id,
                s.kilde.document
            );
            assert!(
                !s.kilde.section.is_empty(),
                "{name}: rate {} has no section",
                s.id
            );
        }
        if let Some(k) = &t.kilde {
            assert!(
                catalog.document(k.document).is_some(),
                "{name}: step {} cites unknown document {}",
                t.id,
                k.document
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MoneyFile {
    parse: Vec<ParseCase>,
    format: Vec<FormatCase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParseCase {
    input: String,
    oere: Option<i64>,
    error: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FormatCase {
    oere: i64,
    text: String,
}

#[test]
fn money_cases() {
    let file: MoneyFile = toml::from_str(&case_file("money.toml")).expect("money.toml");
    assert!(file.parse.len() >= 30);
    for c in &file.parse {
        let got = Beloeb::parse(&c.input);
        match (&c.oere, &c.error) {
            (Some(oere), None) => assert_eq!(got, Ok(Beloeb::fra_oere(*oere)), "{:?}", c.input),
            (None, Some(id)) => match got {
                Err(e) => assert_eq!(e.fluent_id(), id, "{:?}", c.input),
                Ok(b) => panic!("{:?} was accepted as {b}", c.input),
            },
            _ => panic!("{:?}: give oere or error", c.input),
        }
    }
    for c in &file.format {
        let b = Beloeb::fra_oere(c.oere);
        assert_eq!(b.kr_tekst(), c.text);
        assert_eq!(b.to_string(), c.text);
        assert_eq!(Beloeb::parse(&c.text), Ok(b), "round trip of {}", c.text);
    }
}

// ---------------------------------------------------------------------------------------
// § 100
// ---------------------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct P100File {
    case: Vec<P100Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpenseCase {
    category: String,
    amount: String,
    period: String,
    documented: bool,
    #[serde(default)]
    normal: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct P100Case {
    name: String,
    date: String,
    #[serde(default)]
    level: Option<String>,
    regime: String,
    #[serde(default)]
    rates_year: Option<u16>,
    expenses: Vec<ExpenseCase>,
    #[serde(default)]
    normal: Option<String>,
    #[serde(default)]
    normal_period: Option<String>,
    // person
    #[serde(default)]
    unanswered: bool,
    #[serde(default)]
    age: Option<u16>,
    #[serde(default)]
    pension: Option<String>,
    #[serde(default)]
    early_pension: Option<String>,
    #[serde(default)]
    bpa: Option<bool>,
    #[serde(default)]
    cash95: Option<bool>,
    #[serde(default)]
    receives_merudgift: Option<bool>,
    // expected
    #[serde(default)]
    min: Option<String>,
    #[serde(default)]
    max: Option<String>,
    #[serde(default)]
    excluded: bool,
    #[serde(default)]
    group1: Option<String>,
    #[serde(default)]
    group2: Option<String>,
    #[serde(default)]
    if_approved: Option<String>,
    #[serde(default)]
    best: Option<String>,
    #[serde(default)]
    steps: Vec<String>,
    #[serde(default)]
    no_steps: Vec<String>,
}

fn periode(s: &str) -> Periode {
    match s {
        "month" => Periode::Maaned,
        "year" => Periode::Aar,
        other => panic!("period {other:?}"),
    }
}

fn oplysninger(c: &P100Case) -> Oplysninger100 {
    let mut person = if c.unanswered {
        Person::default()
    } else {
        Person {
            alder: Some(40),
            folkepension: Folkepension::IkkeNaaet,
            foertidspension: Foertidspension::Nej,
            bpa_96: None,
            tilskud_95: None,
            modtager_merudgiftsydelse: None,
        }
    };
    if let Some(a) = c.age {
        person.alder = Some(a);
    }
    if let Some(p) = &c.pension {
        person.folkepension = match p.as_str() {
            "not-reached" => Folkepension::IkkeNaaet,
            "deferred" => Folkepension::Opsat,
            "receiving" => Folkepension::Modtager,
            "unanswered" => Folkepension::IkkeBesvaret,
            other => panic!("pension {other:?}"),
        };
    }
    if let Some(p) = &c.early_pension {
        person.foertidspension = match p.as_str() {
            "none" => Foertidspension::Nej,
            "after" => Foertidspension::EfterNyeRegler,
            "before" => Foertidspension::FoerNyeRegler,
            "unanswered" => Foertidspension::IkkeBesvaret,
            other => panic!("early_pension {other:?}"),
        };
    }
    person.bpa_96 = c.bpa;
    person.tilskud_95 = c.cash95;
    person.modtager_merudgiftsydelse = c.receives_merudgift;
    Oplysninger100 {
        person,
        udgifter: c
            .expenses
            .iter()
            .map(|e| Udgift {
                kategori: Udgiftskategori::parse(&e.category)
                    .unwrap_or_else(|| panic!("category {:?}", e.category)),
                beloeb: kr(&e.amount),
                periode: periode(&e.period),
                dokumenteret: e.documented,
                normalt_forbrug: e.normal.as_deref().map_or(Beloeb::NUL, kr),
            })
            .collect(),
        normalt_forbrug: c.normal.as_deref().map_or(Beloeb::NUL, kr),
        normalt_forbrug_periode: c.normal_period.as_deref().map_or(Periode::Maaned, periode),
    }
}

fn opt_kr(s: &str) -> Option<Beloeb> {
    (s != "none").then(|| kr(s))
}

fn run_p100(c: &P100Case) -> Beregning100 {
    let s = satser();
    let d = date(&c.date);
    let o = oplysninger(c);
    let r = match c.level.as_deref() {
        Some("lovtekst") => {
            let t = s.merudgift_lovtekst().expect("law text table");
            beregn_merudgift_med_tabel(s, t, d, &o)
        }
        Some(other) => panic!("level {other:?}"),
        None => beregn_100(s, d, &o),
    };
    r.unwrap_or_else(|e| panic!("{}: {e}", c.name))
}

fn check_p100(c: &P100Case) {
    let r = run_p100(c);
    let name = &c.name;
    let t = trail(&r.trin);
    let expected_regime = match c.regime.as_str() {
        "merudgift" => Ordning::Merudgiftsydelse,
        "kompensation" => Ordning::Kompensationsydelse,
        other => panic!("regime {other:?}"),
    };
    assert_eq!(r.ordning, expected_regime, "{name}");
    if let Some(y) = c.rates_year {
        assert_eq!(r.niveau, Niveau::Aar(y), "{name}: rates year\n{t}");
    }
    if c.level.is_some() {
        assert_eq!(r.niveau, Niveau::Lovtekst, "{name}");
    }
    let m = r.maaned();
    if let Some(min) = &c.min {
        assert_eq!(m.min, kr(min), "{name}: min\n{t}");
    }
    if let Some(max) = &c.max {
        assert_eq!(m.max, kr(max), "{name}: max\n{t}");
    }
    assert!(m.min >= Beloeb::NUL && m.min <= m.max, "{name}");
    assert_eq!(
        matches!(r.udfald, Udfald100::Udelukket),
        c.excluded,
        "{name}: excluded\n{t}"
    );
    if let Udfald100::Kompensation(k) = &r.udfald {
        if let Some(g1) = &c.group1 {
            assert_eq!(k.gruppe1, opt_kr(g1), "{name}: group 1\n{t}");
        }
        if let Some(g2) = &c.group2 {
            assert_eq!(k.gruppe2, opt_kr(g2), "{name}: group 2\n{t}");
        }
        if let Some(g) = &c.if_approved {
            assert_eq!(
                k.gruppe2_hvis_godkendt,
                opt_kr(g),
                "{name}: if approved\n{t}"
            );
        }
        if let Some(best) = &c.best {
            let got = match k.bedst {
                None => "none",
                Some(Gruppe::Gruppe1) => "group1",
                Some(Gruppe::Gruppe2) => "group2",
            };
            assert_eq!(got, best, "{name}: best\n{t}");
        }
    } else {
        assert!(
            c.group1.is_none() && c.group2.is_none() && c.if_approved.is_none(),
            "{name}: group expectations on a result that is not kompensationsydelse"
        );
        if let Some(best) = &c.best {
            assert!(c.excluded && best == "none", "{name}: best");
        }
    }
    check_steps(name, &r.trin, &c.steps, &c.no_steps);
    check_sources(name, &r.trin);
    // Every calculation ends with the estimate note and has a result step.
    assert_eq!(r.trin.last().map(|t| t.id), Some("calc-estimate"), "{name}");
    assert!(
        r.trin.iter().any(|t| matches!(
            t.id,
            "calc-result" | "calc-result-range" | "calc-result-none" | "calc-excluded"
        )),
        "{name}: no result step\n{t}"
    );
}

#[test]
fn p100_merudgift_boundaries() {
    let file: P100File =
        toml::from_str(&case_file("p100_merudgift.toml")).expect("p100_merudgift.toml");
    assert!(file.case.len() >= 70, "{} cases", file.case.len());
    for c in &file.case {
        check_p100(c);
    }
}

#[test]
fn p100_kompensation_conditions_and_dates() {
    let file: P100File =
        toml::from_str(&case_file("p100_kompensation.toml")).expect("p100_kompensation.toml");
    assert!(file.case.len() >= 40, "{} cases", file.case.len());
    for c in &file.case {
        check_p100(c);
    }
}

/// Every dated table boundary of rates.toml has a case in p100_merudgift.toml: the data
/// and the cases cannot drift apart silently.
#[test]
fn every_table_boundary_has_a_case() {
    let file: P100File =
        toml::from_str(&case_file("p100_merudgift.toml")).expect("p100_merudgift.toml");
    for t in satser().merudgift {
        let mut boundaries = vec![t.graense, t.faktisk_over];
        for iv in t.intervaller {
            boundaries.extend([iv.fra, iv.til]);
        }
        for b in boundaries {
            for x in [b - Beloeb::kr(1), b, b + Beloeb::kr(1)] {
                let found = file.case.iter().any(|c| {
                    let same_table = match t.niveau {
                        Niveau::Lovtekst => c.level.as_deref() == Some("lovtekst"),
                        Niveau::Aar(y) => c.rates_year == Some(y) && c.level.is_none(),
                    };
                    same_table
                        && c.expenses.len() == 1
                        && c.expenses[0].period == "month"
                        && kr(&c.expenses[0].amount) == x
                });
                assert!(found, "{:?}: no case for {x}", t.niveau);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Co-payments
// ---------------------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PaymentsFile {
    daily: Vec<DailyCase>,
    companion: Vec<CompanionCase>,
    housing: Vec<HousingCase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DailyCase {
    name: String,
    paragraph: String,
    date: String,
    days: u32,
    rate: String,
    total: String,
    rates_year: u16,
    #[serde(default)]
    steps: Vec<String>,
    #[serde(default)]
    no_steps: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompanionCase {
    name: String,
    date: String,
    max: String,
    rates_year: u16,
    #[serde(default)]
    expenses: Option<String>,
    #[serde(default)]
    covered: Option<String>,
    #[serde(default)]
    steps: Vec<String>,
    #[serde(default)]
    no_steps: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HousingCase {
    name: String,
    date: String,
    income: String,
    #[serde(default)]
    single_pensioner: bool,
    #[serde(default)]
    housing_cost: Option<String>,
    rates_year: u16,
    yearly: String,
    #[serde(default)]
    monthly: Option<String>,
    #[serde(default)]
    capped: Option<bool>,
    #[serde(default)]
    steps: Vec<String>,
    #[serde(default)]
    no_steps: Vec<String>,
}

fn payments() -> PaymentsFile {
    toml::from_str(&case_file("egenbetaling.toml")).expect("egenbetaling.toml")
}

#[test]
fn daily_rate_cases() {
    let file = payments();
    assert!(file.daily.len() >= 10);
    for c in &file.daily {
        let boform = match c.paragraph.as_str() {
            "109" => Boform::Krisecenter,
            "110" => Boform::Forsorgshjem,
            other => panic!("paragraph {other:?}"),
        };
        let r = beregn_doegnbetaling(satser(), boform, date(&c.date), c.days)
            .unwrap_or_else(|e| panic!("{}: {e}", c.name));
        let t = trail(&r.trin);
        assert_eq!(r.takst, kr(&c.rate), "{}\n{t}", c.name);
        assert_eq!(r.i_alt, kr(&c.total), "{}\n{t}", c.name);
        assert_eq!(r.niveau, Niveau::Aar(c.rates_year), "{}", c.name);
        check_steps(&c.name, &r.trin, &c.steps, &c.no_steps);
        check_sources(&c.name, &r.trin);
        assert!(r
            .trin
            .iter()
            .any(|t| t.id == "calc-daily-rate" && !t.satser.is_empty()));
    }
}

#[test]
fn companion_cases() {
    let file = payments();
    assert!(file.companion.len() >= 6);
    for c in &file.companion {
        let r = beregn_ledsagerudgifter(satser(), date(&c.date), c.expenses.as_deref().map(kr))
            .unwrap_or_else(|e| panic!("{}: {e}", c.name));
        let t = trail(&r.trin);
        assert_eq!(r.hoejst_aar, kr(&c.max), "{}\n{t}", c.name);
        assert_eq!(r.niveau, Niveau::Aar(c.rates_year), "{}", c.name);
        assert_eq!(
            r.daekket_aar,
            c.covered.as_deref().map(kr),
            "{}\n{t}",
            c.name
        );
        check_steps(&c.name, &r.trin, &c.steps, &c.no_steps);
        check_sources(&c.name, &r.trin);
    }
}

#[test]
fn housing_cases() {
    let file = payments();
    assert!(file.housing.len() >= 14);
    for c in &file.housing {
        let input = Botilbudsoplysninger {
            indkomst_aar: kr(&c.income),
            reelt_enlig_pensionist: c.single_pensioner,
            boligudgift_aar: c.housing_cost.as_deref().map(kr),
        };
        let r = beregn_botilbudsbetaling(satser(), date(&c.date), &input)
            .unwrap_or_else(|e| panic!("{}: {e}", c.name));
        let t = trail(&r.trin);
        assert_eq!(r.betaling_aar, kr(&c.yearly), "{}\n{t}", c.name);
        if let Some(m) = &c.monthly {
            assert_eq!(r.betaling_maaned, kr(m), "{}\n{t}", c.name);
        }
        if let Some(capped) = c.capped {
            assert_eq!(r.loft_brugt, capped, "{}", c.name);
        }
        assert_eq!(r.niveau, Niveau::Aar(c.rates_year), "{}", c.name);
        assert!(r.groft_skoen);
        assert!(r.trin.iter().any(|t| t.id == "calc-rough-estimate"));
        check_steps(&c.name, &r.trin, &c.steps, &c.no_steps);
        check_sources(&c.name, &r.trin);
    }
}

// ---------------------------------------------------------------------------------------
// Message ids and their texts (the calc-* and money-* messages of locales/*/beregn.ftl)
// ---------------------------------------------------------------------------------------

use std::collections::{BTreeMap, BTreeSet};

use stotteportalen::domain::beregning::{hvis_serie, Arg, FLUENT_IDS, SATS_IDS};

/// Every trail the case files produce, plus what-if series for a few dates.
fn all_trails() -> Vec<Trin> {
    let mut out = Vec::new();
    for file in ["p100_merudgift.toml", "p100_kompensation.toml"] {
        let f: P100File = toml::from_str(&case_file(file)).unwrap();
        for c in &f.case {
            out.extend(run_p100(c).trin);
        }
    }
    let p = payments();
    for c in &p.daily {
        let boform = if c.paragraph == "109" {
            Boform::Krisecenter
        } else {
            Boform::Forsorgshjem
        };
        out.extend(
            beregn_doegnbetaling(satser(), boform, date(&c.date), c.days)
                .unwrap()
                .trin,
        );
    }
    for c in &p.companion {
        out.extend(
            beregn_ledsagerudgifter(satser(), date(&c.date), c.expenses.as_deref().map(kr))
                .unwrap()
                .trin,
        );
    }
    for c in &p.housing {
        let input = Botilbudsoplysninger {
            indkomst_aar: kr(&c.income),
            reelt_enlig_pensionist: c.single_pensioner,
            boligudgift_aar: c.housing_cost.as_deref().map(kr),
        };
        out.extend(
            beregn_botilbudsbetaling(satser(), date(&c.date), &input)
                .unwrap()
                .trin,
        );
    }
    for d in ["2019-06-01", "2024-06-01", "2025-10-01"] {
        out.extend(
            hvis_serie(satser(), date(d), Beloeb::kr(3_000), Beloeb::kr(100))
                .unwrap()
                .trin,
        );
    }
    out
}

#[test]
fn every_step_and_rate_id_is_listed() {
    let ids: BTreeSet<&str> = FLUENT_IDS.iter().copied().collect();
    let trails = all_trails();
    let mut seen = BTreeSet::new();
    for t in &trails {
        assert!(ids.contains(t.id), "step id {} is not in FLUENT_IDS", t.id);
        seen.insert(t.id);
        for (_, v) in &t.args {
            if let Arg::Besked(m) = v {
                assert!(ids.contains(m), "{m} is not in FLUENT_IDS");
                seen.insert(m);
            }
        }
        for s in &t.satser {
            assert!(
                SATS_IDS.contains(&s.id),
                "rate id {} is not in SATS_IDS",
                s.id
            );
        }
    }
    // The case files reach every step except the errors, the markers and a few
    // categories (which are named by the expense line).
    let unreached: Vec<&&str> = ids
        .iter()
        .filter(|id| {
            !seen.contains(**id)
                && !id.starts_with("money-error-")
                && !id.starts_with("calc-marker-")
                && !id.starts_with("calc-category-")
                && **id != "calc-error-no-rates"
        })
        .collect();
    assert!(unreached.is_empty(), "no case reaches {unreached:?}");
}

/// Every id literal in the calculators' source is listed, and every listed id is used.
#[test]
fn the_id_list_matches_the_source() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut text = String::new();
    for file in [
        "money.rs",
        "beregning/p100/mod.rs",
        "beregning/p100/model.rs",
        "beregning/egenbetaling.rs",
        "beregning/hvis.rs",
        "beregning/trin.rs",
        "beregning/satser.rs",
    ] {
        text.push_str(&std::fs::read_to_string(dir.join(file)).unwrap());
    }
    let module = std::fs::read_to_string(dir.join("beregning/mod.rs")).unwrap();
    text.push_str(module.split("pub const FLUENT_IDS").next().unwrap());
    let mut used = BTreeSet::new();
    for prefix in ["\"calc-", "\"money-error-"] {
        for (i, _) in text.match_indices(prefix) {
            let rest = &text[i + 1..];
            let end = rest.find('"').unwrap();
            let id = &rest[..end];
            if !id.starts_with("calc-rate-") {
                used.insert(id.to_string());
            }
        }
    }
    let listed: BTreeSet<String> = FLUENT_IDS.iter().map(|s| s.to_string()).collect();
    let unlisted: Vec<_> = used.difference(&listed).collect();
    let unused: Vec<_> = listed.difference(&used).collect();
    assert!(
        unlisted.is_empty(),
        "ids in the source but not in FLUENT_IDS: {unlisted:?}"
    );
    assert!(
        unused.is_empty(),
        "ids in FLUENT_IDS but not in the source: {unused:?}"
    );
}

fn variables(p: &fluent_syntax::ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
            Expression::Inline(i) => inline(i, out),
        }
    }
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, out);
        }
    }
}

/// The proposed texts define exactly the listed ids (and a name for every rate), and use
/// only arguments the code gives the message.
#[test]
fn proposed_texts_cover_every_message_with_its_arguments() {
    let mut args: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for t in all_trails() {
        let entry = args.entry(t.id).or_default();
        for (n, _) in &t.args {
            entry.insert(n.to_string());
        }
    }
    args.entry("money-error-too-large")
        .or_default()
        .insert("max".to_string());
    let mut wanted: BTreeSet<String> = FLUENT_IDS.iter().map(|s| s.to_string()).collect();
    wanted.extend(SATS_IDS.iter().map(|s| format!("calc-rate-{s}")));

    for lang in ["da", "en"] {
        let name = format!("locales/{lang}/beregn.ftl");
        let text = std::fs::read_to_string(format!("{}/{name}", env!("CARGO_MANIFEST_DIR")))
            .expect("the Fluent file");
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errs)| panic!("{name}: {errs:?}"));
        let mut defined = BTreeSet::new();
        for entry in &resource.body {
            match entry {
                // The calculators' own messages (the page's texts are beregn-*).
                fluent_syntax::ast::Entry::Message(m)
                    if m.id.name.starts_with("calc-") || m.id.name.starts_with("money-") =>
                {
                    let id = m.id.name.to_string();
                    assert!(defined.insert(id.clone()), "{name}: duplicate {id}");
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        variables(p, &mut vars);
                    }
                    let given = args.get(id.as_str()).cloned().unwrap_or_default();
                    let unknown: Vec<_> = vars.difference(&given).collect();
                    assert!(
                        unknown.is_empty(),
                        "{name}: {id} uses {unknown:?}, the code gives {given:?}"
                    );
                }
                fluent_syntax::ast::Entry::Junk { content } => panic!("{name}: junk {content}"),
                _ => {}
            }
        }
        let missing: Vec<_> = wanted.difference(&defined).collect();
        let extra: Vec<_> = defined.difference(&wanted).collect();
        assert!(missing.is_empty(), "{name}: no text for {missing:?}");
        assert!(extra.is_empty(), "{name}: texts for unknown ids {extra:?}");
        let lower = text.to_lowercase();
        for bad in ["ret til", "berettig", "entitled"] {
            assert!(!lower.contains(bad), "{name} says {bad:?}");
        }
    }
}
