//! The English content (seeds/en/): a parallel file per Danish file with the texts in
//! English and everything else identical (seeds/FORMAT.md, "English").
//!
//! [`load_english`] checks that every Danish file with texts has its English counterpart
//! with the same structure (the same keys, tables and list lengths; ids, sources, numbers,
//! years and references byte-identical; every text translated) and returns the English
//! catalogue, parsed and validated by the same rules as the Danish one. The national files
//! without texts to translate (documents, rates, the register) are shared.

use std::collections::BTreeMap;
use std::path::Path;

use crate::*;

/// The keys whose string values are human-readable text (translated in seeds/en/).
/// `paragraphs` is text only inside a page's `[[section]]` or a service's `[elaboration]`
/// (a service's own `paragraphs` lists paragraph keys); a `label` starting with "§" is a
/// paragraph's label and stays; nothing inside `documents` (titles, evidence) is text.
const TEXT_KEYS: &[&str] = &[
    "title",
    "summary",
    "who",
    "purpose",
    "included",
    "not_included",
    "scope",
    "place",
    "follow_up",
    "free_choice",
    "how_to_apply",
    "processing_time_note",
    "text",
    "exclusions",
    "readings",
    "self_paid",
    "label",
    "unit",
    "note",
    "plain",
    "national",
    "complaint_note",
    "payment",
    "heading",
    "list",
    "keywords",
    "term",
    "forms",
    "when",
    "case",
    "none",
    "department",
];

/// Lists whose length may differ in English (search words, word forms).
const FREE_LENGTH: &[&str] = &["keywords", "forms"];

/// The Danish files that have no text to translate: the English catalogue shares them.
fn shared(rel: &str) -> bool {
    matches!(
        rel,
        "national/documents.toml" | "national/rates.toml" | "national/kommuner.toml"
    )
}

/// Whether `key` at `path` (dotted, with `[i]`) holds text.
fn is_text(path: &str, key: &str, value: &toml::Value) -> bool {
    if path.starts_with("documents") || path.contains(".documents") {
        return false;
    }
    if key == "paragraphs" {
        let parent = path.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
        return parent.starts_with("section[")
            || parent.contains(".section[")
            || parent.ends_with("elaboration");
    }
    if key == "label" && value.as_str().is_some_and(|s| s.starts_with('§')) {
        return false;
    }
    TEXT_KEYS.contains(&key)
}

/// Compares a Danish value with its English copy; pushes one error per difference.
fn compare(
    file: &str,
    path: &str,
    key: &str,
    da: &toml::Value,
    en: &toml::Value,
    errors: &mut Vec<ContentError>,
) {
    use toml::Value;
    match (da, en) {
        (Value::Table(d), Value::Table(e)) => {
            for (k, dv) in d {
                if k == "easy" {
                    continue;
                }
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match e.get(k) {
                    Some(ev) => compare(file, &p, k, dv, ev, errors),
                    None => errors.push(err(file, p, "missing: the Danish file has it")),
                }
            }
            for k in e.keys() {
                if !d.contains_key(k) || k == "easy" {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    let why = if k == "easy" {
                        "easy-read is Danish only: leave it out of the English file"
                    } else {
                        "not in the Danish file"
                    };
                    errors.push(err(file, p, why));
                }
            }
        }
        (Value::Array(d), Value::Array(e)) => {
            if FREE_LENGTH.contains(&key) {
                for (i, ev) in e.iter().enumerate() {
                    if ev.as_str().is_none_or(|s| s.trim().is_empty()) {
                        errors.push(err(file, format!("{path}[{i}]"), "an empty text"));
                    }
                }
                return;
            }
            if d.len() != e.len() {
                errors.push(err(
                    file,
                    path,
                    format!(
                        "{} items in Danish, {} in English: the lists must match",
                        d.len(),
                        e.len()
                    ),
                ));
                return;
            }
            for (i, (dv, ev)) in d.iter().zip(e).enumerate() {
                compare(file, &format!("{path}[{i}]"), key, dv, ev, errors);
            }
        }
        (Value::String(d), Value::String(e)) if is_text(path, key, da) => {
            if e.trim().is_empty() {
                errors.push(err(file, path, "an empty text"));
            } else if d == e && d.split_whitespace().count() > 3 {
                errors.push(err(file, path, "not translated (the same as the Danish)"));
            }
        }
        (d, e) => {
            if d != e {
                errors.push(err(
                    file,
                    path,
                    format!("must be the same as in the Danish file ({d}), not {e}"),
                ));
            }
        }
    }
}

