//! The typed content model: static data generated at build time from seeds/ (see build.rs).
//!
//! Every value is `'static`: the catalogue is compiled into the program as Rust data, so the
//! browser parses nothing. Texts are plain Danish written for citizens; amounts and
//! deadlines are never inside texts but in [`Fact`]s with year and source.

use super::kinds::{
    Egenbetalingsform, ExclusionTag, FactKind, Klageadgang, Livssituation, Lov, MaxAge, Part,
    Pligt, VumRegel, VumTema,
};

/// Where a statement comes from: a document and a section or page in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Document id (see [`Document`]).
    pub document: &'static str,
    /// Section, page or paragraph in the document.
    pub section: &'static str,
}

/// A source document (national, or a municipality's own). Its title, publisher, year and
/// address come from the evidence in seeds/ (a quote from a source document or the domain
/// facts; checked at build time), so a field the sources do not give is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Document {
    pub id: &'static str,
    pub title: &'static str,
    /// The publisher, when the sources name it.
    pub publisher: Option<&'static str>,
    /// Publication year, when the sources state one.
    pub year: Option<u16>,
    pub url: Option<&'static str>,
    /// `None` for national documents, else the municipality that published it.
    pub municipality: Option<&'static str>,
}

impl Document {
    /// The Fluent id and arguments of a source line for a section of this document
    /// ("<title> (<publisher>, <year>), afsnit <section>"), with "year not stated" and
    /// "publisher not stated" spelt out rather than guessed.
    pub fn source_line(
        &self,
        section: &'static str,
    ) -> (&'static str, Vec<(&'static str, String)>) {
        let mut args = vec![
            ("document", self.title.to_string()),
            ("section", section.to_string()),
        ];
        if let Some(p) = self.publisher {
            args.push(("publisher", p.to_string()));
        }
        if let Some(y) = self.year {
            args.push(("year", y.to_string()));
        }
        let id = match (self.publisher, self.year) {
            (Some(_), Some(_)) => "source-line",
            (Some(_), None) => "source-line-noyear",
            (None, Some(_)) => "source-line-nopublisher",
            (None, None) => "source-line-nopublisher-noyear",
        };
        (id, args)
    }
}

/// The year a fact's value holds for: stated by the source, or not stated (never guessed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FactYear {
    /// The year the value holds for ("2023-niveau").
    Stated(u16),
    /// The source states no year (show "år ikke oplyst i kilden").
    NotStated,
}

impl FactYear {
    /// The year, when the source states one.
    pub const fn number(self) -> Option<u16> {
        match self {
            FactYear::Stated(y) => Some(y),
            FactYear::NotStated => None,
        }
    }
}

/// What the screener does with answers on which the readings of an [`Inconsistency`]
/// disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InconsistencyScreener {
    /// These VUM levels are inside the ranges in one reading and outside in the other.
    VumLevels(&'static [u8]),
    /// The other reading of how several VUM ranges combine.
    VumRule(VumRegel),
    /// This exclusion holds in one reading and not in the other.
    ExclusionTag(ExclusionTag),
}

/// A place where the sources disagree or can be read in two ways ("Kilden er ikke
/// entydig"): shown to the user with both readings and the sources, never resolved
/// silently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inconsistency {
    pub id: &'static str,
    /// The part of the page it belongs to: a [`Part`]'s spelling for a service, or
    /// `plain` / `national` / `kind` / `complaint` for a paragraph.
    pub part: &'static str,
    /// What is unclear, in plain Danish.
    pub text: &'static str,
    /// The two readings.
    pub readings: &'static [&'static str],
    pub sources: &'static [Source],
    /// Services only: how the screener treats the answers the readings disagree on.
    pub screener: Option<InconsistencyScreener>,
}

impl Inconsistency {
    /// Whether it belongs to this part of a service.
    pub fn is_part(&self, part: Part) -> bool {
        self.part == part.as_str()
    }
}

/// A fact: an amount, a deadline, a number of hours or an age, with its year and source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fact {
    pub id: &'static str,
    pub label: &'static str,
    pub kind: FactKind,
    /// As written in the data, e.g. `"93,38"`, `"1.105"`, `"15"`.
    pub value: &'static str,
    /// The value in hundredths (øre for amounts): `"93,38"` → 9338. For a range
    /// (`"3-6"`) the lower end.
    pub hundredths: i64,
    /// For a range (`"3-6"`, `"545–1.530"`): the upper end in hundredths.
    pub range_end: Option<i64>,
    /// e.g. `"kr. pr. døgn"`, `"uger"`, `"timer pr. måned"`.
    pub unit: &'static str,
    /// The year the value holds for ("2023-niveau"), or not stated by the source.
    pub year: FactYear,
    pub source: Source,
}

