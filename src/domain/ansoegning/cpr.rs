//! CPR numbers: format and a real date of birth only.
//!
//! No modulus-11 check: CPR numbers issued since 2007 need not pass it. The century
//! follows from the 7th digit and the year (CPR-kontoret's table):
//!
//! | 7th digit | year 00–36 | year 37–57 | year 58–99 |
//! |-----------|------------|------------|------------|
//! | 0–3       | 19xx       | 19xx       | 19xx       |
//! | 4, 9      | 20xx       | 19xx       | 19xx       |
//! | 5–8       | 20xx       | 20xx       | 18xx       |
//!
//! A CPR number is never put in a URL, a file name or a log.

use chrono::NaiveDate;

/// Why a CPR number is not accepted (each is a plain Fluent message in the UI).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CprFejl {
    /// Not 10 digits (with an optional dash or space after the 6th).
    Format,
    /// The first 6 digits are not a real date.
    Dato,
}

impl CprFejl {
    /// The Fluent message id.
    pub const fn besked_id(self) -> &'static str {
        match self {
            CprFejl::Format => "ans-fejl-cpr-format",
            CprFejl::Dato => "ans-fejl-cpr-dato",
        }
    }
}

/// The ten digits of a CPR number as written: `"010203-1234"`, `"0102031234"` or
/// `"010203 1234"` (spaces around are ignored).
fn cifre(tekst: &str) -> Option<[u8; 10]> {
    let t = tekst.trim();
    let chars: Vec<char> = t.chars().collect();
    let digits: Vec<char> = match chars.len() {
        10 => chars,
        11 if chars[6] == '-' || chars[6] == ' ' => {
            chars[..6].iter().chain(&chars[7..]).copied().collect()
        }
        _ => return None,
    };
    let mut out = [0u8; 10];
    for (i, c) in digits.iter().enumerate() {
        out[i] = c.to_digit(10)? as u8;
    }
    Some(out)
}

/// The full year from the two year digits and the 7th digit.
pub fn aarhundrede(aa: u8, syvende: u8) -> i32 {
    let aa = i32::from(aa);
    let base = match syvende {
        0..=3 => 1900,
        4 | 9 => {
            if aa <= 36 {
                2000
            } else {
                1900
            }
        }
        _ => {
            if aa <= 57 {
                2000
            } else {
                1800
            }
        }
    };
    base + aa
}

/// Checks a CPR number. Empty means "not given" (`Ok(None)`); otherwise the date of
/// birth.
pub fn tjek(tekst: &str) -> Result<Option<NaiveDate>, CprFejl> {
    if tekst.trim().is_empty() {
        return Ok(None);
    }
    let d = cifre(tekst).ok_or(CprFejl::Format)?;
    let dag = u32::from(d[0] * 10 + d[1]);
    let maaned = u32::from(d[2] * 10 + d[3]);
    let aa = d[4] * 10 + d[5];
    let aar = aarhundrede(aa, d[6]);
    NaiveDate::from_ymd_opt(aar, maaned, dag)
        .map(Some)
        .ok_or(CprFejl::Dato)
}

/// "010203-1234": the usual way to write it (for the printout only).
pub fn vis(tekst: &str) -> String {
    match cifre(tekst) {
        Some(d) => {
            let s: String = d.iter().map(|c| char::from(b'0' + c)).collect();
            format!("{}-{}", &s[..6], &s[6..])
        }
        None => tekst.trim().to_string(),
    }
}
