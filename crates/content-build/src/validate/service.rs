//! One service standard (kvalitetsstandard) and its texts.

use std::collections::{BTreeMap, BTreeSet};

use crate::kinds::{Egenbetalingsform, FactKind, Part};
use crate::*;

pub(crate) fn validate_service(
    ctx: &mut Ctx<'_>,
    municipality: &str,
    path: &str,
    s: &RawService,
    processing_times: &BTreeMap<&str, BTreeSet<i64>>,
    refs: &BTreeSet<String>,
) {
    ctx.id(path, "id", &s.id);
    if s.id != stem(path) {
        ctx.push(
            path,
            "id",
            format!("{:?} must equal the file name {:?}", s.id, stem(path)),
        );
    }
    for (name, value) in [
        ("section", &s.section),
        ("title", &s.title),
        ("summary", &s.summary),
        ("who", &s.who),
        ("purpose", &s.purpose),
        ("scope", &s.scope),
        ("place", &s.place),
        ("follow_up", &s.follow_up),
        ("free_choice", &s.free_choice),
        ("how_to_apply", &s.how_to_apply),
        ("criteria.text", &s.criteria.text),
        ("egenbetaling.text", &s.egenbetaling.text),
    ] {
        ctx.non_empty(path, name, value);
    }
    if s.paragraphs.is_empty() {
        ctx.push(
            path,
            "paragraphs",
            "give at least one paragraph key (the first is the main one)",
        );
    }
    for (i, key) in s.paragraphs.iter().enumerate() {
        ctx.paragraph_key(path, &format!("paragraphs[{i}]"), key);
    }
    if s.situations.is_empty() {
        ctx.push(path, "situations", "give at least one life situation");
    }
    ctx.list_items(path, "keywords", &s.keywords);
    if s.included.is_empty() {
        ctx.push(path, "included", "give at least one item: what is included");
    }
    ctx.list_items(path, "included", &s.included);
    ctx.list_items(path, "not_included", &s.not_included);
    ctx.non_empty_opt(path, "processing_time_note", &s.processing_time_note);
    let mut allowed = BTreeSet::new();
    match &s.processing_time {
        Some(id) => match processing_times.get(id.as_str()) {
            Some(values) => allowed.extend(values.iter().copied()),
            None => ctx.push(
                path,
                "processing_time",
                format!("unknown processing time {id:?} (not in seeds/{municipality}/municipality.toml [[processing_times]])"),
            ),
        },
        None => {
            if s.processing_time_note.is_none() {
                ctx.push(
                    path,
                    "processing_time",
                    "give processing_time (an id in municipality.toml) or processing_time_note",
                );
            }
        }
    }
    for (i, r) in s.see_also.iter().enumerate() {
        let field = format!("see_also[{i}]");
        if r.split('/').count() != 2 {
            ctx.push(
                path,
                field,
                format!("{r:?} must be \"<municipality>/<service id>\""),
            );
        } else if !refs.contains(r) {
            ctx.push(
                path,
                field,
                format!("{r:?} does not exist (no such municipality/service)"),
            );
        } else if *r == format!("{municipality}/{}", s.id) {
            ctx.push(path, field, "a service cannot refer to itself");
        }
    }
    ctx.source(path, "source", &s.source);
    for (key, source) in &s.sources {
        match Part::parse(key) {
            Some(Part::Elaboration) => ctx.push(
                path,
                format!("sources.{key}"),
                "the elaboration has its own source ([elaboration] source)",
            ),
            Some(_) => ctx.source(path, &format!("sources.{key}"), source),
            None => ctx.push(
                path,
                format!("sources.{key}"),
                format!(
                    "unknown part {key:?} (one of: {})",
                    Part::ALL
                        .iter()
                        .filter(|p| **p != Part::Elaboration)
                        .map(|p| p.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
        }
    }

    // Criteria.
    let c = &s.criteria;
    if let Some(age) = c.min_age {
        if age > 100 {
            ctx.push(
                path,
                "criteria.min_age",
                format!("{age} is not a plausible age"),
            );
        }
    }
    ctx.list_items(path, "criteria.exclusions", &c.exclusions);
    for (i, v) in c.vum.iter().enumerate() {
        let f = format!("criteria.vum[{i}]");
        if v.min_level > 4 {
            ctx.push(
                path,
                format!("{f}.min_level"),
                format!("{} is not a VUM level (0–4)", v.min_level),
            );
        }
        if v.max_level > 4 {
            ctx.push(
                path,
                format!("{f}.max_level"),
                format!("{} is not a VUM level (0–4)", v.max_level),
            );
        }
        if v.min_level > v.max_level {
            ctx.push(
                path,
                format!("{f}.min_level"),
                format!(
                    "min_level {} is above max_level {}",
                    v.min_level, v.max_level
                ),
            );
        }
        ctx.non_empty_opt(path, &format!("{f}.note"), &v.note);
        ctx.non_empty_opt(path, &format!("{f}.part"), &v.part);
    }
    if let Some(level) = c.vum_most {
        if !(1..=4).contains(&level) {
            ctx.push(
                path,
                "criteria.vum_most",
                format!("{level} is not a VUM level (1–4)"),
            );
        }
    }
    for (i, key) in c.instead.iter().enumerate() {
        ctx.paragraph_key(path, &format!("criteria.instead[{i}]"), key);
    }

    // Facts and egenbetaling.
    let values = ctx.facts(path, "facts", &s.facts);
    allowed.extend(values);
    let e = &s.egenbetaling;
    ctx.list_items(path, "egenbetaling.self_paid", &e.self_paid);
    for (i, id) in e.facts.iter().enumerate() {
        if !s.facts.iter().any(|f| f.id == *id) {
            ctx.push(
                path,
                format!("egenbetaling.facts[{i}]"),
                format!("unknown fact {id:?} (not in this file's [[facts]])"),
            );
        }
    }
    if e.kind == Egenbetalingsform::Takst
        && !e
            .facts
            .iter()
            .filter_map(|id| s.facts.iter().find(|f| f.id == *id))
            .any(|f| f.kind == FactKind::Amount)
    {
        ctx.push(
            path,
            "egenbetaling.facts",
            "kind = \"rate\" needs at least one fact of kind \"amount\" listed here",
        );
    }

    // Elaboration.
    if let Some(el) = &s.elaboration {
        ctx.non_empty(path, "elaboration.title", &el.title);
        if el.paragraphs.is_empty() && el.list.is_empty() {
            ctx.push(
                path,
                "elaboration",
                "empty section: give paragraphs or a list",
            );
        }
        ctx.list_items(path, "elaboration.paragraphs", &el.paragraphs);
        ctx.list_items(path, "elaboration.list", &el.list);
        ctx.source(path, "elaboration.source", &el.source);
    }

    // Inconsistencies (their texts get the service's text rules below).
    let parts: Vec<&str> = Part::ALL.iter().map(|p| p.as_str()).collect();
    inconsistencies(
        ctx,
        path,
        "inconsistencies",
        &s.inconsistencies,
        &parts,
        None,
    );
    for (i, inc) in s.inconsistencies.iter().enumerate() {
        let Some(h) = &inc.screener else { continue };
        let f = format!("inconsistencies[{i}].screener");
        let c = &s.criteria;
        for level in &h.vum_levels {
            let near = c.vum.iter().any(|v| {
                *level <= 4
                    && i16::from(*level) >= i16::from(v.min_level) - 1
                    && *level <= v.max_level + 1
            });
            if !near {
                ctx.push(
                    path,
                    format!("{f}.vum_levels"),
                    format!(
                        "level {level} is not at or next to a [[criteria.vum]] range of this service"
                    ),
                );
            }
        }
        if let Some(rule) = h.vum_rule {
            if c.vum.len() < 2 || rule == c.vum_rule {
                ctx.push(
                    path,
                    format!("{f}.vum_rule"),
                    "the other reading of vum_rule needs at least two [[criteria.vum]] and must differ from criteria.vum_rule",
                );
            }
        }
        if let Some(tag) = h.exclusion_tag {
            if !c.exclusion_tags.contains(&tag) {
                ctx.push(
                    path,
                    format!("{f}.exclusion_tag"),
                    format!(
                        "{:?} is not in this service's criteria.exclusion_tags",
                        tag.as_str()
                    ),
                );
            }
        }
    }

    // Text rules.
    let where_allowed = "this service's [[facts]] or its processing time";
    for (field, text) in service_texts(s) {
        check_text(&mut ctx.errors, path, &field, text, &allowed, where_allowed);
    }
}

/// Every free text of a service with its field path.
pub fn service_texts(s: &RawService) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = Vec::new();
    for (name, text) in [
        ("title", &s.title),
        ("summary", &s.summary),
        ("who", &s.who),
        ("purpose", &s.purpose),
        ("scope", &s.scope),
        ("place", &s.place),
        ("follow_up", &s.follow_up),
        ("free_choice", &s.free_choice),
        ("how_to_apply", &s.how_to_apply),
        ("criteria.text", &s.criteria.text),
        ("egenbetaling.text", &s.egenbetaling.text),
    ] {
        out.push((name.to_string(), text));
    }
    if let Some(note) = &s.processing_time_note {
        out.push(("processing_time_note".to_string(), note));
    }
    let lists: [(&str, &Vec<String>); 4] = [
        ("included", &s.included),
        ("not_included", &s.not_included),
        ("criteria.exclusions", &s.criteria.exclusions),
        ("egenbetaling.self_paid", &s.egenbetaling.self_paid),
    ];
    for (name, items) in lists {
        for (i, t) in items.iter().enumerate() {
            out.push((format!("{name}[{i}]"), t));
        }
    }
    for (i, v) in s.criteria.vum.iter().enumerate() {
        if let Some(note) = &v.note {
            out.push((format!("criteria.vum[{i}].note"), note));
        }
    }
    if let Some(el) = &s.elaboration {
        out.push(("elaboration.title".to_string(), &el.title));
        for (i, t) in el.paragraphs.iter().enumerate() {
            out.push((format!("elaboration.paragraphs[{i}]"), t));
        }
        for (i, t) in el.list.iter().enumerate() {
            out.push((format!("elaboration.list[{i}]"), t));
        }
    }
    out.extend(inconsistency_texts(&s.inconsistencies));
    if let Some(easy) = &s.easy {
        for (name, text) in easy.fields() {
            out.push((format!("easy.{name}"), text));
        }
    }
    out
}
