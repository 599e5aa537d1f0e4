//! Money: whole øre in an integer, Danish formatting and a forgiving parser.
//!
//! [`Beloeb`] holds øre in an `i64`: no floating point anywhere. Formatting is Danish:
//! `"1.105 kr."` for whole kroner (no decimals), `"93,38 kr."` otherwise. The parser takes
//! what people type (`"1.530,50"`, `"1530"`, `"1 530 kr."`, `"1530,5"`, `" 93,38 "`,
//! `"87,-"`) and rejects the rest with a [`BeloebFejl`] whose [`BeloebFejl::fluent_id`]
//! the UI translates: there is no UI text in here.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub};

/// An amount of money in whole øre (1 kr. = 100 øre).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Beloeb(i64);

impl Beloeb {
    /// 0 kr.
    pub const NUL: Beloeb = Beloeb(0);

    /// The largest amount the parser accepts: 10.000.000 kr.
    pub const MAKS: Beloeb = Beloeb(10_000_000 * 100);

    /// An amount in øre: `fra_oere(9338)` is 93,38 kr.
    pub const fn fra_oere(oere: i64) -> Beloeb {
        Beloeb(oere)
    }

    /// An amount in whole kroner: `kr(1105)` is 1.105 kr.
    pub const fn kr(kroner: i64) -> Beloeb {
        Beloeb(kroner * 100)
    }

    /// The amount in øre.
    pub const fn oere(self) -> i64 {
        self.0
    }

    /// `true` when the amount is whole kroner.
    pub const fn er_hele_kroner(self) -> bool {
        self.0 % 100 == 0
    }

    /// The larger of the two.
    pub fn max(self, other: Beloeb) -> Beloeb {
        Beloeb(self.0.max(other.0))
    }

    /// The smaller of the two.
    pub fn min(self, other: Beloeb) -> Beloeb {
        Beloeb(self.0.min(other.0))
    }

    /// `self - other`, but never below 0.
    pub fn minus_ned_til_nul(self, other: Beloeb) -> Beloeb {
        Beloeb((self.0 - other.0).max(0))
    }

    /// `self × n`.
    pub const fn gange(self, n: i64) -> Beloeb {
        Beloeb(self.0 * n)
    }

    /// `self / n`, rounded to the nearest øre (halves away from zero).
    pub const fn del(self, n: i64) -> Beloeb {
        Beloeb(rund_division(self.0, n))
    }

    /// A percentage given in hundredths of a percent (`1000` = 10 %), rounded to the
    /// nearest øre (halves away from zero).
    pub const fn procent(self, hundrededele_procent: i64) -> Beloeb {
        Beloeb(rund_division(self.0 * hundrededele_procent, 10_000))
    }

    /// The number without unit, Danish style: `"1.105"`, `"93,38"`, `"1.530,50"`.
    /// Whole kroner have no decimals.
    pub fn tal(self) -> String {
        let negative = self.0 < 0;
        let abs = self.0.unsigned_abs();
        let (kroner, oere) = (abs / 100, abs % 100);
        let mut out = String::with_capacity(24);
        if negative {
            out.push('-');
        }
        out.push_str(&heltal_tekst(kroner));
        if oere != 0 {
            out.push_str(&format!(",{oere:02}"));
        }
        out
    }

    /// With the unit: `"1.105 kr."`, `"93,38 kr."` (also what `Display` writes).
    pub fn kr_tekst(self) -> String {
        format!("{} kr.", self.tal())
    }

    /// Parses what a person types; see the module documentation.
    pub fn parse(input: &str) -> Result<Beloeb, BeloebFejl> {
        parse(input)
    }
}

/// `n / d` rounded to the nearest integer, halves away from zero (`d > 0`).
const fn rund_division(n: i64, d: i64) -> i64 {
    if n >= 0 {
        (n + d / 2) / d
    } else {
        -((-n + d / 2) / d)
    }
}

impl fmt::Display for Beloeb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.kr_tekst())
    }
}

impl Add for Beloeb {
    type Output = Beloeb;
    fn add(self, other: Beloeb) -> Beloeb {
        Beloeb(self.0 + other.0)
    }
}

impl AddAssign for Beloeb {
    fn add_assign(&mut self, other: Beloeb) {
        self.0 += other.0;
    }
}

impl Sub for Beloeb {
    type Output = Beloeb;
    fn sub(self, other: Beloeb) -> Beloeb {
        Beloeb(self.0 - other.0)
    }
}

impl Sum for Beloeb {
    fn sum<I: Iterator<Item = Beloeb>>(iter: I) -> Beloeb {
        iter.fold(Beloeb::NUL, Add::add)
    }
}

impl std::str::FromStr for Beloeb {
    type Err = BeloebFejl;
    fn from_str(s: &str) -> Result<Beloeb, BeloebFejl> {
        parse(s)
    }
}

