//! Readability: LIX (læsbarhedsindeks) for every text in the catalogue.
//!
//! LIX = words / sentences + 100 × long words / words, where a long word has more than six
//! letters. Our texts aim at LIX ≤ 45 each and ≤ 40 on average (seeds/FORMAT.md).

use super::model::Catalog;

/// LIX of a text; 0 for a text without words.
///
/// A sentence ends at `.`, `!`, `?` or `:` followed by the end of the text or by a space
/// and a capital letter (so "kl. 10" and "pr. måned" do not end sentences). A
/// text without such an end counts as one sentence.
pub fn lix(text: &str) -> f64 {
    let mut words = 0usize;
    let mut long = 0usize;
    for word in text.split(|c: char| c.is_whitespace() || c == '/' || c == '–') {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let alnum = word.chars().filter(|c| c.is_alphanumeric()).count();
        if alnum == 0 {
            continue;
        }
        words += 1;
        if letters > 6 {
            long += 1;
        }
    }
    if words == 0 {
        return 0.0;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut sentences = 0usize;
    for (i, c) in chars.iter().enumerate() {
        if matches!(c, '.' | '!' | '?' | ':') {
            let rest = &chars[i + 1..];
            let next_non_space = rest.iter().position(|c| !c.is_whitespace());
            match next_non_space {
                None => sentences += 1,
                Some(0) => {}
                Some(j) => {
                    let n = rest[j];
                    if n.is_uppercase() || n == '"' || n == '«' || n == '•' {
                        sentences += 1;
                    }
                }
            }
        }
    }
    let sentences = sentences.max(1);
    words as f64 / sentences as f64 + 100.0 * long as f64 / words as f64
}

/// A text of the catalogue with a stable id, e.g. `viborg/ledsageordning#summary`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub id: String,
    pub text: String,
}

impl Text {
    /// LIX of this text.
    pub fn lix(&self) -> f64 {
        lix(&self.text)
    }
}

