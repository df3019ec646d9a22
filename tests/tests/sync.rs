//! A full sync against the simulator on loopback stores exactly what was served, and a second
//! sync revalidates with ETags and writes nothing.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use citydash_e2e::{frozen_sim, snapshot, sync_config};
use offline_cache::store::Reader;
use offline_cache::sync::sync_once;

const HISTORY_DAYS: i64 = 3;

#[test]
fn full_sync_stores_exactly_what_the_simulator_served() {
    let sim = frozen_sim(HISTORY_DAYS);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");

    let report = sync_once(&sync_config(&sim, &cache, HISTORY_DAYS)).unwrap();
    assert!(report.is_success(), "{report:#?}");
    assert!(report.reachable);

    let reader = Reader::open(&cache).unwrap();
    let served = sim.catalog();
    let stored = reader.catalog().unwrap().expect("a catalog is stored");
    assert_eq!(stored.kpis, served.kpis);
    assert_eq!(stored.city, served.city);
    assert!(stored.simulated);
    assert_eq!(stored.kpis.len(), 36);

    let overview = reader.overview(sim.now_ms()).unwrap();
    assert_eq!(overview.kpis.len(), served.kpis.len());
    assert!(overview.kpis.iter().all(|kpi| kpi.latest.is_some()));

    let now_ms = sim.now_ms();
    let window_ms = served.server_time_ms - HISTORY_DAYS * 86_400_000;
    let mut total = 0;
    for kpi in &served.kpis {
        // A low-frequency KPI reaches back a dozen of its intervals, past the history window.
        let from_ms = window_ms.min(served.server_time_ms - kpi.frequency.min_history_ms());
        let expected = sim.series(&kpi.id, from_ms, now_ms);
        let stored = reader
            .series(&kpi.id, i64::MIN, i64::MAX, usize::MAX)
            .unwrap();
        assert_eq!(stored, expected, "series of {}", kpi.id);
        let latest = overview
            .kpis
            .iter()
            .find(|row| row.def.id == kpi.id)
            .and_then(|row| row.latest.as_ref())
            .unwrap();
        if let Some(last) = expected.last() {
            assert_eq!(
                (latest.t_ms, latest.value),
                (last.t_ms, last.value),
                "latest of {}",
                kpi.id
            );
        }
        total += expected.len() as u64;
    }
    assert_eq!(reader.observation_count(None).unwrap(), total);
    assert_eq!(report.observations_written, total);
    // Five-minute KPIs alone make hundreds of points a day.
    assert!(
        total > 5 * 288 * HISTORY_DAYS as u64 / 2,
        "only {total} observations"
    );
}

#[test]
fn second_sync_revalidates_with_etags_and_writes_nothing() {
    let sim = frozen_sim(HISTORY_DAYS);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let config = sync_config(&sim, &cache, HISTORY_DAYS);
    sync_once(&config).unwrap();
    let before = snapshot(&cache);
    sim.clear_requests();

    let report = sync_once(&config).unwrap();

    assert!(report.is_success(), "{report:#?}");
    assert!(report.changed.is_empty(), "changed: {:?}", report.changed);
    assert_eq!(report.observations_written, 0);
    assert_eq!(snapshot(&cache), before);
    let requests = sim.requests();
    assert!(!requests.is_empty());
    for request in &requests {
        assert!(
            request.if_none_match.is_some(),
            "{} was asked without If-None-Match",
            request.path
        );
        assert_eq!(request.status, 304, "{} was not answered 304", request.path);
    }
    let asked = |prefix: &str| requests.iter().any(|r| r.path.starts_with(prefix));
    assert!(asked("/api/v1/catalog"));
    assert!(asked("/api/v1/kpis/latest"));
    assert!(asked("/api/v1/kpis/EN03/series"));
    assert!(asked("/api/v1/alerts"));
    assert_eq!(report.not_modified, requests.len());
}