/// Why a typed amount was not accepted. Each variant is a Fluent message id
/// ([`BeloebFejl::fluent_id`]); the UI holds the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BeloebFejl {
    /// Nothing was typed.
    Tom,
    /// A minus sign: amounts are never negative.
    Negativ,
    /// Letters other than the unit ("kr.", "kroner").
    Bogstaver,
    /// Another character that does not belong in an amount (e.g. `$`, `/`).
    UgyldigtTegn,
    /// More than one comma.
    FlereKommaer,
    /// More than two digits after the comma.
    ForMangeDecimaler,
    /// A point used as decimal mark (`"93.38"`): write `"93,38"`.
    Decimalpunktum,
    /// Thousands separators in the wrong places (`"15.30"`, `"1.5300"`).
    Tusindtal,
    /// Above [`Beloeb::MAKS`].
    ForStort,
}

impl BeloebFejl {
    /// Every variant.
    pub const ALL: [BeloebFejl; 9] = [
        BeloebFejl::Tom,
        BeloebFejl::Negativ,
        BeloebFejl::Bogstaver,
        BeloebFejl::UgyldigtTegn,
        BeloebFejl::FlereKommaer,
        BeloebFejl::ForMangeDecimaler,
        BeloebFejl::Decimalpunktum,
        BeloebFejl::Tusindtal,
        BeloebFejl::ForStort,
    ];

    /// The Fluent message id the UI shows.
    pub const fn fluent_id(self) -> &'static str {
        match self {
            BeloebFejl::Tom => "money-error-empty",
            BeloebFejl::Negativ => "money-error-negative",
            BeloebFejl::Bogstaver => "money-error-letters",
            BeloebFejl::UgyldigtTegn => "money-error-invalid-character",
            BeloebFejl::FlereKommaer => "money-error-multiple-commas",
            BeloebFejl::ForMangeDecimaler => "money-error-too-many-decimals",
            BeloebFejl::Decimalpunktum => "money-error-decimal-point",
            BeloebFejl::Tusindtal => "money-error-grouping",
            BeloebFejl::ForStort => "money-error-too-large",
        }
    }

    /// Fluent arguments of the message (only `money-error-too-large` has one: `max`,
    /// e.g. `"10.000.000 kr."`).
    pub fn fluent_args(self) -> Vec<(&'static str, String)> {
        match self {
            BeloebFejl::ForStort => vec![("max", Beloeb::MAKS.kr_tekst())],
            _ => Vec::new(),
        }
    }
}

impl fmt::Display for BeloebFejl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.fluent_id())
    }
}

impl std::error::Error for BeloebFejl {}

/// Spaces people use between thousands: space, no-break space, thin spaces.
fn er_mellemrum(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

/// Strips a unit before or after the number: "kr.", "kr", "kroner", "dkk".
fn uden_enhed(s: &str) -> &str {
    let mut s = s.trim();
    for unit in ["kroner", "kr.", "kr", "dkk"] {
        if s.len() >= unit.len()
            && s.is_char_boundary(s.len() - unit.len())
            && s[s.len() - unit.len()..].eq_ignore_ascii_case(unit)
        {
            s = s[..s.len() - unit.len()].trim_end();
            break;
        }
    }
    for unit in ["kroner", "kr.", "kr", "dkk"] {
        if s.len() >= unit.len()
            && s.is_char_boundary(unit.len())
            && s[..unit.len()].eq_ignore_ascii_case(unit)
        {
            s = s[unit.len()..].trim_start();
            break;
        }
    }
    s.trim()
}

fn parse(input: &str) -> Result<Beloeb, BeloebFejl> {
    let mut s = uden_enhed(input);
    if s.is_empty() {
        return Err(BeloebFejl::Tom);
    }
    // "87,-" (whole kroner, as on price tags and in seed 002).
    for dash in [",-", ",–", ",—"] {
        if let Some(rest) = s.strip_suffix(dash) {
            s = rest.trim_end();
            if s.is_empty() {
                return Err(BeloebFejl::Tom);
            }
            break;
        }
    }
    if s.contains(['-', '−', '–', '—']) {
        return Err(BeloebFejl::Negativ);
    }
    if s.chars().any(char::is_alphabetic) {
        return Err(BeloebFejl::Bogstaver);
    }
    if s.chars()
        .any(|c| !(c.is_ascii_digit() || c == '.' || c == ',' || er_mellemrum(c)))
    {
        return Err(BeloebFejl::UgyldigtTegn);
    }
    if s.matches(',').count() > 1 {
        return Err(BeloebFejl::FlereKommaer);
    }
    let (heltal, decimaler) = match s.split_once(',') {
        Some((h, d)) => (h.trim_end_matches(er_mellemrum), Some(d)),
        None => (s, None),
    };

    let oere: i64 = match decimaler {
        None | Some("") => 0,
        Some(d) if !d.chars().all(|c| c.is_ascii_digit()) => return Err(BeloebFejl::Tusindtal),
        Some(d) if d.len() > 2 => return Err(BeloebFejl::ForMangeDecimaler),
        Some(d) if d.len() == 1 => i64::from(d.as_bytes()[0] - b'0') * 10,
        Some(d) => d.parse().map_err(|_| BeloebFejl::Tusindtal)?,
    };

    let kroner: String = if heltal.is_empty() {
        if decimaler.is_none_or(str::is_empty) {
            return Err(BeloebFejl::Tom);
        }
        "0".to_string()
    } else {
        // Groups separated by '.' or a run of spaces: the first 1–3 digits, the rest 3.
        let mut groups: Vec<&str> = Vec::new();
        let mut separators: Vec<char> = Vec::new();
        let mut rest = heltal;
        loop {
            match rest.find(|c: char| c == '.' || er_mellemrum(c)) {
                Some(i) => {
                    groups.push(&rest[..i]);
                    let sep = rest[i..].chars().next().unwrap_or(' ');
                    separators.push(if sep == '.' { '.' } else { ' ' });
                    rest = rest[i..].trim_start_matches(er_mellemrum);
                    if sep == '.' {
                        rest = &rest[1..];
                    }
                }
                None => {
                    groups.push(rest);
                    break;
                }
            }
        }
        let grouped_ok = groups.iter().all(|g| !g.is_empty())
            && (groups.len() == 1
                || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3)));
        if !grouped_ok {
            // "93.38": one point followed by one or two digits, no comma.
            let decimal_point = decimaler.is_none()
                && separators == ['.']
                && !groups[0].is_empty()
                && (1..=2).contains(&groups[1].len());
            return Err(if decimal_point {
                BeloebFejl::Decimalpunktum
            } else {
                BeloebFejl::Tusindtal
            });
        }
        groups.concat()
    };

    let kroner = kroner.trim_start_matches('0');
    if kroner.len() > 12 {
        return Err(BeloebFejl::ForStort);
    }
    let kroner: i64 = if kroner.is_empty() {
        0
    } else {
        kroner.parse().map_err(|_| BeloebFejl::ForStort)?
    };
    let beloeb = Beloeb(kroner * 100 + oere);
    if beloeb > Beloeb::MAKS {
        return Err(BeloebFejl::ForStort);
    }
    Ok(beloeb)
}

