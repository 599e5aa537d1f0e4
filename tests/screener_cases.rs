//! The screener's table-driven cases: every `tests/cases/screener/*.toml` file holds
//! personas (answers) and what the screener must answer for them, against the real
//! catalogue built from seeds/.
//!
//! ```toml
//! [[case]]
//! navn = "viborg-97-over-67"
//! beskrivelse = "…"
//! ordvalg = "du"                       # optional: "du" | "personen"
//! spoergsmaal = ["hvem", "kommune"]    # optional: the exact question flow
//! med_spoergsmaal = ["bpa"]            # optional: these must be in the flow
//! uden_spoergsmaal = ["pension"]       # optional: these must not
//! straks = ["ring-112", "krisecenter@krisecenter"]   # optional: exact immediate help,
//!                                      # "art" or "art@service id" ("art@" = no service)
//! valgte = ["merudgifter"]             # optional, with dokumenter: next steps
//! dokumenter = ["helbred", "merudgifter"]
//! [case.svar]                          # the answers (the saved form of `Svar`)
//! kommune = "viborg"
//! alder = 70
//! [[case.forvent]]
//! ydelse = "ledsageordning"
//! vurdering = "passer-nok-ikke"
//! kriterier = { alder-max = "ikke-opfyldt" }          # status per criterion key
//! roller = { s109-kvinder = "forbehold" }             # optional
//! forklaringer = { alder-max = ["screener-forkl-s97-beholder"] }   # must include
//! uden_kriterier = ["forbehold-1"]                     # must not exist
//! i_stedet = ["ydelse:bpa", "paragraf:83", "besked:screener-alt-alkohol"]  # must include
//! uden_i_stedet = ["besked:screener-alt-alkohol"]     # must not include
//! lag = "lov"                                          # "lov" (national floor) | "kommune"
//! # case level, optional:
//! uden_ydelser = ["lov-85"]                            # must not be in the result
//! foerst = { kan-passe = ["lov-110", "lov-99"] }        # the first of a group, in order
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use stotteportalen::domain::content::{self, catalog};
use stotteportalen::domain::screener::{
    naeste_skridt, spoergsmaal, vurder, Alternativ, Besked, Resultat, Svar, BESKED_IDS,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fil {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    navn: String,
    beskrivelse: String,
    svar: Svar,
    #[serde(default)]
    ordvalg: Option<String>,
    #[serde(default)]
    spoergsmaal: Option<Vec<String>>,
    #[serde(default)]
    med_spoergsmaal: Vec<String>,
    #[serde(default)]
    uden_spoergsmaal: Vec<String>,
    #[serde(default)]
    straks: Option<Vec<String>>,
    #[serde(default)]
    valgte: Vec<String>,
    #[serde(default)]
    dokumenter: Option<Vec<String>>,
    #[serde(default)]
    forvent: Vec<Forventning>,
    /// Services (ids) that must not be in the result (e.g. the floor of a paragraph the
    /// municipality has its own standard for).
    #[serde(default)]
    uden_ydelser: Vec<String>,
    /// Optional: the first services of a verdict group, in order (relevance sorting).
    #[serde(default)]
    foerst: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Forventning {
    ydelse: String,
    #[serde(default)]
    vurdering: Option<String>,
    #[serde(default)]
    kriterier: BTreeMap<String, String>,
    #[serde(default)]
    roller: BTreeMap<String, String>,
    #[serde(default)]
    forklaringer: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    uden_kriterier: Vec<String>,
    #[serde(default)]
    i_stedet: Vec<String>,
    /// Optional: "kommune" (the municipality's standard) or "lov" (the national floor).
    #[serde(default)]
    lag: Option<String>,
    /// Must not be among what might help instead.
    #[serde(default)]
    uden_i_stedet: Vec<String>,
}

fn load() -> Vec<(String, Case)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/screener");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/cases/screener")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut out = vec![];
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let de =
            toml::Deserializer::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let fil: Fil = serde_path_to_error::deserialize(de)
            .unwrap_or_else(|e| panic!("{}: {}: {}", path.display(), e.path(), e.inner()));
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        out.extend(fil.case.into_iter().map(|c| (name.clone(), c)));
    }
    out
}

fn alternativ(a: &Alternativ) -> String {
    match a {
        Alternativ::Ydelse { ydelse, .. } => format!("ydelse:{}", ydelse.id),
        Alternativ::Paragraf(p) => format!("paragraf:{}", p.key),
        Alternativ::Besked(b) => format!("besked:{}", b.id),
    }
}

