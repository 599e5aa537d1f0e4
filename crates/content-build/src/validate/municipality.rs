//! A municipality's folder: its contact data (attested by its source), documents and
//! processing times.

use crate::*;
use std::collections::{BTreeMap, BTreeSet};

pub(crate) fn validate_municipality(
    ctx: &mut Ctx<'_>,
    folder: &RawMunicipalityFolder,
    refs: &BTreeSet<String>,
) {
    let path = folder.municipality.path.as_str();
    let m = &folder.municipality.value;
    ctx.id(path, "id", &m.id);
    if m.id != folder.folder {
        ctx.push(
            path,
            "id",
            format!("{:?} must equal the folder name {:?}", m.id, folder.folder),
        );
    }
    ctx.non_empty(path, "name", &m.name);
    ctx.non_empty_opt(path, "department", &m.department);
    ctx.list_items(path, "address", &m.address);
    ctx.non_empty_opt(path, "phone", &m.phone);
    if let Some(email) = &m.email {
        if !email.contains('@') || email.contains(' ') {
            ctx.push(path, "email", format!("{email:?} is not an e-mail address"));
        }
    }
    if let Some(website) = &m.website {
        ctx.https(path, "website", website);
    }
    ctx.source(path, "source", &m.source);
    contact_attested(ctx, path, m);
    for (i, h) in m.phone_hours.iter().enumerate() {
        ctx.non_empty(path, &format!("phone_hours[{i}].who"), &h.who);
        ctx.non_empty(path, &format!("phone_hours[{i}].when"), &h.when);
        check_text(
            &mut ctx.errors,
            path,
            &format!("phone_hours[{i}].when"),
            &h.when,
            &BTreeSet::new(),
            "a fact",
        );
    }

    let mut pt_ids: BTreeMap<&str, BTreeSet<i64>> = BTreeMap::new();
    for (i, pt) in m.processing_times.iter().enumerate() {
        let f = format!("processing_times[{i}]");
        ctx.id(path, &format!("{f}.id"), &pt.id);
        ctx.non_empty(path, &format!("{f}.label"), &pt.label);
        for (j, key) in pt.paragraphs.iter().enumerate() {
            ctx.paragraph_key(path, &format!("{f}.paragraphs[{j}]"), key);
        }
        ctx.source(path, &format!("{f}.source"), &pt.source);
        ctx.year(path, &format!("{f}.year"), pt.year);
        ctx.year_attested(path, &format!("{f}.year"), pt.year, &pt.source.document);
        if pt.variants.is_empty() {
            ctx.push(
                path,
                format!("{f}.variants"),
                "give at least one [[processing_times.variants]]",
            );
        }
        let mut values = BTreeSet::new();
        for (j, v) in pt.variants.iter().enumerate() {
            let vf = format!("{f}.variants[{j}]");
            let given = [v.weeks.is_some(), v.days.is_some(), v.none.is_some()]
                .iter()
                .filter(|b| **b)
                .count();
            if given != 1 {
                ctx.push(path, &vf, "give exactly one of weeks, days or none");
            }
            for n in [v.weeks, v.days].into_iter().flatten() {
                if n == 0 {
                    ctx.push(
                        path,
                        &vf,
                        "weeks/days must be at least 1 (use none = \"…\" for no processing time)",
                    );
                }
                values.insert(i64::from(n) * 100);
            }
            ctx.non_empty_opt(path, &format!("{vf}.none"), &v.none);
            ctx.non_empty_opt(path, &format!("{vf}.case"), &v.case);
            if pt.variants.len() > 1 && v.case.is_none() {
                ctx.push(
                    path,
                    format!("{vf}.case"),
                    "required when there is more than one variant",
                );
            }
        }
        for (j, v) in pt.variants.iter().enumerate() {
            for (name, text) in [("case", &v.case), ("none", &v.none)] {
                if let Some(text) = text {
                    check_text(
                        &mut ctx.errors,
                        path,
                        &format!("{f}.variants[{j}].{name}"),
                        text,
                        &values,
                        "this processing time",
                    );
                }
            }
        }
        if pt_ids.insert(pt.id.as_str(), values).is_some() {
            ctx.push(
                path,
                format!("{f}.id"),
                format!("duplicate processing time id {:?}", pt.id),
            );
        }
    }

    let mut service_ids = BTreeSet::new();
    for s in &folder.services {
        if !service_ids.insert(s.value.id.as_str()) {
            ctx.push(
                &s.path,
                "id",
                format!("duplicate service id {:?}", s.value.id),
            );
        }
        validate_service(ctx, &folder.folder, &s.path, &s.value, &pt_ids, refs);
    }
}

/// Contact data is never invented: every address line, the e-mail, the phone number and
/// the website must be in the evidence of the municipality's source document.
pub(crate) fn contact_attested(ctx: &mut Ctx<'_>, path: &str, m: &RawMunicipality) {
    let Some(doc) = ctx.docs.get(m.source.document.as_str()).cloned() else {
        return; // the unknown document is reported by `source`
    };
    let document = &m.source.document;
    let check = |ctx: &mut Ctx<'_>, field: String, value: &str| {
        if !doc.attested.contains(&normalize(value)) {
            ctx.push(
                path,
                field,
                format!(
                    "{value:?} is not in the evidence of document {document:?}: contact data must come from the source (leave it out when the source gives none)"
                ),
            );
        }
    };
    for (i, line) in m.address.iter().enumerate() {
        check(ctx, format!("address[{i}]"), line);
    }
    if let Some(email) = &m.email {
        check(ctx, "email".to_string(), email);
    }
    if let Some(phone) = &m.phone {
        check(ctx, "phone".to_string(), phone);
    }
    if let Some(website) = &m.website {
        match bare_host(website) {
            Some(host) => check(ctx, "website".to_string(), host),
            None => ctx.push(
                path,
                "website",
                format!("{website:?}: give the bare address of the site (https://<host>), as the source names it"),
            ),
        }
    }
}
