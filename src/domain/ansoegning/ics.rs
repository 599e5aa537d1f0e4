//! A calendar file (.ics, RFC 5545) with the dates of the receipt: all-day events
//! (`DTSTART;VALUE=DATE`), each with a `UID` and a `DTSTAMP`; text values escaped
//! (`\\`, `;`, `,`, newlines); lines folded at 75 octets; CRLF line ends.

use chrono::{Days, NaiveDate, NaiveDateTime};

/// One all-day event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Begivenhed {
    pub dato: NaiveDate,
    pub titel: String,
    pub beskrivelse: String,
}

/// Escapes a TEXT value (RFC 5545 3.3.11).
pub fn escape(tekst: &str) -> String {
    let mut out = String::with_capacity(tekst.len());
    let mut chars = tekst.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line: at most 75 octets per line, continuation lines start with a
/// space (RFC 5545 3.1); never splits a UTF-8 character. Ends with CRLF.
pub fn fold(linje: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for c in linje.chars() {
        let n = c.len_utf8();
        if len + n > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += n;
    }
    out.push_str("\r\n");
    out
}

/// The calendar: `dtstamp` is the UTC time the file is made (from the UI); `uid_base`
/// makes the UIDs unique (e.g. the date and time in digits).
pub fn kalender(begivenheder: &[Begivenhed], dtstamp: NaiveDateTime, uid_base: &str) -> String {
    let mut out = String::new();
    let mut linje = |l: String| out.push_str(&fold(&l));
    linje("BEGIN:VCALENDAR".into());
    linje("VERSION:2.0".into());
    linje("PRODID:-//Stoetteportalen//Ansoegning//DA".into());
    linje("CALSCALE:GREGORIAN".into());
    linje("METHOD:PUBLISH".into());
    let stamp = crate::domain::dato::stempel_utc(dtstamp);
    for (i, b) in begivenheder.iter().enumerate() {
        let dag = crate::domain::dato::kompakt;
        let slut = b.dato.checked_add_days(Days::new(1)).unwrap_or(b.dato);
        linje("BEGIN:VEVENT".into());
        linje(format!(
            "UID:{uid_base}-{}-{}@stotteportalen.invalid",
            i + 1,
            dag(b.dato)
        ));
        linje(format!("DTSTAMP:{stamp}"));
        linje(format!("DTSTART;VALUE=DATE:{}", dag(b.dato)));
        linje(format!("DTEND;VALUE=DATE:{}", dag(slut)));
        linje(format!("SUMMARY:{}", escape(&b.titel)));
        if !b.beskrivelse.is_empty() {
            linje(format!("DESCRIPTION:{}", escape(&b.beskrivelse)));
        }
        linje("TRANSP:TRANSPARENT".into());
        linje("END:VEVENT".into());
    }
    linje("END:VCALENDAR".into());
    out
}

/// The file name: `ansoegning-datoer-2026-11-23.ics`.
pub fn filnavn(idag: NaiveDate) -> String {
    format!("ansoegning-datoer-{}.ics", crate::domain::dato::iso(idag))
}
