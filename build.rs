//! Reads every TOML file under seeds/, validates it (crates/content-build, shared with the
//! tests) and writes the catalogue as static Rust data to `$OUT_DIR/catalog.rs`, which
//! src/domain/content/mod.rs includes. The wasm gets no TOML parser and parses nothing.
//! A broken file fails the build with its path and the field.

#[path = "build/fluent.rs"]
mod fluent;

use content_build as raw;

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=seeds");

    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));

    let seeds = manifest.join("seeds");
    let (catalog, english) = if seeds.is_dir() {
        match raw::load_both(&seeds) {
            Ok(both) => both,
            Err(errors) => fail(&errors),
        }
    } else {
        (raw::RawCatalog::default(), raw::RawCatalog::default())
    };
    write(&out.join("catalog.rs"), &raw::generate(&catalog));
    // The same catalogue with the texts of seeds/en/ (checked against the Danish files).
    write(&out.join("catalog_en.rs"), &raw::generate(&english));
    // The dated rate tables (seeds/national/rates.toml) for src/domain/beregning.
    write(
        &out.join("satser.rs"),
        &raw::satser::generate(catalog.rates.as_ref().map(|r| &r.value)),
    );

    // A small built-in sample catalogue that exercises every field, for the unit tests.
    let sample = raw::parse(&raw::sample_files())
        .and_then(|c| {
            let errors = raw::validate(&c);
            if errors.is_empty() {
                Ok(c)
            } else {
                Err(errors)
            }
        })
        .unwrap_or_else(|errors| fail(&errors));
    write(&out.join("sample_catalog.rs"), &raw::generate(&sample));

    // The UI's messages (locales/*/*.ftl), compiled for src/ui/i18n (no parser in the wasm).
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build/fluent.rs");
    match fluent::generate(&manifest.join("locales")) {
        Ok(code) => write(&out.join("messages.rs"), &code),
        Err(errors) => {
            eprintln!(
                "\nlocales/ has {} error(s):\n{}\n",
                errors.len(),
                errors.join("\n")
            );
            std::process::exit(1);
        }
    }
}

fn write(path: &std::path::Path, text: &str) {
    // Write only on change, so that dependants are not rebuilt for nothing.
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
}

fn fail(errors: &[raw::ContentError]) -> ! {
    eprintln!(
        "\nseeds/ has {} error(s) (see seeds/FORMAT.md):\n{}\n",
        errors.len(),
        raw::report(errors)
    );
    std::process::exit(1);
}
