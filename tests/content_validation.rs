//! The content rules (seeds/FORMAT.md) run on the real seeds/ and on broken samples.
//!
//! This test uses the same validation code as build.rs (crates/content-build), so
//! what passes here passes the build, and every broken sample is rejected with the file
//! path and the field.

use content_build as raw;

mod common;
use common::{seeds, TempSeeds};
use std::path::Path;

fn sample() -> Vec<(String, String)> {
    raw::SAMPLE
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect()
}

/// Loads a folder; the errors as lines.
fn load(files: &[(String, String)]) -> Result<raw::RawCatalog, Vec<String>> {
    let dir = TempSeeds::new(files);
    raw::load(&dir.0).map_err(|errors| errors.iter().map(|e| e.to_string()).collect())
}

/// The sample with `from` replaced by `to` in one file; returns the error lines.
fn broken(file: &str, from: &str, to: &str) -> Vec<String> {
    let mut files = sample();
    let entry = files
        .iter_mut()
        .find(|(p, _)| p == file)
        .unwrap_or_else(|| panic!("no sample file {file}"));
    assert!(entry.1.contains(from), "{file} does not contain {from:?}");
    entry.1 = entry.1.replacen(from, to, 1);
    match load(&files) {
        Ok(_) => panic!("{file}: replacing {from:?} by {to:?} was accepted"),
        Err(errors) => errors,
    }
}

/// Asserts that one error line starts with `seeds/<file>: field "<field>":` and contains
/// `words`.
#[track_caller]
fn assert_rejected(errors: &[String], file: &str, field: &str, words: &str) {
    let prefix = format!("seeds/{file}: field \"{field}\": ");
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with(&prefix) && e.contains(words)),
        "expected an error starting with {prefix:?} containing {words:?}, got:\n{}",
        errors.join("\n")
    );
}

const SERVICE: &str = "testby/services/bostoette.toml";
const KRISE: &str = "testby/services/krisecenter.toml";
const PARAGRAPHS: &str = "national/paragraphs.toml";

#[test]
fn all_seeds_validate() {
    if let Err(errors) = raw::load(&seeds()) {
        panic!(
            "seeds/ has {} error(s):\n{}",
            errors.len(),
            raw::report(&errors)
        );
    }
}

#[test]
fn the_sample_validates_and_generates() {
    let catalog = load(&sample()).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert_eq!(catalog.municipalities.len(), 2);
    let code = raw::generate(&catalog);
    assert!(code.contains("Kvalitetsstandard { id: \"bostoette\", municipality: \"testby\""));
    assert!(code.contains("hundredths: 9338, range_end: None"));
}

#[test]
fn an_empty_catalogue_is_valid() {
    // While the data is being written: no files, empty folders, a municipality with no
    // services yet.
    assert!(load(&[]).is_ok());
    let only_national: Vec<_> = sample()
        .into_iter()
        .filter(|(p, _)| p.starts_with("national/"))
        .collect();
    assert!(load(&only_national).is_err(), "glossary cites testby-2020");
    let mut files: Vec<_> = sample()
        .into_iter()
        .filter(|(p, _)| !p.contains("/services/"))
        .collect();
    files.push(("tomby/.keep".to_string(), String::new()));
    let catalog = load(&files).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert!(catalog.municipalities.iter().all(|m| m.services.is_empty()));
}

#[test]
fn a_new_folder_is_a_new_municipality() {
    let mut files = sample();
    let (_, text) = files
        .iter()
        .find(|(p, _)| p == "andeby/municipality.toml")
        .cloned()
        .unwrap();
    files.push((
        "nyby/municipality.toml".to_string(),
        text.replace("id = \"andeby\"", "id = \"nyby\"")
            .replace("andeby-85", "nyby-85"),
    ));
    let catalog = load(&files).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let ids: Vec<&str> = catalog
        .municipalities
        .iter()
        .map(|m| m.folder.as_str())
        .collect();
    assert_eq!(ids, ["andeby", "nyby", "testby"]);
}

#[test]
fn missing_field() {
    let errors = broken(
        SERVICE,
        "summary = \"Du kan få støtte i dit hjem, så du kan klare mere selv.\"\n",
        "",
    );
    assert_rejected(&errors, SERVICE, "summary", "missing field `summary`");
    let errors = broken(
        SERVICE,
        "text = \"Kommunen ser på, hvad du kan klare selv.\"\n",
        "",
    );
    assert_rejected(&errors, SERVICE, "criteria.text", "missing field");
    let errors = broken(KRISE, "[egenbetaling]\nkind = \"rate\"\ntext = \"Du betaler for hvert døgn.\"\nfacts = [\"egenbetaling-doegn\"]\n", "");
    assert_rejected(&errors, KRISE, "egenbetaling", "missing field");
}

#[test]
fn wrong_type_and_unknown_values() {
    let errors = broken(SERVICE, "min_age = 18", "min_age = \"atten\"");
    assert_rejected(&errors, SERVICE, "criteria.min_age", "invalid type");
    let errors = broken(
        SERVICE,
        "\"hverdag-og-bolig\", \"psykisk",
        "\"hverdagen\", \"psykisk",
    );
    assert_rejected(
        &errors,
        SERVICE,
        "situations[0]",
        "unknown variant `hverdagen`",
    );
    let errors = broken(
        SERVICE,
        "theme = \"praktiske-opgaver\"",
        "theme = \"praktisk\"",
    );
    assert_rejected(&errors, SERVICE, "criteria.vum[0].theme", "unknown variant");
    let errors = broken(
        SERVICE,
        "max_age = \"folkepensionsalder\"",
        "max_age = \"67\"",
    );
    assert_rejected(&errors, SERVICE, "criteria.max_age", "unknown variant");
    let errors = broken(KRISE, "kind = \"rate\"", "kind = \"fixed\"");
    assert_rejected(&errors, KRISE, "egenbetaling.kind", "unknown variant");
    let errors = broken(PARAGRAPHS, "kind = \"skal\"", "kind = \"bør\"");
    assert_rejected(&errors, PARAGRAPHS, "paragraph[0].kind", "unknown variant");
}

