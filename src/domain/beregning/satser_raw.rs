//! Reading, validating and code-generating `seeds/national/rates.toml`: the dated rate
//! tables of the calculators (see the file's header for the format).
//!
//! This file is a child module of src/domain/content/raw.rs (included there with
//! `#[path]`), so build.rs, the crate's unit tests and tests/*.rs run exactly the same
//! rules. Like raw.rs it needs only std and serde; errors name the file and the field.
//! The generated code is an expression of type `Satser` (src/domain/beregning/satser.rs).

use std::collections::BTreeSet;

use serde::Deserialize;

use super::super::kinds::Udgiftskategori;
use super::{parse_danish_number, Ctx, RawSource};

// ---------------------------------------------------------------------------------------
// Raw types: one-to-one with rates.toml
// ---------------------------------------------------------------------------------------

/// rates.toml.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSatser {
    pub section100: RawSection100,
    #[serde(default)]
    pub merudgift: Vec<RawMerudgift>,
    #[serde(default)]
    pub kompensation: Vec<RawKompensation>,
    pub positive_list: RawPositiveList,
    #[serde(default)]
    pub daily_rate: Vec<RawDailyRate>,
    #[serde(default)]
    pub companion: Vec<RawCompanion>,
    #[serde(default)]
    pub housing: Vec<RawHousing>,
}

/// `[section100]`: the dates and conditions of § 100 that hold for both regimes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection100 {
    /// `"2025-09-01"`: kompensationsydelse from this day, merudgiftsydelse before it.
    pub new_rules_from: String,
    pub new_rules_source: RawSource,
    /// `"2027-09-01"`: earlier recipients keep merudgiftsydelse until reassessed, at the
    /// latest this day.
    pub transition_until: String,
    pub transition_source: RawSource,
    pub min_age: u8,
    pub min_age_source: RawSource,
    /// `"2003-01-01"`: førtidspension granted under the rules before this day excludes.
    pub early_pension_before: String,
    pub early_pension_source: RawSource,
}

/// `[[merudgift]]`: one table of the interval model (kr. a month).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMerudgift {
    /// The year the amounts hold for; or leave it out and give `level = "lovtekst"`.
    #[serde(default)]
    pub year: Option<u16>,
    #[serde(default)]
    pub level: Option<String>,
    pub threshold: String,
    #[serde(default)]
    pub threshold_year: Option<String>,
    /// `"at-least"` (the threshold itself qualifies) or `"above"` (the source says
    /// "overstige": it does not).
    pub threshold_rule: String,
    #[serde(default)]
    pub interval: Vec<RawInterval>,
    /// Documented expenses above this give the actual expenses.
    pub actual_above: String,
    pub source: RawSource,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInterval {
    pub from: String,
    pub to: String,
    pub standard: String,
}

/// `[[kompensation]]`: the kompensationsydelse amounts of one year (kr. a month).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKompensation {
    pub year: u16,
    pub threshold: String,
    #[serde(default)]
    pub threshold_year: Option<String>,
    pub group1_standard: String,
    pub group2_above: String,
    #[serde(default)]
    pub group2_above_year: Option<String>,
    pub group2_standard: String,
    pub source: RawSource,
}

/// `[positive_list]`: the expense categories known to be on the group 2 positive list.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPositiveList {
    pub known: Vec<Udgiftskategori>,
    /// `false`: the list is not complete here; other categories are "unknown".
    pub complete: bool,
    pub source: RawSource,
}

/// `[[daily_rate]]`: egenbetaling per døgn (§ 109 krisecenter, § 110 forsorgshjem).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDailyRate {
    pub paragraph: String,
    pub year: u16,
    pub amount: String,
    pub source: RawSource,
}

/// `[[companion]]`: § 97, stk. 7, the companion's expenses, most per year.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCompanion {
    #[serde(default)]
    pub year: Option<u16>,
    #[serde(default)]
    pub level: Option<String>,
    pub amount: String,
    pub source: RawSource,
}

