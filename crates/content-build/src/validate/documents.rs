//! Documents and the citation rule (evidence, addresses, law numbers), and the
//! inconsistencies ("Kilden er ikke entydig").

use crate::*;
use std::collections::BTreeSet;

/// The document whose `url` a link is built on: the url itself or the url with an
/// `#anchor`.
pub fn url_document(catalog: &RawCatalog, url: &str) -> Option<String> {
    let municipal = catalog
        .municipalities
        .iter()
        .flat_map(|m| m.municipality.value.documents.iter());
    catalog
        .documents
        .iter()
        .map(|d| &d.value)
        .chain(municipal)
        .find(|d| {
            d.url.as_deref().is_some_and(|u| {
                url == u
                    || url
                        .strip_prefix(u)
                        .is_some_and(|rest| rest.starts_with('#'))
            })
        })
        .map(|d| d.id.clone())
}

/// The citation rule for one document: its title's numbers, its publisher, its year and its
/// address all come from its evidence, which quotes a source document or domain-facts.
pub(crate) fn document_citation(ctx: &mut Ctx<'_>, path: &str, f: &str, d: &RawDocument) {
    if d.evidence.is_empty() {
        ctx.push(
            path,
            format!("{f}.evidence"),
            format!(
                "document {:?} has no evidence: quote where a source document ({}) states its title, numbers, publisher and year",
                d.id,
                EVIDENCE_ORIGINS.join(", ")
            ),
        );
        return;
    }
    let register = d.kind.as_deref() == Some(REGISTER);
    if let Some(kind) = &d.kind {
        if !register {
            ctx.push(
                path,
                format!("{f}.kind"),
                format!("{kind:?} is not a document kind (leave kind out, or \"{REGISTER}\")"),
            );
        }
    }
    if register {
        match &d.reason {
            Some(r) if !r.trim().is_empty() => {}
            _ => ctx.push(
                path,
                format!("{f}.reason"),
                "a register needs a reason: why it is not in the source documents",
            ),
        }
    } else if d.reason.is_some() {
        ctx.push(path, format!("{f}.reason"), "only a register has a reason");
    }
    for (i, e) in d.evidence.iter().enumerate() {
        let ef = format!("{f}.evidence[{i}]");
        if register || e.origin == REGISTER {
            if !register {
                ctx.push(
                    path,
                    format!("{ef}.origin"),
                    format!("only a document with kind = \"{REGISTER}\" may quote a register"),
                );
            } else if e.origin != REGISTER {
                ctx.push(
                    path,
                    format!("{ef}.origin"),
                    format!("a register's evidence has origin = \"{REGISTER}\" and names its public source in section"),
                );
            } else if !e.section.contains("https://") {
                ctx.push(
                    path,
                    format!("{ef}.section"),
                    "a register's evidence names the public source's https:// address in section",
                );
            }
            ctx.non_empty(path, &format!("{ef}.quote"), &e.quote);
            continue;
        }
        if !EVIDENCE_ORIGINS.contains(&e.origin.as_str()) {
            ctx.push(
                path,
                format!("{ef}.origin"),
                format!(
                    "{:?} is not a source (one of: {})",
                    e.origin,
                    EVIDENCE_ORIGINS.join(", ")
                ),
            );
        }
        ctx.non_empty(path, &format!("{ef}.section"), &e.section);
        ctx.non_empty(path, &format!("{ef}.quote"), &e.quote);
    }
    let mut quotes: Vec<&str> = d.evidence.iter().map(|e| e.quote.as_str()).collect();
    if register {
        quotes.extend(d.evidence.iter().map(|e| e.section.as_str()));
    }
    let attested = normalize(&quotes.join(" | "));
    let numbers: BTreeSet<u64> = number_tokens(&attested).into_iter().collect();
    let mut missing: Vec<u64> = number_tokens(&d.title)
        .into_iter()
        .filter(|n| !numbers.contains(n))
        .collect();
    missing.dedup();
    for n in missing {
        ctx.push(
            path,
            format!("{f}.title"),
            format!(
                "the number {n} in the title is in none of the evidence quotes: a law number, date or year must come from a source"
            ),
        );
    }
    if let Some(publisher) = &d.publisher {
        if !attested.contains(&normalize(publisher)) {
            ctx.push(
                path,
                format!("{f}.publisher"),
                format!(
                    "{publisher:?} is named in none of the evidence quotes (leave publisher out when the source names none)"
                ),
            );
        }
    }
    if let Some(year) = d.year {
        if !numbers.contains(&u64::from(year)) {
            ctx.push(
                path,
                format!("{f}.year"),
                format!(
                    "year {year} is in none of the evidence quotes: a year may not be a guess (leave year out when the source states none)"
                ),
            );
        }
    }
    if let Some(url) = &d.url {
        let cited: BTreeSet<u64> = quotes
            .iter()
            .flat_map(|q| citation_numbers(q))
            .map(|(_, n)| n)
            .collect();
        let ok = match retsinformation_eli(url) {
            Some((year, number)) => numbers.contains(&year) && cited.contains(&number),
            None => bare_host(url).is_some_and(|host| {
                let host = host.to_lowercase();
                attested.contains(&host) || attested.contains(host.trim_start_matches("www."))
            }),
        };
        if !ok {
            ctx.push(
                path,
                format!("{f}.url"),
                format!(
                    "{url:?} is not built on the evidence: use https://<a site the evidence names>, or https://www.retsinformation.dk/eli/lta/<year>/<number> of a law number the evidence quotes"
                ),
            );
        }
    }
}

