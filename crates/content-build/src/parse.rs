//! Reading seeds/: the files under a folder, each deserialized (TOML) into the raw
//! types of [`crate::schema`], and the orderings the catalogue uses.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::*;
use serde::Deserialize;

/// A file under seeds/: its display path (`seeds/…`) and its text.
#[derive(Debug, Clone)]
pub struct SeedFile {
    pub path: String,
    pub text: String,
}

/// Reads every `.toml` under `root`, sorted by path. Paths are shown as
/// `<display_root>/<relative path>` (use `"seeds"`).
pub fn read_dir(root: &Path, display_root: &str) -> Result<Vec<SeedFile>, Vec<ContentError>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    walk(root, display_root, &mut files, &mut errors);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

pub(crate) fn walk(
    dir: &Path,
    display: &str,
    files: &mut Vec<SeedFile>,
    errors: &mut Vec<ContentError>,
) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(err(display, "", format!("cannot read folder: {e}")));
            return;
        }
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let shown = format!("{display}/{name}");
        if path.is_dir() {
            walk(&path, &shown, files, errors);
        } else if name.ends_with(".toml") {
            match fs::read_to_string(&path) {
                Ok(text) => files.push(SeedFile { path: shown, text }),
                Err(e) => errors.push(err(&shown, "", format!("cannot read file: {e}"))),
            }
        }
    }
}

/// Reads, parses and validates seeds/ (the build and the tests call this).
pub fn load(root: &Path) -> Result<RawCatalog, Vec<ContentError>> {
    let (files, _english) = split_files(read_dir(root, "seeds")?);
    let catalog = parse(&files)?;
    let errors = validate(&catalog);
    if errors.is_empty() {
        Ok(catalog)
    } else {
        Err(errors)
    }
}

/// Line (1-based) of a byte offset.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Deserializes one file, turning serde's error into path + field.
pub(crate) fn deserialize<T: for<'de> Deserialize<'de>>(
    file: &SeedFile,
) -> Result<T, ContentError> {
    let de = match toml::Deserializer::parse(&file.text) {
        Ok(de) => de,
        Err(e) => {
            let line = e
                .span()
                .map(|s| format!(" (line {})", line_of(&file.text, s.start)))
                .unwrap_or_default();
            return Err(err(
                &file.path,
                "",
                format!("not valid TOML: {}{line}", e.message().trim()),
            ));
        }
    };
    serde_path_to_error::deserialize(de).map_err(|e| {
        let mut field = e.path().to_string();
        if field == "." {
            field.clear();
        }
        let inner = e.inner();
        let message = inner.message().trim().to_string();
        // "missing field `x`" and "unknown field `x`" are reported on the parent: name x.
        for prefix in ["missing field `", "unknown field `"] {
            if let Some(rest) = message.strip_prefix(prefix) {
                if let Some(name) = rest.split('`').next() {
                    if !field.ends_with(name) {
                        field = if field.is_empty() {
                            name.to_string()
                        } else {
                            format!("{field}.{name}")
                        };
                    }
                }
            }
        }
        let line = inner
            .span()
            .map(|s| format!(" (line {})", line_of(&file.text, s.start)))
            .unwrap_or_default();
        err(&file.path, field, format!("{message}{line}"))
    })
}

/// The file name without `.toml`.
pub(crate) fn stem(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".toml").unwrap_or(name)
}

