//! Search in everyday words: services of one municipality, plus paragraphs that the
//! municipality has no standard for, general pages and glossary terms.
//!
//! - case-insensitive, prefix matching ("ledsa" finds "ledsageordning"), and inside
//!   compound words for longer words ("misbrug" finds "stofmisbrug");
//! - tolerant of missing æ/ø/å: "stotte", "stoette" and "støtte" are the same word
//!   (æ → ae/a/e, ø → oe/o, å → aa/a);
//! - paragraph references: "§ 85", "§85", "85", "paragraf 85", "§ 101 a";
//! - a synonym table ([`SYNONYMER`]) maps everyday words to paragraphs ("bostøtte" → § 85),
//!   on top of the keywords in the data.
//!
//! The search is a pure function of the catalogue and the query.

use super::model::{Catalog, Kvalitetsstandard, Page, Paragraph, Term};

/// What a hit points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HitTarget {
    /// A service standard of the chosen municipality.
    Service(&'static Kvalitetsstandard),
    /// A paragraph the municipality has no standard for in the portal (show
    /// `paragraph.national` and say that the municipality's own level is not here).
    Paragraph(&'static Paragraph),
    /// A general page.
    Page(&'static Page),
    /// A glossary term.
    Term(&'static Term),
}

/// One search result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchHit {
    pub target: HitTarget,
    /// Higher is better; only the order matters.
    pub score: u32,
}

impl SearchHit {
    /// The title to show.
    pub fn title(&self) -> &'static str {
        match self.target {
            HitTarget::Service(s) => s.title,
            HitTarget::Paragraph(p) => p.title,
            HitTarget::Page(p) => p.title,
            HitTarget::Term(t) => t.term,
        }
    }

    /// A short text to show under the title.
    pub fn summary(&self) -> &'static str {
        match self.target {
            HitTarget::Service(s) => s.summary,
            HitTarget::Paragraph(p) => p.plain,
            HitTarget::Page(p) => p.summary,
            HitTarget::Term(t) => t.plain,
        }
    }

    /// The service, if the hit is one.
    pub fn service(&self) -> Option<&'static Kvalitetsstandard> {
        match self.target {
            HitTarget::Service(s) => Some(s),
            _ => None,
        }
    }
}

/// Everyday words → paragraph keys. A query word matches an entry when it is the word,
/// a beginning of it (at least 4 letters), or the word with an ending ("hjemløse").
pub const SYNONYMER: &[(&str, &[&str])] = &[
    ("bostøtte", &["85"]),
    ("hjemmevejleder", &["85"]),
    ("hjemmevejledning", &["85"]),
    ("socialpædagog", &["85"]),
    ("støttekontaktperson", &["85", "99"]),
    ("misbrug", &["101", "101a"]),
    ("misbrugsbehandling", &["101", "101a"]),
    ("stofmisbrug", &["101", "101a"]),
    ("stoffer", &["101", "101a"]),
    ("narkotika", &["101", "101a"]),
    ("hash", &["101", "101a"]),
    ("kokain", &["101", "101a"]),
    ("alkohol", &["101", "101a"]),
    ("alkoholmisbrug", &["101", "101a"]),
    ("afvænning", &["101", "101a"]),
    ("ledsager", &["97"]),
    ("ledsagelse", &["97"]),
    ("følgeskab", &["97"]),
    ("krisecenter", &["109"]),
    ("kvindekrisecenter", &["109"]),
    ("vold", &["109"]),
    ("voldsramt", &["109"]),
    ("partnervold", &["109"]),
    ("hjemløs", &["110"]),
    ("hjemløshed", &["110"]),
    ("herberg", &["110"]),
    ("forsorgshjem", &["110"]),
    ("husvild", &["110"]),
    ("merudgift", &["100"]),
    ("merudgifter", &["100"]),
    ("merudgiftsydelse", &["100"]),
    ("kompensationsydelse", &["100"]),
    ("ekstraudgifter", &["100"]),
    ("kontaktperson", &["98", "99"]),
    ("døvblind", &["98"]),
    ("opsøgende", &["99"]),
    ("bpa", &["96"]),
    ("hjælperordning", &["96", "95"]),
    ("handicaphjælper", &["96", "95"]),
    ("aflastning", &["84"]),
    ("afløsning", &["84"]),
    ("hjemmehjælp", &["83"]),
    ("hjemmepleje", &["83"]),
    ("pleje", &["83"]),
    ("madservice", &["83"]),
    ("rehabilitering", &["83a"]),
    ("botilbud", &["107", "108"]),
    ("bosted", &["107", "108"]),
    ("beskyttet", &["103"]),
    ("værksted", &["103"]),
    ("værested", &["104"]),
    ("samværstilbud", &["104"]),
    ("aktivitetstilbud", &["104"]),
    ("specialundervisning", &["specialundervisning"]),
    ("ordblind", &["specialundervisning"]),
    ("handleplan", &["141"]),
    ("omsorgspligt", &["82"]),
    ("akuttilbud", &["82c"]),
];