/// A whole number, Danish style: `"20.000"`, `"1.530"`, `"7"`.
pub fn heltal_tekst(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_danish() {
        assert_eq!(Beloeb::kr(1105).kr_tekst(), "1.105 kr.");
        assert_eq!(Beloeb::fra_oere(9338).to_string(), "93,38 kr.");
        assert_eq!(Beloeb::fra_oere(153_050).tal(), "1.530,50");
        assert_eq!(Beloeb::kr(10_000_000).tal(), "10.000.000");
        assert_eq!(Beloeb::NUL.kr_tekst(), "0 kr.");
        assert_eq!(Beloeb::fra_oere(5).tal(), "0,05");
    }

    #[test]
    fn parses_what_people_type() {
        for (input, oere) in [
            ("1.530,50", 153_050),
            ("1530", 153_000),
            ("1 530 kr.", 153_000),
            ("1.530 kr", 153_000),
            ("1530,5", 153_050),
            (" 93,38 ", 9_338),
            ("87,-", 8_700),
            ("kr. 500", 50_000),
            ("1\u{a0}530", 153_000),
            (",5", 50),
            ("5,", 500),
            ("10.000.000", 1_000_000_000),
        ] {
            assert_eq!(
                Beloeb::parse(input),
                Ok(Beloeb::fra_oere(oere)),
                "{input:?}"
            );
        }
    }

    #[test]
    fn rejects_with_a_reason() {
        for (input, fejl) in [
            ("", BeloebFejl::Tom),
            ("  kr. ", BeloebFejl::Tom),
            ("-5", BeloebFejl::Negativ),
            ("abc", BeloebFejl::Bogstaver),
            ("12 æbler", BeloebFejl::Bogstaver),
            ("$5", BeloebFejl::UgyldigtTegn),
            ("1,5,3", BeloebFejl::FlereKommaer),
            ("1,555", BeloebFejl::ForMangeDecimaler),
            ("93.38", BeloebFejl::Decimalpunktum),
            ("15.30.0", BeloebFejl::Tusindtal),
            ("1.5300", BeloebFejl::Tusindtal),
            ("10.000.000,01", BeloebFejl::ForStort),
            ("99999999999999999999999", BeloebFejl::ForStort),
        ] {
            assert_eq!(Beloeb::parse(input), Err(fejl), "{input:?}");
        }
    }

    #[test]
    fn whole_numbers_have_danish_thousands() {
        for (n, text) in [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (1000, "1.000"),
            (20_000, "20.000"),
            (1_234_567, "1.234.567"),
        ] {
            assert_eq!(heltal_tekst(n), text);
        }
    }

    #[test]
    fn rounds_halves_away_from_zero() {
        assert_eq!(Beloeb::fra_oere(5).del(10), Beloeb::fra_oere(1));
        assert_eq!(Beloeb::fra_oere(4).del(10), Beloeb::fra_oere(0));
        assert_eq!(Beloeb::kr(100).procent(1000), Beloeb::kr(10));
        assert_eq!(Beloeb::fra_oere(5).procent(1000), Beloeb::fra_oere(1));
    }
}
