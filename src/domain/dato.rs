//! Dates written and read the portal's ways, without chrono's format machinery (its
//! `strftime` parser is not needed for four fixed layouts and costs size in the browser).

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// `2026-12-01` (ISO 8601; date fields, files).
pub fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `01.12.2026` (Danish, for people).
pub fn dansk(d: NaiveDate) -> String {
    format!("{:02}.{:02}.{:04}", d.day(), d.month(), d.year())
}

/// `20261201` (iCalendar dates).
pub fn kompakt(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// `20261201T093000Z` (an iCalendar UTC time stamp).
pub fn stempel_utc(t: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}Z",
        kompakt(t.date()),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// `20261201093000` (an id made of the time).
pub fn tal(t: NaiveDateTime) -> String {
    format!(
        "{}{:02}{:02}{:02}",
        kompakt(t.date()),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Reads `YYYY-MM-DD` (what a date field gives): four, two and two digits, a real date.
pub fn fra_iso(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_reads() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
        assert_eq!(iso(d), "2026-03-09");
        assert_eq!(dansk(d), "09.03.2026");
        assert_eq!(kompakt(d), "20260309");
        let t = d.and_hms_opt(7, 5, 3).unwrap();
        assert_eq!(stempel_utc(t), "20260309T070503Z");
        assert_eq!(tal(t), "20260309070503");
        assert_eq!(fra_iso("2026-03-09"), Some(d));
        assert_eq!(fra_iso(" 2026-03-09 "), Some(d));
        for bad in [
            "2026-02-30",
            "2026-3-09",
            "26-03-09",
            "2026/03/09",
            "2026-03-0x",
            "",
            "+026-03-09",
        ] {
            assert_eq!(fra_iso(bad), None, "{bad}");
        }
        // The same as chrono's own parser for every day of a leap year and around it.
        let mut d = NaiveDate::from_ymd_opt(2023, 12, 25).unwrap();
        for _ in 0..400 {
            assert_eq!(fra_iso(&iso(d)), Some(d));
            assert_eq!(iso(d), d.format("%Y-%m-%d").to_string());
            assert_eq!(dansk(d), d.format("%d.%m.%Y").to_string());
            d = d.succ_opt().unwrap();
        }
    }
}
