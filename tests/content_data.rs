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

// ---------------------------------------------------------------------------------------
// Issue 14: every statement as strong as its source, and no stronger
// ---------------------------------------------------------------------------------------

use stotteportalen::domain::content::{
    FactYear, InconsistencyScreener, Klageadgang, Pligt, Segment,
};

/// Every text a user can see that comes from seeds/: prose, titles, labels, document
/// titles and publishers, and source sections.
fn all_visible_text() -> Vec<(String, String)> {
    let c = catalog();
    let mut out: Vec<(String, String)> = content::texts()
        .into_iter()
        .map(|t| (t.id, t.text))
        .collect();
    for d in c.documents {
        out.push((format!("document/{}#title", d.id), d.title.to_string()));
        if let Some(p) = d.publisher {
            out.push((format!("document/{}#publisher", d.id), p.to_string()));
        }
        if let Some(u) = d.url {
            out.push((format!("document/{}#url", d.id), u.to_string()));
        }
    }
    for p in c.paragraphs {
        out.push((format!("paragraf/{}#url", p.key), p.url.to_string()));
        out.push((
            format!("paragraf/{}#source", p.key),
            p.source.section.to_string(),
        ));
        for f in p.facts {
            out.push((
                format!("paragraf/{}#{}", p.key, f.id),
                f.source.section.to_string(),
            ));
        }
    }
    for t in c.glossary {
        out.push((
            format!("ordliste/{}#source", t.id),
            t.source.section.to_string(),
        ));
    }
    for m in c.municipalities {
        for s in m.services {
            for f in s.facts {
                out.push((
                    format!("{}/{}#{}", m.id, s.id, f.id),
                    f.source.section.to_string(),
                ));
            }
        }
    }
    out
}

#[test]
fn no_citation_that_no_source_contains() {
    for bad in [
        "155",
        "11. februar 2025",
        "§ 1, nr.",
        "261",
        "Cabi",
        "cabiweb",
        "Klagenævnet for Specialundervisning",
        "sende sagen tilbage",
        "Social- og Boligministeriet",
        "Justitsministeriet",
        "433",
        "gladsaxe.dk",
    ] {
        let found: Vec<String> = all_visible_text()
            .into_iter()
            .filter(|(_, t)| t.contains(bad))
            .map(|(id, _)| id)
            .collect();
        assert!(found.is_empty(), "{bad:?} in {found:?}");
    }
    // The § 99 elaboration names no municipality: no publisher, not Viborg's document.
    let d = content::document("uddybning-99").expect("uddybning-99");
    assert_eq!(d.publisher, None);
    assert_eq!(d.municipality, None);
    let s = service("viborg", "stoette-og-kontaktperson").unwrap();
    assert!(s.elaboration.unwrap().paragraphs[0].contains("ikke sikkert Viborg Kommunes egen"));
    // Seed 000 names no publisher and no year.
    let d = content::document("social-indsats").unwrap();
    assert_eq!((d.publisher, d.year, d.url), (None, None, None));
}

#[test]
fn law_links_rest_on_a_sourced_consolidation() {
    let c = catalog();
    let law = content::document("serviceloven").unwrap();
    assert_eq!(
        law.url,
        Some("https://www.retsinformation.dk/eli/lta/2019/798")
    );
    assert_eq!(law.year, Some(2019));
    for p in c.paragraphs {
        match p.url_document {
            Some(id) => {
                let d = content::document(id).unwrap();
                assert!(p.url.starts_with(d.url.unwrap()), "§ {}", p.key);
            }
            None => assert_eq!(p.url, "https://www.retsinformation.dk", "§ {}", p.key),
        }
    }
    assert_eq!(paragraph("85").unwrap().url_document, Some("serviceloven"));
    assert_eq!(paragraph("specialundervisning").unwrap().url_document, None);
}

