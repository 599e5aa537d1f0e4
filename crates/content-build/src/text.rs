//! Text rules: Danish numbers, amounts and durations in free text, and the law and
//! executive-order numbers a text cites.

use crate::*;
use std::collections::BTreeSet;

/// Parses a Danish number into hundredths: `"1.105"` → 110500, `"93,38"` → 9338,
/// `"1.530,50"` → 153050, `"15"` → 1500. Thousands groups must have three digits.
pub fn parse_danish_number(s: &str) -> Option<i64> {
    let s = s.trim();
    let (int, dec) = match s.split_once(',') {
        Some((i, d)) => (i, Some(d)),
        None => (s, None),
    };
    if int.is_empty() {
        return None;
    }
    let groups: Vec<&str> = int.split('.').collect();
    if groups
        .iter()
        .any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return None;
    }
    let digits: String = groups.concat();
    let whole: i64 = digits.parse().ok()?;
    let frac: i64 = match dec {
        None => 0,
        Some(d) if d.len() == 1 && d.bytes().all(|b| b.is_ascii_digit()) => {
            d.parse::<i64>().ok()? * 10
        }
        Some(d) if d.len() == 2 && d.bytes().all(|b| b.is_ascii_digit()) => d.parse().ok()?,
        Some(_) => return None,
    };
    whole.checked_mul(100)?.checked_add(frac)
}

/// Parses a fact value: a Danish number, or a range of two (`"3-6"`, `"545–1.530"`).
/// Returns (low, high) in hundredths; high = low for a single number.
pub fn parse_fact_value(s: &str) -> Option<(i64, i64)> {
    if let Some(v) = parse_danish_number(s) {
        return Some((v, v));
    }
    let (a, b) = s.split_once(['-', '–'])?;
    let (low, high) = (parse_danish_number(a)?, parse_danish_number(b)?);
    (low <= high).then_some((low, high))
}

