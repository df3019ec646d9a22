//! Every kind of bad answer is recorded as an error for its resource and leaves the data stored
//! before it exactly as it was, while the server's data has moved on.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use citydash_e2e::{frozen_sim, sim_at_speed, snapshot, sync_config};
use offline_cache::Error;
use offline_cache::FailureReason;
use offline_cache::store::{Reader, Resource, ResourceError, Store};
use offline_cache::sync::{SyncConfig, sync_once};
use opscenter_sim::{Fault, Route, SimHandle};

const HISTORY_DAYS: i64 = 2;

/// A simulator whose clock runs an hour a second, so every sync has something new.
fn running_sim() -> SimHandle {
    sim_at_speed(HISTORY_DAYS, 3_600.0)
}

fn synced(sim: &SimHandle) -> (tempfile::TempDir, SyncConfig) {
    let dir = tempfile::tempdir().unwrap();
    let config = sync_config(sim, &dir.path().join("cache.gpkg"), HISTORY_DAYS);
    let report = sync_once(&config).unwrap();
    assert!(report.is_success(), "{report:#?}");
    (dir, config)
}

/// Syncs with `fault` on `route` and checks what the fault must and must not do; returns the
/// error the faulted sync recorded.
fn check_fault(
    route: Route,
    fault: Fault,
    resource: Resource,
    expect_in_message: &str,
    tweak: impl Fn(&mut SyncConfig),
) -> ResourceError {
    let sim = running_sim();
    let (_dir, mut config) = synced(&sim);
    tweak(&mut config);
    // Let simulated time move on, so a sync without the fault would change the data.
    std::thread::sleep(Duration::from_millis(1_100));
    let before = snapshot(&config.cache_path);
    sim.set_fault(route, fault.clone());

    let report = sync_once(&config).unwrap();

    let error = report
        .errors
        .iter()
        .find(|error| error.resource == resource)
        .cloned()
        .unwrap_or_else(|| panic!("{fault:?}: no error for {resource}: {report:#?}"));
    assert!(
        error.message.contains(expect_in_message),
        "{fault:?}: message {:?} does not say {expect_in_message:?}",
        error.message
    );
    let after = snapshot(&config.cache_path);
    match route {
        Route::Latest => assert_eq!(
            after.latest, before.latest,
            "{fault:?} changed latest values"
        ),
        Route::Catalog => {
            assert_eq!(after.kpis, before.kpis, "{fault:?} changed the catalog");
            assert_eq!(after.catalog, before.catalog);
        }
        Route::Series => {
            assert_eq!(
                after.observation_count, before.observation_count,
                "{fault:?}"
            );
            assert_eq!(
                after.observation_digest, before.observation_digest,
                "{fault:?}"
            );
        }
        Route::Alerts => assert_eq!(after.alerts, before.alerts, "{fault:?}"),
        _ => {}
    }
    // The failure is on record for status and the dashboard.
    let health = Reader::open(&config.cache_path)
        .unwrap()
        .sync_health()
        .unwrap();
    assert!(
        health.errors.iter().any(|e| e.resource == resource),
        "{fault:?}: not recorded: {health:#?}"
    );

    // Once the server behaves, the next sync succeeds and clears the error.
    sim.clear_faults();
    let report = sync_once(&config).unwrap();
    assert!(report.is_success(), "{fault:?}: no recovery: {report:#?}");
    let health = Reader::open(&config.cache_path)
        .unwrap()
        .sync_health()
        .unwrap();
    assert!(health.errors.is_empty(), "{health:#?}");
    error
}

#[test]
fn http_500_keeps_latest_values() {
    check_fault(
        Route::Latest,
        Fault::Status(500),
        Resource::Latest,
        "HTTP 500",
        |_| {},
    );
}

#[test]
fn http_503_with_retry_after_keeps_latest_values() {
    check_fault(
        Route::Latest,
        Fault::Unavailable {
            retry_after_secs: 1,
        },
        Resource::Latest,
        "HTTP 503",
        |_| {},
    );
}

#[test]
fn timeout_keeps_latest_values() {
    check_fault(
        Route::Latest,
        Fault::Delay(Duration::from_secs(3)),
        Resource::Latest,
        "did not answer",
        |config| config.read_timeout = Duration::from_millis(500),
    );
}