#[test]
fn unknown_field_is_a_typo() {
    let errors = broken(SERVICE, "purpose = ", "purpse = ");
    assert_rejected(&errors, SERVICE, "purpse", "unknown field");
}

#[test]
fn toml_syntax_error_names_the_line() {
    let errors = broken(
        SERVICE,
        "title = \"Socialpædagogisk støtte\"",
        "title = Socialpædagogisk",
    );
    assert!(
        errors.iter().any(
            |e| e.starts_with(&format!("seeds/{SERVICE}: not valid TOML"))
                && e.contains("(line 5)")
        ),
        "{errors:?}"
    );
}

#[test]
fn unknown_paragraph() {
    let errors = broken(SERVICE, "paragraphs = [\"85\"]", "paragraphs = [\"85x\"]");
    assert_rejected(
        &errors,
        SERVICE,
        "paragraphs[0]",
        "unknown paragraph \"85x\"",
    );
    let errors = broken(
        "testby/municipality.toml",
        "paragraphs = [\"109\"]",
        "paragraphs = [\"108\"]",
    );
    assert_rejected(
        &errors,
        "testby/municipality.toml",
        "processing_times[1].paragraphs[0]",
        "unknown paragraph",
    );
    let errors = broken(SERVICE, "paragraphs = [\"85\"]", "paragraphs = []");
    assert_rejected(&errors, SERVICE, "paragraphs", "at least one");
}

#[test]
fn bad_see_also() {
    let errors = broken(SERVICE, "\"andeby/rengoering\"", "\"andeby/findes-ikke\"");
    assert_rejected(&errors, SERVICE, "see_also[1]", "does not exist");
    let errors = broken(SERVICE, "\"andeby/rengoering\"", "\"rengoering\"");
    assert_rejected(
        &errors,
        SERVICE,
        "see_also[1]",
        "<municipality>/<service id>",
    );
    let errors = broken(SERVICE, "\"andeby/rengoering\"", "\"testby/bostoette\"");
    assert_rejected(&errors, SERVICE, "see_also[1]", "itself");
}

#[test]
fn kroner_in_free_text() {
    let errors = broken(
        SERVICE,
        "purpose = \"Du skal kunne klare mere selv.\"",
        "purpose = \"Du får 1.105 kr. om måneden.\"",
    );
    assert_rejected(&errors, SERVICE, "purpose", "amount in kroner");
    let errors = broken(
        KRISE,
        "Du betaler for hvert døgn.",
        "Du betaler 93,38 kroner for hvert døgn.",
    );
    assert_rejected(&errors, KRISE, "egenbetaling.text", "amount in kroner");
    let errors = broken(
        SERVICE,
        "\"Hjælp til at handle ind.\"",
        "\"Højst kr. 500 til mad.\"",
    );
    assert_rejected(&errors, SERVICE, "included[1]", "amount in kroner");
    let errors = broken(
        PARAGRAPHS,
        "Du kan få støtte i dit hjem",
        "Du kan få 100 kr i dit hjem",
    );
    assert_rejected(
        &errors,
        PARAGRAPHS,
        "paragraph[0].national",
        "amount in kroner",
    );
}

#[test]
fn deadline_in_free_text_must_be_a_fact() {
    // "6 uger" is the processing time; "7 uger" is nowhere.
    let errors = broken(SERVICE, "efter 6 uger", "efter 7 uger");
    assert_rejected(&errors, SERVICE, "scope", "\"7 uger\"");
    let errors = broken(
        "andeby/services/rengoering.toml",
        "op til 4 ugers",
        "op til 5 ugers",
    );
    assert_rejected(
        &errors,
        "andeby/services/rengoering.toml",
        "scope",
        "\"5 ugers\"",
    );
    // National texts: the number must be in a national fact (here § 101's 14 days).
    let errors = broken(PARAGRAPHS, "senest 14 dage", "senest 15 dage");
    assert_rejected(&errors, PARAGRAPHS, "paragraph[1].plain", "\"15 dage\"");
}

#[test]
fn fact_without_year_or_source_or_number() {
    let errors = broken(KRISE, "year = 2023\n", "");
    assert_rejected(&errors, KRISE, "facts[0].year", "no year");
    let errors = broken(KRISE, "year = 2023", "year = 1980");
    assert_rejected(&errors, KRISE, "facts[0].year", "between 1990 and 2100");
    let errors = broken(
        KRISE,
        "source = { document = \"sm-satser-2023\", section = \"Krisecentre § 109\" }\n",
        "",
    );
    assert_rejected(&errors, KRISE, "facts[0].source", "no source");
    let errors = broken(
        KRISE,
        "document = \"sm-satser-2023\"",
        "document = \"sm-satser-2030\"",
    );
    assert_rejected(
        &errors,
        KRISE,
        "facts[0].source.document",
        "unknown document",
    );
    let errors = broken(KRISE, "value = \"93,38\"", "value = \"93.38\"");
    assert_rejected(&errors, KRISE, "facts[0].value", "not a Danish number");
    let errors = broken(KRISE, "unit = \"kr. pr. døgn\"", "unit = \"pr. døgn\"");
    assert_rejected(&errors, KRISE, "facts[0].unit", "kr.");
}

