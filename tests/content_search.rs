//! Search on the real catalogue: everyday words find the right service in the top 3.

use stotteportalen::domain::content::{search, service, HitTarget};

/// (query, municipality, expected service id among the first three hits)
const CASES: &[(&str, &str, &str)] = &[
    ("bostøtte", "viborg", "socialpaedagogisk-stoette"),
    ("misbrugsbehandling", "viborg", "behandling-af-stofmisbrug"),
    ("stofmisbrug", "viborg", "behandling-af-stofmisbrug"),
    ("alkohol", "viborg", "behandling-af-stofmisbrug"),
    ("ledsager", "viborg", "ledsageordning"),
    ("krisecenter", "viborg", "krisecenter"),
    ("vold", "viborg", "krisecenter"),
    ("hjemløs", "viborg", "forsorgshjem"),
    ("herberg", "viborg", "forsorgshjem"),
    ("hjemlos", "viborg", "forsorgshjem"),
    ("merudgifter", "viborg", "merudgifter"),
    ("kompensationsydelse", "viborg", "merudgifter"),
    ("kontaktperson", "viborg", "stoette-og-kontaktperson"),
    ("kontaktperson", "viborg", "kontaktperson-for-doevblinde"),
    ("stotte", "viborg", "socialpaedagogisk-stoette"),
    ("§ 85", "viborg", "socialpaedagogisk-stoette"),
    ("§85", "viborg", "socialpaedagogisk-stoette"),
    ("85", "viborg", "socialpaedagogisk-stoette"),
    ("paragraf 85", "viborg", "socialpaedagogisk-stoette"),
    ("paragraf 101", "viborg", "behandling-af-stofmisbrug"),
    ("§ 97", "viborg", "ledsageordning"),
    ("BPA", "viborg", "bpa"),
    ("aflastning", "viborg", "afloesning-og-aflastning"),
    ("radgivning", "viborg", "raadgivning"),
    ("specialundervisning", "viborg", "specialundervisning"),
    ("struktur", "gladsaxe", "struktur-i-hverdagen"),
    ("rengøring", "gladsaxe", "rengoering"),
    ("rengoring", "gladsaxe", "rengoering"),
    ("tøjvask", "gladsaxe", "toejvask"),
    ("vasketøj", "gladsaxe", "toejvask"),
    ("indkob", "gladsaxe", "indkoeb"),
    ("madlavning", "gladsaxe", "madlavning"),
    ("ledsager", "gladsaxe", "socialpaedagogisk-ledsagelse"),
    ("flytning", "gladsaxe", "ind-og-udflytning"),
    (
        "økonomi",
        "gladsaxe",
        "oekonomi-post-og-digital-selvbetjening",
    ),
];

fn describe(hit: &HitTarget) -> String {
    match hit {
        HitTarget::Service(s) => format!("{}/{}", s.municipality, s.id),
        HitTarget::Paragraph(p) => format!("§ {}", p.key),
        HitTarget::Page(p) => format!("side/{}", p.id),
        HitTarget::Term(t) => format!("ordliste/{}", t.id),
    }
}

#[test]
fn everyday_words_find_the_service_in_the_top_3() {
    let mut failures = Vec::new();
    for (query, municipality, expected) in CASES {
        assert!(
            service(municipality, expected).is_some(),
            "{municipality}/{expected} is not in the catalogue yet"
        );
        let hits = search(query, municipality);
        let top: Vec<String> = hits.iter().take(3).map(|h| describe(&h.target)).collect();
        println!("{query:<22} {municipality:<9} {top:?}");
        if !top.contains(&format!("{municipality}/{expected}")) {
            failures.push(format!(
                "{query:?} in {municipality}: expected {expected}, got {top:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn bostoette_in_gladsaxe_finds_its_section_85_catalogue() {
    let hits = search("bostøtte", "gladsaxe");
    let top: Vec<_> = hits.iter().take(3).collect();
    assert_eq!(top.len(), 3);
    for hit in top {
        let s = hit.service().expect("a Gladsaxe service");
        assert_eq!((s.municipality, s.main_paragraph()), ("gladsaxe", "85"));
    }
}

#[test]
fn search_stays_in_the_chosen_municipality() {
    // "støtte" is in services of both municipalities (Viborg's "Socialpædagogisk støtte",
    // Gladsaxe's "Støtte og træning i tøjvask"): each search finds only its own.
    let services = |municipality| -> Vec<String> {
        search("støtte", municipality)
            .iter()
            .filter(|h| matches!(h.target, HitTarget::Service(_)))
            .map(|h| describe(&h.target))
            .collect()
    };
    let gladsaxe = services("gladsaxe");
    assert!(
        gladsaxe.contains(&"gladsaxe/toejvask".to_string()),
        "{gladsaxe:?}"
    );
    assert!(
        gladsaxe.iter().all(|s| s.starts_with("gladsaxe/")),
        "{gladsaxe:?}"
    );
    let viborg = services("viborg");
    assert!(
        viborg.contains(&"viborg/socialpaedagogisk-stoette".to_string()),
        "{viborg:?}"
    );
    assert!(
        viborg.iter().all(|s| s.starts_with("viborg/")),
        "{viborg:?}"
    );
    assert!(search("", "viborg").is_empty());
}

#[test]
fn a_paragraph_without_a_standard_is_found_through_the_law_layer() {
    // Gladsaxe has only § 85 standards: § 109 gives the national paragraph.
    let hits = search("krisecenter", "gladsaxe");
    let first = hits.first().map(|h| describe(&h.target));
    assert_eq!(first.as_deref(), Some("§ 109"));
}
