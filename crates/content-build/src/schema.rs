//! The raw (deserialized) types: one-to-one with seeds/FORMAT.md.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::satser;

use crate::kinds::{
    Egenbetalingsform, ExclusionTag, FactKind, Klageadgang, Livssituation, Lov, MaxAge, Pligt,
    VumRegel, VumTema,
};

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
pub(crate) struct DocumentsFile {
    #[serde(default, alias = "documents")]
    pub(crate) document: Vec<RawDocument>,
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

/// `[easy]`: the easy-read ("Let dansk") version of a service or paragraph, written by us
/// from our own text: short sentences, everyday words, LIX ≤ 25 (tests/content_lix.rs).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEasy {
    /// Hvad er det?
    pub what: String,
    /// Hvem er det for?
    pub who: String,
    /// Hvad kan du få?
    pub get: String,
    /// Hvordan spørger du?
    pub ask: String,
    /// Hvad koster det?
    pub cost: String,
}

impl RawEasy {
    /// The five texts with their field names, in reading order.
    pub fn fields(&self) -> [(&'static str, &str); 5] {
        [
            ("what", &self.what),
            ("who", &self.who),
            ("get", &self.get),
            ("ask", &self.ask),
            ("cost", &self.cost),
        ]
    }
}

/// `[[easy]]` on a general page: a short heading and its easy-read text.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEasySection {
    pub heading: String,
    pub text: String,
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
    /// `[paragraph.easy]`: the easy-read version.
    #[serde(default)]
    pub easy: Option<RawEasy>,
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
pub(crate) struct ParagraphsFile {
    #[serde(default, alias = "paragraphs")]
    pub(crate) paragraph: Vec<RawParagraph>,
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
pub(crate) struct GlossaryFile {
    #[serde(default, alias = "terms")]
    pub(crate) term: Vec<RawTerm>,
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
    /// `[[easy]]`: the easy-read version, in short sections.
    #[serde(default)]
    pub easy: Vec<RawEasySection>,
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

pub(crate) fn default_vum_rule() -> VumRegel {
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
    /// `[easy]`: the easy-read version.
    #[serde(default)]
    pub easy: Option<RawEasy>,
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