#[test]
fn egenbetaling_rules() {
    let errors = broken(KRISE, "kind = \"amount\"", "kind = \"deadline\"");
    assert_rejected(
        &errors,
        KRISE,
        "egenbetaling.facts",
        "at least one fact of kind \"amount\"",
    );
    let errors = broken(
        KRISE,
        "facts = [\"egenbetaling-doegn\"]",
        "facts = [\"doegn\"]",
    );
    assert_rejected(
        &errors,
        KRISE,
        "egenbetaling.facts[0]",
        "unknown fact \"doegn\"",
    );
}

#[test]
fn vum_levels() {
    let errors = broken(SERVICE, "max_level = 4", "max_level = 5");
    assert_rejected(&errors, SERVICE, "criteria.vum[0].max_level", "0–4");
    let file = "andeby/services/rengoering.toml";
    let errors = broken(file, "min_level = 2", "min_level = 4");
    assert_rejected(
        &errors,
        file,
        "criteria.vum[0].min_level",
        "above max_level 3",
    );
}

#[test]
fn empty_texts_and_lists() {
    let errors = broken(
        SERVICE,
        "who = \"Støtten er for dig, der har svært ved at klare din hverdag.\"",
        "who = \" \"",
    );
    assert_rejected(&errors, SERVICE, "who", "must not be empty");
    let errors = broken(
        SERVICE,
        "included = [\"Hjælp til at få struktur på dagen.\", \"Hjælp til at handle ind.\"]",
        "included = []",
    );
    assert_rejected(&errors, SERVICE, "included", "at least one");
    let errors = broken(SERVICE, "\"Rengøring.\"", "\"\"");
    assert_rejected(&errors, SERVICE, "not_included[0]", "must not be empty");
    let errors = broken(
        "national/pages/saadan-klager-du.toml",
        "paragraphs = [\"Du skal klage inden 4 uger.\", \"Du klager til kommunen.\"]\nlist = [\"Skriv, hvad du er uenig i.\"]",
        "",
    );
    assert_rejected(
        &errors,
        "national/pages/saadan-klager-du.toml",
        "section[0]",
        "empty section",
    );
}

#[test]
fn ids() {
    let errors = broken(SERVICE, "id = \"bostoette\"", "id = \"bostotte\"");
    assert_rejected(&errors, SERVICE, "id", "must equal the file name");
    let errors = broken(
        "testby/municipality.toml",
        "id = \"testby\"",
        "id = \"test-by\"",
    );
    assert_rejected(&errors, "testby/municipality.toml", "id", "folder name");
    let errors = broken(
        "national/glossary.toml",
        "id = \"egenbetaling\"",
        "id = \"visitation\"",
    );
    assert_rejected(
        &errors,
        "national/glossary.toml",
        "term[1].id",
        "duplicate term id",
    );
    let errors = broken(PARAGRAPHS, "key = \"97\"", "key = \"85\"");
    assert_rejected(
        &errors,
        PARAGRAPHS,
        "paragraph[2].key",
        "duplicate paragraph key",
    );
    let errors = broken(
        "national/glossary.toml",
        "forms = [\"egenbetaling\"]",
        "forms = [\"Visiteret\"]",
    );
    assert_rejected(
        &errors,
        "national/glossary.toml",
        "term[1].forms[0]",
        "also links to term",
    );
    let errors = broken(
        "testby/municipality.toml",
        "id = \"krisecenter\"\nlabel",
        "id = \"bostoette\"\nlabel",
    );
    assert_rejected(
        &errors,
        "testby/municipality.toml",
        "processing_times[1].id",
        "duplicate",
    );
}

#[test]
fn documents() {
    // The same document declared twice with the same fields is fine; different is not.
    let mut files = sample();
    let municipal = files
        .iter()
        .find(|(p, _)| p == "testby/municipality.toml")
        .map(|(_, t)| t.clone())
        .unwrap();
    let start = municipal
        .find("[[documents]]\nid = \"testby-2020\"")
        .unwrap();
    let end = start + municipal[start..].find("\n\n[[documents]]").unwrap();
    let copy = municipal[start..end].replace("[[documents]]", "[[document]]");
    files[0].1.push_str(&format!("\n{copy}\n"));
    assert!(load(&files).is_ok(), "{:?}", load(&files).err());
    files[0].1 = files[0].1.replace("year = 2020\nurl", "year = 2019\nurl");
    let errors = load(&files).unwrap_err();
    assert_rejected(
        &errors,
        "testby/municipality.toml",
        "documents[0].id",
        "duplicate document id",
    );

    let errors = broken(
        SERVICE,
        "document = \"testby-2020\", section = \"2.6\"",
        "document = \"viborg-2020\", section = \"2.6\"",
    );
    assert_rejected(
        &errors,
        SERVICE,
        "source.document",
        "unknown document \"viborg-2020\"",
    );
    let errors = broken(
        SERVICE,
        "egenbetaling = { document = \"sm-satser-2023\"",
        "pris = { document = \"sm-satser-2023\"",
    );
    assert_rejected(&errors, SERVICE, "sources.pris", "unknown part");
}

#[test]
fn urls_must_be_https() {
    let errors = broken(
        "testby/municipality.toml",
        "website = \"https://www.testby.dk\"",
        "website = \"http://www.testby.dk\"",
    );
    assert_rejected(&errors, "testby/municipality.toml", "website", "https://");
    let errors = broken(
        PARAGRAPHS,
        "url = \"https://www.retsinformation.dk/eli/lta/2019/798#P85\"",
        "url = \"www.retsinformation.dk\"",
    );
    assert_rejected(&errors, PARAGRAPHS, "paragraph[0].url", "https://");
    let errors = broken(
        "national/documents.toml",
        "url = \"https://www.retsinformation.dk/eli/lta/2019/798\"",
        "url = \"ftp://x\"",
    );
    assert_rejected(
        &errors,
        "national/documents.toml",
        "document[0].url",
        "https://",
    );
}

