//! The content model (service standards, law layer, glossary, general pages) built from
//! `seeds/` (see seeds/FORMAT.md).
//!
//! build.rs parses and validates every TOML file at build time (with crates/content-build,
//! which the tests share) and generates the catalogue as static Rust data; this module includes it.
//! The program carries no TOML parser and deserializes nothing at run time.
//!
//! The UI uses the free functions below; each has a method on [`Catalog`] that does the
//! work, so tests can run them on another catalogue.

pub mod kinds;
pub mod links;
pub mod lix;
pub mod model;
pub mod search;

#[cfg(test)]
pub(crate) use content_build as raw;

pub use kinds::{
    Egenbetalingsform, ExclusionTag, FactKind, Klageadgang, Livssituation, Lov, MaxAge, Part,
    Pligt, VumRegel, VumTema, VUM_NIVEAUER,
};
pub use links::Segment;
pub use lix::{lix, Text};
pub use model::{
    Catalog, Document, Easy, EasyPart, EasySection, Egenbetaling, Fact, FactYear, Frist,
    Henvisning, Inconsistency, InconsistencyScreener, Kriterier, Kvalitetsstandard, Municipality,
    Page, Paragraph, PhoneHours, Sagsbehandlingstid, Section, Source, Term, Uddybning, Variant,
    VumKriterium,
};
pub use search::{HitTarget, SearchHit, SearchIndex};

use std::sync::OnceLock;

/// The catalogue generated from seeds/ by build.rs.
static CATALOG: Catalog = {
    #[allow(unused_imports)]
    use kinds::*;
    use model::*;
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"))
};

/// The same catalogue with the English texts (seeds/en/); ids, sources, numbers and
/// references are the Danish catalogue's (checked by the build).
static CATALOG_EN: Catalog = {
    #[allow(unused_imports)]
    use kinds::*;
    use model::*;
    include!(concat!(env!("OUT_DIR"), "/catalog_en.rs"))
};

/// The language of the content: Danish (the text that applies) or English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    Danish,
    English,
}

/// A small sample catalogue (raw::SAMPLE) for unit tests: every field is used.
#[cfg(test)]
pub(crate) static SAMPLE: Catalog = {
    #[allow(unused_imports)]
    use kinds::*;
    use model::*;
    include!(concat!(env!("OUT_DIR"), "/sample_catalog.rs"))
};

/// How a paragraph is covered in one municipality.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParagraphInMunicipality {
    pub paragraph: &'static Paragraph,
    /// The municipality's standards for the paragraph (main paragraph first).
    pub services: Vec<&'static Kvalitetsstandard>,
}

impl ParagraphInMunicipality {
    /// `true` when the municipality's own service level for this paragraph is not in the
    /// portal: show [`Self::national_description`] and say so.
    pub fn own_level_missing(&self) -> bool {
        self.services.is_empty()
    }

    /// The national description, when the municipality has no standard in the portal.
    pub fn national_description(&self) -> Option<&'static str> {
        self.own_level_missing().then_some(self.paragraph.national)
    }
}

