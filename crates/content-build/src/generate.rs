//! Code generation: the catalogue as a Rust expression of type `model::Catalog`
//! (src/domain/content/model.rs), for `include!`.

use std::collections::BTreeSet;

use crate::kinds::Part;
use crate::*;

pub(crate) fn lit(s: &str) -> String {
    // Debug formatting of a str is a valid Rust string literal.
    format!("{s:?}")
}

pub(crate) fn opt_lit(s: &Option<String>) -> String {
    match s {
        Some(s) => format!("Some({})", lit(s)),
        None => "None".to_string(),
    }
}

pub(crate) fn slice<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    let inner: Vec<String> = items.iter().map(f).collect();
    format!("&[{}]", inner.join(", "))
}

pub(crate) fn strs(items: &[String]) -> String {
    slice(items, |s| lit(s))
}

pub(crate) fn gen_source(s: &RawSource) -> String {
    format!(
        "Source {{ document: {}, section: {} }}",
        lit(&s.document),
        lit(&s.section)
    )
}

pub(crate) fn gen_fact(f: &RawFact) -> String {
    format!(
        "Fact {{ id: {}, label: {}, kind: FactKind::{:?}, value: {}, hundredths: {}, range_end: {}, unit: {}, year: {}, source: {} }}",
        lit(&f.id),
        lit(&f.label),
        f.kind,
        lit(&f.value),
        parse_fact_value(&f.value).map(|v| v.0).unwrap_or(0),
        match parse_fact_value(&f.value) {
            Some((low, high)) if high != low => format!("Some({high})"),
            _ => "None".to_string(),
        },
        lit(&f.unit),
        match &f.year {
            Some(RawYear::Number(y)) => format!("FactYear::Stated({y})"),
            _ => "FactYear::NotStated".to_string(),
        },
        f.source.as_ref().map(gen_source).unwrap_or_else(|| "Source { document: \"\", section: \"\" }".to_string()),
    )
}

pub(crate) fn gen_document(d: &RawDocument, municipality: Option<&str>) -> String {
    format!(
        "Document {{ id: {}, title: {}, publisher: {}, year: {}, url: {}, municipality: {} }}",
        lit(&d.id),
        lit(&d.title),
        opt_lit(&d.publisher),
        match d.year {
            Some(y) => format!("Some({y})"),
            None => "None".to_string(),
        },
        opt_lit(&d.url),
        match municipality {
            Some(m) => format!("Some({})", lit(m)),
            None => "None".to_string(),
        },
    )
}

