//! A sync from the hostile operations center (`SimConfig::hostile`): valid JSON whose content
//! is not to be trusted. The sync ends in bounded time, keeps every valid record (10,000 extra
//! KPIs, values at the edges of `f64`, texts verbatim as data), refuses and names the rest
//! (dates before 2000 or in the future, target dates that are no dates, series out of order or
//! doubled, `next` links that loop or leave, alerts that never end).

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use citydash_e2e::{TEST_TOKEN, sync_config};
use offline_cache::store::{Reader, Resource, now_ms};
use offline_cache::sync::{LayerSelection, sync_once};
use opscenter_sim::hostile::{EXTRA_KPIS, HOSTILE_TAIL, LONG_TEXT_CHARS};
use opscenter_sim::{SimConfig, SimHandle};

fn hostile_sim() -> SimHandle {
    citydash_e2e::start_sim(SimConfig {
        history_days: 1,
        speed: 0.0,
        token: Some(TEST_TOKEN.into()),
        hostile: true,
        ..SimConfig::default()
    })
}

fn error_of(report: &offline_cache::sync::SyncReport, resource: &Resource) -> String {
    report
        .errors
        .iter()
        .find(|error| error.resource == *resource)
        .map(|error| error.message.clone())
        .unwrap_or_else(|| panic!("no error for {resource}: {:#?}", report.errors))
}

#[test]
fn the_valid_is_kept_and_the_rest_is_named() {
    let sim = hostile_sim();
    let dir = tempfile::tempdir().unwrap();
    let mut config = sync_config(&sim, &dir.path().join("cache.gpkg"), 1);
    config.layers = LayerSelection::Only(vec!["wards".into()]);

    let started = Instant::now();
    let report = sync_once(&config).unwrap();
    let took = started.elapsed();
    assert!(took < Duration::from_secs(240), "the sync took {took:?}");

    let catalog_error = error_of(&report, &Resource::Catalog);
    assert!(
        catalog_error.contains("\"not a date\" is not a date"),
        "{catalog_error}"
    );
    assert!(
        catalog_error.contains("\"2030-13-45\" is not a date"),
        "{catalog_error}"
    );
    let latest_error = error_of(&report, &Resource::Latest);
    assert!(
        latest_error.contains("skipped 3 latest values"),
        "{latest_error}"
    );
    assert!(latest_error.contains("(before 2000)"), "{latest_error}");
    assert!(latest_error.contains("(in the future"), "{latest_error}");
    for (kpi_id, says) in [
        ("HX00001", "not in time order"),
        ("HX00002", "not in time order"),
        ("HX00003", "another server"),
        ("HX00004", "loop"),
    ] {
        let error = error_of(&report, &Resource::series(kpi_id));
        assert!(error.contains(says), "{kpi_id}: {error}");
    }
    let alerts_error = error_of(&report, &Resource::Alerts);
    assert!(alerts_error.contains("never ended"), "{alerts_error}");
    assert_eq!(report.errors.len(), 7, "{:#?}", report.errors);

    let reader = Reader::open(&config.cache_path).unwrap();
    let catalog = reader.catalog().unwrap().unwrap();
    let simulated = sim.catalog().kpis.len();
    assert_eq!(catalog.kpis.len(), simulated + EXTRA_KPIS);
    let first = &catalog.kpis[0];
    assert!(first.name.vi.ends_with(HOSTILE_TAIL), "{:?}", first.name.vi);
    assert_eq!(first.description.en.chars().count(), LONG_TEXT_CHARS);
    assert_eq!(first.target.as_ref().unwrap().due, None);
    // Targets whose date is a date keep it.
    assert!(catalog.kpis.iter().any(|kpi| {
        kpi.target
            .as_ref()
            .is_some_and(|target| target.due.is_some())
    }));

    let overview = reader.overview(now_ms()).unwrap();
    let value_of = |kpi_id: &str| {
        overview
            .kpis
            .iter()
            .find(|kpi| kpi.def.id == kpi_id)
            .and_then(|kpi| kpi.latest.as_ref())
            .map(|latest| latest.value)
    };
    assert_eq!(value_of(&catalog.kpis[0].id), Some(f64::MAX));
    assert_eq!(value_of(&catalog.kpis[1].id), Some(f64::MIN));
    assert_eq!(value_of("HX10000"), Some(10_000.0));
    // The implausibly dated values were not stored.
    for index in 3..6 {
        assert_eq!(value_of(&catalog.kpis[index].id), None, "{index}");
    }
    assert_eq!(reader.observation_count(Some("HX00005")).unwrap(), 1);
    assert_eq!(reader.observation_count(Some("HX00001")).unwrap(), 0);
    let alerts = reader.recent_alerts(10).unwrap();
    assert!(!alerts.is_empty());
    assert!(
        alerts
            .iter()
            .all(|alert| alert.title.en.ends_with(HOSTILE_TAIL))
    );
    assert_eq!(alerts[0].body.vi.chars().count(), LONG_TEXT_CHARS);
}
