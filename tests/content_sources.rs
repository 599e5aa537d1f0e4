//! The evidence of every document (seeds/, `evidence = [...]`) against the source documents
//! themselves: each quote must be in the named source, word for word (line breaks, spaces
//! and the PDF's end-of-line hyphens do not count).
//!
//! The sources are not part of this repository. The test reads them from the folder in
//! `STOTTEPORTALEN_KILDER` (which must then hold `seeds/` and `domain-facts.md`), else from
//! `../shared` next to the repository when it exists; without either it says so and checks
//! nothing. The build checks the rest of the citation rule (seeds/FORMAT.md) on its own.

use content_build as raw;

use std::path::{Path, PathBuf};

fn sources_dir() -> Option<PathBuf> {
    if let Ok(dir) = std::env::var("STOTTEPORTALEN_KILDER") {
        let dir = PathBuf::from(dir);
        assert!(
            dir.join("domain-facts.md").is_file(),
            "STOTTEPORTALEN_KILDER={} has no domain-facts.md",
            dir.display()
        );
        return Some(dir);
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    dir.join("domain-facts.md").is_file().then_some(dir)
}

/// The text of one evidence origin: `seed-002` → `seeds/002_*.txt`, `domain-facts` →
/// `domain-facts.md`.
fn origin_text(dir: &Path, origin: &str) -> Option<String> {
    if origin == "domain-facts" {
        return std::fs::read_to_string(dir.join("domain-facts.md")).ok();
    }
    let number = origin.strip_prefix("seed-")?;
    let entries = std::fs::read_dir(dir.join("seeds")).ok()?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with(&format!("{number}_")) && name.ends_with(".txt") {
            return std::fs::read_to_string(entry.path()).ok();
        }
    }
    None
}

/// The text as the quotes are compared: white space collapsed and lower case; and a second
/// form with the PDF's end-of-line hyphens joined ("ser-\nviceloven" → "serviceloven").
fn forms(text: &str) -> [String; 2] {
    let mut joined = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_end();
        if trimmed.ends_with('-') && !trimmed.ends_with(" -") && lines.peek().is_some() {
            joined.push_str(trimmed.trim_end_matches('-'));
        } else {
            joined.push_str(line);
            joined.push('\n');
        }
    }
    [raw::normalize(text), raw::normalize(&joined)]
}

#[test]
fn every_evidence_quote_is_in_its_source() {
    let Some(dir) = sources_dir() else {
        eprintln!(
            "content_sources: no source documents (set STOTTEPORTALEN_KILDER or put them in ../shared): quotes not checked"
        );
        return;
    };
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let catalog = raw::load(&seeds).unwrap_or_else(|e| panic!("{}", raw::report(&e)));
    let mut documents: Vec<(String, &raw::RawDocument)> = catalog
        .documents
        .iter()
        .map(|d| (d.path.clone(), &d.value))
        .collect();
    for m in &catalog.municipalities {
        for d in &m.municipality.value.documents {
            documents.push((m.municipality.path.clone(), d));
        }
    }
    let mut checked = 0;
    let mut missing = Vec::new();
    for (path, d) in documents {
        for e in &d.evidence {
            // A register (the list of municipalities) quotes a public page that is not among
            // the source documents; the build allows it for kommuner.toml only (see
            // tests/content_validation.rs, register_*).
            if e.origin == raw::REGISTER && d.kind.as_deref() == Some(raw::REGISTER) {
                continue;
            }
            let Some(text) = origin_text(&dir, &e.origin) else {
                missing.push(format!(
                    "{path}: {}: no source file for {:?}",
                    d.id, e.origin
                ));
                continue;
            };
            let quote = raw::normalize(&e.quote);
            if !forms(&text).iter().any(|t| t.contains(&quote)) {
                missing.push(format!(
                    "{path}: {}: {:?} is not in {} ({})",
                    d.id, e.quote, e.origin, e.section
                ));
            }
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} quotes");
    assert!(
        missing.is_empty(),
        "quotes not in their source:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_comparison_ignores_line_breaks_and_pdf_hyphens() {
    let [plain, joined] =
        forms("Udgiften skal overstige 6.540 kr. pr. år i 2019 jf. ser-\nviceloven, dette");
    assert!(joined.contains("jf. serviceloven, dette"));
    assert!(!plain.contains("jf. serviceloven"));
    let [plain, _] = forms("E-mail: \t socialafdelingen@viborg.dk \nHovedtelefon:");
    assert!(plain.contains("e-mail: socialafdelingen@viborg.dk hovedtelefon:"));
}