/// Numbers in a text: (start byte, the number as written, its value in hundredths).
pub(crate) fn numbers(text: &str) -> Vec<(usize, usize, i64)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit()
            && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b','))
        {
            let start = i;
            let mut end = i;
            // digits, with '.' or ',' only between digits
            while end < bytes.len() {
                let separator = (bytes[end] == b'.' || bytes[end] == b',')
                    && end + 1 < bytes.len()
                    && bytes[end + 1].is_ascii_digit();
                if bytes[end].is_ascii_digit() || separator {
                    end += 1;
                } else {
                    break;
                }
            }
            let written = &text[start..end];
            let value = parse_danish_number(written)
                .or_else(|| {
                    written
                        .split(['.', ','])
                        .next()
                        .and_then(|w| w.parse::<i64>().ok())
                        .map(|v| v * 100)
                })
                .unwrap_or(0);
            out.push((start, end, value));
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// The word right after byte `end` (skipping spaces), lower case.
pub(crate) fn next_word(text: &str, end: usize) -> String {
    text[end..]
        .trim_start_matches([' ', '\u{a0}', '\t'])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// Words that make a number a duration (days, weeks, months, hours).
pub(crate) const DURATION_WORDS: &[&str] = &[
    "dag",
    "dage",
    "dagen",
    "dages",
    "døgn",
    "døgnet",
    "uge",
    "uger",
    "ugen",
    "ugers",
    "måned",
    "måneder",
    "måneden",
    "måneders",
    "time",
    "timer",
    "timen",
    "timers",
];

/// An amount in kroner inside a text ("93 kr.", "1.105 kroner", "kr. 500"), if any.
pub fn find_kroner(text: &str) -> Option<String> {
    for (start, end, _) in numbers(text) {
        let word = next_word(text, end);
        if word == "kr" || word == "kroner" || word == "kroners" {
            let shown: String = text[start..].chars().take(end - start + 4).collect();
            return Some(shown.trim().to_string());
        }
    }
    let lower = text.to_lowercase();
    for (pos, _) in lower.match_indices("kr.") {
        let before_ok = pos == 0 || !lower[..pos].chars().last().unwrap().is_alphabetic();
        let after = lower[pos + 3..].trim_start();
        if before_ok && after.starts_with(|c: char| c.is_ascii_digit()) {
            let shown: String = text[pos..].chars().take(10).collect();
            return Some(shown.trim().to_string());
        }
    }
    None
}

/// Durations in a text: (the number and word as written, value in hundredths).
pub fn durations(text: &str) -> Vec<(String, i64)> {
    let mut out = Vec::new();
    for (start, end, value) in numbers(text) {
        let word = next_word(text, end);
        if DURATION_WORDS.contains(&word.as_str()) {
            out.push((format!("{} {}", &text[start..end], word), value));
        }
    }
    out
}

/// Checks one free text: no kroner, only durations in `allowed` (hundredths).
pub(crate) fn check_text(
    errors: &mut Vec<ContentError>,
    path: &str,
    field: &str,
    text: &str,
    allowed: &BTreeSet<i64>,
    where_allowed: &str,
) {
    if let Some(found) = find_kroner(text) {
        errors.push(err(
            path,
            field,
            format!(
                "amount in kroner in free text ({found:?}): put it in a [[facts]] entry with year and source"
            ),
        ));
    }
    for (found, value) in durations(text) {
        if !allowed.contains(&value) {
            errors.push(err(
                path,
                field,
                format!(
                    "number of days/weeks/months/hours in free text ({found:?}) is not in {where_allowed}: add a fact with year and source, or remove the number"
                ),
            ));
        }
    }
}

/// Lower case with every run of white space as one space (for comparing quotes).
pub fn normalize(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Every run of ASCII digits in a text, as a number ("nr. 798 af 7. august 2019" → 798, 7,
/// 2019; "6.540" → 6, 540).
pub fn number_tokens(text: &str) -> Vec<u64> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|t| !t.is_empty())
        .filter_map(|t| t.parse().ok())
        .collect()
}

/// Law and executive-order citations in a text: the number after "nr.", "L", "LBK" or
/// "BEK" ("lovbekendtgørelse nr. 155", "L 201", "BEK nr. 1070", "LBK 261/2024",
/// "§ 1, nr. 4"), as (the words as written, the number).
pub fn citation_numbers(text: &str) -> Vec<(String, u64)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let bare = word.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ';' | ':'));
        let keyword = matches!(bare, "L" | "LBK" | "BEK" | "lbk" | "bek")
            || bare.eq_ignore_ascii_case("nr.")
            || bare.eq_ignore_ascii_case("nr");
        if !keyword {
            continue;
        }
        let mut j = i + 1;
        // "BEK nr. 1070": the number comes after "nr.".
        if j < words.len() && !bare.to_lowercase().starts_with("nr") {
            let next = words[j].trim_matches(|c: char| matches!(c, '(' | ')'));
            if next.eq_ignore_ascii_case("nr.") || next.eq_ignore_ascii_case("nr") {
                j += 1;
            }
        }
        let Some(next) = words.get(j) else { continue };
        let digits: String = next
            .trim_start_matches('(')
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        if let Ok(n) = digits.parse::<u64>() {
            out.push((format!("{bare} {digits}"), n));
        }
    }
    out
}

/// Citations in a text must be attested: every law or executive-order number
/// ([`citation_numbers`]) must be one that a document's evidence quotes.
pub(crate) fn check_citations(
    errors: &mut Vec<ContentError>,
    path: &str,
    field: &str,
    text: &str,
    attested: &BTreeSet<u64>,
) {
    for (shown, n) in citation_numbers(text) {
        if !attested.contains(&n) {
            errors.push(err(
                path,
                field,
                format!(
                    "citation {shown:?} is in no source: no document's evidence quotes the number {n} (cite a document of documents.toml, or leave the number out)"
                ),
            ));
        }
    }
}

/// A document's evidence, joined, normalized: what its citation may use.
#[derive(Debug, Clone, Default)]
pub(crate) struct DocInfo {
    pub(crate) year: Option<u16>,
    pub(crate) attested: String,
}

impl DocInfo {
    pub(crate) fn has_number(&self, n: u64) -> bool {
        number_tokens(&self.attested).contains(&n)
    }
}

/// `https://<host>` (with an optional trailing `/`): the host, else `None`.
pub(crate) fn bare_host(url: &str) -> Option<&str> {
    let host = url.strip_prefix("https://")?.trim_end_matches('/');
    (!host.is_empty() && !host.contains(['/', '?', '#'])).then_some(host)
}

/// `https://www.retsinformation.dk/eli/lta/<year>/<number>`: (year, number).
pub(crate) fn retsinformation_eli(url: &str) -> Option<(u64, u64)> {
    let rest = url.strip_prefix("https://www.retsinformation.dk/eli/lta/")?;
    let (year, number) = rest.split_once('/')?;
    Some((year.parse().ok()?, number.parse().ok()?))
}

/// The landing page of the law site: a link that asserts no consolidation number.
pub const RETSINFORMATION: &str = "https://www.retsinformation.dk";
