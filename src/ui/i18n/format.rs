//! Formats the compiled Fluent messages (build/fluent.rs writes them as static data).
//!
//! Semantics of the Fluent subset the portal uses:
//! - text and `{ $variable }` (a missing variable shows as `{$variable}`);
//! - a select expression on a variable: a variant whose key is the same name, or a number
//!   equal to the value read as a number (so `[109]` matches the argument `"109"`), else the
//!   plural category of a number (`one` for 1, `other` for every other number, as in Danish
//!   and English), else the default variant;
//! - an inserted value that ends with a full stop (an abbreviation: "1.105 kr.") takes the
//!   place of the sentence's own full stop right after it ("… 1.105 kr." not "kr.."), as
//!   Danish and English spelling have it.

/// One piece of a compiled pattern.
#[derive(Debug)]
pub enum Part {
    Text(&'static str),
    Var(&'static str),
    Select {
        var: &'static str,
        variants: &'static [(Key, &'static [Part])],
        /// Index of the default variant.
        default: usize,
    },
}

/// A variant key.
#[derive(Debug)]
pub enum Key {
    Name(&'static str),
    Number(f64),
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// The messages of one language (`"da"`, `"en"`), sorted by key.
pub fn messages(code: &str) -> &'static [(&'static str, &'static [Part])] {
    match code {
        "en" => EN,
        _ => DA,
    }
}

/// The pattern of a key, if the language has it.
pub fn lookup(
    table: &'static [(&'static str, &'static [Part])],
    key: &str,
) -> Option<&'static [Part]> {
    table
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|i| table[i].1)
}

/// Formats a pattern with its arguments.
pub fn format(pattern: &[Part], args: &[(&str, &str)]) -> String {
    let mut out = String::new();
    write(&mut out, pattern, args);
    out
}

fn write(out: &mut String, pattern: &[Part], args: &[(&str, &str)]) {
    for part in pattern {
        match part {
            Part::Text(t) => match t.strip_prefix('.') {
                Some(rest) if out.ends_with('.') => out.push_str(rest),
                _ => out.push_str(t),
            },
            Part::Var(name) => match arg(args, name) {
                Some(v) => out.push_str(v),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Part::Select {
                var,
                variants,
                default,
            } => {
                let chosen = arg(args, var).and_then(|v| choose(variants, v));
                let (_, p) = &variants[chosen.unwrap_or(*default)];
                write(out, p, args);
            }
        }
    }
}

fn arg<'a>(args: &'a [(&str, &str)], name: &str) -> Option<&'a str> {
    args.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
}

fn choose(variants: &[(Key, &[Part])], value: &str) -> Option<usize> {
    let number: Option<f64> = value.trim().parse().ok();
    let exact = variants.iter().position(|(k, _)| match k {
        Key::Name(n) => *n == value,
        Key::Number(x) => number == Some(*x),
    });
    exact.or_else(|| {
        let category = if number? == 1.0 { "one" } else { "other" };
        variants
            .iter()
            .position(|(k, _)| matches!(k, Key::Name(n) if *n == category))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    static SELECT: &[Part] = &[
        Part::Text("§ "),
        Part::Select {
            var: "p",
            variants: &[
                (Key::Number(109.0), &[Part::Text("krisecenter")]),
                (Key::Name("other"), &[Part::Text("andet")]),
                (Key::Name("one"), &[Part::Text("ét")]),
                (Key::Name("du"), &[Part::Text("dig")]),
            ],
            default: 1,
        },
        Part::Text(" for "),
        Part::Var("navn"),
    ];

    #[test]
    fn an_abbreviation_ends_the_sentence() {
        static P: &[Part] = &[
            Part::Text("Du kan få "),
            Part::Var("b"),
            Part::Text(". Ja."),
        ];
        assert_eq!(format(P, &[("b", "1.105 kr.")]), "Du kan få 1.105 kr. Ja.");
        assert_eq!(format(P, &[("b", "1.105")]), "Du kan få 1.105. Ja.");
    }

    #[test]
    fn selects_by_name_number_plural_and_default() {
        for (p, out) in [
            ("109", "§ krisecenter for Bo"),
            ("du", "§ dig for Bo"),
            ("1", "§ ét for Bo"),
            ("7", "§ andet for Bo"),
            ("x", "§ andet for Bo"),
        ] {
            assert_eq!(format(SELECT, &[("p", p), ("navn", "Bo")]), out, "p = {p}");
        }
        // No value: the default; a missing variable shows its name.
        assert_eq!(format(SELECT, &[]), "§ andet for {$navn}");
    }
}