impl Fact {
    /// The value with its unit, e.g. `"93,38 kr. pr. døgn"`.
    pub fn display(&self) -> String {
        format!("{} {}", self.value, self.unit)
    }
}

/// A paragraph of the law layer (national, shared by every municipality).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// `"85"`, `"101a"`, `"specialundervisning"`.
    pub key: &'static str,
    pub law: Lov,
    /// `"§ 85"`.
    pub label: &'static str,
    pub title: &'static str,
    /// The plain explanation.
    pub plain: &'static str,
    pub kind: Pligt,
    pub complaint: Klageadgang,
    pub complaint_note: Option<&'static str>,
    /// Short national description, shown when a municipality has no standard for it.
    pub national: &'static str,
    /// A link to the law: the address of a document (with an anchor), or the landing page
    /// of retsinformation.dk when no source gives the law's number.
    pub url: &'static str,
    /// The document `url` is built on, if any (its title and year say which version).
    pub url_document: Option<&'static str>,
    pub source: Source,
    /// Deadlines or amounts the law itself sets (e.g. the § 101 14-day guarantee).
    pub facts: &'static [Fact],
    /// Where the sources disagree about this paragraph.
    pub inconsistencies: &'static [Inconsistency],
    /// The national floor: the law's own criteria as a standard of no municipality
    /// (`municipality == ""`, id `lov-<key>`), weighed by the screener wherever a
    /// municipality has no standard for this paragraph. `None` for a paragraph that is not
    /// help one asks for on its own (§ 105 pay, § 141 handleplan).
    pub floor: Option<&'static Kvalitetsstandard>,
    /// The easy-read version (seeds: `[paragraph.easy]`).
    pub easy: Option<Easy>,
}

/// The easy-read ("Let dansk") version of a service or a paragraph: five short texts in
/// reading order, each LIX ≤ 25 (tests/content_lix.rs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Easy {
    /// Hvad er det?
    pub what: &'static str,
    /// Hvem er det for?
    pub who: &'static str,
    /// Hvad kan du få?
    pub get: &'static str,
    /// Hvordan spørger du?
    pub ask: &'static str,
    /// Hvad koster det?
    pub cost: &'static str,
}

impl Easy {
    /// The five texts with their part, in reading order.
    pub fn parts(&self) -> [(EasyPart, &'static str); 5] {
        [
            (EasyPart::What, self.what),
            (EasyPart::Who, self.who),
            (EasyPart::Get, self.get),
            (EasyPart::Ask, self.ask),
            (EasyPart::Cost, self.cost),
        ]
    }
}

/// The parts of an easy-read text (their headings are UI text, in locales/).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EasyPart {
    What,
    Who,
    Get,
    Ask,
    Cost,
}

impl EasyPart {
    /// A stable name (Fluent keys `easy-<name>`, ids in tests).
    pub fn name(self) -> &'static str {
        match self {
            EasyPart::What => "what",
            EasyPart::Who => "who",
            EasyPart::Get => "get",
            EasyPart::Ask => "ask",
            EasyPart::Cost => "cost",
        }
    }
}

/// A short section of a general page's easy-read version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EasySection {
    pub heading: &'static str,
    pub text: &'static str,
}

/// A glossary term: a legal word with a plain explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    pub id: &'static str,
    pub term: &'static str,
    /// Word forms in texts that link to the term (lower case).
    pub forms: &'static [&'static str],
    pub plain: &'static str,
    pub source: Source,
}

/// A section of a general page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    pub heading: &'static str,
    pub paragraphs: &'static [&'static str],
    pub list: &'static [&'static str],
    pub source: Source,
}

/// A general page (how applying works, complaints, principles).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub id: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub sections: &'static [Section],
    pub facts: &'static [Fact],
    /// The easy-read version (seeds: `[[easy]]`); empty when there is none.
    pub easy: &'static [EasySection],
}

/// When and whom to call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhoneHours {
    pub who: &'static str,
    pub when: &'static str,
}

/// How long a case takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frist {
    Uger(u16),
    Dage(u16),
    /// No processing time, with the plain reason (e.g. "Der er ingen ansøgning …").
    Ingen(&'static str),
}

