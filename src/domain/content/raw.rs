//! Reading, validating and code-generating the content in seeds/ (see seeds/FORMAT.md).
//!
//! This file is shared. build.rs includes it with `#[path]` to turn seeds/ into Rust source
//! (static data, no parser in the wasm); the crate's unit tests and tests/content*.rs include
//! it too, so `cargo test` runs exactly the rules the build runs. It needs serde, toml and
//! serde_path_to_error, which are build- and dev-dependencies only.
//!
//! Every error names the file (as `seeds/<relative path>`) and the field, e.g.
//! `seeds/viborg/services/ledsageordning.toml: field "criteria.min_age": …`.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::path::Path;

use serde::Deserialize;

/// seeds/national/rates.toml: the dated rate tables of the calculators.
#[path = "../beregning/satser_raw.rs"]
pub mod satser;

use super::kinds::{
    Egenbetalingsform, ExclusionTag, FactKind, Klageadgang, Livssituation, Lov, MaxAge, Part,
    Pligt, VumRegel, VumTema,
};

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// `seeds/<relative path>`.
    pub path: String,
    /// Dotted field path (`criteria.min_age`, `facts[0].year`), or empty for a whole file.
    pub field: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.path, self.message)
        } else {
            write!(
                f,
                "{}: field \"{}\": {}",
                self.path, self.field, self.message
            )
        }
    }
}

/// All errors, one per line.
pub fn report(errors: &[ContentError]) -> String {
    errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

fn err(path: &str, field: impl Into<String>, message: impl Into<String>) -> ContentError {
    ContentError {
        path: path.to_string(),
        field: field.into(),
        message: message.into(),
    }
}

// ---------------------------------------------------------------------------------------
// Raw (deserialized) types: one-to-one with seeds/FORMAT.md
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub document: String,
    pub section: String,
}

/// Where a document's own citation (title with its numbers, publisher, year, address) is
/// stated: one of the source documents in ../shared/seeds or a fact in
/// ../shared/domain-facts.md, with the words quoted (see [`EVIDENCE_ORIGINS`]).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvidence {
    /// One of [`EVIDENCE_ORIGINS`].
    pub origin: String,
    /// Where in that source (a section, a page, a table row).
    pub section: String,
    /// The source's own words, as written there (line breaks and spaces do not matter).
    pub quote: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDocument {
    pub id: String,
    pub title: String,
    /// Only when the evidence names the publisher.
    #[serde(default)]
    pub publisher: Option<String>,
    /// Only when the evidence states the year.
    #[serde(default)]
    pub year: Option<u16>,
    #[serde(default)]
    pub url: Option<String>,
    /// At least one; required by our rule (so a missing list is reported with the field).
    #[serde(default)]
    pub evidence: Vec<RawEvidence>,
    /// `Some("register")`: a public register (the list of municipalities), the one
    /// exception to the citation rule: its evidence has `origin = "register"` and names the
    /// public source in `section`; it may be the source of national/kommuner.toml only,
    /// never of a legal statement (see seeds/FORMAT.md).
    #[serde(default)]
    pub kind: Option<String>,
    /// Required for a register: why the register is not in the source documents.
    #[serde(default)]
    pub reason: Option<String>,
}

/// The `kind` of a register document and the `origin` of its evidence.
pub const REGISTER: &str = "register";

/// The sources a document's citation may rest on: the source documents (by their number
/// in ../shared/seeds) and the verified facts in ../shared/domain-facts.md.
pub const EVIDENCE_ORIGINS: &[&str] = &[
    "seed-000",
    "seed-001",
    "seed-002",
    "seed-003",
    "seed-004",
    "domain-facts",
];

/// The spelling of "the source states no year" in a fact's `year`.
pub const YEAR_NOT_STATED: &str = "ikke-oplyst";

/// A fact's `year`: a number, or `"ikke-oplyst"` when the source states none.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum RawYear {
    Number(u16),
    Text(String),
}

/// A place where the sources disagree or are ambiguous (see seeds/FORMAT.md).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInconsistency {
    pub id: String,
    /// The part of the page it belongs to (a service's [`Part`], or for a paragraph one of
    /// [`PARAGRAPH_PARTS`]).
    pub part: String,
    /// What is unclear, in plain Danish.
    pub text: String,
    /// Exactly two readings.
    pub readings: Vec<String>,
    /// At least one source (document + section) for the readings.
    pub sources: Vec<RawSource>,
    /// Services only: how the screener treats the answers the readings disagree on.
    #[serde(default)]
    pub screener: Option<RawInconsistencyScreener>,
}

/// How the screener treats an inconsistency: exactly one of the fields.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInconsistencyScreener {
    /// These VUM levels are inside the ranges in one reading and outside in the other.
    #[serde(default)]
    pub vum_levels: Vec<u8>,
    /// The other reading of how several `[[criteria.vum]]` combine.
    #[serde(default)]
    pub vum_rule: Option<VumRegel>,
    /// This exclusion holds in one reading and not in the other.
    #[serde(default)]
    pub exclusion_tag: Option<ExclusionTag>,
}

/// The parts of a paragraph an inconsistency can belong to.
pub const PARAGRAPH_PARTS: &[&str] = &["plain", "national", "kind", "complaint"];

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentsFile {
    #[serde(default, alias = "documents")]
    document: Vec<RawDocument>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    pub id: String,
    pub label: String,
    pub kind: FactKind,
    pub value: String,
    pub unit: String,
    /// Required; an `Option` so that a missing year is reported by our rule, with the field.
    #[serde(default)]
    pub year: Option<RawYear>,
    #[serde(default)]
    pub source: Option<RawSource>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawParagraph {
    pub key: String,
    pub law: Lov,
    pub label: String,
    pub title: String,
    pub plain: String,
    pub kind: Pligt,
    pub complaint: Klageadgang,
    #[serde(default)]
    pub complaint_note: Option<String>,
    pub national: String,
    pub url: String,
    pub source: RawSource,
    #[serde(default)]
    pub facts: Vec<RawFact>,
    #[serde(default)]
    pub inconsistencies: Vec<RawInconsistency>,
    /// The national criteria (the floor): who the paragraph is for, as the law says.
    #[serde(default)]
    pub criteria: Option<RawNationalCriteria>,
}

/// `[paragraph.criteria]`: the law's own criteria for a paragraph, used by the screener
/// (and shown) where a municipality has no standard for it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNationalCriteria {
    /// Who the paragraph is for, in plain Danish.
    pub who: String,
    /// How the municipality decides, in plain Danish ("kommunen vurderer …").
    pub text: String,
    pub visitation: bool,
    #[serde(default)]
    pub anonymous: bool,
    #[serde(default)]
    pub min_age: Option<u8>,
    #[serde(default)]
    pub max_age: Option<MaxAge>,
    #[serde(default)]
    pub exclusions: Vec<String>,
    #[serde(default)]
    pub exclusion_tags: Vec<ExclusionTag>,
    #[serde(default)]
    pub needs: Vec<VumTema>,
    /// At least one: the life situations it belongs to (to sort results and search).
    pub situations: Vec<Livssituation>,
    /// What it costs, in plain Danish.
    pub payment: String,
    pub payment_kind: Egenbetalingsform,
    /// How to ask for it, in plain Danish (no phone numbers: the municipality's own, if any,
    /// come from its folder).
    pub how_to_apply: String,
    /// Where the criteria are stated (the law text, seed 000/001/004, domain-facts).
    pub source: RawSource,
    /// Per-part sources: `who`, `criteria`, `egenbetaling`, `how_to_apply`.
    #[serde(default)]
    pub sources: BTreeMap<String, RawSource>,
}

