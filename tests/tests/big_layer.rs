//! A collection of two million features streams through page by page: it is stored whole and
//! the process never holds it in memory.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use citydash_e2e::{start_sim, sync_config};
use offline_cache::store::Reader;
use offline_cache::sync::{LayerSelection, SourceKind, sync_once};
use opscenter_sim::SimConfig;

const FEATURES: usize = 2_000_000;

/// Peak resident memory of this process so far, in MiB (Linux).
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

#[test]
fn two_million_features_stream_through_in_bounded_memory() {
    let sim = start_sim(SimConfig {
        history_days: 1,
        speed: 0.0,
        token: None,
        bench_points: FEATURES,
        ..SimConfig::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("big.gpkg");
    let mut config = sync_config(&sim, &cache, 1);
    config.source = SourceKind::OgcFeatures;
    config.layers = LayerSelection::Only(vec!["bench-points".into()]);
    config.feature_page_limit = 10_000;
    let before = peak_rss_mib();

    let report = sync_once(&config).unwrap();

    assert!(report.is_success(), "{report:#?}");
    let layers = Reader::open(&cache).unwrap().layers(0).unwrap();
    assert_eq!(layers[0].feature_count, FEATURES as u64);
    if let (Some(before), Some(after)) = (before, peak_rss_mib()) {
        // Two million features as GeoJSON are about 400 MB and as structs more: holding the
        // layer would blow far past this.
        assert!(
            after - before < 150.0,
            "peak RSS grew by {:.0} MiB",
            after - before
        );
        eprintln!(
            "peak RSS grew by {:.0} MiB for {FEATURES} features",
            after - before
        );
    }
}