#[test]
fn complaint_note_required() {
    let errors = broken(
        PARAGRAPHS,
        "complaint_note = \"Du kan klage over nogle af afgørelserne.\"\n",
        "",
    );
    assert_rejected(
        &errors,
        PARAGRAPHS,
        "paragraph[1].complaint_note",
        "required when complaint = \"delvis\"",
    );
    let errors = broken(
        PARAGRAPHS,
        "complaint = \"ankestyrelsen\"\nnational = \"Du kan få en ledsager",
        "complaint = \"ikke-oplyst\"\nnational = \"Du kan få en ledsager",
    );
    assert_rejected(
        &errors,
        PARAGRAPHS,
        "paragraph[2].complaint_note",
        "required when complaint = \"ikke-oplyst\"",
    );
}

#[test]
fn processing_times() {
    let errors = broken(
        SERVICE,
        "processing_time = \"bostoette\"",
        "processing_time = \"ukendt\"",
    );
    assert_rejected(
        &errors,
        SERVICE,
        "processing_time",
        "unknown processing time",
    );
    let errors = broken(
        "testby/services/kontaktperson.toml",
        "processing_time_note = \"Der er ingen ansøgning.\"\n",
        "",
    );
    assert_rejected(
        &errors,
        "testby/services/kontaktperson.toml",
        "processing_time",
        "processing_time_note",
    );
    let errors = broken(
        "testby/municipality.toml",
        "weeks = 4",
        "weeks = 4\n  days = 3",
    );
    assert_rejected(
        &errors,
        "testby/municipality.toml",
        "processing_times[0].variants[1]",
        "exactly one",
    );
    let errors = broken("testby/municipality.toml", "  case = \"Ændring\"\n", "");
    assert_rejected(
        &errors,
        "testby/municipality.toml",
        "processing_times[0].variants[1].case",
        "more than one variant",
    );
}

#[test]
fn files_in_the_wrong_place() {
    let mut files = sample();
    files.push((
        "national/services/x.toml".to_string(),
        "id = \"x\"".to_string(),
    ));
    let errors = load(&files).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("seeds/national/services/x.toml: unexpected file")),
        "{errors:?}"
    );

    let mut files = sample();
    files.retain(|(p, _)| p != "andeby/municipality.toml");
    let errors = load(&files).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("seeds/andeby/municipality.toml: missing")),
        "{errors:?}"
    );
}

#[test]
fn danish_numbers() {
    assert_eq!(raw::parse_danish_number("1.105"), Some(110_500));
    assert_eq!(raw::parse_danish_number("93,38"), Some(9_338));
    assert_eq!(raw::parse_danish_number("1.530,50"), Some(153_050));
    assert_eq!(raw::parse_danish_number("216.900"), Some(21_690_000));
    assert_eq!(raw::parse_danish_number("15"), Some(1_500));
    assert_eq!(raw::parse_danish_number("1,5"), Some(150));
    assert_eq!(raw::parse_danish_number("93.38"), None);
    assert_eq!(raw::parse_danish_number("1.10"), None);
    assert_eq!(raw::parse_danish_number("1,234"), None);
    assert_eq!(raw::parse_danish_number("-5"), None);
    assert_eq!(raw::parse_danish_number(""), None);
    assert_eq!(raw::parse_fact_value("3-6"), Some((300, 600)));
    assert_eq!(raw::parse_fact_value("545–1.530"), Some((54_500, 153_000)));
    assert_eq!(raw::parse_fact_value("6-3"), None);
}

#[test]
fn text_rules() {
    assert_eq!(
        raw::find_kroner("Du betaler 93,38 kr. pr. døgn").as_deref(),
        Some("93,38 kr.")
    );
    assert!(raw::find_kroner("Det koster 1.105 kroner").is_some());
    assert!(raw::find_kroner("Det koster 500kr").is_some());
    assert!(raw::find_kroner("Højst KR. 500").is_some());
    assert!(raw::find_kroner("Du får 3 krukker").is_none());
    assert!(raw::find_kroner("Kr. Himmelfartsdag").is_none());
    assert!(raw::find_kroner("Kommunen betaler.").is_none());

    let found: Vec<String> = raw::durations(
        "Svar inden 4 uger, 14 dage eller 2 måneder. Kl. 10.00. 15 timer om måneden, 3 gange.",
    )
    .into_iter()
    .map(|(text, _)| text)
    .collect();
    assert_eq!(found, ["4 uger", "14 dage", "2 måneder", "15 timer"]);
    assert_eq!(raw::durations("op til 4 ugers mellemrum")[0].1, 400);
    assert_eq!(raw::durations("1,5 time")[0].1, 150);
}

#[test]
fn sorting() {
    use std::cmp::Ordering::*;
    assert_eq!(raw::natural_cmp("2.9", "2.10"), Less);
    assert_eq!(raw::natural_cmp("82", "82a"), Less);
    assert_eq!(raw::natural_cmp("82a", "83"), Less);
    assert_eq!(raw::natural_cmp("110", "specialundervisning"), Less);
    let mut words = vec!["Å", "Ø", "Æ", "Z", "A"];
    words.sort_by_key(|w| raw::danish_key(w));
    assert_eq!(words, ["A", "Z", "Æ", "Ø", "Å"]);
}

// ---------------------------------------------------------------------------------------
// The citation rule: every citation rests on a document whose evidence quotes a source
// ---------------------------------------------------------------------------------------

const DOCUMENTS: &str = "national/documents.toml";
const TESTBY: &str = "testby/municipality.toml";
const ANDEBY: &str = "andeby/services/rengoering.toml";