#[test]
fn gladsaxe_facts_carry_no_guessed_year() {
    let d = content::document("gladsaxe-85").unwrap();
    assert_eq!(d.year, None);
    let m = municipality("gladsaxe").unwrap();
    assert_eq!(m.website, None, "no source gives Gladsaxe's address");
    let mut n = 0;
    for s in m.services {
        for f in s.facts {
            assert_eq!(f.year, FactYear::NotStated, "gladsaxe/{}#{}", s.id, f.id);
            n += 1;
        }
    }
    assert!(n > 10, "{n}");
}

#[test]
fn a_shelter_reports_name_and_cpr() {
    // § 110, stk. 6 (seed 002): not anonymous; § 109, stk. 2: anonymous admission.
    assert!(
        !service("viborg", "forsorgshjem")
            .unwrap()
            .criteria
            .anonymous
    );
    assert!(service("viborg", "krisecenter").unwrap().criteria.anonymous);
    let anonym = content::term("anonym").expect("the glossary explains anonym");
    assert!(anonym.plain.contains("forsorgshjem"));
}

#[test]
fn kompensation_text_names_the_positive_list_and_the_floor() {
    let p = paragraph("100").unwrap();
    assert!(p.national.contains("positivlisten"), "{}", p.national);
    assert!(p.national.contains("gruppe 2"));
    assert!(!p.national.contains("dokumenterede udgifter plus"));
    assert!(p.national.contains("udskudt din folkepension"));
    let floor = p
        .facts
        .iter()
        .find(|f| f.id == "dokumenteret-graense")
        .unwrap();
    assert_eq!((floor.value, floor.year), ("2.000", FactYear::Stated(2025)));
}

#[test]
fn anonymous_treatment_is_decided_after_the_first_talk() {
    let p = paragraph("101a").unwrap();
    for text in [p.plain, p.national] {
        assert!(!text.contains("skal kommunen give dig"), "{text}");
        assert!(!text.contains("styr på dit liv"), "{text}");
        assert!(!text.contains("ellers klarer dig"), "{text}");
        assert!(text.contains("andre sociale problemer"), "{text}");
    }
    assert!(p.plain.contains("beslutter kommunen"));
    assert!(p.national.contains("afklarende samtale"));
    assert!(p.national.contains("mindst to steder"));
    assert!(p.national.contains("uden for kommunen"));
}

#[test]
fn unsourced_sentences_are_gone() {
    let p95 = paragraph("95").unwrap();
    assert!(!p95.national.contains("Kan kommunen ikke selv give"));
    assert_eq!(p95.kind, Pligt::IkkeOplyst);
    let p102 = paragraph("102").unwrap();
    assert!(!p102.national.contains("fysioterapeut"));
    assert!(!p102.national.contains("sundhedsloven"));
    assert!(p102.national.contains("sygesikringsloven"));
    let special = paragraph("specialundervisning").unwrap();
    assert_eq!(special.complaint, Klageadgang::IkkeOplyst);
    let ankestyrelsen = content::term("ankestyrelsen").unwrap();
    assert!(!ankestyrelsen.plain.contains("sende sagen tilbage"));
    // The behandlingsgaranti "kan fraviges" (§ 101, stk. 5): never "gælder ikke".
    for (id, text) in all_visible_text() {
        assert!(!text.contains("gælder garantien ikke"), "{id}");
        assert!(!text.contains("gælder fristen på 14 dage ikke"), "{id}");
    }
}

#[test]
fn the_complaint_route_of_82c_is_shown_as_unresolved() {
    let p = paragraph("82c").unwrap();
    assert_eq!(p.complaint, Klageadgang::Uafklaret);
    let inc = p
        .inconsistencies
        .iter()
        .find(|i| i.part == "complaint")
        .expect("the § 82 c complaint inconsistency");
    assert_eq!(inc.readings.len(), 2);
    let docs: Vec<&str> = inc.sources.iter().map(|s| s.document).collect();
    assert!(docs.contains(&"viborg-2020") && docs.contains(&"serviceloven"));
    let s = service("viborg", "tidlig-forebyggende-indsats").unwrap();
    assert!(!s
        .criteria
        .text
        .contains("klage til Ankestyrelsen over kommunens afgørelse om denne hjælp"));
}

