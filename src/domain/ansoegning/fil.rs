//! The draft as a file ("Gem som fil" / "Åbn gemt ansøgning"): versioned JSON.
//!
//! ```json
//! { "format": "stotteportalen-ansoegning", "version": 2, "gemt": "2026-11-23",
//!   "kladde": { "rolle": "selv", "kommune": "viborg", "person": { "fornavn": "…", … }, … } }
//! ```
//!
//! - Version 2 (now): the fields of [`Kladde`].
//! - Version 1 (older): the person had one `navn` field and there was no `omtale`,
//!   `udgifter` list or `dokumenter`; the expenses were one text (`udgifter`). Version 1
//!   files are migrated: `navn` is split at the last space into `fornavn` and `efternavn`
//!   and the expense text becomes `udgifter-note`.
//!
//! Reading is strict: at most [`MAKS_BYTES`], JSON, the right `format`, a known version,
//! no unknown fields, the right types, texts at most [`MAKS_TEKST`] characters, at most
//! [`MAKS_LISTE`] entries per list. Anything else is an error with a plain message, and
//! the caller keeps its current draft. Texts are kept as written (also `<script>`): the
//! UI only ever renders them as text.

use super::model::{Hjaelper, Hverdag, Kladde, Rolle};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The value of the `format` field.
pub const FORMAT: &str = "stotteportalen-ansoegning";
/// The version written now.
pub const VERSION: u32 = 2;
/// The largest file read (2 MB). A draft the form can make fits: every text field holds at
/// most [`MAKS_TEKST`] characters (the form's `maxlength`), and `Ansoegning::opdater`
/// refuses a change that would make the written file larger than this (tested in
/// tests/ansoegning_fil.rs), so every draft the portal writes can be read again.
pub const MAKS_BYTES: usize = 2 * 1024 * 1024;
/// The longest text in one field (characters).
pub const MAKS_TEKST: usize = 20_000;
/// The most entries in one list.
pub const MAKS_LISTE: usize = 100;

/// Why a file cannot be opened. Each has a plain Fluent message in the UI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilFejl {
    /// Larger than [`MAKS_BYTES`].
    ForStor,
    /// Not JSON (e.g. a PDF or a picture).
    IkkeJson,
    /// JSON, but not a draft from the portal (no or another `format`).
    IkkeEnAnsoegning,
    /// A version this portal does not know (a newer portal wrote it, or it is broken).
    UkendtVersion(String),
    /// A field the format does not have.
    UkendtFelt(String),
    /// A field with the wrong kind of value, or a missing part.
    ForkertIndhold,
    /// A text or a list is too long.
    ForLang,
}

impl FilFejl {
    /// The Fluent message id.
    pub const fn besked_id(&self) -> &'static str {
        match self {
            FilFejl::ForStor => "ans-fil-fejl-for-stor",
            FilFejl::IkkeJson => "ans-fil-fejl-ikke-json",
            FilFejl::IkkeEnAnsoegning => "ans-fil-fejl-ikke-ansoegning",
            FilFejl::UkendtVersion(_) => "ans-fil-fejl-version",
            FilFejl::UkendtFelt(_) => "ans-fil-fejl-felt",
            FilFejl::ForkertIndhold => "ans-fil-fejl-indhold",
            FilFejl::ForLang => "ans-fil-fejl-for-lang",
        }
    }

    /// The Fluent argument `detalje` (the version or the field name; shown as text).
    pub fn detalje(&self) -> String {
        match self {
            FilFejl::UkendtVersion(v) | FilFejl::UkendtFelt(v) => v.clone(),
            _ => String::new(),
        }
    }
}

/// The file as written now.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FilV2 {
    format: String,
    version: u32,
    gemt: String,
    kladde: Kladde,
}