/// Everyday words → other words to look for as well.
pub const ORDSYNONYMER: &[(&str, &[&str])] = &[
    ("vasketøj", &["tøjvask"]),
    ("vaske", &["tøjvask"]),
    ("kørsel", &["befordring"]),
    ("transport", &["befordring"]),
    ("taxa", &["befordring"]),
    ("penge", &["økonomi"]),
    ("regninger", &["økonomi"]),
    ("job", &["beskæftigelse"]),
    ("arbejde", &["beskæftigelse"]),
    ("handle", &["indkøb"]),
    ("mad", &["madlavning"]),
    ("rengøre", &["rengøring"]),
    ("ensom", &["netværk"]),
    ("venner", &["netværk"]),
];

/// Words that carry no meaning in a search.
const STOPORD: &[&str] = &[
    "og", "i", "til", "af", "at", "på", "for", "med", "en", "et", "den", "det", "de", "jeg", "mig",
    "min", "mit", "mine", "du", "dig", "din", "dit", "er", "har", "kan", "vil", "skal", "om",
    "hvad", "hvordan", "hvor", "hvem", "der", "som", "ikke", "eller", "fra", "ved", "hos", "man",
    "sig", "få", "jeg", "os", "vi", "the", "of",
];

/// Folds a lower-case word three ways: æ→ae/ø→oe/å→aa, æ→a/ø→o/å→a and æ→e/ø→o/å→a.
fn folds(word: &str) -> [String; 3] {
    let mut a = String::with_capacity(word.len() + 4);
    let mut b = String::with_capacity(word.len());
    let mut c = String::with_capacity(word.len());
    for ch in word.chars() {
        let (x, y, z) = match ch {
            'æ' => ("ae", "a", "e"),
            'ø' => ("oe", "o", "o"),
            'å' => ("aa", "a", "a"),
            'é' | 'è' | 'ê' | 'ë' => ("e", "e", "e"),
            'ü' => ("u", "u", "u"),
            'ö' => ("oe", "o", "o"),
            'ä' => ("ae", "a", "e"),
            _ => {
                a.push(ch);
                b.push(ch);
                c.push(ch);
                continue;
            }
        };
        a.push_str(x);
        b.push_str(y);
        c.push_str(z);
    }
    [a, b, c]
}

