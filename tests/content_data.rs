//! The real catalogue (seeds/) against what the sources contain.
//!
//! These tests fail while the data is still being written: that is on purpose.

use std::collections::BTreeSet;

use stotteportalen::domain::content::{
    self, catalog, glossary, municipality, pages, paragraph, service, services_for, FactKind, Part,
};

const VIBORG: [(&str, &str); 21] = [
    ("2.1", "raadgivning"),
    ("2.2", "omsorg"),
    ("2.3", "tidlig-forebyggende-indsats"),
    ("2.4", "personlig-pleje-og-praktisk-hjaelp"),
    ("2.5", "afloesning-og-aflastning"),
    ("2.6", "socialpaedagogisk-stoette"),
    ("2.7", "bpa"),
    ("2.8", "ledsageordning"),
    ("2.9", "kontaktperson-for-doevblinde"),
    ("2.10", "stoette-og-kontaktperson"),
    ("2.11", "merudgifter"),
    ("2.12", "behandling-af-stofmisbrug"),
    ("2.13", "saerlig-behandling"),
    ("2.14", "beskyttet-beskaeftigelse"),
    ("2.15", "aktivitets-og-samvaerstilbud"),
    ("2.16", "befordring"),
    ("2.17", "midlertidigt-botilbud"),
    ("2.18", "laengerevarende-botilbud"),
    ("2.19", "krisecenter"),
    ("2.20", "forsorgshjem"),
    ("2.21", "specialundervisning"),
];

const GLADSAXE: [&str; 12] = [
    "ind-og-udflytning",
    "rengoering",
    "toejvask",
    "behandlingstilbud",
    "egenomsorg",
    "oekonomi-post-og-digital-selvbetjening",
    "indkoeb",
    "madlavning",
    "netvaerk",
    "struktur-i-hverdagen",
    "socialpaedagogisk-ledsagelse",
    "fastholdelse",
];

/// The paragraph keys listed in seeds/FORMAT.md ("Paragraph keys (…)" up to "Life situations").
fn format_keys() -> Vec<String> {
    let format = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/FORMAT.md"))
        .expect("seeds/FORMAT.md");
    let start = format
        .find("- Paragraph keys")
        .expect("Paragraph keys in FORMAT.md");
    let end = start
        + format[start..]
            .find("- Life situations")
            .expect("Life situations");
    let block = &format[start..end];
    let keys: Vec<String> = block
        .split('`')
        .skip(1)
        .step_by(2)
        .filter_map(|s| s.strip_prefix('"').and_then(|s| s.strip_suffix('"')))
        .filter(|k| *k != "key")
        .map(str::to_string)
        .collect();
    assert!(keys.len() >= 27, "found only {keys:?} in FORMAT.md");
    keys
}

#[test]
fn viborg_has_21_standards_with_sections_2_1_to_2_21() {
    let services = services_for("viborg");
    let found: Vec<(&str, &str)> = services.iter().map(|s| (s.section, s.id)).collect();
    assert_eq!(
        found,
        VIBORG.to_vec(),
        "Viborg's standards (section, id), sorted by section"
    );
}

#[test]
fn gladsaxe_has_the_12_section_85_services() {
    let services = services_for("gladsaxe");
    let ids: BTreeSet<&str> = services.iter().map(|s| s.id).collect();
    let expected: BTreeSet<&str> = GLADSAXE.into_iter().collect();
    assert_eq!(ids, expected);
    for s in services {
        assert_eq!(s.main_paragraph(), "85", "gladsaxe/{}", s.id);
    }
}

#[test]
fn viborg_99_has_its_elaboration() {
    let s = service("viborg", "stoette-og-kontaktperson").expect("viborg/stoette-og-kontaktperson");
    assert_eq!(s.main_paragraph(), "99");
    let elaboration = s.elaboration.expect("the § 99 faglig uddybning");
    assert_eq!(elaboration.source.document, "uddybning-99");
    assert_eq!(s.source_of(Part::Elaboration).document, "uddybning-99");
    assert!(!s.criteria.visitation, "§ 99 is not visited");
}

#[test]
fn law_layer_has_every_paragraph_key_of_the_format() {
    let missing: Vec<String> = format_keys()
        .into_iter()
        .filter(|k| paragraph(k).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "missing in national/paragraphs.toml: {missing:?}"
    );
}

#[test]
fn municipalities_and_national_texts_exist() {
    for id in ["viborg", "gladsaxe"] {
        assert!(municipality(id).is_some(), "seeds/{id}/municipality.toml");
    }
    assert!(!glossary().is_empty(), "national/glossary.toml");
    assert!(!pages().is_empty(), "national/pages/*.toml");
    for id in [
        "viborg-2020",
        "gladsaxe-85",
        "uddybning-99",
        "serviceloven",
        "social-indsats",
        "psykiske-vanskeligheder",
    ] {
        assert!(content::document(id).is_some(), "document {id}");
    }
}