impl Catalog {
    /// A municipality by id (folder name).
    pub fn municipality(&self, id: &str) -> Option<&'static Municipality> {
        let all: &'static [Municipality] = self.municipalities;
        all.iter().find(|m| m.id == id)
    }

    /// The standards of a municipality, sorted by section; empty for an unknown one.
    pub fn services_for(&self, municipality: &str) -> &'static [Kvalitetsstandard] {
        self.municipality(municipality)
            .map(|m| m.services)
            .unwrap_or(&[])
    }

    /// One standard.
    pub fn service(&self, municipality: &str, id: &str) -> Option<&'static Kvalitetsstandard> {
        self.services_for(municipality).iter().find(|s| s.id == id)
    }

    /// The standards of a municipality for a life situation.
    pub fn services_by_situation(
        &self,
        municipality: &str,
        situation: Livssituation,
    ) -> Vec<&'static Kvalitetsstandard> {
        self.services_for(municipality)
            .iter()
            .filter(|s| s.situations.contains(&situation))
            .collect()
    }

    /// A paragraph by key (`"85"`, `"101a"`, `"specialundervisning"`).
    pub fn paragraph(&self, key: &str) -> Option<&'static Paragraph> {
        let all: &'static [Paragraph] = self.paragraphs;
        all.iter().find(|p| p.key == key)
    }

    /// A paragraph and the municipality's standards for it (those with it as main
    /// paragraph first). `None` for an unknown paragraph.
    pub fn paragraph_in(&self, municipality: &str, key: &str) -> Option<ParagraphInMunicipality> {
        let paragraph = self.paragraph(key)?;
        let mut services: Vec<&'static Kvalitetsstandard> = self
            .services_for(municipality)
            .iter()
            .filter(|s| s.paragraphs.contains(&key))
            .collect();
        services.sort_by_key(|s| s.main_paragraph() != key);
        Some(ParagraphInMunicipality {
            paragraph,
            services,
        })
    }

    /// The national floor for a municipality: for every paragraph with national criteria
    /// that none of the municipality's standards covers, the paragraph's floor (in law
    /// order). For a municipality without data, every paragraph's floor.
    pub fn floor_for(&self, municipality: &str) -> Vec<&'static Kvalitetsstandard> {
        let services = self.services_for(municipality);
        let all: &'static [Paragraph] = self.paragraphs;
        all.iter()
            .filter(|p| !services.iter().any(|s| s.paragraphs.contains(&p.key)))
            .filter_map(|p| p.floor)
            .collect()
    }

    /// Everything a citizen of a municipality can ask for: its own standards, then the
    /// national floor of every paragraph it has none for.
    pub fn standards_in(&self, municipality: &str) -> Vec<&'static Kvalitetsstandard> {
        let mut out: Vec<&'static Kvalitetsstandard> =
            self.services_for(municipality).iter().collect();
        if self.municipality(municipality).is_some() {
            out.extend(self.floor_for(municipality));
        }
        out
    }

    /// One of [`Self::standards_in`] by id (a standard's id, or `lov-<key>` for the floor).
    pub fn standard_in(&self, municipality: &str, id: &str) -> Option<&'static Kvalitetsstandard> {
        self.standards_in(municipality)
            .into_iter()
            .find(|s| s.id == id)
    }

    /// The municipalities with data of their own (a folder under seeds/).
    pub fn with_own_data(&self) -> Vec<&'static Municipality> {
        let all: &'static [Municipality] = self.municipalities;
        all.iter().filter(|m| m.own_data).collect()
    }

    /// A glossary term by id.
    pub fn term(&self, id: &str) -> Option<&'static Term> {
        let all: &'static [Term] = self.glossary;
        all.iter().find(|t| t.id == id)
    }

    /// A general page by id.
    pub fn page(&self, id: &str) -> Option<&'static Page> {
        let all: &'static [Page] = self.pages;
        all.iter().find(|p| p.id == id)
    }

    /// A source document by id (national or municipal).
    pub fn document(&self, id: &str) -> Option<&'static Document> {
        let all: &'static [Document] = self.documents;
        all.iter().find(|d| d.id == id)
    }

    /// The processing time a standard refers to, if any.
    pub fn processing_time(
        &self,
        service: &Kvalitetsstandard,
    ) -> Option<&'static Sagsbehandlingstid> {
        let id = service.processing_time?;
        self.municipality(service.municipality)?
            .processing_times
            .iter()
            .find(|p| p.id == id)
    }

    /// The processing time of a standard in plain Danish: the municipality's published
    /// time ("Ny ansøgning: 12 uger. Ændringer: 4 uger."), followed by the standard's own
    /// note if it has one. Empty only if the data has neither (the build forbids that).
    pub fn processing_time_text(&self, service: &Kvalitetsstandard) -> String {
        let mut parts = Vec::new();
        if let Some(pt) = self.processing_time(service) {
            parts.push(pt.text());
        }
        if let Some(note) = service.processing_time_note {
            parts.push(note.to_string());
        }
        parts.join(" ")
    }

    /// The standards a standard refers to (`see_also`), in the data's order.
    pub fn see_also(&self, service: &Kvalitetsstandard) -> Vec<&'static Kvalitetsstandard> {
        service
            .see_also
            .iter()
            .filter_map(|r| self.service(r.municipality, r.service))
            .collect()
    }

    /// Search; see [`search`]. Prepares the catalogue on every call: for repeated
    /// searches keep a [`SearchIndex`] (the free function [`search`] does).
    pub fn search(&'static self, query: &str, municipality: &str) -> Vec<SearchHit> {
        search::search_in(self, query, municipality)
    }

    /// Every prose text with an id, for readability checks; see [`lix::texts_in`].
    pub fn texts(&self) -> Vec<Text> {
        lix::texts_in(self)
    }

    /// Every easy-read text with an id; see [`lix::easy_texts_in`].
    pub fn easy_texts(&self) -> Vec<Text> {
        lix::easy_texts_in(self)
    }

    /// Splits a text into plain text and glossary links; see [`link_terms`].
    pub fn link_terms<'a>(&self, text: &'a str, except: Option<&str>) -> Vec<Segment<'a>> {
        links::link_terms_with(text, self.glossary, except)
    }
}

