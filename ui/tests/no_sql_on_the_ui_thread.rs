//! The lint that keeps SQLite off the UI thread stays in force: `ui/clippy.toml` forbids the
//! store's reader and writer and rusqlite's connection in the dashboard crate, and only the
//! modules that run elsewhere (the model loader's thread, the tile source's thread, the command
//! line) may allow them. A new exception has to be added here, in review.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

const FORBIDDEN_TYPES: [&str; 3] = [
    "offline_cache::store::Reader",
    "offline_cache::store::Store",
    "rusqlite::Connection",
];

/// Source files of `src/` that may allow `clippy::disallowed_types`, and why.
const ALLOWED: [(&str, &str); 3] = [
    ("src/loader/mod.rs", "the model loader's thread"),
    ("src/map/tiles/loader.rs", "the tile source's thread"),
    ("src/cli/mod.rs", "the command line, no window"),
];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn the_crates_clippy_config_forbids_the_stores_types() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = std::fs::read_to_string(root.join("clippy.toml")).unwrap();
    let (_, types) = config
        .split_once("disallowed-types = [")
        .expect("clippy.toml has a disallowed-types list");
    let types = &types[..types.find(']').unwrap()];
    for forbidden in FORBIDDEN_TYPES {
        assert!(
            types.contains(&format!("path = \"{forbidden}\"")),
            "{forbidden} is not forbidden"
        );
    }
}

#[test]
fn only_code_off_the_ui_thread_allows_the_stores_types() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut allowing: Vec<String> = files
        .iter()
        .filter(|path| {
            std::fs::read_to_string(path)
                .unwrap()
                .contains("clippy::disallowed_types")
        })
        .map(|path| {
            path.strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    allowing.sort();
    let mut expected: Vec<String> = ALLOWED.iter().map(|(path, _)| (*path).to_owned()).collect();
    expected.sort();
    assert_eq!(allowing, expected);
}
