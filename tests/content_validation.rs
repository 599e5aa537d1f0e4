//! The content rules (seeds/FORMAT.md) run on the real seeds/ and on broken samples.
//!
//! This test includes the same validation code as build.rs (src/domain/content/raw.rs), so
//! what passes here passes the build, and every broken sample is rejected with the file
//! path and the field.

#[path = "../src/domain/content/kinds.rs"]
mod kinds;
#[path = "../src/domain/content/raw.rs"]
mod raw;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// A temporary seeds/ folder, removed on drop.
struct TempSeeds(PathBuf);

impl TempSeeds {
    fn new(files: &[(String, String)]) -> TempSeeds {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "stotteportalen-content-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, text) in files {
            let file = dir.join(path);
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, text).unwrap();
        }
        std::fs::create_dir_all(&dir).unwrap();
        TempSeeds(dir)
    }
}

impl Drop for TempSeeds {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

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
    files[0].1.push_str(
        "\n[[document]]\nid = \"testby-2020\"\ntitle = \"Kvalitetsstandarder 2020\"\npublisher = \"Testby Kommune\"\nyear = 2020\nurl = \"https://www.testby.dk/standarder\"\n",
    );
    assert!(load(&files).is_ok());
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
        "url = \"https://www.retsinformation.dk/eli/lta/2025/155#P85\"",
        "url = \"www.retsinformation.dk\"",
    );
    assert_rejected(&errors, PARAGRAPHS, "paragraph[0].url", "https://");
    let errors = broken(
        "national/documents.toml",
        "url = \"https://www.retsinformation.dk/eli/lta/2025/155\"",
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
        "complaint_note = \"Der er ingen afgørelse, så du kan ikke klage.\"\n",
        "",
    );
    assert_rejected(
        &errors,
        PARAGRAPHS,
        "paragraph[3].complaint_note",
        "required when complaint = \"ingen-klage\"",
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
