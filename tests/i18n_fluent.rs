//! The compiled messages (build/fluent.rs, src/ui/i18n/format.rs) say exactly what Fluent
//! itself says: every message of both languages is formatted with every variant of every
//! select expression (each key as its value, plus a value no key matches), by our formatter
//! and by fluent-bundle with numbers passed as Fluent numbers, and the texts must be equal.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::collections::BTreeMap;
use stotteportalen::ui::i18n::{translate_with, Lang};

fn files(lang: &str) -> Vec<String> {
    let dir = format!("{}/locales/{lang}", env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// Variables of a pattern: name → the variant keys it selects on (empty: not a selector).
fn variables(p: &ast::Pattern<&str>, out: &mut BTreeMap<String, Vec<String>>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeMap<String, Vec<String>>) {
    match e {
        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
            out.entry(id.name.to_string()).or_default();
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_vars(expression, out)
        }
        ast::Expression::Inline(_) => {}
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = out.entry(id.name.to_string()).or_default();
                for v in variants {
                    let k = match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    };
                    let k = match k.as_str() {
                        // Plural categories are matched by numbers.
                        "one" => "1".to_string(),
                        "other" => "5".to_string(),
                        _ => k,
                    };
                    if !keys.contains(&k) {
                        keys.push(k);
                    }
                }
            }
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

#[test]
fn compiled_messages_equal_fluent_for_every_variant() {
    let mut checked = 0;
    for lang in Lang::ALL {
        let code = lang.code();
        let id: unic_langid::LanguageIdentifier = code.parse().unwrap();
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        let mut messages = vec![];
        for text in files(code) {
            let parsed = fluent_syntax::parser::parse(text.as_str()).unwrap();
            for e in &parsed.body {
                if let ast::Entry::Message(m) = e {
                    let mut vars = BTreeMap::new();
                    if let Some(v) = &m.value {
                        variables(v, &mut vars);
                    }
                    messages.push((m.id.name.to_string(), vars));
                }
            }
            bundle
                .add_resource(FluentResource::try_new(text).unwrap())
                .unwrap();
        }
        for (key, vars) in &messages {
            // The base: every selector at its first key, every other variable "V".
            let base: BTreeMap<&str, String> = vars
                .iter()
                .map(|(n, keys)| {
                    (
                        n.as_str(),
                        keys.first().cloned().unwrap_or_else(|| "V".into()),
                    )
                })
                .collect();
            let mut cases = vec![base.clone()];
            for (n, keys) in vars {
                for k in keys
                    .iter()
                    .skip(1)
                    .chain(std::iter::once(&"ingen-af-dem".to_string()))
                {
                    if keys.is_empty() {
                        continue;
                    }
                    let mut c = base.clone();
                    c.insert(n.as_str(), k.clone());
                    cases.push(c);
                }
            }
            for case in cases {
                let ours_args: Vec<(&str, &str)> =
                    case.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let ours = translate_with(lang, key, &ours_args);
                let mut fargs = FluentArgs::new();
                for (k, v) in &case {
                    match v.parse::<f64>() {
                        Ok(n) => fargs.set(*k, FluentValue::from(n)),
                        Err(_) => fargs.set(*k, FluentValue::from(v.as_str())),
                    }
                }
                let pattern = bundle.get_message(key).unwrap().value().unwrap();
                let mut errors = vec![];
                let theirs = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                assert_eq!(ours, theirs, "{code}: {key} with {case:?}");
                checked += 1;
            }
        }
    }
    assert!(checked > 1500, "only {checked} formatted");
    println!("{checked} message variants formatted alike");
}