/// One municipality in national/kommuner.toml.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKommune {
    /// The kommunekode (Danmarks Statistik), e.g. 101.
    pub kode: u16,
    /// The full name, e.g. "Københavns Kommune".
    pub navn: String,
    /// The id in addresses; the folder name under seeds/ when the municipality has data.
    pub id: String,
}

/// national/kommuner.toml: every municipality in Denmark (a register, see [`REGISTER`]).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKommuner {
    /// A document with `kind = "register"`.
    pub source: RawSource,
    #[serde(default)]
    pub kommune: Vec<RawKommune>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ParagraphsFile {
    #[serde(default, alias = "paragraphs")]
    paragraph: Vec<RawParagraph>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTerm {
    pub id: String,
    pub term: String,
    pub forms: Vec<String>,
    pub plain: String,
    pub source: RawSource,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default, alias = "terms")]
    term: Vec<RawTerm>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    pub heading: String,
    #[serde(default)]
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub list: Vec<String>,
    pub source: RawSource,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPage {
    pub id: String,
    pub title: String,
    pub summary: String,
    #[serde(default, alias = "sections")]
    pub section: Vec<RawSection>,
    #[serde(default)]
    pub facts: Vec<RawFact>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPhoneHours {
    pub who: String,
    pub when: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVariant {
    #[serde(default)]
    pub case: Option<String>,
    #[serde(default)]
    pub weeks: Option<u16>,
    #[serde(default)]
    pub days: Option<u16>,
    #[serde(default)]
    pub none: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProcessingTime {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub paragraphs: Vec<String>,
    pub source: RawSource,
    pub year: u16,
    pub variants: Vec<RawVariant>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMunicipality {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub department: Option<String>,
    #[serde(default)]
    pub address: Vec<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// Optional: only an address the municipality's source document gives.
    #[serde(default)]
    pub website: Option<String>,
    pub source: RawSource,
    #[serde(default)]
    pub phone_hours: Vec<RawPhoneHours>,
    #[serde(default, alias = "document")]
    pub documents: Vec<RawDocument>,
    #[serde(default)]
    pub processing_times: Vec<RawProcessingTime>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVum {
    pub theme: VumTema,
    pub min_level: u8,
    pub max_level: u8,
    #[serde(default)]
    pub note: Option<String>,
    /// Optional: the range applies to this part of the service only (e.g. Gladsaxe's
    /// "trafiktræning"): shown, but it does not decide whether the service fits.
    #[serde(default)]
    pub part: Option<String>,
}

fn default_vum_rule() -> VumRegel {
    VumRegel::Any
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCriteria {
    pub text: String,
    pub visitation: bool,
    #[serde(default)]
    pub anonymous: bool,
    #[serde(default)]
    pub min_age: Option<u8>,
    #[serde(default)]
    pub max_age: Option<MaxAge>,
    #[serde(default)]
    pub exclusions: Vec<String>,
    #[serde(default)]
    pub exclusion_tags: Vec<ExclusionTag>,
    #[serde(default)]
    pub needs: Vec<VumTema>,
    #[serde(default)]
    pub vum: Vec<RawVum>,
    #[serde(default = "default_vum_rule")]
    pub vum_rule: VumRegel,
    /// Optional: "at least this VUM level in most (more than half) of the themes" (Gladsaxe,
    /// socialpædagogisk ledsagelse: "svære (3) eller fuldstændige (4) problemer inden for
    /// hovedparten af temaer").
    #[serde(default)]
    pub vum_most: Option<u8>,
    /// Optional: paragraph keys that might help instead when the standard probably does not
    /// fit (e.g. `["97"]` where the source points to § 97 first).
    #[serde(default)]
    pub instead: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEgenbetaling {
    pub kind: Egenbetalingsform,
    pub text: String,
    #[serde(default)]
    pub self_paid: Vec<String>,
    #[serde(default)]
    pub facts: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawElaboration {
    pub title: String,
    #[serde(default)]
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub list: Vec<String>,
    pub source: RawSource,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawService {
    pub id: String,
    pub section: String,
    pub paragraphs: Vec<String>,
    pub title: String,
    pub situations: Vec<Livssituation>,
    #[serde(default)]
    pub keywords: Vec<String>,
    pub summary: String,
    pub who: String,
    pub purpose: String,
    pub included: Vec<String>,
    #[serde(default)]
    pub not_included: Vec<String>,
    pub scope: String,
    pub place: String,
    pub follow_up: String,
    pub free_choice: String,
    pub how_to_apply: String,
    #[serde(default)]
    pub processing_time: Option<String>,
    #[serde(default)]
    pub processing_time_note: Option<String>,
    #[serde(default)]
    pub see_also: Vec<String>,
    pub source: RawSource,
    #[serde(default)]
    pub sources: BTreeMap<String, RawSource>,
    pub criteria: RawCriteria,
    pub egenbetaling: RawEgenbetaling,
    #[serde(default)]
    pub facts: Vec<RawFact>,
    #[serde(default)]
    pub elaboration: Option<RawElaboration>,
    #[serde(default)]
    pub inconsistencies: Vec<RawInconsistency>,
}

/// A value with the file it came from.
#[derive(Debug, Clone)]
pub struct InFile<T> {
    pub path: String,
    pub value: T,
}

/// One municipality folder.
#[derive(Debug, Clone)]
pub struct RawMunicipalityFolder {
    /// The folder name.
    pub folder: String,
    pub municipality: InFile<RawMunicipality>,
    /// Services, sorted by section.
    pub services: Vec<InFile<RawService>>,
}

/// Everything under seeds/, parsed.
#[derive(Debug, Clone, Default)]
pub struct RawCatalog {
    pub documents: Vec<InFile<RawDocument>>,
    pub paragraphs: Vec<InFile<RawParagraph>>,
    pub glossary: Vec<InFile<RawTerm>>,
    pub pages: Vec<InFile<RawPage>>,
    pub municipalities: Vec<RawMunicipalityFolder>,
    /// national/rates.toml, when present.
    pub rates: Option<InFile<satser::RawSatser>>,
    /// national/kommuner.toml, when present: every municipality in Denmark.
    pub kommuner: Option<InFile<RawKommuner>>,
}

impl RawCatalog {
    /// A municipality by folder name.
    pub fn municipality(&self, id: &str) -> Option<&RawMunicipalityFolder> {
        self.municipalities.iter().find(|m| m.folder == id)
    }

    /// A service by municipality and id.
    pub fn service(&self, municipality: &str, id: &str) -> Option<&RawService> {
        self.municipality(municipality)?
            .services
            .iter()
            .map(|s| &s.value)
            .find(|s| s.id == id)
    }
}

// ---------------------------------------------------------------------------------------
// Reading files
// ---------------------------------------------------------------------------------------

/// A file under seeds/: its display path (`seeds/…`) and its text.
#[derive(Debug, Clone)]
pub struct SeedFile {
    pub path: String,
    pub text: String,
}

/// Reads every `.toml` under `root`, sorted by path. Paths are shown as
/// `<display_root>/<relative path>` (use `"seeds"`).
pub fn read_dir(root: &Path, display_root: &str) -> Result<Vec<SeedFile>, Vec<ContentError>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    walk(root, display_root, &mut files, &mut errors);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

fn walk(dir: &Path, display: &str, files: &mut Vec<SeedFile>, errors: &mut Vec<ContentError>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(err(display, "", format!("cannot read folder: {e}")));
            return;
        }
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let shown = format!("{display}/{name}");
        if path.is_dir() {
            walk(&path, &shown, files, errors);
        } else if name.ends_with(".toml") {
            match fs::read_to_string(&path) {
                Ok(text) => files.push(SeedFile { path: shown, text }),
                Err(e) => errors.push(err(&shown, "", format!("cannot read file: {e}"))),
            }
        }
    }
}

/// Reads, parses and validates seeds/ (the build and the tests call this).
pub fn load(root: &Path) -> Result<RawCatalog, Vec<ContentError>> {
    let files = read_dir(root, "seeds")?;
    let catalog = parse(&files)?;
    let errors = validate(&catalog);
    if errors.is_empty() {
        Ok(catalog)
    } else {
        Err(errors)
    }
}

/// Line (1-based) of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Deserializes one file, turning serde's error into path + field.
fn deserialize<T: for<'de> Deserialize<'de>>(file: &SeedFile) -> Result<T, ContentError> {
    let de = match toml::Deserializer::parse(&file.text) {
        Ok(de) => de,
        Err(e) => {
            let line = e
                .span()
                .map(|s| format!(" (line {})", line_of(&file.text, s.start)))
                .unwrap_or_default();
            return Err(err(
                &file.path,
                "",
                format!("not valid TOML: {}{line}", e.message().trim()),
            ));
        }
    };
    serde_path_to_error::deserialize(de).map_err(|e| {
        let mut field = e.path().to_string();
        if field == "." {
            field.clear();
        }
        let inner = e.inner();
        let message = inner.message().trim().to_string();
        // "missing field `x`" and "unknown field `x`" are reported on the parent: name x.
        for prefix in ["missing field `", "unknown field `"] {
            if let Some(rest) = message.strip_prefix(prefix) {
                if let Some(name) = rest.split('`').next() {
                    if !field.ends_with(name) {
                        field = if field.is_empty() {
                            name.to_string()
                        } else {
                            format!("{field}.{name}")
                        };
                    }
                }
            }
        }
        let line = inner
            .span()
            .map(|s| format!(" (line {})", line_of(&file.text, s.start)))
            .unwrap_or_default();
        err(&file.path, field, format!("{message}{line}"))
    })
}

/// The file name without `.toml`.
fn stem(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".toml").unwrap_or(name)
}

/// Parses the files into a [`RawCatalog`] (structure only; see [`validate`] for the rules).
pub fn parse(files: &[SeedFile]) -> Result<RawCatalog, Vec<ContentError>> {
    let mut catalog = RawCatalog::default();
    let mut errors = Vec::new();
    type Folder = (Option<InFile<RawMunicipality>>, Vec<InFile<RawService>>);
    let mut folders: BTreeMap<String, Folder> = BTreeMap::new();

    for file in files {
        let rel = file.path.split_once('/').map(|(_, r)| r).unwrap_or("");
        let parts: Vec<&str> = rel.split('/').collect();
        match parts.as_slice() {
            ["national", "documents.toml"] => match deserialize::<DocumentsFile>(file) {
                Ok(f) => catalog
                    .documents
                    .extend(f.document.into_iter().map(|d| InFile {
                        path: file.path.clone(),
                        value: d,
                    })),
                Err(e) => errors.push(e),
            },
            ["national", "paragraphs.toml"] => match deserialize::<ParagraphsFile>(file) {
                Ok(f) => catalog
                    .paragraphs
                    .extend(f.paragraph.into_iter().map(|p| InFile {
                        path: file.path.clone(),
                        value: p,
                    })),
                Err(e) => errors.push(e),
            },
            ["national", "glossary.toml"] => match deserialize::<GlossaryFile>(file) {
                Ok(f) => catalog.glossary.extend(f.term.into_iter().map(|t| InFile {
                    path: file.path.clone(),
                    value: t,
                })),
                Err(e) => errors.push(e),
            },
            ["national", "rates.toml"] => match deserialize::<satser::RawSatser>(file) {
                Ok(rates) => {
                    catalog.rates = Some(InFile {
                        path: file.path.clone(),
                        value: rates,
                    })
                }
                Err(e) => errors.push(e),
            },
            ["national", "kommuner.toml"] => match deserialize::<RawKommuner>(file) {
                Ok(k) => {
                    catalog.kommuner = Some(InFile {
                        path: file.path.clone(),
                        value: k,
                    })
                }
                Err(e) => errors.push(e),
            },
            ["national", "pages", _] => match deserialize::<RawPage>(file) {
                Ok(page) => catalog.pages.push(InFile {
                    path: file.path.clone(),
                    value: page,
                }),
                Err(e) => errors.push(e),
            },
            [folder, "municipality.toml"] if *folder != "national" => {
                match deserialize::<RawMunicipality>(file) {
                    Ok(m) => {
                        folders.entry(folder.to_string()).or_default().0 = Some(InFile {
                            path: file.path.clone(),
                            value: m,
                        })
                    }
                    Err(e) => errors.push(e),
                }
            }
            [folder, "services", _] if *folder != "national" => {
                match deserialize::<RawService>(file) {
                    Ok(s) => folders
                        .entry(folder.to_string())
                        .or_default()
                        .1
                        .push(InFile {
                            path: file.path.clone(),
                            value: s,
                        }),
                    Err(e) => errors.push(e),
                }
            }
            _ => errors.push(err(
                &file.path,
                "",
                "unexpected file: see seeds/FORMAT.md for where files go",
            )),
        }
    }

    for (folder, (municipality, mut services)) in folders {
        let Some(municipality) = municipality else {
            errors.push(err(
                &format!("seeds/{folder}/municipality.toml"),
                "",
                "missing: a municipality folder with services needs a municipality.toml",
            ));
            continue;
        };
        services.sort_by(|a, b| {
            natural_cmp(&a.value.section, &b.value.section).then(a.value.id.cmp(&b.value.id))
        });
        catalog.municipalities.push(RawMunicipalityFolder {
            folder,
            municipality,
            services,
        });
    }
    if errors.is_empty() {
        Ok(catalog)
    } else {
        Err(errors)
    }
}

/// Compares "2.10" after "2.9" and "82a" after "82".
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    fn chunks(s: &str) -> Vec<(u64, String)> {
        let mut out = Vec::new();
        let mut chars = s.chars().peekable();
        while let Some(&c) = chars.peek() {
            if c.is_ascii_digit() {
                let mut n = 0u64;
                while let Some(&d) = chars.peek() {
                    if let Some(v) = d.to_digit(10) {
                        n = n.saturating_mul(10).saturating_add(v as u64);
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push((n, String::new()));
            } else {
                let mut t = String::new();
                while let Some(&d) = chars.peek() {
                    if d.is_ascii_digit() {
                        break;
                    }
                    t.push(d);
                    chars.next();
                }
                out.push((u64::MAX, t));
            }
        }
        out
    }
    chunks(a).cmp(&chunks(b))
}

/// A sort key in Danish alphabetical order (æ, ø, å last).
pub fn danish_key(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .map(|c| match c {
            'æ' => '\u{10001}',
            'ø' => '\u{10002}',
            'å' => '\u{10003}',
            c => c,
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Text rules
// ---------------------------------------------------------------------------------------

/// Parses a Danish number into hundredths: `"1.105"` → 110500, `"93,38"` → 9338,
/// `"1.530,50"` → 153050, `"15"` → 1500. Thousands groups must have three digits.
pub fn parse_danish_number(s: &str) -> Option<i64> {
    let s = s.trim();
    let (int, dec) = match s.split_once(',') {
        Some((i, d)) => (i, Some(d)),
        None => (s, None),
    };
    if int.is_empty() {
        return None;
    }
    let groups: Vec<&str> = int.split('.').collect();
    if groups
        .iter()
        .any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return None;
    }
    let digits: String = groups.concat();
    let whole: i64 = digits.parse().ok()?;
    let frac: i64 = match dec {
        None => 0,
        Some(d) if d.len() == 1 && d.bytes().all(|b| b.is_ascii_digit()) => {
            d.parse::<i64>().ok()? * 10
        }
        Some(d) if d.len() == 2 && d.bytes().all(|b| b.is_ascii_digit()) => d.parse().ok()?,
        Some(_) => return None,
    };
    whole.checked_mul(100)?.checked_add(frac)
}

/// Parses a fact value: a Danish number, or a range of two (`"3-6"`, `"545–1.530"`).
/// Returns (low, high) in hundredths; high = low for a single number.
pub fn parse_fact_value(s: &str) -> Option<(i64, i64)> {
    if let Some(v) = parse_danish_number(s) {
        return Some((v, v));
    }
    let (a, b) = s.split_once(['-', '–'])?;
    let (low, high) = (parse_danish_number(a)?, parse_danish_number(b)?);
    (low <= high).then_some((low, high))
}

/// Numbers in a text: (start byte, the number as written, its value in hundredths).
fn numbers(text: &str) -> Vec<(usize, usize, i64)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit()
            && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b','))
        {
            let start = i;
            let mut end = i;
            // digits, with '.' or ',' only between digits
            while end < bytes.len() {
                let separator = (bytes[end] == b'.' || bytes[end] == b',')
                    && end + 1 < bytes.len()
                    && bytes[end + 1].is_ascii_digit();
                if bytes[end].is_ascii_digit() || separator {
                    end += 1;
                } else {
                    break;
                }
            }
            let written = &text[start..end];
            let value = parse_danish_number(written)
                .or_else(|| {
                    written
                        .split(['.', ','])
                        .next()
                        .and_then(|w| w.parse::<i64>().ok())
                        .map(|v| v * 100)
                })
                .unwrap_or(0);
            out.push((start, end, value));
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// The word right after byte `end` (skipping spaces), lower case.
fn next_word(text: &str, end: usize) -> String {
    text[end..]
        .trim_start_matches([' ', '\u{a0}', '\t'])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// Words that make a number a duration (days, weeks, months, hours).
const DURATION_WORDS: &[&str] = &[
    "dag",
    "dage",
    "dagen",
    "dages",
    "døgn",
    "døgnet",
    "uge",
    "uger",
    "ugen",
    "ugers",
    "måned",
    "måneder",
    "måneden",
    "måneders",
    "time",
    "timer",
    "timen",
    "timers",
];

/// An amount in kroner inside a text ("93 kr.", "1.105 kroner", "kr. 500"), if any.
pub fn find_kroner(text: &str) -> Option<String> {
    for (start, end, _) in numbers(text) {
        let word = next_word(text, end);
        if word == "kr" || word == "kroner" || word == "kroners" {
            let shown: String = text[start..].chars().take(end - start + 4).collect();
            return Some(shown.trim().to_string());
        }
    }
    let lower = text.to_lowercase();
    for (pos, _) in lower.match_indices("kr.") {
        let before_ok = pos == 0 || !lower[..pos].chars().last().unwrap().is_alphabetic();
        let after = lower[pos + 3..].trim_start();
        if before_ok && after.starts_with(|c: char| c.is_ascii_digit()) {
            let shown: String = text[pos..].chars().take(10).collect();
            return Some(shown.trim().to_string());
        }
    }
    None
}

/// Durations in a text: (the number and word as written, value in hundredths).
pub fn durations(text: &str) -> Vec<(String, i64)> {
    let mut out = Vec::new();
    for (start, end, value) in numbers(text) {
        let word = next_word(text, end);
        if DURATION_WORDS.contains(&word.as_str()) {
            out.push((format!("{} {}", &text[start..end], word), value));
        }
    }
    out
}

/// Checks one free text: no kroner, only durations in `allowed` (hundredths).
fn check_text(
    errors: &mut Vec<ContentError>,
    path: &str,
    field: &str,
    text: &str,
    allowed: &BTreeSet<i64>,
    where_allowed: &str,
) {
    if let Some(found) = find_kroner(text) {
        errors.push(err(
            path,
            field,
            format!(
                "amount in kroner in free text ({found:?}): put it in a [[facts]] entry with year and source"
            ),
        ));
    }
    for (found, value) in durations(text) {
        if !allowed.contains(&value) {
            errors.push(err(
                path,
                field,
                format!(
                    "number of days/weeks/months/hours in free text ({found:?}) is not in {where_allowed}: add a fact with year and source, or remove the number"
                ),
            ));
        }
    }
}

/// Lower case with every run of white space as one space (for comparing quotes).
pub fn normalize(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Every run of ASCII digits in a text, as a number ("nr. 798 af 7. august 2019" → 798, 7,
/// 2019; "6.540" → 6, 540).
pub fn number_tokens(text: &str) -> Vec<u64> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|t| !t.is_empty())
        .filter_map(|t| t.parse().ok())
        .collect()
}

/// Law and executive-order citations in a text: the number after "nr.", "L", "LBK" or
/// "BEK" ("lovbekendtgørelse nr. 155", "L 201", "BEK nr. 1070", "LBK 261/2024",
/// "§ 1, nr. 4"), as (the words as written, the number).
pub fn citation_numbers(text: &str) -> Vec<(String, u64)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let bare = word.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ';' | ':'));
        let keyword = matches!(bare, "L" | "LBK" | "BEK" | "lbk" | "bek")
            || bare.eq_ignore_ascii_case("nr.")
            || bare.eq_ignore_ascii_case("nr");
        if !keyword {
            continue;
        }
        let mut j = i + 1;
        // "BEK nr. 1070": the number comes after "nr.".
        if j < words.len() && !bare.to_lowercase().starts_with("nr") {
            let next = words[j].trim_matches(|c: char| matches!(c, '(' | ')'));
            if next.eq_ignore_ascii_case("nr.") || next.eq_ignore_ascii_case("nr") {
                j += 1;
            }
        }
        let Some(next) = words.get(j) else { continue };
        let digits: String = next
            .trim_start_matches('(')
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        if let Ok(n) = digits.parse::<u64>() {
            out.push((format!("{bare} {digits}"), n));
        }
    }
    out
}

/// Citations in a text must be attested: every law or executive-order number
/// ([`citation_numbers`]) must be one that a document's evidence quotes.
fn check_citations(
    errors: &mut Vec<ContentError>,
    path: &str,
    field: &str,
    text: &str,
    attested: &BTreeSet<u64>,
) {
    for (shown, n) in citation_numbers(text) {
        if !attested.contains(&n) {
            errors.push(err(
                path,
                field,
                format!(
                    "citation {shown:?} is in no source: no document's evidence quotes the number {n} (cite a document of documents.toml, or leave the number out)"
                ),
            ));
        }
    }
}

/// A document's evidence, joined, normalized: what its citation may use.
#[derive(Debug, Clone, Default)]
struct DocInfo {
    year: Option<u16>,
    attested: String,
    url: Option<String>,
}

impl DocInfo {
    fn has_number(&self, n: u64) -> bool {
        number_tokens(&self.attested).contains(&n)
    }
}

/// `https://<host>` (with an optional trailing `/`): the host, else `None`.
fn bare_host(url: &str) -> Option<&str> {
    let host = url.strip_prefix("https://")?.trim_end_matches('/');
    (!host.is_empty() && !host.contains(['/', '?', '#'])).then_some(host)
}

/// `https://www.retsinformation.dk/eli/lta/<year>/<number>`: (year, number).
fn retsinformation_eli(url: &str) -> Option<(u64, u64)> {
    let rest = url.strip_prefix("https://www.retsinformation.dk/eli/lta/")?;
    let (year, number) = rest.split_once('/')?;
    Some((year.parse().ok()?, number.parse().ok()?))
}

/// The landing page of the law site: a link that asserts no consolidation number.
pub const RETSINFORMATION: &str = "https://www.retsinformation.dk";

// ---------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------

/// Ids are lower-case ASCII letters, digits and hyphens (they are used in URLs).
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

struct Ctx<'a> {
    documents: BTreeSet<&'a str>,
    /// Each document's year, evidence (normalized) and address.
    docs: BTreeMap<&'a str, DocInfo>,
    /// The law and executive-order numbers some document's evidence quotes.
    citations: BTreeSet<u64>,
    paragraphs: BTreeSet<&'a str>,
    /// Documents with `kind = "register"`: never the source of a legal statement.
    registers: BTreeSet<&'a str>,
    errors: Vec<ContentError>,
}

impl Ctx<'_> {
    fn push(&mut self, path: &str, field: impl Into<String>, message: impl Into<String>) {
        self.errors.push(err(path, field, message));
    }

    fn non_empty(&mut self, path: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(path, field, "must not be empty");
        }
    }

    fn non_empty_opt(&mut self, path: &str, field: &str, value: &Option<String>) {
        if let Some(v) = value {
            self.non_empty(path, field, v);
        }
    }

    fn list_items(&mut self, path: &str, field: &str, items: &[String]) {
        for (i, item) in items.iter().enumerate() {
            self.non_empty(path, &format!("{field}[{i}]"), item);
        }
    }

    fn id(&mut self, path: &str, field: &str, id: &str) {
        if !valid_id(id) {
            self.push(
                path,
                field,
                format!("{id:?} is not a valid id (use a-z, 0-9 and -, e.g. \"ledsageordning\")"),
            );
        }
    }

    fn https(&mut self, path: &str, field: &str, url: &str) {
        if !url.starts_with("https://") || url.len() <= "https://".len() {
            self.push(path, field, format!("{url:?} must be an https:// URL"));
        }
    }

    fn source(&mut self, path: &str, field: &str, source: &RawSource) {
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
    fn citations_in(&mut self, path: &str, field: &str, text: &str) {
        let citations = self.citations.clone();
        check_citations(&mut self.errors, path, field, text, &citations);
    }

    /// A year given for a value from `document` is not a guess: it is the document's own
    /// year or a year its evidence quotes.
    fn year_attested(&mut self, path: &str, field: &str, year: u16, document: &str) {
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

    fn paragraph_key(&mut self, path: &str, field: &str, key: &str) {
        if !self.paragraphs.contains(key) {
            self.push(
                path,
                field,
                format!("unknown paragraph {key:?} (not in national/paragraphs.toml)"),
            );
        }
    }

    fn year(&mut self, path: &str, field: &str, year: u16) {
        if !(1990..=2100).contains(&year) {
            self.push(
                path,
                field,
                format!("year {year} must be between 1990 and 2100"),
            );
        }
    }

    /// Validates facts; returns their values (hundredths) for the text rule.
    fn facts(&mut self, path: &str, field: &str, facts: &[RawFact]) -> BTreeSet<i64> {
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
                url: d.url.clone(),
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

/// Every free text of the catalogue with its file and field.
fn all_texts(catalog: &RawCatalog) -> Vec<(&str, String, &str)> {
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
fn validate_floor(
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
fn validate_kommuner(ctx: &mut Ctx<'_>, catalog: &RawCatalog) {
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
fn inconsistency_texts(items: &[RawInconsistency]) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = Vec::new();
    for (i, inc) in items.iter().enumerate() {
        out.push((format!("inconsistencies[{i}].text"), &inc.text));
        for (j, r) in inc.readings.iter().enumerate() {
            out.push((format!("inconsistencies[{i}].readings[{j}]"), r));
        }
    }
    out
}

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
fn document_citation(ctx: &mut Ctx<'_>, path: &str, f: &str, d: &RawDocument) {
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
fn inconsistencies(
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

fn validate_municipality(
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
fn contact_attested(ctx: &mut Ctx<'_>, path: &str, m: &RawMunicipality) {
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

fn validate_service(
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
    out
}

// ---------------------------------------------------------------------------------------
// Code generation: the catalogue as a Rust expression of type `model::Catalog`
// ---------------------------------------------------------------------------------------

fn lit(s: &str) -> String {
    // Debug formatting of a str is a valid Rust string literal.
    format!("{s:?}")
}

fn opt_lit(s: &Option<String>) -> String {
    match s {
        Some(s) => format!("Some({})", lit(s)),
        None => "None".to_string(),
    }
}

fn slice<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    let inner: Vec<String> = items.iter().map(f).collect();
    format!("&[{}]", inner.join(", "))
}

fn strs(items: &[String]) -> String {
    slice(items, |s| lit(s))
}

fn gen_source(s: &RawSource) -> String {
    format!(
        "Source {{ document: {}, section: {} }}",
        lit(&s.document),
        lit(&s.section)
    )
}

fn gen_fact(f: &RawFact) -> String {
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

fn gen_document(d: &RawDocument, municipality: Option<&str>) -> String {
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

fn gen_inconsistency(i: &RawInconsistency) -> String {
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
fn gen_floor(p: &RawParagraph) -> String {
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
        "Some(&Kvalitetsstandard {{ id: {}, municipality: \"\", section: {}, paragraphs: &[{}], title: {}, situations: {}, keywords: &[], summary: {}, who: {}, purpose: {}, included: &[], not_included: &[], scope: \"\", place: \"\", follow_up: \"\", free_choice: \"\", how_to_apply: {}, processing_time: None, processing_time_note: None, see_also: &[], source: {}, sources: &[{}], criteria: {}, egenbetaling: Egenbetaling {{ kind: Egenbetalingsform::{:?}, text: {}, self_paid: &[], facts: &[] }}, facts: {}, elaboration: None, inconsistencies: &[] }})",
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
    )
}

fn gen_paragraph(p: &RawParagraph, catalog: &RawCatalog) -> String {
    format!(
        "Paragraph {{ key: {}, law: Lov::{:?}, label: {}, title: {}, plain: {}, kind: Pligt::{:?}, complaint: Klageadgang::{:?}, complaint_note: {}, national: {}, url: {}, url_document: {}, source: {}, facts: {}, inconsistencies: {}, floor: {} }}",
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
    )
}

fn gen_term(t: &RawTerm) -> String {
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

fn gen_page(p: &RawPage) -> String {
    format!(
        "Page {{ id: {}, title: {}, summary: {}, sections: {}, facts: {} }}",
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
    )
}

fn gen_processing_time(pt: &RawProcessingTime) -> String {
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

fn gen_service(municipality: &str, s: &RawService) -> String {
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
        "Kvalitetsstandard {{ id: {}, municipality: {}, section: {}, paragraphs: {}, title: {}, situations: {}, keywords: {}, summary: {}, who: {}, purpose: {}, included: {}, not_included: {}, scope: {}, place: {}, follow_up: {}, free_choice: {}, how_to_apply: {}, processing_time: {}, processing_time_note: {}, see_also: {}, source: {}, sources: &[{}], criteria: {}, egenbetaling: {}, facts: {}, elaboration: {}, inconsistencies: {} }}",
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
    )
}

/// A municipality of the register without a folder: its name and code, nothing else.
fn gen_register_municipality(k: &RawKommune, source: &RawSource) -> String {
    format!(
        "Municipality {{ id: {}, name: {}, code: Some({}), own_data: false, department: None, address: &[], email: None, phone: None, website: None, source: {}, phone_hours: &[], processing_times: &[], services: &[] }}",
        lit(&k.id),
        lit(&k.navn),
        k.kode,
        gen_source(source),
    )
}

fn gen_municipality(folder: &RawMunicipalityFolder, code: Option<u16>) -> String {
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
    out.push_str(
        "// @generated by build.rs from seeds/ (src/domain/content/raw.rs). Do not edit.\n",
    );
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

// ---------------------------------------------------------------------------------------
// A small sample catalogue (every field used). build.rs turns it into the unit tests'
// fixture; the tests break it one field at a time to check the rules.
// ---------------------------------------------------------------------------------------

/// The sample files, as (path under seeds/, text).
pub const SAMPLE: &[(&str, &str)] = &[
    (
        "national/documents.toml",
        r#"
[[document]]
id = "serviceloven"
title = "Lov om social service, lovbekendtgørelse nr. 798 af 7. august 2019"
year = 2019
url = "https://www.retsinformation.dk/eli/lta/2019/798"
evidence = [
  { origin = "seed-002", section = "3.1", quote = "Lov nr. 573 af 24. juni 2005, jf. lovbekendtgørelse nr. 798 af 7. august 2019" },
]

[[document]]
id = "sm-satser-2023"
title = "Satser 2023 (sm.dk)"
year = 2023
url = "https://www.sm.dk"
evidence = [{ origin = "domain-facts", section = "1", quote = "sm.dk satser 2023, voksne" }]
"#,
    ),
    (
        "national/paragraphs.toml",
        r#"
[[paragraph]]
key = "85"
law = "serviceloven"
label = "§ 85"
title = "Socialpædagogisk støtte"
plain = "Kommunen skal hjælpe dig, så du kan klare mere selv."
kind = "skal"
complaint = "ankestyrelsen"
national = "Du kan få støtte i dit hjem til at klare din hverdag."
url = "https://www.retsinformation.dk/eli/lta/2019/798#P85"
source = { document = "serviceloven", section = "§ 85" }

[[paragraph]]
key = "101"
law = "serviceloven"
label = "§ 101"
title = "Behandling for stofmisbrug"
plain = "Kommunen skal give dig gratis behandling, hvis du tager stoffer. Den skal starte senest 14 dage efter, at du har spurgt."
kind = "skal"
complaint = "delvis"
complaint_note = "Du kan klage over nogle af afgørelserne."
national = "Du kan få hjælp til at holde op med at tage stoffer."
url = "https://www.retsinformation.dk/eli/lta/2019/798#P101"
source = { document = "serviceloven", section = "§ 101" }
  [[paragraph.facts]]
  id = "behandlingsgaranti"
  label = "Behandlingen starter senest"
  kind = "deadline"
  value = "14"
  unit = "dage"
  year = 2019
  source = { document = "serviceloven", section = "§ 101, stk. 3" }

[[paragraph]]
key = "97"
law = "serviceloven"
label = "§ 97"
title = "Ledsageordning"
plain = "Kommunen skal give dig en ledsager, hvis du ikke kan gå ud alene."
kind = "skal"
complaint = "ankestyrelsen"
national = "Du kan få en ledsager, der går med dig ud."
url = "https://www.retsinformation.dk/eli/lta/2019/798#P97"
source = { document = "serviceloven", section = "§ 97" }

[[paragraph]]
key = "99"
law = "serviceloven"
label = "§ 99"
title = "Støtte- og kontaktperson"
plain = "Kommunen skal have en kontaktperson til dig, der er meget alene."
kind = "skal"
complaint = "uafklaret"
national = "En medarbejder kan opsøge dig og hjælpe dig."
url = "https://www.retsinformation.dk"
source = { document = "serviceloven", section = "§ 99" }
  [[paragraph.inconsistencies]]
  id = "klage"
  part = "complaint"
  text = "Kilderne siger to ting om klage."
  readings = ["Du kan klage.", "Du kan ikke klage."]
  sources = [{ document = "serviceloven", section = "§ 99" }, { document = "testby-2020", section = "2.10" }]

[[paragraph]]
key = "109"
law = "serviceloven"
label = "§ 109"
title = "Krisecenter"
plain = "Kommunen skal give dig et sted at bo, hvis du er udsat for vold."
kind = "skal"
complaint = "ankestyrelsen"
national = "Du kan bo på et krisecenter, hvis du er udsat for vold."
url = "https://www.retsinformation.dk/eli/lta/2019/798#P109"
source = { document = "serviceloven", section = "§ 109" }

[[paragraph]]
key = "110"
law = "serviceloven"
label = "§ 110"
title = "Forsorgshjem"
plain = "Kommunen skal give dig et sted at bo, hvis du ikke har en bolig."
kind = "ikke-oplyst"
complaint = "ankestyrelsen"
national = "Du kan bo på et forsorgshjem, hvis du er hjemløs."
url = "https://www.retsinformation.dk/eli/lta/2019/798#P110"
source = { document = "serviceloven", section = "§ 110" }
"#,
    ),
    (
        "national/glossary.toml",
        r#"
[[term]]
id = "visitation"
term = "Visitation"
forms = ["visitation", "visiteret", "visiteres"]
plain = "Kommunen ser på, hvad du har brug for, og beslutter, hvad du kan få."
source = { document = "testby-2020", section = "1.4" }

[[term]]
id = "egenbetaling"
term = "Egenbetaling"
forms = ["egenbetaling"]
plain = "Det, du selv skal betale."
source = { document = "testby-2020", section = "1.5" }
"#,
    ),
    (
        "national/pages/saadan-klager-du.toml",
        r#"
id = "saadan-klager-du"
title = "Sådan klager du"
summary = "Er du uenig i en afgørelse, kan du klage."
[[section]]
heading = "Klagefrist"
paragraphs = ["Du skal klage inden 4 uger.", "Du klager til kommunen."]
list = ["Skriv, hvad du er uenig i."]
source = { document = "serviceloven", section = "§ 166" }
[[facts]]
id = "klagefrist"
label = "Klagefrist"
kind = "deadline"
value = "4"
unit = "uger"
year = 2019
source = { document = "serviceloven", section = "§ 166" }
"#,
    ),
    (
        "testby/municipality.toml",
        r#"
id = "testby"
name = "Testby Kommune"
department = "Socialafdelingen"
address = ["Torvet 1", "9999 Testby"]
email = "social@testby.dk"
phone = "11 22 33 44"
website = "https://www.testby.dk"
source = { document = "testby-2020", section = "Kontakt" }

[[phone_hours]]
who = "Hovedtelefonen"
when = "Mandag til fredag kl. 10.00–12.00"

[[documents]]
id = "testby-2020"
title = "Kvalitetsstandarder 2020"
publisher = "Testby Kommune"
year = 2020
url = "https://www.testby.dk"
evidence = [
  { origin = "seed-002", section = "Forside", quote = "Testby Kommunes kvalitetsstandarder 2020" },
  { origin = "seed-002", section = "Kontakt", quote = "Torvet 1 9999 Testby E-mail: social@testby.dk Telefon: 11 22 33 44 www.testby.dk" },
]

[[documents]]
id = "testby-99"
title = "Faglig uddybning af § 99"
evidence = [{ origin = "seed-004", section = "Overskrift", quote = "Faglig uddybning af § 99" }]

[[processing_times]]
id = "bostoette"
label = "Socialpædagogisk støtte"
paragraphs = ["85"]
source = { document = "testby-2020", section = "1.4.5" }
year = 2020
  [[processing_times.variants]]
  case = "Ny ansøgning"
  weeks = 6
  [[processing_times.variants]]
  case = "Ændring"
  weeks = 4

[[processing_times]]
id = "krisecenter"
label = "Krisecenter"
paragraphs = ["109"]
source = { document = "testby-2020", section = "1.4.5" }
year = 2020
  [[processing_times.variants]]
  none = "Der er ingen ansøgning. Du kontakter selv krisecentret."
"#,
    ),
    (
        "testby/services/bostoette.toml",
        r#"
id = "bostoette"
section = "2.6"
paragraphs = ["85"]
title = "Socialpædagogisk støtte"
situations = ["hverdag-og-bolig", "psykisk-saarbarhed"]
keywords = ["bostøtte", "støtte i eget hjem"]
summary = "Du kan få støtte i dit hjem, så du kan klare mere selv."
who = "Støtten er for dig, der har svært ved at klare din hverdag."
purpose = "Du skal kunne klare mere selv."
included = ["Hjælp til at få struktur på dagen.", "Hjælp til at handle ind."]
not_included = ["Rengøring."]
scope = "Du får støtte efter behov. Vi ser på det igen efter 6 uger."
place = "I dit hjem."
follow_up = "Vi følger op en gang om året."
free_choice = "Du kan ikke vælge, hvem der giver støtten."
how_to_apply = "Ring til Socialafdelingen."
processing_time = "bostoette"
see_also = ["testby/krisecenter", "andeby/rengoering"]
source = { document = "testby-2020", section = "2.6" }

[sources]
egenbetaling = { document = "sm-satser-2023", section = "Bostøtte" }

[criteria]
text = "Kommunen ser på, hvad du kan klare selv."
visitation = true
anonymous = false
min_age = 18
max_age = "folkepensionsalder"
exclusions = ["Ikke hvis dit største problem er misbrug."]
exclusion_tags = ["misbrug"]
needs = ["psykisk-funktion"]
vum_rule = "all"
  [[criteria.vum]]
  theme = "praktiske-opgaver"
  min_level = 2
  max_level = 4
  note = "Moderat til fuldstændigt problem."

[egenbetaling]
kind = "none"
text = "Støtten er gratis."
self_paid = ["Dine egne udgifter, når du er ude."]
"#,
    ),
    (
        "testby/services/krisecenter.toml",
        r#"
id = "krisecenter"
section = "2.19"
paragraphs = ["109"]
title = "Ophold på krisecenter"
situations = ["vold-og-krise"]
keywords = ["vold i hjemmet"]
summary = "Er du udsat for vold, kan du bo på et krisecenter."
who = "Det er for kvinder, der er udsat for vold."
purpose = "Du skal være i sikkerhed."
included = ["Et sted at bo.", "Samtaler."]
scope = "Du kan bo der, så længe du har brug for det."
place = "På krisecentret."
follow_up = "Krisecentret taler med dig om din plan."
free_choice = "Du vælger selv krisecenter."
how_to_apply = "Du kontakter selv krisecentret. Du kan være anonym."
processing_time = "krisecenter"
source = { document = "testby-2020", section = "2.19" }

[criteria]
text = "Du kan selv henvende dig."
visitation = false
anonymous = true

[egenbetaling]
kind = "rate"
text = "Du betaler for hvert døgn."
facts = ["egenbetaling-doegn"]

[[facts]]
id = "egenbetaling-doegn"
label = "Egenbetaling pr. døgn"
kind = "amount"
value = "93,38"
unit = "kr. pr. døgn"
year = 2023
source = { document = "sm-satser-2023", section = "Krisecentre § 109" }
"#,
    ),
    (
        "testby/services/kontaktperson.toml",
        r#"
id = "kontaktperson"
section = "2.10"
paragraphs = ["99"]
title = "Støtte- og kontaktperson"
situations = ["psykisk-saarbarhed", "hjemloeshed"]
summary = "En medarbejder kan opsøge dig og hjælpe dig."
who = "Det er for dig, der er meget alene."
purpose = "Du skal få kontakt til andre."
included = ["Samtaler."]
scope = "Efter behov."
place = "Der, hvor du er."
follow_up = "Medarbejderen taler med dig om, hvordan det går."
free_choice = "Du kan ikke vælge medarbejder."
how_to_apply = "Du behøver ikke søge."
processing_time_note = "Der er ingen ansøgning."
source = { document = "testby-2020", section = "2.10" }

[criteria]
text = "Medarbejderne vurderer, om du er i målgruppen."
visitation = false

[egenbetaling]
kind = "none"
text = "Det er gratis."

[elaboration]
title = "Faglig uddybning"
paragraphs = ["Medarbejderne møder dig på gaden."]
list = ["At bryde ensomhed."]
source = { document = "testby-99", section = "Faglig uddybning af § 99" }
"#,
    ),
    (
        "andeby/municipality.toml",
        r#"
id = "andeby"
name = "Andeby Kommune"
source = { document = "andeby-85", section = "Forside" }

[[documents]]
id = "andeby-85"
title = "§ 85 – Socialpædagogisk støtte"
publisher = "Andeby Kommune"
evidence = [{ origin = "seed-003", section = "Forside", quote = "§ 85 – Socialpædagogisk støtte … Andeby Kommune" }]
"#,
    ),
    (
        "andeby/services/rengoering.toml",
        r#"
id = "rengoering"
section = "Rengøring"
paragraphs = ["85"]
title = "Træning i at gøre rent"
situations = ["hverdag-og-bolig"]
keywords = ["rengøring", "gøre rent", "støvsuge"]
summary = "Du kan lære at holde dit hjem rent."
who = "Det er for dig, der har svært ved at gøre rent."
purpose = "Du skal kunne gøre rent selv."
included = ["Træning i at gøre rent."]
scope = "Støtten kan komme med op til 4 ugers mellemrum."
place = "I dit hjem."
follow_up = "Spørg din sagsbehandler."
free_choice = "Kommunen vælger, hvem der giver støtten."
how_to_apply = "Søg hos kommunen."
processing_time_note = "Kommunen siger, hvor lang tid det tager."
see_also = ["testby/bostoette"]
source = { document = "andeby-85", section = "Rengøring" }

[criteria]
text = "Du skal have moderate eller svære problemer med praktiske opgaver."
visitation = true
  [[criteria.vum]]
  theme = "praktiske-opgaver"
  min_level = 2
  max_level = 3

[egenbetaling]
kind = "none"
text = "Du betaler ikke for støtten."

[[facts]]
id = "laengste-mellemrum"
label = "Længste tid mellem to gange"
kind = "deadline"
value = "4"
unit = "uger"
year = "ikke-oplyst"
source = { document = "andeby-85", section = "Rengøring" }

[[inconsistencies]]
id = "vum-niveau"
part = "criteria"
text = "Kilden skriver både svære og fuldstændige problemer og kun op til svære."
readings = ["Niveau 2 til 3 er med.", "Niveau 2 til 4 er med."]
sources = [{ document = "andeby-85", section = "Rengøring" }]
screener = { vum_levels = [4] }
"#,
    ),
];

/// The sample as seed files (paths `seeds/…`).
pub fn sample_files() -> Vec<SeedFile> {
    SAMPLE
        .iter()
        .map(|(path, text)| SeedFile {
            path: format!("seeds/{path}"),
            text: text.to_string(),
        })
        .collect()
}