/// Splits a text into lower-case words (letters and digits); `§` is a word of its own.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            current.extend(ch.to_lowercase());
        } else {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            if ch == '§' {
                out.push("§".to_string());
            }
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// A word prepared for matching.
struct Folded {
    forms: [String; 3],
}

impl Folded {
    fn new(word: &str) -> Folded {
        Folded { forms: folds(word) }
    }
}

const EXACT: u32 = 3;
const PREFIX: u32 = 2;
const INFIX: u32 = 1;

/// How well a query word matches a text word: 3 same word, 2 beginning, 1 inside, 0 not.
fn quality(query: &Folded, word: &Folded) -> u32 {
    let mut best = 0;
    for q in &query.forms {
        for w in &word.forms {
            let m = if q == w {
                EXACT
            } else if w.starts_with(q.as_str()) {
                PREFIX
            } else if q.chars().count() >= 4 && w.contains(q.as_str()) {
                INFIX
            } else {
                0
            };
            best = best.max(m);
            if best == EXACT {
                return best;
            }
        }
    }
    best
}

/// A text field with a weight.
struct Field {
    weight: u32,
    words: Vec<Folded>,
}

fn field(weight: u32, texts: &[&str]) -> Field {
    Field {
        weight,
        words: texts
            .iter()
            .flat_map(|t| words(t))
            .map(|w| Folded::new(&w))
            .collect(),
    }
}

/// One query word with its alternatives from [`ORDSYNONYMER`].
struct QueryWord {
    alternatives: Vec<Folded>,
}

/// The parsed query.
struct Query {
    words: Vec<QueryWord>,
    /// Paragraphs named in the query ("§ 85", "85").
    named: Vec<String>,
    /// Paragraphs from the synonym table.
    synonyms: Vec<String>,
}

fn is_key_like(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit()) && word.len() <= 5
}

fn synonym_matches(query: &Folded, entry: &Folded) -> bool {
    query.forms.iter().any(|q| {
        entry.forms.iter().any(|e| {
            q == e
                || (q.chars().count() >= 4 && e.starts_with(q.as_str()))
                || (e.chars().count() >= 4 && q.starts_with(e.as_str()))
        })
    })
}

fn parse_query(catalog: &Catalog, query: &str) -> Query {
    let tokens = words(query);
    let has_key = |k: &str| catalog.paragraphs.iter().any(|p| p.key == k);
    let mut named = Vec::new();
    let mut rest = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i].as_str();
        let marker = matches!(t, "§" | "paragraf" | "paragraph" | "par" | "paragraffen");
        let (candidate, used) = if marker && i + 1 < tokens.len() {
            (Some(tokens[i + 1].clone()), 2)
        } else if is_key_like(t) {
            (Some(t.to_string()), 1)
        } else {
            (None, 1)
        };
        if let Some(mut key) = candidate {
            let mut used = used;
            // "§ 101 a" → "101a"
            if let Some(next) = tokens.get(i + used) {
                let joined = format!("{key}{next}");
                if next.len() == 1 && has_key(&joined) {
                    key = joined;
                    used += 1;
                }
            }
            if has_key(&key) || marker {
                named.push(key);
                i += used;
                continue;
            }
        }
        if !marker && !STOPORD.contains(&t) && (t.chars().count() > 1 || is_key_like(t)) {
            rest.push(t.to_string());
        }
        i += 1;
    }

    let mut synonyms = Vec::new();
    let mut query_words = Vec::new();
    for w in rest {
        let folded = Folded::new(&w);
        for (entry, keys) in SYNONYMER {
            if synonym_matches(&folded, &Folded::new(entry)) {
                for key in *keys {
                    if !synonyms.iter().any(|k| k == key) {
                        synonyms.push(key.to_string());
                    }
                }
            }
        }
        let mut alternatives = vec![folded];
        for (entry, more) in ORDSYNONYMER {
            if synonym_matches(&alternatives[0], &Folded::new(entry)) {
                alternatives.extend(more.iter().map(|m| Folded::new(m)));
            }
        }
        query_words.push(QueryWord { alternatives });
    }
    Query {
        words: query_words,
        named,
        synonyms,
    }
}

/// Scores the words of a query against weighted fields: the sum of each word's best
/// match, scaled by the share of query words that matched.
fn score_words(query: &Query, fields: &[Field]) -> (u32, usize) {
    let mut total = 0;
    let mut matched = 0;
    for word in &query.words {
        let mut best = 0;
        for alternative in &word.alternatives {
            for f in fields {
                for w in &f.words {
                    best = best.max(f.weight * quality(alternative, w));
                }
            }
        }
        if best > 0 {
            matched += 1;
        }
        total += best;
    }
    (total, matched)
}

