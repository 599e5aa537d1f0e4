//! Validation of the whole catalogue: the rules of seeds/FORMAT.md, each error with its
//! file and field. The checks of one kind of file are in the child modules.

mod documents;
mod municipality;
mod national;
mod service;

pub use documents::*;
pub(crate) use municipality::*;
pub use national::*;
pub use service::*;

use std::collections::{BTreeMap, BTreeSet};

use crate::kinds::{FactKind, Klageadgang};
use crate::*;

/// Ids are lower-case ASCII letters, digits and hyphens (they are used in URLs).
pub(crate) fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

pub(crate) struct Ctx<'a> {
    pub(crate) documents: BTreeSet<&'a str>,
    /// Each document's year, evidence (normalized) and address.
    pub(crate) docs: BTreeMap<&'a str, DocInfo>,
    /// The law and executive-order numbers some document's evidence quotes.
    pub(crate) citations: BTreeSet<u64>,
    pub(crate) paragraphs: BTreeSet<&'a str>,
    /// Documents with `kind = "register"`: never the source of a legal statement.
    pub(crate) registers: BTreeSet<&'a str>,
    pub(crate) errors: Vec<ContentError>,
}

impl Ctx<'_> {
    pub(crate) fn push(
        &mut self,
        path: &str,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.errors.push(err(path, field, message));
    }

    pub(crate) fn non_empty(&mut self, path: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(path, field, "must not be empty");
        }
    }

    pub(crate) fn non_empty_opt(&mut self, path: &str, field: &str, value: &Option<String>) {
        if let Some(v) = value {
            self.non_empty(path, field, v);
        }
    }

    pub(crate) fn list_items(&mut self, path: &str, field: &str, items: &[String]) {
        for (i, item) in items.iter().enumerate() {
            self.non_empty(path, &format!("{field}[{i}]"), item);
        }
    }

    pub(crate) fn id(&mut self, path: &str, field: &str, id: &str) {
        if !valid_id(id) {
            self.push(
                path,
                field,
                format!("{id:?} is not a valid id (use a-z, 0-9 and -, e.g. \"ledsageordning\")"),
            );
        }
    }

    pub(crate) fn https(&mut self, path: &str, field: &str, url: &str) {
        if !url.starts_with("https://") || url.len() <= "https://".len() {
            self.push(path, field, format!("{url:?} must be an https:// URL"));
        }
    }

    pub(crate) fn source(&mut self, path: &str, field: &str, source: &RawSource) {
        if !self.documents.contains(source.document.as_str()) {
            self.push(
                path,
                format!("{field}.document"),
                format!(
                    "unknown document {:?} (declare it in national/documents.toml or the municipality's [[documents]])",
                    source.document
                ),
            );
        }
        if self.registers.contains(source.document.as_str()) {
            self.push(
                path,
                format!("{field}.document"),
                format!(
                    "{:?} is a register (kind = \"{REGISTER}\"): it may be the source of national/kommuner.toml only, never of a rule, an amount, a deadline, a text or contact data",
                    source.document
                ),
            );
        }
        self.non_empty(path, &format!("{field}.section"), &source.section);
        let citations = self.citations.clone();
        check_citations(
            &mut self.errors,
            path,
            &format!("{field}.section"),
            &source.section,
            &citations,
        );
    }

    /// Law and executive-order numbers in a free text must be attested.
    pub(crate) fn citations_in(&mut self, path: &str, field: &str, text: &str) {
        let citations = self.citations.clone();
        check_citations(&mut self.errors, path, field, text, &citations);
    }

    /// A year given for a value from `document` is not a guess: it is the document's own
    /// year or a year its evidence quotes.
    pub(crate) fn year_attested(&mut self, path: &str, field: &str, year: u16, document: &str) {
        let Some(doc) = self.docs.get(document) else {
            return; // the unknown document is reported by `source`
        };
        if doc.year != Some(year) && !doc.has_number(u64::from(year)) {
            self.push(
                path,
                field,
                format!(
                    "year {year} is neither the year of document {document:?} nor in its evidence: a year may not be a guess (write year = \"{YEAR_NOT_STATED}\" when the source states none)"
                ),
            );
        }
    }

    pub(crate) fn paragraph_key(&mut self, path: &str, field: &str, key: &str) {
        if !self.paragraphs.contains(key) {
            self.push(
                path,
                field,
                format!("unknown paragraph {key:?} (not in national/paragraphs.toml)"),
            );
        }
    }

    pub(crate) fn year(&mut self, path: &str, field: &str, year: u16) {
        if !(1990..=2100).contains(&year) {
            self.push(
                path,
                field,
                format!("year {year} must be between 1990 and 2100"),
            );
        }
    }

    /// Validates facts; returns their values (hundredths) for the text rule.
    pub(crate) fn facts(&mut self, path: &str, field: &str, facts: &[RawFact]) -> BTreeSet<i64> {
        let mut ids = BTreeSet::new();
        let mut values = BTreeSet::new();
        for (i, fact) in facts.iter().enumerate() {
            let f = format!("{field}[{i}]");
            self.id(path, &format!("{f}.id"), &fact.id);
            if !ids.insert(fact.id.as_str()) {
                self.push(
                    path,
                    format!("{f}.id"),
                    format!("duplicate fact id {:?}", fact.id),
                );
            }
            self.non_empty(path, &format!("{f}.label"), &fact.label);
            self.non_empty(path, &format!("{f}.unit"), &fact.unit);
            match parse_fact_value(&fact.value) {
                Some((low, high)) => {
                    values.insert(low);
                    values.insert(high);
                }
                None => self.push(
                    path,
                    format!("{f}.value"),
                    format!(
                        "{:?} is not a Danish number or range (e.g. \"1.105\", \"93,38\", \"15\", \"3-6\")",
                        fact.value
                    ),
                ),
            }
            // A number in the unit ("timer pr. 6 måneder") may be used in texts too.
            values.extend(numbers(&fact.unit).into_iter().map(|(_, _, v)| v));
            if fact.kind == FactKind::Amount && !fact.unit.trim_start().starts_with("kr") {
                self.push(
                    path,
                    format!("{f}.unit"),
                    format!("an amount's unit starts with \"kr.\", not {:?}", fact.unit),
                );
            }
            match &fact.year {
                Some(RawYear::Number(y)) => {
                    self.year(path, &format!("{f}.year"), *y);
                    if let Some(source) = &fact.source {
                        self.year_attested(path, &format!("{f}.year"), *y, &source.document);
                    }
                }
                Some(RawYear::Text(t)) if t == YEAR_NOT_STATED => {}
                Some(RawYear::Text(t)) => self.push(
                    path,
                    format!("{f}.year"),
                    format!("{t:?} is not a year: give the number, or \"{YEAR_NOT_STATED}\" when the source states none"),
                ),
                None => self.push(
                    path,
                    format!("{f}.year"),
                    format!(
                        "fact {:?} has no year: every amount and deadline needs one (or year = \"{YEAR_NOT_STATED}\" when the source states none)",
                        fact.id
                    ),
                ),
            }
            self.citations_in(path, &format!("{f}.label"), &fact.label);
            match &fact.source {
                Some(s) => self.source(path, &format!("{f}.source"), s),
                None => self.push(
                    path,
                    format!("{f}.source"),
                    format!("fact {:?} has no source", fact.id),
                ),
            }
            if find_kroner(&fact.label).is_some() {
                self.push(
                    path,
                    format!("{f}.label"),
                    "the label must not contain the amount: it goes in value",
                );
            }
        }
        values
    }
}