/// The catalogue (Danish).
pub fn catalog() -> &'static Catalog {
    &CATALOG
}

/// The catalogue in a language.
pub fn catalog_in(language: Language) -> &'static Catalog {
    match language {
        Language::Danish => &CATALOG,
        Language::English => &CATALOG_EN,
    }
}

/// Every municipality, sorted by id.
pub fn municipalities() -> &'static [Municipality] {
    CATALOG.municipalities
}

/// Every municipality in Danish alphabetical order of its name ("Aabenraa", "Aalborg" and
/// "Aarhus" after "Vordingborg" and "Ærø", as aa is å), for pickers and lists.
pub fn municipalities_by_name() -> Vec<&'static Municipality> {
    let mut all: Vec<&'static Municipality> = CATALOG.municipalities.iter().collect();
    all.sort_by_cached_key(|m| dansk_noegle(m.name));
    all
}

/// A sort key for Danish words: æ, ø, å after z, and aa as å.
pub fn dansk_noegle(text: &str) -> String {
    text.to_lowercase()
        .replace("aa", "å")
        .chars()
        .map(|c| match c {
            'æ' => '{',
            'ø' => '|',
            'å' => '}',
            c => c,
        })
        .collect()
}

/// A municipality by id (its folder name under seeds/, e.g. `"viborg"`).
pub fn municipality(id: &str) -> Option<&'static Municipality> {
    CATALOG.municipality(id)
}

/// One standard: `service("viborg", "ledsageordning")`.
pub fn service(municipality: &str, id: &str) -> Option<&'static Kvalitetsstandard> {
    CATALOG.service(municipality, id)
}

/// A municipality's standards and the law's floor for the rest; see
/// [`Catalog::standards_in`].
pub fn standards_in(municipality: &str) -> Vec<&'static Kvalitetsstandard> {
    CATALOG.standards_in(municipality)
}

/// One standard or floor in a municipality by id; see [`Catalog::standard_in`].
pub fn standard_in(municipality: &str, id: &str) -> Option<&'static Kvalitetsstandard> {
    CATALOG.standard_in(municipality, id)
}

/// A municipality's standards, sorted by section; empty for an unknown municipality.
pub fn services_for(municipality: &str) -> &'static [Kvalitetsstandard] {
    CATALOG.services_for(municipality)
}

/// A municipality's standards for one life situation.
pub fn services_by_situation(
    municipality: &str,
    situation: Livssituation,
) -> Vec<&'static Kvalitetsstandard> {
    CATALOG.services_by_situation(municipality, situation)
}

/// A paragraph of the law layer by key.
pub fn paragraph(key: &str) -> Option<&'static Paragraph> {
    CATALOG.paragraph(key)
}

/// Every paragraph, in law order (81, 82, 82a, …).
pub fn paragraphs() -> &'static [Paragraph] {
    CATALOG.paragraphs
}

/// A paragraph and a municipality's standards for it; when there are none,
/// `national_description()` gives the national text and `own_level_missing()` is true.
pub fn paragraph_in(municipality: &str, key: &str) -> Option<ParagraphInMunicipality> {
    CATALOG.paragraph_in(municipality, key)
}