#[test]
fn a_document_needs_evidence_from_a_source() {
    let errors = broken(
        DOCUMENTS,
        "evidence = [{ origin = \"domain-facts\", section = \"1\", quote = \"sm.dk satser 2023, voksne\" }]\n",
        "",
    );
    assert_rejected(
        &errors,
        DOCUMENTS,
        "document[1].evidence",
        "has no evidence",
    );
    let errors = broken(
        DOCUMENTS,
        "origin = \"domain-facts\"",
        "origin = \"wikipedia\"",
    );
    assert_rejected(
        &errors,
        DOCUMENTS,
        "document[1].evidence[0].origin",
        "is not a source",
    );
    let errors = broken(
        DOCUMENTS,
        "quote = \"sm.dk satser 2023, voksne\"",
        "quote = \"\"",
    );
    assert_rejected(
        &errors,
        DOCUMENTS,
        "document[1].evidence[0].quote",
        "must not be empty",
    );
}

#[test]
fn a_law_number_in_a_title_must_be_quoted() {
    // The consolidation the old data cited, which no source names.
    let errors = broken(
        DOCUMENTS,
        "lovbekendtgørelse nr. 798 af 7. august 2019\"\nyear",
        "lovbekendtgørelse nr. 155 af 11. februar 2025\"\nyear",
    );
    assert_rejected(&errors, DOCUMENTS, "document[0].title", "the number 155");
    assert_rejected(&errors, DOCUMENTS, "document[0].title", "the number 2025");
    // A title without numbers needs none.
    let mut files = sample();
    files[0].1 = files[0].1.replace(
        "title = \"Satser 2023 (sm.dk)\"",
        "title = \"Satser (sm.dk)\"",
    );
    assert!(load(&files).is_ok());
}

#[test]
fn a_publisher_must_be_named_by_the_evidence() {
    // Seed 004 names no municipality; seed 000 names no publisher.
    let errors = broken(
        TESTBY,
        "title = \"Faglig uddybning af § 99\"\n",
        "title = \"Faglig uddybning af § 99\"\npublisher = \"Viborg Kommune\"\n",
    );
    assert_rejected(
        &errors,
        TESTBY,
        "documents[1].publisher",
        "\"Viborg Kommune\"",
    );
    let errors = broken(
        DOCUMENTS,
        "title = \"Satser 2023 (sm.dk)\"\n",
        "title = \"Satser 2023 (sm.dk)\"\npublisher = \"Cabi\"\n",
    );
    assert_rejected(
        &errors,
        DOCUMENTS,
        "document[1].publisher",
        "leave publisher out",
    );
    // Named by the evidence: fine.
    let mut files = sample();
    files[0].1 = files[0].1.replace(
        "title = \"Satser 2023 (sm.dk)\"\n",
        "title = \"Satser 2023 (sm.dk)\"\npublisher = \"sm.dk\"\n",
    );
    assert!(load(&files).is_ok());
}

#[test]
fn a_document_year_may_not_be_a_guess() {
    let errors = broken(
        TESTBY,
        "title = \"Faglig uddybning af § 99\"\n",
        "title = \"Faglig uddybning af § 99\"\nyear = 2020\n",
    );
    assert_rejected(&errors, TESTBY, "documents[1].year", "may not be a guess");
    let errors = broken(DOCUMENTS, "year = 2023\nurl", "year = 2022\nurl");
    assert_rejected(&errors, DOCUMENTS, "document[1].year", "year 2022");
}

#[test]
fn a_document_address_is_built_on_the_evidence() {
    // A consolidation number no source gives.
    let errors = broken(
        DOCUMENTS,
        "url = \"https://www.retsinformation.dk/eli/lta/2019/798\"",
        "url = \"https://www.retsinformation.dk/eli/lta/2025/155\"",
    );
    assert_rejected(
        &errors,
        DOCUMENTS,
        "document[0].url",
        "not built on the evidence",
    );
    // A site the evidence does not name, and a path on a site it names.
    let errors = broken(
        DOCUMENTS,
        "url = \"https://www.sm.dk\"",
        "url = \"https://www.cabiweb.dk\"",
    );
    assert_rejected(
        &errors,
        DOCUMENTS,
        "document[1].url",
        "not built on the evidence",
    );
    let errors = broken(
        DOCUMENTS,
        "url = \"https://www.sm.dk\"",
        "url = \"https://www.sm.dk/satser-2023\"",
    );
    assert_rejected(
        &errors,
        DOCUMENTS,
        "document[1].url",
        "not built on the evidence",
    );
}

#[test]
fn a_paragraph_link_is_built_on_a_document() {
    let errors = broken(
        PARAGRAPHS,
        "url = \"https://www.retsinformation.dk/eli/lta/2019/798#P85\"",
        "url = \"https://www.retsinformation.dk/eli/lta/2025/155#P85\"",
    );
    assert_rejected(
        &errors,
        PARAGRAPHS,
        "paragraph[0].url",
        "not built on a document",
    );
    // The bare landing page asserts no version: fine (the sample's § 99 uses it).
    let catalog = load(&sample()).unwrap();
    let code = raw::generate(&catalog);
    assert!(code.contains("url: \"https://www.retsinformation.dk\", url_document: None"));
    assert!(code.contains(
        "url: \"https://www.retsinformation.dk/eli/lta/2019/798#P85\", url_document: Some(\"serviceloven\")"
    ));
}

