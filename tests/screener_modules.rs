//! The domain's modules import each other in one direction only (issue 16: the screener's
//! modules used to import each other in a circle). For every folder of src/domain (the
//! domain itself, the screener, the calculators, the content, the application draft) the
//! graph of imports between its child modules has no cycle. An import of a sibling is a
//! path `super::<module>` (or `super::{<module>, …}`, with one more `super::` per level
//! below the folder) or `crate::domain::…::<module>`, in the module's own code (not its
//! tests or comments).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The `.rs` files of a child module (`x.rs`, or everything under `x/`), each with how
/// many `super::` lead from it to the folder.
fn files_of(child: &Path) -> Vec<(PathBuf, usize)> {
    if child.is_file() {
        return vec![(child.to_path_buf(), 1)];
    }
    let mut out = vec![];
    let mut stack = vec![(child.to_path_buf(), 1)];
    while let Some((dir, depth)) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push((p, depth + 1));
            } else if p.extension().is_some_and(|e| e == "rs")
                && p.file_name().unwrap() != "tests.rs"
            {
                // (a module's tests.rs is its tests, not its code) mod.rs is the folder's module itself: one level up.
                let ups = if p.file_name().unwrap() == "mod.rs" {
                    depth
                } else {
                    depth + 1
                };
                out.push((p, ups));
            }
        }
    }
    out
}

/// The names a text imports through `prefix`: `prefix name` and `prefix {name, …}`.
fn imported(code: &str, prefix: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = BTreeSet::new();
    for (i, _) in code.match_indices(prefix) {
        // Not the tail of a longer path (`super::super::x` is not `super::x`).
        if code[..i].ends_with("::") {
            continue;
        }
        let rest = &code[i + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            out.extend(group.split(',').map(ident));
        } else {
            out.insert(ident(rest));
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// The import graph between the child modules of `dir` (`module` is its path from the
/// crate root, e.g. `domain::beregning`).
fn graph(dir: &Path, module: &str) -> BTreeMap<String, BTreeSet<String>> {
    let children: BTreeMap<String, PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() || p.extension().is_some_and(|e| e == "rs"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().to_string(), p))
        .filter(|(m, _)| m != "mod")
        .collect();
    let mut g = BTreeMap::new();
    for (m, path) in &children {
        let mut deps = BTreeSet::new();
        for (file, ups) in files_of(path) {
            let text = std::fs::read_to_string(&file).unwrap();
            // Only the module's own code, not its tests or comments (a doc link such as
            // [`super::fil::VERSION`] is no import).
            let code: String = text
                .split("#[cfg(test)]")
                .next()
                .unwrap_or("")
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            deps.extend(imported(&code, &"super::".repeat(ups)));
            deps.extend(imported(&code, &format!("crate::{module}::")));
        }
        deps.retain(|d| d != m && children.contains_key(d));
        g.insert(m.clone(), deps);
    }
    g
}

/// Depth-first search for a cycle; panics with the cycle.
fn assert_no_cycle(name: &str, g: &BTreeMap<String, BTreeSet<String>>) {
    fn visit(
        name: &str,
        m: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if done.contains(m) {
            return;
        }
        if let Some(i) = path.iter().position(|x| x == m) {
            panic!(
                "import cycle in {name}: {}",
                path[i..].join(" → ") + " → " + m
            );
        }
        path.push(m.to_string());
        for d in &g[m] {
            visit(name, d, g, path, done);
        }
        path.pop();
        done.insert(m.to_string());
    }
    let mut done = BTreeSet::new();
    for m in g.keys() {
        visit(name, m, g, &mut vec![], &mut done);
    }
}

fn domain() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain")
}

#[test]
fn the_screener_modules_import_in_one_direction() {
    let g = graph(&domain().join("screener"), "domain::screener");
    assert!(g.len() >= 8, "{g:?}");
    // The graph sees the imports (the verdict needs the rules and the answers).
    assert!(g["vurdering"].contains("regler"), "{g:?}");
    assert_no_cycle("src/domain/screener", &g);
}

#[test]
fn every_folder_of_the_domain_imports_in_one_direction() {
    let mut folders = vec![(domain(), "domain".to_string())];
    let mut checked = vec![];
    while let Some((dir, module)) = folders.pop() {
        let g = graph(&dir, &module);
        assert_no_cycle(&module, &g);
        checked.push(module.clone());
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                let name = p.file_name().unwrap().to_string_lossy().to_string();
                folders.push((p, format!("{module}::{name}")));
            }
        }
    }
    checked.sort();
    assert_eq!(
        checked,
        [
            "domain",
            "domain::ansoegning",
            "domain::beregning",
            "domain::beregning::p100",
            "domain::content",
            "domain::screener",
            "domain::screener::vurdering"
        ]
    );
    // The top level: the content is the bottom layer, the calculators and the screener
    // use it, the application draft uses the screener.
    let g = graph(&domain(), "domain");
    assert!(g["content"].is_empty(), "{g:?}");
    assert!(g["beregning"].contains("content"), "{g:?}");
    assert!(g["ansoegning"].contains("screener"), "{g:?}");
}