impl Frist {
    /// Plain Danish: `"12 uger"`, `"14 dage"`, or the reason.
    pub fn text(&self) -> String {
        match *self {
            Frist::Uger(1) => "1 uge".to_string(),
            Frist::Uger(n) => format!("{n} uger"),
            Frist::Dage(1) => "1 dag".to_string(),
            Frist::Dage(n) => format!("{n} dage"),
            Frist::Ingen(reason) => reason.to_string(),
        }
    }
}

/// One case of a processing time (e.g. "Ny ansøgning": 12 uger).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Variant {
    pub case: Option<&'static str>,
    pub frist: Frist,
}

/// A municipality's published processing time for one area (retssikkerhedsloven § 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sagsbehandlingstid {
    pub id: &'static str,
    pub label: &'static str,
    pub paragraphs: &'static [&'static str],
    pub variants: &'static [Variant],
    pub year: u16,
    pub source: Source,
}

impl Sagsbehandlingstid {
    /// Plain Danish, e.g. `"Ny ansøgning: 12 uger. Ændringer: 4 uger."` or `"6 uger."`.
    pub fn text(&self) -> String {
        let parts: Vec<String> = self
            .variants
            .iter()
            .map(|v| match v.case {
                Some(case) => format!("{case}: {}", v.frist.text()),
                None => v.frist.text(),
            })
            .collect();
        let mut text = parts.join(". ");
        if !text.ends_with('.') {
            text.push('.');
        }
        text
    }
}

/// A municipality: contact data, processing times and its service standards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Municipality {
    /// The id in addresses: the folder name under seeds/ for a municipality with data
    /// (`"viborg"`), else the id in national/kommuner.toml (`"aarhus"`).
    pub id: &'static str,
    pub name: &'static str,
    /// The kommunekode (Danmarks Statistik), when the register is there.
    pub code: Option<u16>,
    /// Whether the portal has the municipality's own data (a folder under seeds/): contact
    /// data, processing times or standards. `false`: only its name and code; every answer
    /// comes from the national floor, and the portal says so.
    pub own_data: bool,
    pub department: Option<&'static str>,
    /// Address lines (may be empty when the source gives none).
    pub address: &'static [&'static str],
    pub email: Option<&'static str>,
    pub phone: Option<&'static str>,
    /// Only when the municipality's source document gives it.
    pub website: Option<&'static str>,
    pub source: Source,
    pub phone_hours: &'static [PhoneHours],
    pub processing_times: &'static [Sagsbehandlingstid],
    /// Sorted by section (2.1, 2.2, …, 2.10, …).
    pub services: &'static [Kvalitetsstandard],
}

/// A VUM level range from the municipality's criteria (e.g. Gladsaxe: moderat to svært).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VumKriterium {
    pub theme: VumTema,
    /// 0 intet … 4 fuldstændigt problem.
    pub min_level: u8,
    pub max_level: u8,
    pub note: Option<&'static str>,
    /// The part of the service the range applies to, if only to one (it does not decide).
    pub part: Option<&'static str>,
}

/// How the municipality decides who gets the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kriterier {
    /// Plain description.
    pub text: &'static str,
    /// `false`: no visitation – you contact the place directly.
    pub visitation: bool,
    /// `true`: you can be anonymous.
    pub anonymous: bool,
    pub min_age: Option<u8>,
    pub max_age: Option<MaxAge>,
    /// Plain text, e.g. "Ikke hvis dit største problem er misbrug".
    pub exclusions: &'static [&'static str],
    pub exclusion_tags: &'static [ExclusionTag],
    /// VUM themes that must be present (any level ≥ 1).
    pub needs: &'static [VumTema],
    pub vum: &'static [VumKriterium],
    pub vum_rule: VumRegel,
    /// At least this VUM level in most (more than half) of the themes, if the source says so.
    pub vum_most: Option<u8>,
    /// Paragraph keys that might help instead when the standard probably does not fit.
    pub instead: &'static [&'static str],
}

/// What the citizen pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Egenbetaling {
    pub kind: Egenbetalingsform,
    pub text: &'static str,
    /// What you pay for yourself (may be empty).
    pub self_paid: &'static [&'static str],
    /// Ids of the service's facts that hold the rates.
    pub facts: &'static [&'static str],
}

/// An optional extra section (e.g. Viborg's "Faglig uddybning" of § 99).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Uddybning {
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
    pub list: &'static [&'static str],
    pub source: Source,
}