#[test]
fn a_citation_in_a_text_or_a_section_must_be_quoted() {
    let errors = broken(
        PARAGRAPHS,
        "plain = \"Kommunen skal hjælpe dig, så du kan klare mere selv.\"",
        "plain = \"Kommunen skal hjælpe dig (LBK nr. 155 af 11. februar 2025).\"",
    );
    assert_rejected(
        &errors,
        PARAGRAPHS,
        "paragraph[0].plain",
        "citation \"nr. 155\"",
    );
    let errors = broken(
        SERVICE,
        "purpose = \"Du skal kunne klare mere selv.\"",
        "purpose = \"Du skal kunne klare mere selv (L 201).\"",
    );
    assert_rejected(&errors, SERVICE, "purpose", "citation \"L 201\"");
    // A locator in a bill that no source gives ("L 201 § 1, nr. 4").
    let errors = broken(
        KRISE,
        "section = \"Krisecentre § 109\"",
        "section = \"§ 1, nr. 4\"",
    );
    assert_rejected(
        &errors,
        KRISE,
        "facts[0].source.section",
        "citation \"nr. 4\"",
    );
    // A number the evidence quotes is fine.
    let mut files = sample();
    let p = files.iter_mut().find(|(p, _)| p == PARAGRAPHS).unwrap();
    p.1 = p.1.replace(
        "plain = \"Kommunen skal hjælpe dig, så du kan klare mere selv.\"",
        "plain = \"Kommunen skal hjælpe dig (lovbekendtgørelse nr. 798).\"",
    );
    assert!(load(&files).is_ok());
}

#[test]
fn citation_numbers_are_found() {
    let found = |t: &str| -> Vec<u64> {
        raw::citation_numbers(t)
            .into_iter()
            .map(|(_, n)| n)
            .collect()
    };
    assert_eq!(
        found("lovbekendtgørelse nr. 155 af 11. februar 2025"),
        [155]
    );
    assert_eq!(found("L 201 § 1, nr. 4 (§ 100, stk. 2)"), [201, 4]);
    assert_eq!(found("BEK nr. 1070 af 27/08/2025"), [1070, 1070]);
    assert_eq!(found("LBK 261/2024"), [261]);
    assert_eq!(found("(L 201)"), [201]);
    assert_eq!(
        found("Serviceloven § 85, stk. 2, og 15 timer pr. måned"),
        Vec::<u64>::new()
    );
    assert_eq!(found("Læs mere. L er et bogstav"), Vec::<u64>::new());
}

#[test]
fn a_fact_year_is_attested_or_not_stated() {
    // Not the document's year and not in its evidence: a guess.
    let errors = broken(KRISE, "year = 2023", "year = 2022");
    assert_rejected(&errors, KRISE, "facts[0].year", "may not be a guess");
    // A document without a year (like Gladsaxe's): only "ikke-oplyst".
    let errors = broken(ANDEBY, "year = \"ikke-oplyst\"", "year = 2020");
    assert_rejected(&errors, ANDEBY, "facts[0].year", "year 2020 is neither");
    let errors = broken(ANDEBY, "year = \"ikke-oplyst\"", "year = \"ukendt\"");
    assert_rejected(&errors, ANDEBY, "facts[0].year", "is not a year");
    let errors = broken(ANDEBY, "year = \"ikke-oplyst\"\n", "");
    assert_rejected(&errors, ANDEBY, "facts[0].year", "ikke-oplyst");
    // A processing time's year too.
    let errors = broken(
        TESTBY,
        "year = 2020\n  [[processing_times.variants]]\n  case = \"Ny",
        "year = 2021\n  [[processing_times.variants]]\n  case = \"Ny",
    );
    assert_rejected(
        &errors,
        TESTBY,
        "processing_times[0].year",
        "may not be a guess",
    );
    // The generated model says "not stated", never a number.
    let code = raw::generate(&load(&sample()).unwrap());
    assert!(code.contains("year: FactYear::NotStated"));
    assert!(code.contains("year: FactYear::Stated(2023)"));
}

#[test]
fn contact_data_comes_from_the_source() {
    let errors = broken(TESTBY, "phone = \"11 22 33 44\"", "phone = \"11 22 33 45\"");
    assert_rejected(
        &errors,
        TESTBY,
        "phone",
        "contact data must come from the source",
    );
    let errors = broken(TESTBY, "address = [\"Torvet 1\"", "address = [\"Torvet 2\"");
    assert_rejected(&errors, TESTBY, "address[0]", "contact data");
    let errors = broken(
        TESTBY,
        "email = \"social@testby.dk\"",
        "email = \"post@testby.dk\"",
    );
    assert_rejected(&errors, TESTBY, "email", "contact data");
    let errors = broken(
        TESTBY,
        "website = \"https://www.testby.dk\"",
        "website = \"https://www.testby.dk/kontakt\"",
    );
    assert_rejected(&errors, TESTBY, "website", "bare address");
    // A municipality without a website (like Gladsaxe) is fine: the sample's Andeby.
    let catalog = load(&sample()).unwrap();
    assert!(catalog
        .municipality("andeby")
        .unwrap()
        .municipality
        .value
        .website
        .is_none());
}

// ---------------------------------------------------------------------------------------
// The inconsistency mark
// ---------------------------------------------------------------------------------------

#[test]
fn inconsistency_fields() {
    let errors = broken(
        ANDEBY,
        "readings = [\"Niveau 2 til 3 er med.\", \"Niveau 2 til 4 er med.\"]",
        "readings = [\"Niveau 2 til 3 er med.\"]",
    );
    assert_rejected(
        &errors,
        ANDEBY,
        "inconsistencies[0].readings",
        "exactly two readings",
    );
    let errors = broken(ANDEBY, "part = \"criteria\"", "part = \"kriterier\"");
    assert_rejected(&errors, ANDEBY, "inconsistencies[0].part", "unknown part");
    let errors = broken(
        ANDEBY,
        "sources = [{ document = \"andeby-85\", section = \"Rengøring\" }]\nscreener",
        "sources = []\nscreener",
    );
    assert_rejected(
        &errors,
        ANDEBY,
        "inconsistencies[0].sources",
        "at least one source",
    );
    let errors = broken(
        ANDEBY,
        "sources = [{ document = \"andeby-85\"",
        "sources = [{ document = \"andeby-2019\"",
    );
    assert_rejected(
        &errors,
        ANDEBY,
        "inconsistencies[0].sources[0].document",
        "unknown document",
    );
    let errors = broken(
        ANDEBY,
        "text = \"Kilden skriver både",
        "text = \"Det koster 100 kr. Kilden skriver både",
    );
    assert_rejected(&errors, ANDEBY, "inconsistencies[0].text", "kroner");
    let errors = broken(ANDEBY, "id = \"vum-niveau\"", "id = \"Vum niveau\"");
    assert_rejected(&errors, ANDEBY, "inconsistencies[0].id", "not a valid id");
}

