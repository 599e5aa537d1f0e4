//! The screener's modules import each other in one direction only (issue 16: they used to
//! import each other in a circle): the graph of `use super::<module>` and
//! `super::<module>::` paths between src/domain/screener/*.rs has no cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain/screener");
    let modules: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().to_string())
        .filter(|m| m != "mod")
        .collect();
    let mut g = BTreeMap::new();
    for m in &modules {
        let text = std::fs::read_to_string(dir.join(format!("{m}.rs"))).unwrap();
        // Only the module's own code, not its tests.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let deps: BTreeSet<String> = modules
            .iter()
            .filter(|d| *d != m && code.contains(&format!("super::{d}")))
            .cloned()
            .collect();
        g.insert(m.clone(), deps);
    }
    g
}

#[test]
fn the_screener_modules_import_in_one_direction() {
    let g = graph();
    assert!(g.len() >= 8, "{g:?}");
    // Depth-first search for a cycle.
    fn visit(
        m: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if done.contains(m) {
            return;
        }
        if let Some(i) = path.iter().position(|x| x == m) {
            panic!("import cycle: {}", path[i..].join(" → ") + " → " + m);
        }
        path.push(m.to_string());
        for d in &g[m] {
            visit(d, g, path, done);
        }
        path.pop();
        done.insert(m.to_string());
    }
    let mut done = BTreeSet::new();
    for m in g.keys() {
        visit(m, &g, &mut vec![], &mut done);
    }
}