/// The glossary, in Danish alphabetical order.
pub fn glossary() -> &'static [Term] {
    CATALOG.glossary
}

/// A glossary term by id.
pub fn term(id: &str) -> Option<&'static Term> {
    CATALOG.term(id)
}

/// The general pages, sorted by id.
pub fn pages() -> &'static [Page] {
    CATALOG.pages
}

/// A general page by id.
pub fn page(id: &str) -> Option<&'static Page> {
    CATALOG.page(id)
}

/// A source document by id.
pub fn document(id: &str) -> Option<&'static Document> {
    CATALOG.document(id)
}

/// The processing time a standard refers to.
pub fn processing_time(service: &Kvalitetsstandard) -> Option<&'static Sagsbehandlingstid> {
    CATALOG.processing_time(service)
}

/// The processing time of a standard in plain Danish.
pub fn processing_time_text(service: &Kvalitetsstandard) -> String {
    CATALOG.processing_time_text(service)
}

/// The standards a standard refers to.
pub fn see_also(service: &Kvalitetsstandard) -> Vec<&'static Kvalitetsstandard> {
    CATALOG.see_also(service)
}

/// Searches services of `municipality`, paragraphs it has no standard for, general pages
/// and glossary terms, from everyday words, synonyms and paragraph numbers ("§ 85").
/// Best first. See [`search`](mod@search) for the rules.
pub fn search(query: &str, municipality: &str) -> Vec<SearchHit> {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX
        .get_or_init(|| SearchIndex::new(&CATALOG))
        .search(query, municipality)
}

/// Searches the catalogue in a language (each language has its own index, built once).
pub fn search_in(language: Language, query: &str, municipality: &str) -> Vec<SearchHit> {
    static EN_INDEX: OnceLock<SearchIndex> = OnceLock::new();
    match language {
        Language::Danish => search(query, municipality),
        Language::English => EN_INDEX
            .get_or_init(|| SearchIndex::new(&CATALOG_EN))
            .search(query, municipality),
    }
}

/// Every prose text of the catalogue with an id (`viborg/ledsageordning#summary`).
pub fn texts() -> Vec<Text> {
    CATALOG.texts()
}