/// Validates a list of inconsistencies (services and paragraphs); the screener hook of a
/// service is checked in `validate_service`.
pub(crate) fn inconsistencies(
    ctx: &mut Ctx<'_>,
    path: &str,
    field: &str,
    items: &[RawInconsistency],
    parts: &[&str],
    text_rules: Option<(&BTreeSet<i64>, &str)>,
) {
    let mut ids = BTreeSet::new();
    for (i, inc) in items.iter().enumerate() {
        let f = format!("{field}[{i}]");
        ctx.id(path, &format!("{f}.id"), &inc.id);
        if !ids.insert(inc.id.as_str()) {
            ctx.push(
                path,
                format!("{f}.id"),
                format!("duplicate inconsistency id {:?}", inc.id),
            );
        }
        if !parts.contains(&inc.part.as_str()) {
            ctx.push(
                path,
                format!("{f}.part"),
                format!("unknown part {:?} (one of: {})", inc.part, parts.join(", ")),
            );
        }
        ctx.non_empty(path, &format!("{f}.text"), &inc.text);
        if inc.readings.len() != 2 {
            ctx.push(
                path,
                format!("{f}.readings"),
                format!(
                    "give exactly two readings (the source can be read in two ways), not {}",
                    inc.readings.len()
                ),
            );
        }
        ctx.list_items(path, &format!("{f}.readings"), &inc.readings);
        if inc.sources.is_empty() {
            ctx.push(
                path,
                format!("{f}.sources"),
                "give at least one source for the readings",
            );
        }
        for (j, source) in inc.sources.iter().enumerate() {
            ctx.source(path, &format!("{f}.sources[{j}]"), source);
        }
        if let Some((allowed, where_allowed)) = text_rules {
            for (name, text) in inconsistency_texts(std::slice::from_ref(inc)) {
                let name = name.split_once('.').map(|(_, n)| n).unwrap_or(&name);
                check_text(
                    &mut ctx.errors,
                    path,
                    &format!("{f}.{name}"),
                    text,
                    allowed,
                    where_allowed,
                );
            }
        }
        if let Some(h) = &inc.screener {
            let given = [
                !h.vum_levels.is_empty(),
                h.vum_rule.is_some(),
                h.exclusion_tag.is_some(),
            ]
            .iter()
            .filter(|b| **b)
            .count();
            if given != 1 {
                ctx.push(
                    path,
                    format!("{f}.screener"),
                    "give exactly one of vum_levels, vum_rule or exclusion_tag",
                );
            }
        }
    }
}
