//! UI strings: every visible string comes from the Fluent files in `locales/`.
//!
//! The bundles are built once from files compiled into the binary (no network).
//! Unicode isolation marks are turned off: we insert only plain names and numbers.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;
use std::sync::OnceLock;

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

/// The Fluent sources, per language. Later features add files here.
pub fn sources(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Da => &[
            include_str!("../../locales/da/main.ftl"),
            include_str!("../../locales/da/catalogue.ftl"),
            include_str!("../../locales/da/screener.ftl"),
            include_str!("../../locales/da/anonymous.ftl"),
            include_str!("../../locales/da/beregn.ftl"),
            include_str!("../../locales/da/ansoegning.ftl"),
        ],
        Lang::En => &[
            include_str!("../../locales/en/main.ftl"),
            include_str!("../../locales/en/catalogue.ftl"),
            include_str!("../../locales/en/screener.ftl"),
            include_str!("../../locales/en/anonymous.ftl"),
            include_str!("../../locales/en/beregn.ftl"),
            include_str!("../../locales/en/ansoegning.ftl"),
        ],
    }
}

fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("valid language id");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for src in sources(lang) {
        let res = FluentResource::try_new((*src).to_string())
            .expect("Fluent file parses (checked by tests)");
        bundle
            .add_resource(res)
            .expect("no duplicate Fluent keys (checked by tests)");
    }
    bundle
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static DA: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    match lang {
        Lang::Da => DA.get_or_init(|| build(Lang::Da)),
        Lang::En => EN.get_or_init(|| build(Lang::En)),
    }
}

/// Translates `key` with optional arguments. Falls back to Danish, then to the key itself
/// (the tests make sure every key used exists in both languages).
pub fn translate_with(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, FluentValue::from(*v));
    }
    for l in [lang, Lang::Da] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(key).and_then(|m| m.value()) {
            let mut errors = vec![];
            let args = if args.is_empty() { None } else { Some(&fargs) };
            return b.format_pattern(pattern, args, &mut errors).into_owned();
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
    use fluent_bundle::FluentResource;
    use std::collections::BTreeSet;

    fn keys(lang: Lang) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for src in sources(lang) {
            let res = FluentResource::try_new((*src).to_string())
                .unwrap_or_else(|(_, errs)| panic!("{lang:?} Fluent file has errors: {errs:?}"));
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    assert!(
                        out.insert(m.id.name.to_string()),
                        "duplicate key {} in {lang:?}",
                        m.id.name
                    );
                }
            }
        }
        out
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

    /// Every key passed to `t`, `t_with` or `tk` in src/ui must exist in the Danish file.
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
        assert_eq!(Lang::from_code("de"), None);
    }
}