#[test]
fn source_inconsistencies_are_marked_where_they_apply() {
    // Gladsaxe fastholdelse: "svære (2)" – level 2 is for the municipality to assess.
    let f = service("gladsaxe", "fastholdelse").unwrap();
    assert!(f
        .inconsistencies
        .iter()
        .any(|i| i.screener == Some(InconsistencyScreener::VumLevels(&[2]))));
    assert!(f.criteria.vum.iter().all(|v| v.min_level == 3));
    // Gladsaxe økonomi: "samfundsliv og kommunikation".
    let o = service("gladsaxe", "oekonomi-post-og-digital-selvbetjening").unwrap();
    assert!(o
        .inconsistencies
        .iter()
        .any(|i| matches!(i.screener, Some(InconsistencyScreener::VumRule(_)))));
    // Viborg bostøtte: 2.6 vs 2.18 about botilbud.
    let b = service("viborg", "socialpaedagogisk-stoette").unwrap();
    let botilbud = b
        .inconsistencies
        .iter()
        .find(|i| i.id == "botilbud")
        .expect("botilbud");
    assert_eq!(
        botilbud.screener,
        Some(InconsistencyScreener::ExclusionTag(
            stotteportalen::domain::content::ExclusionTag::Botilbud
        ))
    );
    let sections: Vec<&str> = botilbud.sources.iter().map(|s| s.section).collect();
    assert!(sections.contains(&"2.6") && sections.contains(&"2.18"));
    // Rådgivning: no application, but a processing time in the table.
    let r = service("viborg", "raadgivning").unwrap();
    assert!(r.inconsistencies_in(Part::ProcessingTime).next().is_some());
    // Every mark: two readings, at least one source, a known document.
    for m in catalog().municipalities {
        for s in m.services {
            for i in s.inconsistencies {
                assert_eq!(i.readings.len(), 2, "{}/{}#{}", m.id, s.id, i.id);
                for src in i.sources {
                    assert!(content::document(src.document).is_some());
                }
            }
        }
    }
}

#[test]
fn transport_to_activities_is_kan_and_links_koersel() {
    let s = service("viborg", "aktivitets-og-samvaerstilbud").unwrap();
    assert!(!s.egenbetaling.text.contains("betaler kommunen din kørsel"));
    assert!(s
        .egenbetaling
        .text
        .contains("kan kommunen betale din kørsel"));
    assert!(s.egenbetaling.text.contains("Kørsel til dagtilbud"));
    assert!(s.see_also.iter().any(|h| h.service == "befordring"));
}

#[test]
fn plain_danish_fixes() {
    for (id, text) in all_visible_text() {
        for bad in [
            "mange værested",
            "spare op til 90 timer op",
            "Et job et trygt sted",
            "varig nedsat",
            "ud ud fra",
            "frit valg af leverandør",
        ] {
            assert!(!text.contains(bad), "{id}: {bad:?} in {text:?}");
        }
    }
    // Words explained in the glossary.
    for (term, word) in [
        ("tilbudsportalen", "Tilbudsportalen"),
        ("bistandstillaeg", "bistandstillæg"),
        ("bistandstillaeg", "plejetillæg"),
    ] {
        let segments = content::link_terms(word, None);
        assert!(
            segments
                .iter()
                .any(|s| matches!(s, Segment::Term { term_id, .. } if *term_id == term)),
            "{word} does not link to {term}"
        );
    }
    // "anonym behandling" is not "anonym rådgivning".
    let segments = content::link_terms("Du kan få anonym behandling.", None);
    assert!(segments
        .iter()
        .all(|s| !matches!(s, Segment::Term { term_id, .. } if *term_id == "anonym-raadgivning")));
    let segments = content::link_terms("Du kan få anonym rådgivning.", None);
    assert!(segments
        .iter()
        .any(|s| matches!(s, Segment::Term { term_id, .. } if *term_id == "anonym-raadgivning")));
}