/// `[[housing]]`: § 108 botilbud, payment for the housing (§ 163, stk. 3).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHousing {
    pub year: u16,
    pub income_limit: String,
    pub percent_below: String,
    pub percent_above: String,
    pub single_pensioner_reduction: String,
    pub source: RawSource,
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// `"2025-09-01"` → (2025, 9, 1), checking the calendar.
pub fn parse_date(s: &str) -> Option<(u16, u8, u8)> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (d >= 1 && d <= days).then_some((y, m, d))
}

/// The level word for the law text's base figures.
pub const LOVTEKST: &str = "lovtekst";

impl Ctx<'_> {
    /// A Danish amount in kroner (`"1.105"`, `"93,38"`), in øre; reports a bad one.
    fn amount(&mut self, path: &str, field: &str, value: &str) -> Option<i64> {
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

    fn date(&mut self, path: &str, field: &str, value: &str) {
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
    fn level(
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

    /// A yearly figure given next to a monthly one must be twelve times it.
    fn twelve_times(
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

    fn unique(&mut self, path: &str, field: &str, seen: &mut BTreeSet<String>, key: String) {
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
pub(super) fn validate(ctx: &mut Ctx<'_>, path: &str, r: &RawSatser) {
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

// ---------------------------------------------------------------------------------------
// Code generation: an expression of type `Satser`
// ---------------------------------------------------------------------------------------

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn src(s: &RawSource) -> String {
    format!(
        "Source {{ document: {}, section: {} }}",
        lit(&s.document),
        lit(&s.section)
    )
}

fn kr(s: &str) -> String {
    format!("Beloeb::fra_oere({})", parse_danish_number(s).unwrap_or(0))
}

fn opt_kr(s: &Option<String>) -> String {
    match s {
        Some(s) => format!("Some({})", kr(s)),
        None => "None".to_string(),
    }
}

fn date(s: &str) -> String {
    let (y, m, d) = parse_date(s).unwrap_or((1970, 1, 1));
    format!("dato({y}, {m}, {d})")
}

fn niveau(year: Option<u16>) -> String {
    match year {
        Some(y) => format!("Niveau::Aar({y})"),
        None => "Niveau::Lovtekst".to_string(),
    }
}

/// Law-text level first, then by year.
fn order(year: Option<u16>) -> u32 {
    year.map(u32::from).map(|y| y + 1).unwrap_or(0)
}

/// The rate tables as one Rust expression of type `Satser` (for `include!`); `None` (no
/// rates.toml) gives empty tables. The including module must have the types in scope.
pub fn generate(rates: Option<&RawSatser>) -> String {
    let Some(r) = rates else {
        return "// @generated by build.rs: no seeds/national/rates.toml\nSatser::TOM\n"
            .to_string();
    };
    let s = &r.section100;
    let paragraf100 = format!(
        "Some(Paragraf100 {{ ny_ordning_fra: {}, ny_ordning_kilde: {}, overgang_senest: {}, overgang_kilde: {}, min_alder: {}, min_alder_kilde: {}, foertidspension_foer: {}, foertidspension_kilde: {} }})",
        date(&s.new_rules_from),
        src(&s.new_rules_source),
        date(&s.transition_until),
        src(&s.transition_source),
        s.min_age,
        src(&s.min_age_source),
        date(&s.early_pension_before),
        src(&s.early_pension_source),
    );

    let mut merudgift: Vec<&RawMerudgift> = r.merudgift.iter().collect();
    merudgift.sort_by_key(|t| order(t.year));
    let merudgift: Vec<String> = merudgift
        .iter()
        .map(|t| {
            let intervals: Vec<String> = t
                .interval
                .iter()
                .map(|iv| {
                    format!(
                        "Interval {{ fra: {}, til: {}, standard: {} }}",
                        kr(&iv.from),
                        kr(&iv.to),
                        kr(&iv.standard)
                    )
                })
                .collect();
            format!(
                "MerudgiftTabel {{ niveau: {}, graense: {}, graense_aar: {}, graense_regel: {}, intervaller: &[{}], faktisk_over: {}, kilde: {} }}",
                niveau(t.year),
                kr(&t.threshold),
                opt_kr(&t.threshold_year),
                if t.threshold_rule == "above" { "Graenseregel::Over" } else { "Graenseregel::Mindst" },
                intervals.join(", "),
                kr(&t.actual_above),
                src(&t.source),
            )
        })
        .collect();

    let mut kompensation: Vec<&RawKompensation> = r.kompensation.iter().collect();
    kompensation.sort_by_key(|k| k.year);
    let kompensation: Vec<String> = kompensation
        .iter()
        .map(|k| {
            format!(
                "KompensationTabel {{ aar: {}, graense: {}, graense_aar: {}, gruppe1_standard: {}, gruppe2_over: {}, gruppe2_over_aar: {}, gruppe2_standard: {}, kilde: {} }}",
                k.year,
                kr(&k.threshold),
                opt_kr(&k.threshold_year),
                kr(&k.group1_standard),
                kr(&k.group2_above),
                opt_kr(&k.group2_above_year),
                kr(&k.group2_standard),
                src(&k.source),
            )
        })
        .collect();

    let p = &r.positive_list;
    let positivliste = format!(
        "Some(Positivliste {{ kendte: &[{}], komplet: {}, kilde: {} }})",
        p.known
            .iter()
            .map(|c| format!("Udgiftskategori::{c:?}"))
            .collect::<Vec<_>>()
            .join(", "),
        p.complete,
        src(&p.source),
    );

    let mut daily: Vec<&RawDailyRate> = r.daily_rate.iter().collect();
    daily.sort_by(|a, b| a.paragraph.cmp(&b.paragraph).then(a.year.cmp(&b.year)));
    let daily: Vec<String> = daily
        .iter()
        .map(|d| {
            format!(
                "Doegntakst {{ boform: {}, aar: {}, beloeb: {}, kilde: {} }}",
                if d.paragraph == "109" {
                    "Boform::Krisecenter"
                } else {
                    "Boform::Forsorgshjem"
                },
                d.year,
                kr(&d.amount),
                src(&d.source),
            )
        })
        .collect();

    let mut companion: Vec<&RawCompanion> = r.companion.iter().collect();
    companion.sort_by_key(|c| order(c.year));
    let companion: Vec<String> = companion
        .iter()
        .map(|c| {
            format!(
                "Ledsagersats {{ niveau: {}, beloeb: {}, kilde: {} }}",
                niveau(c.year),
                kr(&c.amount),
                src(&c.source),
            )
        })
        .collect();

    let mut housing: Vec<&RawHousing> = r.housing.iter().collect();
    housing.sort_by_key(|h| h.year);
    let housing: Vec<String> = housing
        .iter()
        .map(|h| {
            format!(
                "Botilbudssats {{ aar: {}, indkomstgraense: {}, procent_under: {}, procent_over: {}, enlig_pensionist_fradrag: {}, kilde: {} }}",
                h.year,
                kr(&h.income_limit),
                parse_danish_number(&h.percent_below).unwrap_or(0),
                parse_danish_number(&h.percent_above).unwrap_or(0),
                kr(&h.single_pensioner_reduction),
                src(&h.source),
            )
        })
        .collect();

    let join = |items: Vec<String>| {
        if items.is_empty() {
            "&[]".to_string()
        } else {
            format!("&[\n        {},\n    ]", items.join(",\n        "))
        }
    };
    format!(
        "// @generated by build.rs from seeds/national/rates.toml (src/domain/beregning/satser_raw.rs). Do not edit.\nSatser {{\n    paragraf100: {paragraf100},\n    merudgift: {},\n    kompensation: {},\n    positivliste: {positivliste},\n    doegntakster: {},\n    ledsager: {},\n    botilbud: {},\n}}\n",
        join(merudgift),
        join(kompensation),
        join(daily),
        join(companion),
        join(housing),
    )
}
