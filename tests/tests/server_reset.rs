//! A server whose clock goes back, or whose data is reset under the same ids (a reseeded
//! simulator, a restored database), must not leave the cache wrong: readings from after the
//! server's clock are dropped, a series whose stored readings the server no longer agrees with
//! is fetched again, and the latest value agrees with the series at the same time.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use citydash_e2e::{TEST_TOKEN, start_sim, sync_config};
use offline_cache::model::Observation;
use offline_cache::store::Reader;
use offline_cache::sync::{SyncReport, sync_once};
use opscenter_sim::{SimConfig, SimHandle};

const HISTORY_DAYS: i64 = 2;
const HOUR_MS: i64 = 3_600_000;

fn frozen_at(seed: u64, start_ms: i64) -> SimHandle {
    start_sim(SimConfig {
        seed,
        start_ms,
        speed: 0.0,
        history_days: HISTORY_DAYS,
        token: Some(TEST_TOKEN.into()),
        ..SimConfig::default()
    })
}

fn sync_from(sim: &SimHandle, cache: &Path) -> SyncReport {
    let report = sync_once(&sync_config(sim, cache, HISTORY_DAYS)).unwrap();
    assert!(report.is_success(), "{report:#?}");
    report
}

/// A fixed moment on the hour, well inside the simulator's calendar.
fn start_ms() -> i64 {
    let now = opscenter_sim::wall_clock_ms();
    now - now.rem_euclid(HOUR_MS)
}

/// The cache must hold exactly what `sim` serves from `from_ms` on, for every KPI, and each
/// latest value must be the series' reading at its time.
fn assert_cache_matches(sim: &SimHandle, cache: &Path, from_ms: i64) {
    let reader = Reader::open(cache).unwrap();
    let overview = reader.overview(sim.now_ms()).unwrap();
    for kpi in &sim.catalog().kpis {
        let served = sim.series(&kpi.id, from_ms, sim.now_ms());
        let stored = reader
            .series(&kpi.id, from_ms, i64::MAX, usize::MAX)
            .unwrap();
        assert_eq!(stored.len(), served.len(), "{}: count", kpi.id);
        assert_eq!(stored, served, "{}", kpi.id);
        let latest = overview
            .kpis
            .iter()
            .find(|item| item.def.id == kpi.id)
            .and_then(|item| item.latest.as_ref())
            .unwrap();
        assert!(
            latest.t_ms <= sim.now_ms(),
            "{}: latest from the future",
            kpi.id
        );
        if let Some(at_latest) = stored.iter().find(|point| point.t_ms == latest.t_ms) {
            assert_eq!(
                *at_latest,
                Observation {
                    t_ms: latest.t_ms,
                    value: latest.value
                },
                "{}: the latest value disagrees with the series",
                kpi.id
            );
        }
    }
}

#[test]
fn a_server_clock_that_goes_back_drops_the_readings_from_its_future() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let start = start_ms();
    let ahead = frozen_at(42, start);
    sync_from(&ahead, &cache);
    drop(ahead);

    let corrected = frozen_at(42, start - 6 * HOUR_MS);
    let report = sync_from(&corrected, &cache);
    assert!(
        report.notices.iter().any(
            |notice| notice.resource.starts_with("series/") && notice.message.contains("clock")
        ),
        "{report:#?}"
    );
    let window_start = corrected.now_ms() - HISTORY_DAYS * 24 * HOUR_MS;
    assert_cache_matches(&corrected, &cache, window_start);
    let newest: i64 = rusqlite::Connection::open(&cache)
        .unwrap()
        .query_row("SELECT max(t_ms) FROM observation", [], |row| row.get(0))
        .unwrap();
    assert!(newest <= corrected.now_ms());

    // Nothing is refetched in a loop afterwards: the next run is all revalidations.
    let again = sync_from(&corrected, &cache);
    assert!(again.notices.is_empty(), "{again:#?}");
    assert_eq!(again.observations_written, 0);
}

#[test]
fn reseeded_data_under_the_same_ids_is_fetched_again_whole() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let start = start_ms();
    let first = frozen_at(42, start);
    sync_from(&first, &cache);
    drop(first);

    let reseeded = frozen_at(7, start + HOUR_MS);
    let report = sync_from(&reseeded, &cache);
    assert!(
        report
            .notices
            .iter()
            .any(|notice| notice.message.contains("fetched again")),
        "{report:#?}"
    );
    // Everything the cache holds is the new server's: nothing of the old data is left beside it.
    assert_cache_matches(&reseeded, &cache, i64::MIN + 1);
}