fn combine(query: &Query, words: (u32, usize), bonus: u32) -> u32 {
    let (score, matched) = words;
    let n = query.words.len();
    let scaled = if n == 0 {
        0
    } else {
        score * matched as u32 / n as u32
    };
    if matched == 0 && bonus == 0 {
        0
    } else {
        scaled + bonus
    }
}

/// Bonus for paragraphs named in the query or found through synonyms.
fn paragraph_bonus(query: &Query, keys: &[&str]) -> u32 {
    let mut bonus = 0;
    for (i, key) in keys.iter().enumerate() {
        let main = i == 0;
        if query.named.iter().any(|k| k == key) {
            bonus = bonus.max(if main { 100 } else { 60 });
        }
        if query.synonyms.iter().any(|k| k == key) {
            bonus = bonus.max(if main { 40 } else { 25 });
        }
    }
    bonus
}

/// What kind of document an index entry is, with its score factor (percent).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Service,
    Paragraph,
    Page,
    Term,
}

impl Kind {
    fn rank(self) -> u8 {
        match self {
            Kind::Service => 0,
            Kind::Paragraph => 1,
            Kind::Page => 2,
            Kind::Term => 3,
        }
    }
}

/// One searchable thing with its prepared fields.
struct Doc {
    target: HitTarget,
    kind: Kind,
    /// Services: the municipality.
    municipality: Option<&'static str>,
    /// Services: their paragraphs (main first); paragraphs: their own key.
    keys: &'static [&'static str],
    fields: Vec<Field>,
    /// Services: their title and keywords as whole phrases (lower case), so that a query
    /// that is one of them ("housing support", "personlig assistance") ranks that service
    /// first, above services that only share its words.
    phrases: Vec<String>,
}