#[test]
fn every_amount_and_deadline_has_year_and_source() {
    let c = catalog();
    let mut facts = Vec::new();
    for p in c.paragraphs {
        facts.extend(p.facts.iter().map(|f| (format!("paragraf/{}", p.key), f)));
    }
    for page in c.pages {
        facts.extend(page.facts.iter().map(|f| (format!("side/{}", page.id), f)));
    }
    for m in c.municipalities {
        for s in m.services {
            facts.extend(s.facts.iter().map(|f| (format!("{}/{}", m.id, s.id), f)));
        }
        for pt in m.processing_times {
            assert!((1990..=2100).contains(&pt.year), "{}: {}", m.id, pt.id);
            assert!(
                content::document(pt.source.document).is_some(),
                "{}: {}",
                m.id,
                pt.id
            );
        }
    }
    assert!(!facts.is_empty(), "no facts yet");
    for (owner, f) in &facts {
        if let Some(year) = f.year.number() {
            assert!(
                (1990..=2100).contains(&year),
                "{owner}#{}: year {year}",
                f.id
            );
        }
        assert!(
            content::document(f.source.document).is_some(),
            "{owner}#{}: source {}",
            f.id,
            f.source.document
        );
        assert!(!f.source.section.is_empty(), "{owner}#{}", f.id);
        if f.kind == FactKind::Amount {
            assert!(
                f.unit.starts_with("kr"),
                "{owner}#{}: unit {}",
                f.id,
                f.unit
            );
        }
    }
    // Kinds of facts the sources have: the § 109/§ 110 daily rates and the § 97 hours.
    let krisecenter = service("viborg", "krisecenter").expect("viborg/krisecenter");
    assert!(
        krisecenter
            .egenbetaling_facts()
            .iter()
            .any(|f| f.kind == FactKind::Amount),
        "viborg/krisecenter: egenbetaling per døgn"
    );
    let forsorgshjem = service("viborg", "forsorgshjem").expect("viborg/forsorgshjem");
    assert!(
        forsorgshjem
            .egenbetaling_facts()
            .iter()
            .any(|f| f.kind == FactKind::Amount),
        "viborg/forsorgshjem: egenbetaling per døgn"
    );
}

#[test]
fn no_section_is_empty() {
    let c = catalog();
    for page in c.pages {
        assert!(!page.sections.is_empty(), "side/{}", page.id);
        for (i, s) in page.sections.iter().enumerate() {
            assert!(
                !s.heading.trim().is_empty(),
                "side/{}#section[{i}]",
                page.id
            );
            assert!(
                !(s.paragraphs.is_empty() && s.list.is_empty()),
                "side/{}#section[{i}]",
                page.id
            );
        }
    }
    for m in c.municipalities {
        for s in m.services {
            let id = format!("{}/{}", m.id, s.id);
            for (part, text) in [
                ("summary", s.summary),
                ("who", s.who),
                ("purpose", s.purpose),
                ("scope", s.scope),
                ("place", s.place),
                ("follow_up", s.follow_up),
                ("free_choice", s.free_choice),
                ("how_to_apply", s.how_to_apply),
                ("criteria", s.criteria.text),
                ("egenbetaling", s.egenbetaling.text),
            ] {
                assert!(!text.trim().is_empty(), "{id}#{part}");
            }
            assert!(!s.included.is_empty(), "{id}#included");
            assert!(!s.situations.is_empty(), "{id}#situations");
            assert!(
                !content::processing_time_text(s).is_empty(),
                "{id}#processing_time"
            );
        }
    }
}

#[test]
fn every_cross_reference_resolves() {
    let c = catalog();
    let doc = |id: &str, owner: &str| {
        assert!(
            content::document(id).is_some(),
            "{owner}: unknown document {id}"
        );
    };
    for p in c.paragraphs {
        doc(p.source.document, p.key);
    }
    for t in c.glossary {
        doc(t.source.document, t.id);
    }
    for page in c.pages {
        for s in page.sections {
            doc(s.source.document, page.id);
        }
    }
    for m in c.municipalities {
        doc(m.source.document, m.id);
        for pt in m.processing_times {
            for key in pt.paragraphs {
                assert!(paragraph(key).is_some(), "{}: {}: § {key}", m.id, pt.id);
            }
        }
        for s in m.services {
            let id = format!("{}/{}", m.id, s.id);
            for key in s.paragraphs {
                assert!(paragraph(key).is_some(), "{id}: § {key}");
            }
            for r in s.see_also {
                assert!(
                    service(r.municipality, r.service).is_some(),
                    "{id}: see_also {}/{}",
                    r.municipality,
                    r.service
                );
            }
            if s.processing_time.is_some() {
                assert!(
                    content::processing_time(s).is_some(),
                    "{id}: processing_time"
                );
            }
            for part in Part::ALL {
                doc(s.source_of(*part).document, &id);
            }
            for f in s.egenbetaling.facts {
                assert!(s.fact(f).is_some(), "{id}: egenbetaling fact {f}");
            }
        }
    }
}

#[test]
fn every_paragraph_without_a_standard_has_a_national_text() {
    for m in content::municipalities() {
        for p in content::paragraphs() {
            let coverage = content::paragraph_in(m.id, p.key).unwrap();
            if coverage.own_level_missing() {
                assert!(
                    !coverage.national_description().unwrap_or("").is_empty(),
                    "{}: § {}",
                    m.id,
                    p.key
                );
            }
        }
    }
}

/// The portal never says "you are entitled": no content text may say "ret til" or
/// "berettiget" (the municipality assesses; the portal says what might fit).
#[test]
fn no_text_promises_an_entitlement() {
    let offending: Vec<String> = stotteportalen::domain::content::texts()
        .into_iter()
        .filter(|t| {
            let lower = t.text.to_lowercase();
            let words: Vec<&str> = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            words.windows(2).any(|w| w == ["ret", "til"]) || lower.contains("berettig")
        })
        .map(|t| format!("{}: {}", t.id, t.text))
        .collect();
    assert!(
        offending.is_empty(),
        "texts that promise an entitlement: {offending:#?}"
    );
}
