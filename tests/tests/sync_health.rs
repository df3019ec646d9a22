//! What the cache says about its syncs stays true: a layer confirmed unchanged is fresh, an
//! error clears once its resource syncs cleanly, the last successful sync names the server that
//! answered it, and a request for something the server lacks is named, not passed over.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use citydash_e2e::{frozen_sim, sync_config, tile_sync_config, wards_config};
use offline_cache::model::BoundingBox;
use offline_cache::model::units::DAY_MS;
use offline_cache::store::{Reader, Resource, now_ms};
use offline_cache::sync::{LayerSelection, SourceKind, sync_once};
use opscenter_sim::{Fault, Route};

#[test]
fn a_layer_the_server_confirms_unchanged_is_fresh_again() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let config = wards_config(&sim, &cache);
    assert!(sync_once(&config).unwrap().is_success());
    // Ten days pass without a sync.
    rusqlite::Connection::open(&cache)
        .unwrap()
        .execute(
            "UPDATE layer SET fetched_at_ms = fetched_at_ms - ?1",
            [10 * DAY_MS],
        )
        .unwrap();
    let aged = Reader::open(&cache).unwrap().layers(now_ms()).unwrap();
    assert!(aged[0].freshness.stale, "{aged:#?}");

    sim.clear_requests();
    let report = sync_once(&config).unwrap();
    assert!(report.is_success(), "{report:#?}");
    assert!(
        sim.requests()
            .iter()
            .any(|request| request.path.starts_with("/collections/wards") && request.status == 304)
    );
    let layers = Reader::open(&cache).unwrap().layers(now_ms()).unwrap();
    assert!(!layers[0].freshness.stale, "{layers:#?}");
    assert!(now_ms() - layers[0].fetched_at_ms < 60_000, "{layers:#?}");
}

#[test]
fn a_tiles_error_clears_once_the_tiles_sync_cleanly() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let centre = BoundingBox {
        min_lon: 106.69,
        min_lat: 10.77,
        max_lon: 106.71,
        max_lat: 10.78,
    };
    let config = tile_sync_config(&sim, &cache, 12..=12, centre);
    sim.set_fault(Route::Tiles, Fault::NotPng);
    let report = sync_once(&config).unwrap();
    assert!(
        report
            .errors
            .iter()
            .any(|error| error.resource == Resource::Tiles),
        "{report:#?}"
    );
    let health = Reader::open(&cache).unwrap().sync_health().unwrap();
    assert!(
        health
            .errors
            .iter()
            .any(|error| error.resource == Resource::Tiles)
    );

    sim.clear_faults();
    assert!(sync_once(&config).unwrap().is_success());
    let health = Reader::open(&cache).unwrap().sync_health().unwrap();
    assert!(health.errors.is_empty(), "{health:#?}");
}

#[test]
fn a_collections_error_in_ogc_features_mode_clears_once_the_list_comes_back() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let mut config = sync_config(&sim, &cache, 1);
    config.source = SourceKind::OgcFeatures;
    config.layers = LayerSelection::Only(vec!["metro".into()]);
    sim.set_fault(Route::Collections, Fault::Status(500));
    let report = sync_once(&config).unwrap();
    assert!(
        report
            .errors
            .iter()
            .any(|error| error.resource == Resource::Collections)
    );

    sim.clear_faults();
    let report = sync_once(&config).unwrap();
    assert!(report.is_success(), "{report:#?}");
    let health = Reader::open(&cache).unwrap().sync_health().unwrap();
    assert!(health.errors.is_empty(), "{health:#?}");
}

#[test]
fn the_last_successful_sync_names_the_server_that_answered_it() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    assert!(
        sync_once(&sync_config(&sim, &cache, 1))
            .unwrap()
            .is_success()
    );

    // Then a sync against an address where nothing listens.
    let mut elsewhere = sync_config(&sim, &cache, 1);
    elsewhere.server = "http://127.0.0.1:9".into();
    let report = sync_once(&elsewhere).unwrap();
    assert!(!report.reachable);

    let health = Reader::open(&cache).unwrap().sync_health().unwrap();
    assert_eq!(health.server.as_deref(), Some("http://127.0.0.1:9"));
    assert_eq!(
        health
            .last_success_server
            .as_deref()
            .map(|s| s.trim_end_matches('/')),
        Some(sim.url().trim_end_matches('/'))
    );
}

#[test]
fn a_layer_the_server_lacks_is_named_and_the_others_synced() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let mut config = sync_config(&sim, &cache, 1);
    config.layers = LayerSelection::Only(vec!["wards".into(), "nosuchlayer".into()]);
    let report = sync_once(&config).unwrap();
    assert!(!report.is_success());
    let error = report
        .errors
        .iter()
        .find(|error| error.resource == Resource::layer("nosuchlayer"))
        .unwrap_or_else(|| panic!("{report:#?}"));
    assert!(
        error.message.contains("no layer \"nosuchlayer\"") && error.message.contains("wards"),
        "{}",
        error.message
    );
    let layers = Reader::open(&cache).unwrap().layers(now_ms()).unwrap();
    assert_eq!(layers.len(), 1);
    assert_eq!(layers[0].layer_id, "wards");
    // A typo is this run's mistake: it does not stay in the cache's status.
    let health = Reader::open(&cache).unwrap().sync_health().unwrap();
    assert!(health.errors.is_empty(), "{health:#?}");
}

#[test]
fn offline_since_is_the_first_failed_run_after_the_last_success() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let mut config = sync_config(&sim, &cache, 1);
    config.tiles = None;
    assert!(sync_once(&config).unwrap().reachable);
    let health = || {
        Reader::open(&cache)
            .unwrap()
            .overview(now_ms())
            .unwrap()
            .sync
    };
    assert_eq!(health().offline_since_ms, None);

    // The server goes away: two runs fail.
    sim.shutdown();
    let before_ms = now_ms();
    assert!(!sync_once(&config).unwrap().reachable);
    let after_first_ms = now_ms();
    assert!(!sync_once(&config).unwrap().reachable);
    let offline = health();
    assert_eq!(offline.reachable, Some(false));
    let since_ms = offline
        .offline_since_ms
        .expect("offline since the first failed run");
    assert!(
        (before_ms..=after_first_ms).contains(&since_ms),
        "{before_ms} <= {since_ms} <= {after_first_ms}"
    );
}