/// Joins list items into one text, each item a sentence.
fn join_items(items: &[&str]) -> String {
    items
        .iter()
        .map(|item| {
            let item = item.trim();
            if item.ends_with(['.', '!', '?']) {
                item.to_string()
            } else {
                format!("{item}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every prose text of the catalogue (titles, labels and headings are not included; a
/// list counts as one text with one sentence per item). Ids:
/// `<municipality>/<service>#<part>`, `paragraf/<key>#plain|national|complaint_note`,
/// `ordliste/<term>#plain`, `side/<page>#summary|section[i]`.
pub fn texts_in(catalog: &Catalog) -> Vec<Text> {
    let mut out = Vec::new();
    let mut push = |id: String, text: String| {
        if !text.trim().is_empty() {
            out.push(Text { id, text });
        }
    };
    for p in catalog.paragraphs {
        push(format!("paragraf/{}#plain", p.key), p.plain.to_string());
        push(
            format!("paragraf/{}#national", p.key),
            p.national.to_string(),
        );
        if let Some(note) = p.complaint_note {
            push(
                format!("paragraf/{}#complaint_note", p.key),
                note.to_string(),
            );
        }
        for inc in p.inconsistencies {
            push(
                format!("paragraf/{}#inconsistency-{}", p.key, inc.id),
                inconsistency_text(inc),
            );
        }
        if let Some(f) = p.floor {
            push(format!("paragraf/{}#floor-who", p.key), f.who.to_string());
            push(
                format!("paragraf/{}#floor-criteria", p.key),
                f.criteria.text.to_string(),
            );
            push(
                format!("paragraf/{}#floor-payment", p.key),
                f.egenbetaling.text.to_string(),
            );
            push(
                format!("paragraf/{}#floor-how", p.key),
                f.how_to_apply.to_string(),
            );
        }
    }
    for t in catalog.glossary {
        push(format!("ordliste/{}#plain", t.id), t.plain.to_string());
    }
    for page in catalog.pages {
        push(
            format!("side/{}#summary", page.id),
            page.summary.to_string(),
        );
        for (i, s) in page.sections.iter().enumerate() {
            let mut parts: Vec<String> = s.paragraphs.iter().map(|p| p.to_string()).collect();
            if !s.list.is_empty() {
                parts.push(join_items(s.list));
            }
            push(format!("side/{}#section[{i}]", page.id), parts.join(" "));
        }
    }
    for m in catalog.municipalities {
        for s in m.services {
            let id = |part: &str| format!("{}/{}#{part}", m.id, s.id);
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
                push(id(part), text.to_string());
            }
            if let Some(note) = s.processing_time_note {
                push(id("processing_time_note"), note.to_string());
            }
            for (part, items) in [
                ("included", s.included),
                ("not_included", s.not_included),
                ("exclusions", s.criteria.exclusions),
                ("self_paid", s.egenbetaling.self_paid),
            ] {
                push(id(part), join_items(items));
            }
            if let Some(el) = &s.elaboration {
                let mut parts: Vec<String> = el.paragraphs.iter().map(|p| p.to_string()).collect();
                if !el.list.is_empty() {
                    parts.push(join_items(el.list));
                }
                push(id("elaboration"), parts.join(" "));
            }
            for inc in s.inconsistencies {
                push(
                    id(&format!("inconsistency-{}", inc.id)),
                    inconsistency_text(inc),
                );
            }
        }
    }
    out
}

/// Every easy-read text ("Let dansk") with an id: each part (`viborg/bpa#easy-who`,
/// `paragraf/85#easy-get`, `side/klage#easy[0]`) and each whole version joined
/// (`viborg/bpa#easy`, `paragraf/85#easy`, `side/klage#easy`). Each must have LIX ≤ 25.
pub fn easy_texts_in(catalog: &Catalog) -> Vec<Text> {
    let mut out = Vec::new();
    let mut easy = |base: String, easy: &super::Easy| {
        let parts = easy.parts();
        for (part, text) in parts {
            out.push(Text {
                id: format!("{base}#easy-{}", part.name()),
                text: text.to_string(),
            });
        }
        out.push(Text {
            id: format!("{base}#easy"),
            text: join_items(&parts.map(|(_, t)| t)),
        });
    };
    for p in catalog.paragraphs {
        if let Some(e) = &p.easy {
            easy(format!("paragraf/{}", p.key), e);
        }
    }
    for m in catalog.municipalities {
        for s in m.services {
            if let Some(e) = &s.easy {
                easy(format!("{}/{}", m.id, s.id), e);
            }
        }
    }
    for page in catalog.pages {
        let mut all = Vec::new();
        for (i, e) in page.easy.iter().enumerate() {
            let text = join_items(&[e.heading, e.text]);
            out.push(Text {
                id: format!("side/{}#easy[{i}]", page.id),
                text: text.clone(),
            });
            all.push(text);
        }
        if !all.is_empty() {
            out.push(Text {
                id: format!("side/{}#easy", page.id),
                text: all.join(" "),
            });
        }
    }
    out
}

/// An inconsistency's text and its two readings, as one text.
fn inconsistency_text(inc: &super::Inconsistency) -> String {
    let mut parts = vec![inc.text.to_string()];
    parts.push(join_items(inc.readings));
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::SAMPLE;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn lix_of_known_texts() {
        // 7 words, 2 sentences, 0 long words: 3.5 + 0.
        assert!(close(lix("Du kan få hjælp. Ring til os."), 3.5));
        // 4 words, 1 sentence, 2 long ("kommunen", "bevilger"): 4 + 50.
        assert!(close(lix("Kommunen bevilger din støtte."), 54.0));
        // Exactly six letters is not long.
        assert!(close(lix("Støtte."), 1.0));
        assert!(close(lix("Støtten."), 101.0));
        assert!(close(lix(""), 0.0));
        assert!(close(lix(" – "), 0.0));
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        // "kl. 10.00" and "pr. måned": one sentence, 7 words, 0 long.
        assert!(close(lix("Ring kl. 10.00 og få svar pr. måned."), 8.0));
        // A colon before a capital letter ends a sentence.
        assert!(close(lix("Husk: Du kan klage."), 2.0));
    }

    #[test]
    fn texts_have_ids_and_lists_are_joined() {
        let texts = texts_in(&SAMPLE);
        let find = |id: &str| texts.iter().find(|t| t.id == id).map(|t| t.text.clone());
        assert_eq!(
            find("testby/bostoette#summary").as_deref(),
            Some("Du kan få støtte i dit hjem, så du kan klare mere selv.")
        );
        assert_eq!(
            find("testby/bostoette#included").as_deref(),
            Some("Hjælp til at få struktur på dagen. Hjælp til at handle ind.")
        );
        assert!(find("testby/kontaktperson#elaboration").is_some());
        assert!(find("andeby/rengoering#inconsistency-vum-niveau").is_some());
        assert!(find("paragraf/99#inconsistency-klage").is_some());
        assert!(find("paragraf/101#complaint_note").is_some());
        assert!(find("ordliste/visitation#plain").is_some());
        assert!(find("side/saadan-klager-du#section[0]").is_some());
        // Empty lists give no text.
        assert!(find("testby/kontaktperson#not_included").is_none());
    }

    #[test]
    fn easy_texts_are_each_part_and_the_whole() {
        let texts = easy_texts_in(&SAMPLE);
        let find = |id: &str| texts.iter().find(|t| t.id == id).map(|t| t.text.clone());
        // The sample's [paragraph.easy] for § 85 (crates/content-build/src/sample.rs).
        assert_eq!(
            find("paragraf/85#easy-what").as_deref(),
            Some("Du får hjælp i dit hjem.")
        );
        assert_eq!(
            find("paragraf/85#easy").as_deref(),
            Some("Du får hjælp i dit hjem. Det er for dig, der har svært ved hverdagen. En voksen hjælper dig med at lære nye ting. Du ringer til kommunen. Det er gratis.")
        );
        assert_eq!(
            find("testby/bostoette#easy-cost").as_deref(),
            Some("Det er gratis.")
        );
        // A page's heading ends with "?": no extra full stop.
        assert_eq!(
            find("side/saadan-klager-du#easy").as_deref(),
            Some("Er du uenig? Så kan du klage. Du skriver til kommunen.")
        );
        // Short sentences and short words: the sample's easy texts are easy.
        assert!(lix(&find("paragraf/85#easy").unwrap()) < 25.0);
    }
}