#[test]
fn body_cut_off_mid_stream_keeps_series() {
    check_fault(
        Route::Series,
        Fault::TruncatedBody,
        Resource::series("EN03"),
        "connection broke",
        |_| {},
    );
}

#[test]
fn dropped_connection_keeps_latest_values_and_says_it_broke() {
    // Once said as "no network" (hyper's "connection closed before message completed" named no
    // operating-system error): the server was reached, the answer broke.
    let error = check_fault(
        Route::Latest,
        Fault::DropConnection,
        Resource::Latest,
        "connection broke",
        |_| {},
    );
    assert_eq!(error.reason, Some(FailureReason::Broken));
}

#[test]
fn redirect_to_another_host_is_not_followed() {
    let error = check_fault(
        Route::Latest,
        Fault::RedirectElsewhere,
        Resource::Latest,
        "only redirects within the server are followed",
        |_| {},
    );
    assert!(error.message.contains("example.invalid"), "{error:?}");
    assert_eq!(error.reason, Some(FailureReason::Invalid));
}

#[test]
fn slow_drip_gives_up_at_the_answer_limit() {
    let started = std::time::Instant::now();
    let error = check_fault(
        Route::Alerts,
        Fault::SlowDrip,
        Resource::Alerts,
        "did not answer within 2 s",
        |config| {
            config.answer_timeout = Duration::from_secs(2);
            config.retry.max_attempts = 1;
        },
    );
    assert_eq!(error.reason, Some(FailureReason::Timeout));
    assert!(started.elapsed() < Duration::from_secs(30), "{error:?}");
}

#[test]
fn gzip_bomb_is_cut_at_the_cap() {
    let error = check_fault(
        Route::Catalog,
        Fault::GzipBomb,
        Resource::Catalog,
        "larger than the 1048576-byte limit",
        |config| config.max_body_bytes = 1024 * 1024,
    );
    assert_eq!(error.reason, Some(FailureReason::TooLarge));
}

#[test]
fn failed_tiles_keep_their_reason() {
    // Once every tile failure was said as an invalid answer, whatever it was.
    let sim = running_sim();
    let dir = tempfile::tempdir().unwrap();
    let mut config = citydash_e2e::tile_sync_config(
        &sim,
        &dir.path().join("cache.gpkg"),
        11..=11,
        offline_cache::model::BoundingBox {
            min_lon: 106.68,
            min_lat: 10.76,
            max_lon: 106.73,
            max_lat: 10.80,
        },
    );
    config.retry.max_attempts = 1;
    sim.set_fault(Route::Tiles, Fault::Status(500));
    let report = sync_once(&config).unwrap();
    let error = report
        .errors
        .iter()
        .find(|error| error.resource == Resource::Tiles)
        .unwrap_or_else(|| panic!("no tile error: {report:#?}"));
    assert_eq!(error.reason, Some(FailureReason::Http(500)), "{error:?}");
    assert!(
        error.message.contains("tiles failed; the first:"),
        "{error:?}"
    );
}

#[test]
fn malformed_json_keeps_the_catalog() {
    check_fault(
        Route::Catalog,
        Fault::MalformedJson,
        Resource::Catalog,
        "malformed JSON",
        |_| {},
    );
}

#[test]
fn value_of_the_wrong_type_keeps_series() {
    check_fault(
        Route::Series,
        Fault::WrongValueType,
        Resource::series("MO06"),
        "malformed JSON",
        |_| {},
    );
}

#[test]
fn body_over_the_cap_keeps_alerts() {
    check_fault(
        Route::Alerts,
        Fault::OversizedBody {
            bytes: 3 * 1024 * 1024,
        },
        Resource::Alerts,
        "larger than the",
        |config| config.max_body_bytes = 1024 * 1024,
    );
}

#[test]
fn a_passing_fault_is_retried_away() {
    let sim = running_sim();
    let (_dir, config) = synced(&sim);
    sim.set_fault_times(Route::Latest, Fault::Status(503), 2);
    let report = sync_once(&config).unwrap();
    assert!(report.is_success(), "{report:#?}");
}

