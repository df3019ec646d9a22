//! The simulator's modules import each other without cycles: the city's data and the server's
//! state never reach back into the HTTP layer that serves them. Read from the sources: every
//! `crate::` and `super::` path outside comments and test modules, resolved to the deepest
//! module that exists, at the depth of the top-level modules (`api`, `alerts`, `layers`...) and
//! one level below.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path (`api::features`) to source, for every `.rs` file under `src/`.
fn modules() -> BTreeMap<Vec<String>, String> {
    fn walk(dir: &Path, prefix: &[String], out: &mut BTreeMap<Vec<String>, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                let mut inner = prefix.to_vec();
                inner.push(name);
                walk(&path, &inner, out);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let mut module = prefix.to_vec();
                if !matches!(name.as_str(), "mod" | "lib" | "main") {
                    module.push(name);
                }
                let source = std::fs::read_to_string(&path).unwrap();
                out.entry(module).or_default().push_str(&source);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &[],
        &mut out,
    );
    out
}

/// The code of a source without comments and without its `mod tests`.
fn code(source: &str) -> String {
    let before_tests = source
        .split("#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default();
    before_tests
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `crate::a::b` or `super::c` path in `code`, as segments.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for start in ["crate::", "super::"] {
        for (at, _) in code.match_indices(start) {
            let boundary = code[..at]
                .chars()
                .last()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            if !boundary {
                continue;
            }
            let path: String = code[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            found.push(
                path.split("::")
                    .filter(|part| !part.is_empty())
                    .map(str::to_owned)
                    .collect(),
            );
        }
    }
    found
}

/// Which modules each module imports, cut to `depth` segments.
fn graph(depth: usize) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let modules = modules();
    let cut = |module: &[String]| module[..module.len().min(depth)].to_vec();
    let mut graph: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (module, source) in &modules {
        for path in paths(&code(source)) {
            let mut absolute = Vec::new();
            let mut rest = path.as_slice();
            if rest.first().is_some_and(|part| part == "super") {
                absolute = module.clone();
                while rest.first().is_some_and(|part| part == "super") {
                    absolute.pop();
                    rest = &rest[1..];
                }
            } else {
                rest = &rest[1..];
            }
            absolute.extend(rest.iter().cloned());
            let Some(target) = (1..=absolute.len())
                .rev()
                .map(|length| absolute[..length].to_vec())
                .find(|candidate| modules.contains_key(candidate))
            else {
                continue;
            };
            let (from, to) = (cut(module), cut(&target));
            if from != to && !from.is_empty() {
                graph.entry(from).or_default().insert(to);
            }
        }
    }
    graph
}

/// A cycle in `graph`, if there is one, as the modules along it.
fn find_cycle(graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Option<Vec<String>> {
    fn visit(
        node: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        path: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|step| step == node) {
            let mut cycle: Vec<String> = path[at..].iter().map(|m| m.join("::")).collect();
            cycle.push(node.join("::"));
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.clone());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_simulators_modules_import_each_other_without_cycles() {
    let top = graph(1);
    assert!(top.len() > 10, "the source scan found too little: {top:?}");
    for depth in [1, 2] {
        assert_eq!(find_cycle(&graph(depth)), None, "at depth {depth}");
    }
    // The city's data and the server's state know nothing of HTTP.
    for module in ["state", "data", "kpis", "alerts", "layers", "tiles", "geo"] {
        let imports = top
            .get(&vec![module.to_owned()])
            .cloned()
            .unwrap_or_default();
        assert!(
            !imports.contains(&vec!["api".to_owned()]),
            "{module} imports the HTTP layer"
        );
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let module = |name: &str| vec![name.to_owned()];
    let mut graph = BTreeMap::new();
    graph.insert(module("a"), BTreeSet::from([module("b")]));
    graph.insert(module("b"), BTreeSet::from([module("c")]));
    graph.insert(module("c"), BTreeSet::from([module("a")]));
    assert_eq!(
        find_cycle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    graph.insert(module("c"), BTreeSet::new());
    assert_eq!(find_cycle(&graph), None);
}
