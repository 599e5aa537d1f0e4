//! Every text for every reader (issue 17): the English files in seeds/en/ and the
//! easy-read versions, with the rules the build runs (crates/content-build `load_both`).
//!
//! The broken samples show that the build refuses a missing English file, a changed id,
//! source or number, a list of another length, a text left in Danish, and a missing
//! easy-read version.

use content_build as raw;

mod common;
use common::{seeds, TempSeeds};

use stotteportalen::domain::content::{catalog, catalog_in, lix, Language};

/// A real national page and its English file (indexes 1 and 2), with what they cite: the
/// national documents, the register, Viborg's municipality file (its document) and the
/// paragraphs (its processing times name them).
fn page_files() -> Vec<(String, String)> {
    let read = |p: &str| std::fs::read_to_string(seeds().join(p)).unwrap();
    [
        "national/documents.toml",
        "national/pages/klage.toml",
        "en/national/pages/klage.toml",
        "national/kommuner.toml",
        "viborg/municipality.toml",
        "en/viborg/municipality.toml",
        "national/paragraphs.toml",
        "en/national/paragraphs.toml",
    ]
    .iter()
    .map(|p| (p.to_string(), read(p)))
    .collect()
}

fn load(files: &[(String, String)]) -> Result<(), Vec<String>> {
    let dir = TempSeeds::new(files);
    raw::load_both(&dir.0)
        .map(|_| ())
        .map_err(|errors| errors.iter().map(|e| e.to_string()).collect())
}

/// The page files with `from` replaced by `to` in the file at `path`.
fn broken(path: &str, from: &str, to: &str) -> Vec<String> {
    let mut files = page_files();
    let entry = files.iter_mut().find(|(p, _)| p == path).unwrap();
    assert!(entry.1.contains(from), "{path} has no {from:?}");
    entry.1 = entry.1.replacen(from, to, 1);
    load(&files).expect_err("the build must refuse this")
}

fn assert_error(errors: &[String], file: &str, words: &str) {
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with(file) && e.contains(words)),
        "expected an error in {file} with {words:?}, got:\n{}",
        errors.join("\n")
    );
}

#[test]
fn the_real_seeds_have_english_and_easy_read_for_everything() {
    raw::load_both(&seeds()).unwrap_or_else(|errors| {
        panic!("seeds/ fails:\n{}", raw::report(&errors));
    });
}

#[test]
fn the_page_sample_loads() {
    load(&page_files()).unwrap_or_else(|e| panic!("{}", e.join("\n")));
}

#[test]
fn a_missing_english_file_fails_the_build() {
    let files: Vec<_> = page_files()
        .into_iter()
        .filter(|(p, _)| !p.starts_with("en/"))
        .collect();
    let errors = load(&files).unwrap_err();
    assert_error(&errors, "seeds/en/national/pages/klage.toml", "missing");
}

#[test]
fn an_english_file_without_a_danish_one_fails() {
    let mut files = page_files();
    let en = files[2].1.replace("id = \"klage\"", "id = \"klager\"");
    files.push(("en/national/pages/klager.toml".into(), en));
    let errors = load(&files).unwrap_err();
    assert_error(
        &errors,
        "seeds/en/national/pages/klager.toml",
        "no Danish file",
    );
}

#[test]
fn ids_sources_and_numbers_stay_identical() {
    let errors = broken(
        "en/national/pages/klage.toml",
        "id = \"klage\"",
        "id = \"complaints\"",
    );
    assert_error(
        &errors,
        "seeds/en/national/pages/klage.toml",
        "must be the same",
    );
    let errors = broken(
        "en/national/pages/klage.toml",
        "section = \"§ 67\"",
        "section = \"section 67\"",
    );
    assert_error(
        &errors,
        "seeds/en/national/pages/klage.toml",
        "must be the same",
    );
    let errors = broken(
        "en/national/pages/klage.toml",
        "value = \"4\"",
        "value = \"5\"",
    );
    assert_error(
        &errors,
        "seeds/en/national/pages/klage.toml",
        "must be the same",
    );
}

#[test]
fn a_list_of_another_length_fails() {
    let en = &page_files()[2].1;
    // Keep only the first item of the first list in the English file.
    let start = en.find("paragraphs = [").unwrap();
    let end = start + en[start..].find(']').unwrap();
    let list = &en[start..end];
    let first_end = list.find("\",").unwrap() + 2;
    assert!(
        list[first_end..].contains('"'),
        "the first list has more than one item"
    );
    let shorter = format!("{}\n", &list[..first_end]);
    let errors = broken("en/national/pages/klage.toml", list, &shorter);
    assert_error(
        &errors,
        "seeds/en/national/pages/klage.toml",
        "items in Danish",
    );
}

#[test]
fn a_text_left_in_danish_fails() {
    let da = &page_files()[1].1;
    let en = &page_files()[2].1;
    let summary = |t: &str| {
        let line = t.lines().find(|l| l.starts_with("summary = ")).unwrap();
        line.to_string()
    };
    let errors = broken("en/national/pages/klage.toml", &summary(en), &summary(da));
    assert_error(
        &errors,
        "seeds/en/national/pages/klage.toml",
        "not translated",
    );
}