#[test]
fn inconsistency_screener_hooks() {
    let errors = broken(
        ANDEBY,
        "screener = { vum_levels = [4] }",
        "screener = { vum_levels = [4], vum_rule = \"all\" }",
    );
    assert_rejected(
        &errors,
        ANDEBY,
        "inconsistencies[0].screener",
        "exactly one",
    );
    let errors = broken(
        ANDEBY,
        "screener = { vum_levels = [4] }",
        "screener = { vum_levels = [0] }",
    );
    assert_rejected(
        &errors,
        ANDEBY,
        "inconsistencies[0].screener.vum_levels",
        "level 0 is not at or next to",
    );
    let errors = broken(
        ANDEBY,
        "screener = { vum_levels = [4] }",
        "screener = { vum_rule = \"all\" }",
    );
    assert_rejected(
        &errors,
        ANDEBY,
        "inconsistencies[0].screener.vum_rule",
        "at least two",
    );
    let errors = broken(
        ANDEBY,
        "screener = { vum_levels = [4] }",
        "screener = { exclusion_tag = \"botilbud\" }",
    );
    assert_rejected(
        &errors,
        ANDEBY,
        "inconsistencies[0].screener.exclusion_tag",
        "not in this service's criteria.exclusion_tags",
    );
    // A paragraph's inconsistency does not tell the screener anything.
    let errors = broken(
        PARAGRAPHS,
        "  sources = [{ document = \"serviceloven\", section = \"§ 99\" }",
        "  screener = { vum_levels = [2] }\n  sources = [{ document = \"serviceloven\", section = \"§ 99\" }",
    );
    assert_rejected(
        &errors,
        PARAGRAPHS,
        "paragraph[3].inconsistencies[0].screener",
        "only a service's inconsistency",
    );
}

#[test]
fn an_unresolved_complaint_route_needs_the_mark() {
    let errors = broken(
        PARAGRAPHS,
        "  part = \"complaint\"",
        "  part = \"national\"",
    );
    assert_rejected(
        &errors,
        PARAGRAPHS,
        "paragraph[3].complaint",
        "needs an [[paragraph.inconsistencies]] entry with part = \"complaint\"",
    );
}

#[test]
fn inconsistencies_reach_the_generated_model() {
    let code = raw::generate(&load(&sample()).unwrap());
    assert!(code.contains(
        "Inconsistency { id: \"vum-niveau\", part: \"criteria\", text: \"Kilden skriver både svære og fuldstændige problemer og kun op til svære.\", readings: &[\"Niveau 2 til 3 er med.\", \"Niveau 2 til 4 er med.\"], sources: &[Source { document: \"andeby-85\", section: \"Rengøring\" }], screener: Some(InconsistencyScreener::VumLevels(&[4])) }"
    ));
    assert!(code.contains("complaint: Klageadgang::Uafklaret"));
    assert!(code.contains("kind: Pligt::IkkeOplyst"));
    assert!(code.contains("publisher: None"));
}

// --- The register (national/kommuner.toml): the one exception to the citation rule ------