/// A cross-reference to a service, `"<municipality>/<service id>"` in the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Henvisning {
    pub municipality: &'static str,
    pub service: &'static str,
}

/// A municipality's service standard (kvalitetsstandard) for one service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kvalitetsstandard {
    /// The file name; the URL is `/ydelser/<municipality>/<id>`.
    pub id: &'static str,
    pub municipality: &'static str,
    /// Section in the municipality's document, e.g. `"2.6"`.
    pub section: &'static str,
    /// Paragraph keys; the first is the main one.
    pub paragraphs: &'static [&'static str],
    pub title: &'static str,
    pub situations: &'static [Livssituation],
    /// Everyday words and synonyms for search.
    pub keywords: &'static [&'static str],
    pub summary: &'static str,
    pub who: &'static str,
    pub purpose: &'static str,
    pub included: &'static [&'static str],
    pub not_included: &'static [&'static str],
    pub scope: &'static str,
    pub place: &'static str,
    pub follow_up: &'static str,
    pub free_choice: &'static str,
    pub how_to_apply: &'static str,
    /// Id of a processing time in the municipality.
    pub processing_time: Option<&'static str>,
    pub processing_time_note: Option<&'static str>,
    pub see_also: &'static [Henvisning],
    /// The default source of every part.
    pub source: Source,
    /// Parts with another source than the default.
    pub sources: &'static [(Part, Source)],
    pub criteria: Kriterier,
    pub egenbetaling: Egenbetaling,
    pub facts: &'static [Fact],
    pub elaboration: Option<Uddybning>,
    /// Where the sources disagree or are ambiguous.
    pub inconsistencies: &'static [Inconsistency],
    /// The easy-read version (seeds: `[easy]`; a national floor has its paragraph's).
    pub easy: Option<Easy>,
}

impl Kvalitetsstandard {
    /// The inconsistencies that belong to one part of the page.
    pub fn inconsistencies_in(&self, part: Part) -> impl Iterator<Item = &'static Inconsistency> {
        let all: &'static [Inconsistency] = self.inconsistencies;
        all.iter().filter(move |i| i.is_part(part))
    }

    /// The source of one part: its own source if the data gives one, else the default.
    /// [`Part::Elaboration`] resolves to the elaboration's source when there is one.
    pub fn source_of(&self, part: Part) -> &Source {
        if part == Part::Elaboration {
            if let Some(elaboration) = &self.elaboration {
                return &elaboration.source;
            }
        }
        self.sources
            .iter()
            .find(|(p, _)| *p == part)
            .map(|(_, source)| source)
            .unwrap_or(&self.source)
    }

    /// The main paragraph key (the first one).
    pub fn main_paragraph(&self) -> &'static str {
        self.paragraphs.first().copied().unwrap_or("")
    }

    /// A fact of this service by id.
    pub fn fact(&self, id: &str) -> Option<&'static Fact> {
        let facts: &'static [Fact] = self.facts;
        facts.iter().find(|f| f.id == id)
    }

    /// The facts that hold the egenbetaling rates.
    pub fn egenbetaling_facts(&self) -> Vec<&'static Fact> {
        self.egenbetaling
            .facts
            .iter()
            .filter_map(|id| self.fact(id))
            .collect()
    }

    /// The path of the service page: `/ydelser/<municipality>/<id>`. For the national floor
    /// (no municipality) use [`Self::path_in`].
    pub fn path(&self) -> String {
        format!("/ydelser/{}/{}", self.municipality, self.id)
    }

    /// Whether this is the national floor of a paragraph (the law's criteria), not a
    /// municipality's standard.
    pub fn is_national(&self) -> bool {
        self.municipality.is_empty()
    }

    /// The page to show for this standard in a municipality: its own service page, or for
    /// the national floor the paragraph's page in that municipality
    /// (`/ydelser/<municipality>/paragraf/<key>`).
    pub fn path_in(&self, municipality: &str) -> String {
        if self.is_national() {
            format!("/ydelser/{municipality}/paragraf/{}", self.main_paragraph())
        } else {
            self.path()
        }
    }
}

/// The whole catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Catalog {
    /// National and municipal documents (ids are global).
    pub documents: &'static [Document],
    pub paragraphs: &'static [Paragraph],
    pub glossary: &'static [Term],
    pub pages: &'static [Page],
    /// Sorted by id.
    pub municipalities: &'static [Municipality],
}
