//! UI strings: every visible string comes from the Fluent files in `locales/`.
//!
//! The files are compiled at build time (build/fluent.rs) into static data, formatted by
//! [`format`]; the browser parses nothing. Unicode isolation marks are not inserted: we
//! insert only plain names and numbers.

pub mod format;

use leptos::prelude::*;

/// A UI language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Da, Lang::En];

    /// BCP 47 code, used for `<html lang>` and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "da" | "da-dk" | "dansk" => Some(Lang::Da),
            "en" | "en-gb" | "en-us" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// The Fluent key of the language's own name.
    pub fn name_key(self) -> &'static str {
        match self {
            Lang::Da => "language-da",
            Lang::En => "language-en",
        }
    }
}

impl Lang {
    /// The language of the content (the catalogue: seeds/ or seeds/en/).
    pub fn content(self) -> crate::domain::content::Language {
        match self {
            Lang::Da => crate::domain::content::Language::Danish,
            Lang::En => crate::domain::content::Language::English,
        }
    }

    /// The language an address asks for: the English content pages live below `/en`.
    pub fn from_path(path: &str) -> Option<Lang> {
        let path = path.split(['?', '#']).next().unwrap_or(path);
        (path == "/en" || path.starts_with("/en/")).then_some(Lang::En)
    }
}

/// The content pages that have an English address below `/en` (pre-rendered, readable
/// without JavaScript): the front page, the catalogue, service, paragraph and general
/// pages, and the glossary. The app sections (Find hjælp, Beregn, Ansøgning) and the
/// other pages follow the chosen language at their one address (`?lang=en`).
const ENGLISH_ADDRESSES: &[&str] = &["/ydelser", "/vejledning", "/ordforklaringer"];

/// Whether a Danish path has an English address.
pub fn has_english_address(path: &str) -> bool {
    let path = path.split(['?', '#']).next().unwrap_or(path);
    path == "/"
        || ENGLISH_ADDRESSES
            .iter()
            .any(|p| path == *p || path.starts_with(&format!("{p}/")))
            && !path.ends_with("/let-dansk")
}

/// The English address of a Danish path (`/ydelser/x` → `/en/ydelser/x`, `/` → `/en`),
/// or the path itself when it has none.
pub fn english_address(path: &str) -> String {
    if path == "/" {
        "/en".to_string()
    } else if has_english_address(path) {
        format!("/en{path}")
    } else {
        path.to_string()
    }
}

/// The Danish address of a path (`/en/ydelser/x` → `/ydelser/x`, `/en` → `/`).
pub fn danish_address(path: &str) -> String {
    match path.strip_prefix("/en") {
        Some("") => "/".to_string(),
        Some(rest) if rest.starts_with('/') => rest.to_string(),
        _ => path.to_string(),
    }
}

/// A link inside the portal in a language: English content pages at their `/en` address.
pub fn localized(lang: Lang, path: &str) -> String {
    match lang {
        Lang::En => english_address(path),
        Lang::Da => path.to_string(),
    }
}

/// Every message key of a language (sorted).
pub fn keys(lang: Lang) -> impl Iterator<Item = &'static str> {
    format::messages(lang.code()).iter().map(|(k, _)| *k)
}

/// Translates `key` with optional arguments. Falls back to Danish, then to the key itself
/// (the tests make sure every key used exists in both languages).
pub fn translate_with(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    for l in [lang, Lang::Da] {
        if let Some(p) = format::lookup(format::messages(l.code()), key) {
            return format::format(p, args);
        }
    }
    key.to_string()
}

pub fn translate(lang: Lang, key: &str) -> String {
    translate_with(lang, key, &[])
}

/// The language context of the app.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