/// The real seeds with `from` replaced by `to` in one file; returns the error lines.
fn broken_real(file: &str, from: &str, to: &str) -> Vec<String> {
    let root = seeds();
    let mut files: Vec<(String, String)> = vec![];
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, root, out);
            } else if p.extension().is_some_and(|x| x == "toml") {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().to_string();
                out.push((rel, std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    walk(&root, &root, &mut files);
    let entry = files
        .iter_mut()
        .find(|(p, _)| p == file)
        .unwrap_or_else(|| panic!("no seed file {file}"));
    assert!(entry.1.contains(from), "{file} does not contain {from:?}");
    entry.1 = entry.1.replacen(from, to, 1);
    match load(&files) {
        Ok(_) => panic!("{file}: replacing {from:?} by {to:?} was accepted"),
        Err(errors) => errors,
    }
}

#[test]
fn the_register_lists_98_municipalities_with_unique_codes_and_full_names() {
    let c = raw::load(&seeds()).unwrap_or_else(|e| panic!("{}", raw::report(&e)));
    let k = &c.kommuner.as_ref().expect("national/kommuner.toml").value;
    assert_eq!(k.kommune.len(), 98);
    let codes: std::collections::BTreeSet<u16> = k.kommune.iter().map(|m| m.kode).collect();
    assert_eq!(codes.len(), 98, "unique codes");
    assert!(!codes.contains(&411), "Christiansø is not a municipality");
    let name = |kode: u16| {
        k.kommune
            .iter()
            .find(|m| m.kode == kode)
            .map(|m| m.navn.as_str())
    };
    assert_eq!(name(101), Some("Københavns Kommune"));
    assert_eq!(name(147), Some("Frederiksberg Kommune"));
    assert_eq!(name(400), Some("Bornholms Regionskommune"));
    assert_eq!(name(751), Some("Aarhus Kommune"));
    assert_eq!(name(461), Some("Odense Kommune"));
    assert_eq!(name(791), Some("Viborg Kommune"));
    assert_eq!(name(159), Some("Gladsaxe Kommune"));
    assert_eq!(name(851), Some("Aalborg Kommune"));
    for m in &k.kommune {
        assert!(
            m.navn.ends_with(" Kommune") || m.navn == "Bornholms Regionskommune",
            "{}",
            m.navn
        );
    }
    // The register's document says where the list comes from and why.
    let d = c
        .documents
        .iter()
        .map(|d| &d.value)
        .find(|d| d.id == k.source.document)
        .expect("register document");
    assert_eq!(d.kind.as_deref(), Some(raw::REGISTER));
    assert!(d.reason.as_deref().is_some_and(|r| !r.is_empty()));
    assert!(d
        .evidence
        .iter()
        .all(|e| e.section.contains("https://www.dst.dk")));
}

#[test]
fn a_register_cannot_be_the_source_of_a_legal_statement() {
    // A paragraph resting on the register.
    let errors = broken_real(
        "national/paragraphs.toml",
        r#"source = { document = "serviceloven", section = "§ 85" }"#,
        r#"source = { document = "dst-kommuner", section = "§ 85" }"#,
    );
    assert_rejected(
        &errors,
        "national/paragraphs.toml",
        "paragraph[8].source.document",
        "is a register",
    );
    // A fact (an amount) resting on the register.
    let errors = broken_real(
        "national/paragraphs.toml",
        r#"source = { document = "serviceloven", section = "§ 82 b, stk. 1" }"#,
        r#"source = { document = "dst-kommuner", section = "§ 82 b, stk. 1" }"#,
    );
    assert!(
        errors.iter().any(|e| e.contains("is a register")),
        "{errors:?}"
    );
    // A municipality's contact data resting on the register.
    let errors = broken_real(
        "viborg/municipality.toml",
        r#"source = { document = "viborg-2020", section = "Kontakt" }"#,
        r#"source = { document = "dst-kommuner", section = "Kontakt" }"#,
    );
    assert!(
        errors.iter().any(|e| e.contains("is a register")),
        "{errors:?}"
    );
}

#[test]
fn only_a_register_may_quote_a_register_and_it_licenses_no_law_number() {
    // An ordinary document with register evidence.
    let errors = broken_real(
        "national/documents.toml",
        r#"{ origin = "seed-002", section = "3.1 Lov om social service (serviceloven)", quote = "Lov nr. 573"#,
        r#"{ origin = "register", section = "3.1 Lov om social service (serviceloven)", quote = "Lov nr. 573"#,
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("only a document with kind = \"register\"")),
        "{errors:?}"
    );
    // A register without a reason, or with evidence that names no public address.
    let errors = broken_real(
        "national/documents.toml",
        "reason = \"Portalen skal kende alle kommuner",
        "# reason = \"Portalen skal kende alle kommuner",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("a register needs a reason")),
        "{errors:?}"
    );
    let errors = broken_real(
        "national/documents.toml",
        "section = \"Danmarks Statistik, https://www.dst.dk/da/Statistik/dokumentation/Times",
        "section = \"Danmarks Statistik, www.dst.dk/da/Statistik/dokumentation/Times",
    );
    assert!(
        errors.iter().any(|e| e.contains("https:// address")),
        "{errors:?}"
    );
}

#[test]
fn a_register_quote_does_not_license_a_law_number() {
    // A law number quoted only by the register cannot be cited in a section or a text.
    let mut files: Vec<(String, String)> = vec![];
    let root = seeds();
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, root, out);
            } else if p.extension().is_some_and(|x| x == "toml") {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().to_string();
                out.push((rel, std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    walk(&root, &root, &mut files);
    for (p, t) in files.iter_mut() {
        if p == "national/documents.toml" {
            *t = t.replacen(
                "quote = \"Med kommunalreformen pr. 1. jan. 2007",
                "quote = \"lov nr. 4242 af 1. jan. 2007. Med kommunalreformen pr. 1. jan. 2007",
                1,
            );
        }
        if p == "national/paragraphs.toml" {
            *t = t.replacen(
                r#"source = { document = "serviceloven", section = "§ 85" }"#,
                r#"source = { document = "serviceloven", section = "§ 85, lov nr. 4242" }"#,
                1,
            );
        }
    }
    let errors = load(&files).expect_err("accepted a law number only a register quotes");
    assert!(errors.iter().any(|e| e.contains("4242")), "{errors:?}");
}

#[test]
fn every_municipality_folder_is_in_the_register() {
    let errors = broken_real(
        "gladsaxe/municipality.toml",
        "name = \"Gladsaxe Kommune\"",
        "name = \"Gladsaxe\"",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("differs from the register")),
        "{errors:?}"
    );
}

#[test]
fn municipal_rules_are_data_and_checked() {
    // vum_most is a VUM level 1–4; instead names known paragraphs; a part is not empty.
    let errors = broken_real(
        "gladsaxe/services/socialpaedagogisk-ledsagelse.toml",
        "vum_most = 3",
        "vum_most = 7",
    );
    assert!(
        errors.iter().any(|e| e.contains("criteria.vum_most")),
        "{errors:?}"
    );
    let errors = broken_real(
        "gladsaxe/services/socialpaedagogisk-ledsagelse.toml",
        r#"instead = ["97"]"#,
        r#"instead = ["970"]"#,
    );
    assert!(
        errors.iter().any(|e| e.contains("criteria.instead[0]")),
        "{errors:?}"
    );
    let errors = broken_real(
        "gladsaxe/services/behandlingstilbud.toml",
        r#"part = "trafiktræning""#,
        r#"part = " ""#,
    );
    assert!(
        errors.iter().any(|e| e.contains("criteria.vum[1].part")),
        "{errors:?}"
    );
}