/// A query and a phrase compared as lower-case words separated by single spaces.
fn phrase_key(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Bonus when the whole query is one of a service's phrases.
fn phrase_bonus(query: &str, phrases: &[String]) -> u32 {
    let q = phrase_key(query);
    if q.contains(' ') && phrases.contains(&q) {
        60
    } else {
        0
    }
}

/// The catalogue prepared for search (words split and folded once).
pub struct SearchIndex {
    catalog: &'static Catalog,
    docs: Vec<Doc>,
}

impl SearchIndex {
    /// Prepares a catalogue for searching.
    pub fn new(catalog: &'static Catalog) -> SearchIndex {
        let mut docs = Vec::new();
        for m in catalog.municipalities {
            for s in m.services {
                let paragraph_titles: Vec<&str> = s
                    .paragraphs
                    .iter()
                    .filter_map(|k| catalog.paragraphs.iter().find(|p| p.key == *k))
                    .map(|p| p.title)
                    .collect();
                docs.push(Doc {
                    target: HitTarget::Service(s),
                    kind: Kind::Service,
                    municipality: Some(m.id),
                    keys: s.paragraphs,
                    fields: vec![
                        field(10, &[s.title]),
                        field(8, s.keywords),
                        field(5, &paragraph_titles),
                        field(4, &[s.summary]),
                        field(2, &[s.who, s.purpose]),
                        field(2, s.included),
                        field(
                            1,
                            &[
                                s.scope,
                                s.place,
                                s.criteria.text,
                                s.egenbetaling.text,
                                s.how_to_apply,
                            ],
                        ),
                    ],
                    phrases: std::iter::once(&s.title)
                        .chain(s.keywords)
                        .map(|p| phrase_key(p))
                        .collect(),
                });
            }
        }
        for p in catalog.paragraphs {
            docs.push(Doc {
                target: HitTarget::Paragraph(p),
                kind: Kind::Paragraph,
                municipality: None,
                keys: std::slice::from_ref(&p.key),
                fields: vec![
                    field(8, &[p.title, p.label]),
                    field(2, &[p.plain, p.national]),
                ],
                phrases: Vec::new(),
            });
        }
        for page in catalog.pages {
            let headings: Vec<&str> = page.sections.iter().map(|s| s.heading).collect();
            let body: Vec<&str> = page
                .sections
                .iter()
                .flat_map(|s| s.paragraphs.iter().chain(s.list.iter()).copied())
                .collect();
            docs.push(Doc {
                target: HitTarget::Page(page),
                kind: Kind::Page,
                municipality: None,
                keys: &[],
                fields: vec![
                    field(8, &[page.title]),
                    field(3, &[page.summary]),
                    field(3, &headings),
                    field(1, &body),
                ],
                phrases: Vec::new(),
            });
        }
        for term in catalog.glossary {
            let mut names = vec![term.term];
            names.extend(term.forms.iter().copied());
            docs.push(Doc {
                target: HitTarget::Term(term),
                kind: Kind::Term,
                municipality: None,
                keys: &[],
                fields: vec![field(8, &names), field(1, &[term.plain])],
                phrases: Vec::new(),
            });
        }
        SearchIndex { catalog, docs }
    }

    /// Searches; see the module documentation. Results are sorted, best first.
    pub fn search(&self, query: &str, municipality: &str) -> Vec<SearchHit> {
        let q = parse_query(self.catalog, query);
        if q.words.is_empty() && q.named.is_empty() {
            return Vec::new();
        }
        let local: Vec<&'static str> = self
            .catalog
            .municipalities
            .iter()
            .filter(|m| m.id == municipality)
            .flat_map(|m| m.services.iter().flat_map(|s| s.paragraphs.iter().copied()))
            .collect();
        let mut hits: Vec<(Kind, SearchHit)> = Vec::new();
        for doc in &self.docs {
            let score = match doc.kind {
                Kind::Service => {
                    if doc.municipality != Some(municipality) {
                        continue;
                    }
                    combine(
                        &q,
                        score_words(&q, &doc.fields),
                        paragraph_bonus(&q, doc.keys) + phrase_bonus(query, &doc.phrases),
                    )
                }
                Kind::Paragraph => {
                    // Only paragraphs the municipality has no standard for.
                    if doc.keys.iter().any(|k| local.contains(k)) {
                        continue;
                    }
                    let bonus = paragraph_bonus(&q, doc.keys) * 9 / 10;
                    combine(&q, score_words(&q, &doc.fields), bonus)
                }
                Kind::Page => combine(&q, score_words(&q, &doc.fields), 0) * 8 / 10,
                Kind::Term => combine(&q, score_words(&q, &doc.fields), 0) * 7 / 10,
            };
            if score > 0 {
                hits.push((
                    doc.kind,
                    SearchHit {
                        target: doc.target,
                        score,
                    },
                ));
            }
        }
        hits.sort_by(|(ka, a), (kb, b)| {
            b.score
                .cmp(&a.score)
                .then(ka.rank().cmp(&kb.rank()))
                .then(a.title().cmp(b.title()))
        });
        hits.into_iter().map(|(_, hit)| hit).collect()
    }
}

/// Searches a catalogue (builds the index each time; the crate's [`super::search`] keeps
/// one for the built-in catalogue).
pub fn search_in(catalog: &'static Catalog, query: &str, municipality: &str) -> Vec<SearchHit> {
    SearchIndex::new(catalog).search(query, municipality)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::SAMPLE;

    fn top(query: &str, municipality: &str) -> Vec<String> {
        search_in(&SAMPLE, query, municipality)
            .iter()
            .take(3)
            .map(|h| match h.target {
                HitTarget::Service(s) => format!("{}/{}", s.municipality, s.id),
                HitTarget::Paragraph(p) => format!("§{}", p.key),
                HitTarget::Page(p) => format!("page:{}", p.id),
                HitTarget::Term(t) => format!("term:{}", t.id),
            })
            .collect()
    }

    #[test]
    fn folds_danish_letters_three_ways() {
        assert_eq!(
            folds("støtte"),
            ["stoette", "stotte", "stotte"].map(String::from)
        );
        assert_eq!(
            folds("hjælp"),
            ["hjaelp", "hjalp", "hjelp"].map(String::from)
        );
        assert_eq!(folds("rådgivning")[0], "raadgivning");
        assert_eq!(folds("rådgivning")[1], "radgivning");
    }

    #[test]
    fn words_are_lower_case_and_keep_paragraph_sign() {
        assert_eq!(
            words("§85, Støtte-og KONTAKT"),
            ["§", "85", "støtte", "og", "kontakt"]
        );
    }

    #[test]
    fn match_quality() {
        let q = |a: &str, b: &str| quality(&Folded::new(a), &Folded::new(b));
        assert_eq!(q("stotte", "støtte"), EXACT);
        assert_eq!(q("stoette", "støtte"), EXACT);
        assert_eq!(q("STØTTE".to_lowercase().as_str(), "støtte"), EXACT);
        assert_eq!(q("ledsa", "ledsageordning"), PREFIX);
        assert_eq!(q("misbrug", "stofmisbrug"), INFIX);
        assert_eq!(q("hjelp", "hjælp"), EXACT);
        assert_eq!(q("vold", "hjælp"), 0);
        assert_eq!(
            q("ro", "stofmisbrug"),
            0,
            "short words only match at the start"
        );
    }

    #[test]
    fn everyday_words_find_the_service() {
        assert_eq!(top("bostøtte", "testby")[0], "testby/bostoette");
        assert_eq!(top("bostotte", "testby")[0], "testby/bostoette");
        assert_eq!(top("stotte", "testby")[0], "testby/bostoette");
        assert_eq!(top("vold", "testby")[0], "testby/krisecenter");
        assert_eq!(top("Krisecenter", "testby")[0], "testby/krisecenter");
        assert_eq!(top("kontaktperson", "testby")[0], "testby/kontaktperson");
        assert_eq!(top("opsøgende", "testby")[0], "testby/kontaktperson");
    }

    #[test]
    fn paragraph_references() {
        for query in ["§ 85", "§85", "85", "paragraf 85", "Paragraf 85"] {
            assert_eq!(top(query, "testby")[0], "testby/bostoette", "{query}");
        }
        assert_eq!(top("§ 109", "testby")[0], "testby/krisecenter");
    }

    #[test]
    fn paragraph_without_local_standard_is_a_hit() {
        // Testby has no § 101 standard: the national paragraph is found instead.
        assert_eq!(top("misbrugsbehandling", "testby")[0], "§101");
        assert_eq!(top("alkohol", "testby")[0], "§101");
        assert_eq!(top("hjemløs", "testby")[0], "§110");
        assert_eq!(top("ledsager", "testby")[0], "§97");
        assert_eq!(top("§ 97", "testby")[0], "§97");
    }

    #[test]
    fn searches_only_the_chosen_municipality() {
        assert_eq!(top("gøre rent", "andeby")[0], "andeby/rengoering");
        assert!(!top("gore rent", "testby").contains(&"andeby/rengoering".to_string()));
        assert!(top("bostøtte", "andeby")[0] == "andeby/rengoering");
        // An unknown municipality still finds the law layer and pages.
        assert_eq!(top("§ 85", "ukendt")[0], "§85");
    }

    #[test]
    fn pages_and_terms_are_found() {
        assert_eq!(top("klage", "testby")[0], "page:saadan-klager-du");
        assert!(top("visiteret", "testby").contains(&"term:visitation".to_string()));
    }

    #[test]
    fn empty_and_stopword_queries_find_nothing() {
        assert!(search_in(&SAMPLE, "", "testby").is_empty());
        assert!(search_in(&SAMPLE, "  og i til ", "testby").is_empty());
        assert!(search_in(&SAMPLE, "xyzzy", "testby").is_empty());
    }

    #[test]
    fn word_synonyms_widen_the_search() {
        assert_eq!(top("rengøre", "andeby")[0], "andeby/rengoering");
    }
}
