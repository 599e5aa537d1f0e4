//! The national layer: every free text, the floor of each paragraph, the register of
//! municipalities, and the texts of inconsistencies.

use crate::*;
use std::collections::BTreeSet;

/// Every free text of the catalogue with its file and field.
pub(crate) fn all_texts(catalog: &RawCatalog) -> Vec<(&str, String, &str)> {
    let mut out: Vec<(&str, String, &str)> = Vec::new();
    for (i, p) in catalog.paragraphs.iter().enumerate() {
        let v = &p.value;
        let f = format!("paragraph[{i}]");
        for (name, text) in [
            ("title", &v.title),
            ("plain", &v.plain),
            ("national", &v.national),
        ] {
            out.push((&p.path, format!("{f}.{name}"), text));
        }
        if let Some(note) = &v.complaint_note {
            out.push((&p.path, format!("{f}.complaint_note"), note));
        }
        for (field, text) in inconsistency_texts(&v.inconsistencies) {
            out.push((&p.path, format!("{f}.{field}"), text));
        }
        if let Some(c) = &v.criteria {
            for (field, text) in floor_texts(c) {
                out.push((&p.path, format!("{f}.criteria.{field}"), text));
            }
        }
        if let Some(easy) = &v.easy {
            for (name, text) in easy.fields() {
                out.push((&p.path, format!("{f}.easy.{name}"), text));
            }
        }
    }
    for page in &catalog.pages {
        let v = &page.value;
        out.push((&page.path, "title".to_string(), &v.title));
        out.push((&page.path, "summary".to_string(), &v.summary));
        for (i, s) in v.section.iter().enumerate() {
            out.push((&page.path, format!("section[{i}].heading"), &s.heading));
            for (j, t) in s.paragraphs.iter().enumerate() {
                out.push((&page.path, format!("section[{i}].paragraphs[{j}]"), t));
            }
            for (j, t) in s.list.iter().enumerate() {
                out.push((&page.path, format!("section[{i}].list[{j}]"), t));
            }
        }
        for (i, e) in v.easy.iter().enumerate() {
            out.push((&page.path, format!("easy[{i}].heading"), &e.heading));
            out.push((&page.path, format!("easy[{i}].text"), &e.text));
        }
    }
    for (i, t) in catalog.glossary.iter().enumerate() {
        out.push((&t.path, format!("term[{i}].term"), &t.value.term));
        out.push((&t.path, format!("term[{i}].plain"), &t.value.plain));
    }
    for m in &catalog.municipalities {
        for s in &m.services {
            for (field, text) in service_texts(&s.value) {
                out.push((&s.path, field, text));
            }
        }
    }
    out
}

/// The texts of a paragraph's national criteria, with their field names.
pub fn floor_texts(c: &RawNationalCriteria) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = vec![
        ("who".to_string(), c.who.as_str()),
        ("text".to_string(), c.text.as_str()),
        ("payment".to_string(), c.payment.as_str()),
        ("how_to_apply".to_string(), c.how_to_apply.as_str()),
    ];
    for (i, e) in c.exclusions.iter().enumerate() {
        out.push((format!("exclusions[{i}]"), e.as_str()));
    }
    out
}

/// The parts of a paragraph's national criteria that may have their own source.
pub const FLOOR_PARTS: &[&str] = &["who", "criteria", "egenbetaling", "how_to_apply"];

/// Validates `[paragraph.criteria]` (the national floor of one paragraph).
pub(crate) fn validate_floor(
    ctx: &mut Ctx<'_>,
    path: &str,
    f: &str,
    c: &RawNationalCriteria,
    national_values: &BTreeSet<i64>,
) {
    for (field, text) in floor_texts(c) {
        ctx.non_empty(path, &format!("{f}.{field}"), text);
        check_text(
            &mut ctx.errors,
            path,
            &format!("{f}.{field}"),
            text,
            national_values,
            "a fact of the national layer",
        );
    }
    if c.situations.is_empty() {
        ctx.push(
            path,
            format!("{f}.situations"),
            "at least one life situation",
        );
    }
    if let (Some(min), Some(_)) = (c.min_age, c.max_age) {
        if min >= 67 {
            ctx.push(
                path,
                format!("{f}.min_age"),
                "min_age is above the age limit",
            );
        }
    }
    ctx.source(path, &format!("{f}.source"), &c.source);
    for (part, src) in &c.sources {
        if !FLOOR_PARTS.contains(&part.as_str()) {
            ctx.push(
                path,
                format!("{f}.sources.{part}"),
                format!("unknown part (one of: {})", FLOOR_PARTS.join(", ")),
            );
        }
        ctx.source(path, &format!("{f}.sources.{part}"), src);
    }
}

/// Validates national/kommuner.toml: unique codes and ids, a register as its source, and
/// every municipality folder in it under the same name.
pub(crate) fn validate_kommuner(ctx: &mut Ctx<'_>, catalog: &RawCatalog) {
    let Some(k) = &catalog.kommuner else {
        return;
    };
    let path = k.path.as_str();
    let doc = &k.value.source.document;
    if !ctx.registers.contains(doc.as_str()) {
        ctx.push(
            path,
            "source.document",
            format!("{doc:?} must be a document with kind = \"{REGISTER}\""),
        );
    }
    ctx.non_empty(path, "source.section", &k.value.source.section);
    let mut codes = BTreeSet::new();
    let mut ids = BTreeSet::new();
    for (i, m) in k.value.kommune.iter().enumerate() {
        let f = format!("kommune[{i}]");
        if !(101..=999).contains(&m.kode) || !codes.insert(m.kode) {
            ctx.push(
                path,
                format!("{f}.kode"),
                format!("{} is not a new, three-digit kommunekode", m.kode),
            );
        }
        ctx.id(path, &format!("{f}.id"), &m.id);
        if !ids.insert(m.id.as_str()) {
            ctx.push(path, format!("{f}.id"), format!("duplicate id {:?}", m.id));
        }
        if !(m.navn.ends_with(" Kommune") || m.navn.ends_with("Regionskommune")) {
            ctx.push(
                path,
                format!("{f}.navn"),
                format!("{:?}: the full name, e.g. \"Aarhus Kommune\"", m.navn),
            );
        }
    }
    for folder in &catalog.municipalities {
        let m = &folder.municipality.value;
        match k.value.kommune.iter().find(|x| x.id == folder.folder) {
            None => ctx.push(
                &folder.municipality.path,
                "id",
                format!(
                    "{:?} is not an id in national/kommuner.toml (a folder must be a municipality of the register)",
                    folder.folder
                ),
            ),
            Some(x) if x.navn != m.name => ctx.push(
                &folder.municipality.path,
                "name",
                format!("{:?} differs from the register's {:?}", m.name, x.navn),
            ),
            Some(_) => {}
        }
    }
}

/// The texts of inconsistencies, with their field paths (`inconsistencies[0].text`).
pub(crate) fn inconsistency_texts(items: &[RawInconsistency]) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = Vec::new();
    for (i, inc) in items.iter().enumerate() {
        out.push((format!("inconsistencies[{i}].text"), &inc.text));
        for (j, r) in inc.readings.iter().enumerate() {
            out.push((format!("inconsistencies[{i}].readings[{j}]"), r));
        }
    }
    out
}