#[test]
fn wrong_token_says_not_authorised_and_keeps_everything() {
    let sim = running_sim();
    let (_dir, mut config) = synced(&sim);
    let before = snapshot(&config.cache_path);
    config.token = Some("not-the-token".into());

    let report = sync_once(&config).unwrap();

    assert!(!report.reachable);
    let error = &report.errors[0];
    assert_eq!(error.resource, Resource::Catalog);
    assert!(
        error.message.starts_with("not authorised"),
        "{}",
        error.message
    );
    assert!(!error.message.contains("not-the-token"), "the token leaked");
    assert_eq!(snapshot(&config.cache_path), before);
}

#[test]
fn stopped_server_is_reported_unreachable() {
    let sim = running_sim();
    let (_dir, config) = synced(&sim);
    let before = snapshot(&config.cache_path);
    sim.shutdown();

    let report = sync_once(&config).unwrap();

    assert!(!report.reachable);
    assert!(
        report.errors[0].message.contains("could not reach"),
        "{report:#?}"
    );
    assert_eq!(snapshot(&config.cache_path), before);
    let health = Reader::open(&config.cache_path)
        .unwrap()
        .sync_health()
        .unwrap();
    assert_eq!(health.reachable, Some(false));
    assert!(health.last_success_ms.is_some());
}

#[test]
fn caches_we_cannot_use_are_refused_unchanged() {
    let dir = tempfile::tempdir().unwrap();

    let text = dir.path().join("notes.gpkg");
    std::fs::write(
        &text,
        "this is not a database, but somebody's notes\n".repeat(100),
    )
    .unwrap();
    let bytes = std::fs::read(&text).unwrap();
    assert!(matches!(Store::open(&text), Err(Error::NotACache { .. })));
    assert!(matches!(Reader::open(&text), Err(Error::NotACache { .. })));
    assert_eq!(std::fs::read(&text).unwrap(), bytes);

    let other = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);")
        .unwrap();
    let bytes = std::fs::read(&other).unwrap();
    let error = Store::open(&other).unwrap_err();
    assert!(
        error.to_string().contains("not one CityDash made"),
        "{error}"
    );
    assert_eq!(std::fs::read(&other).unwrap(), bytes);
}

#[test]
fn truncated_cache_is_reported_damaged_and_left_alone() {
    let sim = frozen_sim(HISTORY_DAYS);
    let (_dir, config) = synced(&sim);
    // Fold the WAL into the main file, then cut the file in half.
    rusqlite::Connection::open(&config.cache_path)
        .unwrap()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    let bytes = std::fs::read(&config.cache_path).unwrap();
    std::fs::write(&config.cache_path, &bytes[..bytes.len() / 2]).unwrap();
    let _ = std::fs::remove_file(config.cache_path.with_extension("gpkg-wal"));
    let damaged = std::fs::read(&config.cache_path).unwrap();

    let error = Reader::open(&config.cache_path)
        .and_then(|reader| {
            reader.overview(0)?;
            reader.observation_count(None)
        })
        .unwrap_err();
    assert!(
        error.to_string().contains("damaged"),
        "unclear message: {error}"
    );
    assert_eq!(std::fs::read(&config.cache_path).unwrap(), damaged);
}

#[test]
fn newer_schema_is_refused_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("future.gpkg");
    drop(Store::open(&cache).unwrap());
    {
        let connection = rusqlite::Connection::open(&cache).unwrap();
        connection
            .execute_batch(
                "UPDATE citydash_meta SET value = '99' WHERE key = 'schema_version';
                 CREATE TABLE from_the_future (x);
                 PRAGMA wal_checkpoint(TRUNCATE);",
            )
            .unwrap();
    }
    let bytes = std::fs::read(&cache).unwrap();

    let error = Store::open(&cache).unwrap_err();
    assert!(
        matches!(error, Error::NewerSchema { found: 99, .. }),
        "{error}"
    );
    assert!(error.to_string().contains("newer CityDash"), "{error}");
    assert!(matches!(
        Reader::open(&cache),
        Err(Error::NewerSchema { .. })
    ));
    assert_eq!(std::fs::read(&cache).unwrap(), bytes);
}