/// Splits a text into plain text and links to glossary terms (the first occurrence of
/// each term; whole words; case-insensitive). `except`: a term id not to link.
pub fn link_terms<'a>(text: &'a str, except: Option<&str>) -> Vec<Segment<'a>> {
    CATALOG.link_terms(text, except)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_lookups() {
        let c = &SAMPLE;
        assert_eq!(c.municipalities.len(), 2);
        assert_eq!(c.municipalities[0].id, "andeby", "sorted by id");
        let s = c.service("testby", "bostoette").expect("bostoette");
        assert_eq!(s.municipality, "testby");
        assert_eq!(s.path(), "/ydelser/testby/bostoette");
        assert!(c.service("andeby", "bostoette").is_none());
        assert!(c.service("ukendt", "bostoette").is_none());
        assert!(c.services_for("ukendt").is_empty());
        // Sorted by section, numerically: 2.6 < 2.10 < 2.19.
        let ids: Vec<&str> = c.services_for("testby").iter().map(|s| s.id).collect();
        assert_eq!(ids, ["bostoette", "kontaktperson", "krisecenter"]);
        let krise: Vec<&str> = c
            .services_by_situation("testby", Livssituation::VoldOgKrise)
            .iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(krise, ["krisecenter"]);
        assert_eq!(c.paragraph("101").map(|p| p.label), Some("§ 101"));
        assert!(c.paragraph("999").is_none());
        assert_eq!(c.term("visitation").map(|t| t.term), Some("Visitation"));
        assert_eq!(
            c.page("saadan-klager-du").map(|p| p.sections.len()),
            Some(1)
        );
        assert_eq!(
            c.document("testby-2020").and_then(|d| d.municipality),
            Some("testby")
        );
        assert_eq!(
            c.document("serviceloven").and_then(|d| d.municipality),
            None
        );
        assert_eq!(c.document("testby-99").and_then(|d| d.year), None);
        // Glossary in Danish order.
        let terms: Vec<&str> = c.glossary.iter().map(|t| t.id).collect();
        assert_eq!(terms, ["egenbetaling", "visitation"]);
    }

    #[test]
    fn source_of_resolves_per_part_or_default() {
        let s = SAMPLE.service("testby", "bostoette").unwrap();
        assert_eq!(s.source_of(Part::Summary).section, "2.6");
        assert_eq!(s.source_of(Part::Egenbetaling).document, "sm-satser-2023");
        assert_eq!(
            s.source_of(Part::Elaboration).section,
            "2.6",
            "no elaboration: default"
        );
        let k = SAMPLE.service("testby", "kontaktperson").unwrap();
        assert_eq!(k.source_of(Part::Elaboration).document, "testby-99");
        assert_eq!(k.elaboration.map(|e| e.list.len()), Some(1));
    }

    #[test]
    fn every_field_reaches_the_model() {
        let s = SAMPLE.service("testby", "bostoette").unwrap();
        assert_eq!(s.paragraphs, ["85"]);
        assert_eq!(
            s.situations,
            [
                Livssituation::HverdagOgBolig,
                Livssituation::PsykiskSaarbarhed
            ]
        );
        assert_eq!(s.criteria.min_age, Some(18));
        assert_eq!(s.criteria.max_age, Some(MaxAge::Folkepensionsalder));
        assert_eq!(s.criteria.exclusion_tags, [ExclusionTag::Misbrug]);
        assert_eq!(s.criteria.needs, [VumTema::PsykiskFunktion]);
        assert_eq!(s.criteria.vum_rule, VumRegel::All);
        assert_eq!(
            s.criteria.vum,
            [VumKriterium {
                theme: VumTema::PraktiskeOpgaver,
                min_level: 2,
                max_level: 4,
                note: Some("Moderat til fuldstændigt problem."),
                part: None
            }]
        );
        assert_eq!(
            s.see_also,
            [
                Henvisning {
                    municipality: "testby",
                    service: "krisecenter"
                },
                Henvisning {
                    municipality: "andeby",
                    service: "rengoering"
                }
            ]
        );
        let see: Vec<&str> = SAMPLE.see_also(s).iter().map(|s| s.id).collect();
        assert_eq!(see, ["krisecenter", "rengoering"]);

        let k = SAMPLE.service("testby", "krisecenter").unwrap();
        assert!(!k.criteria.visitation);
        assert!(k.criteria.anonymous);
        assert_eq!(k.criteria.vum_rule, VumRegel::Any, "default");
        assert_eq!(k.egenbetaling.kind, Egenbetalingsform::Takst);
        let rates = k.egenbetaling_facts();
        assert_eq!(rates.len(), 1);
        assert_eq!(rates[0].hundredths, 9338);
        assert_eq!(rates[0].year, FactYear::Stated(2023));
        assert_eq!(rates[0].display(), "93,38 kr. pr. døgn");
        let p = SAMPLE.paragraph("101").unwrap();
        assert_eq!(p.complaint, Klageadgang::Delvis);
        assert_eq!(p.facts[0].hundredths, 1400);
        let m = SAMPLE.municipality("testby").unwrap();
        assert_eq!(m.address, ["Torvet 1", "9999 Testby"]);
        assert_eq!(m.phone_hours.len(), 1);
        assert_eq!(SAMPLE.municipality("andeby").unwrap().department, None);
    }

    #[test]
    fn source_lines_never_guess_a_year_or_a_publisher() {
        let line = |id: &str, section: &'static str| {
            SAMPLE.document(id).map(|d| d.source_line(section)).unwrap()
        };
        let (key, args) = line("testby-2020", "2.6");
        assert_eq!(key, "source-line");
        assert!(args.contains(&("year", "2020".to_string())));
        assert!(args.contains(&("publisher", "Testby Kommune".to_string())));
        assert_eq!(line("andeby-85", "x").0, "source-line-noyear");
        assert_eq!(line("sm-satser-2023", "x").0, "source-line-nopublisher");
        let (key, args) = line("testby-99", "x");
        assert_eq!(key, "source-line-nopublisher-noyear");
        assert!(args.iter().all(|(k, _)| *k != "year" && *k != "publisher"));
        // A fact from a document without a year says so.
        let f = SAMPLE.service("andeby", "rengoering").unwrap().facts[0];
        assert_eq!(f.year, FactYear::NotStated);
        assert_eq!(f.year.number(), None);
    }

    #[test]
    fn inconsistencies_belong_to_parts() {
        let s = SAMPLE.service("andeby", "rengoering").unwrap();
        let criteria: Vec<&str> = s.inconsistencies_in(Part::Criteria).map(|i| i.id).collect();
        assert_eq!(criteria, ["vum-niveau"]);
        assert_eq!(s.inconsistencies_in(Part::Scope).count(), 0);
        assert_eq!(s.inconsistencies[0].readings.len(), 2);
        assert_eq!(
            s.inconsistencies[0].screener,
            Some(InconsistencyScreener::VumLevels(&[4]))
        );
        let p = SAMPLE.paragraph("99").unwrap();
        assert_eq!(p.complaint, Klageadgang::Uafklaret);
        assert_eq!(p.inconsistencies[0].part, "complaint");
        assert_eq!(p.url_document, None);
        assert_eq!(
            SAMPLE.paragraph("85").unwrap().url_document,
            Some("serviceloven")
        );
        assert_eq!(SAMPLE.paragraph("110").unwrap().kind, Pligt::IkkeOplyst);
        assert_eq!(SAMPLE.municipality("andeby").unwrap().website, None);
    }

    #[test]
    fn processing_time_text_from_table_or_note() {
        let s = SAMPLE.service("testby", "bostoette").unwrap();
        assert_eq!(SAMPLE.processing_time(s).map(|p| p.year), Some(2020));
        assert_eq!(
            SAMPLE.processing_time_text(s),
            "Ny ansøgning: 6 uger. Ændring: 4 uger."
        );
        let k = SAMPLE.service("testby", "krisecenter").unwrap();
        assert_eq!(
            SAMPLE.processing_time_text(k),
            "Der er ingen ansøgning. Du kontakter selv krisecentret."
        );
        let c = SAMPLE.service("testby", "kontaktperson").unwrap();
        assert!(SAMPLE.processing_time(c).is_none());
        assert_eq!(SAMPLE.processing_time_text(c), "Der er ingen ansøgning.");
    }

    #[test]
    fn paragraph_without_a_standard_gives_the_national_text() {
        let covered = SAMPLE.paragraph_in("testby", "85").unwrap();
        assert!(!covered.own_level_missing());
        assert_eq!(covered.national_description(), None);
        assert_eq!(covered.services[0].id, "bostoette");

        let missing = SAMPLE.paragraph_in("testby", "101").unwrap();
        assert!(missing.own_level_missing());
        assert_eq!(
            missing.national_description(),
            Some("Du kan få hjælp til at holde op med at tage stoffer.")
        );
        assert!(SAMPLE.paragraph_in("testby", "999").is_none());
    }

    #[test]
    fn glossary_links_use_the_catalogue() {
        let segments = SAMPLE.link_terms("Du bliver visiteret.", None);
        assert_eq!(
            segments[1],
            Segment::Term {
                text: "visiteret",
                term_id: "visitation"
            }
        );
    }

    #[test]
    fn real_catalogue_is_consistent() {
        // Whatever data is there: lookups agree with the lists.
        for m in municipalities() {
            assert_eq!(municipality(m.id), Some(m));
            for s in m.services {
                assert_eq!(service(m.id, s.id), Some(s));
                for key in s.paragraphs {
                    assert!(paragraph(key).is_some(), "{}/{}: § {key}", m.id, s.id);
                }
                assert!(!processing_time_text(s).is_empty(), "{}/{}", m.id, s.id);
                assert_eq!(see_also(s).len(), s.see_also.len(), "{}/{}", m.id, s.id);
            }
        }
        assert_eq!(catalog().pages.len(), pages().len());
        for p in pages() {
            assert_eq!(page(p.id), Some(p));
        }
        for t in glossary() {
            assert_eq!(term(t.id), Some(t));
        }
        for d in catalog().documents {
            assert_eq!(document(d.id), Some(d));
        }
    }
}