pub(crate) fn gen_inconsistency(i: &RawInconsistency) -> String {
    let screener = match &i.screener {
        Some(h) if !h.vum_levels.is_empty() => format!(
            "Some(InconsistencyScreener::VumLevels(&[{}]))",
            h.vum_levels
                .iter()
                .map(|l| l.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Some(RawInconsistencyScreener {
            vum_rule: Some(rule),
            ..
        }) => format!("Some(InconsistencyScreener::VumRule(VumRegel::{rule:?}))"),
        Some(RawInconsistencyScreener {
            exclusion_tag: Some(tag),
            ..
        }) => format!("Some(InconsistencyScreener::ExclusionTag(ExclusionTag::{tag:?}))"),
        _ => "None".to_string(),
    };
    format!(
        "Inconsistency {{ id: {}, part: {}, text: {}, readings: {}, sources: {}, screener: {} }}",
        lit(&i.id),
        lit(&i.part),
        lit(&i.text),
        strs(&i.readings),
        slice(&i.sources, gen_source),
        screener,
    )
}

/// The national floor of a paragraph as a standard of no municipality (`municipality: ""`,
/// id `lov-<key>`), so the screener weighs it like a municipality's standard.
pub(crate) fn gen_floor(p: &RawParagraph) -> String {
    let Some(c) = &p.criteria else {
        return "None".to_string();
    };
    let criteria = format!(
        "Kriterier {{ text: {}, visitation: {}, anonymous: {}, min_age: {}, max_age: {}, exclusions: {}, exclusion_tags: {}, needs: {}, vum: &[], vum_rule: VumRegel::Any, vum_most: None, instead: &[] }}",
        lit(&c.text),
        c.visitation,
        c.anonymous,
        match c.min_age {
            Some(a) => format!("Some({a})"),
            None => "None".to_string(),
        },
        match c.max_age {
            Some(a) => format!("Some(MaxAge::{a:?})"),
            None => "None".to_string(),
        },
        strs(&c.exclusions),
        slice(&c.exclusion_tags, |t| format!("ExclusionTag::{t:?}")),
        slice(&c.needs, |t| format!("VumTema::{t:?}")),
    );
    let part = |name: &str| -> Option<String> { c.sources.get(name).map(gen_source) };
    let mut sources: Vec<String> = vec![];
    for (name, rust) in [
        ("who", "Who"),
        ("criteria", "Criteria"),
        ("egenbetaling", "Egenbetaling"),
        ("how_to_apply", "HowToApply"),
    ] {
        if let Some(src) = part(name) {
            sources.push(format!("(Part::{rust}, {src})"));
        }
    }
    format!(
        "Some(&Kvalitetsstandard {{ id: {}, municipality: \"\", section: {}, paragraphs: &[{}], title: {}, situations: {}, keywords: &[], summary: {}, who: {}, purpose: {}, included: &[], not_included: &[], scope: \"\", place: \"\", follow_up: \"\", free_choice: \"\", how_to_apply: {}, processing_time: None, processing_time_note: None, see_also: &[], source: {}, sources: &[{}], criteria: {}, egenbetaling: Egenbetaling {{ kind: Egenbetalingsform::{:?}, text: {}, self_paid: &[], facts: &[] }}, facts: {}, elaboration: None, inconsistencies: &[], easy: {} }})",
        lit(&format!("lov-{}", p.key)),
        lit(&p.label),
        lit(&p.key),
        lit(&p.title),
        slice(&c.situations, |t| format!("Livssituation::{t:?}")),
        lit(&p.national),
        lit(&c.who),
        lit(&p.plain),
        lit(&c.how_to_apply),
        gen_source(&c.source),
        sources.join(", "),
        criteria,
        c.payment_kind,
        lit(&c.payment),
        slice(&p.facts, gen_fact),
        gen_easy(&p.easy),
    )
}

/// `Some(Easy { … })` or `None`.
pub(crate) fn gen_easy(e: &Option<RawEasy>) -> String {
    match e {
        Some(e) => format!(
            "Some(Easy {{ what: {}, who: {}, get: {}, ask: {}, cost: {} }})",
            lit(&e.what),
            lit(&e.who),
            lit(&e.get),
            lit(&e.ask),
            lit(&e.cost)
        ),
        None => "None".to_string(),
    }
}

pub(crate) fn gen_paragraph(p: &RawParagraph, catalog: &RawCatalog) -> String {
    format!(
        "Paragraph {{ key: {}, law: Lov::{:?}, label: {}, title: {}, plain: {}, kind: Pligt::{:?}, complaint: Klageadgang::{:?}, complaint_note: {}, national: {}, url: {}, url_document: {}, source: {}, facts: {}, inconsistencies: {}, floor: {}, easy: {} }}",
        lit(&p.key),
        p.law,
        lit(&p.label),
        lit(&p.title),
        lit(&p.plain),
        p.kind,
        p.complaint,
        opt_lit(&p.complaint_note),
        lit(&p.national),
        lit(&p.url),
        opt_lit(&url_document(catalog, &p.url)),
        gen_source(&p.source),
        slice(&p.facts, gen_fact),
        slice(&p.inconsistencies, gen_inconsistency),
        gen_floor(p),
        gen_easy(&p.easy),
    )
}

pub(crate) fn gen_term(t: &RawTerm) -> String {
    let forms: Vec<String> = t.forms.iter().map(|f| f.trim().to_lowercase()).collect();
    format!(
        "Term {{ id: {}, term: {}, forms: {}, plain: {}, source: {} }}",
        lit(&t.id),
        lit(&t.term),
        strs(&forms),
        lit(&t.plain),
        gen_source(&t.source),
    )
}

pub(crate) fn gen_page(p: &RawPage) -> String {
    format!(
        "Page {{ id: {}, title: {}, summary: {}, sections: {}, facts: {}, easy: {} }}",
        lit(&p.id),
        lit(&p.title),
        lit(&p.summary),
        slice(&p.section, |s| format!(
            "Section {{ heading: {}, paragraphs: {}, list: {}, source: {} }}",
            lit(&s.heading),
            strs(&s.paragraphs),
            strs(&s.list),
            gen_source(&s.source)
        )),
        slice(&p.facts, gen_fact),
        slice(&p.easy, |e| format!(
            "EasySection {{ heading: {}, text: {} }}",
            lit(&e.heading),
            lit(&e.text)
        )),
    )
}

pub(crate) fn gen_processing_time(pt: &RawProcessingTime) -> String {
    format!(
        "Sagsbehandlingstid {{ id: {}, label: {}, paragraphs: {}, variants: {}, year: {}, source: {} }}",
        lit(&pt.id),
        lit(&pt.label),
        strs(&pt.paragraphs),
        slice(&pt.variants, |v| {
            let frist = match (v.weeks, v.days, &v.none) {
                (Some(w), _, _) => format!("Frist::Uger({w})"),
                (None, Some(d), _) => format!("Frist::Dage({d})"),
                (None, None, Some(n)) => format!("Frist::Ingen({})", lit(n)),
                (None, None, None) => "Frist::Ingen(\"\")".to_string(),
            };
            format!("Variant {{ case: {}, frist: {frist} }}", opt_lit(&v.case))
        }),
        pt.year,
        gen_source(&pt.source),
    )
}

pub(crate) fn gen_service(municipality: &str, s: &RawService) -> String {
    let c = &s.criteria;
    let criteria = format!(
        "Kriterier {{ text: {}, visitation: {}, anonymous: {}, min_age: {}, max_age: {}, exclusions: {}, exclusion_tags: {}, needs: {}, vum: {}, vum_rule: VumRegel::{:?}, vum_most: {}, instead: {} }}",
        lit(&c.text),
        c.visitation,
        c.anonymous,
        match c.min_age {
            Some(a) => format!("Some({a})"),
            None => "None".to_string(),
        },
        match c.max_age {
            Some(a) => format!("Some(MaxAge::{a:?})"),
            None => "None".to_string(),
        },
        strs(&c.exclusions),
        slice(&c.exclusion_tags, |t| format!("ExclusionTag::{t:?}")),
        slice(&c.needs, |t| format!("VumTema::{t:?}")),
        slice(&c.vum, |v| format!(
            "VumKriterium {{ theme: VumTema::{:?}, min_level: {}, max_level: {}, note: {}, part: {} }}",
            v.theme,
            v.min_level,
            v.max_level,
            opt_lit(&v.note),
            opt_lit(&v.part)
        )),
        c.vum_rule,
        match c.vum_most {
            Some(l) => format!("Some({l})"),
            None => "None".to_string(),
        },
        strs(&c.instead),
    );
    let e = &s.egenbetaling;
    let egenbetaling = format!(
        "Egenbetaling {{ kind: Egenbetalingsform::{:?}, text: {}, self_paid: {}, facts: {} }}",
        e.kind,
        lit(&e.text),
        strs(&e.self_paid),
        strs(&e.facts),
    );
    let see_also = slice(&s.see_also, |r| {
        let (m, id) = r.split_once('/').unwrap_or(("", r));
        format!(
            "Henvisning {{ municipality: {}, service: {} }}",
            lit(m),
            lit(id)
        )
    });
    let sources: Vec<String> = s
        .sources
        .iter()
        .filter_map(|(k, src)| {
            Part::parse(k).map(|p| format!("(Part::{p:?}, {})", gen_source(src)))
        })
        .collect();
    let elaboration = match &s.elaboration {
        Some(el) => format!(
            "Some(Uddybning {{ title: {}, paragraphs: {}, list: {}, source: {} }})",
            lit(&el.title),
            strs(&el.paragraphs),
            strs(&el.list),
            gen_source(&el.source)
        ),
        None => "None".to_string(),
    };
    format!(
        "Kvalitetsstandard {{ id: {}, municipality: {}, section: {}, paragraphs: {}, title: {}, situations: {}, keywords: {}, summary: {}, who: {}, purpose: {}, included: {}, not_included: {}, scope: {}, place: {}, follow_up: {}, free_choice: {}, how_to_apply: {}, processing_time: {}, processing_time_note: {}, see_also: {}, source: {}, sources: &[{}], criteria: {}, egenbetaling: {}, facts: {}, elaboration: {}, inconsistencies: {}, easy: {} }}",
        lit(&s.id),
        lit(municipality),
        lit(&s.section),
        strs(&s.paragraphs),
        lit(&s.title),
        slice(&s.situations, |t| format!("Livssituation::{t:?}")),
        strs(&s.keywords),
        lit(&s.summary),
        lit(&s.who),
        lit(&s.purpose),
        strs(&s.included),
        strs(&s.not_included),
        lit(&s.scope),
        lit(&s.place),
        lit(&s.follow_up),
        lit(&s.free_choice),
        lit(&s.how_to_apply),
        opt_lit(&s.processing_time),
        opt_lit(&s.processing_time_note),
        see_also,
        gen_source(&s.source),
        sources.join(", "),
        criteria,
        egenbetaling,
        slice(&s.facts, gen_fact),
        elaboration,
        slice(&s.inconsistencies, gen_inconsistency),
        gen_easy(&s.easy),
    )
}

/// A municipality of the register without a folder: its name and code, nothing else.
pub(crate) fn gen_register_municipality(k: &RawKommune, source: &RawSource) -> String {
    format!(
        "Municipality {{ id: {}, name: {}, code: Some({}), own_data: false, department: None, address: &[], email: None, phone: None, website: None, source: {}, phone_hours: &[], processing_times: &[], services: &[] }}",
        lit(&k.id),
        lit(&k.navn),
        k.kode,
        gen_source(source),
    )
}

pub(crate) fn gen_municipality(folder: &RawMunicipalityFolder, code: Option<u16>) -> String {
    let m = &folder.municipality.value;
    format!(
        "Municipality {{ id: {}, name: {}, code: {}, own_data: true, department: {}, address: {}, email: {}, phone: {}, website: {}, source: {}, phone_hours: {}, processing_times: {}, services: {} }}",
        lit(&folder.folder),
        lit(&m.name),
        match code {
            Some(c) => format!("Some({c})"),
            None => "None".to_string(),
        },
        opt_lit(&m.department),
        strs(&m.address),
        opt_lit(&m.email),
        opt_lit(&m.phone),
        opt_lit(&m.website),
        gen_source(&m.source),
        slice(&m.phone_hours, |h| format!(
            "PhoneHours {{ who: {}, when: {} }}",
            lit(&h.who),
            lit(&h.when)
        )),
        slice(&m.processing_times, gen_processing_time),
        slice(&folder.services, |s| gen_service(&folder.folder, &s.value)),
    )
}

/// The catalogue as one Rust expression of type `Catalog` (for `include!`). The including
/// module must have the model types and the kinds in scope.
pub fn generate(catalog: &RawCatalog) -> String {
    let mut documents = Vec::new();
    let mut seen = BTreeSet::new();
    for d in &catalog.documents {
        if seen.insert(d.value.id.clone()) {
            documents.push(gen_document(&d.value, None));
        }
    }
    for m in &catalog.municipalities {
        for d in &m.municipality.value.documents {
            if seen.insert(d.id.clone()) {
                documents.push(gen_document(d, Some(&m.folder)));
            }
        }
    }
    // Paragraphs in law order, the glossary in Danish alphabetical order, pages by id
    // (the files keep their own order, so that error messages point at the right entry).
    let mut paragraphs: Vec<&RawParagraph> = catalog.paragraphs.iter().map(|p| &p.value).collect();
    paragraphs.sort_by(|a, b| natural_cmp(&a.key, &b.key));
    let mut glossary: Vec<&RawTerm> = catalog.glossary.iter().map(|t| &t.value).collect();
    glossary.sort_by_key(|t| danish_key(&t.term));
    let mut pages: Vec<&RawPage> = catalog.pages.iter().map(|p| &p.value).collect();
    pages.sort_by(|a, b| a.id.cmp(&b.id));

    let mut out = String::new();
    out.push_str("// @generated by build.rs from seeds/ (crates/content-build). Do not edit.\n");
    out.push_str("Catalog {\n");
    out.push_str(&format!(
        "    documents: &[\n        {}\n    ],\n",
        documents.join(",\n        ")
    ));
    out.push_str(&format!(
        "    paragraphs: &[\n        {}\n    ],\n",
        paragraphs
            .iter()
            .map(|p| gen_paragraph(p, catalog))
            .collect::<Vec<_>>()
            .join(",\n        ")
    ));
    out.push_str(&format!(
        "    glossary: &[\n        {}\n    ],\n",
        glossary
            .iter()
            .map(|t| gen_term(t))
            .collect::<Vec<_>>()
            .join(",\n        ")
    ));
    out.push_str(&format!(
        "    pages: &[\n        {}\n    ],\n",
        pages
            .iter()
            .map(|p| gen_page(p))
            .collect::<Vec<_>>()
            .join(",\n        ")
    ));
    // Every municipality of the register (national/kommuner.toml) and every folder, sorted
    // by id: a folder adds its data to the register's entry.
    let mut municipalities: Vec<(String, String)> = catalog
        .municipalities
        .iter()
        .map(|m| {
            let code = catalog
                .kommuner
                .as_ref()
                .and_then(|k| k.value.kommune.iter().find(|x| x.id == m.folder))
                .map(|x| x.kode);
            (m.folder.clone(), gen_municipality(m, code))
        })
        .collect();
    if let Some(k) = &catalog.kommuner {
        for x in &k.value.kommune {
            if catalog.municipality(&x.id).is_none() {
                municipalities.push((x.id.clone(), gen_register_municipality(x, &k.value.source)));
            }
        }
    }
    municipalities.sort_by(|a, b| a.0.cmp(&b.0));
    out.push_str(&format!(
        "    municipalities: &[\n        {}\n    ],\n",
        municipalities
            .into_iter()
            .map(|(_, m)| m)
            .collect::<Vec<_>>()
            .join(",\n        ")
    ));
    out.push_str("}\n");
    out
}
