//! Glossary links: split a text into plain text and links to glossary terms.

use super::model::Term;

/// A piece of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Plain text.
    Text(&'a str),
    /// A word that links to the glossary term `term_id` (the text as written).
    Term {
        text: &'a str,
        term_id: &'static str,
    },
}

/// Does `word` (lower case) occur in `text` at byte `at`, case-insensitively, ending at a
/// word boundary? Returns the end byte.
fn match_at(text: &str, at: usize, word: &str) -> Option<usize> {
    let mut rest = text[at..].char_indices();
    let mut end = at;
    for wc in word.chars() {
        let (i, tc) = rest.next()?;
        if !tc.to_lowercase().eq(wc.to_lowercase()) {
            return None;
        }
        end = at + i + tc.len_utf8();
    }
    match text[end..].chars().next() {
        Some(c) if c.is_alphanumeric() => None,
        _ => Some(end),
    }
}

/// Splits `text` into segments, linking the first occurrence of each term (any of its
/// forms, whole words, case-insensitive). Where two terms overlap, the earlier wins, and
/// at the same place the longer form. `except` is a term not to link (e.g. on its own page).
pub fn link_terms_with<'a>(
    text: &'a str,
    terms: &'static [Term],
    except: Option<&str>,
) -> Vec<Segment<'a>> {
    // For each term: its first occurrence (start, end).
    let mut found: Vec<(usize, usize, &'static str)> = Vec::new();
    for term in terms {
        if Some(term.id) == except {
            continue;
        }
        let mut first: Option<(usize, usize)> = None;
        for (start, _) in text.char_indices() {
            if first.is_some_and(|(s, _)| s < start) {
                break;
            }
            let at_boundary = text[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            if !at_boundary {
                continue;
            }
            for form in term.forms {
                if form.is_empty() {
                    continue;
                }
                if let Some(end) = match_at(text, start, form) {
                    if first.is_none_or(|(s, e)| start < s || (start == s && end > e)) {
                        first = Some((start, end));
                    }
                }
            }
        }
        if let Some((s, e)) = first {
            found.push((s, e, term.id));
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));

    let mut out = Vec::new();
    let mut pos = 0;
    for (start, end, term_id) in found {
        if start < pos {
            continue; // overlaps an earlier link
        }
        if start > pos {
            out.push(Segment::Text(&text[pos..start]));
        }
        out.push(Segment::Term {
            text: &text[start..end],
            term_id,
        });
        pos = end;
    }
    if pos < text.len() {
        out.push(Segment::Text(&text[pos..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::model::Source;

    const SRC: Source = Source {
        document: "d",
        section: "s",
    };
    static TERMS: [Term; 3] = [
        Term {
            id: "visitation",
            term: "Visitation",
            forms: &["visitation", "visiteret"],
            plain: "",
            source: SRC,
        },
        Term {
            id: "vum",
            term: "VUM",
            forms: &["vum", "voksenudredningsmetoden"],
            plain: "",
            source: SRC,
        },
        Term {
            id: "handleplan",
            term: "Handleplan",
            forms: &["handleplan"],
            plain: "",
            source: SRC,
        },
    ];

    #[test]
    fn links_the_first_occurrence_only() {
        let segments = link_terms_with(
            "Visitation sker efter VUM. Efter visitation får du svar.",
            &TERMS,
            None,
        );
        assert_eq!(
            segments,
            vec![
                Segment::Term {
                    text: "Visitation",
                    term_id: "visitation"
                },
                Segment::Text(" sker efter "),
                Segment::Term {
                    text: "VUM",
                    term_id: "vum"
                },
                Segment::Text(". Efter visitation får du svar."),
            ]
        );
    }

    #[test]
    fn whole_words_only_and_any_form() {
        let segments = link_terms_with("Du er visiteret. Handleplanen kommer.", &TERMS, None);
        assert_eq!(
            segments,
            vec![
                Segment::Text("Du er "),
                Segment::Term {
                    text: "visiteret",
                    term_id: "visitation"
                },
                Segment::Text(". Handleplanen kommer."),
            ]
        );
    }

    #[test]
    fn except_and_no_terms() {
        let text = "Efter visitation.";
        assert_eq!(
            link_terms_with(text, &TERMS, Some("visitation")),
            vec![Segment::Text(text)]
        );
        assert_eq!(link_terms_with("", &TERMS, None), vec![]);
    }

    #[test]
    fn handles_danish_letters_and_case() {
        static T: [Term; 1] = [Term {
            id: "egenbetaling",
            term: "Egenbetaling",
            forms: &["egenbetaling", "støtte"],
            plain: "",
            source: SRC,
        }];
        let segments = link_terms_with("Din STØTTE er gratis.", &T, None);
        assert_eq!(
            segments,
            vec![
                Segment::Text("Din "),
                Segment::Term {
                    text: "STØTTE",
                    term_id: "egenbetaling"
                },
                Segment::Text(" er gratis."),
            ]
        );
    }
}
