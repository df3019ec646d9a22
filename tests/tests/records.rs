//! One bad record costs only itself: a latest value or an alert that names a KPI missing from
//! the catalog, or carries an impossible time, is skipped and named; the good records of the
//! same answer are stored; the error clears once the server sends only good records.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use citydash_e2e::{frozen_sim, strings, sync_config};
use offline_cache::store::{Reader, Resource, ResourceError};
use offline_cache::sync::{SyncReport, sync_once};
use opscenter_sim::{Fault, Route, UNKNOWN_KPI_ID};

fn error_for<'a>(report: &'a SyncReport, resource: &Resource) -> &'a ResourceError {
    report
        .errors
        .iter()
        .find(|error| error.resource == *resource)
        .unwrap_or_else(|| panic!("no error for {resource}: {report:#?}"))
}

#[test]
fn an_unknown_kpi_in_latest_costs_only_its_own_value() {
    let sim = frozen_sim(2);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let config = sync_config(&sim, &cache, 2);
    sim.set_fault(Route::Latest, Fault::UnknownKpi);

    let report = sync_once(&config).unwrap();
    let message = &error_for(&report, &Resource::Latest).message;
    assert!(
        message.contains("skipped 1 latest value")
            && message.contains(&format!("{UNKNOWN_KPI_ID:?} is not in the catalog")),
        "{message}"
    );
    // Every KPI the catalog knows has its value; the stranger has none.
    let mut served: Vec<String> = sim
        .catalog()
        .kpis
        .iter()
        .map(|kpi| kpi.id.clone())
        .collect();
    served.sort();
    assert_eq!(
        strings(&cache, "SELECT kpi_id FROM latest_value ORDER BY kpi_id"),
        served
    );
    let health = Reader::open(&cache).unwrap().sync_health().unwrap();
    assert!(
        health
            .errors
            .iter()
            .any(|error| error.resource == Resource::Latest)
    );

    // The same bad answer again is not waved through as "unchanged".
    let again = sync_once(&config).unwrap();
    assert!(
        again
            .errors
            .iter()
            .any(|error| error.resource == Resource::Latest)
    );

    sim.clear_faults();
    let clean = sync_once(&config).unwrap();
    assert!(clean.is_success(), "{clean:#?}");
    let health = Reader::open(&cache).unwrap().sync_health().unwrap();
    assert!(health.errors.is_empty(), "{health:#?}");
}

#[test]
fn bad_alerts_are_skipped_and_named_and_the_good_ones_kept() {
    let sim = frozen_sim(2);
    let served = sim.alerts().alerts;
    assert!(
        served.len() >= 2,
        "the simulator serves {} alerts",
        served.len()
    );
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let config = sync_config(&sim, &cache, 2);

    // The first alert of the first page names a KPI the catalog lacks.
    sim.set_fault_times(Route::Alerts, Fault::UnknownKpi, 1);
    let report = sync_once(&config).unwrap();
    let message = &error_for(&report, &Resource::Alerts).message;
    assert!(
        message.contains(&format!(
            "alert {:?} names KPI {UNKNOWN_KPI_ID:?}",
            served[0].id
        )),
        "{message}"
    );
    assert!(!message.contains("loop"), "{message}");
    let mut good: Vec<String> = served[1..].iter().map(|alert| alert.id.clone()).collect();
    good.sort();
    assert_eq!(
        strings(&cache, "SELECT alert_id FROM alert ORDER BY alert_id"),
        good
    );

    // An answer of nothing but a made-up alert from 1970 stores nothing and says why, not
    // that the links loop.
    sim.set_fault(Route::Alerts, Fault::UnknownKpi);
    let report = sync_once(&config).unwrap();
    let message = &error_for(&report, &Resource::Alerts).message;
    assert!(message.contains("ZZ99-0"), "{message}");
    assert!(!message.contains("loop"), "{message}");
    assert!(
        strings(
            &cache,
            "SELECT alert_id FROM alert WHERE kpi_id = 'ZZ99' OR t_ms < 946684800000"
        )
        .is_empty()
    );

    sim.clear_faults();
    let clean = sync_once(&config).unwrap();
    assert!(clean.is_success(), "{clean:#?}");
    assert!(
        Reader::open(&cache)
            .unwrap()
            .sync_health()
            .unwrap()
            .errors
            .is_empty()
    );
}
