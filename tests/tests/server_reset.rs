//! A server whose clock goes back, or whose data is reset under the same ids (a reseeded
//! simulator, a restored database), must not leave the cache wrong: readings from after the
//! server's clock are dropped, a series whose stored readings the server no longer agrees with
//! is fetched again, and the latest value agrees with the series at the same time.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use citydash_e2e::{TEST_TOKEN, start_sim, sync_config};
use offline_cache::model::Observation;
use offline_cache::model::units::HOUR_MS;
use offline_cache::store::Reader;
use offline_cache::store::Resource;
use offline_cache::sync::{SyncReport, sync_once};
use opscenter_sim::{SimConfig, SimHandle};

const HISTORY_DAYS: i64 = 2;
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

/// Every stored reading from `from_ms` on: (KPI, time, value), in order.
fn readings(cache: &Path, from_ms: i64) -> Vec<(String, i64, f64)> {
    let connection = rusqlite::Connection::open(cache).unwrap();
    let mut statement = connection
        .prepare("SELECT kpi_id, t_ms, value FROM observation WHERE t_ms >= ?1 ORDER BY 1, 2")
        .unwrap();
    statement
        .query_map([from_ms], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// From `from_ms` on, the cache must hold exactly what a fresh sync from `sim` stores, and
/// each latest value must be no later than the server's clock and agree with the series.
fn assert_like_a_fresh_sync(sim: &SimHandle, cache: &Path, from_ms: i64) {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("fresh.gpkg");
    sync_from(sim, &fresh);
    let (stored, expected) = (readings(cache, from_ms), readings(&fresh, from_ms));
    assert_eq!(stored.len(), expected.len(), "count of readings");
    assert!(
        stored == expected,
        "the readings differ from a fresh sync's"
    );

    let reader = Reader::open(cache).unwrap();
    for item in reader.overview(sim.now_ms()).unwrap().kpis {
        let kpi_id = &item.def.id;
        let latest = item.latest.unwrap();
        assert!(
            latest.t_ms <= sim.now_ms(),
            "{kpi_id}: latest from the future"
        );
        let at_latest = reader.series(kpi_id, latest.t_ms, latest.t_ms, 1).unwrap();
        if let Some(point) = at_latest.first() {
            assert_eq!(
                *point,
                Observation {
                    t_ms: latest.t_ms,
                    value: latest.value
                },
                "{kpi_id}: the latest value disagrees with the series"
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
        report
            .notices
            .iter()
            .any(|notice| matches!(notice.resource, Resource::Series { .. })
                && notice.message.contains("clock")),
        "{report:#?}"
    );
    // The cache's history starts where the first server's window did.
    assert_like_a_fresh_sync(&corrected, &cache, start - HISTORY_DAYS * 24 * HOUR_MS);
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
fn a_reading_the_server_no_longer_agrees_with_refetches_its_series() {
    // A server that names no data epoch: the stored newest reading is asked for again with
    // each run, and a different value there means the series under it changed.
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let sim = frozen_at(42, start_ms());
    sync_from(&sim, &cache);
    let connection = rusqlite::Connection::open(&cache).unwrap();
    let (t_ms, value): (i64, f64) = connection
        .query_row(
            "SELECT t_ms, value FROM observation WHERE kpi_id = 'EN03' ORDER BY t_ms DESC LIMIT 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    // What the cache holds of EN03 is no longer what the server says (another life of it).
    connection
        .execute_batch(
            "UPDATE observation SET value = value + 1 WHERE kpi_id = 'EN03';
             DELETE FROM citydash_meta WHERE key = 'data_epoch';
             UPDATE sync_state SET etag = NULL WHERE resource = 'series/EN03';",
        )
        .unwrap();
    drop(connection);
    let report = sync_from(&sim, &cache);
    let notice = report
        .notices
        .iter()
        .find(|notice| notice.resource == Resource::series("EN03"))
        .unwrap_or_else(|| panic!("{report:#?}"));
    assert!(
        notice
            .message
            .contains(&format!("changed from {} to {value}", value + 1.0)),
        "{}",
        notice.message
    );
    assert!(t_ms > 0);
    assert_like_a_fresh_sync(&sim, &cache, i64::MIN);
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
            .any(|notice| notice.resource == Resource::Catalog
                && notice.message.contains("data epoch changed")),
        "{report:#?}"
    );
    // Everything the cache holds is the new server's: nothing of the old data is left beside it.
    assert_like_a_fresh_sync(&reseeded, &cache, i64::MIN);
}