/// Parses the files into a [`RawCatalog`] (structure only; see [`validate`] for the rules).
pub fn parse(files: &[SeedFile]) -> Result<RawCatalog, Vec<ContentError>> {
    let mut catalog = RawCatalog::default();
    let mut errors = Vec::new();
    type Folder = (Option<InFile<RawMunicipality>>, Vec<InFile<RawService>>);
    let mut folders: BTreeMap<String, Folder> = BTreeMap::new();

    for file in files {
        let rel = file.path.split_once('/').map(|(_, r)| r).unwrap_or("");
        // An English file (seeds/en/…) is read as the Danish file at the same path.
        let rel = rel.strip_prefix("en/").unwrap_or(rel);
        let parts: Vec<&str> = rel.split('/').collect();
        match parts.as_slice() {
            ["national", "documents.toml"] => match deserialize::<DocumentsFile>(file) {
                Ok(f) => catalog
                    .documents
                    .extend(f.document.into_iter().map(|d| InFile {
                        path: file.path.clone(),
                        value: d,
                    })),
                Err(e) => errors.push(e),
            },
            ["national", "paragraphs.toml"] => match deserialize::<ParagraphsFile>(file) {
                Ok(f) => catalog
                    .paragraphs
                    .extend(f.paragraph.into_iter().map(|p| InFile {
                        path: file.path.clone(),
                        value: p,
                    })),
                Err(e) => errors.push(e),
            },
            ["national", "glossary.toml"] => match deserialize::<GlossaryFile>(file) {
                Ok(f) => catalog.glossary.extend(f.term.into_iter().map(|t| InFile {
                    path: file.path.clone(),
                    value: t,
                })),
                Err(e) => errors.push(e),
            },
            ["national", "rates.toml"] => match deserialize::<satser::RawSatser>(file) {
                Ok(rates) => {
                    catalog.rates = Some(InFile {
                        path: file.path.clone(),
                        value: rates,
                    })
                }
                Err(e) => errors.push(e),
            },
            ["national", "kommuner.toml"] => match deserialize::<RawKommuner>(file) {
                Ok(k) => {
                    catalog.kommuner = Some(InFile {
                        path: file.path.clone(),
                        value: k,
                    })
                }
                Err(e) => errors.push(e),
            },
            ["national", "pages", _] => match deserialize::<RawPage>(file) {
                Ok(page) => catalog.pages.push(InFile {
                    path: file.path.clone(),
                    value: page,
                }),
                Err(e) => errors.push(e),
            },
            [folder, "municipality.toml"] if *folder != "national" => {
                match deserialize::<RawMunicipality>(file) {
                    Ok(m) => {
                        folders.entry(folder.to_string()).or_default().0 = Some(InFile {
                            path: file.path.clone(),
                            value: m,
                        })
                    }
                    Err(e) => errors.push(e),
                }
            }
            [folder, "services", _] if *folder != "national" => {
                match deserialize::<RawService>(file) {
                    Ok(s) => folders
                        .entry(folder.to_string())
                        .or_default()
                        .1
                        .push(InFile {
                            path: file.path.clone(),
                            value: s,
                        }),
                    Err(e) => errors.push(e),
                }
            }
            _ => errors.push(err(
                &file.path,
                "",
                "unexpected file: see seeds/FORMAT.md for where files go",
            )),
        }
    }

    for (folder, (municipality, mut services)) in folders {
        let Some(municipality) = municipality else {
            errors.push(err(
                &format!("seeds/{folder}/municipality.toml"),
                "",
                "missing: a municipality folder with services needs a municipality.toml",
            ));
            continue;
        };
        services.sort_by(|a, b| {
            natural_cmp(&a.value.section, &b.value.section).then(a.value.id.cmp(&b.value.id))
        });
        catalog.municipalities.push(RawMunicipalityFolder {
            folder,
            municipality,
            services,
        });
    }
    if errors.is_empty() {
        Ok(catalog)
    } else {
        Err(errors)
    }
}

/// Compares "2.10" after "2.9" and "82a" after "82".
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    fn chunks(s: &str) -> Vec<(u64, String)> {
        let mut out = Vec::new();
        let mut chars = s.chars().peekable();
        while let Some(&c) = chars.peek() {
            if c.is_ascii_digit() {
                let mut n = 0u64;
                while let Some(&d) = chars.peek() {
                    if let Some(v) = d.to_digit(10) {
                        n = n.saturating_mul(10).saturating_add(v as u64);
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push((n, String::new()));
            } else {
                let mut t = String::new();
                while let Some(&d) = chars.peek() {
                    if d.is_ascii_digit() {
                        break;
                    }
                    t.push(d);
                    chars.next();
                }
                out.push((u64::MAX, t));
            }
        }
        out
    }
    chunks(a).cmp(&chunks(b))
}

/// A sort key in Danish alphabetical order (æ, ø, å last).
pub fn danish_key(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .map(|c| match c {
            'æ' => '\u{10001}',
            'ø' => '\u{10002}',
            'å' => '\u{10003}',
            c => c,
        })
        .collect()
}
