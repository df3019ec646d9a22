//! A one-week briefing pack of the whole simulated city (every KPI, every layer, basemap tiles
//! z8-14 over the city), printed as figures from one run: the pack's size, the export's time and
//! the verifier's throughput (MB/s of pack checked: integrity, manifest, content digest), and
//! how long its two checks take each alone.
//! Targets: export under 5 s, verify at least 500 MB/s, size under 60 MB.
//!
//! On the two-core development machine: 10.0 MB, export 0.10-0.13 s, verify 0.015-0.017 s =
//! 590-670 MB/s. Alone, the integrity check takes about 13 ms and the content digest about
//! 14 ms (SHA-256 of 10 MB about 5 ms of it); verify runs them at the same time on two
//! connections. One after the other they made 350-410 MB/s.
//!
//! Run with `cargo bench -p citydash-e2e --bench pack`.

// A benchmark that cannot set itself up has nothing to report: failing loudly is right.
#![allow(clippy::expect_used)]

use std::time::Instant;

use citydash_e2e::start_sim;
use offline_cache::model::units::DAY_MS;
use offline_cache::pack::{PackInfo, Selection, content_digest, export, open_untrusted, verify};
use offline_cache::store::now_ms;
use offline_cache::sync::{LayerSelection, SyncConfig, TilePlan, sync_once};
use opscenter_sim::SimConfig;

fn main() {
    // `cargo bench` passes `--bench`; a plain `cargo test --benches` run does not export.
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    let sim = start_sim(SimConfig {
        history_days: 8,
        speed: 0.0,
        token: None,
        ..SimConfig::default()
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let cache = dir.path().join("city.gpkg");
    let mut config = SyncConfig::new(sim.url(), None, &cache);
    config.history_days = 8;
    config.layers = LayerSelection::All;
    config.tiles = Some(TilePlan {
        min_zoom: 8,
        max_zoom: 14,
        ..TilePlan::default()
    });
    let synced = Instant::now();
    let report = sync_once(&config).expect("the sync runs");
    assert!(report.is_success(), "{report:#?}");
    println!(
        "pack: the city synced in {:.1} s ({} tiles)",
        synced.elapsed().as_secs_f64(),
        report.tiles_written
    );

    let to_ms = sim.now_ms();
    let selection = Selection {
        kpi_ids: None,
        from_ms: to_ms - 7 * DAY_MS,
        to_ms,
        layer_ids: None,
        zooms: Some((8, 14)),
        bbox: None,
    };
    let info = PackInfo {
        title: "The city, one week".into(),
        author: None,
        expires_at_ms: None,
    };
    let out = dir.path().join("week.citybrief");
    let started = Instant::now();
    let manifest = export(&cache, &out, &selection, &info, now_ms(), false).expect("export");
    let export_secs = started.elapsed().as_secs_f64();
    let bytes = std::fs::metadata(&out).expect("the pack").len();
    let verify_secs = median_of_5_secs(|| {
        verify(&out).expect("the pack verifies");
    });
    // The split: each of the two checks alone, on a connection of its own as verify opens it.
    let integrity_secs = median_of_5_secs(|| {
        let connection = open_untrusted(&out).expect("the pack opens");
        let answer: String = connection
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .expect("the integrity check runs");
        assert_eq!(answer, "ok");
    });
    let digest_secs = median_of_5_secs(|| {
        let connection = open_untrusted(&out).expect("the pack opens");
        content_digest(&connection).expect("the digest is computed");
    });
    let mb = bytes as f64 / 1_000_000.0;
    let holds = &manifest.holds;
    println!(
        "pack: {} KPIs, {} readings, {} alerts, {} layers, {} features, {} tiles",
        holds.kpis.len(),
        holds.observations,
        holds.alerts,
        holds.layers.len(),
        holds.features,
        holds.tiles
    );
    println!(
        "pack: size {mb:.1} MB (target < 60), export {export_secs:.2} s (target < 5), \
         verify {verify_secs:.3} s (median of 5) = {:.0} MB/s (target >= 500)",
        mb / verify_secs
    );
    println!(
        "pack: alone, the integrity check takes {:.1} ms and the content digest {:.1} ms \
         (median of 5 each); verify runs them at once",
        integrity_secs * 1000.0,
        digest_secs * 1000.0
    );
}

/// The median of five runs of `check`, in seconds: one check of a small pack is a few
/// hundredths of a second.
fn median_of_5_secs(mut check: impl FnMut()) -> f64 {
    let mut runs: Vec<f64> = (0..5)
        .map(|_| {
            let started = Instant::now();
            check();
            started.elapsed().as_secs_f64()
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    runs[2]
}
