//! A computer whose clock is far from the server's: the sync learns the difference from each
//! answer's `Date`, the cache keeps it, and ages count from the server's clock (a value measured
//! a minute ago on the server's clock is a minute old, not "in three hours").

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use citydash_e2e::{TEST_TOKEN, start_sim, sync_config};
use offline_cache::store::{Reader, now_ms};
use offline_cache::sync::sync_once;
use opscenter_sim::{SimConfig, wall_clock_ms};

const HOUR_MS: i64 = 3_600_000;

/// Syncs from a simulator whose clock is `skew_ms` from ours and returns the cache's reader.
fn synced_with_skew(skew_ms: i64) -> (tempfile::TempDir, Reader) {
    let sim = start_sim(SimConfig {
        history_days: 1,
        start_ms: wall_clock_ms() + skew_ms,
        speed: 1.0,
        token: Some(TEST_TOKEN.into()),
        ..SimConfig::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let config = sync_config(&sim, &dir.path().join("cache.gpkg"), 1);
    let report = sync_once(&config).unwrap();
    assert!(report.is_success(), "{report:#?}");
    let reader = Reader::open(&config.cache_path).unwrap();
    (dir, reader)
}

#[test]
fn a_clock_three_hours_behind_is_said_and_ages_count_from_the_server() {
    let (_dir, reader) = synced_with_skew(3 * HOUR_MS);
    let offset = reader.server_clock_offset_ms().unwrap().unwrap();
    assert!((offset - 3 * HOUR_MS).abs() < 5_000, "offset {offset} ms");

    let health = reader.sync_health().unwrap();
    let server_now = health.server_now_ms(now_ms());
    let overview = reader.overview(server_now).unwrap();
    // Counted from our clock, every value would be three hours in the future; from the
    // server's, a KPI measured every few minutes is minutes old.
    let frequent: Vec<_> = overview
        .kpis
        .iter()
        .filter(|kpi| kpi.latest.is_some() && kpi.def.interval_secs <= 900)
        .collect();
    assert!(!frequent.is_empty());
    for kpi in frequent {
        let measured_ms = kpi.latest.as_ref().unwrap().t_ms;
        assert!(
            measured_ms > now_ms() + HOUR_MS,
            "{}: not in our future",
            kpi.def.id
        );
        let freshness = kpi.freshness.unwrap();
        let expected = 2 * kpi.def.interval_secs + 120;
        assert!(
            (0..expected).contains(&freshness.age_secs),
            "{}: {freshness:?}",
            kpi.def.id
        );
        assert!(!freshness.stale, "{}: {freshness:?}", kpi.def.id);
    }

    let en = citydash_views::I18n::new(citydash_views::Lang::En);
    let vi = citydash_views::I18n::new(citydash_views::Lang::Vi);
    let said = citydash_views::status_bar::clock_skew_text(&health, &en).unwrap();
    assert!(said.contains("3 h behind"), "{said}");
    let said = citydash_views::status_bar::clock_skew_text(&health, &vi).unwrap();
    assert!(said.contains("chậm 3 giờ"), "{said}");
}

#[test]
fn a_clock_ahead_is_said_too_and_a_right_one_is_not() {
    let (_dir, reader) = synced_with_skew(-26 * HOUR_MS);
    let health = reader.sync_health().unwrap();
    let en = citydash_views::I18n::new(citydash_views::Lang::En);
    let said = citydash_views::status_bar::clock_skew_text(&health, &en).unwrap();
    assert!(said.contains("ahead of"), "{said}");

    let (_dir, reader) = synced_with_skew(0);
    let health = reader.sync_health().unwrap();
    assert!(health.server_clock_offset_ms.unwrap().abs() < 5_000);
    assert_eq!(
        citydash_views::status_bar::clock_skew_text(&health, &en),
        None
    );
}