#[test]
fn easy_read_is_danish_only_and_required() {
    // The English file may not carry the easy-read tables.
    let da = &page_files()[1].1;
    let easy = &da[da.find("[[easy]]").unwrap()..];
    let mut files = page_files();
    files[2].1.push_str(&format!("\n{easy}"));
    let errors = load(&files).unwrap_err();
    assert_error(&errors, "seeds/en/national/pages/klage.toml", "Danish only");
    // A Danish page without its easy-read version cannot be built.
    let errors = broken("national/pages/klage.toml", "[[easy]]", "[[ignored]]");
    assert!(!errors.is_empty());
    let mut files = page_files();
    let cut = files[1].1.find("[[easy]]").unwrap();
    files[1].1.truncate(cut);
    let errors = load(&files).unwrap_err();
    assert_error(&errors, "seeds/national/pages/klage.toml", "easy-read");
}

#[test]
fn every_easy_read_text_has_lix_at_most_25() {
    let texts = catalog().easy_texts();
    let mut rows: Vec<(String, f64)> = texts.iter().map(|t| (t.id.clone(), lix(&t.text))).collect();
    rows.sort_by(|a, b| b.1.total_cmp(&a.1));
    for (id, value) in rows.iter().take(10) {
        println!("{id:<60} {value:>5.1}");
    }
    let whole = rows.iter().filter(|r| r.0.ends_with("#easy")).count();
    let c = catalog();
    let services: usize = c.municipalities.iter().map(|m| m.services.len()).sum();
    // One whole easy-read text per service, paragraph and general page.
    assert_eq!(whole, services + c.paragraphs.len() + c.pages.len());
    let too_hard: Vec<String> = rows
        .iter()
        .filter(|r| r.1 > 25.0)
        .map(|r| format!("{} ({:.1})", r.0, r.1))
        .collect();
    assert!(
        too_hard.is_empty(),
        "easy-read above LIX 25: {}",
        too_hard.join(", ")
    );
}

#[test]
fn the_english_catalogue_is_the_danish_one_in_english() {
    let da = catalog_in(Language::Danish);
    let en = catalog_in(Language::English);
    // The same services, paragraphs, pages and terms, in the same order.
    let ids = |c: &'static stotteportalen::domain::content::Catalog| {
        c.municipalities
            .iter()
            .flat_map(|m| m.services.iter().map(move |s| format!("{}/{}", m.id, s.id)))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(da), ids(en));
    assert_eq!(
        da.paragraphs.iter().map(|p| p.key).collect::<Vec<_>>(),
        en.paragraphs.iter().map(|p| p.key).collect::<Vec<_>>()
    );
    // Texts differ; facts (values, years, sources) do not.
    let bpa_da = da.service("viborg", "bpa").unwrap();
    let bpa_en = en.service("viborg", "bpa").unwrap();
    assert_ne!(bpa_da.summary, bpa_en.summary);
    assert_eq!(bpa_da.facts.len(), bpa_en.facts.len());
    for (a, b) in bpa_da.facts.iter().zip(bpa_en.facts) {
        assert_eq!((a.id, a.value, a.source), (b.id, b.value, b.source));
    }
    // § 100's paragraph in English names the law as the Danish one does.
    let p100 = en.paragraph("100").unwrap();
    assert_eq!(p100.label, "§ 100");
    assert_ne!(p100.title, da.paragraph("100").unwrap().title);
    // No easy-read in the English catalogue.
    assert!(en.paragraphs.iter().all(|p| p.easy.is_none()));
    // Every English text is free of "<number> kr." amounts (the text rule holds in English).
    for t in en.texts() {
        assert!(
            !regex_like_amount(&t.text),
            "{}: an amount in the text",
            t.id
        );
    }
}

/// "<digits> kr." in a text.
fn regex_like_amount(text: &str) -> bool {
    let b = text.as_bytes();
    text.match_indices(" kr.")
        .any(|(i, _)| i > 0 && b[i - 1].is_ascii_digit())
}

#[test]
fn english_search_finds_english_words_and_danish_search_is_unchanged() {
    use stotteportalen::domain::content::{search_in, HitTarget};
    let first_service = |language, query: &str| {
        search_in(language, query, "viborg")
            .into_iter()
            .find_map(|h| match h.target {
                HitTarget::Service(s) => Some(s.id),
                _ => None,
            })
    };
    // "housing support" is a keyword of seeds/en/viborg/services/socialpaedagogisk-stoette.toml.
    assert_eq!(
        first_service(Language::English, "housing support"),
        Some("socialpaedagogisk-stoette")
    );
    // "personal assistance": seeds/en/viborg/services/bpa.toml.
    assert_eq!(
        first_service(Language::English, "personal assistance"),
        Some("bpa")
    );
    // The Danish index is the Danish one.
    assert_eq!(
        first_service(Language::Danish, "bostøtte"),
        Some("socialpaedagogisk-stoette")
    );
    // An English hit shows the English title.
    let hit = search_in(Language::English, "housing support", "viborg");
    assert!(hit
        .iter()
        .any(|h| h.title().starts_with("Social-pedagogical support")));
}