/// Version 1: the older shape (see the module documentation).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FilV1 {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: u32,
    #[allow(dead_code)]
    gemt: String,
    kladde: KladdeV1,
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct KladdeV1 {
    rolle: Rolle,
    kommune: Option<String>,
    person: PersonV1,
    hjaelper: Hjaelper,
    ydelser: Vec<String>,
    hverdag: Vec<Hverdag>,
    udgifter: String,
    andet: String,
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct PersonV1 {
    navn: String,
    cpr: String,
    adresse: String,
    telefon: String,
    email: String,
}

/// Version 1 → the current draft.
fn migrer_v1(v1: KladdeV1) -> Kladde {
    let navn = v1.person.navn.trim();
    let (fornavn, efternavn) = match navn.rsplit_once(char::is_whitespace) {
        Some((f, e)) => (f.trim().to_string(), e.trim().to_string()),
        None => (navn.to_string(), String::new()),
    };
    let mut k = Kladde {
        rolle: v1.rolle,
        kommune: v1.kommune,
        hjaelper: v1.hjaelper,
        ydelser: v1.ydelser,
        hverdag: v1.hverdag,
        udgifter_note: v1.udgifter,
        andet: v1.andet,
        ..Kladde::default()
    };
    k.person.fornavn = fornavn;
    k.person.efternavn = efternavn;
    k.person.cpr = v1.person.cpr;
    k.person.adresse = v1.person.adresse;
    k.person.telefon = v1.person.telefon;
    k.person.email = v1.person.email;
    k
}

/// The draft as a file (pretty JSON), saved on `gemt`.
pub fn skriv(kladde: &Kladde, gemt: NaiveDate) -> String {
    let fil = FilV2 {
        format: FORMAT.to_string(),
        version: VERSION,
        gemt: crate::domain::dato::iso(gemt),
        kladde: kladde.clone(),
    };
    serde_json::to_string_pretty(&fil).unwrap_or_default()
}

/// Whether this written file can be read again (not over [`MAKS_BYTES`]).
pub fn kan_laeses(skrevet: &str) -> bool {
    skrevet.len() <= MAKS_BYTES
}

/// The file name: `ansoegning-2026-11-23.json` (a date, never a name or a CPR number).
pub fn filnavn(gemt: NaiveDate) -> String {
    format!("ansoegning-{}.json", crate::domain::dato::iso(gemt))
}

/// Maps a serde error to a plain error.
fn fra_serde(e: serde_json::Error) -> FilFejl {
    let msg = e.to_string();
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let felt = rest.split('`').next().unwrap_or("").to_string();
        return FilFejl::UkendtFelt(felt);
    }
    FilFejl::ForkertIndhold
}

/// Reads a file: the draft (migrated to the current version) or why not.
pub fn laes(tekst: &str) -> Result<Kladde, FilFejl> {
    if tekst.len() > MAKS_BYTES {
        return Err(FilFejl::ForStor);
    }
    let value: serde_json::Value = serde_json::from_str(tekst).map_err(|_| FilFejl::IkkeJson)?;
    let obj = value.as_object().ok_or(FilFejl::IkkeEnAnsoegning)?;
    if obj.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(FilFejl::IkkeEnAnsoegning);
    }
    let version = obj
        .get("version")
        .cloned()
        .unwrap_or(serde_json::Value::Null);
    let kladde = match version.as_u64() {
        Some(2) => {
            serde_json::from_value::<FilV2>(value)
                .map_err(fra_serde)?
                .kladde
        }
        Some(1) => migrer_v1(
            serde_json::from_value::<FilV1>(value)
                .map_err(fra_serde)?
                .kladde,
        ),
        _ => return Err(FilFejl::UkendtVersion(version.to_string())),
    };
    tjek_graenser(&kladde)?;
    Ok(kladde)
}

/// Every text at most [`MAKS_TEKST`] characters, every list at most [`MAKS_LISTE`].
fn tjek_graenser(k: &Kladde) -> Result<(), FilFejl> {
    let p = &k.person;
    let h = &k.hjaelper;
    let mut tekster: Vec<&str> = vec![
        &p.fornavn,
        &p.efternavn,
        &p.cpr,
        &p.adresse,
        &p.telefon,
        &p.email,
        &h.navn,
        &h.relation,
        &h.telefon,
        &h.email,
        &k.udgifter_note,
        &k.andet,
    ];
    tekster.extend(k.kommune.as_deref());
    tekster.extend(k.ydelser.iter().map(String::as_str));
    for hv in &k.hverdag {
        tekster.push(&hv.ydelse);
        tekster.push(&hv.tekst);
    }
    for u in &k.udgifter {
        tekster.push(&u.hvad);
        tekster.push(&u.beloeb);
    }
    tekster.extend(k.dokumenter.iter().map(String::as_str));
    let lister = [
        k.ydelser.len(),
        k.hverdag.len(),
        k.udgifter.len(),
        k.dokumenter.len(),
    ];
    if tekster.iter().any(|t| t.chars().count() > MAKS_TEKST)
        || lister.iter().any(|n| *n > MAKS_LISTE)
    {
        return Err(FilFejl::ForLang);
    }
    Ok(())
}