fn check_case(c: &Case, r: &Resultat, errors: &mut Vec<String>) {
    let mut fail = |msg: String| errors.push(format!("{}: {msg}", c.navn));
    if let Some(o) = &c.ordvalg {
        if r.ordvalg.as_str() != o {
            fail(format!("ordvalg {} ≠ {o}", r.ordvalg.as_str()));
        }
        if let Some(b) = r.beskeder().iter().find(|b| b.arg("hvem") != Some(o)) {
            fail(format!("message {} has hvem {:?}", b.id, b.arg("hvem")));
        }
    }
    let flow: Vec<String> = spoergsmaal(&c.svar).iter().map(|q| q.id()).collect();
    if let Some(expected) = &c.spoergsmaal {
        if &flow != expected {
            fail(format!("questions {flow:?} ≠ {expected:?}"));
        }
    }
    for q in &c.med_spoergsmaal {
        if !flow.contains(q) {
            fail(format!("question {q} missing from {flow:?}"));
        }
    }
    for q in &c.uden_spoergsmaal {
        if flow.contains(q) {
            fail(format!("question {q} should be skipped: {flow:?}"));
        }
    }
    if let Some(expected) = &c.straks {
        let got: Vec<String> = r
            .straks
            .iter()
            .zip(expected)
            .map(|(s, e)| {
                if e.contains('@') {
                    format!(
                        "{}@{}",
                        s.art.as_str(),
                        s.ydelse.map(|y| y.id).unwrap_or("")
                    )
                } else {
                    s.art.as_str().to_string()
                }
            })
            .collect();
        if &got != expected || r.straks.len() != expected.len() {
            let all: Vec<&str> = r.straks.iter().map(|s| s.art.as_str()).collect();
            fail(format!("straks {all:?} ≠ {expected:?}"));
        }
    }
    if let Some(expected) = &c.dokumenter {
        let kommune = c.svar.kommune.as_deref().unwrap_or("");
        let valgte: Vec<_> = c
            .valgte
            .iter()
            .map(|id| {
                content::service(kommune, id)
                    .or_else(|| {
                        id.strip_prefix("lov-")
                            .and_then(content::paragraph)
                            .and_then(|p| p.floor)
                    })
                    .unwrap_or_else(|| panic!("{}: no {id}", c.navn))
            })
            .collect();
        let n = naeste_skridt(&c.svar, &valgte);
        let got: Vec<&str> = n.dokumenter.iter().map(|d| d.id).collect();
        if got != *expected {
            fail(format!("dokumenter {got:?} ≠ {expected:?}"));
        }
        if n.henvendelser.len() != valgte.len() {
            fail("one henvendelse per chosen service".into());
        }
        for h in &n.henvendelser {
            let uden_frist = h.sagsbehandlingstid.is_empty() && !h.ydelse.is_national();
            if uden_frist || h.hvordan.is_empty() {
                fail(format!("{}: empty next step", h.ydelse.id));
            }
        }
    }
    for id in &c.uden_ydelser {
        if r.ydelse(id).is_some() {
            fail(format!("{id} should not be in the result"));
        }
    }
    for (vurdering, ids) in &c.foerst {
        let got: Vec<&str> = r
            .ydelser
            .iter()
            .filter(|y| y.vurdering.as_str() == vurdering)
            .map(|y| y.ydelse.id)
            .take(ids.len())
            .collect();
        if got != *ids {
            fail(format!("first in {vurdering}: {got:?} ≠ {ids:?}"));
        }
    }
    for f in &c.forvent {
        let Some(y) = r.ydelse(&f.ydelse) else {
            fail(format!("no service {}", f.ydelse));
            continue;
        };
        if let Some(lag) = &f.lag {
            let got = if y.fra_loven() { "lov" } else { "kommune" };
            if got != lag {
                fail(format!("{}: lag {got} ≠ {lag}", f.ydelse));
            }
        }
        let ctx = || {
            y.kriterier
                .iter()
                .flat_map(|k| k.alle())
                .map(|k| format!("{}={}", k.noegle, k.status.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if let Some(v) = &f.vurdering {
            if y.vurdering.as_str() != v {
                fail(format!(
                    "{}: verdict {} ≠ {v} [{}]",
                    f.ydelse,
                    y.vurdering.as_str(),
                    ctx()
                ));
            }
        }
        for (key, status) in &f.kriterier {
            match y.kriterium(key) {
                None => fail(format!("{}: no criterion {key} [{}]", f.ydelse, ctx())),
                Some(k) if k.status.as_str() != status => fail(format!(
                    "{}: {key} is {} ≠ {status}",
                    f.ydelse,
                    k.status.as_str()
                )),
                _ => {}
            }
        }
        for (key, rolle) in &f.roller {
            match y.kriterium(key) {
                Some(k) if k.rolle.as_str() == rolle => {}
                other => fail(format!(
                    "{}: {key} role {:?} ≠ {rolle}",
                    f.ydelse,
                    other.map(|k| k.rolle.as_str())
                )),
            }
        }
        for (key, ids) in &f.forklaringer {
            let got: Vec<&str> = y
                .kriterium(key)
                .map(|k| k.forklaringer.iter().map(|b| b.id).collect())
                .unwrap_or_default();
            for id in ids {
                if !got.contains(&id.as_str()) {
                    fail(format!(
                        "{}: {key} explanations {got:?} lack {id}",
                        f.ydelse
                    ));
                }
            }
        }
        for key in &f.uden_kriterier {
            if y.kriterium(key).is_some() {
                fail(format!("{}: criterion {key} should not be there", f.ydelse));
            }
        }
        let alts: Vec<String> = y.i_stedet.iter().map(alternativ).collect();
        for a in &f.i_stedet {
            if !alts.contains(a) {
                fail(format!("{}: i_stedet {alts:?} lacks {a}", f.ydelse));
            }
        }
        for a in &f.uden_i_stedet {
            if alts.contains(a) {
                fail(format!("{}: i_stedet {alts:?} has {a}", f.ydelse));
            }
        }
    }
}

/// Checks that hold for every result.
fn check_invariants(c: &Case, r: &Resultat, errors: &mut Vec<String>) {
    let mut fail = |msg: String| errors.push(format!("{}: {msg}", c.navn));
    let all: Vec<&Besked> = r.beskeder();
    for b in &all {
        if !BESKED_IDS.contains(&b.id) {
            fail(format!("unregistered message {}", b.id));
        }
        if b.arg("hvem").is_none() {
            fail(format!("{} without hvem", b.id));
        }
        for (_, v) in &b.args {
            let lower = v.to_lowercase();
            if lower.contains("ret til") || lower.contains("entitled") || lower.contains("berettig")
            {
                fail(format!("{} says {v:?}", b.id));
            }
        }
    }
    for y in &r.ydelser {
        for k in y.kriterier.iter().flat_map(|k| k.alle()) {
            if catalog().document(k.kilde.document).is_none() {
                fail(format!("{}/{}: unknown source", y.ydelse.id, k.noegle));
            }
            if content::paragraph(k.paragraf).is_none() {
                fail(format!("{}/{}: unknown §", y.ydelse.id, k.noegle));
            }
        }
        let krav = y
            .kriterier
            .iter()
            .filter(|k| k.rolle.as_str() == "krav")
            .count();
        if krav == 0 {
            fail(format!("{}: no requirement", y.ydelse.id));
        }
        let passer_nok_ikke = y.vurdering.as_str() == "passer-nok-ikke";
        if passer_nok_ikke == y.grunde().is_empty() {
            fail(format!("{}: verdict and reasons disagree", y.ydelse.id));
        }
        if y.vurdering.as_str() != "passer-nok-ikke" && !y.i_stedet.is_empty() {
            fail(format!(
                "{}: alternatives for a fitting service",
                y.ydelse.id
            ));
        }
    }
    // The progress shown ("Del N af 4") never goes back along the flow.
    let flow = spoergsmaal(&c.svar);
    if flow.windows(2).any(|w| w[1].afsnit() < w[0].afsnit()) {
        fail(format!("progress goes back in {:?}", flow));
    }
    // Every verdict names its layer: a floor standard is the law's, never a municipality's.
    for y in &r.ydelser {
        if y.fra_loven() != y.ydelse.municipality.is_empty() {
            fail(format!("{}: layer", y.ydelse.id));
        }
        if let Some(m) = r.kommune {
            if !y.fra_loven() && y.ydelse.municipality != m.id {
                fail(format!("{}: another municipality's standard", y.ydelse.id));
            }
        }
    }
    for s in &r.straks {
        if s.paragraf.is_none() && s.ydelse.is_none() && s.art.as_str() != "ring-112" {
            fail(format!("{}: nothing to show", s.art.as_str()));
        }
    }
}

#[test]
fn screener_cases() {
    let cases = load();
    let mut errors = vec![];
    let mut names = std::collections::BTreeSet::new();
    for (file, c) in &cases {
        assert!(names.insert(c.navn.clone()), "duplicate case {}", c.navn);
        assert!(!c.beskrivelse.trim().is_empty(), "{file}: {}", c.navn);
        let checks = c.forvent.len()
            + usize::from(c.spoergsmaal.is_some())
            + c.med_spoergsmaal.len()
            + c.uden_spoergsmaal.len()
            + usize::from(c.straks.is_some())
            + usize::from(c.dokumenter.is_some())
            + usize::from(c.ordvalg.is_some())
            + c.uden_ydelser.len()
            + c.foerst.len();
        assert!(checks > 0, "{file}: case {} checks nothing", c.navn);
        let r = vurder(&c.svar);
        check_case(c, &r, &mut errors);
        check_invariants(c, &r, &mut errors);
    }
    assert!(
        errors.is_empty(),
        "{} failure(s):\n{}",
        errors.len(),
        errors.join("\n")
    );
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    println!("{} screener cases passed", cases.len());
}