impl I18n {
    pub fn t(&self, key: &str) -> String {
        translate(self.lang.get(), key)
    }
    pub fn t_with(&self, key: &str, args: &[(&str, &str)]) -> String {
        translate_with(self.lang.get(), key, args)
    }
    /// The content in the UI's language (English texts from seeds/en/ in English).
    pub fn catalog(&self) -> &'static crate::domain::content::Catalog {
        crate::domain::content::catalog_in(self.lang.get().content())
    }
    /// A link inside the portal in the UI's language (see [`localized`]).
    pub fn href(&self, path: &str) -> String {
        localized(self.lang.get(), path)
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A reactive translated string, for use in `view!`: `{t("nav-home")}`.
pub fn t(key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(lang: Lang) -> BTreeSet<String> {
        super::keys(lang).map(str::to_string).collect()
    }

    #[test]
    fn both_languages_have_the_same_keys() {
        let da = keys(Lang::Da);
        let en = keys(Lang::En);
        let only_da: Vec<_> = da.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&da).collect();
        assert!(only_da.is_empty(), "keys only in da: {only_da:?}");
        assert!(only_en.is_empty(), "keys only in en: {only_en:?}");
    }

    /// Every key passed to `t`, `t_with` or `tk` in src/ui, and the three of every `felt!`
    /// and `side!`, must exist in the Danish file.
    #[test]
    fn every_key_used_in_the_ui_exists() {
        let da = keys(Lang::Da);
        let mut missing = vec![];
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui");
        let mut stack = vec![std::path::PathBuf::from(dir)];
        while let Some(p) = stack.pop() {
            for e in std::fs::read_dir(&p).unwrap() {
                let path = e.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let src = std::fs::read_to_string(&path).unwrap();
                for marker in ["t(\"", "t_with(\"", "tk(\""] {
                    for (i, _) in src.match_indices(marker) {
                        // Only a call of `t(`, not the end of `get(` or `expect(`.
                        let before = src[..i].chars().next_back().unwrap_or(' ');
                        if before.is_alphanumeric() || before == '_' {
                            continue;
                        }
                        let rest = &src[i + marker.len()..];
                        let key = &rest[..rest.find('"').unwrap()];
                        if !da.contains(key) {
                            missing.push(format!("{}: {key}", path.display()));
                        }
                    }
                }
                // A field declared with `felt!` uses its texts argument + `-label`, `-name`,
                // `-hint`; a calculator page with `side!` + `-title`, `-heading`, `-lead`.
                for (name, nth, suffixes) in [
                    ("felt", 3, ["label", "name", "hint"]),
                    ("side", 1, ["title", "heading", "lead"]),
                ] {
                    for (i, _) in src.match_indices(&format!("{name}!(")) {
                        let args = &src[i..i + src[i..].find(')').unwrap()];
                        let Some(texts) = args.split('"').nth(nth) else {
                            continue;
                        };
                        for suffix in suffixes {
                            let key = format!("{texts}-{suffix}");
                            if !da.contains(key.as_str()) {
                                missing.push(format!("{}: {key}", path.display()));
                            }
                        }
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "Fluent keys used but not defined: {missing:?}"
        );
    }

    /// Keys built from domain enums (situations, VUM themes and levels, source parts).
    #[test]
    fn keys_built_from_domain_values_exist() {
        use crate::domain::content::{Livssituation, VumTema};
        let da = keys(Lang::Da);
        let mut wanted: Vec<String> = Livssituation::ALL
            .iter()
            .map(|s| format!("situation-{}", s.as_str()))
            .collect();
        wanted.extend(VumTema::ALL.iter().map(|t| format!("vum-{}", t.as_str())));
        wanted.extend((0..=4).map(|n| format!("vum-level-{n}")));
        let missing: Vec<_> = wanted.iter().filter(|k| !da.contains(*k)).collect();
        assert!(missing.is_empty(), "missing keys: {missing:?}");
    }

    #[test]
    fn translates_and_falls_back() {
        assert_eq!(translate(Lang::Da, "nav-home"), "Forside");
        assert_eq!(translate(Lang::En, "nav-home"), "Home");
        assert_eq!(
            translate_with(
                Lang::Da,
                "municipality-current",
                &[("name", "Viborg Kommune")]
            ),
            "Kommune: Viborg Kommune"
        );
        assert_eq!(translate(Lang::En, "no-such-key"), "no-such-key");
    }

    #[test]
    fn language_codes() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
    }

    #[test]
    fn english_addresses() {
        assert_eq!(english_address("/"), "/en");
        assert_eq!(
            english_address("/ydelser/viborg/bpa"),
            "/en/ydelser/viborg/bpa"
        );
        assert_eq!(english_address("/vejledning/klage"), "/en/vejledning/klage");
        assert_eq!(english_address("/ordforklaringer"), "/en/ordforklaringer");
        // The app sections and the easy-read pages have no English address.
        assert_eq!(english_address("/find-hjaelp"), "/find-hjaelp");
        assert_eq!(english_address("/ydelserne"), "/ydelserne");
        assert_eq!(
            english_address("/vejledning/klage/let-dansk"),
            "/vejledning/klage/let-dansk"
        );
        assert_eq!(
            danish_address("/en/ydelser/viborg/bpa"),
            "/ydelser/viborg/bpa"
        );
        assert_eq!(danish_address("/en"), "/");
        assert_eq!(danish_address("/english"), "/english");
        assert_eq!(Lang::from_path("/en/ydelser"), Some(Lang::En));
        assert_eq!(Lang::from_path("/en"), Some(Lang::En));
        assert_eq!(Lang::from_path("/ydelser"), None);
        assert_eq!(Lang::from_path("/english"), None);
        assert_eq!(localized(Lang::Da, "/ydelser"), "/ydelser");
        assert_eq!(localized(Lang::En, "/ydelser"), "/en/ydelser");
        assert_eq!(Lang::from_code("de"), None);
    }
}
