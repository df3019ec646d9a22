//! Feeds arbitrary bytes, written to a file, to the check the dashboard runs on a pack dropped
//! on its window or named on its command line (`OpenedPack::check` with no trusted keys: open
//! untrusted, integrity, manifest, signature, content digest), then, for a pack that passes, to
//! the reads the dashboard makes first (catalog, overview, alerts, layers).
//!
//! Asserts that nothing panics: any file is either refused with a reason or read.

#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use offline_cache::pack::{OpenedPack, TrustedKeys};

/// One file per process, rewritten for every input (a temporary file each run would cost more
/// than the check).
fn pack_path() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("citydash-fuzz-pack-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a folder for the pack under test");
        dir.join("input.citybrief")
    })
}

fuzz_target!(|bytes: &[u8]| {
    let path = pack_path();
    std::fs::write(path, bytes).expect("the pack under test written");
    let Ok(pack) = OpenedPack::check(path, &TrustedKeys::default()) else {
        return;
    };
    let Ok(reader) = pack.reader() else {
        return;
    };
    let _ = reader.catalog();
    let _ = reader.overview(pack.as_of_ms());
    let _ = reader.recent_alerts(50);
    let _ = reader.layers(pack.as_of_ms());
});