/// Checks every rule of seeds/FORMAT.md across the whole catalogue.
pub fn validate(catalog: &RawCatalog) -> Vec<ContentError> {
    let mut ctx = Ctx {
        documents: BTreeSet::new(),
        docs: BTreeMap::new(),
        citations: BTreeSet::new(),
        paragraphs: BTreeSet::new(),
        registers: BTreeSet::new(),
        errors: Vec::new(),
    };

    // Documents: national and municipal, ids global. The same document declared twice
    // with identical fields is allowed; different documents under one id are not.
    let mut doc_list: Vec<(&str, String, &RawDocument)> = Vec::new();
    for (i, d) in catalog.documents.iter().enumerate() {
        doc_list.push((d.path.as_str(), format!("document[{i}]"), &d.value));
    }
    for m in &catalog.municipalities {
        for (i, d) in m.municipality.value.documents.iter().enumerate() {
            doc_list.push((m.municipality.path.as_str(), format!("documents[{i}]"), d));
        }
    }
    let mut documents: BTreeMap<&str, (&str, &RawDocument)> = BTreeMap::new();
    for (path, f, d) in doc_list {
        ctx.id(path, &format!("{f}.id"), &d.id);
        ctx.non_empty(path, &format!("{f}.title"), &d.title);
        ctx.non_empty_opt(path, &format!("{f}.publisher"), &d.publisher);
        document_citation(&mut ctx, path, &f, d);
        if let Some(url) = &d.url {
            ctx.https(path, &format!("{f}.url"), url);
        }
        if let Some(year) = d.year {
            if !(1800..=2100).contains(&year) {
                ctx.push(
                    path,
                    format!("{f}.year"),
                    format!("year {year} is not plausible"),
                );
            }
        }
        match documents.get(d.id.as_str()) {
            Some((first_path, first)) if *first != d => ctx.push(
                path,
                format!("{f}.id"),
                format!(
                    "duplicate document id {:?} (also in {first_path}, with other fields)",
                    d.id
                ),
            ),
            Some(_) => {}
            None => {
                documents.insert(d.id.as_str(), (path, d));
            }
        }
    }
    ctx.documents = documents.keys().copied().collect();
    ctx.docs = documents
        .iter()
        .map(|(id, (_, d))| {
            let quotes: Vec<&str> = d.evidence.iter().map(|e| e.quote.as_str()).collect();
            let info = DocInfo {
                year: d.year,
                attested: normalize(&quotes.join(" | ")),
            };
            (*id, info)
        })
        .collect();
    ctx.registers = documents
        .iter()
        .filter(|(_, (_, d))| d.kind.as_deref() == Some(REGISTER))
        .map(|(id, _)| *id)
        .collect();
    // A register's evidence never licenses a law number.
    ctx.citations = documents
        .values()
        .filter(|(_, d)| d.kind.is_none())
        .flat_map(|(_, d)| d.evidence.iter())
        .flat_map(|e| citation_numbers(&e.quote))
        .map(|(_, n)| n)
        .collect();

    // Paragraphs.
    let mut keys = BTreeSet::new();
    for p in &catalog.paragraphs {
        keys.insert(p.value.key.as_str());
    }
    ctx.paragraphs = keys;
    let mut national_values = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for (i, p) in catalog.paragraphs.iter().enumerate() {
        let (path, v, f) = (&p.path, &p.value, format!("paragraph[{i}]"));
        if v.key.is_empty()
            || !v
                .key
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            ctx.push(
                path,
                format!("{f}.key"),
                format!("{:?} is not a valid key", v.key),
            );
        }
        if !seen.insert(v.key.as_str()) {
            ctx.push(
                path,
                format!("{f}.key"),
                format!("duplicate paragraph key {:?}", v.key),
            );
        }
        ctx.non_empty(path, &format!("{f}.label"), &v.label);
        ctx.non_empty(path, &format!("{f}.title"), &v.title);
        ctx.non_empty(path, &format!("{f}.plain"), &v.plain);
        ctx.non_empty(path, &format!("{f}.national"), &v.national);
        ctx.non_empty_opt(path, &format!("{f}.complaint_note"), &v.complaint_note);
        if matches!(
            v.complaint,
            Klageadgang::IngenKlage | Klageadgang::Delvis | Klageadgang::IkkeOplyst
        ) && v.complaint_note.is_none()
        {
            ctx.push(
                path,
                format!("{f}.complaint_note"),
                format!(
                    "required when complaint = {:?} (§ {})",
                    v.complaint.as_str(),
                    v.key
                ),
            );
        }
        ctx.https(path, &format!("{f}.url"), &v.url);
        if v.url != RETSINFORMATION && url_document(catalog, &v.url).is_none() {
            ctx.push(
                path,
                format!("{f}.url"),
                format!(
                    "{:?} is not built on a document: use the url of a document in documents.toml (with an optional #anchor), or the bare {RETSINFORMATION} when no source gives the law's number",
                    v.url
                ),
            );
        }
        ctx.source(path, &format!("{f}.source"), &v.source);
        national_values.extend(ctx.facts(path, &format!("{f}.facts"), &v.facts));

        let complaint_marked = v.inconsistencies.iter().any(|i| i.part == "complaint");
        if v.complaint == Klageadgang::Uafklaret && !complaint_marked {
            ctx.push(
                path,
                format!("{f}.complaint"),
                format!(
                    "complaint = \"uafklaret\" needs an [[paragraph.inconsistencies]] entry with part = \"complaint\" (§ {})",
                    v.key
                ),
            );
        }
    }
    validate_kommuner(&mut ctx, catalog);
    // Inconsistencies of paragraphs (after the facts: their texts may use national numbers).
    for (i, p) in catalog.paragraphs.iter().enumerate() {
        inconsistencies(
            &mut ctx,
            &p.path,
            &format!("paragraph[{i}].inconsistencies"),
            &p.value.inconsistencies,
            PARAGRAPH_PARTS,
            Some((&national_values, "a fact of the national layer")),
        );
        for (j, inc) in p.value.inconsistencies.iter().enumerate() {
            if inc.screener.is_some() {
                ctx.push(
                    &p.path,
                    format!("paragraph[{i}].inconsistencies[{j}].screener"),
                    "only a service's inconsistency tells the screener what to do",
                );
            }
        }
    }

    // Pages.
    let mut page_ids = BTreeSet::new();
    for page in &catalog.pages {
        let (path, v) = (&page.path, &page.value);
        ctx.id(path, "id", &v.id);
        if v.id != stem(path) {
            ctx.push(
                path,
                "id",
                format!("{:?} must equal the file name {:?}", v.id, stem(path)),
            );
        }
        if !page_ids.insert(v.id.as_str()) {
            ctx.push(path, "id", format!("duplicate page id {:?}", v.id));
        }
        ctx.non_empty(path, "title", &v.title);
        ctx.non_empty(path, "summary", &v.summary);
        if v.section.is_empty() {
            ctx.push(path, "section", "a page needs at least one [[section]]");
        }
        for (i, s) in v.section.iter().enumerate() {
            let f = format!("section[{i}]");
            ctx.non_empty(path, &format!("{f}.heading"), &s.heading);
            if s.paragraphs.is_empty() && s.list.is_empty() {
                ctx.push(path, &f, "empty section: give paragraphs or a list");
            }
            ctx.list_items(path, &format!("{f}.paragraphs"), &s.paragraphs);
            ctx.list_items(path, &format!("{f}.list"), &s.list);
            ctx.source(path, &format!("{f}.source"), &s.source);
        }
        national_values.extend(ctx.facts(path, "facts", &v.facts));
    }

    // The national floor: each paragraph's own criteria.
    for (i, p) in catalog.paragraphs.iter().enumerate() {
        if let Some(c) = &p.value.criteria {
            let f = format!("paragraph[{i}].criteria");
            validate_floor(&mut ctx, &p.path, &f, c, &national_values);
        }
    }

    // Glossary.
    let mut term_ids = BTreeSet::new();
    let mut forms: BTreeMap<String, &str> = BTreeMap::new();
    for (i, t) in catalog.glossary.iter().enumerate() {
        let (path, v, f) = (&t.path, &t.value, format!("term[{i}]"));
        ctx.id(path, &format!("{f}.id"), &v.id);
        if !term_ids.insert(v.id.as_str()) {
            ctx.push(
                path,
                format!("{f}.id"),
                format!("duplicate term id {:?}", v.id),
            );
        }
        ctx.non_empty(path, &format!("{f}.term"), &v.term);
        ctx.non_empty(path, &format!("{f}.plain"), &v.plain);
        if v.forms.is_empty() {
            ctx.push(
                path,
                format!("{f}.forms"),
                "give at least one word form that links to the term",
            );
        }
        for (j, form) in v.forms.iter().enumerate() {
            ctx.non_empty(path, &format!("{f}.forms[{j}]"), form);
            let key = form.trim().to_lowercase();
            if let Some(other) = forms.insert(key.clone(), v.id.as_str()) {
                if other != v.id {
                    ctx.push(
                        path,
                        format!("{f}.forms[{j}]"),
                        format!("form {key:?} also links to term {other:?}"),
                    );
                }
            }
        }
        ctx.source(path, &format!("{f}.source"), &v.source);
    }

    // Text rules for the national layer: numbers must be in a national fact.
    let national_where =
        "a fact of the national layer (paragraphs.toml [[paragraph.facts]] or a page's [[facts]])";
    for (i, p) in catalog.paragraphs.iter().enumerate() {
        let f = format!("paragraph[{i}]");
        for (name, text) in [
            ("title", Some(&p.value.title)),
            ("plain", Some(&p.value.plain)),
            ("national", Some(&p.value.national)),
            ("complaint_note", p.value.complaint_note.as_ref()),
        ] {
            if let Some(text) = text {
                check_text(
                    &mut ctx.errors,
                    &p.path,
                    &format!("{f}.{name}"),
                    text,
                    &national_values,
                    national_where,
                );
            }
        }
    }
    for page in &catalog.pages {
        let v = &page.value;
        check_text(
            &mut ctx.errors,
            &page.path,
            "title",
            &v.title,
            &national_values,
            national_where,
        );
        check_text(
            &mut ctx.errors,
            &page.path,
            "summary",
            &v.summary,
            &national_values,
            national_where,
        );
        for (i, s) in v.section.iter().enumerate() {
            let texts = std::iter::once(("heading".to_string(), &s.heading))
                .chain(
                    s.paragraphs
                        .iter()
                        .enumerate()
                        .map(|(j, t)| (format!("paragraphs[{j}]"), t)),
                )
                .chain(
                    s.list
                        .iter()
                        .enumerate()
                        .map(|(j, t)| (format!("list[{j}]"), t)),
                );
            for (name, text) in texts {
                check_text(
                    &mut ctx.errors,
                    &page.path,
                    &format!("section[{i}].{name}"),
                    text,
                    &national_values,
                    national_where,
                );
            }
        }
    }
    for (i, t) in catalog.glossary.iter().enumerate() {
        check_text(
            &mut ctx.errors,
            &t.path,
            &format!("term[{i}].plain"),
            &t.value.plain,
            &national_values,
            national_where,
        );
    }

    // Municipalities.
    let service_refs: BTreeSet<String> = catalog
        .municipalities
        .iter()
        .flat_map(|m| {
            m.services
                .iter()
                .map(move |s| format!("{}/{}", m.folder, s.value.id))
        })
        .collect();
    for m in &catalog.municipalities {
        validate_municipality(&mut ctx, m, &service_refs);
    }

    if let Some(rates) = &catalog.rates {
        satser::validate(&mut ctx, &rates.path, &rates.value);
    }

    // No law or executive-order number in any text unless a document's evidence quotes it.
    for (path, field, text) in all_texts(catalog) {
        ctx.citations_in(path, &field, text);
    }

    ctx.errors
}
