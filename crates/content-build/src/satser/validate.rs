//! Validation of rates.toml (methods of the catalogue's validation context).

use super::*;
use crate::{parse_danish_number, Ctx};
use std::collections::BTreeSet;

impl Ctx<'_> {
    /// A Danish amount in kroner (`"1.105"`, `"93,38"`), in øre; reports a bad one.
    pub(crate) fn amount(&mut self, path: &str, field: &str, value: &str) -> Option<i64> {
        match parse_danish_number(value) {
            Some(v) if v > 0 => Some(v),
            Some(_) => {
                self.push(path, field, "an amount must be above 0");
                None
            }
            None => {
                self.push(
                    path,
                    field,
                    format!("{value:?} is not a Danish amount (e.g. \"1.105\", \"93,38\")"),
                );
                None
            }
        }
    }

    pub(crate) fn date(&mut self, path: &str, field: &str, value: &str) {
        match parse_date(value) {
            Some((y, _, _)) => self.year(path, field, y),
            None => self.push(
                path,
                field,
                format!("{value:?} is not a date (write \"2025-09-01\")"),
            ),
        }
    }

    /// Exactly one of `year` / `level = "lovtekst"`; returns the key for uniqueness.
    pub(crate) fn level(
        &mut self,
        path: &str,
        field: &str,
        year: Option<u16>,
        level: &Option<String>,
    ) -> Option<String> {
        match (year, level) {
            (Some(y), None) => {
                self.year(path, &format!("{field}.year"), y);
                Some(y.to_string())
            }
            (None, Some(l)) if l == LOVTEKST => Some(l.clone()),
            (None, Some(l)) => {
                self.push(
                    path,
                    format!("{field}.level"),
                    format!("{l:?} is not a level (the only one is \"{LOVTEKST}\")"),
                );
                None
            }
            (Some(_), Some(_)) => {
                self.push(
                    path,
                    format!("{field}.level"),
                    "give year or level, not both",
                );
                None
            }
            (None, None) => {
                self.push(
                    path,
                    format!("{field}.year"),
                    "give the year the amounts hold for (or level = \"lovtekst\")",
                );
                None
            }
        }
    }

    /// `from` of a table: the day it takes effect, in the table's `year`; a law-text
    /// table (no year) takes no effect by date and has none.
    pub(crate) fn effective(
        &mut self,
        path: &str,
        field: &str,
        year: Option<u16>,
        from: Option<&str>,
    ) -> Option<(u16, u8, u8)> {
        let f = format!("{field}.from");
        match (year, from) {
            (Some(y), Some(text)) => match parse_date(text) {
                Some(d) if d.0 == y => Some(d),
                Some(_) => {
                    self.push(
                        path,
                        f,
                        format!("{text:?} is not in the table's year {y} (the level holds from a day of its year)"),
                    );
                    None
                }
                None => {
                    self.push(
                        path,
                        f,
                        format!("{text:?} is not a date (write \"2025-09-01\")"),
                    );
                    None
                }
            },
            (Some(_), None) => {
                self.push(
                    path,
                    f,
                    "give the day the table takes effect (e.g. \"2024-01-01\")",
                );
                None
            }
            (None, Some(_)) => {
                self.push(
                    path,
                    f,
                    "a law-text table takes no effect by date: leave from out",
                );
                None
            }
            (None, None) => None,
        }
    }

    /// `law = { law = "serviceloven", paragraph = "100", stk = 3 }`.
    pub(crate) fn law(&mut self, path: &str, field: &str, law: &RawLaw) {
        let p = law.paragraph.as_str();
        let digits = p.trim_end_matches(|c: char| c.is_ascii_lowercase());
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            self.push(
                path,
                format!("{field}.law.paragraph"),
                format!("{p:?} is not a paragraph number (e.g. \"100\", \"82a\")"),
            );
        }
        if law.stk == Some(0) {
            self.push(path, format!("{field}.law.stk"), "stk. starts at 1");
        }
    }

    /// A yearly figure given next to a monthly one must be twelve times it.
    pub(crate) fn twelve_times(
        &mut self,
        path: &str,
        field: &str,
        year_value: &Option<String>,
        month: Option<i64>,
    ) {
        if let Some(text) = year_value {
            if let (Some(y), Some(m)) = (self.amount(path, field, text), month) {
                if y != m * 12 {
                    self.push(
                        path,
                        field,
                        format!("{text:?} is not 12 times the monthly amount"),
                    );
                }
            }
        }
    }

    pub(crate) fn unique(
        &mut self,
        path: &str,
        field: &str,
        seen: &mut BTreeSet<String>,
        key: String,
    ) {
        if !seen.insert(key.clone()) {
            self.push(path, field, format!("duplicate table for {key:?}"));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------

/// Checks rates.toml: every amount a Danish number, every table with its year (or level)
/// and a known source, tables consistent in themselves. Overlapping intervals are allowed
/// (the data is represented as given; the calculator shows the overlap).
pub(crate) fn validate(ctx: &mut Ctx<'_>, path: &str, r: &RawSatser) {
    let s = &r.section100;
    ctx.date(path, "section100.new_rules_from", &s.new_rules_from);
    ctx.source(path, "section100.new_rules_source", &s.new_rules_source);
    ctx.date(path, "section100.transition_until", &s.transition_until);
    ctx.source(path, "section100.transition_source", &s.transition_source);
    if let (Some(a), Some(b)) = (
        parse_date(&s.new_rules_from),
        parse_date(&s.transition_until),
    ) {
        if b <= a {
            ctx.push(
                path,
                "section100.transition_until",
                "must be after new_rules_from",
            );
        }
    }
    if !(1..=100).contains(&s.min_age) {
        ctx.push(path, "section100.min_age", "not a plausible age");
    }
    ctx.source(path, "section100.min_age_source", &s.min_age_source);
    ctx.date(
        path,
        "section100.early_pension_before",
        &s.early_pension_before,
    );
    ctx.source(
        path,
        "section100.early_pension_source",
        &s.early_pension_source,
    );

    let mut seen = BTreeSet::new();
    for (i, t) in r.merudgift.iter().enumerate() {
        let f = format!("merudgift[{i}]");
        if let Some(key) = ctx.level(path, &f, t.year, &t.level) {
            ctx.unique(path, &f, &mut seen, key);
        }
        ctx.effective(path, &f, t.year, t.from.as_deref());
        ctx.law(path, &f, &t.law);
        let threshold = ctx.amount(path, &format!("{f}.threshold"), &t.threshold);
        ctx.twelve_times(
            path,
            &format!("{f}.threshold_year"),
            &t.threshold_year,
            threshold,
        );
        if !matches!(t.threshold_rule.as_str(), "at-least" | "above") {
            ctx.push(
                path,
                format!("{f}.threshold_rule"),
                format!(
                    "{:?} is not one of \"at-least\", \"above\"",
                    t.threshold_rule
                ),
            );
        }
        let actual = ctx.amount(path, &format!("{f}.actual_above"), &t.actual_above);
        if t.interval.is_empty() {
            ctx.push(
                path,
                format!("{f}.interval"),
                "give at least one [[merudgift.interval]]",
            );
        }
        let mut previous: Option<(i64, i64, i64)> = None;
        for (j, iv) in t.interval.iter().enumerate() {
            let g = format!("{f}.interval[{j}]");
            let from = ctx.amount(path, &format!("{g}.from"), &iv.from);
            let to = ctx.amount(path, &format!("{g}.to"), &iv.to);
            let standard = ctx.amount(path, &format!("{g}.standard"), &iv.standard);
            let (Some(from), Some(to), Some(standard)) = (from, to, standard) else {
                previous = None;
                continue;
            };
            if from > to {
                ctx.push(path, format!("{g}.from"), "from is above to");
            }
            if j == 0 && threshold.is_some_and(|t| t != from) {
                ctx.push(
                    path,
                    format!("{g}.from"),
                    "the first interval must start at the threshold",
                );
            }
            if let Some((pf, pt, ps)) = previous {
                if from <= pf || to <= pt {
                    ctx.push(
                        path,
                        format!("{g}.from"),
                        "intervals must be in rising order",
                    );
                }
                if from < pt {
                    ctx.push(
                        path,
                        format!("{g}.from"),
                        "overlaps the previous interval by more than its last amount",
                    );
                }
                if standard <= ps {
                    ctx.push(
                        path,
                        format!("{g}.standard"),
                        "standard amounts must rise from interval to interval",
                    );
                }
            }
            previous = Some((from, to, standard));
        }
        if let (Some((_, last_to, _)), Some(actual)) = (previous, actual) {
            if actual != last_to {
                ctx.push(
                    path,
                    format!("{f}.actual_above"),
                    "must equal the last interval's upper end",
                );
            }
        }
        ctx.source(path, &format!("{f}.source"), &t.source);
        if let Some(y) = t.year {
            ctx.year_attested(path, &format!("{f}.year"), y, &t.source.document);
        }
    }

    let mut seen = BTreeSet::new();
    for (i, k) in r.kompensation.iter().enumerate() {
        let f = format!("kompensation[{i}]");
        ctx.year(path, &format!("{f}.year"), k.year);
        ctx.unique(path, &f, &mut seen, k.year.to_string());
        let from = ctx.effective(path, &f, Some(k.year), Some(&k.from));
        if let (Some(from), Some(new_rules)) = (from, parse_date(&s.new_rules_from)) {
            if from < new_rules {
                ctx.push(
                    path,
                    format!("{f}.from"),
                    "kompensationsydelse takes effect from section100.new_rules_from, not before",
                );
            }
        }
        ctx.law(path, &f, &k.law);
        let threshold = ctx.amount(path, &format!("{f}.threshold"), &k.threshold);
        ctx.twelve_times(
            path,
            &format!("{f}.threshold_year"),
            &k.threshold_year,
            threshold,
        );
        ctx.amount(path, &format!("{f}.group1_standard"), &k.group1_standard);
        let above = ctx.amount(path, &format!("{f}.group2_above"), &k.group2_above);
        ctx.twelve_times(
            path,
            &format!("{f}.group2_above_year"),
            &k.group2_above_year,
            above,
        );
        if let (Some(t), Some(a)) = (threshold, above) {
            if a <= t {
                ctx.push(
                    path,
                    format!("{f}.group2_above"),
                    "must be above the threshold",
                );
            }
        }
        ctx.amount(path, &format!("{f}.group2_standard"), &k.group2_standard);
        ctx.source(path, &format!("{f}.source"), &k.source);
        ctx.year_attested(path, &format!("{f}.year"), k.year, &k.source.document);
    }

    let p = &r.positive_list;
    let mut known = BTreeSet::new();
    for (i, c) in p.known.iter().enumerate() {
        if !known.insert(*c) {
            ctx.push(
                path,
                format!("positive_list.known[{i}]"),
                format!("duplicate category {:?}", c.as_str()),
            );
        }
    }
    ctx.law(path, "positive_list", &p.law);
    ctx.source(path, "positive_list.source", &p.source);

    let mut seen = BTreeSet::new();
    for (i, d) in r.daily_rate.iter().enumerate() {
        let f = format!("daily_rate[{i}]");
        if !matches!(d.paragraph.as_str(), "109" | "110") {
            ctx.push(
                path,
                format!("{f}.paragraph"),
                format!("{:?} is not one of \"109\", \"110\"", d.paragraph),
            );
        } else {
            ctx.paragraph_key(path, &format!("{f}.paragraph"), &d.paragraph);
        }
        ctx.year(path, &format!("{f}.year"), d.year);
        ctx.unique(path, &f, &mut seen, format!("§ {} {}", d.paragraph, d.year));
        ctx.effective(path, &f, Some(d.year), Some(&d.from));
        ctx.law(path, &f, &d.law);
        if d.law.paragraph != d.paragraph {
            ctx.push(
                path,
                format!("{f}.law.paragraph"),
                "must be the table's paragraph",
            );
        }
        ctx.amount(path, &format!("{f}.amount"), &d.amount);
        ctx.source(path, &format!("{f}.source"), &d.source);
        ctx.year_attested(path, &format!("{f}.year"), d.year, &d.source.document);
    }

    let mut seen = BTreeSet::new();
    for (i, c) in r.companion.iter().enumerate() {
        let f = format!("companion[{i}]");
        if let Some(key) = ctx.level(path, &f, c.year, &c.level) {
            ctx.unique(path, &f, &mut seen, key);
        }
        ctx.effective(path, &f, c.year, c.from.as_deref());
        ctx.law(path, &f, &c.law);
        ctx.amount(path, &format!("{f}.amount"), &c.amount);
        ctx.source(path, &format!("{f}.source"), &c.source);
        if let Some(y) = c.year {
            ctx.year_attested(path, &format!("{f}.year"), y, &c.source.document);
        }
    }

    let mut seen = BTreeSet::new();
    for (i, h) in r.housing.iter().enumerate() {
        let f = format!("housing[{i}]");
        ctx.year(path, &format!("{f}.year"), h.year);
        ctx.unique(path, &f, &mut seen, h.year.to_string());
        ctx.effective(path, &f, Some(h.year), Some(&h.from));
        ctx.law(path, &f, &h.law);
        ctx.amount(path, &format!("{f}.income_limit"), &h.income_limit);
        for (name, value) in [
            ("percent_below", &h.percent_below),
            ("percent_above", &h.percent_above),
        ] {
            if let Some(v) = ctx.amount(path, &format!("{f}.{name}"), value) {
                if v > 10_000 {
                    ctx.push(path, format!("{f}.{name}"), "a percentage is at most 100");
                }
            }
        }
        ctx.amount(
            path,
            &format!("{f}.single_pensioner_reduction"),
            &h.single_pensioner_reduction,
        );
        ctx.source(path, &format!("{f}.source"), &h.source);
        ctx.year_attested(path, &format!("{f}.year"), h.year, &h.source.document);
    }
}