/// Checks one English file against its Danish file (structure and non-text values).
pub fn compare_files(danish: &SeedFile, english: &SeedFile) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let da: toml::Value = match toml::from_str(&danish.text) {
        Ok(v) => v,
        Err(e) => return vec![err(&danish.path, "", format!("not TOML: {e}"))],
    };
    let en: toml::Value = match toml::from_str(&english.text) {
        Ok(v) => v,
        Err(e) => return vec![err(&english.path, "", format!("not TOML: {e}"))],
    };
    compare(&english.path, "", "", &da, &en, &mut errors);
    errors
}

/// The Danish files (`seeds/…`) and the English ones (`seeds/en/…`) of a folder.
pub fn split_files(files: Vec<SeedFile>) -> (Vec<SeedFile>, Vec<SeedFile>) {
    files
        .into_iter()
        .partition(|f| !f.path.starts_with("seeds/en/"))
}

/// The English catalogue from the Danish files and the English ones: every Danish file
/// with texts needs its English file (same path under `en/`), of the same structure.
pub fn english_catalog(
    danish: &[SeedFile],
    english: &[SeedFile],
) -> Result<RawCatalog, Vec<ContentError>> {
    let mut errors = Vec::new();
    let by_rel: BTreeMap<&str, &SeedFile> = english
        .iter()
        .map(|f| (f.path.strip_prefix("seeds/en/").unwrap_or(&f.path), f))
        .collect();
    let mut files = Vec::new();
    let mut used = 0;
    for d in danish {
        let rel = d.path.strip_prefix("seeds/").unwrap_or(&d.path);
        if shared(rel) {
            files.push(d.clone());
            continue;
        }
        match by_rel.get(rel) {
            Some(e) => {
                used += 1;
                errors.extend(compare_files(d, e));
                files.push((*e).clone());
            }
            None => errors.push(err(
                &format!("seeds/en/{rel}"),
                "",
                format!(
                    "missing: {} has texts, so it needs its English file here (seeds/FORMAT.md, \"English\")",
                    d.path
                ),
            )),
        }
    }
    if used != english.len() {
        let danish_rels: Vec<&str> = danish
            .iter()
            .map(|d| d.path.strip_prefix("seeds/").unwrap_or(&d.path))
            .collect();
        for (rel, e) in &by_rel {
            if !danish_rels.contains(rel) || shared(rel) {
                errors.push(err(
                    &e.path,
                    "",
                    "no Danish file at the same path (seeds/<path>): an English file translates one Danish file",
                ));
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let catalog = parse(&files)?;
    let errors = validate(&catalog);
    if errors.is_empty() {
        Ok(catalog)
    } else {
        Err(errors)
    }
}

/// The portal's own content must be complete for every reader: every service, paragraph
/// and general page has its easy-read version (the English one is checked by
/// [`english_catalog`]). Not part of [`validate`]: a new municipality's folder can be
/// checked on its own before its easy-read texts are written, but it cannot be built.
pub fn check_complete(catalog: &RawCatalog) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let why = "missing: every text of the portal has an easy-read version (seeds/FORMAT.md, \"Let dansk\")";
    for m in &catalog.municipalities {
        for s in &m.services {
            if s.value.easy.is_none() {
                errors.push(err(&s.path, "easy", why));
            }
        }
    }
    for (i, p) in catalog.paragraphs.iter().enumerate() {
        if p.value.easy.is_none() {
            errors.push(err(&p.path, format!("paragraph[{i}].easy"), why));
        }
    }
    for p in &catalog.pages {
        if p.value.easy.is_empty() {
            errors.push(err(&p.path, "easy", why));
        }
    }
    errors
}

/// Reads seeds/ and returns the Danish and the English catalogue, each validated; the
/// English one checked against the Danish files; every text with its easy-read version
/// (the build and the tests call this).
pub fn load_both(root: &Path) -> Result<(RawCatalog, RawCatalog), Vec<ContentError>> {
    let (danish, english) = split_files(read_dir(root, "seeds")?);
    let catalog = parse(&danish)?;
    let mut errors = validate(&catalog);
    errors.extend(check_complete(&catalog));
    match english_catalog(&danish, &english) {
        Ok(en) if errors.is_empty() => return Ok((catalog, en)),
        Ok(_) => {}
        Err(e) => errors.extend(e),
    }
    Err(errors)
}
